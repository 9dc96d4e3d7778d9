package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestMarkdownInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**Bold** and *italic* and __strong__ and _em_.", "Bold and italic and strong and em."},
		{"A [link](https://example.org/x) and a [ref link][1].", "A link and a ref link."},
		{"Before ![a photo](p.jpg) after.", "Before after."},
		{"Code `x := 1` stays.", "Code x := 1 stays."},
		{"snake_case_name and 3 * 4 and 2*3*4 stay.", "snake_case_name and 3 * 4 and 2*3*4 stay."},
		{`Escaped \*stars\* and \_under\_.`, "Escaped *stars* and _under_."},
		{"*“Quoted,”* she said.", "“Quoted,” she said."},
		{"Visit <https://example.org/page>.", "Visit https://example.org/page."},
		{"Tags <span class=\"x\">inside</span> go; a < b stays.", "Tags inside go; a < b stays."},
		{"AT&amp;T &mdash; fine", "AT&T — fine"},
		{"Line one  \nline two\\\nline three", "Line one line two line three"},
		{"**A bold subheading**", ""},
		{"**A bold sentence ends here.**", "A bold sentence ends here."},
	}
	for _, tt := range tests {
		if got := markdownInline(tt.in); got != tt.want {
			t.Errorf("markdownInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseMarkdownFrontMatter(t *testing.T) {
	body := "\n\nThe envoys met on Monday.\n"
	tests := []struct {
		name, fm string
		want     Article
	}{
		{"author string with two names", "title: T\nauthor: Jane Doe and John Roe\n",
			Article{Title: "T", Authors: []string{"Jane Doe", "John Roe"}}},
		{"authors list and author", "authors: [Ann Lee, Bo Kim]\nauthor: Ann Lee\n",
			Article{Authors: []string{"Ann Lee", "Bo Kim"}}},
		{"timestamp with zone", "published: 2025-08-18T18:51:00-04:00\n",
			Article{Published: time.Date(2025, 8, 18, 22, 51, 0, 0, time.UTC)}},
		{"date alias and quoted date", "date: \"2025-01-02\"\n",
			Article{Published: utcDay(2025, 1, 2)}},
		{"long-form date", "published: August 18, 2025\n",
			Article{Published: utcDay(2025, 8, 18)}},
		{"link and dateline aliases", "link: https://example.org/a\ndateline: KYIV, Ukraine\nsource: Example Wire\n",
			Article{URL: "https://example.org/a", Place: "KYIV, Ukraine", Source: "Example Wire"}},
		{"unknown fields ignored", "tags: [a, b]\ntitle: X\n",
			Article{Title: "X"}},
		{"explicit id kept", "id: my-id\n",
			Article{ID: "my-id"}},
	}
	for _, tt := range tests {
		a, err := ParseMarkdown(tt.name+".md", []byte("---\n"+tt.fm+"---"+body))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		got := *a
		if tt.want.ID == "" {
			got.ID = ""
		}
		tt.want.Paragraphs = []string{"The envoys met on Monday."}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestParseMarkdownErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     string
		sentinel error
	}{
		{"yaml syntax", "---\ntitle: ok\nauthors: [A, B\n---\nBody.", 3, "not valid YAML", ErrFrontMatter},
		{"yaml type", "---\ntitle: ok\n\nauthor:\n  name: [1, 2]\n---\nBody.", 0, "author", ErrBadField},
		{"unclosed", "---\ntitle: x\n\nBody.", 1, "never closed", ErrFrontMatter},
		{"bad date", "---\npublished: 2025-13-45\n---\nBody.", 0, "published", ErrBadField},
		{"author number", "---\nauthor: 42\n---\nBody.", 0, "give a name or a list of names", ErrBadField},
		{"no body", "---\ntitle: x\n---\n\n## Only a heading\n", 0, "no body text", ErrNoText},
		{"empty", "", 0, "empty file", ErrEmpty},
		{"binary", "\x00\x01\x02", 0, "not a text file", ErrNotText},
	}
	for _, tt := range tests {
		_, err := ParseMarkdown(tt.name+".md", []byte(tt.in))
		var le LoadError
		if !errors.As(err, &le) {
			t.Errorf("%s: error %v is not a LoadError", tt.name, err)
			continue
		}
		if le.File != tt.name+".md" || le.Line != tt.line || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, tt.sentinel) {
			t.Errorf("%s: got %q (line %d), want line %d, %q, wrapping %v", tt.name, err, le.Line, tt.line, tt.want, tt.sentinel)
		}
	}
}

func TestMarkdownParagraphs(t *testing.T) {
	in := strings.Join([]string{
		"Title in setext",
		"===============",
		"",
		"First paragraph",
		"continues here.",
		"",
		"- item one",
		"- item two",
		"  continued",
		"",
		"> Quoted line one",
		"> quoted line two.",
		">",
		"> Second quoted paragraph.",
		"",
		"[1]: https://example.org/ref",
		"",
		"| a | b |",
		"|---|---|",
		"",
		"~~~",
		"code",
		"~~~",
		"Last.",
	}, "\n")
	paras, h1 := markdownParagraphs(in)
	want := []string{"First paragraph continues here.", "- item one", "- item two continued",
		"Quoted line one quoted line two.", "Second quoted paragraph.", "| a | b |", "Last."}
	if h1 != "Title in setext" || !reflect.DeepEqual(paras, want) {
		t.Errorf("markdownParagraphs = %q, %q\nwant %q, %q", paras, h1, want, "Title in setext")
	}
}

// TestParseMarkdownPlainSubheadings: a one-line paragraph that reads as a
// subheading is dropped as in plain text; short list items are kept.
func TestParseMarkdownPlainSubheadings(t *testing.T) {
	in := "---\ntitle: T\n---\n\nEnvoys met on Monday.\n\nWhat comes next\n\nThey will meet again.\n\n- Prisoner lists\n- Border crossings\n"
	a, err := ParseMarkdown("t.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Envoys met on Monday.", "They will meet again.", "Prisoner lists", "Border crossings"}
	if !reflect.DeepEqual(a.Paragraphs, want) {
		t.Errorf("paragraphs = %q, want %q", a.Paragraphs, want)
	}
}
