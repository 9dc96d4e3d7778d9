package bot

import "testing"

// TestEscapeMarkdown pins the rules the bot relies on (the escaper is the
// index's, shared with highlights).
func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"**bold** _it_ ~~s~~ ||sp|| `c`", `\*\*bold\*\* \_it\_ \~\~s\~\~ \|\|sp\|\| \` + "`c\\`"},
		{"[x](javascript:1)", `\[x\](javascript:1)`},
		{"@everyone and @here and a@b.c", `\@everyone and \@here and a\@b.c`},
		{"<@123> <#9> <t:1:R>", `\<\@123\> \<#9\> \<t:1:R\>`},
		{"# head\n> quote\n- item\n  1. first", "\\# head\n\\> quote\n\\- item\n  1\\. first"},
		{"a # b > c - d 2. e", `a # b \> c - d 2. e`},
		{"bidi \u202eevil\u202c", "bidi evil"},
		{`back\slash`, `back\\slash`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example.com/a?b=c", "https://news.example.com/a?b=c"},
		{"http://x.example/path (1)", "http://x.example/path%20%281%29"},
		{"javascript:alert(1)", ""},
		{"//evil.example/x", ""},
		{"/relative", ""},
		{"https://user:pw@example.com/", ""},
		{"ftp://example.com/", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeURL(tt.in); got != tt.want {
			t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskedLink(t *testing.T) {
	if got := maskedLink("A [big] deal", "https://e.example/a)b"); got != `[A \[big\] deal](https://e.example/a%29b)` {
		t.Errorf("maskedLink = %q", got)
	}
	if got := maskedLink("Title", "javascript:x"); got != "Title" {
		t.Errorf("maskedLink with a bad URL = %q", got)
	}
}
