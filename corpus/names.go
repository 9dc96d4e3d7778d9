package corpus

import (
	"maps"
	"slices"
	"strings"
	"time"
)

type mkind uint8

const (
	mPerson mkind = iota + 1
	mPronoun
)

// mention is one reference to a person in a paragraph's frame.
type mention struct {
	kind       mkind
	start, end int // tokens of the name (or pronoun)
	rstart     int // first token of a role given before the name
	rend       int // end of a role appositive after the name
	role       string
	p          *personEntry
	poss       bool // followed by 's
	female     bool // pronoun she/her
	male       bool // pronoun he/him/his
}

// para is one paragraph analysed.
type para struct {
	text  string
	spans []qspan
	toks  []token
	sents [][2]int
	ments []mention
	runs  []nameRun

	subj     []*personEntry // sentence subjects, filled on demand
	subjDone []bool
}

// doc is an article being analysed.
type doc struct {
	a     *Article
	gaz   *Gazetteer
	day   time.Time // publication time; zero when unknown
	paras []para
	reg   *registry

	acrs map[string]string // acronyms the article spells out, read on first use

	current  *cluster                       // the meeting the text is about, while meetings are read
	clusters []*cluster                     // the meetings found so far, while meetings are read
	parties  map[*cluster]map[*Country]bool // the countries that held a meeting (partyreps.go)

	// lastAbsence: the absence the sentence before told, for "Neither was
	// X" after "Y was not invited" (cues.go)
	lastAbsence struct {
		pi, end int
		note    string
		c       *cluster
	}
	// lastPresence: the meeting the sentence before put people at, for
	// "So was X" (cues.go)
	lastPresence struct {
		pi, end int
		c       *cluster
	}
}

func newDoc(a *Article, g *Gazetteer) *doc {
	day := a.Published
	if !a.Filed.IsZero() && a.Filed.Format(time.DateOnly) != day.Format(time.DateOnly) {
		day = a.Filed // "GENEVA, July 18 (AP) — ... here today", printed on the 19th
	}
	d := &doc{a: a, gaz: g, day: day, reg: newRegistry(g)}
	d.reg.day = a.Published
	d.paras = make([]para, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		spans := findQuoteSpans(p)
		toks := tokenize(p, spans)
		for k := range toks {
			if toks[k].kind == kWord && toks[k].cap {
				if isNameWord(toks[k], g) || regnal[toks[k].text] && k > 0 && toks[k-1].nw > 0 || thingSurnames[toks[k].low] && k > 0 && toks[k-1].kind == kWord || countryInKnownName(toks, k, g) {
					// ("King Charles III", "Pope Leo XIV": the numeral ends the name;
					// "Yassine Fall", "by Fall,": a surname mid-sentence)
					toks[k].nw = 1
				} else {
					toks[k].nw = -1
				}
			}
		}
		d.paras[i] = para{text: p, spans: spans, toks: toks, sents: sentences(toks, p, spans)}
	}
	d.findPeople()
	return d
}

// countryInKnownName reports a country's name at k that is part of a
// person's full name the gazetteer knows ("Luís Montenegro", "Israel
// Katz"): a name word there, not the country (which would read
// "Prime Minister Luís Montenegro" as Montenegro's prime minister).
func countryInKnownName(toks []token, k int, g *Gazetteer) bool {
	if _, ok := g.countries[wordKey(toks[k])]; !ok {
		return false
	}
	for _, r := range [][2]int{{k - 1, k + 1}, {k, k + 2}, {k - 2, k + 1}} {
		if r[0] < 0 || r[1] > len(toks) {
			continue
		}
		if _, ok := g.Lookup(joinTokens(toks, r[0], r[1])); ok {
			return true
		}
	}
	return false
}

// thingSurnames are common family names spelled like a word that marks a
// thing ("Fall", the Wolof surname, and the season): capitalised after
// another word, mid-sentence, they may be a name's.
var thingSurnames = set(`fall`)

// sentenceOf returns the sentence [start, end) containing token i.
func (p *para) sentenceOf(i int) (int, int) {
	for _, s := range p.sents {
		if i >= s[0] && i < s[1] {
			return s[0], s[1]
		}
	}
	return 0, len(p.toks)
}

