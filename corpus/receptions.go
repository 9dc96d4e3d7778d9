package corpus

// Who meets whom when the sentence turns around: the passive ("were
// received at the guesthouse by X"), subjects cut off by a relative clause
// or an aside, object pronouns that are not the subject, and titles with
// "to" or "for" before a name.

import (
	"slices"
	"strings"
)

// passiveVerbs meet their agent in the passive: "were received at a
// guesthouse by X", "was greeted on the steps by Y".
var passiveVerbs = set(`received welcomed greeted hosted briefed met`)

// passiveBy returns where the agent starts in "were received at the
// palace on Monday by X and Y" (v is the verb after a form of "to be"),
// or -1. The place and time between verb and "by" are skipped, up to a
// dozen words, but no clause break.
func passiveBy(toks []token, cs, v, e int) int {
	if !passiveVerbs[toks[v].low] || v-1 < cs {
		return -1
	}
	b := v - 1
	for b > cs && !beVerbs[toks[b].low] && (verbAdverbs[toks[b].low] || isLyAdverb(toks[b])) {
		b--
	}
	if !beVerbs[toks[b].low] {
		return -1
	}
	for j := v + 1; j < e && j <= v+12; j++ {
		if toks[j].low == "by" {
			if j+1 < e && (toks[j+1].low == "phone" || toks[j+1].low == "video" || toks[j+1].low == "telephone") {
				return -1
			}
			return j + 1
		}
		if toks[j].kind == kQuote || isClauseBreak(toks, j) || toks[j].kind == kWord && clauseBreak[toks[j].low] {
			return -1
		}
	}
	return -1
}

// beforeRelative returns the people a relative clause ending at the comma
// c hangs on: "President Aoun, who appointed Karam last week after weeks
// of pressure, received him" — the verb after the clause is theirs.
func (d *doc) beforeRelative(pi, ss, c int) []*personEntry {
	toks := d.paras[pi].toks
	for o := c - 1; o > ss && o > c-30; o-- {
		if toks[o].text == "," || toks[o].kind == kQuote {
			if toks[o].text == "," && o+1 < c && (toks[o+1].low == "who" || toks[o+1].low == "whose" || toks[o+1].low == "whom") {
				for start := max(ss, o-20); start < o; start++ {
					if out, end := d.parseList(pi, start, o); end == o && len(out) > 0 {
						return out
					}
				}
			}
			return nil
		}
	}
	return nil
}

// otherPerson returns the person an object pronoun at token k means when
// the nearest one is the verb's own subject: the latest other person named
// before it, in this paragraph or the one before.
func (d *doc) otherPerson(pi, k int, not []*personEntry) *personEntry {
	for qi := pi; qi >= 0 && qi >= pi-1; qi-- {
		ms := d.paras[qi].ments
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.kind != mPerson || m.poss || qi == pi && m.start >= k || slices.Contains(not, m.p) || attributiveName(d.paras[qi].toks, m.end) {
				continue
			}
			return m.p
		}
	}
	return nil
}

// roleToPlace reports "ambassador to Washington Simon Karam": a role noun
// at j-1, "to" at j, one place word, then a name starting at j+2.
func (d *doc) roleToPlace(pi, i, j, e int) bool {
	toks := d.paras[pi].toks
	if j <= i || j+2 >= e || !rolesHead[toks[j-1].low] || !toks[j+1].cap || toks[j+1].kind != kWord ||
		titleWords[toks[j+1].low] {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start >= j+2 && m.start <= j+4 && !m.poss && capWordsBetween(toks, j+1, m.start) {
			return true // ("Ambassador to South Korea Koichi Mizushima")
		}
	}
	return false
}

// capWordsBetween reports tokens [a, b) all capitalised words, none a
// title ("adviser to U.S. President Donald Trump" is no post abroad).
func capWordsBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !toks[k].cap || toks[k].kind != kWord || titleWords[toks[k].low] {
			return false
		}
	}
	return true
}

