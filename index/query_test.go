package index

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	w := func(s string) clause { return clause{Text: s} }
	p := func(s string) clause { return clause{Text: s, Phrase: true} }
	tests := []struct {
		in   string
		must []clause
		not  []clause
	}{
		{"security guarantees", []clause{w("security"), w("guarantees")}, nil},
		{`"White House" meeting`, []clause{p("White House"), w("meeting")}, nil},
		{"ceasefire -Russia", []clause{w("ceasefire")}, []clause{w("Russia")}},
		{`talks -"White House"`, []clause{w("talks")}, []clause{p("White House")}},
		{"“smart quotes” here", []clause{p("smart quotes"), w("here")}, nil},
		{"„German quotes“", []clause{p("German quotes")}, nil},
		{`"unbalanced phrase`, []clause{p("unbalanced phrase")}, nil},
		{`-"unbalanced exclusion`, nil, []clause{p("unbalanced exclusion")}},
		{`""  ""`, nil, nil},
		{"- lone dash", []clause{w("-"), w("lone"), w("dash")}, nil},
		{"twice twice -twice", []clause{w("twice")}, []clause{w("twice")}},
		{"field:value", []clause{w("field:value")}, nil},
		{"cease\x00fire\x1b[31m", []clause{w("cease"), w("fire"), w("[31m")}, nil},
		{"zero\u200bwidth", []clause{w("zero"), w("width")}, nil},
		{"bad\xffbyte", []clause{w("bad"), w("byte")}, nil},
		{"   ", nil, nil},
	}
	for _, tt := range tests {
		got := parseQuery(tt.in)
		if !reflect.DeepEqual(got.Must, tt.must) || !reflect.DeepEqual(got.Not, tt.not) {
			t.Errorf("parseQuery(%q) = must %v not %v, want must %v not %v", tt.in, got.Must, got.Not, tt.must, tt.not)
		}
	}
}

func TestParseQueryCaps(t *testing.T) {
	long := strings.Repeat("word", 5000) // one 20 KB word
	q := parseQuery(long)
	if len(q.Must) != 1 || len(q.Must[0].Text) > MaxQueryBytes {
		t.Errorf("20 KB word: got %d clauses, first %d bytes", len(q.Must), len(q.Must[0].Text))
	}
	many := strings.Repeat("w1 w2 w3 w4 w5 w6 w7 w8 w9 ", 200)
	q = parseQuery(strings.ReplaceAll(many, "w", "x"))
	if n := len(q.Must) + len(q.Not); n > MaxClauses {
		t.Errorf("%d clauses kept, want at most %d", n, MaxClauses)
	}
	// cutting at MaxQueryBytes must not split a rune
	q = parseQuery(strings.Repeat("é", MaxQueryBytes))
	if !utf8.ValidString(q.Must[0].Text) {
		t.Errorf("cut inside a rune: %q", q.Must[0].Text)
	}
}

