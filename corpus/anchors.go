package corpus

// Helpers that read who takes part from around a meeting mention: the
// phrase that anchors a sentence at a meeting ("during the talks"), objects
// after a setting ("met in Brussels with ..."), addressees and delegations.

import (
	"slices"
	"strings"
)

// withAfterSetting finds "with" after a phrase of place and time that
// follows a meeting verb ("met in Brussels on Wednesday with ..."), or -1.
func withAfterSetting(toks []token, a, e int) int {
	for a+1 < e && (toks[a].low == "last" || toks[a].low == "earlier" || toks[a].low == "this") &&
		(toks[a+1].low == "month" || toks[a+1].low == "week" || toks[a+1].low == "year") {
		a += 2 // "met last month in Paris with Dahl"
	}
	if a >= e || toks[a].low != "in" && toks[a].low != "at" && toks[a].low != "on" {
		return -1
	}
	for j := a; j < e && j < a+10; j++ {
		t := toks[j]
		if t.low == "with" {
			return j
		}
		if t.text == "," || t.low == "and" && j+1 < e && isDay(toks[j+1].low) {
			continue // "in Niagara on Wednesday and Thursday, with Anand as host"
		}
		if t.kind != kWord || !(t.cap || isDeterminer(t.low) || possessivePronoun(t.low) && j > a && toks[j-1].kind == kWord && !toks[j-1].cap || j > a && possessivePronoun(toks[j-1].low) && isBuilding(t.low) || t.low == "in" || t.low == "at" || t.low == "on" || isDay(t.low) || isMonth(t.low) || startsDigit(t.low)) {
			return -1
		}
	}
	return -1
}

// objectAfterSetting finds the object a verb of welcome puts after its day
// and place, as translated and formal writing does ("received this
// Wednesday at the National Palace the Secretary of State"): the
// determiner that follows a capitalised place word or a day, with only
// words of time and place between a and it; else -1.
func objectAfterSetting(toks []token, a, e int) int {
	if a >= e || toks[a].low != "in" && toks[a].low != "at" && toks[a].low != "on" && toks[a].low != "this" && toks[a].low != "last" {
		return -1
	}
	for j := a + 1; j < e && j < a+12; j++ {
		t := toks[j]
		if isDeterminer(t.low) && (toks[j-1].cap && !isDeterminer(toks[j-1].low) && !prepositions[toks[j-1].low] || isDay(toks[j-1].low) || nowWords[toks[j-1].low]) && j > a+1 {
			return j
		}
		if t.cap && t.kind == kWord && (nowWords[toks[j-1].low] || isDay(toks[j-1].low) || toks[j-1].low == "audience") && j > a+1 {
			// "received in audience at the palace today Minister of Foreign
			// Affairs X", "received in audience President X", "received in
			// audience on Saturday Prime Minister Y"
			return j
		}
		if t.low == "audience" && j == a+1 && toks[a].low == "in" {
			continue // "received in audience"
		}
		if t.kind != kWord || !(t.cap || isDeterminer(t.low) || nowWords[t.low] || t.low == "in" || t.low == "at" || t.low == "on" || t.low == "this" || t.low == "last" || t.low == "of" || isDay(t.low) || isMonth(t.low) || startsDigit(t.low)) {
			return -1
		}
	}
	return -1
}

// ledByAfter finds "a delegation led by" right after a verb and returns
// where the leader's name starts (else -1).
func ledByAfter(toks []token, a, e int) int {
	for j := a; j+1 < e && j < a+5; j++ {
		if (toks[j].low == "led" || toks[j].low == "headed") && toks[j+1].low == "by" {
			return j + 2
		}
		if toks[j].kind != kWord || prepositions[toks[j].low] {
			return -1
		}
	}
	return -1
}

