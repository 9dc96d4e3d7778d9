package corpus

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestUnfoundKinds counts the labelled meetings no extracted meeting pairs
// with, and their attendees, by kind (main or later meeting, dated, size,
// whether their people are placed at other meetings); counts only, so it
// may be run on unseen sets:
//
//	UNFOUND_SETS="devset26 devset27 devset28 devset29 devset30 devset31" go test ./corpus -run TestUnfoundKinds -v
func TestUnfoundKinds(t *testing.T) {
	sets := strings.Fields(os.Getenv("UNFOUND_SETS"))
	if len(sets) == 0 {
		t.Skip("set UNFOUND_SETS")
	}
	kinds := map[string][2]int{}
	add := func(k string, n int) { v := kinds[k]; v[0]++; v[1] += n; kinds[k] = v }
	for _, set := range sets {
		for _, x := range extractedSet(t, set) {
			paired := pairMeetings(x.ms, x.l)
			placedAt := map[string]bool{}
			for _, m := range x.ms {
				for _, p := range m.Attendees {
					placedAt[normName(p.Name)] = true
				}
				for _, p := range m.Absent {
					placedAt[normName(p.Name)] = true
				}
			}
			for li, lm := range x.l.Meetings {
				if len(lm.Attendees) == 0 {
					continue
				}
				found := false
				for _, p := range paired {
					if p == li {
						found = true
					}
				}
				n := len(lm.Attendees)
				add("all labelled", n)
				if found {
					continue
				}
				pos := "main"
				if li > 0 {
					pos = "later"
				}
				dated := "undated"
				if lm.Date != "" {
					dated = "dated"
				}
				out := "article has meetings"
				if len(x.ms) == 0 {
					out = "article has none"
				}
				pl := 0
				for _, a := range lm.Attendees {
					if placedAt[normName(a)] {
						pl++
					}
				}
				share := "none placed anywhere"
				if pl == n {
					share = "all placed elsewhere"
				} else if pl > 0 {
					share = "some placed elsewhere"
				}
				add("unfound", n)
				add("unfound "+pos, n)
				add("unfound "+dated, n)
				add("unfound "+out, n)
				add("unfound "+share, n)
				add(fmt.Sprintf("unfound size %d", min(n, 5)), n)
			}
		}
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, "  %-36s meetings %4d attendees %4d\n", k, kinds[k][0], kinds[k][1])
	}
	t.Log("\n" + b.String())
}

// TestUnfoundShow lists the unpaired labelled meetings of three people or
// fewer of released sets (UNFOUND_SHOW="devset20 devset21") with the
// meetings extracted from their articles.
func TestUnfoundShow(t *testing.T) {
	for _, set := range strings.Fields(os.Getenv("UNFOUND_SHOW")) {
		if n, err := strconv.Atoi(strings.TrimPrefix(set, "devset")); err == nil && n >= 26 {
			t.Fatalf("%s is unseen: its misses are not printed", set)
		}
		for _, x := range extractedSet(t, set) {
			paired := pairMeetings(x.ms, x.l)
			for li, lm := range x.l.Meetings {
				found := false
				for _, p := range paired {
					if p == li {
						found = true
					}
				}
				if found || len(lm.Attendees) == 0 || len(lm.Attendees) > 3 {
					continue
				}
				var outs []string
				for mi, m := range x.ms {
					outs = append(outs, fmt.Sprintf("[%d→%d %s %s %v]", mi, paired[mi], m.Date, m.Place, names(m.Attendees)))
				}
				t.Logf("%s: %q %s %v\n    out: %s", x.name, lm.Summary, lm.Date, lm.Attendees, strings.Join(outs, " "))
			}
		}
	}
}
