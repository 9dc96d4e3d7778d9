package bot

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"
)

// Assertions on messages as Discord receives them (JSON), written
// independently of the code that enforces the limits.

func units(s string) int { return len(utf16.Encode([]rune(s))) }

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func list(m map[string]any, k string) []any {
	l, _ := m[k].([]any)
	return l
}

func obj(m map[string]any, k string) map[string]any {
	o, _ := m[k].(map[string]any)
	return o
}

// messageProblems lists every way message data breaks Discord's rules or
// ours: limits, mentions, empty embeds, unsafe links, open bold runs.
func messageProblems(d map[string]any) []string {
	var p []string
	bad := func(format string, a ...any) { p = append(p, fmt.Sprintf(format, a...)) }
	am := obj(d, "allowed_mentions")
	if am == nil {
		bad("allowed_mentions missing")
	} else if parse, ok := am["parse"].([]any); !ok || len(parse) != 0 || len(list(am, "users")) > 0 || len(list(am, "roles")) > 0 || am["replied_user"] == true {
		bad("allowed_mentions allows something: %v", am)
	}
	if n := units(str(d, "content")); n > 2000 {
		bad("content %d > 2000", n)
	}
	embeds := list(d, "embeds")
	if len(embeds) > 10 {
		bad("%d embeds > 10", len(embeds))
	}
	if str(d, "content") == "" && len(embeds) == 0 && d["flags"] == nil {
		bad("empty message")
	}
	total := 0
	for i, x := range embeds {
		e := x.(map[string]any)
		title, desc := str(e, "title"), str(e, "description")
		total += units(title) + units(desc)
		if units(title) > 256 {
			bad("embed %d title %d > 256", i, units(title))
		}
		if units(desc) > 4096 {
			bad("embed %d description %d > 4096", i, units(desc))
		}
		if title == "" && desc == "" && len(list(e, "fields")) == 0 {
			bad("embed %d is empty", i)
		}
		if u := str(e, "url"); u != "" {
			if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") {
				bad("embed %d links to %q", i, u)
			}
		}
		for _, s := range []string{title, desc} {
			if openBold(s) {
				bad("embed %d has an open ** in %q", i, tail(s))
			}
			if strings.HasSuffix(strings.TrimSuffix(s, "…"), "\\") {
				bad("embed %d ends inside an escape: %q", i, tail(s))
			}
		}
		fields := list(e, "fields")
		if len(fields) > 25 {
			bad("embed %d has %d fields", i, len(fields))
		}
		for j, y := range fields {
			f := y.(map[string]any)
			n, v := str(f, "name"), str(f, "value")
			total += units(n) + units(v)
			if units(n) > 256 || units(v) > 1024 || n == "" || v == "" {
				bad("embed %d field %d: name %d, value %d", i, j, units(n), units(v))
			}
			if openBold(v) {
				bad("embed %d field %d has an open **", i, j)
			}
		}
		if f := obj(e, "footer"); f != nil {
			total += units(str(f, "text"))
			if units(str(f, "text")) > 2048 {
				bad("embed %d footer too long", i)
			}
		}
		if a := obj(e, "author"); a != nil {
			total += units(str(a, "name"))
			if units(str(a, "name")) > 256 {
				bad("embed %d author too long", i)
			}
		}
	}
	if total > 6000 {
		bad("embeds total %d > 6000", total)
	}
	rows := list(d, "components")
	if len(rows) > 5 {
		bad("%d rows > 5", len(rows))
	}
	for _, r := range rows {
		btns := list(r.(map[string]any), "components")
		if len(btns) > 5 {
			bad("%d buttons in a row", len(btns))
		}
		for _, b := range btns {
			bm := b.(map[string]any)
			if units(str(bm, "custom_id")) > 100 || units(str(bm, "label")) > 80 {
				bad("button %q / %q too long", str(bm, "custom_id"), str(bm, "label"))
			}
		}
	}
	return p
}

var escapedChar = regexp.MustCompile(`(?s)\\.`)

// openBold reports an odd number of unescaped "**".
func openBold(s string) bool {
	return strings.Count(escapedChar.ReplaceAllString(s, ""), "**")%2 == 1
}

func tail(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}

// checkMessage fails t when message data (JSON) has any problem.
func checkMessage(t *testing.T, data []byte) {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatalf("message is not JSON: %v: %s", err, data)
	}
	for _, p := range messageProblems(d) {
		t.Errorf("message problem: %s", p)
	}
}

// choicesProblems checks an autocomplete result's choices.
func choicesProblems(d map[string]any) []string {
	var p []string
	cs := list(d, "choices")
	if len(cs) > 25 {
		p = append(p, fmt.Sprintf("%d choices > 25", len(cs)))
	}
	for _, c := range cs {
		cm := c.(map[string]any)
		if n := units(str(cm, "name")); n > 100 || n == 0 {
			p = append(p, fmt.Sprintf("choice name length %d", n))
		}
		if n := units(str(cm, "value")); n > 100 || n == 0 {
			p = append(p, fmt.Sprintf("choice value length %d", n))
		}
	}
	return p
}

func rowButtons(c discordgo.MessageComponent) []discordgo.Button {
	var out []discordgo.Button
	for _, b := range c.(discordgo.ActionsRow).Components {
		out = append(out, b.(discordgo.Button))
	}
	return out
}