// findPeople registers every full name first, so that surname-only
// mentions anywhere in the article resolve to it, then records the mentions
// of each paragraph with their roles.
func (d *doc) findPeople() {
	for pi := range d.paras {
		p := &d.paras[pi]
		markPartyTags(p.toks)    // "Kevin McCarthy, R-Calif.," (partytags.go)
		d.titleCaseNames(p.toks) // "* MARCO RUBIO - Secretary of State" (capsnames.go)
		p.runs = capRuns(p.toks, 0, len(p.toks))
		for _, r := range p.runs {
			if r.end-r.nameStart >= 2 && validFullName(p.toks, r.nameStart, r.end) && !isOutlet(p.toks, r.nameStart, r.end) && !realNameRun(p.toks, r.start) {
				if n := joinTokens(p.toks, r.nameStart, r.end); !d.gaz.IsCapital(n) && !d.isCountryName(n) && !d.bodyNotPerson(p.toks, r, n) {
					d.reg.addFull(n)
				}
			}
		}
	}
	d.markLastAlone()
	aliases := make([]map[int]*personEntry, len(d.paras))
	for pi := range d.paras {
		aliases[pi] = d.aliasNames(pi) // "alias “Andrey Avendaño”" (aliases.go)
	}
	pos := 0
	var personAcrs map[string]*personEntry // "Mohammed bin Salman (MBS)"
	for pi := range d.paras {
		p := &d.paras[pi]
		for _, i := range slices.Sorted(maps.Keys(aliases[pi])) {
			// (in the order of the text: the map's own order is random)
			pos++
			e := aliases[pi][i]
			e.lastPos = pos
			p.ments = append(p.ments, mention{kind: mPerson, start: i, end: i + 1, rstart: i, rend: i + 1, p: e})
		}
		for _, r := range p.runs {
			if placeHead(p.toks, r.end) {
				continue // "Dar es Salaam": "Dar" heads a place's name, not Ishaq Dar
			}
			if r.nameStart > r.start && r.end-r.nameStart == 1 && d.gaz.seatOf(joinTokens(p.toks, r.start, r.end)) != "" {
				continue // "the Grand Serail": a government's seat, not a Mr Serail with a title
			}
			if realNameRun(p.toks, r.start) && r.end-r.nameStart >= 2 {
				// "whose real name is Luciano Marín Arango": the person
				// told of, under the legal name printed once (aliases.go)
				if e := d.realNameOwner(pi, r.start); e != nil {
					if k := nameKey(joinTokens(p.toks, r.nameStart, r.end)); d.reg.byKey[k] == nil {
						d.reg.byKey[k] = e
					}
					pos++
					p.ments = append(p.ments, mention{kind: mPerson, start: r.nameStart, end: r.end, rstart: r.nameStart, rend: r.end, p: e})
				}
				continue
			}
			m, ok := d.personMention(p, r)
			if !ok {
				continue
			}
			pos++
			if !qualifyingMention(p.toks, m) {
				m.p.lastPos = pos
			}
			if m.role != "" && (m.p.role == "" || honorifics[strings.ToLower(m.p.role)]) {
				m.p.role = m.role
			}
			p.ments = append(p.ments, m)
		}
		sortMentions(p.ments)
		d.turnSpeakerMentions(p) // "PRESIDENT VOS: I just finished my meeting with ...": the turn's speaker
		d.officeMentions(pi)
		d.headOfStateMentions(pi)
		for _, m := range p.ments {
			// "Mohammed bin Salman (MBS)": the initials he goes by after
			if m.kind == mPerson && m.p != nil && m.end+2 < len(p.toks) && p.toks[m.end].text == "(" && p.toks[m.end+2].text == ")" &&
				isAcronym(p.toks[m.end+1].text) && initialsOf(p.toks, m.start, m.end) == p.toks[m.end+1].text {
				if personAcrs == nil {
					personAcrs = map[string]*personEntry{}
				}
				personAcrs[p.toks[m.end+1].text] = m.p
			}
		}
		for i, t := range p.toks {
			if t.text == "He" && d.surnameHe(p, i) {
				// "sat down with He": the Chinese surname mid-sentence
				e := d.reg.resolveSingle("He", false)
				p.ments = append(p.ments, mention{kind: mPerson, start: i, end: i + 1, rstart: i, rend: i + 1, p: e})
				continue
			}
			if t.text == "He" && insideMention(p.ments, i) {
				continue // "He Lifeng, speaking to reporters,": the name's first word
			}
			if e := personAcrs[t.text]; e != nil && !insideMention(p.ments, i) && !(i > 0 && p.toks[i-1].text == "(") {
				// "MBS said": the person the article spelled out before
				p.ments = append(p.ments, mention{kind: mPerson, start: i, end: i + 1, rstart: i, rend: i + 1, p: e})
				continue
			}
			if t.text == "VPOTUS" && !insideMention(p.ments, i) {
				// a pool report's "VPOTUS": the US vice president of the day
				if e := d.holder("United States", "vice president"); e != nil {
					p.ments = append(p.ments, mention{kind: mPerson, start: i, end: i + 1, rstart: i, rend: i + 1, p: e})
					continue
				}
			}
			if t.text == "POTUS" && !insideMention(p.ments, i) {
				// a pool report's "POTUS": the US president of the day
				if e := d.holder("United States", "president"); e != nil {
					p.ments = append(p.ments, mention{kind: mPerson, start: i, end: i + 1, rstart: i, rend: i + 1, p: e, male: true})
					continue
				}
			}
			switch t.low {
			case "he", "him", "his":
				p.ments = append(p.ments, mention{kind: mPronoun, start: i, end: i + 1, rstart: i, rend: i + 1, male: true})
			case "she", "her":
				p.ments = append(p.ments, mention{kind: mPronoun, start: i, end: i + 1, rstart: i, rend: i + 1, female: true})
			}
		}
		sortMentions(p.ments)
		d.learnGender(p)
	}
}

// turnSpeakerMentions adds, in a transcript's turn that opens with its
// speaker's name and a colon ("PRESIDENT VOS:", "Lena Dahl:"), a mention
// of that speaker for each "I", "me" and "my" of the turn: "I met him on
// Wednesday" names who met. (The label itself stays no mention: "she" in
// the turn is someone else.)
func (d *doc) turnSpeakerMentions(p *para) {
	e := d.turnSpeaker(p)
	if e == nil {
		return
	}
	for i, t := range p.toks {
		if t.kind != kWord || t.text != "I" && t.low != "me" && t.low != "my" {
			continue
		}
		if i >= 2 && p.toks[i-1].low == "and" && p.toks[i-2].text == "," && i+1 < len(p.toks) && isSpeech(p.toks[i+1]) {
			continue // "he said, and I wrote this down, “...”": the reporter's aside, no speaker
		}
		p.ments = append(p.ments, mention{kind: mPerson, start: i, end: i + 1, rstart: i, rend: i + 1, p: e, poss: t.low == "my"})
	}
	sortMentions(p.ments)
}

