package answer

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// newService returns a Service over a real in-memory index holding arts
// as given (extraction results filled in by the test, not by Extract).
func newService(t *testing.T, arts ...*corpus.Article) *Service {
	t.Helper()
	idx, err := index.NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	for _, a := range arts {
		a.AssignID()
	}
	if _, err := idx.Upsert(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC) }
	return New(idx, now)
}

func day(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func genevaArticles() []*corpus.Article {
	a := &corpus.Article{
		Title: "Geneva talks end with prisoner deal", Source: "Wire One", URL: "https://one.example.com/geneva",
		Published: day("2025-03-11T18:00:00Z"),
		Paragraphs: []string{
			"GENEVA — Foreign ministers Ana Ruiz and Piotr Nowak met in Geneva on Tuesday and agreed a prisoner exchange.",
			"Mediator Lena Varga chaired the session. Defence chief Omar Haddad joined by phone.",
		},
		Meetings: []corpus.Meeting{{
			Summary: "Geneva talks", Date: "2025-03-11", Place: "Geneva",
			Attendees:  []corpus.Person{{Name: "Ana Ruiz", Role: "foreign minister"}, {Name: "Piotr Nowak", Role: "foreign minister"}, {Name: "Lena Varga", Role: "mediator"}},
			Absent:     []corpus.Absence{{Name: "Omar Haddad", Note: "by phone"}},
			Paragraphs: []int{0, 1},
		}},
	}
	b := &corpus.Article{
		Title: "Prisoner swap agreed after Geneva meeting", Source: "Wire Two", URL: "https://two.example.org/swap",
		Published: day("2025-03-11T20:30:00Z"),
		Paragraphs: []string{
			"Tuesday's Geneva talks, attended by Ana Ruiz, Piotr Nowak and the UN envoy Karim Saleh, produced a framework deal.",
		},
		Meetings: []corpus.Meeting{{
			Summary: "Geneva talks", Date: "2025-03-11", Place: "Geneva",
			Attendees:  []corpus.Person{{Name: "Ana Ruiz"}, {Name: "Piotr Nowak"}, {Name: "Karim Saleh", Role: "UN envoy"}},
			Paragraphs: []int{0},
		}},
	}
	older := &corpus.Article{
		Title: "First round of Geneva talks", Source: "Wire One", URL: "https://one.example.com/geneva-first",
		Published:  day("2025-01-20T12:00:00Z"),
		Paragraphs: []string{"GENEVA — Deputy ministers Mia Holt and Jan Berg opened the first round of Geneva talks on Monday."},
		Meetings: []corpus.Meeting{{
			Summary: "Geneva talks", Date: "2025-01-20", Place: "Geneva",
			Attendees:  []corpus.Person{{Name: "Mia Holt"}, {Name: "Jan Berg"}},
			Paragraphs: []int{0},
		}},
	}
	return []*corpus.Article{a, b, older}
}

func names[T any](xs []T, name func(T) string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, name(x))
	}
	slices.Sort(out)
	return out
}

func TestWhoMergesReportsOfOneMeeting(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "who was at the Geneva talks on 2025-03-11?"})
	if err != nil {
		t.Fatal(err)
	}
	got := names(ans.Attendees, func(a Attendee) string { return a.Name })
	want := []string{"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"}
	if !slices.Equal(got, want) {
		t.Errorf("attendees = %v, want %v", got, want)
	}
	if len(ans.Absent) != 1 || ans.Absent[0].Name != "Omar Haddad" || ans.Absent[0].Note != "by phone" {
		t.Errorf("absent = %+v, want Omar Haddad by phone", ans.Absent)
	}
	if ans.Date != "2025-03-11" || len(ans.Sources) != 2 {
		t.Errorf("date %q, %d sources; want 2025-03-11 from 2 articles", ans.Date, len(ans.Sources))
	}
	for _, a := range ans.Attendees {
		if len(a.Evidence) == 0 || a.Evidence[0].Passage == "" || a.Evidence[0].Article.Title == "" {
			t.Errorf("%s has no evidence: %+v", a.Name, a.Evidence)
		}
		if a.Name == "Ana Ruiz" && len(a.Evidence) != 2 {
			t.Errorf("Ana Ruiz is named by both articles, evidence = %d", len(a.Evidence))
		}
	}
	// The January round is another meeting: its people do not leak in.
	ans, err = svc.Who(context.Background(), WhoParams{Meeting: "Geneva talks", Date: "2025-01-20"})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(ans.Attendees, func(a Attendee) string { return a.Name }); !slices.Equal(got, []string{"Jan Berg", "Mia Holt"}) {
		t.Errorf("January attendees = %v", got)
	}
}

