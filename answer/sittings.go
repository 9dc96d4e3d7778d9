package answer

import (
	"strings"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// sittingOf returns, as hits of best's article, the other meetings art
// reports on best's day at best's place: one sitting the extractor told
// as several meetings ("the G20 opened in Johannesburg on Saturday …";
// "in Johannesburg on Saturday, Modi, Lula and Ramaphosa …"). Both must be
// dated, the same day, and name one place (equal, or one's words begin
// the other's: "Kuala Lumpur", "Kuala Lumpur Convention Centre"). A
// meeting of that day without a place, or at another place, or undated,
// stays apart: a side bilateral, a call, the day before (measured on the
// labelled sets: the undated or placeless ones joining took precision
// from most sets).
func sittingOf(art *corpus.Article, best index.MeetingHit) []index.MeetingHit {
	if art == nil || best.Meeting.Date == "" || best.Meeting.Place == "" {
		return nil
	}
	b := best.Meeting
	var out []index.MeetingHit
	for _, m := range art.Meetings {
		if m.Summary == b.Summary && m.Date == b.Date && m.Place == b.Place {
			continue // best itself
		}
		if m.Date != b.Date || m.Place == "" || !samePlaceName(m.Place, b.Place) {
			continue
		}
		h := index.MeetingHit{Meeting: m, Article: best.Article, Evidence: map[int]string{}}
		for _, p := range m.Paragraphs {
			if p >= 0 && p < len(art.Paragraphs) {
				h.Evidence[p] = art.Paragraphs[p]
			}
		}
		out = append(out, h)
	}
	return out
}

// samePlaceName tells whether two places name one: equal, case aside, or
// one's words begin the other's.
func samePlaceName(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(b, a+" ")
}
