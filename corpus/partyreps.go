package corpus

import "strings"

// Meetings told by their parties. News often tells a round of talks by
// the countries or delegations that held it ("Iran and the three European
// powers ended a day of talks in Geneva", "Russian and Ukrainian
// delegations held talks in Istanbul") and names the people only later,
// as they speak of it: "Iranian Foreign Minister Abbas Araghchi told
// reporters after the meeting ...", "“...,” Egypt's foreign minister said
// of the talks". The party-to-person step files such a speaker at the
// meeting when three things hold:
//
//   - the sentence refers back to the meeting (a meeting noun filed under
//     it, "the talks", "the session", or "afterwards" while it is the
//     meeting under way);
//   - the speaker's role or office ties them to one of the meeting's
//     parties, the countries its own sentence named;
//   - the sentence does not place the speaker elsewhere, on a phone or a
//     video link, or say they stayed away.
//
// A person of another country quoted on the talks ("Russia's foreign
// ministry said the talks ...") is no party's representative and stays
// out.

// noteParties records the countries the clause of each meeting mention of
// a sentence names as its parties (its subject and "with" partners, not a
// place it is "in").
func (d *doc) noteParties(pi int, trs []trigger) {
	toks := d.paras[pi].toks
	for i := range trs {
		tr := &trs[i]
		if tr.c == nil || tr.future || tr.remote || tr.anaphoric {
			continue
		}
		for k := tr.cs; k < tr.ce; k++ {
			t := toks[k]
			if t.kind != kWord || !t.cap || k > tr.cs && placePreps[toks[k-1].low] {
				continue
			}
			if c, ok := d.gaz.Country(t.text); ok {
				if d.parties == nil {
					d.parties = map[*cluster]map[*Country]bool{}
				}
				if d.parties[tr.c] == nil {
					d.parties[tr.c] = map[*Country]bool{}
				}
				d.parties[tr.c][c] = true
			}
		}
	}
}

// placePreps put a country after them as a place, not a party.
var placePreps = set(`in at to from near outside inside into across via`)

// partyReps files at the meeting a sentence refers back to the speakers
// of its parties (see the file comment).
func (d *doc) partyReps(pi, s, e int, trs []trigger) {
	toks := d.paras[pi].toks
	var c *cluster
	for i := range trs {
		if trs[i].c != nil && trs[i].anaphoric && !trs[i].future && !trs[i].remote && trs[i].place == "" {
			c = trs[i].c
			break
		}
	}
	if c == nil && d.current != nil && d.current.last >= pi-1 {
		for k := s; k < e; k++ {
			if toks[k].low == "afterwards" || toks[k].low == "afterward" {
				c = d.current // "said afterwards": the meeting just told
			}
		}
	}
	if c == nil || c.future || d.placedElsewhere(pi, s, e, c) {
		return
	}
	d.speakerAfterMeeting(pi, s, e, trs, c)
	if len(d.parties[c]) == 0 {
		return
	}
	for k := s; k < e; k++ {
		if toks[k].low == "phone" || toks[k].low == "video" || toks[k].low == "telephone" || toks[k].low == "statement" {
			return // a call of its own, or words from elsewhere
		}
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.start < s || m.end > e || m.poss || !speaksAt(toks, m, s, e) || c.hasAttendee(m.p) || absentFrom(c, m.p) {
			continue
		}
		if strings.Contains(strings.ToLower(m.role), "spokes") {
			continue // a spokesman speaks for a party, from its capital as often as not
		}
		if p := d.ofParty(pi, m, d.parties[c]); p != nil && !d.represented(c, p) {
			c.addAttendees(m.p) // the first of its people a party's empty seat takes
			c.addParagraph(pi)
		}
	}
}