func TestWhoNothingFound(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "Antarctic summit"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Attendees) != 0 || ans.Attendees == nil || ans.Absent == nil {
		t.Errorf("want empty, non-nil lists: %+v", ans)
	}
	if _, err := svc.Who(context.Background(), WhoParams{Meeting: "who was at the?"}); !IsInputError(err) {
		t.Errorf("a question naming no meeting: err = %v, want an InputError", err)
	}
}

func TestDigestDayInZone(t *testing.T) {
	late := &corpus.Article{Title: "Late story", Source: "Wire One", Published: day("2025-03-11T23:30:00Z"),
		Paragraphs: []string{"KYIV — Talks on a partial ceasefire resumed late on Tuesday evening in the capital, officials said. More to come."},
		Quotes:     []corpus.Quote{{Text: "We are closer to a ceasefire than at any time this year", Speaker: "Ana Ruiz", Role: "foreign minister", Paragraph: 0}, {Text: "no", Speaker: "", Paragraph: 0}}}
	early := &corpus.Article{Title: "Morning story", Source: "Wire Two", Published: day("2025-03-11T08:00:00Z"),
		Paragraphs: []string{"Morning talks opened with a minute of silence for the victims of the strike."}}
	svc := newService(t, late, early)
	ctx := context.Background()
	utc, err := svc.Digest(ctx, DigestParams{Date: "2025-03-11"})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(utc.Articles, func(d DigestArticle) string { return d.Article.Title }); !slices.Equal(got, []string{"Late story", "Morning story"}) {
		t.Errorf("UTC digest = %v", got)
	}
	kyiv, err := svc.Digest(ctx, DigestParams{Date: "2025-03-12", TZ: "Europe/Kyiv"})
	if err != nil {
		t.Fatal(err)
	}
	if len(kyiv.Articles) != 1 || kyiv.Articles[0].Article.Title != "Late story" {
		t.Fatalf("Kyiv digest for the 12th = %+v, want the story published 01:30 local", kyiv.Articles)
	}
	d := kyiv.Articles[0]
	if d.Summary != "KYIV — Talks on a partial ceasefire resumed late on Tuesday evening in the capital, officials said. More to come." {
		t.Errorf("summary = %q", d.Summary)
	}
	if len(d.Quotes) == 0 || d.Quotes[0].Speaker != "Ana Ruiz" {
		t.Errorf("quotes = %+v, want Ana Ruiz's first", d.Quotes)
	}
	empty, err := svc.Digest(ctx, DigestParams{Date: "2024-01-01"})
	if err != nil || len(empty.Articles) != 0 || empty.Articles == nil {
		t.Errorf("empty day = %+v, %v", empty, err)
	}
	// No date: today in the zone (the service's clock says 2025-03-12 09:00 UTC).
	today, _ := svc.Digest(ctx, DigestParams{TZ: "Europe/Kyiv"})
	if today.Date != "2025-03-12" {
		t.Errorf("default date = %s", today.Date)
	}
}

