package corpus

// Absences told by what someone did instead: sent aides or a team,
// did not go on to the meeting, was in meetings or in another city,
// walked out, or is listed under "Who wasn't:".

// standInNouns are the people sent in someone's place: "sent trusted
// aides", "sending a team of officials instead", "sent deputies".
var standInNouns = set(`aide aides deputy deputies vice-minister vice-ministers team officials delegation representative
	representatives envoy envoys subordinate subordinates underling lieutenant lieutenants emissary emissaries`)

// sentStandIn reports "sent trusted aides", "sending a team of officials",
// "sent a vice-minister", "sent a member of his Pittsburgh staff
// instead" at token k (the verb): a stand-in, unnamed.
func sentStandIn(toks []token, s, k, e int) bool {
	if toks[k].low != "sent" && toks[k].low != "sending" {
		return false
	}
	member := false
	for j := k + 1; j < e && j <= k+7; j++ {
		t := toks[j]
		if member && t.kind == kWord && (t.cap || t.low == "of" || possessivePronoun(t.low)) {
			continue // "a member of his Pittsburgh staff"
		}
		if t.kind != kWord || t.cap {
			return false
		}
		if t.low == "member" || t.low == "members" {
			member = true
			continue
		}
		if member && (t.low == "staff" || t.low == "office") {
			return insteadSaid(toks, s, e)
		}
		if standInNouns[t.low] {
			// a deputy stands in by itself; aides or a team only when the
			// sentence says so ("instead", "did not attend, sending")
			return deputyNouns[t.low] || insteadSaid(toks, s, e)
		}
		if t.low == "of" || t.low == "to" || beVerbs[t.low] || clauseBreak[t.low] {
			return false
		}
	}
	return false
}

// placeAfterTo returns the place named after "to" within three tokens of
// k ("did not go on to Istanbul"), or "".
func (d *doc) placeAfterTo(pi, k, e int) string {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+3; j++ {
		if toks[j].low == "to" && j+1 < e && toks[j+1].cap {
			return joinTokens(toks, j+1, capRunEnd(toks, j+1, e))
		}
	}
	return ""
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sentAhead reports "sent" or "sending" in tokens [k, e): someone was sent
// in the traveller's place.
func sentAhead(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		if toks[j].low == "sent" || toks[j].low == "sending" {
			return true
		}
	}
	return false
}

// busyInMeetings reports "was in meetings" at token k ("meetings" after
// "in" and a form of "to be"): someone busy elsewhere, not a meeting told.
func busyInMeetings(toks []token, s, k int) bool {
	return toks[k].low == "meetings" && k-2 >= s && toks[k-1].low == "in" && beVerbs[toks[k-2].low]
}

// walkoutNotes are absences by leaving: a "led by" after them names who
// led the people out.
var walkoutNotes = map[string]bool{"walked out": true, "left the room": true, "left the session": true, "left the meeting": true, "left the talks": true}

// meetingNounBefore reports a meeting noun at most three words before k:
// "a consultation called by", "the session summoned by".
func meetingNounBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-3; j-- {
		if meetingNouns[toks[j].low] != "" || toks[j].low == "consultation" || toks[j].low == "consultations" || toks[j].low == "huddle" {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// absentListCue returns the length of a cue that opens a list of absentees
// at token k ("who wasn't:", "who was not:", "absent:", "missing:"), or 0.
func absentListCue(toks []token, k, e int) int {
	for _, c := range [][]string{{"who", "wasn't", ":"}, {"who", "wasn’t", ":"}, {"who", "weren't", ":"}, {"who", "was", "not", ":"},
		{"who", "were", "not", ":"}, {"absent", ":"}, {"missing", ":"}, {"absentees", ":"}} {
		if matchAt(toks, k, c) && k+len(c) < e {
			return len(c)
		}
	}
	return 0
}

// beInPlaceBefore returns where the place starts in "was in Warsaw" just
// before token k (a form of "to be", "in", a capitalised place), or -1.
func beInPlaceBefore(toks []token, cs, k int) int {
	for j := k - 1; j-2 >= cs && j >= k-5; j-- {
		if toks[j].cap && toks[j-1].low == "in" && beVerbs[toks[j-2].low] {
			return j
		}
	}
	return -1
}

// expectedThere reports a sentence that expected someone at the meeting
// before saying where they were instead: "had hoped to meet Bessent as
// well, but Bessent was in meetings" (not "Rubio, who was in meetings in
// Washington, said": someone commenting from elsewhere).
func expectedThere(toks []token, s, k int) bool {
	but := false
	for j := s; j < k; j++ {
		if toks[j].low == "but" || toks[j].low == "instead" {
			but = true
		}
	}
	if !but {
		return false
	}
	for j := s; j < k; j++ {
		switch toks[j].low {
		case "hoped", "expected", "due", "planned", "scheduled", "invited", "meant", "supposed", "wanted":
			return true
		}
	}
	return false
}

// deputyNouns are stand-ins by rank: "sent a vice-minister".
var deputyNouns = set(`deputy deputies vice-minister vice-ministers subordinate subordinates underling`)

// insteadSaid reports a sentence that tells a stand-in as such: "instead",
// "in his place", or a negation ("did not attend, sending a team").
func insteadSaid(toks []token, s, e int) bool {
	for j := s; j < e; j++ {
		switch toks[j].low {
		case "instead", "not", "n't", "neither", "nor", "never", "place", "declined", "skipped":
			return true
		}
	}
	return false
}
