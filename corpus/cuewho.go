package corpus

import "strings"

// Helpers that find who an attendance or absence cue is about and check
// what a cue phrase refers to.

// bodyNotes are the absences that, told of a country or group, stand for
// its leader or spokesman ("Iran declined the invitation").
var bodyNotes = map[string]bool{"not invited": true, "declined the invitation": true, "declined": true,
	"did not attend": true, "did not send a delegation": true, "stayed away": true, "skipped": true, "declined to come": true}

// presenceIng are -ing verbs that put the people before them at the
// meeting: "with Oman's foreign minister carrying messages", "with Grabe and
// Beltrán agreeing on a framework" (not "with Trump threatening sanctions").
var presenceIng = set(`carrying passing shuttling mediating chairing presiding hosting observing sitting attending
	leading representing agreeing joining taking overseeing moderating facilitating signing looking acting
	opening serving standing seated present`)

// presenceAt reports a presence verb at k (presenceIng), or "heading" a
// delegation or side ("Umerov heading Kyiv's delegation", not "Trump
// heading to Scotland"). An adverb may stand before the verb: "with A
// and B again leading their teams".
func presenceAt(toks []token, k, e int) bool {
	if k+1 < e && toks[k].low == "once" && toks[k+1].low == "again" {
		k++
	}
	if k+1 < e && (toks[k].low == "again" || toks[k].low == "also" || toks[k].low == "jointly") {
		k++
	}
	if k >= e || toks[k].kind != kWord {
		return false
	}
	if toks[k].low == "heading" {
		return k+1 < e && !prepositions[toks[k+1].low] && toks[k+1].low != "home" && toks[k+1].low != "back"
	}
	if toks[k].low == "speaking" || toks[k].low == "negotiating" || toks[k].low == "bargaining" {
		return k+1 < e && toks[k+1].low == "for" // "with X speaking for the union": at the table for one side
	}
	if sidePhraseAt(toks, k, e) {
		return true
	}
	return presenceIng[toks[k].low]
}

// sidePhraseAt reports "at their side", "by his side", "beside them",
// "alongside him" or "in tow" at k: the ones named before it are beside
// the subject ("with A and B at their side").
func sidePhraseAt(toks []token, k, e int) bool {
	if k < e && toks[k].text == "," {
		k++ // "with Dominic LeBlanc, the minister responsible, at his side"
	}
	if k >= e {
		return false
	}
	switch toks[k].low {
	case "at", "by":
		return k+2 < e && possessivePronoun(toks[k+1].low) && toks[k+2].low == "side"
	case "beside", "alongside":
		return k+1 < e && objectPronouns[toks[k+1].low]
	case "in":
		return k+1 < e && toks[k+1].low == "tow"
	}
	return false
}

// inTheRoomWith reports a clause before the comma at k that puts its
// subject in the room ("We were in the room for three hours, with our
// defence ministers, A and B"): the list after the comma, ending the
// sentence at end, was in the room too.
func inTheRoomWith(toks []token, s, k, end, e int) bool {
	if end < e && toks[end].kind == kWord {
		return false
	}
	for j := s; j+2 < k; j++ {
		if toks[j].low == "in" && toks[j+1].low == "the" && (toks[j+2].low == "room" || toks[j+2].low == "meeting") && j > s && beVerbs[toks[j-1].low] {
			return true
		}
	}
	return false
}

// remoteAhead reports a remote or other kind of joining in tokens [k,
// e): "joined Rubio by phone", "joined Merz on a call", "joined Macron
// in calling for a ceasefire".
func remoteAhead(toks []token, k, e int) bool {
	for j := k; j+1 < e && j <= k+8; j++ {
		switch toks[j].low {
		case "by", "via", "over":
			if callMedium(toks[j+1].low) || toks[j+1].low == "telephone" || toks[j+1].low == "videolink" {
				return true
			}
		case "on":
			if toks[j+1].low == "a" || toks[j+1].low == "the" {
				if j+2 < e && (toks[j+2].low == "call" || callMedium(toks[j+2].low)) {
					return true
				}
			}
		case "in":
			if strings.HasSuffix(toks[j+1].low, "ing") {
				return true // "joined Macron in calling for"
			}
		}
	}
	return false
}

