package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTruncatePlain(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"the quick brown fox jumps", 12, "the quick…"},
		{"unbreakablewordthatgoeson", 10, "unbreakab…"},
		{"emoji 😀😀😀 end", 9, "emoji 😀…"},
		{"x", 0, ""},
	}
	for _, tt := range tests {
		got := truncatePlain(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("truncatePlain(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if textLen(got) > tt.max {
			t.Errorf("truncatePlain(%q, %d) is %d long", tt.in, tt.max, textLen(got))
		}
	}
}

func TestTruncateMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"fits", "a **b** c", 20, "a **b** c"},
		{"cut after a bold run", "talks **ceasefire** went on and on and on", 25, "talks **ceasefire** went…"},
		{"cut inside a bold run closes it", "the **ceasefire talks in Geneva** went on", 28, "the **ceasefire talks in**…"},
		{"dangling opener dropped", "before the **ceasefire** talks", 13, "before the…"},
		{"never half an escape", `a\*b\*c\*d\*e\*f`, 6, `a\*b…`},
		{"never half a marker", "word **bold**tail", 14, "word **bold**…"},
		{"escaped stars are not bold", `one \*\* two three four`, 12, `one \*\*…`},
	}
	for _, tt := range tests {
		got := truncateMarkdown(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("%s: truncateMarkdown(%q, %d) = %q, want %q", tt.name, tt.in, tt.max, got, tt.want)
		}
	}
}

// TestTruncateMarkdownProperties checks every cut of adversarial text.
func TestTruncateMarkdownProperties(t *testing.T) {
	texts := []string{
		hl(hostileText, "ceasefire talks"),
		strings.Repeat("**a** \\* ", 300),
		strings.Repeat("x", 5000),
		strings.Repeat("😀 **é** ", 400),
		escapeMarkdown(hostileText),
	}
	for _, s := range texts {
		for max := 1; max < 1100; max += 7 {
			got := truncateMarkdown(s, max)
			if textLen(got) > max {
				t.Fatalf("max %d: got %d units", max, textLen(got))
			}
			if !utf8.ValidString(got) {
				t.Fatalf("max %d: invalid UTF-8", max)
			}
			if openBold(got) {
				t.Fatalf("max %d: open bold in %q", max, tail(got))
			}
			body := strings.TrimSuffix(got, "…")
			if strings.HasSuffix(body, "\\") && !escapedAt(body, len(body)-1) {
				t.Fatalf("max %d: ends in a lone backslash: %q", max, tail(got))
			}
			if textLen(s) > max && !strings.HasSuffix(got, "…") {
				t.Fatalf("max %d: cut without ellipsis: %q", max, tail(got))
			}
		}
	}
}

func TestTextLenCountsUTF16(t *testing.T) {
	if n := textLen("a😀é"); n != 4 {
		t.Errorf("textLen = %d, want 4", n)
	}
}

func TestJoinWithin(t *testing.T) {
	lines := []string{"[one](https://a.example/1)", "[two](https://a.example/2)", "[three](https://a.example/3)"}
	got := joinWithin(lines, "\n", 60)
	want := "[one](https://a.example/1)\n…and 2 more"
	if got != want {
		t.Errorf("joinWithin = %q, want %q", got, want)
	}
	if all := joinWithin(lines, "\n", 1000); all != strings.Join(lines, "\n") {
		t.Errorf("joinWithin with room = %q", all)
	}
}