// turnSpeaker returns the person a transcript's turn label names: a name
// at the paragraph's start before a colon, or a label in capitals whose
// last word is the family name of someone the article names ("PRESIDENT
// VOS:", "OKAFOR:").
func (d *doc) turnSpeaker(p *para) *personEntry {
	toks := p.toks
	if len(p.ments) > 0 {
		if m := p.ments[0]; m.kind == mPerson && m.p != nil && min(m.start, m.rstart) == 0 && m.end < len(toks) && toks[m.end].text == ":" {
			return m.p
		}
	}
	if len(toks) > 1 && (toks[0].text == "A" || toks[0].text == "A.") && toks[1].text == ":" {
		return d.interviewee() // "A: I sat in on the plenary": the one the host spoke with
	}
	j := 0
	for j < len(toks) && j < 4 && capsWord(toks[j]) {
		j++
	}
	if j == 0 || j >= len(toks) || toks[j].text != ":" || titleWords[toks[j-1].low] {
		return nil
	}
	return d.reg.resolveSingle(titleWord(toks[j-1].text), false)
}

// interviewee returns the person an interview's introduction names as
// the one spoken with ("Host Jane Moore spoke with Omar Haddad, a former
// negotiator"), or nil.
func (d *doc) interviewee() *personEntry {
	for pi := 0; pi < len(d.paras) && pi < 2; pi++ {
		toks := d.paras[pi].toks
		for k := 0; k+1 < len(toks); k++ {
			a := -1
			switch toks[k].low {
			case "spoke", "talked", "sat":
				if toks[k+1].low == "with" || toks[k+1].low == "to" {
					a = k + 2
				} else if toks[k+1].low == "down" && k+2 < len(toks) && toks[k+2].low == "with" {
					a = k + 3
				}
			case "interviewed":
				a = k + 1
			}
			if a < 0 || a >= len(toks) {
				continue
			}
			if m, ok := d.personFrom(pi, a); ok {
				return m.p
			}
		}
	}
	return nil
}

// placeHead reports a run of capitalised words ending before e that a
// place's own particle carries on: "Dar es Salaam", "Huis ten Bosch".
func placeHead(toks []token, e int) bool {
	return e+1 < len(toks) && placeOnlyParticles[toks[e].low] && toks[e+1].cap
}

