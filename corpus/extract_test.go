package corpus

import (
	"os"
	"strings"
	"testing"
	"time"
)

func loadSeed(t testing.TB) *Article {
	t.Helper()
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := &Article{Published: time.Date(2025, 8, 18, 22, 51, 0, 0, time.UTC), Place: "WASHINGTON"}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			a.Paragraphs = append(a.Paragraphs, line)
		}
	}
	return a
}

func TestSeed(t *testing.T) {
	a := loadSeed(t)
	Extract(a)

	wh, ok := findMeeting(a.Meetings, "2025-08-18", "")
	if !ok {
		t.Fatalf("no meeting on 2025-08-18: %+v", a.Meetings)
	}
	if wh.Summary != "White House meeting" {
		t.Errorf("summary = %q, want White House meeting", wh.Summary)
	}
	want := "Alexander Stubb,Donald Trump,Emmanuel Macron,Friedrich Merz,Giorgia Meloni,Keir Starmer,Mark Rutte,Ursula von der Leyen,Volodymyr Zelenskyy"
	if got := strings.Join(names(wh.Attendees), ","); got != want {
		t.Errorf("White House attendees = %s\nwant %s", got, want)
	}
	if len(wh.Absent) != 1 || wh.Absent[0].Name != "Vladimir Putin" || wh.Absent[0].Note != "by phone" {
		t.Errorf("White House absent = %+v, want Putin by phone", wh.Absent)
	}
	for _, m := range a.Meetings {
		for _, p := range m.Attendees {
			switch p.Name {
			case "JD Vance", "Olena Zelenska", "Melania Trump":
				if m.Date == "2025-08-18" {
					t.Errorf("%s attends %q", p.Name, m.Summary)
				}
			}
		}
	}
	for _, p := range wh.Attendees {
		if p.Role == "" {
			t.Errorf("%s has no role", p.Name)
		}
	}

	ak, ok := findMeeting(a.Meetings, "2025-08-15", "")
	if !ok {
		t.Fatalf("no meeting on 2025-08-15: %+v", a.Meetings)
	}
	if got := strings.Join(names(ak.Attendees), ","); got != "Donald Trump,Vladimir Putin" {
		t.Errorf("Alaska attendees = %s", got)
	}
	if ak.Summary != "Alaska summit" {
		t.Errorf("Alaska summary = %q", ak.Summary)
	}

	quotes := []struct{ fragment, speaker string }{
		{"I would like to see a ceasefire", "Friedrich Merz"},
		{"unpredictable consequences", "Maria Zakharova"},
		{"a big step, a breakthrough", "Mark Rutte"},
		{"We all share a strong desire", "Volodymyr Zelenskyy"},
		{"I called President Putin", "Donald Trump"},
		{"can end the war with Russia almost immediately", "Donald Trump"},
		{"Remember how it started", "Donald Trump"},
	}
	for _, w := range quotes {
		found := false
		for _, q := range a.Quotes {
			if strings.Contains(q.Text, w.fragment) {
				found = true
				if q.Speaker != w.speaker {
					t.Errorf("quote %q: speaker %q, want %q", w.fragment, q.Speaker, w.speaker)
				}
			}
		}
		if !found {
			t.Errorf("quote %q not found", w.fragment)
		}
	}
	for _, q := range a.Quotes {
		switch q.Text {
		case "Trilat", "NATO-like", "A big step":
			t.Errorf("scare quote or heading %q taken as a quotation", q.Text)
		}
	}
}

