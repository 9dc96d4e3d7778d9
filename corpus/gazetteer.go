package corpus

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/goccy/go-yaml"
	"golang.org/x/text/unicode/norm"
)

//go:embed gazetteer.yaml
var gazetteerYAML []byte

// Gazetteer is the curated list of countries, organisations, non-person
// speakers and negotiation figures that extraction resolves names and roles
// against. Load one with LoadGazetteer or use the embedded DefaultGazetteer.
type Gazetteer struct {
	Countries     []Country      `yaml:"countries"`
	Organisations []Organisation `yaml:"organisations"`
	Speakers      []Speaker      `yaml:"speakers"`
	People        []Figure       `yaml:"people"`

	people    map[string]*Figure     // normalised name or alias -> figure
	offices   map[string][]officeRef // canonical body + "|" + title key -> holders
	surnames  map[string][]*Figure
	firsts    map[string][]*Figure // first words, for family-name-first names (Xi Jinping)
	countries map[string]*Country  // name, alias or adjective
	orgs      map[string]*Organisation
	speakers  map[string]*Speaker
	capitals  map[string]bool
	seats     map[string]string // government seat ("the Élysée") -> country name
}

type officeRef struct {
	f *Figure
	o Office
}

// Country is a state with the names and adjectives articles use for it.
type Country struct {
	Name           string   `yaml:"name"`
	Aliases        []string `yaml:"aliases"`
	Adjectives     []string `yaml:"adjectives"`
	Capital        string   `yaml:"capital"`
	GovernmentSeat []string `yaml:"government_seat"`
	// Leader is the office that represents the country at leaders'
	// summits, e.g. "prime minister".
	Leader string `yaml:"leader"`
}

// Organisation is an international body such as NATO or the European
// Commission.
type Organisation struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Leader  string   `yaml:"leader"`
	// Kind is "group" for a non-state group (an armed group, movement or
	// party) that "the group" or "the movement" can refer back to.
	Kind string `yaml:"kind"`
}

// Speaker is a non-person speaker, such as the Kremlin or a ministry.
type Speaker struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Of      string   `yaml:"of"`
}

// Figure is a known person with the offices they have held.
type Figure struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Offices []Office `yaml:"offices"`
}

// Office is one post a Figure held. From and To are YYYY-MM-DD; an empty To
// means the office is still held.
type Office struct {
	Title      string `yaml:"title"`
	Of         string `yaml:"of"`
	LocalTitle string `yaml:"local_title"`
	For        string `yaml:"for"`
	From       string `yaml:"from"`
	To         string `yaml:"to"`
}

var (
	defaultGazOnce sync.Once
	defaultGaz     *Gazetteer
)

// DefaultGazetteer returns the gazetteer embedded in the binary, parsed once.
// The embedded file is checked by the package tests; should it ever fail to
// parse, an empty gazetteer is returned so extraction still works.
func DefaultGazetteer() *Gazetteer {
	defaultGazOnce.Do(func() {
		g, err := LoadGazetteer(gazetteerYAML)
		if err != nil {
			g, _ = LoadGazetteer(nil)
		}
		defaultGaz = g
	})
	return defaultGaz
}

// LoadGazetteer parses a gazetteer in the YAML schema of gazetteer.yaml and
// builds its look-up tables.
func LoadGazetteer(data []byte) (*Gazetteer, error) {
	g := &Gazetteer{}
	if len(strings.TrimSpace(string(data))) > 0 {
		if err := yaml.Unmarshal(data, g); err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
	}
	for i := range g.People {
		for j, o := range g.People[i].Offices {
			for _, d := range []string{o.From, o.To} {
				if d != "" && d != "..." {
					if _, err := time.Parse(time.DateOnly, d); err != nil {
						return nil, fmt.Errorf("load gazetteer: person %q office %d: date %q is not YYYY-MM-DD", g.People[i].Name, j+1, d)
					}
				}
			}
		}
	}
	g.index()
	return g, nil
}

