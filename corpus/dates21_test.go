package corpus

import "testing"

// TestDatelineDay21: relative days in datelined copy count from the day
// the dateline names when the page is dated a day or two later ("GENEVA,
// July 18 (AP) — ... here today" printed on the 19th, a Reuters story
// stamped after midnight UTC); a dateline without a day, or one far from
// the publication date, leaves the publication day.
func TestDatelineDay21(t *testing.T) {
	for _, tc := range []struct {
		name, published, body, want string
	}{
		{"period wire, printed next day", "1955-07-19T06:00:00Z", "GENEVA, July 18 (AP) — The heads of government opened their conference here today. President Eisenhower and Premier Bulganin attended.", "1955-07-18"},
		{"wire stamped after midnight", "2025-03-04T01:30:00Z", "WASHINGTON, March 3 (Reuters) - Foreign Minister Lena Dahl met Interior Minister Omar Haddad on Monday in Washington.", "2025-03-03"},
		{"day month order", "2024-11-09T02:00:00Z", "OSLO, 8 Nov (AFP) - Foreign Minister Lena Dahl met Interior Minister Omar Haddad in Oslo today.", "2024-11-08"},
		{"year's turn", "2025-01-01T03:00:00Z", "OSLO, Dec 31 (AFP) - Foreign Minister Lena Dahl met Interior Minister Omar Haddad in Oslo today.", "2024-12-31"},
		{"no day in the dateline", "2025-03-04T01:30:00Z", "WASHINGTON (Reuters) - Foreign Minister Lena Dahl met Interior Minister Omar Haddad in Washington today.", "2025-03-04"},
		{"a day far from the page's", "2025-03-20T10:00:00Z", "WASHINGTON, March 3 (Reuters) - Foreign Minister Lena Dahl met Interior Minister Omar Haddad in Washington today.", "2025-03-20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractProbe(t, tc.published, tc.body)
			if len(a.Meetings) != 1 || a.Meetings[0].Date != tc.want {
				t.Fatalf("meetings = %+v, want one on %s", a.Meetings, tc.want)
			}
		})
	}
}

// extractProbe parses body as a Markdown article published at published
// (RFC 3339), as the loader reads a file, and extracts it.
func extractProbe(t *testing.T, published, body string) *Article {
	t.Helper()
	src := "---\ntitle: \"Probe\"\npublished: \"" + published + "\"\n---\n\n" + body + "\n"
	a, err := ParseMarkdown("probe.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a)
	return a
}