func TestPeople(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // name -> role ("" = any)
		not  []string
	}{
		{"title before name", `French President Emmanuel Macron arrived in Kyiv.`,
			map[string]string{"Emmanuel Macron": "French President"}, nil},
		{"appositive role", `Rustem Umerov, Ukraine's defence minister, led the team.`,
			map[string]string{"Rustem Umerov": "Ukraine's defence minister"}, nil},
		{"role before with comma", `The alliance is run by the head of NATO, Mark Rutte.`,
			map[string]string{"Mark Rutte": "head of NATO"}, nil},
		{"secretary of state", `Secretary of State Marco Rubio flew to Geneva.`,
			map[string]string{"Marco Rubio": "Secretary of State"}, nil},
		{"possessive org role", `Mark Rutte, NATO's secretary-general, said little.`,
			map[string]string{"Mark Rutte": "NATO's secretary-general"}, nil},
		{"surname resolves to full name", "German Chancellor Friedrich Merz spoke first.\n\nMerz then left for Berlin.",
			map[string]string{"Friedrich Merz": "German Chancellor"}, []string{"Merz"}},
		{"name variants are one person, spelled as the article first does", "Zelensky met aides in Kyiv.\n\nLater Zelenskiy flew to Brussels.",
			map[string]string{"Volodymyr Zelensky": ""}, []string{"Zelensky", "Zelenskiy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy"}},
		{"particles", `European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman. Von der Leyen said little.`,
			map[string]string{"Ursula von der Leyen": "European Commission President", "Mohammed bin Salman": "Saudi Crown Prince"}, nil},
		{"diacritics and hyphens", `Turkish Foreign Minister Hakan Fidan met Jean-Noël Barrot and Abdel Fattah al-Sisi in Cairo.`,
			map[string]string{"Hakan Fidan": "Turkish Foreign Minister", "Jean-Noël Barrot": "", "Abdel Fattah al-Sisi": ""}, nil},
		{"places and organisations are not people", `The Oval Office, the White House and the European Commission hosted events on Monday in New York and Le Bourget.`,
			nil, []string{"Oval Office", "White House", "European Commission", "New York", "Monday"}},
		{"lowercase role before name", `Kremlin spokesman Dmitry Peskov declined to comment.`,
			map[string]string{"Dmitry Peskov": "Kremlin spokesman"}, nil},
		{"gazetteer fallback role", `Putin spoke for an hour.`,
			map[string]string{"Vladimir Putin": "president of Russia"}, nil},
		{"portfolio after for", `Deputy Prime Minister for Reintegration Tomas Varga held talks in Bender.`,
			map[string]string{"Tomas Varga": "Deputy Prime Minister for Reintegration"}, []string{"Reintegration Tomas Varga"}},
		{"two-word portfolio", `Minister for Foreign Affairs Aino Laakso arrived first.`,
			map[string]string{"Aino Laakso": "Minister for Foreign Affairs"}, []string{"Foreign Affairs Aino Laakso", "Affairs Aino Laakso"}},
		{"of and for", `The Secretary of State for Northern Ireland, Hugh Benton, chaired it. Commissioner for Trade Ilse Maas joined him.`,
			map[string]string{"Hugh Benton": "", "Ilse Maas": "Commissioner for Trade"}, []string{"Trade Ilse Maas"}},
		{"places, ships and credits are not people", "Coast guard boats shadowed the BRP Laguna Verde near Mabini Shoal and Tala Reef.\n\nWhether Lindqvist will come is unclear. Photograph: Sara Olsen/Harbour Images",
			map[string]string{"Sara Olsen": ""}, []string{"Laguna Verde", "BRP Laguna Verde", "Mabini Shoal", "Tala Reef", "Whether Lindqvist", "Harbour Images"}},
		{"Irish titles", `Tánaiste Aoife Nolan and Taoiseach Cian Byrne met the delegation.`,
			map[string]string{"Aoife Nolan": "Tánaiste", "Cian Byrne": "Taoiseach"}, []string{"Tánaiste Aoife Nolan", "Taoiseach Cian Byrne"}},
		{"possessive owner before a comma role", `The OSCE mission's head, Karin Dahl, chaired the session. The region's leader, Pavel Orlov, stayed away.`,
			map[string]string{"Karin Dahl": "OSCE mission's head", "Pavel Orlov": "region's leader"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-08-20", tc.text)
			got := map[string]string{}
			for _, p := range a.People {
				got[p.Name] = p.Role
			}
			for n, r := range tc.want {
				gr, ok := got[n]
				if !ok {
					t.Errorf("%s not found in %+v", n, a.People)
					continue
				}
				if r != "" && gr != r {
					t.Errorf("%s role = %q, want %q", n, gr, r)
				}
			}
			for _, n := range tc.not {
				if _, ok := got[n]; ok {
					t.Errorf("%s taken for a person: %+v", n, a.People)
				}
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	pub := time.Date(2025, 8, 18, 22, 51, 0, 0, time.UTC) // a Monday
	tests := []struct {
		text   string
		future bool
		want   string
	}{
		{"on Monday", false, "2025-08-18"},
		{"Friday's summit", false, "2025-08-15"},
		{"last Tuesday", false, "2025-08-12"},
		{"will meet on Friday", true, "2025-08-22"},
		{"next Wednesday", false, "2025-08-20"},
		{"yesterday", false, "2025-08-17"},
		{"on Aug. 15", false, "2025-08-15"},
		{"on 15 August", false, "2025-08-15"},
		{"on March 3, 2025", false, "2025-03-03"},
		{"in December", false, "m:2024-12"},
		{"on September 1", false, "2025-09-01"},
		{"last week", false, "week:last"},
		{"on February 30", false, ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, nil)
		r, ok := findDate(toks, 0, len(toks), pub, tc.future)
		got := r.key
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("findDate(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	toks := tokenize("on Monday", nil)
	if r, _ := findDate(toks, 0, len(toks), time.Time{}, false); r.day != "" || r.key != "wd:1" {
		t.Errorf("without a publication date, Monday = %+v", r)
	}
}

func TestGazetteer(t *testing.T) {
	g := DefaultGazetteer()
	if len(g.People) == 0 || len(g.Countries) == 0 {
		t.Fatal("embedded gazetteer is empty or failed to parse")
	}
	if _, err := LoadGazetteer(gazetteerYAML); err != nil {
		t.Fatal(err)
	}
	on := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ lookup, want string }{
		{"zelensky", "Volodymyr Zelenskyy"}, {"ZELENSKIY", "Volodymyr Zelenskyy"}, {"Volodymyr Zelenskyy", "Volodymyr Zelenskyy"},
	} {
		if f, ok := g.Lookup(tc.lookup); !ok || f.Name != tc.want {
			t.Errorf("Lookup(%q) = %v, %v", tc.lookup, f, ok)
		}
	}
	for _, tc := range []struct{ of, want string }{
		{"French", "Emmanuel Macron"}, {"Britain", "Keir Starmer"}, {"Germany", "Friedrich Merz"}, {"NATO", "Mark Rutte"},
	} {
		if f, ok := g.Leader(tc.of, on); !ok || f.Name != tc.want {
			t.Errorf("Leader(%q) = %v, %v; want %s", tc.of, f, ok, tc.want)
		}
	}
	if f, ok := g.Leader("Germany", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)); ok && f.Name == "Friedrich Merz" {
		t.Errorf("Leader(Germany, 2024) = Merz, want his predecessor")
	}
	if f, ok := g.Holder("United States", "secretary of state", on); !ok || f.Name != "Marco Rubio" {
		t.Errorf("Holder(US, secretary of state) = %v, %v", f, ok)
	}
	if _, err := LoadGazetteer([]byte("people:\n  - name: X\n    offices:\n      - {title: president, of: Y, from: 2020-13-45}\n")); err == nil {
		t.Error("bad office date accepted")
	}
	if _, err := LoadGazetteer([]byte("people: [")); err == nil {
		t.Error("bad YAML accepted")
	}
}

func TestExtractEdgeCases(t *testing.T) {
	for _, a := range []*Article{
		{},
		{Paragraphs: []string{""}},
		{Paragraphs: []string{"“", "”", "‘", "'", "\"\"\"", "«»„“"}},
		{Paragraphs: []string{"said said said", ", , , said", "“a,” said", "“b,” according to"}},
		{Paragraphs: []string{strings.Repeat("Trump met Putin. ", 200)}},
	} {
		Extract(a)
		for _, q := range a.Quotes {
			if q.Paragraph < 0 || q.Paragraph >= len(a.Paragraphs) {
				t.Errorf("quote paragraph %d out of range", q.Paragraph)
			}
		}
	}
	var nilArticle *Article
	Extract(nilArticle)
}

func FuzzExtract(f *testing.F) {
	f.Add("“We are ready,” Lavrov said on Monday.\n“Split,” he said, “quote.”", int64(1755557460))
	f.Add("Trump met with the leaders of France, Britain and Germany at the White House on Friday.", int64(0))
	f.Add("‘Nested “double” inside’, said Kallas. 'Tis the ’90s. Putin, who skipped it, was not invited.", int64(-1))
	f.Add("«Bonjour», „Hallo“, \"straight\" and ‘single’ — Mr. U.S. J.D. Vance's Feb. 30, 2025", int64(1e12))
	b, _ := os.ReadFile("testdata/seed.txt")
	f.Add(string(b), int64(1755557460))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		a := &Article{Paragraphs: strings.Split(text, "\n")}
		if unix != 0 {
			a.Published = time.Unix(unix%(1<<35), 0).UTC()
		}
		Extract(a)
		for _, q := range a.Quotes {
			if q.Paragraph < 0 || q.Paragraph >= len(a.Paragraphs) {
				t.Fatalf("quote paragraph %d out of range", q.Paragraph)
			}
			if isPronoun(strings.ToLower(q.Speaker)) {
				t.Fatalf("pronoun speaker %q", q.Speaker)
			}
		}
		for _, m := range a.Meetings {
			for _, p := range m.Paragraphs {
				if p < 0 || p >= len(a.Paragraphs) {
					t.Fatalf("meeting paragraph %d out of range", p)
				}
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	seed := loadSeed(b)
	size := len(seed.Text())
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		a := *seed
		Extract(&a)
	}
}
