package corpus

import (
	"strings"
	"time"
)

// Praise and blame for a meeting: "Ruiz praised Varga and Haddad for
// meeting in Geneva", "Nowak thanked Haddad for hosting the talks",
// "thanked the Omani hosts". The ones praised took part; the one praising
// speaks of it, maybe from elsewhere.

// praiseVerbs credit or blame someone for what they did.
var praiseVerbs = set(`praised praises praising thanked thanks thanking commended commends commending congratulated
	congratulates congratulating applauded applauds lauded lauds hailed hails credited credits criticised criticized
	criticises criticizes blamed blames faulted rebuked chided condemned slammed scolded honoured honored saluted`)

// takingPartGerunds are the gerunds after "for" that tell the one praised
// took part: "for hosting the talks", "for holding talks", "for chairing
// the session".
var takingPartGerunds = set(`meeting hosting holding attending joining convening chairing organising organizing
	brokering mediating facilitating sitting talking negotiating co-hosting co-chairing staging`)

// praisedFor returns the people a praise verb credits for the meeting
// mention at k: "praised Varga and Haddad for meeting" (k the gerund),
// "thanked Haddad for hosting the talks", "for their meeting" (k the
// noun). It returns nil when no "for" after a praise verb and its object
// governs the mention. A country praised for hosting stands for its
// people the article names ("thanked Oman for hosting").
func (d *doc) praisedFor(pi, cs, k int) []*personEntry {
	who, _ := d.praiseOf(pi, cs, k)
	return who
}

// praiseOf is praisedFor, with the praise verb's token (-1 when none).
func (d *doc) praiseOf(pi, cs, k int) ([]*personEntry, int) {
	toks := d.paras[pi].toks
	f := k - 1
	for f > cs && f >= k-4 && toks[f].low != "for" && toks[f].low != "on" {
		w := toks[f].low
		if !isDeterminer(w) && w != "their" && w != "his" && w != "her" && w != "its" && !takingPartGerunds[w] && !meetingQualifiers[w] && !meetingAdjectives[w] {
			return nil, -1
		}
		f--
	}
	if f <= cs || toks[f].low != "for" && !(toks[f].low == "on" && f+1 < len(toks) && (takingPartGerunds[toks[f+1].low] || k == f+1 || toks[f+1].low == "their")) {
		return nil, -1 // ("congratulated them on meeting", "on their talks"; not "on Monday")
	}
	for v := f - 1; v >= cs && v >= f-16; v-- {
		if toks[v].kind != kWord && toks[v].text != "," {
			return nil, -1
		}
		if !praiseVerbs[toks[v].low] || toks[v].cap {
			continue
		}
		if list, end := d.parseList(pi, v+1, f); len(list) > 0 && (end >= f || timePhrase(toks, end, f)) {
			return list, v
		}
		if c, n := d.entityAt(toks, v+1, f); n > 0 && v+1+n == f && hostingAt(toks, f+1, k+1) {
			return d.peopleOfCountry(c), v
		}
		return nil, -1
	}
	return nil, -1
}

// praisedPeople returns the people praised for the meeting mention tr
// (see praisedFor); a place or date told before the praise verb is the
// praise's, so tr's are read again from the words after it ("In Paris,
// Lind commended Mensah and Tesfaye for meeting").
func (d *doc) praisedPeople(pi int, tr *trigger) []*personEntry {
	who, v := d.praiseOf(pi, tr.cs, tr.ti)
	if len(who) == 0 {
		return nil
	}
	after := *tr
	after.cs = v + 1
	if tr.place != "" {
		tr.place = d.placeIn(pi, after)
	}
	if tr.hasDate && tr.date.pos <= v {
		tr.date, tr.hasDate = d.triggerDate(d.paras[pi].toks, after)
	}
	return who
}

// hostingAt reports "hosting" or "hosts" in tokens [a, b).
func hostingAt(toks []token, a, b int) bool {
	for j := a; j < b && j < len(toks); j++ {
		if toks[j].low == "hosting" || toks[j].low == "co-hosting" {
			return true
		}
	}
	return false
}

