package corpus

// Participants named only by a title or office that refers to someone the
// article names elsewhere: "received the envoy" (the person last named as
// an envoy), and a readout's "The Prime Minister welcomed ..." whose
// principal the article names only further down.

import (
	"slices"
	"strings"
)

// roleNounPerson resolves a bare "the <role noun>" among the people of a
// meeting ("the president received the envoy", "met the minister") to the
// person the article last named with that role noun in this paragraph or
// the two before. It gives nil when two different people carry that noun
// there (ambiguous), when the noun is a generic one ("the official"), and
// when the person is already named earlier in the same sentence (the
// meeting's other side: "Nowak, the minister, met the minister" is not a
// meeting with himself).
func (d *doc) roleNounPerson(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	if e-s != 2 || toks[s].low != "the" {
		return nil
	}
	head := toks[s+1].low
	if !rolesHead[head] || vagueRoleNouns[head] || titleOf(head) != "" {
		return nil
	}
	var found *personEntry
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = s
		}
		for _, m := range q.ments {
			if m.kind != mPerson || m.p == nil || m.start >= end {
				continue
			}
			has := false
			for x := m.rstart; x < m.start; x++ {
				if q.toks[x].low == head {
					has = true
				}
			}
			for x := m.end + 1; x < m.rend && x < end; x++ {
				if q.toks[x].low == head {
					has = true
				}
			}
			if !has {
				continue
			}
			if found != nil && found != m.p {
				return nil // two envoys named: which one is not told
			}
			found = m.p
		}
	}
	if found == nil {
		return nil
	}
	ss, _ := d.paras[pi].sentenceOf(s)
	for _, m := range d.paras[pi].ments {
		if m.p == found && m.start >= ss && m.start < s {
			return nil
		}
	}
	return found
}

// vagueRoleNouns are role nouns too common for "the NOUN" to mean one
// person named before ("the official", "the general").
var vagueRoleNouns = set(`official officer general lawmaker head chief aide adviser advisor representative director`)

// titleNamedLater resolves a readout's capitalised "The Prime Minister",
// "The Secretary" that opens before its holder is named (latestWithTitle
// found no one before) to the person the article names later with that
// title: the only one, or, when it names several ("Prime Minister Donald
// Tusk" in a recollection, the principal further down), the holder of the
// office of the country whose seat the sentence names ("welcomed ... to
// Downing Street"), when the article names that holder. Nobody when the
// person is in the same sentence (the other side of the meeting).
func (d *doc) titleNamedLater(pi, s, e int, title string) *personEntry {
	toks := d.paras[pi].toks
	if toks[s].low != "the" || e-s > 3 || !toks[e-1].cap {
		return nil
	}
	ss, se := d.paras[pi].sentenceOf(s)
	var cands []*personEntry
	for qi := pi; qi < len(d.paras); qi++ {
		for _, m := range d.paras[qi].ments {
			if m.kind != mPerson || m.p == nil || qi == pi && m.start < se || m.rstart >= m.start {
				continue
			}
			r := strings.ToLower(roleText(d.paras[qi].toks, m.rstart, m.start))
			if !strings.Contains(r, title) || strings.Contains(r, "vice") || strings.Contains(r, "deputy") || strings.Contains(r, "former") {
				continue
			}
			if !slices.Contains(cands, m.p) {
				cands = append(cands, m.p)
			}
		}
	}
	var pick *personEntry
	switch {
	case len(cands) == 1:
		pick = cands[0]
	case len(cands) > 1:
		for k := ss; k < se && pick == nil; k++ {
			if !toks[k].cap || k == s+1 {
				continue
			}
			for n := 3; n >= 1 && pick == nil; n-- {
				if k+n > se {
					continue
				}
				sp, ok := d.gaz.Speaker(joinTokens(toks, k, k+n))
				if !ok || sp.Of == "" {
					continue
				}
				if h := d.holder(sp.Of, title); h != nil && slices.Contains(cands, h) {
					pick = h
				}
			}
		}
	}
	if pick == nil {
		return nil
	}
	for _, n := range d.paras[pi].ments {
		if n.p == pick && n.start < se {
			return nil
		}
	}
	return pick
}