func TestQuotesAndSearchFilters(t *testing.T) {
	arts := genevaArticles()
	arts[0].Quotes = []corpus.Quote{{Text: "The prisoner exchange is a first step toward a ceasefire", Speaker: "Ana Ruiz", Role: "foreign minister", Paragraph: 0}}
	arts[1].Quotes = []corpus.Quote{{Text: "A ceasefire is not on the table yet", Speaker: "Karim Saleh", Role: "UN envoy", Paragraph: 0}}
	svc := newService(t, arts...)
	ctx := context.Background()
	q, err := svc.Quotes(ctx, QuotesParams{Keyword: "ceasefire", Speaker: "ruiz"})
	if err != nil {
		t.Fatal(err)
	}
	if q.Total != 1 || q.Quotes[0].Speaker != "Ana Ruiz" || q.Quotes[0].Passage == "" || q.Quotes[0].Article.Source != "Wire One" {
		t.Errorf("quotes by ruiz = %+v", q)
	}
	s, err := svc.Search(ctx, SearchParams{Query: "Geneva", Since: "2025-03-01", Until: "2025-03-11"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range s.Hits {
		if h.Article.Published.Before(day("2025-03-01T00:00:00Z")) {
			t.Errorf("--since ignored: %s", h.Article.Title)
		}
	}
	if s.Total < 2 {
		t.Errorf("search Geneva in March = %d hits, want the two March articles' passages", s.Total)
	}
	s, _ = svc.Search(ctx, SearchParams{Query: "Geneva", Source: "wire two"})
	for _, h := range s.Hits {
		if h.Article.Source != "Wire Two" {
			t.Errorf("--source ignored: %s", h.Article.Source)
		}
	}
	if _, err := svc.Search(ctx, SearchParams{Query: "   "}); !IsInputError(err) {
		t.Errorf("empty query err = %v", err)
	}
}

func TestAskRoutesToAnswers(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	ans, err := svc.Ask(context.Background(), "Who attended the Geneva talks on 2025-03-11?")
	if err != nil {
		t.Fatal(err)
	}
	who, ok := ans.Answer.(*WhoAnswer)
	if ans.Intent != IntentWho || !ok || len(who.Attendees) != 4 {
		t.Errorf("ask who = %s %+v", ans.Intent, ans.Answer)
	}
	ans, err = svc.Ask(context.Background(), "news about prisoner exchanges")
	if err != nil || ans.Intent != IntentSearch || ans.Answer.(*SearchAnswer).Total == 0 {
		t.Errorf("ask search = %+v, %v", ans, err)
	}
}

// Reports that name one meeting differently ("summit" / "talks") are
// merged; another meeting the same day is not.
func TestWhoMergesDifferentlyNamedReports(t *testing.T) {
	arts := genevaArticles()
	third := &corpus.Article{
		Title: "Ministers hold talks in Geneva", Source: "Wire Three", URL: "https://three.example.net/geneva",
		Published:  day("2025-03-12T08:00:00Z"),
		Paragraphs: []string{"Ana Ruiz and Piotr Nowak spent six hours together in Geneva on Tuesday, with aide Sofia Lind taking notes."},
		Meetings: []corpus.Meeting{{
			Summary: "Geneva summit", Date: "2025-03-11", Place: "Geneva",
			Attendees:  []corpus.Person{{Name: "Ana Ruiz"}, {Name: "Piotr Nowak"}, {Name: "Sofia Lind", Role: "aide"}},
			Paragraphs: []int{0},
		}},
	}
	other := &corpus.Article{
		Title: "Doha call on shipping", Source: "Wire Four", URL: "https://four.example.net/doha",
		Published:  day("2025-03-11T22:00:00Z"),
		Paragraphs: []string{"Separately, trade envoys Ravi Patel and Lin Zhou held a call from Doha on Tuesday."},
		Meetings: []corpus.Meeting{{
			Summary: "Doha call", Date: "2025-03-11", Place: "Doha",
			Attendees:  []corpus.Person{{Name: "Ravi Patel"}, {Name: "Lin Zhou"}},
			Paragraphs: []int{0},
		}},
	}
	svc := newService(t, append(arts, third, other)...)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "who attended the Geneva summit?"})
	if err != nil {
		t.Fatal(err)
	}
	got := names(ans.Attendees, func(a Attendee) string { return a.Name })
	want := []string{"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak", "Sofia Lind"}
	if !slices.Equal(got, want) {
		t.Errorf("attendees = %v, want %v (three reports of one meeting, not the Doha call)", got, want)
	}
	if len(ans.Sources) != 3 {
		t.Errorf("%d sources, want 3", len(ans.Sources))
	}
}

// A day's digest puts the reports of one meeting together, biggest story
// first, and leaves out meetings an article only recalls.
func TestDigestGroupsStories(t *testing.T) {
	arts := genevaArticles()[:2] // two reports of the 2025-03-11 Geneva talks
	other := &corpus.Article{
		Title: "Grain corridor reopens for first convoy", Source: "Wire Three", URL: "https://three.example.net/grain",
		Published:  day("2025-03-11T10:00:00Z"),
		Paragraphs: []string{"ODESA — The first grain convoy in months left port on Tuesday. The corridor deal dates back to talks in Istanbul in 2022."},
		Meetings: []corpus.Meeting{{
			Summary: "Istanbul talks", Date: "2022-07-22", Place: "Istanbul",
			Attendees: []corpus.Person{{Name: "Mia Holt"}, {Name: "Jan Berg"}}, Paragraphs: []int{0},
		}},
	}
	svc := newService(t, append(arts, other)...)
	ans, err := svc.Digest(context.Background(), DigestParams{Date: "2025-03-11"})
	if err != nil {
		t.Fatal(err)
	}
	var stories, titles []string
	for _, d := range ans.Articles {
		stories = append(stories, d.Story)
		titles = append(titles, d.Article.Title)
	}
	if len(ans.Articles) != 3 || stories[0] != stories[1] || stories[2] == stories[0] {
		t.Fatalf("stories %q for %q: want the two Geneva reports first, together", stories, titles)
	}
	if !strings.Contains(stories[0], "Geneva") {
		t.Errorf("story name %q, want the meeting's", stories[0])
	}
	if m := ans.Articles[2].Meetings; len(m) != 0 {
		t.Errorf("grain article lists %+v; a 2022 meeting it recalls is not today's news", m)
	}
}

