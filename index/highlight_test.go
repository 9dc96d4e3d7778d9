package index

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words, nothing else.", "plain words, nothing else."},
		{"*bold*", `\*bold\*`},
		{"**x**", `\*\*x\*\*`},
		{"snake_case_name", `snake\_case\_name`},
		{"@everyone look", `\@everyone look`},
		{"@here", `\@here`},
		{"`code` and ```block```", "\\`code\\` and \\`\\`\\`block\\`\\`\\`"},
		{"> quoted line", `\> quoted line`},
		{">>> all the rest", `\>\>\> all the rest`},
		{"a > b < c", `a \> b \< c`},
		{"[link](https://x.example)", `\[link\](https://x.example)`},
		{"<@123456> <#42> <t:1700000000>", `\<\@123456\> \<#42\> \<t:1700000000\>`},
		{"# Heading", `\# Heading`},
		{"## Heading", `\## Heading`},
		{"-# subtext", `\-# subtext`},
		{"  - item", `  \- item`},
		{"+ item", `\+ item`},
		{"a - b # c + d", "a - b # c + d"},
		{"1. first", `1\. first`},
		{"12. twelfth", `12\. twelfth`},
		{"In 2025. Then", "In 2025. Then"},
		{"2025 was", "2025 was"},
		{"line\n# two\n- three", "line\n\\# two\n\\- three"},
		{"||spoiler||", `\|\|spoiler\|\|`},
		{"~~strike~~", `\~\~strike\~\~`},
		{`back\slash`, `back\\slash`},
		{`\*`, `\\\*`},
		{"bell\x07 and \u202eevil\u202c", "bell and evil"},
		{"cr\r\nlf", "cr\nlf"},
		{"tab\there", "tab\there"},
		{"bad\xffbyte", "badbyte"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// unescaped returns s without its backslash escapes (each "\x" removed),
// leaving what Discord would read as markup.
func unescaped(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '\\' && i+1 < len(s) {
			_, n := utf8.DecodeRuneInString(s[i+1:])
			i += 1 + n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func TestHighlight(t *testing.T) {
	text := "Leaders discussed security guarantees — **not** a *deal* — with @everyone_watching."
	tests := []struct {
		name  string
		spans []Span
		want  string
	}{
		{"none", nil, `Leaders discussed security guarantees — \*\*not\*\* a \*deal\* — with \@everyone\_watching.`},
		{"one word", []Span{{18, 26}}, `Leaders discussed **security** guarantees — \*\*not\*\* a \*deal\* — with \@everyone\_watching.`},
		{"phrase merged", []Span{{27, 37}, {18, 26}}, `Leaders discussed **security guarantees** — \*\*not\*\* a \*deal\* — with \@everyone\_watching.`},
		{"inside article stars", []Span{{44, 47}}, `Leaders discussed security guarantees — \*\***not**\*\* a \*deal\* — with \@everyone\_watching.`},
		{"overlap and out of range", []Span{{0, 7}, {3, 7}, {200, 300}, {-5, -1}}, `**Leaders** discussed security guarantees — \*\*not\*\* a \*deal\* — with \@everyone\_watching.`},
	}
	for _, tt := range tests {
		got := Highlight(text, tt.spans)
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestHighlightSpansOnRuneBoundaries(t *testing.T) {
	text := "Tomás Ruelle"
	// a span ending inside "á" is widened to the whole rune
	got := Highlight(text, []Span{{0, 4}})
	if got != "**Tomá**s Ruelle" {
		t.Errorf("got %q", got)
	}
}

// checkMarkup fails when out (from Highlight or Excerpt) has markup other
// than whole "**…**" pairs.
func checkMarkup(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("%q: invalid UTF-8 %q", in, out)
	}
	rest := unescaped(out)
	if n := strings.Count(rest, "**"); n%2 != 0 {
		t.Fatalf("%q: odd number of ** in %q", in, out)
	}
	rest = strings.ReplaceAll(rest, "**", "")
	if i := strings.IndexAny(rest, "\\*_~`|[]<>@"); i >= 0 {
		t.Fatalf("%q: unescaped %q in %q", in, rest[i], out)
	}
	// no line may start with list, heading or ordered-list markup
	for _, line := range strings.Split(out, "\n") {
		l := strings.TrimLeft(line, " \t…")
		if l != "" && strings.ContainsAny(l[:1], "#-+>") {
			t.Fatalf("%q: a line starts with %q in %q", in, l[:1], out)
		}
		digits := strings.TrimLeft(l, "0123456789")
		if len(digits) < len(l) && strings.HasPrefix(digits, ".") {
			t.Fatalf("%q: a line starts with an ordered-list number in %q", in, out)
		}
	}
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"**x**", "@everyone", "> q", "[a](b)", "1. x", "\\*", "# h\n- l", "a\x00b"} {
		f.Add(s, 0, 3)
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		checkMarkup(t, s, EscapeMarkdown(s))
		out := Highlight(s, []Span{{a, b}, {b, b + 4}})
		checkMarkup(t, s, out)
		if ex := Excerpt(s, []Span{{a, b}}, 40); utf8.RuneCountInString(ex) > 40 {
			t.Fatalf("excerpt of %q longer than 40: %q", s, ex)
		} else {
			checkMarkup(t, s, ex)
		}
	})
}

func TestExcerpt(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("Filler words about the weather and harbour traffic. ")
	}
	match := b.Len() + len("The ")
	b.WriteString("The ceasefire held overnight, officials said. ")
	for i := 0; i < 40; i++ {
		b.WriteString("More filler about *stars* and _underscores_. ")
	}
	text := b.String()
	spans := []Span{{match, match + len("ceasefire")}}

	for _, max := range []int{60, 200, 1024} {
		got := Excerpt(text, spans, max)
		if n := utf8.RuneCountInString(got); n > max || n < max/2 {
			t.Errorf("max %d: %d runes: %q", max, n, got)
		}
		if !strings.Contains(got, "**ceasefire**") {
			t.Errorf("max %d: match not shown: %q", max, got)
		}
		if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
			t.Errorf("max %d: cut not marked: %q", max, got)
		}
		checkMarkup(t, text, got)
	}
	if got := Excerpt("short text", []Span{{0, 5}}, 100); got != "**short** text" {
		t.Errorf("short: %q", got)
	}
	if got := Excerpt("anything", nil, 0); got != "" {
		t.Errorf("max 0: %q", got)
	}
}
