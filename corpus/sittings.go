package corpus

// Sittings of a council or assembly: the delegates who speak at one are
// at it. "The UN Security Council on Monday failed to adopt a draft ...
// Linda Thomas-Greenfield, Permanent Representative of the United States,
// said the veto put Russia on the wrong side of history."

import (
	"slices"
	"strings"
)

// delegateRoles name the people who speak for their country at a sitting.
var delegateRoles = []string{"representative", "ambassador", "envoy to the un", "delegate"}

// sittingSpeakers returns the delegates a sentence [s, e) has speak (a
// speech verb after them, "Explaining his delegation's vote, X said"),
// when it tells of no other place or meeting. A part of the sentence cut
// off by a semicolon speaks for itself: "X is not in the chamber; a
// spokesperson said she was travelling" has X say nothing.
func (d *doc) sittingSpeakers(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	var spoken []int // the semicolon parts with a speech verb, by their start
	part := s
	for k := s; k < e; k++ {
		if toks[k].text == ";" {
			part = k + 1
		}
		if toks[k].kind == kWord && isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] && !slices.Contains(spoken, part) {
			spoken = append(spoken, part)
		}
		if toks[k].kind == kWord && (toks[k].low == "earlier" || toks[k].low == "later" || toks[k].low == "tomorrow" || toks[k].low == "yesterday") {
			return nil // another moment than the sitting's
		}
	}
	if len(spoken) == 0 {
		return nil
	}
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.start < s || m.start >= e {
			continue
		}
		if !slices.Contains(spoken, semicolonPart(toks, s, m.start)) {
			continue // "X is not in the chamber; a spokesperson said ...": another part's speaker
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

// semicolonPart returns where the part of a sentence opening at s that
// holds k starts: after the last semicolon before k, else s.
func semicolonPart(toks []token, s, k int) int {
	for j := k - 1; j >= s; j-- {
		if toks[j].text == ";" {
			return j + 1
		}
	}
	return s
}
