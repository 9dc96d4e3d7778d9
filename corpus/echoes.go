package corpus

import (
	"slices"
	"sort"
	"strings"
)

// foldEchoes drops a meeting that only echoes another one told in the
// same paragraph: the same people, and neither a day nor a place of its
// own ("Their first meeting came in Kuala Lumpur in May, where they spoke
// for half an hour": the clause after "where" is that meeting, not a
// second one). Its absences and paragraphs go to the meeting it echoes.
// Of two echoes with neither, the first is kept. A call echoes no meeting
// held in person ("Monday's meeting followed a video call between the two
// men last week"), nor the other way round; nor does a meeting told as
// held apart (apart[i]: "Modi and Xi met on the sidelines, their first
// bilateral since their 2019 summit in Mamallapuram").
func foldEchoes(ms []Meeting, apart []bool) []Meeting {
	dropped := make([]bool, len(ms))
	for i := range ms {
		m := ms[i]
		if m.Date != "" || m.Place != "" || i < len(apart) && apart[i] {
			continue
		}
		for j := range ms {
			o := &ms[j]
			if j == i || dropped[j] || o.Date == "" && o.Place == "" && j > i || !sameAttendees(m, *o) || !shareParagraph(m, *o) ||
				callSummary(m.Summary) != callSummary(o.Summary) {
				continue
			}
			for _, a := range m.Absent {
				if !slices.ContainsFunc(o.Absent, func(b Absence) bool { return b.Name == a.Name }) {
					o.Absent = append(o.Absent, a)
				}
			}
			for _, p := range m.Paragraphs {
				if !slices.Contains(o.Paragraphs, p) {
					o.Paragraphs = append(o.Paragraphs, p)
				}
			}
			sort.Ints(o.Paragraphs)
			dropped[i] = true
			break
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if !dropped[i] {
			out = append(out, m)
		}
	}
	return out
}

// sameAttendees reports two meetings with the same people attending.
func sameAttendees(a, b Meeting) bool {
	if len(a.Attendees) == 0 || len(a.Attendees) != len(b.Attendees) {
		return false
	}
	for _, p := range a.Attendees {
		if !slices.ContainsFunc(b.Attendees, func(q Person) bool { return q.Name == p.Name }) {
			return false
		}
	}
	return true
}

// shareParagraph reports two meetings told in one paragraph.
func shareParagraph(a, b Meeting) bool {
	return slices.ContainsFunc(a.Paragraphs, func(p int) bool { return slices.Contains(b.Paragraphs, p) })
}

// callSummary reports a meeting summarised as a call.
func callSummary(s string) bool { return s == "call" || strings.HasSuffix(s, " call") }
