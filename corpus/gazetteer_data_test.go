package corpus

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/goccy/go-yaml"
	"golang.org/x/text/unicode/norm"
)

// The structs below mirror the schema of gazetteer.yaml for this validity
// test only; the extractor declares its own types.

type gazFile struct {
	Countries     []gazCountry `yaml:"countries"`
	Organisations []gazOrg     `yaml:"organisations"`
	Speakers      []gazSpeaker `yaml:"speakers"`
	People        []gazPerson  `yaml:"people"`
}

type gazCountry struct {
	Name           string   `yaml:"name"`
	Aliases        []string `yaml:"aliases"`
	Adjectives     []string `yaml:"adjectives"`
	Capital        string   `yaml:"capital"`
	GovernmentSeat []string `yaml:"government_seat"`
	Leader         string   `yaml:"leader"`
}

type gazOrg struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Leader  string   `yaml:"leader"`
	Kind    string   `yaml:"kind"`
}

type gazSpeaker struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Of      string   `yaml:"of"`
}

type gazPerson struct {
	Name    string      `yaml:"name"`
	Aliases []string    `yaml:"aliases"`
	Offices []gazOffice `yaml:"offices"`
}

type gazOffice struct {
	Title      string `yaml:"title"`
	LocalTitle string `yaml:"local_title"`
	Of         string `yaml:"of"`
	For        string `yaml:"for"`
	From       string `yaml:"from"`
	To         string `yaml:"to"`
}

// gazTitles is the office vocabulary; it must match the list in the
// comment at the top of gazetteer.yaml.
var gazTitles = map[string]bool{
	"president": true, "vice president": true, "prime minister": true,
	"deputy prime minister": true, "chancellor": true, "king": true,
	"queen": true, "emperor": true, "emir": true, "sultan": true,
	"grand duke": true, "crown prince": true, "pope": true,
	"supreme leader": true, "general secretary": true, "chairperson": true,
	"foreign minister": true, "deputy foreign minister": true,
	"defence minister": true, "finance minister": true, "trade minister": true,
	"trade representative": true, "minister": true,
	"national security adviser": true, "security council secretary": true,
	"chief of staff": true, "adviser": true, "special envoy": true,
	"chief negotiator": true, "ambassador": true, "spokesperson": true,
	"secretary-general": true, "high representative": true,
	"director general": true, "managing director": true,
	"high commissioner": true, "commissioner": true, "prosecutor": true,
	"head": true, "intelligence chief": true, "military chief": true,
	"commander": true, "leader": true, "deputy leader": true,
	"opposition leader": true, "speaker": true, "first lady": true,
	"senior official": true,
}

// gazMultiHolder lists titles that several people hold at once for the same
// country or organisation, so their terms may overlap.
var gazMultiHolder = map[string]bool{
	"vice president": true, "deputy prime minister": true, "minister": true,
	"deputy foreign minister": true, "adviser": true, "spokesperson": true,
	"commissioner": true, "opposition leader": true, "senior official": true,
	"deputy leader": true,
}

// gazNeedsFor lists titles whose `for:` is required: the topic of an envoy
// or minister, the agency of an intelligence chief, the posting of an
// ambassador.
var gazNeedsFor = map[string]bool{
	"special envoy": true, "ambassador": true, "minister": true,
	"intelligence chief": true,
}

const gazDate = "2006-01-02"

const gazPath = "gazetteer.yaml"

var (
	gazOnce sync.Once
	gazData gazFile
	gazRaw  []byte
	gazErr  error
)

// loadGazetteer parses gazetteer.yaml once per test binary, rejecting
// unknown keys so a misspelt or unquoted field (a comma inside a flow
// mapping) fails loudly.
func loadGazetteer(t *testing.T) gazFile {
	t.Helper()
	gazOnce.Do(func() {
		if gazRaw, gazErr = os.ReadFile(gazPath); gazErr != nil {
			return
		}
		gazErr = yaml.UnmarshalWithOptions(gazRaw, &gazData, yaml.DisallowUnknownField())
	})
	if gazErr != nil {
		t.Fatalf("load %s: %v", gazPath, gazErr)
	}
	return gazData
}

