package corpus

import "strings"

// Visits to a government's seat: "Carney's second visit to the White
// House" is a meeting of the visitor with the leader who governs there.

// seatOf returns the country whose government sits at the named place
// ("White House", "the Kremlin"), or "".
func (g *Gazetteer) seatOf(name string) string {
	return g.seats[nameKey(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))]
}

// visitToSeat returns the country of the seat named right after the
// "visit" at token k ("visit to the White House", "visits to the
// Kremlin"), or "".
func (d *doc) visitToSeat(toks []token, k, e int) string {
	j := k + 1
	if j >= e || toks[j].low != "to" {
		return ""
	}
	j++
	if j < e && toks[j].low == "the" {
		j++
	}
	b := j
	for b < e && b < j+3 && toks[b].cap && toks[b].kind == kWord {
		b++
	}
	for n := b; n > j; n-- {
		if c := d.gaz.seatOf(joinTokens(toks, j, n)); c != "" {
			return c
		}
	}
	return ""
}

// visitor returns the owner of "Carney's second visit", "Mr. Carney's
// first visit": a person in the possessive a few words before the noun k.
func (d *doc) visitor(pi, cs, k int) *personEntry {
	toks := d.paras[pi].toks
	for j := k - 1; j >= cs && j >= k-4; j-- {
		if toks[j].low != "'s" && toks[j].low != "'" {
			continue
		}
		if m, ok := d.mentionAt(pi, j-1); ok && m.kind == mPerson {
			return m.p
		}
		return nil
	}
	return nil
}

// seatPlace returns the seat named after the "visit" at token k, as the
// meeting's place ("White House"), or "".
func (d *doc) seatPlace(toks []token, k, e int) string {
	if d.visitToSeat(toks, k, e) == "" {
		return ""
	}
	j := k + 2
	if toks[j].low == "the" {
		j++
	}
	b := j
	for b < e && b < j+3 && toks[b].cap && toks[b].kind == kWord {
		b++
	}
	return joinTokens(toks, j, b)
}