// officeFor reports "Assistant Secretary of State for African Affairs
// Molly Phee": "for" inside a capitalised title, its capitalised remit
// running straight into a name.
func (d *doc) officeFor(pi, i, j, e int) bool {
	toks := d.paras[pi].toks
	if j <= i || j+2 >= e || !toks[j-1].cap || toks[j-1].kind != kWord || !toks[j+1].cap {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start > j+1 && m.start <= j+5 {
			for k := j + 1; k < m.start; k++ {
				if !toks[k].cap || toks[k].kind != kWord {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pluralNounRun reports "the least developed countries" in [a, b): a
// determiner, lower-case words and a plural noun last, no verb — a group
// an elliptical "by" names the representative of ("and the least
// developed countries by Malawi's Evans Njewa").
func pluralNounRun(toks []token, a, b int) bool {
	if b-a < 2 || b-a > 6 || !isDeterminer(toks[a].low) {
		return false
	}
	for j := a + 1; j < b; j++ {
		t := toks[j]
		if t.kind != kWord || beVerbs[t.low] || verbAdverbs[t.low] || clauseBreak[t.low] || prepositions[t.low] {
			return false
		}
	}
	last := toks[b-1].low
	return len(last) > 3 && last[len(last)-1] == 's' && !strings.HasSuffix(last, "ss")
}

// pluralNounAhead reports a plural noun run from a determiner before j up
// to a "by" within a few words (so that its inner words do not end the
// elliptical list early).
func pluralNounAhead(toks []token, j, e int) bool {
	a := j
	for a > 0 && j-a < 5 && !isDeterminer(toks[a].low) {
		a--
	}
	for b := j + 1; b < e && b <= j+5; b++ {
		if toks[b].low == "by" {
			return pluralNounRun(toks, a, b)
		}
	}
	return false
}

// listBreak reports "and", "or" or a clause break in tokens [a, b): "sent
// a vice-minister, and India's Sitharaman ..." names no envoy after "sent".
func listBreak(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if toks[j].low == "and" || toks[j].low == "or" || toks[j].text == ";" || toks[j].text == "." || isClauseBreak(toks, j) {
			return true
		}
	}
	return false
}

// timePrefixed reports a title written with a time prefix, "then-President",
// "then-Turkish", "ex-minister": part of a description before a name.
func timePrefixed(t token) bool {
	return t.kind == kWord && (strings.HasPrefix(t.low, "then-") || strings.HasPrefix(t.low, "ex-")) && len(t.low) > 4
}

// coordinatedRelative returns the antecedent of a relative clause that a
// coordinated verb continues: "Othman, the envoy, who travelled to
// Naypyidaw last month and met Min Aung Hlaing" (j is the "and").
func (d *doc) coordinatedRelative(pi, ss, j int) *personEntry {
	toks := d.paras[pi].toks
	for o := j - 1; o > ss && o > j-15; o-- {
		if toks[o].low == "who" {
			return d.relativeAntecedent(pi, ss, o+1)
		}
		if toks[o].kind != kWord {
			return nil
		}
	}
	return nil
}

// afterIntro returns where a sentence's subject starts: after an opening
// phrase set off by a comma ("On a humid morning last Thursday, Costa and
// von der Leyen walked ..."), else at ss.
func afterIntro(toks []token, ss, j int) int {
	if !prepositions[toks[ss].low] && !introWords[toks[ss].low] {
		return ss
	}
	for k := ss + 1; k < j && k < ss+12; k++ {
		if toks[k].text == "," {
			return k + 1
		}
	}
	return ss
}

// briefedByPerson reports "(Zelenskiy) had been briefed by Umerov and
// Kyslytsya": a person briefed in person by people named after "by" (not
// "the meeting was briefed by", nor "briefed by phone").
func (d *doc) briefedByPerson(pi, s, k, e int) bool {
	toks := d.paras[pi].toks
	b := passiveBy(toks, s, k, e)
	if b < 0 || !d.personSoonAfter(pi, b, e) {
		return false
	}
	for j := k + 1; j < e; j++ {
		if toks[j].low == "phone" || toks[j].low == "telephone" || toks[j].low == "video" || toks[j].low == "letter" {
			return false
		}
	}
	return len(d.subjectList(pi, k, s, s)) > 0
}

// auxBefore returns the token before the auxiliaries and adverbs that
// precede token k ("was", "had", "also" in ", was not invited").
func auxBefore(toks []token, s, k int) int {
	j := k - 1
	for j > s && toks[j].kind == kWord && !toks[j].cap && (verbAdverbs[toks[j].low] || isLyAdverb(toks[j])) {
		j--
	}
	return j
}

// asideWords open an aside set off by commas between a subject and its
// verb: ", unlike at the last four summits,", ", as in May,", ", then
// still a Senate candidate,", ", now the foreign minister,".
var asideWords = set(`unlike like as despite after before for according once again then now formerly later still just back fresh returning`)

// asideSubject returns the person named just before an aside that ends at
// the comma c: "Zelenskyy, unlike at the last four summits, was not
// invited".
func (d *doc) asideSubject(pi, ss, c int) *personEntry {
	toks := d.paras[pi].toks
	for o := c - 1; o > ss && o > c-15; o-- {
		if toks[o].text == "," {
			if o+1 < c && asideWords[toks[o+1].low] {
				for _, m := range d.paras[pi].ments {
					if m.kind == mPerson && !m.poss && (m.end == o || m.rend == o) {
						return m.p
					}
				}
			}
			return nil
		}
		if toks[o].kind == kQuote {
			return nil
		}
	}
	return nil
}

// descriptionRun reports tokens [a, b) that can only describe the name
// after them: role words, capitalised words and "to" ("former ambassador
// to Washington").
func descriptionRun(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		t := toks[j]
		if t.kind != kWord || !(t.cap || rolesHead[t.low] || roleMods[t.low] || t.low == "to" || t.low == "of") {
			return false
		}
	}
	return b > a
}

// attributiveName reports a name used to qualify the noun at e ("the
// Trump administration's commitment"): no one there in person.
func attributiveName(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	switch toks[e].low {
	case "administration", "administration's", "government", "era", "camp", "presidency", "family", "doctrine", "plan", "team":
		return true
	}
	return false
}