// gazFold lower-cases s, removes diacritics and unifies apostrophes, so
// "Erdoğan" and "erdogan" compare equal.
func gazFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ł':
			b.WriteRune('l')
		case r == 'ø':
			b.WriteRune('o')
		case r == 'ı':
			b.WriteRune('i')
		case r == 'đ':
			b.WriteRune('d')
		case r == 'ß':
			b.WriteString("ss")
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			b.WriteRune('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func gazParseDate(s string) (time.Time, error) {
	return time.Parse(gazDate, s)
}

// gazSpan returns the office's term as [from, to); a missing to is open.
func gazSpan(o gazOffice) (from, to time.Time, err error) {
	if from, err = gazParseDate(o.From); err != nil {
		return from, to, fmt.Errorf("from %q: %w", o.From, err)
	}
	to = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	if o.To != "" {
		if to, err = gazParseDate(o.To); err != nil {
			return from, to, fmt.Errorf("to %q: %w", o.To, err)
		}
	}
	return from, to, nil
}

func gazDescribe(o gazOffice) string {
	s := o.Title + " of " + o.Of
	if o.For != "" {
		s += " for " + o.For
	}
	return s
}

func TestGazetteerPlaces(t *testing.T) {
	g := loadGazetteer(t)
	seen := map[string]string{} // folded name or alias -> owner
	claim := func(owner, n string) {
		if strings.TrimSpace(n) != n || n == "" || strings.Contains(n, "  ") {
			t.Errorf("%s: badly spaced or empty name %q", owner, n)
		}
		k := gazFold(n)
		if prev, ok := seen[k]; ok && prev != owner {
			t.Errorf("%q names both %s and %s", n, prev, owner)
		}
		seen[k] = owner
	}
	if len(g.Countries) == 0 || len(g.Organisations) == 0 || len(g.Speakers) == 0 {
		t.Fatalf("countries (%d), organisations (%d), speakers (%d) must all be listed",
			len(g.Countries), len(g.Organisations), len(g.Speakers))
	}
	for _, c := range g.Countries {
		owner := "country " + c.Name
		claim(owner, c.Name)
		for _, a := range c.Aliases {
			claim(owner, a)
		}
		if c.Capital == "" {
			t.Errorf("%s: no capital", owner)
		}
		if c.Leader != "" && !gazTitles[c.Leader] {
			t.Errorf("%s: leader %q is not in the title vocabulary", owner, c.Leader)
		}
	}
	for _, o := range g.Organisations {
		owner := "organisation " + o.Name
		claim(owner, o.Name)
		for _, a := range o.Aliases {
			claim(owner, a)
		}
		if o.Kind != "" && o.Kind != "group" {
			t.Errorf("%s: kind %q is not \"group\"", owner, o.Kind)
		}
		if o.Leader != "" && !gazTitles[o.Leader] {
			t.Errorf("%s: leader %q is not in the title vocabulary", owner, o.Leader)
		}
	}
	for _, s := range g.Speakers {
		// A group that is its own speaker (Hamas) shares its organisation's name.
		owner := "speaker " + s.Name
		if gazFold(s.Name) == gazFold(s.Of) {
			owner = "organisation " + s.Of
		}
		claim(owner, s.Name)
		for _, a := range s.Aliases {
			claim(owner, a)
		}
		if !gazPlaces(g)[s.Of] {
			t.Errorf("speaker %s: of %q is not a listed country or organisation", s.Name, s.Of)
		}
	}
}

// gazPlaces returns the names `of:` may refer to.
func gazPlaces(g gazFile) map[string]bool {
	m := map[string]bool{}
	for _, c := range g.Countries {
		m[c.Name] = true
	}
	for _, o := range g.Organisations {
		m[o.Name] = true
	}
	return m
}

