package corpus

import (
	"strings"
	"time"
)

// Helpers of the trigger reader: rounds of talks, definite mentions, and
// dates shared within a sentence.

// roundOfNoun returns the index of the meeting noun a few words after "a
// round of" ("Special Representatives (SR) talks", "indirect nuclear
// talks"), or 0.
func roundOfNoun(toks []token, i, e int) int {
	for j := i; j < e && j < i+6; j++ {
		t := toks[j]
		switch {
		case t.kind == kWord && meetingNouns[t.low] != "":
			return j
		case t.text == "(" || t.text == ")" || t.kind == kWord && (t.cap || !roundOfStop[t.low]):
		default:
			return 0
		}
	}
	return 0
}

// roundOfStop end the words between "round of" and a meeting noun.
var roundOfStop = set(`on for with in to at by about over and or but that which who applause sanctions strikes voting votes`)

// isOrdinalNumber reports "24th", "3rd", "21st", "2nd".
func isOrdinalNumber(low string) bool {
	n := len(low)
	if n < 3 || low[0] < '0' || low[0] > '9' {
		return false
	}
	switch low[n-2:] {
	case "st", "nd", "rd", "th":
		for _, c := range low[:n-2] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// roundMods stand between a round word and "round": "the last full round".
var roundMods = set(`full formal direct indirect official new fresh decisive crucial final technical`)

// roundWords before "round" make it a round of talks ("the first round").
var roundWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth latest previous earlier prior
	last new next final opening fresh another this that`)

// isAnaphoric reports whether the meeting noun at token k is definite:
// "the talks", "that meeting", "Monday's meeting", "his meeting".
func isAnaphoric(toks []token, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-4; j-- {
		switch toks[j].low {
		case "the", "that", "this", "these", "those", "'s", "his", "her", "their", "its", "same":
			return true
		case "a", "an", "such", "any", "direct", "new", "another", "other", "more", "further":
			return false
		}
		if toks[j].kind != kWord || prepositions[toks[j].low] && toks[j].low != "of" {
			return false // "the plan at talks in Brussels": the article belongs to another noun
		}
	}
	return false
}

// distanceWords between two events say they are at different times
// ("days after Trump hosted Putin").
var distanceWords = set(`days weeks months years hours day week month year decades earlier later last
	previous ago`)

// shareDates gives an undated meeting mention a date said elsewhere in its
// sentence ("spoke by phone with Putin on Monday before hosting Zelensky",
// "shook hands on Friday after a trilateral meeting"), unless the sentence
// puts a distance between them ("days after") or the date belongs to a
// planned meeting.
func (d *doc) shareDates(toks []token, s, e int, trs []trigger) {
	for i := range trs {
		tr := &trs[i]
		if tr.hasDate || tr.future || ownVagueTime(toks, d.day, tr) {
			continue
		}
		for k := s; k < e; k++ {
			r, ok := dateAt(toks, k, e, d.day, false)
			if !ok || r.vague && !strings.HasPrefix(r.key, "y:") && !strings.HasPrefix(r.key, "m:") && !r.relSet && !(pastPeriod(r.key) && k >= tr.cs && k < tr.ce) {
				continue // ("Last month X hosted informal talks": the talks' own clause dates them)
			}
			if k > s && toks[k-1].low == "since" {
				continue // "their first talks since 2018": a time before, not the talks' date
			}
			if deadlineDay(toks, s, k) {
				continue // "gave their envoys until Sunday to decide, after talks over dinner": a time limit
			}
			future := false
			for j := range trs {
				if trs[j].future && k >= trs[j].cs && k < trs[j].ce {
					future = true
				}
			}
			if future {
				continue
			}
			if whomClauseDate(toks, s, trs, i, k) {
				continue // "sat down with X, with whom he signed ... in 2019": the date of the earlier meeting
			}
			if tr.anaphoric && nearerTrigger(trs, i, k) {
				continue // "the talks" take no date from another meeting's phrase
			}
			lo, hi := tr.ti, k
			if lo > hi {
				lo, hi = hi, lo
			}
			apart := false
			for x := lo; x < hi; x++ {
				if distanceWords[toks[x].low] && !(relativeUnits[toks[x].low] && x+1 < e && !distanceAfter[toks[x+1].low]) {
					apart = true // "days after", not "four hours of talks"
				}
			}
			if !apart {
				r.pos = k
				// (a month past in the mention's own clause is its own date)
				tr.date, tr.hasDate, tr.weakDate = r, true, !(pastPeriod(r.key) && k >= tr.cs && k < tr.ce) && !((tr.anaphoric || prevLow(toks, tr.ti) == "every") && r.day != "" && dateOfWhenClause(toks, k, e, tr)) && !arrivalPhrase(toks, tr.ce, k)
				break
			}
		}
	}
}

// whomClauseDate reports a date at k inside the clause of a later mention
// opened by "whom" or "with whom": that mention's own date, not one for
// mention i before it.
func whomClauseDate(toks []token, s int, trs []trigger, i, k int) bool {
	for j := range trs {
		if j != i && trs[j].cs > trs[i].ti && k >= trs[j].cs && k < trs[j].ce && relativeWhom(toks, s, trs[j].cs) {
			return true
		}
	}
	return false
}

// dateOfWhenClause reports a day at k followed by ", when" opening the
// clause of mention tr: "came to Geneva on July 17, when the first
// session was held" dates the session itself (the caller asks it of a
// definite mention and a day: another meeting than the one under way).
func dateOfWhenClause(toks []token, k, e int, tr *trigger) bool {
	for j := k + 1; j < e && j <= k+4; j++ {
		if toks[j].text == "," {
			w := j + 1
			if w >= e || toks[w].low != "when" || tr.ti <= w || tr.cs < w || tr.cs > w+1 {
				return false
			}
			for x := w + 1; x < tr.ti; x++ {
				if toks[x].kind != kWord {
					return false // ("when Vos, just back from a summit in Oslo, received ...": an aside's meeting)
				}
			}
			return true
		}
		if toks[j].kind != kWord || !isDigits(toks[j].low) && !monthIn(toks, j) && !isDay(toks[j].low) {
			return false
		}
	}
	return false
}

// arrivalPhrase reports a date at k inside the arrival phrase that goes
// on right after a mention's clause ending at ce: "held a working
// dinner with X after landing on Thursday evening", "met Y upon arriving
// on Monday". The phrase shares the clause's subject and tells the hour it
// happened, so the day is the mention's own, not one said beside it.
func arrivalPhrase(toks []token, ce, k int) bool {
	if ce+1 >= k || ce+1 >= len(toks) {
		return false
	}
	if a := toks[ce].low; a != "after" && a != "upon" && a != "on" {
		return false
	}
	if !arrivalIng[toks[ce+1].low] {
		return false // ("after winning October's election": a time before, not the mention's)
	}
	for j := ce + 2; j < k; j++ {
		if toks[j].kind != kWord && toks[j].low != "-" {
			return false // (a comma or a quotation: the phrase has ended)
		}
	}
	return true
}

// arrivalConjunct reports a date at pos told with an arrival ("arrived on
// Monday night") in a conjunct of its own before the meeting noun at k:
// "arrived on Monday night and took part in the plenary".
func arrivalConjunct(toks []token, cs, pos, k int) bool {
	arrived := false
	for j := max(cs, pos-3); j < pos; j++ {
		if arrivalVerbs[toks[j].low] {
			arrived = true
		}
	}
	if !arrived {
		return false
	}
	for j := pos + 1; j < k; j++ {
		if toks[j].low == "and" && j+1 < k && toks[j+1].kind == kWord && !toks[j+1].cap {
			return true
		}
	}
	return false
}

// arrivalVerbs tell someone reaching the place of a meeting.
var arrivalVerbs = set(`arrived arrives landed lands flew`)

// arrivalIng are the participles of arriving, whose day is the day of
// what is done on arrival.
var arrivalIng = set(`arriving landing touching`)

// deadlineDay reports a day at k that sets a time limit rather than
// telling when something happened: "gave their envoys until Sunday to
// decide", "have till Friday to answer".
func deadlineDay(toks []token, s, k int) bool {
	return k > s && (toks[k-1].low == "until" || toks[k-1].low == "till")
}

// ownVagueTime reports a mention whose own clause gives it a time that is
// no day ("a video call between the two men last week"): it shares no
// other mention's day.
func ownVagueTime(toks []token, day time.Time, tr *trigger) bool {
	for k := tr.ti + 1; k < tr.ce; k++ {
		if r, ok := dateAt(toks, k, tr.ce, day, false); ok {
			return r.vague && (strings.HasPrefix(r.key, "week:") || strings.HasPrefix(r.key, "month:"))
		}
	}
	return false
}

// pastPeriod reports a vague date that is a period before the story's
// ("last month", "last year"): a meeting of its own.
func pastPeriod(key string) bool {
	switch key {
	case "month:last", "month:previous", "month:past", "year:last", "year:previous":
		return true
	}
	return false
}
