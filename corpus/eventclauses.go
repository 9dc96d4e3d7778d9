package corpus

// asClause reports an "as" at i that opens a clause of its own with a
// pronoun subject and a past verb: "Ishiba and Lee agreed to build stable
// relations, as they held their first summit in Tokyo". Such a clause
// tells an event of its own (the meeting), not the main clause's plan;
// "as host", "as well as" and "as they had hoped" are not it.
func asClause(toks []token, i int) bool {
	if toks[i].low != "as" || i+2 >= len(toks) {
		return false
	}
	switch toks[i+1].low {
	case "they", "he", "she":
	default:
		return false
	}
	v := toks[i+2]
	return v.kind == kWord && v.low != "had" && v.low != "did" && v.low != "were" && v.low != "was" && pastVerb(v)
}

// earlierDatedMeeting reports a meeting told in the past perfect with a
// day of its own: "Aliyev and Pashinyan had already met face to face in
// Abu Dhabi on 10 July". The tense sets it before the story's meeting, so
// the story's undated mentions never fold into it.
func earlierDatedMeeting(toks []token, tr trigger) bool {
	if len(tr.people) < 2 || !tr.hasDate || tr.date.day == "" {
		return false
	}
	v := tr.ti
	if !tr.verb {
		// "had first held talks": the verb before the noun
		v = -1
		for j := tr.ti - 1; j >= tr.cs && j >= tr.ti-3 && j >= 0; j-- {
			if toks[j].low == "held" {
				v = j
				break
			}
		}
		if v < 0 {
			return false
		}
	}
	switch toks[v].low {
	case "met", "held", "talked", "spoken", "hosted":
	default:
		return false
	}
	j := v - 1
	for j > tr.cs && (toks[j].low == "already" || toks[j].low == "first" || toks[j].low == "previously" || toks[j].low == "earlier" || toks[j].low == "also" || toks[j].low == "once") {
		j--
	}
	return j >= tr.cs && toks[j].low == "had"
}

// sequenceVerbs place a meeting after or before another event: "The
// Vienna talks follow the visit of Pashinyan to Istanbul on June 20, when
// he held talks with Erdogan". A "when" clause after them tells that other
// event.
var sequenceVerbs = set(`follow follows followed come comes came precede precedes preceded`)

// tripAgent reports the "of" or "by" at i of "the visit of Pashinyan to
// Istanbul", "a trip by Ruiz": the person after it made the trip, and a
// later "he" in the sentence ("..., when he held talks with Erdogan") is
// that person.
func tripAgent(toks []token, i int) bool {
	if i < 1 || (toks[i].low != "of" && toks[i].low != "by") {
		return false
	}
	switch toks[i-1].low {
	case "visit", "trip", "journey", "tour", "arrival", "stopover", "visits", "trips":
		return true
	}
	return false
}

// missedEvent reports an event after "missed the" at k: a meeting noun or
// a part of one within a few words ("missed the talks", "missed the
// opening session", "missed the family photo"), not "missed the point" or
// "missed the deadline".
func missedEvent(toks []token, k, e int) bool {
	for j := k; j < e && j < k+4; j++ {
		if toks[j].kind != kWord {
			return false
		}
		switch w := toks[j].low; {
		case meetingNouns[w] != "", w == "start", w == "opening", w == "photo", w == "signing", w == "round", w == "visit", w == "trip", w == "event", w == "call", w == "vote", w == "ceremony", w == "lunch", w == "dinner", w == "gathering", w == "debate", w == "sitting", w == "plenary":
			return true
		}
	}
	return false
}

// possessiveRole reports a role told through its country or body at k,
// before e: "India's commerce minister" in "Šefčovič, the EU's trade
// commissioner, and Goyal, India's commerce minister, met" (a role with
// an article, "the EU's ...", is read as such already).
func possessiveRole(toks []token, k, e int) bool {
	return k+2 < e && toks[k].cap && toks[k].kind == kWord && toks[k+1].low == "'s" && toks[k+2].kind == kWord && !toks[k+2].cap
}

// justTold reports a meeting of its own, with its own day, told in the
// sentence before an anaphoric "the talks" in the same paragraph: "On
// October 18, Asif and Yaqoob sat across from each other in Doha. The
// talks were attended by Al-Khulaifi and Kalin" are those talks, not the
// story's main round of talks told earlier. A side meeting ("met on the
// sidelines"), a call or a meeting set apart is never what "the talks"
// means.
func (d *doc) justTold(tr *trigger, current *cluster) bool {
	if current == nil || current.last != tr.pi || current.future || current.call || current.apart || current.separate || current.sideOf != nil ||
		!current.hasDate || current.weak || current.date.day == "" || !current.distinct {
		return false
	}
	if tr.kind != "talks" && tr.kind != "meeting" {
		return false
	}
	return current.first == tr.pi && d.placesAgree(tr.place, current.place)
}

// previousVisitClause reports a meeting told in a relative clause about an
// earlier event: "after a previous visit to Minsk by envoy Keith Kellogg,
// who met Lukashenko in the presence of Coale". The visit is another, past
// occasion, so the meeting stays apart from the story's own.
func previousVisitClause(toks []token, s int, tr trigger) bool {
	if !tr.verb || len(tr.people) < 2 || tr.cs <= s || toks[tr.cs].low != "who" {
		return false
	}
	for j := tr.cs - 1; j > s && j >= tr.cs-14; j-- {
		switch toks[j].low {
		case "previous", "earlier", "prior", "first":
			if j+1 < tr.cs && (toks[j+1].low == "visit" || toks[j+1].low == "trip" || toks[j+1].low == "mission" || toks[j+1].low == "round" || meetingNouns[toks[j+1].low] != "") {
				return true
			}
		}
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return false
		}
	}
	return false
}