func TestGazetteerPeople(t *testing.T) {
	g := loadGazetteer(t)
	places := gazPlaces(g)
	seen := map[string]string{}
	// A person may not share a name with a country, organisation or speaker.
	for _, c := range g.Countries {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			seen[gazFold(n)] = "country " + c.Name
		}
	}
	for _, o := range g.Organisations {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			seen[gazFold(n)] = "organisation " + o.Name
		}
	}
	for _, sp := range g.Speakers {
		for _, n := range append([]string{sp.Name}, sp.Aliases...) {
			seen[gazFold(n)] = "speaker " + sp.Name
		}
	}
	for i, p := range g.People {
		if p.Name == "" {
			t.Errorf("person #%d has no name", i+1)
			continue
		}
		own := map[string]bool{}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if strings.TrimSpace(n) != n || n == "" || strings.Contains(n, "  ") {
				t.Errorf("%s: badly spaced or empty alias %q", p.Name, n)
			}
			if own[strings.ToLower(n)] {
				t.Errorf("%s: %q listed twice", p.Name, n)
			}
			own[strings.ToLower(n)] = true
			k := gazFold(n)
			if prev, ok := seen[k]; ok && prev != p.Name {
				t.Errorf("%q names both %s and %s", n, prev, p.Name)
			}
			seen[k] = p.Name
		}
		if len(p.Offices) == 0 {
			t.Errorf("%s: no offices", p.Name)
		}
		for _, o := range p.Offices {
			what := p.Name + ", " + gazDescribe(o)
			if !gazTitles[o.Title] {
				t.Errorf("%s: title %q is not in the vocabulary", what, o.Title)
			}
			if !places[o.Of] {
				t.Errorf("%s: of %q is not a listed country or organisation", what, o.Of)
			}
			if gazNeedsFor[o.Title] && o.For == "" {
				t.Errorf("%s: %s needs for:", what, o.Title)
			}
			if o.Title == "ambassador" && !places[o.For] {
				t.Errorf("%s: ambassador's for %q is not a listed country or organisation", what, o.For)
			}
			from, to, err := gazSpan(o)
			if err != nil {
				t.Errorf("%s: %v", what, err)
				continue
			}
			if !from.Before(to) {
				t.Errorf("%s: from %s is not before to %s", what, o.From, o.To)
			}
		}
	}
}

type gazTerm struct {
	person   string
	from, to time.Time
	raw      gazOffice
}

// gazTerms groups every parsable office by (title, of, for).
func gazTerms(g gazFile) map[string][]gazTerm {
	m := map[string][]gazTerm{}
	for _, p := range g.People {
		for _, o := range p.Offices {
			from, to, err := gazSpan(o)
			if err != nil {
				continue // reported by TestGazetteerPeople
			}
			k := gazDescribe(o)
			m[k] = append(m[k], gazTerm{person: p.Name, from: from, to: to, raw: o})
		}
	}
	return m
}

func TestGazetteerNoOverlappingHolders(t *testing.T) {
	g := loadGazetteer(t)
	for k, terms := range gazTerms(g) {
		if gazMultiHolder[terms[0].raw.Title] {
			continue
		}
		sort.Slice(terms, func(i, j int) bool { return terms[i].from.Before(terms[j].from) })
		for i := 1; i < len(terms); i++ {
			a, b := terms[i-1], terms[i]
			if b.from.Before(a.to) {
				t.Errorf("%s: %s (%s–%s) overlaps %s (%s–%s)", k,
					a.person, a.raw.From, a.raw.To, b.person, b.raw.From, b.raw.To)
			}
		}
	}
}

// gazFormerStates are countries that no longer exist: their leader office
// is listed for older articles ("the Soviet leader" in 1985), and none of
// its holders may be current.
var gazFormerStates = map[string]bool{
	"Soviet Union": true, "East Germany": true, "Yugoslavia": true, "Czechoslovakia": true,
}