// ellipticalBy finds "; Ukraine's by" or ", and the opposition's by" right
// after a list ending at token k and returns where the next name starts.
func ellipticalBy(toks []token, k, e int) int {
	for b := k; b > 0 && b > k-3 && b < e; b-- {
		// the list stopped inside "and the least developed countries by ..."
		if toks[b-1].low == "and" || toks[b-1].text == "," {
			if b < k && isDeterminer(toks[b].low) {
				k = b - 1
			}
			break
		}
	}
	if k < e && toks[k].kind == kWord && toks[k].low != "and" && k > 0 && toks[k-1].low == "'s" {
		// the list stopped inside an aside ("head of the group's prisoner
		// affairs committee"): on to its closing comma
		for c := k + 1; c+1 < e && c <= k+6; c++ {
			if toks[c].kind != kWord {
				if toks[c].text == "," {
					k = c
				}
				break
			}
		}
	}
	if k >= e || toks[k].text != ";" && toks[k].text != "," && toks[k].low != "and" {
		return -1
	}
	if toks[k].text == "," {
		// "led by al-Murtada, head of the group's committee, and the
		// government side by Kazman": past the aside to the ", and"
		for c := k + 1; c+1 < e && c <= k+12; c++ {
			if toks[c].low == "by" || toks[c].kind == kQuote {
				break
			}
			if toks[c].text == "," && toks[c+1].low == "and" {
				k = c
				break
			}
		}
	}
	for j := k + 1; j+1 < e && j <= k+7; j++ {
		if toks[j].kind == kWord && !toks[j].cap && sideByAhead(toks, j, e) {
			continue // "and the government side by Kazman"
		}
		if toks[j].low == "by" && (toks[j-1].low == "'s" || toks[j-1].low == "'" || toks[j-1].low == "side" || toks[j-1].low == "team" ||
			(toks[k].text == ";" || toks[k].text == "," && toks[k+1].low == "and" && capRun(toks, k+2, j)) && toks[j-1].cap && toks[j-1].kind == kWord || pluralNounRun(toks, k+1, j)) {
			// ("; Putin by Lavrov and Ushakov": the other leader's party)
			return j + 1
		}
		if toks[j].kind == kQuote || toks[j].kind == kWord && !toks[j].cap && !isDeterminer(toks[j].low) && toks[j].low != "'s" && toks[j].low != "and" && toks[j].low != "side" && toks[j].low != "team" && !nationalities[toks[j].low] && !pluralNounRun(toks, k+1, j+1) && !pluralNounAhead(toks, j, e) {
			return -1
		}
	}
	return -1
}

// tripAhead reports a trip, visit or attendance within three tokens of k.
func tripAhead(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		switch toks[j].low {
		case "trip", "visit", "attendance", "participation", "travel", "plans", "journey", "appearance":
			return true
		}
	}
	return false
}

// neitherAt returns where "neither" (else "nor") is in tokens [s, k), or -1.
func neitherAt(toks []token, s, k int) int {
	for j := s; j < k; j++ {
		if toks[j].low == "neither" || toks[j].low == "nor" {
			return j
		}
	}
	return -1
}

// neitherBefore reports "neither" or "nor" in tokens [s, k).
func neitherBefore(toks []token, s, k int) bool { return neitherAt(toks, s, k) >= 0 }

// leavesTheTalks reports that what is left at token k is the meeting:
// "before leaving the two delegations to talk", "leaving them to it".
func leavesTheTalks(toks []token, k, e int) bool {
	for j := k; j < e && j < k+4; j++ {
		switch toks[j].low {
		case "delegations", "sides", "talks", "room", "negotiators", "leaders", "teams", "two", "them", "table", "meeting":
			return true
		}
	}
	return false
}

