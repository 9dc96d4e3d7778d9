package corpus

import (
	"strings"
	"time"
)

// storyPlace gives the story's meeting — the first one told, with its
// people, that is not planned, a call or held apart — the one place the article gives the
// story when the meeting's own text names none: the dateline city
// ("MUSCAT, Oman — ... the talks"), or, with no dateline, the one place
// the headline puts the talks in ("Sudan's warring sides begin talks in
// Jeddah"). It gives none when the headline names another place than
// the dateline ("CAIRO — ... talks in Switzerland"), when the sentence
// that first tells the meeting puts something in or at another named
// place ("talks in Guaviare", datelined BOGOTA), or when the meeting is
// dated weeks before the story (a meeting recalled, not reported).
func (d *doc) storyPlace(cs []*cluster) {
	var main *cluster
	for _, c := range cs {
		if !c.future && c.shown() && (main == nil || c.first < main.first) {
			main = c
		}
	}
	if main == nil || main.place != "" || main.call || main.apart || main.kinds["call"] > 0 || main.first >= len(d.paras) {
		return
	}
	if main.hasDate && main.date.day != "" && !d.day.IsZero() {
		if t, err := time.Parse("2006-01-02", main.date.day); err == nil && d.day.Sub(t) > 14*24*time.Hour {
			return // recalled
		}
	}
	dl := d.datelinePlace()
	var heads []string
	if tt := tokenize(d.a.Title, nil); !titleCase(tt) {
		heads = inPlaces(d.a.Title, tt, 0, -1)
	}
	place := dl
	for _, h := range heads {
		if dl == "" {
			if place != "" && !strings.EqualFold(place, h) {
				return // the headline names two places
			}
			place = h
			continue
		}
		if !d.homeOf(h, dl) {
			return // "CAIRO — ... talks in Switzerland"
		}
	}
	if dl != "" && place == dl && !datelineCity(d.a.Place) {
		return
	}
	if place == "" || letters(place) < 2 {
		return
	}
	if _, ok := d.gaz.Country(place); ok {
		return // a country is no meeting place
	}
	for i, pi := range main.paras {
		if pi >= len(d.paras) || i >= 4 {
			break
		}
		p := &d.paras[pi]
		for _, sn := range p.sents {
			born := pi == main.first && sn[0] <= main.bornSent && main.bornSent < sn[1]
			if !born && !namesMeeting(p.toks[sn[0]:sn[1]]) {
				continue
			}
			for _, n := range inPlaces(p.text, p.toks, sn[0], sn[1]) {
				if !d.homeOf(n, place) {
					return // "a round of talks in the province of Guaviare"
				}
			}
		}
	}
	main.place = place
}

// shown reports whether the meeting will be told (see render): two people
// at it, or one and someone absent. A lead that names no one ("talks
// resumed in the capital") gives its place to the first meeting told.
func (c *cluster) shown() bool {
	absent := map[*personEntry]bool{}
	for _, a := range c.absent {
		absent[a.e] = true
	}
	n := 0
	for _, e := range c.att {
		if !absent[e] {
			n++
		}
	}
	return n >= 2 || n == 1 && len(c.absent) > 0
}

// homeOf reports whether name is the place home or what holds it: the same
// name, or the country whose capital home is, or the country the dateline
// names after the city ("MUSCAT, Oman").
func (d *doc) homeOf(name, home string) bool {
	if strings.EqualFold(name, home) {
		return true
	}
	c, ok := d.gaz.Country(name)
	if !ok {
		return false
	}
	if strings.EqualFold(c.Capital, home) {
		return true
	}
	parts := strings.SplitN(d.a.Place, ",", 2)
	if len(parts) == 2 {
		if dc, ok := d.gaz.Country(strings.TrimSpace(parts[1])); ok && dc.Name == c.Name {
			return true
		}
	}
	return false
}

// inPlaces returns the capitalised names that follow "in" or "at" in
// toks[s:e] (e < 0: to the end): "talks in Sharm el-Sheikh", "at Chequers".
// Days, months, people's names and organisations are no places.
func inPlaces(text string, toks []token, s, e int) []string {
	if e < 0 || e > len(toks) {
		e = len(toks)
	}
	var out []string
	for k := s; k+1 < e; k++ {
		if toks[k].low != "in" && toks[k].low != "at" {
			continue
		}
		a := k + 1
		if a < e && toks[a].low == "the" {
			// "in the southern province of Guaviare": the name after "of";
			// "at the White House", "in the capital": no city name
			for n := a + 1; n < e && n <= a+4 && toks[n].kind == kWord && !toks[n].cap; n++ {
				if toks[n].low == "of" {
					a = n + 1
					break
				}
			}
			if a >= e || toks[a-1].low != "of" {
				continue
			}
		}
		b := a
		for b < e && toks[b].kind == kWord && (toks[b].cap || b > a && placeParticle(toks[b].low) && b+1 < e && toks[b+1].cap) {
			if isDay(toks[b].low) || isMonth(toks[b].low) {
				break
			}
			b++
		}
		if b > a && toks[a].cap {
			out = append(out, text[toks[a].start:toks[b-1].end])
		}
	}
	return out
}

// namesMeeting reports a sentence that names a meeting by its noun ("the
// talks", "a round of negotiations").
func namesMeeting(toks []token) bool {
	for _, t := range toks {
		if _, ok := meetingNouns[t.low]; ok || t.low == "round" {
			return true
		}
	}
	return false
}

// datelineCity reports a dateline that reads as a place: no digits ("ROUND
// 14" heads a newsletter section) and, after the city, a country or
// nothing ("MUSCAT, Oman", "CAIRO").
func datelineCity(dl string) bool {
	if strings.ContainsAny(dl, "0123456789") {
		return false
	}
	parts := strings.SplitN(dl, ",", 2)
	if len(parts) < 2 {
		return true
	}
	g := DefaultGazetteer()
	_, ok := g.Country(strings.TrimSpace(parts[1]))
	return ok || g.IsCapital(strings.TrimSpace(parts[1])) // "Kremlin, Moscow"
}

// titleCase reports a headline written in title case ("Japan's Akazawa
// Sees 'Progress' in Tariff Talks"), where capitals tell no names.
func titleCase(toks []token) bool {
	n, c := 0, 0
	for _, t := range toks {
		if t.kind == kWord && len(t.low) > 3 {
			n++
			if t.cap {
				c++
			}
		}
	}
	return n >= 3 && c*4 > n*3
}

// placeParticle is a lower-case word inside a place name: "Sharm el
// Sheikh", "Dar es Salaam".
func placeParticle(w string) bool { return nameParticles[w] || placeOnlyParticles[w] || w == "of" }

// placeOnlyParticles join the parts of a place's name, never a person's
// ("Dar es Salaam", "Huis ten Bosch").
var placeOnlyParticles = set(`es ten`)