// queryJSON renders a built query to compare its shape.
func queryJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBuildTextShape(t *testing.T) {
	ix := newTestIndex(t)
	an := ix.analyzer(analyzerText)
	tests := []struct {
		in                 string
		strict, relaxed    []string // substrings of the JSON
		noRelaxed, withNot bool
		verify             bool // phrases checked in the texts
		err                error
	}{
		{in: "security guarantees", strict: []string{`"conjuncts"`, `"match":"security"`, `"match":"guarantees"`, `"operator":"and"`},
			relaxed: []string{`"disjuncts"`, `"match":"security"`}},
		{in: `"security guarantees"`, strict: []string{`"match":"security guarantees"`, `"operator":"and"`}, noRelaxed: true, verify: true},
		{in: `talks -"security guarantees"`, strict: []string{`"match":"talks"`}, noRelaxed: true, verify: true},
		{in: `talks -"security"`, strict: []string{`"match":"talks"`}, noRelaxed: true, withNot: true},
		{in: "ceasefire -Russia", strict: []string{`"match":"ceasefire"`}, noRelaxed: true, withNot: true},
		{in: "the ceasefire", strict: []string{`"match":"ceasefire"`}, noRelaxed: true}, // stop word dropped
		{in: "*a*", err: ErrNoTerms},
		{in: "/.*/", err: ErrNoTerms},
		{in: "+-~^", err: ErrNoTerms},
		{in: "-ceasefire -truce", err: ErrNoTerms},
		{in: "?!… — ::", err: ErrNoTerms},
		{in: "", err: ErrNoTerms},
	}
	for _, tt := range tests {
		tq, err := buildText(parseQuery(tt.in), an, passageTarget)
		if !errors.Is(err, tt.err) {
			t.Errorf("%q: err %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		js := queryJSON(t, tq.Strict)
		for _, s := range tt.strict {
			if !strings.Contains(js, s) {
				t.Errorf("%q: strict %s lacks %s", tt.in, js, s)
			}
		}
		if tt.noRelaxed != (tq.Relaxed == nil) {
			t.Errorf("%q: relaxed = %v", tt.in, tq.Relaxed)
		}
		if tq.Relaxed != nil {
			js := queryJSON(t, tq.Relaxed)
			for _, s := range tt.relaxed {
				if !strings.Contains(js, s) {
					t.Errorf("%q: relaxed %s lacks %s", tt.in, js, s)
				}
			}
		}
		if tt.withNot != (tq.Not != nil) {
			t.Errorf("%q: not = %v", tt.in, tq.Not)
		}
		if tt.verify != (tq.Verify != nil) {
			t.Errorf("%q: verify = %v", tt.in, tq.Verify)
		}
	}
}

func TestBuildTextPhrasesWithVectors(t *testing.T) {
	ix := newTestIndex(t)
	tq, err := buildText(parseQuery(`"White House" -"Oval Office"`), ix.analyzer(analyzerText), meetingTarget)
	if err != nil {
		t.Fatal(err)
	}
	if js := queryJSON(t, tq.Strict); !strings.Contains(js, `"match_phrase":"White House"`) {
		t.Errorf("strict %s", js)
	}
	if js := queryJSON(t, tq.Not); !strings.Contains(js, `"match_phrase":"Oval Office"`) || tq.Verify != nil {
		t.Errorf("not %s, verify %v", js, tq.Verify)
	}
}

// TestHostileQueries: user text is never syntax and never an alarming
// error (a search slower than DefaultTimeout would be one).
func TestHostileQueries(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	tests := []struct {
		in      string
		noTerms bool // ErrNoTerms expected
		hits    bool // some hits expected
	}{
		{in: "*a*", noTerms: true},
		{in: "/.*/", noTerms: true},
		{in: "+-~^", noTerms: true},
		{in: "Genev*"},               // no prefix expansion
		{in: "Geneva*", hits: true},  // the word, without the star
		{in: "text:geneva"},          // not a field query
		{in: "title:Envoys"},         // titles are not passages either
		{in: `"unbalanced security`}, // a phrase to the end
		{in: `security "`, hits: true},
		{in: strings.Repeat("security ", 1200), hits: true}, // 10 KB
		{in: strings.Repeat("x", 10<<10)},
		{in: "-security", noTerms: true},
		{in: `-"security guarantees"`, noTerms: true},
		{in: "!!! ??? ...", noTerms: true},
		{in: "security\x00\x07\x1b guarantees", hits: true},
		{in: "(security AND guarantees) OR NOT x", hits: true}, // relaxed: no passage has "x"
		{in: "security~2 guarantees^10"},                       // "2" and "10" are words here, not syntax
		{in: `\\ \" \*`, noTerms: true},
	}
	for _, tt := range tests {
		// Search runs under DefaultTimeout: a slow query fails with an error.
		res, err := ix.Search(context.Background(), SearchRequest{Query: tt.in, Limit: MaxLimit})
		if tt.noTerms {
			if !errors.Is(err, ErrNoTerms) {
				t.Errorf("%.40q: err %v, want ErrNoTerms", tt.in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%.40q: %v", tt.in, err)
			continue
		}
		if (len(res.Hits) > 0) != tt.hits {
			t.Errorf("%.40q: %d hits, want hits=%v", tt.in, len(res.Hits), tt.hits)
		}
	}
}

func TestSearchDeadline(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, SearchRequest{Query: "security"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled search: err %v, want context.Canceled", err)
	}
}

var (
	fuzzOnce sync.Once
	fuzzIx   *Index
)

// FuzzBuildQuery: any text parses within the caps, builds a query or
// ErrNoTerms, and searches without any other error.
func FuzzBuildQuery(f *testing.F) {
	for _, s := range []string{"security guarantees", `"White House" -Russia`, "*a*", "/.*/", "field:value",
		"+-~^", `"unbalanced`, `-"x y"`, "\x00\x01", "„a“ «b»", strings.Repeat("ab ", 300)} {
		f.Add(s)
	}
	fuzzOnce.Do(func() {
		ix, err := NewMem()
		if err != nil {
			f.Fatal(err)
		}
		if _, err := ix.Upsert(context.Background(), fixtures()); err != nil {
			f.Fatal(err)
		}
		fuzzIx = ix
	})
	f.Fuzz(func(t *testing.T, s string) {
		q := parseQuery(s)
		if n := len(q.Must) + len(q.Not); n > MaxClauses {
			t.Fatalf("%d clauses", n)
		}
		for _, c := range append(q.Must, q.Not...) {
			if c.Text == "" || !utf8.ValidString(c.Text) || len(c.Text) > MaxQueryBytes {
				t.Fatalf("bad clause %q", c.Text)
			}
			if strings.IndexFunc(c.Text, unicode.IsControl) >= 0 {
				t.Fatalf("control character in clause %q", c.Text)
			}
		}
		tq, err := buildText(q, fuzzIx.analyzer(analyzerText), passageTarget)
		if err != nil {
			if !errors.Is(err, ErrNoTerms) {
				t.Fatalf("build %q: %v", s, err)
			}
			return
		}
		if tq.Strict == nil {
			t.Fatal("nil query without error")
		}
		if _, err := fuzzIx.Search(context.Background(), SearchRequest{Query: s}); err != nil {
			t.Fatalf("search %q: %v", s, err)
		}
	})
}