func TestGazetteerLeadersHaveCurrentHolder(t *testing.T) {
	g := loadGazetteer(t)
	terms := gazTerms(g)
	current := func(title, of string) bool {
		for _, tm := range terms[title+" of "+of] {
			if tm.raw.To == "" {
				return true
			}
		}
		return false
	}
	for _, c := range g.Countries {
		if gazFormerStates[c.Name] {
			if c.Leader == "" || len(terms[c.Leader+" of "+c.Name]) == 0 {
				t.Errorf("former state %s: no %q holders listed", c.Name, c.Leader)
			}
			if current(c.Leader, c.Name) {
				t.Errorf("former state %s: a current %s", c.Name, c.Leader)
			}
			continue
		}
		if c.Leader != "" && !current(c.Leader, c.Name) { // (countries listed for places and nationalities only have none)
			t.Errorf("country %s: no current %s", c.Name, c.Leader)
		}
	}
	for _, o := range g.Organisations {
		if o.Leader != "" && !current(o.Leader, o.Name) {
			t.Errorf("organisation %s: no current %s", o.Name, o.Leader)
		}
	}
}

// TestGazetteerHeaderListsVocabulary keeps the title vocabulary documented
// in the file's header comment in step with gazTitles and gazMultiHolder.
func TestGazetteerHeaderListsVocabulary(t *testing.T) {
	loadGazetteer(t)
	var header, multi strings.Builder
	inMulti := false
	for _, line := range strings.Split(string(gazRaw), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		if strings.HasPrefix(line, "# Titles several people hold at once") {
			inMulti = true
		}
		if strings.HasPrefix(line, "# Every other title") {
			inMulti = false
		}
		header.WriteString(line + "\n")
		if inMulti {
			multi.WriteString(line + "\n")
		}
	}
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ':' || r == '\n' || r == '.' }) {
			m[strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "#"))] = true
		}
		return m
	}
	listed, listedMulti := words(header.String()), words(multi.String())
	for title := range gazTitles {
		if !listed[title] {
			t.Errorf("title %q is not listed in the header comment", title)
		}
	}
	for title := range gazMultiHolder {
		if !listedMulti[title] {
			t.Errorf("multi-holder title %q is not listed in the header's multi-holder paragraph", title)
		}
	}
}

func TestGazetteerFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Erdoğan", "erdogan"},
		{"Sánchez", "sanchez"},
		{"Łukasz", "lukasz"},
		{"Støre", "store"},
		{"Sa’ar", "sa'ar"},
		{"Vučić", "vucic"},
	}
	for _, tt := range tests {
		if got := gazFold(tt.in); got != tt.want {
			t.Errorf("gazFold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A role whose title already says whose office it is gets no "of
// Country" after it.
func TestOfficeRoleNamesCountryOnce(t *testing.T) {
	for _, tc := range []struct {
		o    Office
		want string
	}{
		{Office{Title: "chief negotiator", LocalTitle: "head of the Russian delegation", Of: "Russia"}, "head of the Russian delegation"},
		{Office{Title: "trade representative", LocalTitle: "U.S. trade representative", Of: "United States"}, "U.S. trade representative"},
		{Office{Title: "foreign policy chief", LocalTitle: "EU foreign policy chief", Of: "European Union"}, "EU foreign policy chief"},
		{Office{Title: "adviser", LocalTitle: "aide to the president", Of: "Russia"}, "aide to the president of Russia"},
		{Office{Title: "secretary", LocalTitle: "secretary of the Security Council", Of: "Russia"}, "secretary of the Security Council of Russia"},
		{Office{Title: "president", Of: "Ukraine"}, "president of Ukraine"},
		{Office{Title: "minister", LocalTitle: "minister of the armed forces", Of: "France"}, "minister of the armed forces of France"},
	} {
		if got := tc.o.Role(); got != tc.want {
			t.Errorf("Role(%+v) = %q, want %q", tc.o, got, tc.want)
		}
	}
}
