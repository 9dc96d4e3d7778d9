package corpus

import "strings"

// seatingLabels open a pool report's or a ceremony story's seating and
// spotting notes, each ending in a colon before the names: "Front row,
// left side facing the stage: A, B, C", "Right side: D, E", "Also
// spotted further back: F, G". The absent ones ("Not spotted: H") are
// read by seatingAbsentColon.
var seatingLabels = [][]string{
	{"front", "row"}, {"back", "row"}, {"first", "row"}, {"second", "row"}, {"third", "row"},
	{"in", "the", "front", "row"}, {"in", "the", "second", "row"}, {"in", "the", "back", "row"},
	{"left", "side"}, {"right", "side"}, {"on", "the", "left"}, {"on", "the", "right"},
	{"also", "spotted"}, {"spotted"}, {"also", "seen"}, {"also", "in", "the", "room"},
	{"also", "present"}, {"also", "attending"}, {"in", "the", "audience"}, {"among", "the", "guests"},
}

// seatingAbsentLabels open a note of those looked for and not seen: "Not
// spotted: A", "Not seen: B", "Absent: C".
var seatingAbsentLabels = [][]string{
	{"not", "spotted"}, {"not", "seen"}, {"absent"}, {"conspicuously", "absent"},
}

// labelColon returns where the names start in a sentence [s, e) that opens
// with one of labels and runs, through words and commas only and no verb
// of its own, to a colon within a few words ("Front row, left side facing
// the stage: A, B"), or -1.
func labelColon(toks []token, s, e int, labels [][]string) int {
	n := 0
	for _, l := range labels {
		if matchAt(toks, s, l) && s+len(l) < e {
			n = len(l)
			break
		}
	}
	if n == 0 || !toks[s].cap || len(toks[s].text) > 1 && strings.ToUpper(toks[s].text) == toks[s].text {
		// (a label opens its sentence: "... were on the left: A" is
		// another thing; a newsletter's capitalised rubric, "SPOTTED: A,
		// chatting with B by the coffee bar", is a sighting, not a seat)
		return -1
	}
	for j := s + n; j+1 < e && j <= s+n+8; j++ {
		if toks[j].text == ":" {
			return j + 1
		}
		if toks[j].kind != kWord && toks[j].text != "," || pastVerb(toks[j]) && !toks[j].cap {
			return -1
		}
	}
	return -1
}

// seatingColon returns where the names of a seating or spotting note
// start ("Front row: A, B, C", "Also spotted further back: D, E"), or -1.
func seatingColon(toks []token, s, e int) int {
	return labelColon(toks, s, e, seatingLabels)
}

// seatingAbsentColon returns where the names of a "Not spotted: A" note
// start, or -1.
func seatingAbsentColon(toks []token, s, e int) int {
	return labelColon(toks, s, e, seatingAbsentLabels)
}