// thankedHosts returns the hosts thanked at token k (a praise verb): "thanked
// the Omani hosts", "praised their Qatari hosts, Sheikh Mohammed and Al
// Khulaifi", "thanked the host country", "thanked the Qatari mediators". A host named after a comma is the
// one meant; else the people of the host country the article names.
func (d *doc) thankedHosts(pi, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if !praiseVerbs[toks[k].low] || toks[k].cap {
		return nil
	}
	j := k + 1
	if j < e && (isDeterminer(toks[j].low) || toks[j].low == "their" || toks[j].low == "his" || toks[j].low == "her" || toks[j].low == "our") {
		j++
	}
	country, n := d.entityAt(toks, j, e)
	j += n
	if j >= e || !hostNouns[toks[j].low] {
		return nil
	}
	j++
	if j < e && (toks[j].low == "country" || toks[j].low == "government" || toks[j].low == "nation") {
		j++
	}
	if j+1 < e && toks[j].text == "," {
		if list, _ := d.parseList(pi, j+1, e); len(list) > 0 {
			return list
		}
	}
	if country == "" {
		return nil
	}
	return d.peopleOfCountry(country)
}

// hostNouns name the ones who hosted or brokered a meeting: "the Omani
// hosts", "the Qatari mediators".
var hostNouns = set(`host hosts mediator mediators facilitator facilitators`)

// peopleOfCountry returns the people the article names (up to now) as
// serving country: by the role it gives them ("Oman's foreign minister",
// "the Omani mediator") or an office the gazetteer knows on the article's
// date.
func (d *doc) peopleOfCountry(country string) []*personEntry {
	c, ok := d.gaz.Country(country)
	if !ok {
		return nil
	}
	names := append(append([]string{c.Name}, c.Aliases...), c.Adjectives...)
	var out []*personEntry
	for _, e := range d.reg.list {
		if !d.mentioned(e) {
			continue
		}
		role := d.entryWho(e).role
		hit := false
		for _, n := range names {
			if n != "" && containsWord(role, n) {
				hit = true
			}
		}
		if !hit && e.fig != nil {
			hit = holdsOfficeOf(e.fig, c.Name, d.day)
		}
		if hit {
			out = append(out, e)
		}
	}
	return out
}

// containsWord reports s holding w as whole words.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isLetter(s[j-1])
		after := j+len(w) == len(s) || !isLetter(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// holdsOfficeOf reports a figure holding an office of country on day (any
// office when day is unknown).
func holdsOfficeOf(f *Figure, country string, day time.Time) bool {
	on := day.Format(time.DateOnly)
	for _, o := range f.Offices {
		if o.Of != country {
			continue
		}
		if day.IsZero() || (o.From == "" || o.From <= on) && (o.To == "" || on <= o.To) {
			return true
		}
	}
	return false
}

// hostNoun reports "host" or "hosts" at k used as a noun: "the Omani
// hosts", "their hosts", "his host" (not "Qatar hosts the talks").
func hostNoun(toks []token, s, k int) bool {
	if toks[k].low != "host" && toks[k].low != "hosts" || k == s {
		return false
	}
	j := k - 1
	if toks[j].cap && j > s {
		j-- // the demonym of "the Omani hosts"
	}
	switch toks[j].low {
	case "the", "a", "an", "their", "his", "her", "its", "our", "my", "your":
		return true
	case "as":
		return true // "Luis Lacalle Pou, as host, and ...": a role
	}
	return false
}

// timePhrase reports tokens [a, b) as a short time phrase: "on Monday",
// "last week", "on Tuesday evening".
func timePhrase(toks []token, a, b int) bool {
	if b-a > 4 || a >= b {
		return false
	}
	for j := a; j < b; j++ {
		w := toks[j].low
		if !isDay(w) && !isMonth(w) && !nowWords[w] && !dayParts[w] && !startsDigit(w) && w != "on" && w != "last" && w != "this" && w != "week" && w != "earlier" {
			return false
		}
	}
	return true
}