// surnameHe reports a capitalised "He" inside a sentence, not after a
// quote, in an article that names someone surnamed He ("He Lifeng").
func (d *doc) surnameHe(p *para, i int) bool {
	if i == 0 || p.toks[i-1].kind == kQuote || p.toks[i-1].kind == kPunct && p.toks[i-1].text != "," {
		return false
	}
	if s, _ := p.sentenceOf(i); s == i {
		return false
	}
	for _, m := range p.ments {
		if m.start <= i && i < m.end {
			return false // inside a full name already
		}
	}
	e := d.reg.resolveSingle("He", false)
	return e != nil && strings.HasPrefix(e.name, "He ")
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// validFullName checks a candidate name of two words or more.
func validFullName(toks []token, s, e int) bool {
	if e-s > 7 {
		// a long name holds particles: "Sheikh Mohammed bin Abdulrahman
		// bin Jassim Al Thani" is eight words, six of them names
		words := 0
		for k := s; k < e; k++ {
			if !nameParticles[toks[k].low] {
				words++
			}
		}
		if e-s > 9 || words > 6 {
			return false
		}
	}
	caps := 0
	for k := s; k < e; k++ {
		if toks[k].cap || arabicPrefix(toks[k]) || k > s && elidedCap(toks[k]) {
			caps++ // ("Giovanni d'Aniello": the surname after its elided particle)
		}
	}
	if l := toks[s].low; len(l) >= 7 && strings.HasSuffix(l, "ing") && !(s > 0 && (rolesHead[toks[s-1].low] || honorifics[toks[s-1].low]) && toks[s-1].cap) {
		// "a Changing Europe", "Building Bridges": a gerund opens no
		// person's name (but after a title, "Prime Minister Tshering
		// Tobgay", it is a given name)
		return false
	}
	return caps >= 2 && (!nameParticles[toks[e-1].low] || toks[e-1].cap && particleSurnames[toks[e-1].low])
}

// particleSurnames are name particles that are surnames of their own
// when capitalised at a name's end (the Indian "Das" of "Tarun Das").
var particleSurnames = set(`das`)

func joinTokens(toks []token, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// personMention turns a run of capitalised words into a person mention,
// with the role the article gives around it.
func (d *doc) personMention(p *para, r nameRun) (mention, bool) {
	n := r.end - r.nameStart
	var e *personEntry
	switch {
	case bodyTails[p.toks[r.end-1].low] && (n == 1 || r.nameStart > 0 && p.toks[r.nameStart-1].cap):
		// the tail of a body's name ("Debt Justice Africa" read as a title
		// and a name, orgtails.go) names no one
	case n >= 2 && validFullName(p.toks, r.nameStart, r.end):
		e = d.reg.byKey[nameKey(joinTokens(p.toks, r.nameStart, r.end))]
	case n == 1 && isInitial(p.toks[r.nameStart].text):
		// a lone initial ("S." of "U.S." split apart) names no one
	case n == 1 && withAge(p.toks, r.end):
		// "Amina, 34, said": an ordinary person known by one name, not a
		// public figure who shares it
		e = d.reg.addLocal(p.toks[r.nameStart].text)
	case n == 1:
		if e = d.officeSurname(p, r); e == nil {
			e = d.titledHolder(p, r)
		}
		if e == nil {
			e = d.reg.resolveSingle(p.toks[r.nameStart].text, r.titled)
		}
	case n >= 2 && nameParticles[p.toks[r.nameStart].low]:
		// "Ms von der Leyen": a surname with its particles
		e = d.reg.resolveSingle(joinTokens(p.toks, r.nameStart, r.end), r.titled)
	}
	if e == nil || n >= 2 && isOutlet(p.toks, r.nameStart, r.end) || isPlatform(p.toks, r.nameStart, r.end) {
		return mention{}, false
	}
	if n == 1 && !r.titled && r.nameStart == r.start && openedVerb(p.toks, r.start) {
		return mention{}, false // "* DMITRY PESKOV - Kremlin spokesman. Said on Sunday that": the item's verb, not a Mr Said
	}
	if r.nameStart > 0 && shipPrefixes[p.toks[r.nameStart-1].low] {
		return mention{}, false // "BRP Sierra Madre": a ship
	}
	if r.nameStart == r.start && e.fig == nil && ofOrgHead(p.toks, r.start) {
		return mention{}, false // "Ministry of Water Resources": a body's name
	}
	if r.nameStart == r.start && e.fig == nil && afterPlacePreposition(p.toks, r.start) {
		return mention{}, false // "at Qasr Al Watan", "in Seri Perdana": a place
	}
	if n == 1 && r.nameStart == r.start && !r.titled && r.start > 0 && (p.toks[r.start-1].low == "in" || p.toks[r.start-1].low == "at" || p.toks[r.start-1].low == "near") && !(r.end < len(p.toks) && (p.toks[r.end].low == "'s" || p.toks[r.end].low == "'" || p.toks[r.end].cap)) {
		return mention{}, false // "unrest in Santiago": a city, not Santiago Peña (but "in Theresa May's deal", the month split off)
	}
	if n == 1 && r.end < len(p.toks) && groupNouns[p.toks[r.end].low] && !r.titled {
		return mention{}, false // "Houthi negotiators", "Putin loyalists": a modifier, not the person
	}
	if n >= 2 && e.fig == nil && !r.titled && r.nameStart == r.start && r.start > 0 && p.toks[r.start-1].low == "the" {
		return mention{}, false // "the Weimar Triangle", "the Arab League": a body or group named with an article, never a person
	}
	if n >= 2 && e.fig == nil && !r.titled && r.nameStart == r.start && r.start > 0 && (p.toks[r.start-1].low == "a" || p.toks[r.start-1].low == "an") &&
		r.end < len(p.toks) && meetingNouns[p.toks[r.end].low] != "" {
		return mention{}, false // "at a Weimar Triangle dinner", "an Arab League summit": the group a meeting is named for
	}
	if n >= 2 && e.fig == nil && !r.titled && d.organisationName(p.toks, r.nameStart, r.end) {
		return mention{}, false // "Red Cross", "Shin Bet director Ronen Bar": a body, not a person
	}
	m := mention{kind: mPerson, start: r.nameStart, end: r.end, rstart: r.nameStart, rend: r.end, p: e}
	if r.end < len(p.toks) && (p.toks[r.end].low == "'s" || p.toks[r.end].low == "'") {
		m.poss = true
	}
	var roleParts []string
	for r.start < r.nameStart && timeZones[p.toks[r.start].low] && p.toks[r.start].text == strings.ToUpper(p.toks[r.start].text) {
		r.start++ // "15.30 CET Merz told reporters": the time stamp is no title
	}
	if r.nameStart > r.start {
		m.rstart = r.start
		if pre := d.rolePrefix(p.toks, r.start); pre < r.start {
			m.rstart = pre
		} else if r.start >= 2 && p.toks[r.start-1].low == "for" {
			// "Minister for Reintegration": the title before the portfolio
			if pre := d.rolePrefix(p.toks, r.start-1); pre < r.start-1 {
				m.rstart = pre
			}
		}
		m.rstart = d.countryBefore(p.toks, m.rstart) // "New Zealand Prime Minister X"
		if m.rstart == r.start {
			m.rstart = d.countryOwner(p.toks, r.start) // "El Salvador's President X"
		}
		roleParts = append(roleParts, roleText(p.toks, m.rstart, r.nameStart))
	} else if pre := d.rolePrefix(p.toks, r.start); pre < r.start {
		m.rstart = pre
		roleParts = append(roleParts, roleText(p.toks, pre, r.start))
	} else if rs, re, ok := preAppositive(p.toks, r.start, r.end); ok {
		m.rstart = rs
		roleParts = append(roleParts, roleText(p.toks, rs, re))
	}
	if ae, ok := appositive(p.toks, r.end); ok && !m.poss {
		m.rend = ae
		if len(roleParts) == 0 || honorificOnly(roleParts[0]) {
			roleParts = []string{roleText(p.toks, r.end+1, ae)}
		}
	}
	if len(roleParts) > 0 {
		m.role = strings.TrimSpace(roleParts[0])
	}
	if honorificOnly(m.role) {
		switch strings.ToLower(m.role) {
		case "mrs.", "ms.", "mrs", "ms", "dame", "lady":
			e.female = true
		case "mr.", "mr", "sir", "lord":
			e.male = true
		}
		m.role = ""
	}
	return m, true
}

// bodyNotPerson reports a full-name candidate that names a body: not a
// person the gazetteer knows, untitled, and an organisation by name or by
// the role it owns.
func (d *doc) bodyNotPerson(toks []token, r nameRun, name string) bool {
	if r.titled {
		return false
	}
	if _, known := d.gaz.Lookup(name); known {
		return false
	}
	return d.organisationName(toks, r.nameStart, r.end) || placeNounAfter(toks, r.end) || r.nameStart == r.start && affiliationOf(toks, r.start) ||
		r.nameStart == r.start && countedPlural(toks, r.start, r.end)
}

// countedPlural reports a run [s, e) after "the" and a count in lower
// case whose last word is a plural: "the three Great Powers", "the two
// Western Allies" are several bodies counted, not a person's name.
func countedPlural(toks []token, s, e int) bool {
	if s < 2 || toks[s-2].low != "the" || toks[s-1].cap || !numberWords[toks[s-1].low] || toks[s-1].low == "one" {
		return false
	}
	last := toks[e-1].low
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// affiliationOf reports a run starting at s right after a full name and
// "of": "Andy Burnham of Greater Manchester", "Pedro Lucas Fernandes of
// Uniao Brasil", "Senator Ruth Hale of Connecticut" name where the person
// comes from or whom they stand for, not a second person. (The caller
// asks it only of a run that is all name: in "Rahmon of Tajikistan Sadyr
// Japarov" a caption's next person follows the place.)
func affiliationOf(toks []token, s int) bool {
	if s < 3 || toks[s-1].low != "of" {
		return false
	}
	a, b := toks[s-2], toks[s-3]
	return a.kind == kWord && b.kind == kWord && a.cap && b.cap && nameWord(toks, s-2) && nameWord(toks, s-3)
}

// placeNouns follow a place's name in lower case: "Oddar Meanchey
// province", "Kakuma camp", "Guaviare department".
var placeNouns = set(`province provinces region district county governorate prefecture oblast camp village town
	municipality department state valley river border crossing refugee`)

// placeNounAfter reports a place noun in lower case right after a name
// ending before e.
func placeNounAfter(toks []token, e int) bool {
	return e < len(toks) && toks[e].kind == kWord && !toks[e].cap && placeNouns[toks[e].low]
}

// isCountryName reports a country's name, alias or adjective ("Sierra
// Leone", "Costa Rica"): a place, never a person's full name.
func (d *doc) isCountryName(n string) bool {
	_, ok := d.gaz.Country(n)
	return ok
}

// isInitial reports a one-letter initial with its full stop ("S.").
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// organisationName reports a capitalised run [s, e) that names a body,
// not a person: an organisation or institutional voice the gazetteer
// knows ("Red Cross"), or a run that owns a role or group given right
// after it in lower case ("Shin Bet director Ronen Bar", "Red Crescent
// officials").
func (d *doc) organisationName(toks []token, s, e int) bool {
	name := joinTokens(toks, s, e)
	if _, ok := d.gaz.Organisation(name); ok || bodyTail(toks, s, e) {
		return true // (bodyTail: "Verification Mission", "Power Shift Africa", orgtails.go)
	}
	if _, ok := d.gaz.Speaker(name); ok {
		return true
	}
	anded := theBefore(toks, s) && andedBody(toks, e)
	if e >= len(toks) || toks[e].kind != kWord || toks[e].cap && !anded {
		return false
	}
	if anded {
		return true // "the U.S. Arms Control and Disarmament Agency": the first half of a body's name
	}
	if groupNouns[toks[e].low] || toks[e].low == "officials" {
		return true
	}
	switch toks[e].low {
	case "ministers", "leaders", "members", "countries", "states", "nations", "format", "summit", "summits", "partners":
		return true // "Weimar Triangle ministers", "Visegrad Group leaders": a body's, not a person
	}
	// a lower-case role between this run and another name
	k := e
	for k < len(toks) && k < e+3 && toks[k].kind == kWord && !toks[k].cap && (rolesHead[toks[k].low] || roleMods[toks[k].low]) {
		k++
	}
	return k > e && k < len(toks) && toks[k].cap && toks[k].kind == kWord && nameWord(toks, k)
}

// theBefore reports "the" before the name starting at s, past a few
// capitalised words that open its run ("the U.S. Arms Control ...").
func theBefore(toks []token, s int) bool {
	j := s - 1
	for j >= 0 && j >= s-3 && toks[j].kind == kWord && toks[j].cap {
		j--
	}
	return j >= 0 && toks[j].low == "the"
}

// andedBody reports "and" at k followed by capitalised words that end in
// an institution's head noun ("... and Disarmament Agency", "... and
// Border Protection"): the run before it is the first half of a body's
// name, not a person.
func andedBody(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low != "and" {
		return false
	}
	j := k + 1
	for j < len(toks) && j <= k+4 && toks[j].kind == kWord && toks[j].cap {
		j++
	}
	if j == k+1 || !orgHeads[toks[j-1].low] && !bodyTails[toks[j-1].low] {
		return false
	}
	// the body's name ends there, not as the attribute of a role ("Johann
	// Rupert and Partners Group co-founder Alfred Gantner")
	return j >= len(toks) || toks[j].kind != kWord || prepositions[toks[j].low] || clauseBreak[toks[j].low]
}

// groupNouns after a single name make it a modifier of a group.
var groupNouns = set(`negotiators delegation delegations officials rebels forces fighters militia movement
	supporters loyalists government leadership camp side team envoys representatives allies`)

// rolePrefix walks back from token i over lower-case role words ("ministry
// spokesperson", "Putin's foreign affairs adviser") and returns where the
// role starts; i when there is none.
func (d *doc) rolePrefix(toks []token, i int) int {
	start, head := i, false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if t.kind != kWord {
			break
		}
		switch {
		case rolesHead[t.low]:
			head = true
			start = k
		case roleMods[t.low] || nationalities[t.low] || t.cap && !nameWord(toks, k):
			start = k
		case t.low == "for" && k == i-1:
			return i // "a spokesman for Dijsselbloem": the role is someone else's
		case t.low == "for" && k > 0 && (rolesHead[toks[k-1].low] || titleWords[toks[k-1].low]):
			start = k // "Minister for Reintegration"
		case t.low == "to" && k > 0 && postedTo[toks[k-1].low]:
			start = k // "ambassador to Riyadh"
		case t.low == "and" && portfolioAnd(toks, k):
			start = k // "Minister for Treaty and First Peoples": one portfolio of two parts
		case (t.low == "'s" || t.low == "'") && k > 0 && toks[k-1].cap:
			// one possessive owner: "Putin's adviser", "Ukraine's envoy"
			k--
			for k > 0 && toks[k-1].cap && toks[k-1].kind == kWord {
				k--
			}
			if head {
				return k
			}
			return i
		default:
			if head {
				return start
			}
			return i
		}
	}
	if head {
		return d.countryBefore(toks, start)
	}
	return i
}

// portfolioAnd reports that the "and" at k joins two parts of one
// portfolio after a title's "for": "Minister for Treaty and First
// Peoples", "Minister for Health and Ageing".
func portfolioAnd(toks []token, k int) bool {
	for x := k - 1; x >= 1 && x >= k-4; x-- {
		if toks[x].low == "for" {
			return x < k-1 && (rolesHead[toks[x-1].low] || titleWords[toks[x-1].low])
		}
		if toks[x].kind != kWord || !toks[x].cap {
			return false
		}
	}
	return false
}

// countryBefore moves a role's start back over the rest of a country's
// name it begins inside ("Papua New Guinea Prime Minister", "New Zealand
// Prime Minister", "El Salvador's President" once the possessive is
// taken): the start of the longest country name ending in the role's
// first words, else start.
func (d *doc) countryBefore(toks []token, start int) int {
	best := start
	for a := start - 1; a >= 0 && a >= start-3 && toks[a].kind == kWord && toks[a].cap; a-- {
		for b := start + 1; b <= len(toks) && b <= start+3; b++ {
			if toks[b-1].kind != kWord || !toks[b-1].cap {
				break
			}
			if d.isCountryName(joinTokens(toks, a, b)) {
				best = a
			}
		}
	}
	return best
}

// countryOwner moves a title's start back over a country named as its
// owner ("El Salvador's President", "Saudi Arabia's Crown Prince"): the
// country's first token, else start.
func (d *doc) countryOwner(toks []token, start int) int {
	if start < 2 || toks[start-1].low != "'s" && toks[start-1].low != "'" {
		return start
	}
	best := start
	for a := start - 2; a >= 0 && a >= start-4 && toks[a].kind == kWord && toks[a].cap; a-- {
		if d.isCountryName(joinTokens(toks, a, start-1)) {
			best = a // the longest name: "Papua New Guinea's", not "Guinea's"
		}
	}
	return best
}

// malayStylePair reports a Malaysian style of two words at s ("Tan
// Sri", "Datuk Seri", "Dato' Sri"): no part of a role.
func malayStylePair(toks []token, s, e int) bool {
	if s+1 >= e {
		return false
	}
	switch toks[s].low {
	case "tan", "datuk", "dato", "dato'", "dato’", "toh":
		return toks[s+1].low == "sri" || toks[s+1].low == "seri"
	}
	return false
}

// roleText renders tokens [s, e) as a role string, dropping a leading
// article and honorifics.
func roleText(toks []token, s, e int) string {
	for s < e && (functionWords[toks[s].low] || honorifics[toks[s].low] || toks[s].low == "one" || malayStylePair(toks, s, e)) {
		if toks[s].low == "new" && toks[s].cap && s+1 < e && toks[s+1].cap {
			break // "New Zealand Prime Minister": a place's name, not the adjective
		}
		if malayStylePair(toks, s, e) {
			s++ // "Tan Sri": both words go
		}
		s++
	}
	for e > s+1 && (honorifics[toks[e-1].low] || e-2 >= s && malayStylePair(toks, e-2, e)) {
		if e-2 >= s && malayStylePair(toks, e-2, e) {
			e-- // "Foreign Minister Tan Sri": both words go
		}
		e-- // "Prime Minister Shri", "Minister Dr.": the style before the name is no part of the role
	}
	var b strings.Builder
	for k := s; k < e; k++ {
		t := toks[k]
		if k > s && t.low != "'s" && t.low != "'" && t.kind == kWord {
			b.WriteByte(' ')
		}
		if t.kind == kPunct && t.text != "-" {
			continue
		}
		b.WriteString(t.text)
	}
	return strings.TrimSpace(b.String())
}

// appositive recognises ", Ukraine's defence minister," after a name ending
// at token i and returns the end of the role phrase.
func appositive(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].text != "," {
		return 0, false
	}
	head := false
	k := i + 1
	for ; k < len(toks) && k < i+12; k++ {
		t := toks[k]
		if t.kind != kWord {
			break
		}
		switch {
		case rolesHead[t.low]:
			head = true
		case k == i+1 && (t.low == "who" || t.low == "which" || t.low == "whose" || strings.HasSuffix(t.low, "ing")):
			return 0, false
		case head && (t.low == "who" || t.low == "whose"):
			// ", the Dutch finance minister who chairs the Eurogroup,": the
			// role, before the clause that says more of him
			return k, noNameIn(toks, i+1, k)
		case t.low == "the" || t.low == "a" || t.low == "an" || t.low == "'s" || t.low == "'" || t.low == "of" ||
			t.low == "for" || t.low == "to" || t.low == "and" || t.low == "on" || t.low == "in" || t.cap ||
			roleMods[t.low] || nationalities[t.low] || t.low == "his" || t.low == "her" || t.low == "their" || t.low == "country's":
		default:
			return 0, false
		}
	}
	if !head || k == i+1 {
		return 0, false
	}
	if k < len(toks) && toks[k].kind == kPunct && !strings.Contains(",.;:)—–", toks[k].text) {
		return 0, false
	}
	return k, noNameIn(toks, i+1, k)
}

// noNameIn reports a role phrase [a, k) with no name inside: a name makes
// it a list ("Macron, Merz and Starmer"), not a role.
func noNameIn(toks []token, a, k int) bool {
	for j := a; j < k; j++ {
		if toks[j].cap && nameWord(toks, j) && !rolesHead[toks[j].low] && !portfolioOf(toks, a, j, j+1) {
			if j+1 < k && (toks[j+1].low == "'s" || toks[j+1].low == "'") {
				continue
			}
			return false
		}
	}
	return true
}

// preAppositive recognises "the head of NATO, Mark Rutte," before a name at
// tokens [s, e): the role phrase must end with a comma right before the name
// and the name must be closed by punctuation.
func preAppositive(toks []token, s, e int) (int, int, bool) {
	if s < 2 || toks[s-1].text != "," {
		return 0, 0, false
	}
	if e < len(toks) && !(toks[e].kind == kPunct && strings.Contains(",.;)", toks[e].text)) {
		return 0, 0, false
	}
	// "A spokesman for the Omani foreign ministry, Khalid al-Harthy": a
	// spokesperson's body is part of the role
	spokes := false
	for k := s - 2; k >= 0 && k >= s-10 && toks[k].kind == kWord; k-- {
		if strings.HasPrefix(toks[k].low, "spokes") {
			spokes = true
			break
		}
		if !(toks[k].low == "for" || toks[k].low == "of" || toks[k].cap || roleMods[toks[k].low] || orgHeads[toks[k].low] || isDeterminer(toks[k].low) || toks[k].low == "'s") {
			break
		}
	}
	head, start, owner := false, s-1, false
	from := s - 2
	if o := ofComplement(toks, s-1); o > 0 {
		from = o // "the head of the Tigray forces, X": the body the role is of, lower-case nouns and all
	}
	for k := from; k >= 0 && k >= s-10; k-- {
		t := toks[k]
		if t.kind != kWord {
			break
		}
		if rolesHead[t.low] {
			head = true
		} else if owner {
			// the owner of "the OSCE mission's head": any word
		} else if t.low == "for" && k > 0 && (rolesHead[toks[k-1].low] || titleWords[toks[k-1].low]) {
			// "the Secretary of State for Northern Ireland"
		} else if !(t.low == "of" || t.low == "'s" || t.cap || roleMods[t.low] || nationalities[t.low] || t.low == "the" || t.low == "a" || t.low == "an" ||
			spokes && (t.low == "for" || orgHeads[t.low])) {
			break
		}
		start = k
		owner = t.low == "'s" || t.low == "'"
		if (t.low == "the" || t.low == "a" || t.low == "an") && !(spokes && k > 1 && (toks[k-1].low == "for" || toks[k-1].low == "of")) {
			break
		}
	}
	if !head || start == s-1 {
		return 0, 0, false
	}
	if nameAfterTitle(toks, start, s-1) {
		return 0, 0, false // "with Armenian Prime Minister Nikol Pashinyan, Charles Michel": a list, not Michel's role
	}
	if start >= 2 && (toks[start-1].low == "then" || toks[start-1].low == "now" || toks[start-1].low == "formerly") && toks[start-2].text == "," {
		return 0, 0, false // "Michel, then European Council president, von der Leyen": the role of the one before
	}
	return start, s - 1, true
}

// nameAfterTitle reports a title word in tokens [a, b) followed, at the
// end of the span, by two or more capitalised name words: a titled name
// ("Prime Minister Nikol Pashinyan"), not a role phrase.
func nameAfterTitle(toks []token, a, b int) bool {
	n := 0
	for k := b - 1; k >= a; k-- {
		t := toks[k]
		if t.kind != kWord || !t.cap || !nameWord(toks, k) || rolesHead[t.low] {
			break
		}
		n++
	}
	return n >= 2 && b-n-1 >= a && (titleWords[toks[b-n-1].low] || rolesHead[toks[b-n-1].low])
}

// ofComplement returns the "of" of a role's complement that ends at the
// comma c, "the commander of the rebels, X", "the head of the Tigray
// forces, X": a role head right before "of", and only an article,
// capitalised words and plain nouns after it; else -1.
func ofComplement(toks []token, c int) int {
	for k := c - 1; k > 0 && k >= c-6; k-- {
		t := toks[k]
		if t.low == "of" {
			if k+1 < c && (rolesHead[toks[k-1].low] || titleWords[toks[k-1].low]) && !kinOf(toks, k) {
				return k
			}
			return -1
		}
		if t.kind != kWord || !(t.cap || isDeterminer(t.low) || plainNoun(t)) {
			return -1
		}
	}
	return -1
}

// kinOf reports a relation of someone named before the "of" at k ("the
// son of the movement's late founder, X"): the founder is X, the son
// another person.
func kinOf(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if kinWords[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// learnGender takes gender hints from pronouns that refer back to the only
// person named earlier in the same sentence.
func (d *doc) learnGender(p *para) {
	for _, s := range p.sents {
		var only *personEntry
		multi := false
		for _, m := range p.ments {
			if m.start < s[0] || m.start >= s[1] {
				continue
			}
			switch m.kind {
			case mPerson:
				if only != nil && only != m.p {
					multi = true
				}
				only = m.p
			case mPronoun:
				if objectPronoun(p.toks, m.start) {
					continue // "Wang told her ...": someone else
				}
				if only != nil && !multi {
					if m.female && !only.male {
						only.female = true
					} else if m.male && (!only.female || only.guessF) {
						// (a "his" in the sentence about "Lesetja Kganyago"
						// outweighs the -a ending of his first name)
						only.male, only.female, only.guessF = true, false, false
					}
				}
			}
		}
	}
}

// initialsOf is the upper-cased first letters of the words in [s, e):
// "MBS" for "Mohammed bin Salman".
func initialsOf(toks []token, s, e int) string {
	var b strings.Builder
	for j := s; j < e; j++ {
		if toks[j].kind == kWord && toks[j].text != "" {
			b.WriteString(strings.ToUpper(toks[j].text[:1]))
		}
	}
	return b.String()
}

// afterPlacePreposition reports a name right after "at", "in" or "near"
// (with an optional "the"), which names a place.
func afterPlacePreposition(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "at", "in", "near", "inside", "outside":
		return true
	case ",":
		// "at his official residence, Seri Perdana" (not "a spokesman for
		// the foreign ministry, Khalid al-Harthy": no place preposition)
		if k == 0 || !isBuilding(toks[k-1].low) {
			return false
		}
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			switch toks[j].low {
			case "at", "in", "near", "inside", "outside":
				return true
			case "for", "of", "to":
				return false
			}
			if toks[j].kind != kWord {
				return false
			}
		}
	}
	return false
}

// withAge reports ", 34," (an age in apposition) right after token e-1.
func withAge(toks []token, e int) bool {
	if e+2 < len(toks) && toks[e].text == "," && (toks[e+1].low == "a" || toks[e+1].low == "an") && strings.HasSuffix(toks[e+2].low, "-year-old") {
		return true // "Hanna, a 32-year-old nurse"
	}
	if e+2 < len(toks) && toks[e].text == "," && (toks[e+1].low == "a" || toks[e+1].low == "an") {
		// "Yusuf, a fisherman", "Olena, a retired pharmacist": an ordinary
		// person introduced by first name, not a public figure
		for k := e + 2; k < len(toks) && k <= e+4 && toks[k].kind == kWord && !toks[k].cap; k++ {
			if localNouns[toks[k].low] {
				return true
			}
		}
	}
	return e+2 < len(toks) && toks[e].text == "," && isDigits(toks[e+1].text) && len(toks[e+1].text) <= 3 && toks[e+2].text == ","
}

// localNouns are the trades and conditions of ordinary people met in
// reports: "a fisherman", "a mother of three".
var localNouns = set(`farmer teacher schoolteacher nurse doctor student shopkeeper trader baker driver fisherman
	vendor refugee pensioner engineer mechanic volunteer midwife pharmacist surgeon merchant herder
	labourer laborer grandmother grandfather widow survivor protester demonstrator tailor shepherd
	miner resident villager mother father housewife waiter waitress cook chef carpenter plumber
	electrician builder cleaner nanny retiree soldier veteran fighter medic paramedic taxi
	shop cafe café bakery owner worker programmer accountant lawyer musician artist painter
	barber hairdresser butcher grocer farmhand labourer dockworker porter guard watchman
	housekeeper seamstress weaver potter fishmonger beekeeper vet clerk cashier`)

// objectPronoun reports a "him" or an object "her" ("told her China was
// neutral", "thanked her for"), which cannot refer to the sentence's
// subject; a possessive "her" ("her country") can.
func objectPronoun(toks []token, i int) bool {
	switch toks[i].low {
	case "him":
		return true
	case "her":
		if i+1 >= len(toks) {
			return true
		}
		n := toks[i+1]
		return n.kind != kWord || n.cap || functionWords[n.low]
	}
	return false
}

// timeZones are the zone abbreviations live blogs stamp their entries with
// ("15.30 CET", "10:45 GMT"); written in capitals they are no title.
var timeZones = set(`cet cest gmt bst utc et est edt ct cst cdt pt pst pdt msk ist jst kst aest aedt eat wat cat sast gst ast trt hkt sgt wib pkt`)

// markLastAlone marks the people of three words or more whose last word
// stands somewhere in the article without the word before it in the name
// ("Baradar said" after "Abdul Ghani Baradar"): a family name they go by,
// not the second of two family names ("Gómez" of "Jorge Rodríguez
// Gómez", whom the article calls "Rodríguez").
func (d *doc) markLastAlone() {
	for _, e := range d.reg.list {
		fs := strings.Fields(e.name)
		if len(fs) < 3 {
			continue
		}
		last, before := nameKey(fs[len(fs)-1]), nameKey(fs[len(fs)-2])
	paras:
		for _, p := range d.paras {
			for k, t := range p.toks {
				if t.kind == kWord && t.cap && nameKey(t.text) == last && (k == 0 || nameKey(p.toks[k-1].text) != before) {
					e.lastAlone = true
					break paras
				}
			}
		}
	}
}

// openerVerbs are speech verbs that open a sentence with no subject in a
// factbox's or timeline's items ("Said on Sunday that ...").
var openerVerbs = set(`said says told tells added adds wrote writes`)

// openedVerb reports a speech verb that opens a sentence at i (after a
// full stop, a dash or the paragraph's start) and is followed by a word in
// lower case: a subjectless item's verb, not a name spelled like it.
func openedVerb(toks []token, i int) bool {
	if !openerVerbs[toks[i].low] || i+1 >= len(toks) || toks[i+1].kind != kWord || toks[i+1].cap {
		return false
	}
	if i == 0 {
		return true
	}
	switch toks[i-1].text {
	case ".", "-", "–", "—", ":", "*", "•":
		return true
	}
	return false
}