func (g *Gazetteer) index() {
	g.people = map[string]*Figure{}
	g.surnames = map[string][]*Figure{}
	g.firsts = map[string][]*Figure{}
	g.countries = map[string]*Country{}
	g.orgs = map[string]*Organisation{}
	g.speakers = map[string]*Speaker{}
	for i := range g.People {
		f := &g.People[i]
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			if k := nameKey(n); k != "" {
				if _, dup := g.people[k]; !dup {
					g.people[k] = f
				}
			}
		}
		seen := map[string]bool{}
		tails := givenNameTails(f)
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			fs := strings.Fields(nameKey(n))
			if len(fs) == 0 {
				continue
			}
			last := fs[len(fs)-1]
			if lower, whole := givenNameTail(n); lower {
				// "Cho Jung-tai", "Lee Jae-myung": "tai" and "myung" end a
				// given name, no one's surname
				last = whole
			} else if tails[last] {
				last = "" // "Cho Tae Yul", the same name spaced out
			}
			if len(fs) == 2 && familyFirst(f) {
				last = "" // "Qin Gang", "Wang Yi": "Gang" and "Yi" are given names, no one's surname
			}
			if len(fs) > 1 && last != "" && !seen[last] {
				seen[last] = true
				g.surnames[last] = append(g.surnames[last], f)
			}
			if len(fs) > 1 && !seen["^"+fs[0]] {
				seen["^"+fs[0]] = true
				g.firsts[fs[0]] = append(g.firsts[fs[0]], f)
			}
		}
	}
	g.capitals = map[string]bool{}
	g.seats = map[string]string{}
	for i := range g.Countries {
		c := &g.Countries[i]
		if c.Capital != "" {
			g.capitals[nameKey(c.Capital)] = true
		}
		for _, s := range c.GovernmentSeat {
			if k := nameKey(strings.TrimPrefix(s, "the ")); k != "" && g.seats[k] == "" {
				g.seats[k] = c.Name
			}
		}
		for _, n := range append(append([]string{c.Name}, c.Aliases...), c.Adjectives...) {
			if k := nameKey(n); k != "" {
				g.countries[k] = c
			}
		}
	}
	for i := range g.Organisations {
		o := &g.Organisations[i]
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if k := nameKey(strings.TrimPrefix(n, "the ")); k != "" {
				g.orgs[k] = o
			}
		}
	}
	for i := range g.Speakers {
		s := &g.Speakers[i]
		for _, n := range append([]string{s.Name}, s.Aliases...) {
			if k := nameKey(strings.TrimPrefix(n, "the ")); k != "" {
				g.speakers[k] = s
			}
		}
	}
	g.offices = map[string][]officeRef{}
	for i := range g.People {
		f := &g.People[i]
		for _, o := range f.Offices {
			if o.For != "" {
				continue
			}
			of := g.canonicalOf(o.Of)
			for _, t := range []string{o.Title, o.LocalTitle} {
				if t != "" {
					k := of + "|" + nameKey(t)
					g.offices[k] = append(g.offices[k], officeRef{f, o})
				}
			}
		}
	}
}