// commaSubject returns the person a clause set off by commas before token
// c (a comma) describes: "Fidan, who had led the earlier rounds, joined".
func (d *doc) commaSubject(pi, s, c int) *personEntry {
	toks := d.paras[pi].toks
	for j := c - 1; j > s && j > c-20; j-- {
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return nil
		}
		if toks[j].text == "," && j+1 < c && (toks[j+1].low == "who" || toks[j+1].low == "a" || toks[j+1].low == "the" || lowerRoleWord(toks[j+1])) {
			for _, m := range d.paras[pi].ments {
				if m.kind == mPerson && !m.poss && (m.end == j || m.rend == j) {
					if a := d.relativeHolder(pi, s, m.start); a != nil {
						return a
					}
					return m.p
				}
			}
			return nil
		}
	}
	return nil
}

// relativeHolder returns the person whose relative clause holds token k:
// "Renner, the Foreign Secretary, who has shared the chair with Vos, the
// Soviet Minister, presided" (Vos at k, Renner returned). The clause opens
// with ", who" after that person and no comma parts it before k; nil when
// there is none.
func (d *doc) relativeHolder(pi, s, k int) *personEntry {
	toks := d.paras[pi].toks
	for w := k - 1; w > s && w > k-16; w-- {
		if toks[w].kind != kWord && toks[w].text != "." {
			return nil // a comma or a quote before the clause's "who": not inside it
		}
		if toks[w].low != "who" || toks[w-1].text != "," {
			continue
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && (m.end == w-1 || m.rend == w-1) && m.start >= s {
				return m.p
			}
		}
		return nil
	}
	return nil
}

// lowerRoleWord reports a role word in lower case opening an appositive
// without its article: "Jared Kushner, senior adviser to the president,".
func lowerRoleWord(t token) bool {
	return t.kind == kWord && !t.cap && (rolesHead[t.low] || titleWords[t.low] || roleMods[t.low] || delegateAdjectives[t.low] || t.low == "former")
}

// relativeAntecedent returns the person a relative "who" right before
// token k (past adverbs) refers to: "Dmitriev, ..., who also joined".
func (d *doc) relativeAntecedent(pi, s, k int) *personEntry {
	toks := d.paras[pi].toks
	j := k - 1
	for j > s && (verbAdverbs[toks[j].low] || isLyAdverb(toks[j])) && toks[j].low != "who" {
		j--
	}
	if j <= s || toks[j].low != "who" {
		return nil
	}
	if toks[j-1].text != "," {
		// "Nader Nadery, a member of the republic's team who was in the
		// session": the name before the description the clause ends
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && m.end < j-1 && m.end >= j-10 && m.end >= s && toks[m.end].text == "," && descriptionWords(toks, m.end+1, j) {
				return m.p
			}
		}
		return nil
	}
	var best *personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.end > j-1 || m.end < j-14 {
			continue
		}
		// the name, or the name and a description set off by commas
		ok := m.end == j-1 || m.rend == j-1 || toks[m.end].text == ","
		for x := m.end + 1; ok && x < j-1; x++ {
			t := toks[x]
			if t.kind == kQuote || t.kind == kPunct && t.text != "," && t.text != "-" || t.kind == kWord && !t.cap && !npTok(t) && !plainNoun(t) && t.low != "on" {
				ok = false
			}
		}
		if ok {
			best = m.p
		}
	}
	return best
}

// descriptionWords reports tokens [a, b) as a description set off after
// a name: an article, then words and possessives, no punctuation and no
// verb ("a member of the republic's team").
func descriptionWords(toks []token, a, b int) bool {
	if a >= b || !isDeterminer(toks[a].low) {
		return false
	}
	for x := a; x < b; x++ {
		t := toks[x]
		if t.kind != kWord || !t.cap && !npTok(t) && !plainNoun(t) && t.low != "of" && t.low != "'s" && t.low != "’s" && !isDeterminer(t.low) {
			return false
		}
	}
	return true
}

