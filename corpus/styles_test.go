package corpus

import (
	"strings"
	"testing"
)

// TestStyledNames: a royal style the article prints before a full name is
// kept in it ("Prince Faisal bin Farhan", in quotes and meetings too), but
// not the end of an office ("Crown Prince Mohammed bin Salman" is Mohammed
// bin Salman), and not when the article never writes it.
func TestStyledNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a style before the full name", "Saudi Foreign Minister Prince Faisal bin Farhan hosted US Secretary of State Marco Rubio in Riyadh on Tuesday.\n\n\"We want calm,\" Faisal said.",
			[]string{"Prince Faisal bin Farhan"}, []string{"Faisal bin Farhan"}},
		{"the crown prince's office is no style", "Crown Prince Mohammed bin Salman received US Secretary of State Marco Rubio in Riyadh on Tuesday.",
			[]string{"Mohammed bin Salman"}, []string{"Prince Mohammed bin Salman"}},
		{"no style written", "Saudi Foreign Minister Faisal bin Farhan met US Secretary of State Marco Rubio in Riyadh on Tuesday.",
			[]string{"Faisal bin Farhan"}, []string{"Prince Faisal bin Farhan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			var got []string
			for _, m := range a.Meetings {
				got = append(got, names(m.Attendees)...)
			}
			for _, q := range a.Quotes {
				got = append(got, q.Speaker)
			}
			all := "|" + strings.Join(got, "|") + "|"
			for _, w := range tc.want {
				if !strings.Contains(all, "|"+w+"|") {
					t.Errorf("no %q in %q", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(all, "|"+n+"|") {
					t.Errorf("%q in %q", n, got)
				}
			}
		})
	}
}