// The same day's report under another name ("Lucerne talks") is found by
// widening to that day and merged; the meeting that article recalls
// elsewhere stays out. (Which candidate reports sameMeeting merges is
// table-tested in TestSameMeeting; here the candidates come from the
// index.)
func TestWhoWidensToTheDayNotToRecalledMeetings(t *testing.T) {
	first := &corpus.Article{
		Title: "Leaders meet at lakeside summit", Source: "Wire One", URL: "https://one.example.com/lake",
		Published:  day("2025-06-02T18:00:00Z"),
		Paragraphs: []string{"LUCERNE — Presidents Ana Ruiz and Piotr Nowak met at the Lucerne summit on Monday."},
		Meetings: []corpus.Meeting{{Summary: "Lucerne summit", Date: "2025-06-02", Place: "Lucerne",
			Attendees: []corpus.Person{{Name: "Ana Ruiz"}, {Name: "Piotr Nowak"}}, Paragraphs: []int{0}}},
	}
	second := &corpus.Article{
		Title: "No breakthrough on the lake", Source: "Wire Two", URL: "https://two.example.org/lake",
		Published: day("2025-06-03T07:00:00Z"),
		Paragraphs: []string{
			"Ana Ruiz and Piotr Nowak held talks in Lucerne on Monday, joined by envoy Karim Saleh.",
			"They last met at a Vienna summit with former president Otto Brandt.",
		},
		Meetings: []corpus.Meeting{
			{Summary: "Lucerne talks", Date: "2025-06-02", Place: "Lucerne",
				Attendees: []corpus.Person{{Name: "Ana Ruiz"}, {Name: "Piotr Nowak"}, {Name: "Karim Saleh"}}, Paragraphs: []int{0}},
			{Summary: "Vienna summit", Place: "Vienna",
				Attendees: []corpus.Person{{Name: "Ana Ruiz"}, {Name: "Piotr Nowak"}, {Name: "Otto Brandt"}}, Paragraphs: []int{1}},
		},
	}
	svc := newService(t, first, second)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "Lucerne summit"})
	if err != nil {
		t.Fatal(err)
	}
	got := names(ans.Attendees, func(a Attendee) string { return a.Name })
	if want := []string{"Ana Ruiz", "Karim Saleh", "Piotr Nowak"}; !slices.Equal(got, want) {
		t.Errorf("attendees = %v, want %v", got, want)
	}
}

func TestSameMeeting(t *testing.T) {
	hit := func(id, summary, date string, people ...string) index.MeetingHit {
		m := corpus.Meeting{Summary: summary, Date: date}
		for _, p := range people {
			m.Attendees = append(m.Attendees, corpus.Person{Name: p})
		}
		return index.MeetingHit{Meeting: m, Article: corpus.Ref{ID: id}}
	}
	hits := []index.MeetingHit{
		hit("a", "Lucerne summit", "2025-06-02", "Ana Ruiz", "Piotr Nowak"),
		hit("b", "Vienna summit", "", "Ana Ruiz", "Piotr Nowak", "Otto Brandt"), // recalled, undated
		hit("b", "Lucerne talks", "2025-06-02", "Ana Ruiz", "Karim Saleh"),      // same meeting, by name
		hit("c", "leaders' meeting", "2025-06-02", "Piotr Nowak", "Ana Ruiz"),   // same day, same people
		hit("d", "Lucerne summit", "2024-06-02", "Ana Ruiz", "Piotr Nowak"),     // a year earlier
		hit("e", "phone call", "2025-06-02", "Ana Ruiz", "Lin Zhou"),            // another meeting that day
		hit("c", "Lucerne dinner", "2025-06-02", "Ana Ruiz", "Piotr Nowak"),     // c is already in
	}
	var got []string
	for _, h := range sameMeeting(hits, nil) {
		got = append(got, h.Article.ID+":"+h.Meeting.Summary)
	}
	want := []string{"a:Lucerne summit", "b:Lucerne talks", "c:leaders' meeting"}
	if !slices.Equal(got, want) {
		t.Errorf("sameMeeting = %q, want %q", got, want)
	}
}