// clauseSubject returns who a clause ending at token k is about: the
// people it opens with ("Meloni took part by video"), the antecedent of a
// relative "who" ("Trump, who did not attend"), else the verb's subject.
func (d *doc) clauseSubject(pi, s, k int) []*personEntry {
	toks := d.paras[pi].toks
	cs := clauseStart(toks, s, k)
	j := k - 1
	for j > s+1 && (negationAux[toks[j].low] || toks[j].low == "not" || toks[j].low == "n't" || toks[j].low == "never" || toks[j].low == "also") {
		j--
	}
	if j > s && toks[j].text == "," {
		if who := d.ledByAside(pi, s, j); len(who) > 0 {
			return who // "The three Sahel states, led by A, B and C, were not represented"
		}
	}
	if who := d.reportedSubject(pi, cs, k); len(who) > 0 {
		return who // "Ruiz said Haddad had skipped the talks": the one reported on
	}
	c := k - 1
	if c > s+1 && negationAux[toks[c].low] {
		c-- // "Putin, whom Zelensky had challenged to meet him, did not come"
	}
	if c > s && toks[c].text == "," {
		// "Putin, whom Zelenskiy had challenged to come, declined"
		if who := d.beforeRelative(pi, s, c); len(who) > 0 {
			return who
		}
	}
	if who := d.afterWhoseAside(pi, s, cs, k); len(who) > 0 {
		return who
	}
	if j := auxBefore(toks, s, k); j > s && toks[j].text == "," {
		// "Zelenskyy, unlike at the last four summits, was not invited"
		if p := d.asideSubject(pi, s, j); p != nil {
			return []*personEntry{p}
		}
	}
	if cs > s && toks[cs-1].low == "who" && cs >= 2 && toks[cs-2].text == "," {
		if who := d.beforeRelative(pi, s, cs); len(who) > 1 {
			return who // "Bessent and Lutnick, who flew in for it, never joined the talks": the whole list
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && (m.end == cs-2 || m.rend == cs-2) {
				return []*personEntry{m.p}
			}
		}
	}
	if who := d.pastWhichAside(pi, s, cs, k); len(who) > 0 {
		return who
	}
	if d.countedUnnamed(pi, cs, k) {
		return nil // "Two ministers close to the opposition left the session": people the article does not name
	}
	if who, _ := d.parseList(pi, cs, k); len(who) > 0 {
		return who
	}
	if who := d.subjectList(pi, k, cs, s); len(who) > 0 {
		return who
	}
	if cs > s && (toks[cs-1].low == "but" || toks[cs-1].low == "and") {
		// "welcomed both leaders but left before the talks began"; "Faisal
		// and al-Aiban hosted the meeting but left the room"; after a
		// semicolon, the clause's own subject: "A did not attend; B stayed
		// in Geneva but followed the session from the hotel"
		from := s
		if a := clauseStart(toks, s, cs-1); a > s && toks[a-1].text == ";" {
			from = a
		}
		for v := from; v < cs-1; v++ {
			if toks[v].kind == kWord && !toks[v].cap && (holdVerbs[toks[v].low] || meetingVerbs[toks[v].low]) {
				if who := d.subjectList(pi, v, from, from); len(who) > 0 {
					return who
				}
				break
			}
		}
		if who, end := d.parseList(pi, introEnd(toks, from, k), k); len(who) >= 2 && end < k && beVerbs[toks[end].low] {
			// "A and B were also in Geneva but were not invited": the
			// whole list the verbs share
			return who
		}
		if w := d.mainSubject(pi, from, k); w.p != nil {
			return []*personEntry{w.p}
		}
	}
	return nil
}