// includingAfter returns where the names start in a group object that
// names some of its members: "met a delegation of opposition leaders from
// the north, including A, B and C" (a is the object's first token), or
// -1.
func includingAfter(toks []token, a, e int) int {
	if a >= e || !(isDeterminer(toks[a].low) || toks[a].low == "his" || toks[a].low == "her" || toks[a].low == "their" || !toks[a].cap && toks[a].kind == kWord) {
		return -1
	}
	for j := a + 1; j+1 < e && j < a+15; j++ {
		t := toks[j]
		if t.low == "including" {
			return j + 1
		}
		if t.kind != kWord && !(t.text == "," && toks[j+1].low == "including") || t.low == "who" || t.low == "which" || t.low == "that" || t.low == "to" {
			return -1
		}
	}
	return -1
}

// addresseeVerbs take the person spoken to as their object.
var addresseeVerbs = set(`told tells assured assures warned warns urged urges asked asks thanked thanks pressed presses
	informed reassured congratulated promised promises`)

// addressee returns the people told something in tokens [s, k): "Xi told
// Albanese during a meeting".
func (d *doc) addressee(pi, s, k int) []*personEntry {
	toks := d.paras[pi].toks
	for j := s + 1; j < k; j++ {
		if toks[j].kind == kWord && !toks[j].cap && addresseeVerbs[toks[j].low] {
			if _, ok := d.mentionAt(pi, j-1); !ok {
				return nil
			}
			obj, _ := d.parseList(pi, j+1, k)
			return obj
		}
	}
	return nil
}

// thereOpening reports a sentence opening "There, ...".
func thereOpening(toks []token, s, e int) bool {
	return s+1 < e && toks[s].low == "there" && toks[s+1].text == ","
}

// introConj open a subordinate clause a sentence can begin with.
var introConj = set(`when as once while after before since`)