// A scheduled post's window replaces the calendar day.
func TestDigestWindow(t *testing.T) {
	mk := func(title, at string) *corpus.Article {
		return &corpus.Article{Title: title, Source: "Wire", URL: "https://w.example/" + title, Published: day(at),
			Paragraphs: []string{title + " was reported by the wire in a paragraph of some length."}}
	}
	svc := newService(t, mk("before", "2025-03-10T07:59:00Z"), mk("inside", "2025-03-10T20:00:00Z"), mk("late", "2025-03-11T09:00:00Z"))
	since, until := day("2025-03-10T08:00:00Z"), day("2025-03-11T08:00:00Z")
	ans, err := svc.Digest(context.Background(), DigestParams{Date: "2025-03-11", Since: since, Until: until})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(ans.Articles, func(d DigestArticle) string { return d.Article.Title }); !slices.Equal(got, []string{"inside"}) {
		t.Errorf("window digest = %v, want [inside]", got)
	}
	if ans.Until == nil || !ans.Until.Equal(until) || ans.Date != "2025-03-11" {
		t.Errorf("window not reported: %+v", ans)
	}
	if _, err := svc.Digest(context.Background(), DigestParams{Since: until, Until: since}); !IsInputError(err) {
		t.Errorf("reversed window: %v, want an input error", err)
	}
}

// A month in the question picks that month's meeting; a meeting that
// shares only a generic word ("talks") with the question is not an answer;
// what the meeting is about (its article's title and paragraphs) finds it
// too, without a place or a name.
func TestWhoMonthAndDistinctiveWords(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	checkWhoAttendees(t, svc, map[string][]string{
		"who was at the Geneva talks in January 2025?": {"Jan Berg", "Mia Holt"},
		"Geneva talks, March 2025":                     {"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"},
		"talks in Jan. 2025":                           {"Jan Berg", "Mia Holt"},
		"who attended the Lisbon talks?":               nil,
		"who was at the Geneva talks in May 2025":      nil,
		"who was at the prisoner swap talks?":          {"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"},
		"who attended the prisoner talks in Lisbon?":   nil,
	})
}

func TestMonthOf(t *testing.T) {
	for in, want := range map[string][2]string{
		"EU summit December 2023": {"EU summit", "2023-12"},
		"talks in Sept. 2024":     {"talks", "2024-09"},
		"Alaska summit":           {"Alaska summit", ""},
	} {
		rest, month := monthOf(in)
		if rest != want[0] || month != want[1] {
			t.Errorf("monthOf(%q) = %q, %q; want %q, %q", in, rest, month, want[0], want[1])
		}
	}
}

// quoteArticle is an article holding one quotation by speaker.
func quoteArticle(url, speaker, text string) *corpus.Article {
	return &corpus.Article{
		Title: "Talks " + speaker, Source: "Wire", URL: url, Published: day("2025-03-10T10:00:00Z"),
		Paragraphs: []string{"“" + text + ",” " + speaker + " said."},
		Quotes:     []corpus.Quote{{Text: text, Speaker: speaker, Paragraph: 0}},
	}
}

// A speaker filter finds a known figure's quotes whatever the spelling,
// and a role means whoever held it at the time.
func TestQuotesSpeakerVariants(t *testing.T) {
	svc := newService(t,
		quoteArticle("https://a.example/1", "Volodymyr Zelenskiy", "We need a ceasefire that lasts in Europe"),
		quoteArticle("https://a.example/2", "Volodymyr Zelensky", "A ceasefire without guarantees is a pause"),
		quoteArticle("https://a.example/3", "Andriy Zelenko", "The ceasefire talks were useful"),
		quoteArticle("https://a.example/4", "Emmanuel Macron", "Europe must stand on its own feet"),
		quoteArticle("https://a.example/5", "Keir Starmer", "Europe must do more for its security"),
	)
	zel := []string{"Volodymyr Zelenskiy", "Volodymyr Zelensky"}
	tests := []struct {
		keyword, speaker string
		want             []string
	}{
		{"ceasefire", "Zelenskyy", zel},
		{"ceasefire", "Volodymyr Zelenskiy", zel},
		{"ceasefire", "zelensky", zel},
		{"Europe", "the French president", []string{"Emmanuel Macron"}},
		{"Europe", "France's president", []string{"Emmanuel Macron"}},
		{"Europe", "French President", []string{"Emmanuel Macron"}},
	}
	for _, tt := range tests {
		ans, err := svc.Quotes(context.Background(), QuotesParams{Keyword: tt.keyword, Speaker: tt.speaker})
		if err != nil {
			t.Fatal(err)
		}
		if got := names(ans.Quotes, func(q QuoteHit) string { return q.Speaker }); !slices.Equal(got, tt.want) {
			t.Errorf("%q by %q: quotes by %v, want %v", tt.keyword, tt.speaker, got, tt.want)
		}
	}
}