// countedUnnamed reports a clause [cs, k) opened by a count and a plain
// noun with no one named in it: "Two ministers close to Hezbollah", "Three
// officials from the ministry" (not "Both leaders", "The two ministers",
// who are people named before, nor "Two ministers, A and B").
func (d *doc) countedUnnamed(pi, cs, k int) bool {
	toks := d.paras[pi].toks
	if cs+1 >= k || !(numberWords[toks[cs].low] || isDigits(toks[cs].text)) || toks[cs].low == "one" || toks[cs].low == "both" ||
		toks[cs+1].kind != kWord || toks[cs+1].cap {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.start >= cs && m.start < k {
			return false
		}
	}
	return true
}

// pastWhichAside returns the person a sentence opens with when a
// "which" aside about a thing they are named with closes before the
// clause that holds the cue at k: "Vidal, the head of the agency, which
// serviced the negotiations, addressed the meeting in a video message".
func (d *doc) pastWhichAside(pi, s, cs, k int) []*personEntry {
	toks := d.paras[pi].toks
	if cs < s+3 || toks[cs-1].low != "which" || toks[cs-2].text != "," {
		return nil
	}
	c := -1
	for j := cs; j < k; j++ {
		if toks[j].text == "," {
			c = j
			break
		}
	}
	if c < 0 || c+1 >= k || toks[c+1].kind != kWord || toks[c+1].cap {
		return nil // the cue is the aside's own, or no verb follows it
	}
	for start := s; start < cs-2; start++ {
		if out, end := d.parseList(pi, start, cs-2); end == cs-2 && len(out) > 0 {
			return out
		}
		if toks[start].kind != kWord {
			break
		}
	}
	// the role between is too long to read ("the executive director of
	// the UN Office on Drugs and Crime"): the person the sentence opens
	// with, set off by a comma
	if m, ok := d.personFrom(pi, s); ok && max(m.end, m.rend) < cs-2 && toks[max(m.end, m.rend)].text == "," {
		return []*personEntry{m.p}
	}
	return nil
}

// negationAux are the auxiliaries an absence cue opening with "not" has
// just before it ("did not come", "had not been invited").
var negationAux = set(`did does do had has have was were would could`)

