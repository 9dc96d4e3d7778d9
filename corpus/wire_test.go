package corpus

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in                  string
		ok                  bool
		place, agency, rest string
		date                string // YYYY-MM-DD or ""
	}{
		{"WASHINGTON (AP) — President spoke.", true, "WASHINGTON", "The Associated Press", "President spoke.", ""},
		{"KYIV, Ukraine (Reuters) - Talks began.", true, "KYIV, Ukraine", "Reuters", "Talks began.", ""},
		{"GENEVA (AFP) – Envoys met.", true, "GENEVA", "Agence France-Presse", "Envoys met.", ""},
		{"LONDON — Ministers agreed.", true, "LONDON", "", "Ministers agreed.", ""},
		{"BRUSSELS, March 3 (Reuters) - EU envoys met.", true, "BRUSSELS", "Reuters", "EU envoys met.", ""},
		{"BERLIN, June 4, 2025 (dpa) - Talks resumed.", true, "BERLIN", "dpa", "Talks resumed.", "2025-06-04"},
		{"ROME (ANSA) - Il governo.", true, "ROME", "ANSA", "Il governo.", ""},
		{"(Bloomberg) -- Oil rose.", true, "", "Bloomberg", "Oil rose.", ""},
		{"Paris (AFP) - Le sommet.", true, "Paris", "Agence France-Presse", "Le sommet.", ""},
		{"Rio de Janeiro (AFP) - Leaders met.", true, "Rio de Janeiro", "Agence France-Presse", "Leaders met.", ""},
		{"ST. PETERSBURG, Russia (AP) — A forum opened.", true, "ST. PETERSBURG, Russia", "The Associated Press", "A forum opened.", ""},
		{"WASHINGTON, D.C. — Senators left.", true, "WASHINGTON, D.C.", "", "Senators left.", ""},
		{"NEW YORK (Al Jazeera) — Diplomats said.", true, "NEW YORK", "Al Jazeera", "Diplomats said.", ""},
		{"WASHINGTON—The Senate voted.", true, "WASHINGTON", "", "The Senate voted.", ""},
		{"NAIROBI, Kenya (Reuters) -", true, "NAIROBI, Kenya", "Reuters", "", ""},
		{"TEL AVIV: Officials said.", true, "TEL AVIV", "", "Officials said.", ""},
		// a Gulf agency's: the Hijri date first, the agency last, no parentheses
		{"Jeddah, Safar 12, 1447, August 06, 2025, SPA -- The minister received.", true, "Jeddah", "Saudi Press Agency", "The minister received.", "2025-08-06"},
		{"Abu Dhabi, 3rd March, 2025 (WAM) -- The president met.", true, "Abu Dhabi", "WAM", "The president met.", ""},
		{"Doha, March 4, 2025, QNA -- Talks opened.", true, "Doha", "Qatar News Agency", "Talks opened.", "2025-03-04"},
		{"Doha, March 4, Mister -- no agency.", false, "", "", "", ""},
		// Not datelines.
		{"NATO-led patrols will start in May.", false, "", "", "", ""},
		{"NATO–Russia talks are off.", false, "", "", "", ""},
		{"Zelenskyy - who arrived late - spoke first.", false, "", "", "", ""},
		{"President Donald Trump said Monday he would meet.", false, "", "", "", ""},
		{"BREAKING — Talks collapse.", false, "", "", "", ""},
		{"FILE - Leaders meet in Paris.", false, "", "", "", ""},
		{"The European Union (EU) - a bloc of 27 states - agreed.", false, "", "", "", ""},
		{"Washington CNN — The Senate voted.", true, "Washington", "CNN", "The Senate voted.", ""},
		{"MOSCOW, Aug. 18 (Xinhua) -- Talks began.", true, "MOSCOW", "Xinhua", "Talks began.", ""},
		{"The talks (AP) - odd.", false, "", "", "", ""},
		{"(AP Photo/Jane Doe) - caption", false, "", "", "", ""},
		{"", false, "", "", "", ""},
	}
	for _, tt := range tests {
		d, ok := parseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q) ok = %v, want %v (%+v)", tt.in, ok, tt.ok, d)
			continue
		}
		if !ok {
			continue
		}
		date := ""
		if !d.date.IsZero() {
			date = d.date.Format("2006-01-02")
		}
		if d.place != tt.place || d.agency != tt.agency || d.rest != tt.rest || date != tt.date {
			t.Errorf("parseDateline(%q) = place %q agency %q rest %q date %q; want %q %q %q %q",
				tt.in, d.place, d.agency, d.rest, date, tt.place, tt.agency, tt.rest, tt.date)
		}
	}
}