// speaksAt reports a person who is the speaker of the sentence: a speech
// verb right after the name (or its appositive), or right before it
// ("said Araghchi").
func speaksAt(toks []token, m mention, s, e int) bool {
	after := max(m.end, m.rend)
	for j := after; j < e && j <= after+2; j++ {
		if isSpeech(toks[j]) {
			return true
		}
		if toks[j].kind != kWord || !verbAdverbs[toks[j].low] && toks[j].low != "also" && toks[j].low != "later" {
			break
		}
	}
	b := m.rstart - 1
	return b >= s && isSpeech(toks[b])
}

// ofParty returns the party a person's role or office belongs to:
// "Iranian Foreign Minister", "Egypt's foreign minister", an office the
// gazetteer knows; nil when none.
func (d *doc) ofParty(pi int, m mention, parties map[*Country]bool) *Country {
	toks := d.paras[pi].toks
	for j := m.rstart; j < max(m.rend, m.end); j++ {
		if j >= m.start && j < m.end || toks[j].kind != kWord {
			continue
		}
		if c, ok := d.gaz.Country(toks[j].text); ok && parties[c] {
			return c
		}
	}
	return d.officeParty(m.p, parties)
}

// officeParty returns the party of parties whose office the person held
// on the article's day, or whose country the role the article gives them
// names.
func (d *doc) officeParty(e *personEntry, parties map[*Country]bool) *Country {
	if f := e.fig; f != nil {
		if o, ok := f.OfficeOn(d.day); ok && o.Of != "" {
			if c, ok := d.gaz.Country(o.Of); ok && parties[c] {
				return c
			}
		}
	}
	for _, w := range strings.Fields(d.entryWho(e).role) {
		if c, ok := d.gaz.Country(strings.TrimSuffix(strings.Trim(w, ",."), "'s")); ok && parties[c] {
			return c
		}
	}
	return nil
}

// represented reports a party that has one of its people at the meeting
// already: the step fills only a seat the text left empty.
func (d *doc) represented(c *cluster, p *Country) bool {
	one := map[*Country]bool{p: true}
	for _, e := range c.att {
		if d.officeParty(e, one) != nil {
			return true
		}
	}
	return false
}

// absentFrom reports a person the meeting has as absent.
func absentFrom(c *cluster, e *personEntry) bool {
	for _, a := range c.absent {
		if a.e == e {
			return true
		}
	}
	return false
}

// speakerAfterMeeting files at meeting c the speaker of a sentence that
// tells words said right after it: "“...,” Donohoe told reporters after
// the meeting", "Rama told a joint press conference after the talks". The
// one who speaks of the meeting as it ends came out of it (not a
// spokesman, who speaks for someone, nor anyone on a phone or a video
// link).
func (d *doc) speakerAfterMeeting(pi, s, e int, trs []trigger, c *cluster) {
	toks := d.paras[pi].toks
	after := false
	for i := range trs {
		tr := &trs[i]
		if tr.c == c && tr.anaphoric && !tr.verb && tr.ti >= s+2 && toks[tr.ti-1].low == "the" && toks[tr.ti-2].low == "after" {
			after = true
		}
	}
	if !after || c.call || !toldThePress(toks, s, e) || c != d.current {
		return
	}
	for k := s; k < e; k++ {
		if toks[k].low == "phone" || toks[k].low == "video" || toks[k].low == "telephone" || toks[k].low == "statement" {
			return
		}
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.start < s || m.end > e || m.poss || !speaksAt(toks, m, s, e) || c.hasAttendee(m.p) || absentFrom(c, m.p) {
			continue
		}
		if strings.Contains(strings.ToLower(m.role), "spokes") || strings.Contains(strings.ToLower(d.entryWho(m.p).role), "spokes") {
			continue
		}
		c.addAttendees(m.p)
		c.addParagraph(pi)
		return
	}
}

// toldThePress reports "told reporters", "told journalists", "told a
// (joint) news conference" in [s, e).
func toldThePress(toks []token, s, e int) bool {
	for k := s; k+1 < e; k++ {
		if toks[k].low != "told" {
			continue
		}
		for j := k + 1; j < e && j <= k+4; j++ {
			switch toks[j].low {
			case "reporters", "journalists", "conference", "briefing":
				return true
			}
		}
	}
	return false
}
