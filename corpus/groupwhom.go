package corpus

// groupCounts are the words before "of whom" that count the people named
// just before ("both of whom", "all three of whom"); 0 is all of them.
var groupCounts = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "all": 0, "each": 0}

// groupAntecedent returns the people a ", both of whom" / ", all three of
// whom" clause ending at cue k is about: the last two (three, all) people
// named before its comma in the sentence ("convened under the auspices of
// the prime minister, Ralph Gonsalves, and the chairman of the bloc,
// Roosevelt Skerrit, both of whom participated as interlocutors"). nil
// when the clause does not open that way.
func (d *doc) groupAntecedent(pi, s, k int) []*personEntry {
	toks := d.paras[pi].toks
	j := k - 1
	for j > s && (verbAdverbs[toks[j].low] || isLyAdverb(toks[j]) || toks[j].low == "had" || toks[j].low == "have") {
		j--
	}
	if j-2 <= s || toks[j].low != "whom" || toks[j-1].low != "of" {
		return nil
	}
	n, ok := groupCounts[toks[j-2].low]
	j -= 2
	if !ok {
		return nil
	}
	if n > 0 && j-1 > s && toks[j-1].low == "all" {
		j-- // "all three of whom"
	}
	if j-1 <= s || toks[j-1].text != "," {
		return nil
	}
	comma := j - 1
	var out []*personEntry
	seen := map[*personEntry]bool{}
	ms := d.paras[pi].ments
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.kind != mPerson || m.poss || m.start < s || m.end > comma || seen[m.p] {
			continue
		}
		if n > 0 && len(out) == n {
			break
		}
		seen[m.p] = true
		out = append(out, m.p)
	}
	if n > 0 && len(out) < n || len(out) == 0 {
		return nil // fewer people named than the clause counts: not a list of them
	}
	return out
}
