package corpus

import "unicode"

// US political copy tags a member of Congress with party and state:
// "Speaker Kevin McCarthy, R-Calif., Senate Majority Leader Charles E.
// Schumer, D-N.Y., ...", "Sen. Joe Manchin III, D-W.Va., who ...",
// "Rep. Patrick McHenry (R-N.C.)". The tag is no one's name and no item of
// a list: the reader steps over it.

// partyTagEnd returns the token after the party-and-state tag that starts
// at i ("R-Calif" "." / "D-N.Y." / "D-W." "Va" "."), or i when there is
// none. The tag follows a comma or an opening bracket.
func partyTagEnd(toks []token, i, e int) int {
	if i <= 0 || i >= e || !(toks[i-1].text == "," || toks[i-1].text == "(") || !partyTagStart(toks[i].text) {
		return i
	}
	j := i + 1
	for j < e && toks[j].start == toks[j-1].end && (toks[j].text == "." || toks[j].kind == kWord && len(toks[j].text) <= 4 && toks[j].cap) {
		j++ // "D-W." "Va" ".": the state's abbreviation in pieces
	}
	return j
}

// partyTagStart reports "R-Calif", "D-N.Y.", "I-Vt": a party's initial,
// a hyphen, then a state's capitalised abbreviation.
func partyTagStart(s string) bool {
	r := []rune(s)
	if len(r) < 3 || r[1] != '-' || !unicode.IsUpper(r[2]) {
		return false
	}
	switch r[0] {
	case 'D', 'R', 'I':
	default:
		return false
	}
	letters := 0
	for _, c := range r[2:] {
		switch {
		case unicode.IsLetter(c):
			letters++
		case c != '.':
			return false
		}
	}
	return letters <= 5
}

// markPartyTags marks the tokens of every party tag in toks as no name
// words.
func markPartyTags(toks []token) {
	for i := range toks {
		if e := partyTagEnd(toks, i, len(toks)); e > i {
			for k := i; k < e; k++ {
				toks[k].nw = -1
			}
		}
	}
}
