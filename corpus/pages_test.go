package corpus

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pageDiffs documents, per page under testdata/pages, the fields in which
// the HTML page may differ from its clean Markdown copy, and why. Every
// other field must match; today every page matches in full.
var pageDiffs = map[string]map[string]string{}

// pageView is what the differential test compares between a page and its
// clean copy: metadata, paragraphs, and what Extract finds.
type pageView struct {
	Title      string        `json:"title"`
	Source     string        `json:"source"`
	URL        string        `json:"url"`
	Published  string        `json:"published"`
	Authors    []string      `json:"authors"`
	Place      string        `json:"place"`
	Paragraphs []string      `json:"paragraphs"`
	Quotes     []pageQuote   `json:"quotes"`
	Meetings   []pageMeeting `json:"meetings"`
}

type pageQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

type pageMeeting struct {
	Attendees []string `json:"attendees"`
	Absent    []string `json:"absent"`
}

func viewOf(a *Article) pageView {
	Extract(a)
	v := pageView{Title: a.Title, Source: a.Source, URL: a.URL, Authors: a.Authors, Place: a.Place, Paragraphs: a.Paragraphs}
	if !a.Published.IsZero() {
		v.Published = a.Published.Format("2006-01-02T15:04:05Z07:00")
	}
	for _, q := range a.Quotes {
		v.Quotes = append(v.Quotes, pageQuote{q.Text, q.Speaker})
	}
	for _, m := range a.Meetings {
		var pm pageMeeting
		for _, p := range m.Attendees {
			pm.Attendees = append(pm.Attendees, p.Name)
		}
		for _, p := range m.Absent {
			pm.Absent = append(pm.Absent, p.Name)
		}
		v.Meetings = append(v.Meetings, pm)
	}
	return v
}

// fields returns v's fields by name, as JSON, for comparison.
func (v pageView) fields() map[string]string {
	out := map[string]string{}
	for name, x := range map[string]any{
		"title": v.Title, "source": v.Source, "url": v.URL, "published": v.Published, "authors": v.Authors,
		"place": v.Place, "paragraphs": v.Paragraphs, "quotes": v.Quotes, "meetings": v.Meetings,
	} {
		b, _ := json.Marshal(x)
		out[name] = string(b)
	}
	return out
}

// TestHTMLPagesMatchCleanText is a differential test: each page under
// testdata/pages mimics the markup of a kind of news site (broadcaster,
// wire service, WordPress paper, AMP, live blog, ad-heavy regional paper,
// embedded posts and pull quotes, government press release, JSON-LD
// @graph, legacy charset), and its .md file is the clean article a careful
// reader sees. Loading both must give the same metadata and paragraphs,
// and Extract the same quotes and meetings, except for the differences
// documented in pageDiffs. The page's result is kept in a .golden file
// (go test ./corpus -run TestHTMLPages -update rewrites them).
func TestHTMLPagesMatchCleanText(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 8 {
		t.Fatalf("only %d pages under testdata/pages", len(pages))
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			h := loadOne(t, page)
			m := loadOne(t, strings.TrimSuffix(page, ".html")+".md")
			hv, mv := viewOf(h), viewOf(m)
			if len(mv.Quotes) == 0 || len(mv.Meetings) == 0 {
				t.Errorf("the clean copy yields %d quotes and %d meetings; the page should test both", len(mv.Quotes), len(mv.Meetings))
			}
			hf, mf := hv.fields(), mv.fields()
			for _, f := range slices.Sorted(maps.Keys(hf)) {
				if _, ok := pageDiffs[name][f]; ok {
					continue
				}
				if hf[f] != mf[f] {
					t.Errorf("%s differs:\nhtml: %s\nmd:   %s", f, hf[f], mf[f])
				}
			}
			got, err := json.MarshalIndent(hv, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(page, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./corpus -run TestHTMLPages -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", golden, got)
			}
		})
	}
}

func loadOne(t *testing.T, path string) *Article {
	t.Helper()
	arts, errs := Load(path)
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("%s: %d articles, errors %v", path, len(arts), errs)
	}
	checkArticle(t, arts[0])
	return arts[0]
}