func TestParseCredit(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		names  []string
		source string
	}{
		{"Sylvie Corbet, Samya Kullab And Aamer Madhani, The Associated Press", true, []string{"Sylvie Corbet", "Samya Kullab", "Aamer Madhani"}, "The Associated Press"},
		{"Jane Doe, Reuters", true, []string{"Jane Doe"}, "Reuters"},
		{"By Jane Doe and John Roe | Reuters", true, []string{"Jane Doe", "John Roe"}, "Reuters"},
		{"By Jane Doe", true, []string{"Jane Doe"}, ""},
		{"BY JANE DOE AND JOHN O'ROURKE", true, []string{"Jane Doe", "John O'Rourke"}, ""},
		{"By Jane Doe, Staff Writer", true, []string{"Jane Doe"}, ""},
		{"By Ursula von der Leyen & Anna de Souza, AFP", true, []string{"Ursula von der Leyen", "Anna de Souza"}, "Agence France-Presse"},
		{"By Reuters", true, nil, "Reuters"},
		{"Jane Doe - Associated Press", true, []string{"Jane Doe"}, "The Associated Press"},
		{"(Reporting by Jane Doe in Kyiv and John Roe; Additional reporting by Ann Poe; Editing by Max Moe)", true, []string{"Jane Doe", "John Roe", "Ann Poe"}, ""},
		{"Writing by Lena Berg; editing by Tom Hale", true, []string{"Lena Berg"}, ""},
		{"Samir al-Ansi and Ada d'Alema, The Associated Press", true, []string{"Samir al-Ansi", "Ada d'Alema"}, "The Associated Press"},
		{"By JANE DOE Associated Press", true, []string{"Jane Doe"}, "The Associated Press"},
		{"— Jane Doe, Reuters", true, []string{"Jane Doe"}, "Reuters"},
		{"By The Associated Press", true, nil, "The Associated Press"},
		// Not credits.
		{"Jane Doe and John Roe", false, nil, ""},
		{"European heavyweights in Washington", false, nil, ""},
		{"Talks will resume on Monday, AP", false, nil, ""},
		{"He said it would be a long road, Reuters reported.", false, nil, ""},
		{"By the end of the week, the deal was done.", false, nil, ""},
	}
	for _, tt := range tests {
		names, src, ok := parseCredit(tt.in)
		if ok != tt.ok || ok && (!reflect.DeepEqual(names, tt.names) || src != tt.source) {
			t.Errorf("parseCredit(%q) = %q, %q, %v; want %q, %q, %v", tt.in, names, src, ok, tt.names, tt.source, tt.ok)
		}
	}
}