// A meeting whose summary is only its place ("Manila meeting") is found by
// what its report calls it in the title or in its first paragraphs, when
// the report carries most of the question's words; one shared word in
// passing is not enough.
func TestWhoByWhatTheReportCallsIt(t *testing.T) {
	a := &corpus.Article{
		Title: "Neighbours agree to a maritime hotline", Source: "Harbour Post", URL: "https://harbour.example.com/hotline",
		Published: day("2025-05-08T09:00:00Z"),
		Paragraphs: []string{
			"MANILA — Two neighbours agreed on Wednesday to set up a hotline after talks in Manila.",
			"The fifth session of the Joint Fisheries Commission was chaired by Undersecretary Rosa Lim and Vice Minister Tao Feng.",
			"Observers from the coast guard did not take part. The commission's budget was also discussed.",
			"The last such talks, in Jakarta in 2023, brought together Ana Cruz and Li Wen.",
		},
		Meetings: []corpus.Meeting{{
			Summary: "Malacañang Palace meeting", Date: "2025-05-07", Place: "Manila",
			Attendees:  []corpus.Person{{Name: "Rosa Lim"}, {Name: "Tao Feng"}},
			Paragraphs: []int{0, 1},
		}, {
			Summary: "Jakarta talks", Place: "Jakarta",
			Attendees:  []corpus.Person{{Name: "Ana Cruz"}, {Name: "Li Wen"}},
			Paragraphs: []int{3},
		}},
	}
	svc := newService(t, append(genevaArticles(), a)...)
	checkWhoAttendees(t, svc, map[string][]string{
		"who was at the Joint Fisheries Commission?":  {"Rosa Lim", "Tao Feng"},
		"fisheries commission session":                {"Rosa Lim", "Tao Feng"},
		"maritime hotline talks":                      {"Rosa Lim", "Tao Feng"},
		"who attended the fisheries budget summit?":   nil, // "budget" is in a paragraph the meeting is not reported in
		"who was at the commission talks in Jakarta?": {"Ana Cruz", "Li Wen"},
		"hotline talks":                               {"Rosa Lim", "Tao Feng"}, // the recalled talks do not take the headline's words
		"who was at the Santo Tomas Palace talks?":    nil,                      // a venue word alone ("palace") is no match for "Malacañang Palace"
	})
}

// Reports that do not date a meeting are merged only with reports
// published within days of each other: two undated "Paris meeting"s
// months apart are two meetings.
func TestWhoUndatedReportsMergeOnlyWhenClose(t *testing.T) {
	paris := func(url, published string, people ...string) *corpus.Article {
		m := corpus.Meeting{Summary: "Paris meeting", Place: "Paris", Paragraphs: []int{0}}
		for _, p := range people {
			m.Attendees = append(m.Attendees, corpus.Person{Name: p})
		}
		return &corpus.Article{
			Title: "Ministers meet in Paris", Source: "Wire", URL: url, Published: day(published),
			Paragraphs: []string{"PARIS — " + strings.Join(people, " and ") + " met in Paris."},
			Meetings:   []corpus.Meeting{m},
		}
	}
	svc := newService(t,
		paris("https://w.example/1", "2025-03-02T10:00:00Z", "Ana Ruiz", "Piotr Nowak"),
		paris("https://w.example/2", "2025-03-03T10:00:00Z", "Ana Ruiz", "Lena Varga"),
		paris("https://w.example/3", "2025-09-20T10:00:00Z", "Omar Haddad", "Mia Holt"),
	)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "Paris meeting", Date: ""})
	if err != nil {
		t.Fatal(err)
	}
	got := names(ans.Attendees, func(a Attendee) string { return a.Name })
	if slices.Contains(got, "Omar Haddad") == slices.Contains(got, "Ana Ruiz") {
		t.Errorf("attendees %v: want the March reports merged and September's apart", got)
	}
	if slices.Contains(got, "Ana Ruiz") && !slices.Contains(got, "Lena Varga") {
		t.Errorf("attendees %v: the two March reports are one meeting", got)
	}
}