// talkVerbBefore reports a verb of conversation in tokens [s, k) ("spoke
// with", "talked", "held a call").
func talkVerbBefore(toks []token, s, k int) bool {
	for j := s; j < k; j++ {
		if (toks[j].low == "had" || toks[j].low == "having") && j+1 < k && (toks[j+1].low == "been" || toks[j+1].low == "not" || pastVerb(toks[j+1])) {
			continue // "who had been expected in Buenos Aires": an auxiliary, no call
		}
		if j > s && (isDeterminer(toks[j-1].low) || toks[j-1].low == "their" || toks[j-1].low == "his" || toks[j-1].low == "her") {
			continue // "joined the talks by video": the talks are the meeting, no call
		}
		if talkVerbs[toks[j].low] || discussVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// delegationBefore reports whether "included" follows a delegation or
// group ("the delegation, led by X, included ...").
func (d *doc) delegationBefore(toks []token, s, k int) bool {
	if s < k && toks[s].low == "it" {
		// "The Ukrainian team arrived on Thursday. It was headed by Umerov
		// and included ...": the team of the sentence before
		for i := s - 2; i >= 0 && i >= s-30 && !(toks[i].kind == kPunct && (toks[i].text == "." || toks[i].text == "?" || toks[i].text == "!")); i-- {
			if toks[i].low == "delegation" || toks[i].low == "team" {
				return true
			}
		}
	}
	for i := s; i < k; i++ {
		if toks[i].low == "those" && votersAt(toks, i+1, k) {
			continue // "Those voting against included X and Y": a vote's side, not a meeting's
		}
		switch toks[i].low {
		case "delegation", "delegations", "team", "participants", "attendees", "guests", "meeting", "talks", "summit",
			"call", "session", "gathering", "those", "side", "conference", "negotiators",
			"attending", "present", "ministers", "leaders", "delegates", "dignitaries", "group", "contingent", "entourage", "committee",
			"attendance": // "Other heads of state in attendance included X, Y and Z"
			return true
		case "party":
			// "The British party included X and Y": a country's party at
			// the meeting, as its delegation (not a political party)
			if i > s {
				if _, ok := d.gaz.Country(toks[i-1].text); ok {
					return true
				}
			}
		}
	}
	return false
}

// votersAt reports a vote's side at j, before k: "(those) voting
// against", "who voted for", "opposed", "in favour".
func votersAt(toks []token, j, k int) bool {
	if j < k && toks[j].low == "who" {
		j++
	}
	if j >= k {
		return false
	}
	switch toks[j].low {
	case "voting", "voted", "vote", "opposed", "opposing", "against", "abstaining", "abstained":
		return true
	case "in":
		return j+1 < k && (toks[j+1].low == "favour" || toks[j+1].low == "favor")
	}
	return false
}

// leadsDelegation reports "led the Ukrainian team", "headed a delegation".
func leadsDelegation(toks []token, k, e int) bool {
	for j := k + 1; j < e && j <= k+4; j++ {
		switch toks[j].low {
		case "delegation", "team", "side", "talks", "negotiations", "negotiators", "mission", "delegations", "teams", "sides":
			return true
		case "for":
			// "Munro and Kerr led for the board": a side's team
			return j == k+1 && j+2 < e && (isDeterminer(toks[j+1].low) || toks[j+1].cap)
		case "group", "contingent":
			// "Dunmore led a group that included Ribeiro and Hallett": a
			// team by its members (not "led a group of protesters")
			return j+2 < e && (toks[j+1].low == "that" || toks[j+1].low == "which") && (toks[j+2].low == "included" || toks[j+2].low == "includes") ||
				j+1 < e && toks[j+1].low == "including"
		case "'s", "'":
			if j+1 >= len(toks) || toks[j+1].kind == kPunct {
				return true // "Medinsky led the Russian team; Umerov headed Ukraine's."
			}
		}
	}
	return false
}

// motionBefore reports a verb of travel in tokens [s, k): "flew to Tirana
// ... instead".
func motionBefore(toks []token, s, k int) bool {
	for j := s; j < k; j++ {
		if motionVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// capRunEnd returns where the run of capitalised words from token k ends.
func capRunEnd(toks []token, k, e int) int {
	j := k
	for j < e && toks[j].kind == kWord && toks[j].cap {
		j++
	}
	return j
}

// meetingAt returns the meeting already told at the place named from token
// k ("in Tirana"), when there is exactly one such place.
func (d *doc) meetingAt(pi, k, e int) *cluster {
	pl := d.placeName(pi, k, capRunEnd(d.paras[pi].toks, k, e))
	if pl == "" {
		return nil
	}
	for _, c := range d.clusters {
		if !c.future && (strings.EqualFold(c.place, pl) || strings.EqualFold(c.building, pl)) {
			return c
		}
	}
	return nil
}

// sideByAhead reports "side by", "team by" or "delegation by" within
// three words from j: the party whose leader an elliptical "by" names.
func sideByAhead(toks []token, j, e int) bool {
	for m := j; m+1 < e && m <= j+2; m++ {
		switch toks[m].low {
		case "side", "team", "delegation", "camp", "contingent":
			return toks[m+1].low == "by"
		}
		if toks[m].kind != kWord {
			return false
		}
	}
	return false
}

// capRun reports tokens [a, b) as one capitalised name, a determiner
// allowed first: "Egypt" in ", and Egypt by its prime minister".
func capRun(toks []token, a, b int) bool {
	if a < b && isDeterminer(toks[a].low) {
		a++
	}
	if a >= b {
		return false
	}
	for j := a; j < b; j++ {
		if toks[j].kind != kWord || !toks[j].cap {
			return false
		}
	}
	return true
}

// afterWhoseAside returns the person a "whose" aside hangs on when the cue
// at k is the main clause's, after the aside's closing comma:
// "Gonsalves, whose country holds the presidency (CELAC), joined the talks
// by video link".
func (d *doc) afterWhoseAside(pi, s, cs, k int) []*personEntry {
	toks := d.paras[pi].toks
	w := cs - 1
	for ; w > s && w >= k-40; w-- {
		if toks[w].low == "whose" && toks[w-1].text == "," {
			break
		}
		if toks[w].kind == kPunct && toks[w].text != "(" && toks[w].text != ")" && toks[w].text != "," {
			return nil
		}
	}
	if w <= s || w < k-40 || toks[w].low != "whose" {
		return nil
	}
	for c := w + 1; c < k; c++ {
		if toks[c].text == "," {
			for j := c + 1; j < k; j++ {
				if d.personStartsAt(pi, j) {
					return nil // "..., whose X, said Y joined": someone else's clause
				}
			}
			return d.beforeRelative(pi, s, c)
		}
	}
	return nil
}

// bodyRelativeBefore reports a cue at k in a relative clause whose
// subject, right before it past auxiliaries and adverbs, is "the" and a
// capitalised name that is no person's, and whose object is the noun
// before: "an offer the Kremlin has so far declined", "a plan which the
// Pentagon refused". The clause tells what a body did with a thing, not
// who stayed away.
func (d *doc) bodyRelativeBefore(pi, s, k int) bool {
	toks := d.paras[pi].toks
	j := k - 1
	for j > s && toks[j].kind == kWord && !toks[j].cap && (negationAux[toks[j].low] || verbAdverbs[toks[j].low] || isLyAdverb(toks[j]) ||
		toks[j].low == "so" || toks[j].low == "far" || toks[j].low == "not" || toks[j].low == "n't" || toks[j].low == "already" || toks[j].low == "still") {
		j--
	}
	if j-2 < s || toks[j].kind != kWord || !toks[j].cap || toks[j-1].low != "the" {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start <= j && j < max(m.end, m.rend) {
			return false
		}
	}
	b := toks[j-2]
	if b.low == "which" || b.low == "that" {
		return true
	}
	return b.kind == kWord && !b.cap && j-3 >= s && isDeterminer(toks[j-3].low) && !prepositions[b.low] // ("an offer the Kremlin")
}

// personEndsAt reports a person's name, or a pronoun for one, ending at
// token j: the subject of "X was supported by Y".
func (d *doc) personEndsAt(pi, j int) bool {
	if j < 0 {
		return false
	}
	if _, ok := d.mentionAt(pi, j); ok {
		return true
	}
	switch d.paras[pi].toks[j].low {
	case "he", "she", "they":
		return true
	}
	return false
}

// ledByAside returns the leaders named in a "led by" or "headed by"
// appositive ending at the comma c that describes the states or bodies
// before it: "The three Sahel countries, led by General A, Captain B and
// General C, were not represented" — the verb after it tells of them.
func (d *doc) ledByAside(pi, ss, c int) []*personEntry {
	toks := d.paras[pi].toks
	for o := c - 1; o > ss+1 && o > c-30; o-- {
		if toks[o].kind == kQuote || toks[o].kind == kPunct && strings.Contains(".;:()", toks[o].text) {
			return nil
		}
		if toks[o].low != "by" || (toks[o-1].low != "led" && toks[o-1].low != "headed" && toks[o-1].low != "ruled") || o-3 < ss || toks[o-2].text != "," {
			continue
		}
		if !polityNouns[toks[o-3].low] {
			return nil
		}
		if out, end := d.parseList(pi, o+1, c); end == c && len(out) > 0 {
			return out
		}
		return nil
	}
	return nil
}

// polityNouns are states and the bodies that rule them, which a leader
// leads without being a delegation's head: "the juntas, led by ...".
var polityNouns = set(`country countries state states nation nations junta juntas government governments regime regimes`)
