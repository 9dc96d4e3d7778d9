package corpus

import "strings"

// A Gulf royal's style printed before the name ("Prince Faisal bin
// Farhan", "Sheikh Mansour bin Zayed") is how the article names the
// person; the gazetteer's name may leave it out. (A monarch's title is
// not kept: "King Harald" is Harald Olsen, as a president's is not;
// but a royal the article knows by one name keeps the title: "Prince
// William", "Queen Camilla".) When the article
// writes the style directly before the full name (and not as the end of
// an office: "Crown Prince Mohammed bin Salman" is the crown prince's
// office), the person goes by the styled name.

// styleWords are the styles kept as part of a name.
var styleWords = []string{"Prince", "Princess", "Sheikh", "Sheikha"}

// royalStyles are the titles kept with a royal's or a church leader's
// one name ("King Salman", "Patriarch Kirill", "Metropolitan Anthony").
var royalStyles = []string{"King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Patriarch", "Metropolitan", "Catholicos",
	"Lord", "Baroness"} // (a peer the article knows by the title alone: "Lord Hailsham", "Baroness Scotland")

// crownStyles are an heir's styles kept with a one-word name ("Crown
// Prince Fumihito"); with a full name the style is the office ("Crown
// Prince Mohammed bin Salman").
var crownStyles = []string{"Crown Prince", "Crown Princess"}

// styledNames renames the article's people whom it names with a style
// before their full name, in its people, quotes and meetings.
func styledNames(a *Article) {
	rename := map[string]string{}
	for _, p := range a.People {
		if (strings.Contains(p.Name, " bin ") || strings.Contains(p.Name, " bint ")) && !hasStyle(p.Name) {
			if st := styleBefore(a.Paragraphs, p.Name, styleWords); st != "" {
				rename[p.Name] = st + " " + p.Name
			}
		}
		if !strings.Contains(p.Name, " ") {
			// "Prince William", "Queen Camilla", "King Salman": a royal
			// (or a patriarch) the article knows by one name goes by it
			// with the title
			if st := styleBefore(a.Paragraphs, p.Name, royalStyles); st != "" {
				rename[p.Name] = st + " " + p.Name
			} else if st := styleBefore(a.Paragraphs, p.Name, crownStyles); st != "" {
				rename[p.Name] = st + " " + p.Name // "Crown Princess Kiko": the heir known by one name keeps the whole style
			}
		}
	}
	if len(rename) == 0 {
		return
	}
	re := func(n string) string {
		if r, ok := rename[n]; ok {
			return r
		}
		return n
	}
	for i := range a.People {
		a.People[i].Name = re(a.People[i].Name)
	}
	for i := range a.Quotes {
		a.Quotes[i].Speaker = re(a.Quotes[i].Speaker)
	}
	for i := range a.Meetings {
		m := &a.Meetings[i]
		for j := range m.Attendees {
			m.Attendees[j].Name = re(m.Attendees[j].Name)
		}
		for j := range m.Absent {
			m.Absent[j].Name = re(m.Absent[j].Name)
		}
	}
}

// hasStyle reports a name that already opens with a style.
func hasStyle(name string) bool {
	for _, st := range styleWords {
		if strings.HasPrefix(name, st+" ") {
			return true
		}
	}
	return false
}

// styleBefore returns the style the paragraphs print right before name
// ("Prince" in "Foreign Minister Prince Faisal bin Farhan"), "" when none
// does or when it ends an office ("Crown Prince", "Queen Consort").
func styleBefore(paras []string, name string, styles []string) string {
	for _, p := range paras {
		for _, st := range styles {
			pat := st + " " + name
			for i := strings.Index(p, pat); i >= 0; {
				before := strings.TrimRight(p[:i], " ")
				last := before[strings.LastIndexAny(before, " \t\n")+1:]
				if last != "Crown" && last != "crown" && last != "Deputy" && last != "deputy" {
					if end := i + len(pat); end == len(p) || !isNameByte(p[end]) {
						return st
					}
				}
				j := strings.Index(p[i+1:], pat)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
	}
	return ""
}

// isNameByte reports a byte that would continue a name ("Faisal bin
// Farhans" is no match of "Faisal bin Farhan").
func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