// nameKey normalises a name for look-up: lower case, no diacritics, no dots
// or apostrophes, hyphens as spaces, single spaces.
func nameKey(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == '\'', r == '’', r == '‘':
		case r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// Lookup finds a person by full name or alias, ignoring case and
// diacritics.
func (g *Gazetteer) Lookup(name string) (*Figure, bool) {
	f, ok := keyed(g.people, name)
	return f, ok
}

// LookupSurname finds the person a surname alone means on a given day (a
// zero day means today): the only one of that surname, else the only one
// then in office, else the one in the highest office ("Trump" is the
// president, not the first lady). It reports false when that is not clear.
func (g *Gazetteer) LookupSurname(name string, on time.Time) (*Figure, bool) {
	fs, _ := keyed(g.surnames, name)
	if len(fs) == 0 {
		// "Xi" for Xi Jinping: a family name written first, when only one
		// known person's name starts with it
		if first, _ := keyed(g.firsts, name); len(first) == 1 {
			return first[0], true
		}
		return nil, false
	}
	switch len(fs) {
	case 0:
		return nil, false
	case 1:
		return fs[0], true
	}
	var best *Figure
	bestRank, tie := -1, false
	for _, f := range fs {
		o, ok := f.OfficeOn(on)
		if !ok {
			continue
		}
		r := officeRank(o.Title)
		switch {
		case r > bestRank:
			best, bestRank, tie = f, r, false
		case r == bestRank:
			tie = true
		}
	}
	if best == nil || tie {
		return nil, false
	}
	return best, true
}

// familyFirst reports a figure of mainland China, whose name is written
// family name first ("Qin Gang", "Wang Yi"): a story calls them "Qin" and
// "Wang", never by the given name that ends the written name.
func familyFirst(f *Figure) bool { return officesAllIn(f, "China") }

// familyFirstAsian reports a figure whose offices are all Chinese,
// Korean or Taiwanese: a name written family name first ("Yoon Suk
// Yeol", "Lai Ching-te").
func familyFirstAsian(f *Figure) bool {
	return officesAllIn(f, "China", "South Korea", "North Korea", "Taiwan")
}

// officesAllIn reports a figure with offices, all of them in one of the
// countries.
func officesAllIn(f *Figure, countries ...string) bool {
	if len(f.Offices) == 0 {
		return false
	}
	for _, o := range f.Offices {
		if !slices.Contains(countries, o.Of) {
			return false
		}
	}
	return true
}

// officeRank orders offices for telling apart people of one surname.
func officeRank(title string) int {
	switch title {
	case "president", "prime minister", "chancellor", "king", "queen", "emir", "sultan", "supreme leader",
		"crown prince", "emperor", "pope", "grand duke", "general secretary":
		return 3
	case "vice president", "deputy prime minister", "foreign minister", "defence minister", "secretary-general",
		"finance minister", "trade minister", "high representative", "special envoy", "chief negotiator":
		return 2
	case "first lady", "":
		return 0
	}
	return 1
}

// Country resolves a country name, alias or adjective ("French",
// "Britain") to its country.
func (g *Gazetteer) Country(name string) (*Country, bool) {
	c, ok := keyed(g.countries, name)
	return c, ok
}

// IsCapital reports whether name is a country's capital ("Phnom Penh"),
// which is never a person.
func (g *Gazetteer) IsCapital(name string) bool { c, _ := keyed(g.capitals, name); return c }

// Organisation resolves an organisation name or alias ("NATO", "the
// alliance").
func (g *Gazetteer) Organisation(name string) (*Organisation, bool) {
	o, ok := keyed(g.orgs, strings.TrimPrefix(name, "the "))
	return o, ok
}

// Speaker resolves a non-person speaker ("the Kremlin").
func (g *Gazetteer) Speaker(name string) (*Speaker, bool) {
	s, ok := keyed(g.speakers, strings.TrimPrefix(name, "the "))
	return s, ok
}

// Holder returns the person holding the office title (or its local title)
// of a country or organisation on the given day; a zero day means today.
func (g *Gazetteer) Holder(of, title string, on time.Time) (*Figure, bool) {
	day := dayOf(on)
	for _, r := range g.offices[g.canonicalOf(of)+"|"+nameKey(title)] {
		if r.o.heldOn(day) {
			return r.f, true
		}
	}
	return nil, false
}

// foreignPolicyAdviser returns the leader's foreign-policy adviser of a
// country on the given day: the post other governments call national
// security adviser.
func (g *Gazetteer) foreignPolicyAdviser(of string, on time.Time) (*Figure, bool) {
	day := dayOf(on)
	key := g.canonicalOf(of)
	for i := range g.People {
		f := &g.People[i]
		for _, o := range f.Offices {
			if o.Title == "adviser" && o.For == "foreign policy" && o.heldOn(day) && g.canonicalOf(o.Of) == key {
				return f, true
			}
		}
	}
	return nil, false
}

// Leader returns the person who represents a country or organisation at
// leaders' meetings on the given day (the country's or organisation's
// leader office).
func (g *Gazetteer) Leader(of string, on time.Time) (*Figure, bool) {
	if c, ok := g.Country(of); ok && c.Leader != "" {
		return g.Holder(c.Name, c.Leader, on)
	}
	if o, ok := g.Organisation(of); ok && o.Leader != "" {
		return g.Holder(o.Name, o.Leader, on)
	}
	return nil, false
}

// canonicalOf maps a country or organisation name to one key.
func (g *Gazetteer) canonicalOf(of string) string {
	if c, ok := g.Country(of); ok {
		return "c:" + nameKey(c.Name)
	}
	if o, ok := g.Organisation(of); ok {
		return "o:" + nameKey(o.Name)
	}
	return nameKey(of)
}

// OfficeOn returns the office the figure held on the given day (a zero day
// means today), preferring the most recently started one.
func (f *Figure) OfficeOn(on time.Time) (Office, bool) {
	day := dayOf(on)
	best, found := Office{}, false
	for _, o := range f.Offices {
		if o.heldOn(day) && (!found || o.From > best.From) {
			best, found = o, true
		}
	}
	return best, found
}

// Role describes the office as a role string, e.g. "president of Ukraine".
func (o Office) Role() string {
	t := o.Title
	if o.LocalTitle != "" {
		t = o.LocalTitle
	}
	if o.Of == "" {
		return t
	}
	if o.For != "" && o.LocalTitle == "" {
		return t + " of " + o.Of + " for " + o.For
	}
	if o.LocalTitle != "" && namesCountry(o.LocalTitle, o.Of) {
		return t // "head of the Russian delegation", "U.S. trade representative"
	}
	return t + " of " + o.Of
}

// countryShort are the short forms titles use for a few countries and
// bodies.
var countryShort = map[string][]string{
	"United States":  {"U.S.", "US ", "White House", "State Department", "Pentagon", "CIA"},
	"United Kingdom": {"UK ", "British"}, "European Union": {"EU ", "European"},
	"United Nations": {"UN ", "U.N."},
}

// namesCountry reports a title that already says whose office it is: the
// country's adjective ("Russian", "Ukrainian": its name's first five
// letters) or a short form ("U.S.", "EU").
func namesCountry(title, country string) bool {
	if len(country) >= 5 && strings.Contains(strings.ToLower(title), strings.ToLower(country[:5])) {
		return true
	}
	for _, s := range countryShort[country] {
		if strings.Contains(title+" ", s) {
			return true
		}
	}
	return false
}

func (o Office) heldOn(day string) bool {
	from := o.From
	if from == "..." {
		from = ""
	}
	return (from == "" || from <= day) && (o.To == "" || day < o.To)
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UTC().Format(time.DateOnly)
}

// asciiKey is nameKey's fast path for plain ASCII words.
func asciiKey(s string) (string, bool) {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			simple = false
		}
	}
	if simple {
		return s, true
	}
	return string(appendASCIIKey(make([]byte, 0, len(s)), s)), true
}

// appendASCIIKey appends asciiKey's key of the plain ASCII s to b.
func appendASCIIKey(b []byte, s string) []byte {
	n := len(b)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' || c == '\'':
		case c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
			space = len(b) > n
		default:
			if space {
				b = append(b, ' ')
				space = false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return b
}