func TestIsSubheading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Questions about trade and security", true},
		{"U.S. Envoy Heads to Talks", true},
		{"Inspectors arrived. Next steps", false},
		{"‘A big step’", true},
		{"What comes next?", true},
		{"Budget gap", true},
		{"It was not clear if the talks would resume.", false},
		{"“We will see,” he said.", false},
		{"The leaders agreed on the following:", false},
		{"Why did he say “never” again?", false},
		{"lower-case start without punctuation", false},
		{"A very long line without any punctuation at the end that goes on and on well past twelve words", false},
	}
	for _, tt := range tests {
		if got := isSubheading(tt.in); got != tt.want {
			t.Errorf("isSubheading(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTextParagraphs(t *testing.T) {
	wrapped := strings.Join([]string{
		"The first paragraph is wrapped at a fixed width, as text from an",
		"e-mail or a terminal often is, and it goes on for a few lines so",
		"that the wrapping can be seen.",
		"",
		"A second paragraph is wrapped the same way and also runs for more",
		"than one line of text before it comes to an end.",
	}, "\n")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"one per line", "First line is a whole paragraph of its own here.\nSecond line too, with no blank line between them at all, as in the wire copy.\nThird.",
			[]string{"First line is a whole paragraph of its own here.", "Second line too, with no blank line between them at all, as in the wire copy.", "Third."}},
		{"blank separated", "One.\n\nTwo.\n\n\nThree.", []string{"One.", "Two.", "Three."}},
		{"wrapped", wrapped, []string{
			"The first paragraph is wrapped at a fixed width, as text from an e-mail or a terminal often is, and it goes on for a few lines so that the wrapping can be seen.",
			"A second paragraph is wrapped the same way and also runs for more than one line of text before it comes to an end.",
		}},
		{"wrapped with heading line", "Talks stall\n" + wrapped, []string{
			"Talks stall",
			"The first paragraph is wrapped at a fixed width, as text from an e-mail or a terminal often is, and it goes on for a few lines so that the wrapping can be seen.",
			"A second paragraph is wrapped the same way and also runs for more than one line of text before it comes to an end.",
		}},
		{"hyphen at wrap", "The long-awaited talks between the two neighbouring states were well-\nknown to everyone who followed the region, and they began on time.\n\nNext.",
			[]string{"The long-awaited talks between the two neighbouring states were well-known to everyone who followed the region, and they began on time.", "Next."}},
		{"windows line ends and spaces", "  Padded line.  \n\n\tTabbed line.", []string{"Padded line.", "Tabbed line."}},
	}
	for _, tt := range tests {
		if got := textParagraphs(strings.ReplaceAll(tt.in, "\r\n", "\n")); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: textParagraphs =\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}

// TestParseTextWire checks the wire conventions end to end on small
// stories, one convention each.
func TestParseTextWire(t *testing.T) {
	tests := []struct {
		name, in string
		want     Article
	}{
		{"title byline published", "Ceasefire talks open in Doha\nBy Leila Nasser\nPublished: 2025-03-09\n\nDOHA, Qatar (AP) — Negotiators opened talks on Sunday.\n\nThey met for three hours.",
			Article{Title: "Ceasefire talks open in Doha", Authors: []string{"Leila Nasser"}, Published: utcDay(2025, 3, 9), Place: "DOHA, Qatar", Source: "The Associated Press",
				Paragraphs: []string{"Negotiators opened talks on Sunday.", "They met for three hours."}}},
		{"updated line is not the publication date", "Updated: 2025-03-10\n\nLONDON — Envoys met on Monday.",
			Article{Place: "LONDON", Paragraphs: []string{"Envoys met on Monday."}}},
		{"no dateline keeps first paragraph", "Negotiators met again on Friday.\nThey agreed on little.",
			Article{Paragraphs: []string{"Negotiators met again on Friday.", "They agreed on little."}}},
		{"contributor paragraph without separator", "OSLO (AP) — Talks ended.\nAssociated Press writer Ann Lee in Bergen contributed.",
			Article{Place: "OSLO", Source: "The Associated Press", Paragraphs: []string{"Talks ended."}}},
		{"follow line and slug", "Talks ended on a hopeful note.\nFollow our coverage at https://news.example/talks\nab/cd",
			Article{Paragraphs: []string{"Talks ended on a hopeful note."}}},
		{"subheading between paragraphs stays apart", "VIENNA (Reuters) - Inspectors arrived.\nNext steps\nThey will report in May.",
			Article{Place: "VIENNA", Source: "Reuters", Paragraphs: []string{"Inspectors arrived.", "They will report in May."}}},
		{"web copy header", "Envoys meet in Riyadh\nBy JANE DOE, JOHN ROE and ANN POE\nUpdated 6:51 PM EDT, August 18, 2025\nRIYADH, Saudi Arabia (AP) — Envoys met.\nThey talked.",
			Article{Title: "Envoys meet in Riyadh", Authors: []string{"Jane Doe", "John Roe", "Ann Poe"}, Place: "RIYADH, Saudi Arabia", Source: "The Associated Press",
				Paragraphs: []string{"Envoys met.", "They talked."}}},
		{"date line and deck before dateline", "Talks resume\n\nMon 18 Aug 2025 22.51 BST\n\nA deck line that sums up the story\n\nGENEVA — Talks resumed.\n\nMore text.",
			Article{Title: "Talks resume", Published: utcDay(2025, 8, 18), Place: "GENEVA", Paragraphs: []string{"Talks resumed.", "More text."}}},
		{"caption and web furniture dropped", "FILE - Leaders meet in Paris, May 2, 2025. (AP Photo/Ann Lee, File)\nPARIS (AP) — Leaders met.\nAdvertisement\nThey agreed.\nCopyright 2025 The Associated Press. All rights reserved.",
			Article{Place: "PARIS", Source: "The Associated Press", Paragraphs: []string{"Leaders met.", "They agreed."}}},
		{"reuters web end matter", "KYIV, Aug 18 (Reuters) - Officials met.\nThey spoke.\nReporting by Ann Lee; Editing by Bo Kim\nOur Standards: The Thomson Reuters Trust Principles.",
			Article{Place: "KYIV", Source: "Reuters", Authors: []string{"Ann Lee"}, Paragraphs: []string{"Officials met.", "They spoke."}}},
		{"byline with place and a date line", "Leaders fail to agree a budget\nMark Ellis and Ann Roe in Dublin\nWed 3 Sep 2025 18.02 BST\nThe leaders met on Wednesday.",
			Article{Title: "Leaders fail to agree a budget", Authors: []string{"Mark Ellis", "Ann Roe"}, Published: utcDay(2025, 9, 3), Paragraphs: []string{"The leaders met on Wednesday."}}},
		{"staff byline naming no one, then a date line", "Leaders sign a declaration\n\nBy Staff Writer\nAugust 8, 2025\n\nWASHINGTON (AP) — Leaders signed it.\n\nThey left.",
			Article{Title: "Leaders sign a declaration", Published: utcDay(2025, 8, 8), Place: "WASHINGTON", Source: "The Associated Press", Paragraphs: []string{"Leaders signed it.", "They left."}}},
		{"by-sentence is text", "By the end of the day, leaders had signed.\nThey left.",
			Article{Paragraphs: []string{"By the end of the day, leaders had signed.", "They left."}}},
		{"updated sentence is text", "Updated figures show a rise in 2025.\nOfficials met.",
			Article{Paragraphs: []string{"Updated figures show a rise in 2025.", "Officials met."}}},
		{"time-only stamp", "Updated 6:51 PM EDT\nOfficials met.",
			Article{Paragraphs: []string{"Officials met."}}},
		{"contributed money is news", "The fund met on Monday.\nThe EU has contributed 2 billion euros.",
			Article{Paragraphs: []string{"The fund met on Monday.", "The EU has contributed 2 billion euros."}}},
		{"read-more links dropped", "Talks resumed on Monday.\nRead more: Why the talks matter\nThey will last a week.",
			Article{Paragraphs: []string{"Talks resumed on Monday.", "They will last a week."}}},
		{"list items keep text", "The deal has parts:\n- A ceasefire line\n- Prisoner swaps",
			Article{Paragraphs: []string{"The deal has parts:", "A ceasefire line", "Prisoner swaps"}}},
	}
	for _, tt := range tests {
		a, err := ParseText(tt.name+".txt", []byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		got := *a
		got.ID = ""
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func utcDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestDateIn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-08-18", "2025-08-18T00:00:00Z"},
		{"2025-08-18T18:51:00-04:00", "2025-08-18T22:51:00Z"},
		{"6:51 PM EDT, August 18, 2025", "2025-08-18T00:00:00Z"},
		{"Mon 18 Aug 2025 22.51 BST", "2025-08-18T00:00:00Z"},
		{"Aug. 3, 2024", "2024-08-03T00:00:00Z"},
		{"no date here", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if d := dateIn(tt.in); !d.IsZero() {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("dateIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanParagraphs(t *testing.T) {
	in := []string{"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\nb", "é ü", "zero\u200bwidth", "nul\x00byte", "soft\u00adhyphen", "\ufeffbom", "  "}
	want := []string{"a", "a b", "a", "a", "a b", "a b", "a b", "a b", "é ü", "zerowidth", "nulbyte", "softhyphen", "bom"}
	if got := cleanParagraphs(in); !reflect.DeepEqual(got, want) {
		t.Errorf("cleanParagraphs =\n%q\nwant\n%q", got, want)
	}
	for _, s := range want {
		if !clean(s) {
			t.Errorf("clean(%q) = false for a cleaned paragraph", s)
		}
	}
}

// TestPlaceAfterStamp checks the place a readout's date line ends with.
func TestPlaceAfterStamp(t *testing.T) {
	for in, want := range map[string]string{
		"July 5, 2024, 16:45, The Kremlin, Moscow": "Kremlin, Moscow",
		"5 July 2024, 16:45, Élysée Palace, Paris": "Élysée Palace, Paris",
		"Mon 18 Aug 2025 22.51 BST":                "",
		"July 5, 2024, 16:45, updated later":       "",
	} {
		if got := placeAfterStamp(in); got != want {
			t.Errorf("placeAfterStamp(%q) = %q, want %q", in, got, want)
		}
	}
	a := extractText(t, "2024-07-05", "Vladimir Putin held talks with Prime Minister of Hungary Viktor Orbán.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "" {
		t.Errorf("no stamp: meetings %+v, want one with no place", a.Meetings)
	}
	arts, errs := Parse("readout.md", []byte("---\ntitle: Talks\npublished: 2024-07-05T15:30:00Z\n---\nJuly 5, 2024, 16:45, The Kremlin, Moscow\n\nVladimir Putin held talks with Prime Minister of Hungary Viktor Orbán.\n"))
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("parse: %v", errs)
	}
	Extract(arts[0])
	if ms := arts[0].Meetings; len(ms) != 1 || ms[0].Place != "Kremlin" {
		t.Errorf("stamped readout: meetings %+v, want one at the Kremlin", ms)
	}
}
