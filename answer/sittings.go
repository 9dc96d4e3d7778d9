package answer

import (
	"regexp"
	"slices"
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
		if isMeeting(m, b) {
			continue // best itself
		}
		if m.Date != b.Date || m.Place == "" || !samePlaceName(m.Place, b.Place) {
			continue
		}
		out = append(out, articleHit(art, best, m))
	}
	return out
}

// samePlaceName tells whether two places name one: equal, case aside, or
// one's words begin the other's.
func samePlaceName(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(b, a+" ")
}

// splitOf returns, as hits of best's article, the meetings art tells
// inside its report of best when that report is thin: one sitting whose
// people the writer named in a passage the extractor read as a meeting
// of its own ("Park Sung-ho greets Ri at the entrance … Col. Delaney
// observed from the back of the room" inside a report that names Ri
// alone; "Fidan and Kalin were also present at the meeting" beside the
// trilateral's leaders). A meeting joins when
//
//   - best names three attendees or fewer (measured on the labelled sets:
//     beside a fuller report, the meetings told within it were side
//     meetings, a bilateral on the eve, a delegation's own talks);
//   - it is dated as best is, or undated (best undated: its day is one
//     the article can report, see reportedAfter);
//   - it has no place of its own (one at best's place on best's day is
//     sittingOf's) and is no call or meal;
//   - every paragraph of it lies between best's first and last;
//   - it shares an attendee with best and adds someone, no one named
//     absent by the other;
//   - no one it adds is who received or hosted it: a courtesy call on
//     someone who was not at the meeting ("before the signing, the
//     president received Araghchi and Grossi at the palace").
//
// (Measured: without the thin report or the span, or with a neighbouring
// paragraph instead of the span, the joins took precision from most sets;
// four attendees instead of three cost devset23 a wrong name, two lost
// devset14's and devset18's right ones.)
func splitOf(art *corpus.Article, best index.MeetingHit) []index.MeetingHit {
	b := best.Meeting
	if art == nil || len(b.Attendees) > maxThinReport || len(b.Paragraphs) == 0 {
		return nil
	}
	var out []index.MeetingHit
	for _, m := range art.Meetings {
		if isMeeting(m, b) {
			continue // best itself
		}
		if m.Place != "" || callOrMeal(m.Summary) || !withinSpan(b.Paragraphs, m.Paragraphs) {
			continue
		}
		if !sameDayOrUndated(best, m) {
			continue
		}
		if sharedAttendees(b, m) == 0 || !addsPeople(b, m) || absentThere(b, m) || absentThere(m, b) {
			continue
		}
		if hostedByNewcomer(art, b, m) {
			continue
		}
		out = append(out, articleHit(art, best, m))
	}
	return out
}

// maxThinReport is the most attendees a report may name and still be
// taken as thin (see splitOf).
const maxThinReport = 3

// articleHit is m as a hit of best's article, its paragraphs as evidence.
func articleHit(art *corpus.Article, best index.MeetingHit, m corpus.Meeting) index.MeetingHit {
	h := index.MeetingHit{Meeting: m, Article: best.Article, Evidence: map[int]string{}}
	for _, p := range m.Paragraphs {
		if p >= 0 && p < len(art.Paragraphs) {
			h.Evidence[p] = art.Paragraphs[p]
		}
	}
	return h
}

// sameDayOrUndated tells whether m may be of best's day: m undated, both
// on one day, or best undated and m on a day its article can report.
func sameDayOrUndated(best index.MeetingHit, m corpus.Meeting) bool {
	switch {
	case m.Date == "" || m.Date == best.Meeting.Date:
		return true
	case best.Meeting.Date != "" || best.Article.Published.IsZero():
		return false
	}
	return reportedAfter(m.Date, best.Article.Published)
}

// withinSpan tells whether every paragraph of inner lies between the
// first and the last of outer.
func withinSpan(outer, inner []int) bool {
	if len(outer) == 0 || len(inner) == 0 {
		return false
	}
	lo, hi := slices.Min(outer), slices.Max(outer)
	for _, p := range inner {
		if p < lo || p > hi {
			return false
		}
	}
	return true
}

// callOrMeal tells whether a meeting's summary names a call or a meal:
// the occasions a writer tells apart from the sitting.
func callOrMeal(summary string) bool {
	f := strings.Fields(strings.ToLower(summary))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "call", "dinner", "lunch", "breakfast", "banquet", "reception", "meal":
		return true
	}
	return false
}

// hostVerb finds the verbs of receiving a visitor.
var hostVerb = regexp.MustCompile(`\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b`)

// hostedByNewcomer tells whether someone m names and b does not is named,
// in one of m's paragraphs, before a verb of receiving in the same
// sentence: m is their audience, not b's sitting.
func hostedByNewcomer(art *corpus.Article, b, m corpus.Meeting) bool {
	in := namesOf(b.Attendees, b.Absent)
	for _, p := range m.Paragraphs {
		if p < 0 || p >= len(art.Paragraphs) {
			continue
		}
		text := art.Paragraphs[p]
		for _, loc := range hostVerb.FindAllStringIndex(text, -1) {
			before := text[:loc[0]]
			if i := strings.LastIndexAny(before, ".;"); i >= 0 {
				before = before[i+1:]
			}
			for _, a := range m.Attendees {
				if in[nameKey(a.Name)] {
					continue
				}
				if f := strings.Fields(a.Name); len(f) > 0 && strings.Contains(before, f[len(f)-1]) {
					return true
				}
			}
		}
	}
	return false
}

// isMeeting tells whether m is b: the same summary, day, place and
// people. An article may tell two meetings by one summary, day and place
// ("State Dining Room meeting" for the signing and for the bilateral
// before it); their people tell them apart.
func isMeeting(m, b corpus.Meeting) bool {
	if m.Summary != b.Summary || m.Date != b.Date || m.Place != b.Place || len(m.Attendees) != len(b.Attendees) {
		return false
	}
	for i := range m.Attendees {
		if m.Attendees[i].Name != b.Attendees[i].Name {
			return false
		}
	}
	return true
}