// When no meeting matches every word of a long description, the one
// whose report carries most of them is the answer, not the one that
// matches a few words in a heavier field.
func TestWhoLongDescriptionPrefersTheFullerReport(t *testing.T) {
	oval := func(url, published, para, place string, people ...string) *corpus.Article {
		m := corpus.Meeting{Summary: "Oval Office talks", Place: place, Paragraphs: []int{0}}
		for _, p := range people {
			m.Attendees = append(m.Attendees, corpus.Person{Name: p})
		}
		return &corpus.Article{
			Title: "White House diplomacy", Source: "Wire", URL: url, Published: day(published),
			Paragraphs: []string{para}, Meetings: []corpus.Meeting{m},
		}
	}
	svc := newService(t,
		oval("https://w.example/a", "2025-04-02T10:00:00Z", "President Lee received the foreign ministers of Narnia and Ruritania in the Oval Office on Tuesday.", "Washington", "Ana Ruiz", "Piotr Nowak"),
		oval("https://w.example/b", "2025-06-12T10:00:00Z", "President Lee hosted the prime minister in the Oval Office.", "Oval Office", "Omar Haddad"),
	)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "President Lee receives the Narnian and Ruritanian foreign ministers at the Oval Office"})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(ans.Attendees, func(a Attendee) string { return a.Name }); !slices.Equal(got, []string{"Ana Ruiz", "Piotr Nowak"}) {
		t.Errorf("attendees %v, want the Narnia-Ruritania meeting's", got)
	}
}

