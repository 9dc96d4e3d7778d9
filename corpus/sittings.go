package corpus

// Sittings of a council or assembly: the delegates who speak at one are
// at it. "The UN Security Council on Monday failed to adopt a draft ...
// Linda Thomas-Greenfield, Permanent Representative of the United States,
// said the veto put Russia on the wrong side of history."

import "strings"

// delegateRoles name the people who speak for their country at a sitting.
var delegateRoles = []string{"representative", "ambassador", "envoy to the un", "delegate"}

// sittingSpeakers returns the delegates a sentence [s, e) has speak (a
// speech verb after them, "Explaining his delegation's vote, X said"),
// when it tells of no other place or meeting.
func (d *doc) sittingSpeakers(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	speech := false
	for k := s; k < e; k++ {
		if toks[k].kind == kWord && isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] {
			speech = true
		}
		if toks[k].kind == kWord && (toks[k].low == "earlier" || toks[k].low == "later" || toks[k].low == "tomorrow" || toks[k].low == "yesterday") {
			return nil // another moment than the sitting's
		}
	}
	if !speech {
		return nil
	}
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.start < s || m.start >= e {
			continue
		}
		role := strings.ToLower(d.entryWho(m.p).role + " " + m.role + " " + appositionText(toks, m.end, e))
		for _, r := range delegateRoles {
			if strings.Contains(role, r) {
				out = append(out, m.p)
				break
			}
		}
	}
	return out
}

// appositionText returns the words of ", First Deputy Permanent
// Representative of the Russian Federation," right after a name ending at
// k, up to the next comma, or "".
func appositionText(toks []token, k, e int) string {
	if k >= e || toks[k].text != "," {
		return ""
	}
	var b strings.Builder
	for j := k + 1; j < e && j <= k+10; j++ {
		if toks[j].kind != kWord {
			break
		}
		b.WriteString(toks[j].low + " ")
	}
	return b.String()
}