// introPhrase reports a token k in the phrase a sentence opens with, before
// its first comma: "Speaking in Ankara after talks with Erdogan, ...".
func introPhrase(toks []token, s, k int) bool {
	if !introWords[toks[s].low] {
		return false
	}
	for j := s; j < k; j++ {
		if toks[j].kind != kWord {
			return false
		}
	}
	for j := k + 1; j < len(toks) && j < k+15; j++ {
		if toks[j].text == "," {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// anchorBefore returns the preposition that governs the meeting noun at k
// ("for", "during", "at", "in", "after", "following"), or "".
func anchorBefore(toks []token, cs, k int) string {
	j := k - 1
	for j >= cs {
		t := toks[j]
		if t.kind != kWord {
			return ""
		}
		if t.low == "of" && j-1 >= cs && partOf[toks[j-1].low] {
			j -= 2
			continue
		}
		if t.low == "of" && j-1 >= cs && relativeUnits[toks[j-1].low] {
			// "emerged from two days of talks"
			j -= 2
			if j >= cs && (numberWords[toks[j].low] || startsDigit(toks[j].low) || isDeterminer(toks[j].low)) {
				j--
			}
			for j >= cs && (toks[j].low == "than" || toks[j].low == "more" || toks[j].low == "nearly" || toks[j].low == "almost") {
				j--
			}
			continue
		}
		if meetingModifier(t) {
			j--
			continue
		}
		switch t.low {
		case "for", "during", "at", "after", "following":
			return t.low
		case "in":
			if j == cs && t.cap {
				return "during" // "In talks in Vienna on Monday, Ruiz and Nowak agreed"
			}
		case "over":
			// "agreed over a steak dinner in Buenos Aires": the subject dined
			// (not "met separately over dinner": the verb's own meeting)
			switch toks[k].low {
			case "dinner", "lunch", "breakfast", "dinners", "lunches", "breakfasts", "coffee", "tea", "drinks":
				if !slices.ContainsFunc(toks[cs:j], func(t token) bool { return meetingVerbs[t.low] }) {
					return "during"
				}
			}
		case "including":
			// "held several meetings on Tuesday, including talks with
			// Minns": one of the subject's own doings
			if j > cs && toks[j-1].text == "," {
				return "during"
			}
		case "from":
			// "emerged from two days of talks", "returned from the summit"
			if j > cs {
				switch toks[j-1].low {
				case "emerged", "emerging", "returned", "returning", "back", "fresh", "home":
					return "during"
				}
			}
		}
		return ""
	}
	return ""
}

// includingCall reports a call noun at k listed with ", including" among
// the doings of the sentence's subject: "spent Tuesday working the
// phones, including a lengthy call with Minns".
func includingCall(toks []token, cs, k int) bool {
	for j := k - 1; j > cs && j >= k-5; j-- {
		if toks[j].low == "including" {
			return toks[j-1].text == ","
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// mainSubjectList returns the people a sentence opens with, after an
// introductory phrase: "At the start of the meeting, the German and French
// leaders praised ...".
func (d *doc) mainSubjectList(pi, s int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	_, e := d.paras[pi].sentenceOf(s)
	start := s
	if s+2 < e && toks[s+1].text == ":" && captionLabels[toks[s].low] {
		s, start = s+2, s+2 // "Photo: Modi and Xi at the talks in Tianjin"
	}
	for j := s + 1; j < e && j <= s+6; j++ {
		if timelineEntry(toks, s, j) {
			s, start = j, j // "Dec. 1, 2018 - Trump and Xi agree over a steak dinner": the entry after its date
			break
		}
	}
	if introWords[toks[s].low] || prepositions[toks[s].low] || toks[s].low == "at" || toks[s].cap && strings.HasSuffix(toks[s].low, "ing") && !d.hasPersonAt(pi, s) {
		for k := s; k < e; k++ {
			if toks[k].text == "," {
				start = k + 1
				break
			}
		}
		if start == s {
			return nil
		}
	}
	if start >= tr.ti && start <= tr.ce && tr.ti > s {
		// the list would be the meeting phrase itself
		if start == tr.ti {
			return nil
		}
	}
	out, _ := d.parseList(pi, start, e)
	return out
}

// captionLabels open a picture caption: "Photo: ...".
var captionLabels = set(`photo picture pictured caption above top main left right`)

// modifierWord reports words that can stand between a preposition or verb
// and a meeting noun: "a virtual gathering", "Monday's hastily assembled
// meeting", "their first round".
func modifierWord(t token) bool {
	if prepositions[t.low] || functionWords[t.low] && !isDeterminer(t.low) && t.low != "his" && t.low != "her" && t.low != "their" && t.low != "its" {
		return false
	}
	return isDeterminer(t.low) || t.low == "'s" || t.low == "'" || t.cap || numberWords[t.low] || t.low == "his" ||
		t.low == "her" || t.low == "their" || t.low == "its" ||
		!functionWords[t.low] && !prepositions[t.low] && !speechVerbs[t.low] && !holdVerbs[t.low] &&
			!meetingVerbs[t.low] && !verbAdverbs[t.low]
}

// negatedBefore reports a negation in the clause before token k ("did not
// take part in the talks").
func negatedBefore(toks []token, cs, k int) bool {
	for j := cs; j < k; j++ {
		switch toks[j].low {
		case "not", "n't", "never", "without", "no", "neither", "nor":
			if notForAttribution(toks, j, k) {
				continue // "a WH official, not for attribution, said": how the source may be cited
			}
			return true
		}
	}
	return false
}

// notForAttribution reports the "not" at j of a sourcing phrase, "not for
// attribution", "not for publication", before k: how a source may be
// cited, no negation of what the sentence tells.
func notForAttribution(toks []token, j, k int) bool {
	if toks[j].low != "not" || j+2 >= k || toks[j+1].low != "for" {
		return false
	}
	switch toks[j+2].low {
	case "attribution", "publication", "broadcast", "quotation":
		return true
	}
	return false
}

// hasPersonAt reports a person's mention starting at token k.
func (d *doc) hasPersonAt(pi, k int) bool {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start == k {
			return true
		}
	}
	return false
}
