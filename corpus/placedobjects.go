package corpus

import "slices"

// A round of calls, each host in his own house. "Rashad was in Beirut on
// Tuesday, meeting President Aoun at Baabda, Prime Minister Salam at the
// Grand Serail and Speaker Berri at Ain al-Tineh" tells three meetings of
// the visitor, one with each person, each at the place named after him:
// not one meeting of everyone at the last place.

// splitPlacedObjects splits each meeting verb of out whose objects each
// come with a place of their own ("met A in Paris and B in Berlin") into
// one meeting per object: the subject with that person, at that place.
func (d *doc) splitPlacedObjects(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		k := tr.ti
		if !tr.verb || tr.future || tr.remote || tr.call || !placedObjectVerbs[toks[k].low] || k+1 >= tr.ce {
			res = append(res, tr)
			continue
		}
		objs, places := d.placedObjects(pi, k+1, len(toks))
		if len(objs) < 2 {
			res = append(res, tr)
			continue
		}
		var subj []*personEntry
		for _, p := range tr.people {
			if !slices.Contains(objs, p) {
				subj = append(subj, p)
			}
		}
		if len(subj) == 0 {
			res = append(res, tr)
			continue
		}
		for i, one := range eachApart(tr, subj, objs) {
			one.place = places[i]
			res = append(res, one)
		}
	}
	return res
}

// placedObjectVerbs meet the people named after them.
var placedObjectVerbs = set(`met meet meets meeting received receives receiving visited visits visiting saw see seeing`)

// placedObjects reads the list from k of "A at P1, B at P2 and C at P3":
// each person with the place after him (in or at it), the places all
// different. It returns nothing when an item has no place of its own.
func (d *doc) placedObjects(pi, k, e int) ([]*personEntry, []string) {
	toks := d.paras[pi].toks
	var objs []*personEntry
	var places []string
	j := k
	for j < e && len(objs) < 6 {
		m, ok := d.personFrom(pi, j)
		if !ok || slices.Contains(objs, m.p) {
			break
		}
		j = max(m.end, m.rend)
		if j+1 >= e || toks[j].low != "at" && toks[j].low != "in" {
			return nil, nil
		}
		a := j + 1
		if toks[a].low == "the" {
			a++
		}
		b := a
		for b < e && b < a+5 && toks[b].kind == kWord && (toks[b].cap || b > a && placeOnlyParticles[toks[b].low] || b > a && hyphenedCap(toks[b].text)) {
			b++
		}
		if b == a || d.placeName(pi, a, b) == "" && !hyphenedCap(toks[b-1].text) {
			return nil, nil
		}
		pl := joinTokens(toks, a, b)
		if slices.Contains(places, pl) {
			return nil, nil
		}
		objs, places = append(objs, m.p), append(places, pl)
		j = b
		if j < e && toks[j].text == "," {
			j++
		}
		if j < e && toks[j].low == "and" {
			j++
		}
		if j == b {
			break
		}
	}
	return objs, places
}

// hyphenedCap reports a particle joined to a capitalised word, "al-Tineh",
// "el-Sheikh": part of an Arabic place name.
func hyphenedCap(s string) bool {
	for i := 1; i+1 < len(s) && i <= 3; i++ {
		if s[i] == '-' {
			c := s[i+1]
			return s[0] >= 'a' && s[0] <= 'z' && c >= 'A' && c <= 'Z'
		}
	}
	return false
}