// checkWhoAttendees asks who for each question and compares the attendees
// answered (sorted) with the wanted ones (nil: nothing found).
func checkWhoAttendees(t *testing.T, svc *Service, cases map[string][]string) {
	t.Helper()
	for q, want := range cases {
		ans, err := svc.Who(context.Background(), WhoParams{Meeting: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := names(ans.Attendees, func(a Attendee) string { return a.Name }); !slices.Equal(got, want) {
			t.Errorf("%q: attendees %v, want %v", q, got, want)
		}
	}
}

// A day without its year in the question ("on March 11") keeps the
// meetings held on that day; a day no meeting was held on finds none.
func TestWhoDayWithoutYear(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	checkWhoAttendees(t, svc, map[string][]string{
		"who was at the Geneva talks on March 11?":   {"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"},
		"who attended the Geneva talks on 20 Jan?":   {"Jan Berg", "Mia Holt"},
		"Geneva talks 20th of January":               {"Jan Berg", "Mia Holt"},
		"who was at the Geneva talks on March 12?":   nil,
		"who was at the Geneva talks on the 3 June?": nil,
	})
}

// When a report dates a meeting on the day asked about (without its
// year), an undated meeting that matches the question better does not
// answer unless its article was published on that day or the two after
// it; when none is dated that day, the undated one may still be it.
func TestWhoDayWithoutYearUndated(t *testing.T) {
	undated := &corpus.Article{
		Title: "Envoys hold Geneva prisoner talks", Source: "Wire Three",
		Paragraphs: []string{"Envoys Tom Reed and Eva Lind held Geneva prisoner talks on the border crossings."},
		Meetings: []corpus.Meeting{{
			Summary: "Geneva prisoner talks", Place: "Geneva",
			Attendees:  []corpus.Person{{Name: "Tom Reed"}, {Name: "Eva Lind"}},
			Paragraphs: []int{0},
		}},
	}
	svc := newService(t, append(genevaArticles(), undated)...)
	checkWhoAttendees(t, svc, map[string][]string{
		"who was at the Geneva prisoner talks on March 11?": {"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"},
		"who was at the Geneva prisoner talks on March 12?": {"Eva Lind", "Tom Reed"},
	})
}

// A month without its year ("in January") prefers a meeting held in that
// month of any year to a better match held in another; when none was,
// the best match stands (an article's date may be off, the month may be
// another thing's).
func TestWhoMonthWithoutYear(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	checkWhoAttendees(t, svc, map[string][]string{
		"who attended the Geneva talks in January?": {"Jan Berg", "Mia Holt"},
		"who was at the Geneva talks in March":      {"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"},
		"Geneva talks during mid-March":             {"Ana Ruiz", "Karim Saleh", "Lena Varga", "Piotr Nowak"},
	})
	plain, err := svc.Who(context.Background(), WhoParams{Meeting: "Geneva talks"})
	if err != nil {
		t.Fatal(err)
	}
	june, err := svc.Who(context.Background(), WhoParams{Meeting: "who was at the Geneva talks in June?"})
	if err != nil {
		t.Fatal(err)
	}
	if june.Date != plain.Date || len(june.Attendees) != len(plain.Attendees) {
		t.Errorf("in June (no meeting then): %s with %d attendees, want the best match %s with %d", june.Date, len(june.Attendees), plain.Date, len(plain.Attendees))
	}
}

func TestMonthOnly(t *testing.T) {
	for in, want := range map[string][2]string{
		"US-China trade talks in June":     {"US-China trade talks", "06"},
		"Geneva talks June":                {"Geneva talks", "06"},
		"talks during early Sept.":         {"talks", "09"},
		"in May":                           {"", "05"},
		"the June talks":                   {"the talks", "06"},
		"the May talks":                    {"the talks", "05"},
		"talks may resume":                 {"talks may resume", ""},
		"conference confirming April hike": {"conference confirming April hike", ""},
		"who may attend the talks":         {"who may attend the talks", ""},
		"who met Jan Berg":                 {"who met Jan Berg", ""},
		"who met June Carter in Oslo":      {"who met June Carter in Oslo", ""},
		"Alaska summit":                    {"Alaska summit", ""},
	} {
		rest, m := monthOnly(in)
		if rest != want[0] || m != want[1] {
			t.Errorf("monthOnly(%q) = %q, %q; want %q, %q", in, rest, m, want[0], want[1])
		}
	}
}

func TestDayOf(t *testing.T) {
	for in, want := range map[string][2]string{
		"Istanbul talks on May 16":        {"Istanbul talks", "05-16"},
		"talks on the 2nd of March":       {"talks", "03-02"},
		"Feb 29 summit":                   {"summit", "02-29"},
		"talks in Geneva, May 10-11 2025": {"talks in Geneva,", "05-10"},
		"Alaska summit":                   {"Alaska summit", ""},
		"talks May 32":                    {"talks May 32", ""},
		"summit in May":                   {"summit in May", ""},
		"the 20 summit leaders in Oslo":   {"the 20 summit leaders in Oslo", ""},
	} {
		rest, md := dayOf(in)
		if rest != want[0] || md != want[1] {
			t.Errorf("dayOf(%q) = %q, %q; want %q, %q", in, rest, md, want[0], want[1])
		}
	}
}

// "Did X attend …?" answers about X: among the attendees, not there in
// person (with the note), or named neither way; a description ("the
// foreign minister") gets no verdict.
func TestAskAboutOnePerson(t *testing.T) {
	svc := newService(t, genevaArticles()...)
	for q, want := range map[string]*AskedAbout{
		"did Lena Varga attend the Geneva talks in March 2025?":     {Name: "Lena Varga", Status: AskedAttended, Note: "mediator"},
		"was nowak at the Geneva talks on March 11?":                {Name: "Piotr Nowak", Status: AskedAttended, Note: "foreign minister"},
		"did Haddad attend the Geneva talks in March 2025?":         {Name: "Omar Haddad", Status: AskedAbsent, Note: "by phone"},
		"was Jan Berg at the Geneva talks on March 11?":             {Name: "Jan Berg", Status: AskedNotNamed},
		"was the foreign minister at the Geneva talks on March 11?": nil,
		"was there a meeting at the Geneva talks on March 11?":      nil,
	} {
		a, err := svc.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		w, ok := a.Answer.(*WhoAnswer)
		if a.Intent != IntentWho || !ok {
			t.Fatalf("%q: answered as %s, want who", q, a.Intent)
		}
		if !reflect.DeepEqual(w.Asked, want) {
			t.Errorf("%q: asked = %+v, want %+v", q, w.Asked, want)
		}
	}
	if s := (&AskedAbout{Name: "Ana Ruiz", Status: AskedAbsent, Note: "by phone"}).Sentence(); s != "No: Ana Ruiz was not there in person (by phone)." {
		t.Errorf("sentence %q", s)
	}
}

// The index keeps meetings of two people or more, or one and someone
// absent; a meeting of one named person is for extract only.
func TestIndexedMeetings(t *testing.T) {
	one := corpus.Meeting{Summary: "one", Attendees: []corpus.Person{{Name: "A"}}}
	oneAbsent := corpus.Meeting{Summary: "one and absent", Attendees: []corpus.Person{{Name: "A"}}, Absent: []corpus.Absence{{Name: "B", Note: "by phone"}}}
	two := corpus.Meeting{Summary: "two", Attendees: []corpus.Person{{Name: "A"}, {Name: "B"}}}
	var got []string
	for _, m := range indexedMeetings([]corpus.Meeting{one, two, oneAbsent}) {
		got = append(got, m.Summary)
	}
	if !slices.Equal(got, []string{"two", "one and absent"}) {
		t.Errorf("indexed %q", got)
	}
}
