package corpus

import (
	"slices"
	"time"

	"strings"
)

// listConnectors join the items of a list of participants.
var listConnectors = set(`and with along plus together including alongside also nor neither either or by`)

// entityAt matches a country or organisation name of up to four words at
// token k ("European Commission", "United States", "NATO").
func (d *doc) entityAt(toks []token, k, e int) (name string, n int) {
	for l := 4; l >= 1; l-- {
		if k+l > e {
			continue
		}
		if !toks[k].cap {
			return "", 0
		}
		text := joinTokens(toks, k, k+l)
		if l == 1 && len(text) <= 3 && strings.ToUpper(text) != text {
			continue // "Un" in "Kim Jong Un" is not the UN
		}
		if c, ok := d.gaz.Country(text); ok {
			if longerBody(toks, k+l, e) {
				return "", 0
			}
			return c.Name, l
		}
		if o, ok := d.gaz.Organisation(text); ok {
			if longerBody(toks, k+l, e) {
				return "", 0
			}
			return o.Name, l
		}
		if s, ok := d.gaz.Speaker(text); ok && s.Of != "" && l == 1 {
			return s.Of, l
		}
	}
	return "", 0
}

// longerBody reports capitalised words from k that end a body's name
// ("Verification Mission", "Federation of Cattle Ranchers"): the country
// or organisation before them only begins the name of another body,
// whose head is not the country's or organisation's.
func longerBody(toks []token, k, e int) bool {
	for j := k; j < e && j < k+4 && toks[j].kind == kWord && toks[j].cap; j++ {
		if orgHeads[toks[j].low] || nameTails[toks[j].low] {
			return true
		}
	}
	return false
}

// nameTails end the names of bodies that orgHeads does not list.
var nameTails = set(`mission programme program conference fund panel tribunal observatory centre center`)

// titleOf maps a role noun to a gazetteer office title; "leader" means
// whoever leads the country or body.
func titleOf(low string) string {
	switch low {
	case "leader", "leaders", "head", "heads", "chief":
		return "leader"
	case "president", "presidents":
		return "president"
	case "premier", "premiers", "prime":
		return "prime minister"
	case "chancellor":
		return "chancellor"
	case "secretary-general":
		return "secretary-general"
	case "emir", "king", "pope":
		return low
	}
	return ""
}

// holder resolves "title of entity" to a registry entry.
func (d *doc) holder(entity, title string) *personEntry {
	named := d.undatedHolders(entity, title)
	if len(named) == 1 {
		return named[0]
	}
	fig, ok := d.holderOn(entity, title, d.day)
	if !ok {
		return nil
	}
	if len(named) > 1 && !slices.ContainsFunc(named, func(e *personEntry) bool { return e.fig == fig }) {
		return nil // the story names two holders, today's not among them: which is meant is not told
	}
	if e := d.reg.byFig[fig]; e != nil {
		return e
	}
	return d.reg.addFull(fig.Name)
}

// holderOn looks up who held the office on day (see holder).
func (d *doc) holderOn(entity, title string, day time.Time) (*Figure, bool) {
	var fig *Figure
	var ok bool
	if title == "head of government" {
		// a prime minister where the country has one, else its leader
		if fig, ok = d.gaz.Holder(entity, "prime minister", day); !ok {
			fig, ok = d.gaz.Leader(entity, day)
		}
	} else if title == "leader" {
		fig, ok = d.gaz.Leader(entity, day)
	} else {
		fig, ok = d.gaz.Holder(entity, title, day)
	}
	if !ok && title == "national security adviser" {
		// many governments call the post the leader's foreign-policy or
		// diplomatic adviser
		fig, ok = d.gaz.foreignPolicyAdviser(entity, day)
	}
	return fig, ok
}

// undatedHolders are, in a story without a date, where today's holder of
// an office is only a guess, the people it names who held the office at
// some time ("the leaders of Japan, China and South Korea" in undated copy
// that names Kishida, Li and Yoon). nil for a dated story.
func (d *doc) undatedHolders(entity, title string) []*personEntry {
	if !d.day.IsZero() {
		return nil
	}
	var out []*personEntry
	for _, pe := range d.reg.list {
		if pe.fig == nil || !d.mentioned(pe) {
			continue
		}
		for _, o := range pe.fig.Offices {
			from, err := time.Parse(time.DateOnly, o.From)
			if err != nil {
				continue
			}
			if fig, ok := d.holderOn(entity, title, from); ok && fig == pe.fig {
				out = append(out, pe)
				break
			}
		}
	}
	return out
}

// parseList reads a list of participants starting at token k of paragraph
// pi and ending before e: named people, pronouns, and descriptions such as
// "the leaders of France, Britain and Germany", "the president of the
// European Commission", "the German and French leaders". It returns the
// people and the token where the list ends.
func (d *doc) parseList(pi, k, e int) ([]*personEntry, int) {
	p := &d.paras[pi]
	toks := p.toks
	var out []*personEntry
	ofTitle := ""        // "leaders of France, Britain": later bare countries inherit
	var pending []string // "the German and": nationalities waiting for their noun
	i := k
	for i < e {
		// connectors
		t := toks[i]
		if t.low == "as" {
			if i+2 < e && toks[i+1].low == "well" && toks[i+2].low == "as" {
				i += 3
				continue
			}
			break
		}
		if t.low == "in" && i > k && i+2 < e && toks[i+1].low == "addition" && toks[i+2].low == "to" {
			i += 3 // "Macron and Starmer, in addition to the Prime Minister of Pakistan"
			continue
		}
		if n := partyTagEnd(toks, i, e); n > i && i > k {
			i = n // "Speaker Kevin McCarthy, R-Calif., Senate Majority Leader ...": the party and state of the one before
			continue
		}
		if n := sidePhrase(toks, i, e); n > 0 {
			i += n // "Lutnick and Greer on the American side and Li on the other"
			continue
		}
		if t.text == "(" {
			// "(DGMOs)": a parenthesis inside the list
			j := i + 1
			for j < e && j < i+8 && toks[j].text != ")" {
				j++
			}
			if j < e && toks[j].text == ")" {
				i = j + 1
				continue
			}
		}
		if n := dashedAside(toks, i, e); n > i && i > k {
			i = n // "Angola's João Lourenço – this year's AU chairperson – Burundi's ...": an aside about the one before
			continue
		}
		if c := groupBeforeDash(toks, i, e); c > i {
			i = c // "representatives of the EU, the OSCE and the UN – A, B and C": the group, then its members
			continue
		}
		if c := groupBeforeColon(toks, i, e); c > i {
			i = c // "together with the foreign ministers of the four members: A of Brazil, B of Argentina"
			continue
		}
		if n := d.itemDescription(pi, i, e); n > i {
			i = n // "A; Senator B of New York, the majority leader; and C": B's description, up to the item's end
			continue
		}
		if t.low == "by" && i > k && toks[i-1].low == "and" && i+1 < e && toks[i+1].kind == kWord {
			i++ // "joined by the local's vice president, Eddie Baca, and by two drivers, ..."
			continue
		}
		if i > k && toks[i-1].text == "," {
			if j := d.thenRoleEnd(pi, i, e); j > i {
				// "Catherine Ashton, then the EU's foreign policy chief, and the
				// foreign ministers ...", "LeBlanc, then public safety minister,
				// and ...", "Michel, then European Council president, von der
				// Leyen, ...": her role at the time, not another person
				i = j
				continue
			}
		}
		if (t.low == "himself" || t.low == "herself") && i > k {
			i++ // "led by Zelensky himself, with Umerov and Hnatov"
			continue
		}
		if t.low == "among" && i+1 < e && (toks[i+1].low == "them" || toks[i+1].low == "whom") {
			i += 2 // "more than 30 leaders, among them Starmer and Merz"
			continue
		}
		if n := positionMarker(toks, i, e); n > 0 {
			i += n // "Macron, left, and Stubb", "Modi (left) and Xi": a caption's positions
			continue
		}
		if t.kind == kPunct && t.text == "," || t.kind == kWord && listConnectors[t.low] || t.text == ";" && i > k && semicolonItems(toks, i, e) ||
			t.low == "both" && i+1 < e && toks[i+1].cap {
			i++
			continue
		}
		if (t.low == "who" || t.low == "which" || t.low == "whose") && i > k && toks[i-1].text == "," {
			// "Kaja Kallas, who signed the pact, the EU trade commissioner ..."
			j := i + 1
			for j < e && j < i+20 && toks[j].text != "," {
				j++
			}
			if j < e && toks[j].text == "," {
				i = j + 1
				continue
			}
			break
		}
		if n := d.participialAside(pi, i, e); n > i {
			i = n // "Ghana's Akufo-Addo, attending his last summit, Sierra Leone's Bio": a remark on the one before
			continue
		}
		if n := d.kinAppositive(pi, i, e); n > i {
			i = n // "Yaqoob, the son of the movement's late founder, Mullah Omar": a relative named to place him
			continue
		}
		if t.low == "his" || t.low == "her" {
			// "his British, French and German counterparts"
			j := i + 1
			for j < e && j < i+12 && (toks[j].cap || toks[j].text == "," || toks[j].low == "and") {
				j++
			}
			if j < e && toks[j].low == "counterparts" {
				if cs := d.counterparts(pi, i, j+1); len(cs) > 0 {
					out = append(out, cs...)
					i = j + 1
					continue
				}
			}
		}
		j := i
		if toks[j].low == "its" || toks[j].low == "his" || toks[j].low == "her" || toks[j].low == "their" || toks[j].low == "our" {
			j++ // "its senior negotiator, Omar Hamdan"
		}
		j = lowerBeforeRole(toks, j, e) // "branch secretary Dana Whitcombe", "board president X"
		for {
			for j < e && (npTok(toks[j]) || timePrefixed(toks[j]) || toks[j].low == "then" && j+1 < e && (toks[j+1].cap || roleMods[toks[j+1].low]) || toks[j].low == "heads" || toks[j].low == "other" || toks[j].low == "top" || toks[j].low == "new" || electedMods[toks[j].low] || toks[j].low == "side" || toks[j].low == "team" || toks[j].low == "delegation" || groupTail(toks, i, j)) && toks[j].low != "who" &&
				(toks[j].low != "for" || j > i && rolesHead[toks[j-1].low] && j+1 < e && toks[j+1].cap || d.officeFor(pi, i, j, e)) || pluralPossessive(toks, i, j, e) ||
				j < e && toks[j].low == "to" && d.roleToPlace(pi, i, j, e) {
				j++ // ("envoy for Syria Tom Barrack", "the two countries’ directors")
			}
			if n := d.modifiersBeforeName(pi, j, e); n > j {
				j = n // "headed by its exiled Gaza chief Khalil al-Hayya"
				continue
			}
			break
		}
		if j > i && j < e {
			for _, m := range p.ments {
				if m.kind == mPerson && m.start >= i && m.start < j && m.end > j && m.end <= e {
					j = m.end // a name with a particle the phrase test stops at ("Corrêa do Lago")
				}
			}
			j = d.nounsBeforeName(pi, j, e)
		}
		if j == i {
			// a description the list does not need before ", Name":
			// "the EU special representative for the dialogue, Peter Sørensen"
			if next := d.nameAfterComma(pi, i, e); next > i {
				i = next
				continue
			}
			break
		}
		if j < e && isSpeech(toks[j]) && !weakSpeechVerbs[toks[j].low] && i > k && toks[i-1].text == "," {
			break // "..., Merz's spokesman said": the attribution, not the list
		}
		if i > k && toks[i-1].low == "and" && j < e && encounterVerbAt(toks, j) && k > 0 && (toks[k-1].low == "with" || encounterVerbAt(toks, k-1)) {
			break // "held talks with Vos, and Renner met Moen": the subject of the next clause
		}
		if a := d.appositiveEnd(pi, i); a > i && a <= e {
			i = a // "Piotr Nowak, the Polish foreign minister, ...": his role, not another person
			continue
		}
		if n := d.roleBeforeName(pi, i, j, e); n > j {
			i = n // "the president of the Colombian Federation of Cattle Ranchers, José Félix Lafaurie": his role, not an office to resolve
			continue
		}
		found := d.itemPeople(pi, i, j, &ofTitle, &pending)
		out = append(out, found...)
		i = j
	}
	return dedupe(out), i
}

// lowerBeforeRole returns the role word after one or two plain
// lower-case words at j that name what the role is of ("branch secretary
// Dana Whitcombe", "board president Ramon Alvarez", "bargaining chair
// X") when a name follows the role, else j.
func lowerBeforeRole(toks []token, j, e int) int {
	n := j
	for n < e && n < j+2 && toks[n].kind == kWord && !toks[n].cap && plainModifier(toks[n]) && !rolesHead[toks[n].low] && !titleWords[toks[n].low] {
		n++
	}
	if n == j || n+1 >= e || !(rolesHead[toks[n].low] || titleWords[toks[n].low]) || toks[n].cap || !toks[n+1].cap {
		return j
	}
	return n
}

// modifiersBeforeName returns where a description goes on after one or
// two lower-case modifiers at j that no rule lists ("exiled", "veteran",
// "hardline") when a person's name starts within five tokens of them,
// else j.
func (d *doc) modifiersBeforeName(pi, j, e int) int {
	toks := d.paras[pi].toks
	if j == 0 || !(isDeterminer(toks[j-1].low) || toks[j-1].low == "'s" || toks[j-1].low == "’s" || toks[j-1].low == "its" || toks[j-1].low == "their") {
		return j // after an article or a possessive only: a verb never stands there
	}
	n := j
	for n < e && n < j+2 && toks[n].kind == kWord && !toks[n].cap && plainModifier(toks[n]) {
		n++
	}
	if n == j || n >= e || !(toks[n].cap || roleMods[toks[n].low] || rolesHead[toks[n].low]) {
		return j
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start >= n && m.start < n+5 && m.start < e {
			for x := n; x < m.start; x++ {
				if toks[x].kind != kWord && toks[x].text != "-" && !(toks[x].text == "," && x == m.start-1 && x > n) {
					return j // "exiled, Khalil": a break, not one description (but "exiled Gaza chief, Khalil")
				}
			}
			return n
		}
	}
	return j
}

// plainModifier reports a lower-case word that may modify a role: not a
// function word, preposition, conjunction, adverb, speech verb or
// "-ing" form ("including", "meeting").
func plainModifier(t token) bool {
	w := t.low
	return !functionWords[w] && !prepositions[w] && !clauseBreak[w] && !listConnectors[w] && !verbAdverbs[w] &&
		!isLyAdverb(t) && !isSpeech(t) && !strings.HasSuffix(w, "ing") && w != "who" && w != "and" && w != "or"
}

// appositiveEnd returns where the role appositive of the person named
// just before the comma at i-1 ends, when the item at i is that role
// ("Ana Ruiz, Spain's foreign minister, and ..."), or i.
func (d *doc) appositiveEnd(pi, i int) int {
	toks := d.paras[pi].toks
	if i < 1 || toks[i-1].text != "," {
		return i
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.end == i-1 && m.rend > i {
			for _, o := range d.paras[pi].ments {
				if o.kind == mPerson && o.start >= i && o.start < m.rend {
					return i // a name inside: a list, not a role
				}
			}
			for x := i; x < m.rend; x++ {
				if t := toks[x].low; t == "and" || t == "," || pluralRole(t) {
					return i // "the foreign ministers of Britain, France and Germany": more people
				}
			}
			return m.rend
		}
	}
	return i
}

// attributiveOwner reports a name ending at k that modifies the role of
// the person named right after it, within the item ending at e: "Trump
// envoy Steve Witkoff", "Putin aide Yuri Ushakov".
func (d *doc) attributiveOwner(pi, k, e int) bool {
	toks := d.paras[pi].toks
	j := k
	for j < e && j < k+2 && toks[j].kind == kWord && !toks[j].cap && (rolesHead[toks[j].low] || titleWords[toks[j].low]) {
		j++
	}
	if j == k {
		return false
	}
	for _, o := range d.paras[pi].ments {
		if o.kind == mPerson && o.start == j && o.start < e {
			return true
		}
	}
	return false
}

// pluralRole: "ministers", "secretaries", "chiefs".
func pluralRole(w string) bool {
	return strings.HasSuffix(w, "ies") && rolesHead[strings.TrimSuffix(w, "ies")+"y"] ||
		strings.HasSuffix(w, "s") && rolesHead[strings.TrimSuffix(w, "s")]
}

// positionWords say where someone stands in a picture.
var positionWords = set(`left right centre center far-left far-right second-left second-right`)

// positionMarker returns the length of a caption's position marker at
// token i (", left," or "(right)", without the comma that follows), or 0.
func positionMarker(toks []token, i, e int) int {
	if i+2 < e && toks[i].text == "(" && positionWords[toks[i+1].low] && toks[i+2].text == ")" {
		return 3
	}
	if i+2 < e && toks[i].text == "," && positionWords[toks[i+1].low] && toks[i+2].text == "," {
		return 2
	}
	if i+2 < e && toks[i].text == "," && positionWords[toks[i+1].low] && (toks[i+2].low == "and" || toks[i+2].low == "with") {
		return 2
	}
	return 0
}

// itemPeople interprets one list item [s, e).
func (d *doc) itemPeople(pi, s, e int, ofTitle *string, pending *[]string) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.start >= s && m.start < e && !m.poss && (!ofDescription(toks, s, m.start) || toks[m.start-1].text == ",") {
			// ("the head of the wealth fund, Kirill Dmitriev": the name after the description)
			switch m.kind {
			case mPerson:
				if d.attributiveOwner(pi, m.end, e) {
					continue // "Trump envoy Steve Witkoff": Witkoff, Trump's envoy
				}
				out = append(out, m.p)
			case mPronoun:
				if toks[m.start].low == "he" || toks[m.start].low == "she" || toks[m.start].low == "him" || toks[m.start].low == "her" && m.start+1 == e {
					// ("her economic affairs secretary" is the secretary)
					if r := d.resolvePronoun(pi, m.start, m.female); r != nil {
						out = append(out, r)
					} else if r := d.earlierInSentence(pi, m.start, m.female); r != nil {
						out = append(out, r) // "to stand with Zelenskyy as he met Trump"
					}
				}
			}
		}
	}
	if len(out) == 0 && e-s == 1 && (toks[s].low == "they" || toks[s].low == "them") && !d.theyIsGroup(pi, s) {
		// "they met", "joined them": the two or more the sentence before
		// opened with ("X and Y first met in Riyadh, in a meeting hosted by
		// Z. They met again ..."), else the people of the meeting under way
		// who were there
		if two := d.previousSubjects(pi, s); len(two) >= 2 && (d.elsewhereThanCurrent(pi, s) || d.current == nil || len(d.current.att) < 2) {
			return two // (and when no meeting told has people yet: "A, B and C laid wreaths. They then held their first working session")
		}
		if c := d.current; c != nil && len(c.att) > 2 && d.elsewhereThanCurrent(pi, s) {
			// "They met in Bali in November 2022": the two leaders of the
			// meeting under way met before, not their aides
			var heads []*personEntry
			for _, a := range c.att {
				if !c.isAbsent(a) && isHeadRole(strings.ToLower(d.entryWho(a).role)) {
					heads = append(heads, a)
				}
			}
			if len(heads) == 2 {
				return heads
			}
		}
		if c := d.current; c != nil && len(c.att) >= 2 {
			var here []*personEntry
			for _, a := range c.att {
				if !c.isAbsent(a) {
					here = append(here, a)
				}
			}
			if len(here) >= 2 {
				return here
			}
			return append([]*personEntry(nil), c.att...)
		}
	}
	if len(out) > 0 {
		*ofTitle = ""
		return out
	}
	// "the head of Israel's Mossad, David Barnea": the name follows
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.rstart <= s && m.start >= e {
			return nil
		}
	}
	// "his Chinese counterpart": the holder of the owner's office there
	if c := d.counterpart(pi, s, e); c != nil {
		return []*personEntry{c}
	}
	if cs := d.counterparts(pi, s, e); len(cs) > 0 {
		return cs // "his British, French and German counterparts"
	}
	// "the leaders last met in Kazan": the heads of state or government of
	// the meeting under way
	if e-s == 2 && toks[s].low == "the" && toks[s+1].low == "leaders" {
		if c := d.current; c != nil {
			var heads []*personEntry
			for _, a := range c.att {
				if isHeadRole(strings.ToLower(d.entryWho(a).role)) {
					heads = append(heads, a)
				}
			}
			if len(heads) >= 2 {
				return heads
			}
		}
	}
	// "the two leaders", "both men": the people just named
	if n := groupSize(toks, s, e); n > 0 {
		if c := d.current; c != nil && len(c.att) > n && groupTail(toks, s, e-1) {
			// "The pair were joined by X", told after a meeting of more:
			// the two just named, when there are two
			if last := d.lastPeople(pi, s, n); len(last) == n {
				return last
			}
		}
		if c := d.current; c != nil && len(c.att) >= n && bareGroup(toks, s, e) {
			// "Trump had invited Xi personally. The two spoke by phone on
			// Friday": the two the sentence before names, not the pair of
			// the meeting told earlier
			if prev := d.prevSentencePeople(pi, s); len(prev) == n && !slices.Equal(prev, c.att[:n]) {
				return prev
			}
		}
		if c := d.current; c != nil && len(c.att) >= n {
			// "the two leaders": the heads of state or government among them;
			// "both ministers": the ministers
			var match, peers []*personEntry
			for _, a := range c.att {
				role := strings.ToLower(d.entryWho(a).role)
				if strings.HasSuffix(role, "counterpart") {
					peers = append(peers, a) // "his Armenian counterpart": of the office matched below
					continue
				}
				switch toks[e-1].low {
				case "leaders", "presidents":
					if isHeadRole(role) || toks[e-1].low == "leaders" && countryLeaderRole(role) && d.anyHead(c.att) {
						match = append(match, a)
					}
				case "ministers":
					if mod := toks[e-2].low; portfolioMods[mod] && e-2 > s {
						// "the three foreign ministers": those of that portfolio
						// ("Foreign Secretary" too), not the "Europe minister"
						if strings.Contains(role, mod) && (strings.Contains(role, "minister") || strings.Contains(role, "secretary")) {
							match = append(match, a)
						}
					} else if strings.Contains(role, "minister") && !isHeadRole(role) {
						match = append(match, a)
					}
				}
			}
			if len(match) > 0 && len(peers) > 0 {
				// "Foreign Minister A and his Armenian counterpart B": B holds
				// the office A does, so "the two ministers" may be them
				match = append(match, peers...)
				slices.SortStableFunc(match, func(x, y *personEntry) int { return slices.Index(c.att, x) - slices.Index(c.att, y) })
			}
			if len(match) == n {
				return match
			}
			if d.rolesDeny(c.att[:n], toks[e-1].low) {
				return nil // "The two presidents last met in Anchorage", told after talks of officials: not those officials
			}
			return append([]*personEntry(nil), c.att[:n]...)
		}
		if objs := d.groupAsObject(pi, s, n); objs != nil {
			return objs // "Trump hosted both leaders": not Trump
		}
		return d.lastPeople(pi, s, n)
	}
	// descriptions
	title := ""
	var nations []string
	hasOf := false
	for k := s; k < e; k++ {
		t := toks[k]
		if t.low == "of" {
			hasOf = true
			continue
		}
		if t.low == "secretary" && k+1 < e && toks[k+1].low == "general" && title == "" {
			title = "secretary-general"
			k++
			continue
		}
		if k+1 < e && title == "" {
			// "the foreign ministers of France, Britain and Germany"
			two := strings.TrimSuffix(t.low+" "+toks[k+1].low, "s")
			switch two {
			case "foreign minister", "defence minister", "defense minister", "finance minister", "trade minister",
				"prime minister", "vice president", "crown prince", "national security adviser", "security adviser":
				if two == "defense minister" {
					two = "defence minister"
				}
				if two == "security adviser" {
					two = "national security adviser"
				}
				title = two
				k++
				continue
			}
		}
		if t.low == "national" && k+2 < e && toks[k+1].low == "security" && strings.HasPrefix(toks[k+2].low, "adviser") && title == "" {
			title = "national security adviser"
			k += 2
			continue
		}
		if (t.low == "head" || t.low == "heads") && k+2 < e && toks[k+1].low == "of" && toks[k+2].low == "government" && title == "" {
			title = "head of government" // "the heads of government of Estonia and Lithuania": their prime ministers
			k += 2
			continue
		}
		if tt := titleOf(t.low); tt != "" && title == "" {
			if t.low == "prime" && !(k+1 < e && toks[k+1].low == "minister") {
				continue
			}
			if (t.low == "heads" || t.low == "head") && delegationAhead(toks, k+1, len(toks)) {
				return nil // "the heads of the Brazilian, Singaporean and EU delegations": no country's leader
			}
			if tt == "leader" && (t.low == "chief" || t.low == "head") && k > s && toks[k-1].kind == kWord && !toks[k-1].cap && toks[k-1].low != "'s" && !nationalities[toks[k-1].low] {
				return nil // "Egypt's intelligence chief", "the army chief": not the country's leader
			}
			if tt == "leader" && (t.low == "chief" || t.low == "head") && k+1 < e && toks[k+1].kind == kWord && !toks[k+1].cap &&
				toks[k+1].low != "of" && toks[k+1].low != "and" && toks[k+1].low != "'s" {
				return nil // "Moldova's chief negotiator", "Iran's chief justice": another office
			}
			title = tt
			continue
		}
		if t.low == "former" || t.low == "deputy" || t.low == "assistant" {
			// "the Deputy Prime Minister and Foreign Minister, X": a deputy,
			// not the holder of the office
			return nil
		}
		if t.low == "'s" && k > s && !toks[k-1].cap && toks[k-1].kind == kWord {
			return nil // "the Russian delegation's leader": the delegation's, not Russia's
		}
		if t.low == "'s" && title != "" && k+1 < e && toks[k+1].kind == kWord && !toks[k+1].cap {
			return nil // "the UN Secretary-General's special envoy": the office holder's envoy, not the holder
		}
		if name, n := d.entityAt(toks, k, e); n > 0 {
			if k+n < e && (toks[k+n].low == "'s" || toks[k+n].low == "'") && !titleAfter(toks, k+n+1, e) {
				// "the head of Israel's Mossad": the office of the possessed body
				// (but "Germany's chancellor" is the country's own)
				return nil
			}
			if hasOf && k+n+1 < len(toks) && toks[k+n].kind == kWord && !toks[k+n].cap && !rolesHead[toks[k+n].low] && toks[k+n].low != "and" && toks[k+n].low != "or" && toks[k+n].low != "as" && toks[k+n+1].kind == kWord &&
				!prepositions[toks[k+n].low] && !functionWords[toks[k+n].low] && !beVerbs[toks[k+n].low] && !meetingVerbs[toks[k+n].low] && !isSpeech(toks[k+n]) && !pastVerb(toks[k+n]) {
				// "head of the North Korea policy division": the country names
				// the division, whose head is not the country's leader
				return nil
			}
			nations = append(nations, name)
			k += n - 1
		}
	}
	switch {
	case title != "" && len(nations) > 0:
		if strings.HasSuffix(toks[e-1].low, "s") && len(nations) == 1 && len(*pending) == 0 {
			if _, isCountry := d.gaz.Country(nations[0]); !isCountry {
				return nil // "NATO leaders", "EU ministers": members, not the head
			}
		}
		if hasOf {
			*ofTitle = title
		}
		all := append(*pending, nations...)
		if title == "leader" && len(all) == 1 && toks[s].low == "the" && !strings.HasSuffix(toks[e-1].low, "s") {
			// "The Qatari leader", just after Qatar's prime minister was named: him
			if r := d.namedLeader(pi, s, all[0]); r != nil {
				return []*personEntry{r}
			}
		}
		if len(all) == 1 && toks[s].low == "the" && !strings.HasSuffix(toks[e-1].low, "s") {
			if r := d.namedHolder(pi, s, all[0], title); r != nil {
				return []*personEntry{r} // the one the article named so, not the gazetteer's
			}
		}
		for _, n := range all {
			if h := d.holder(n, title); h != nil {
				out = append(out, h)
			}
		}
		*pending = nil
	case title == "" && len(nations) > 0 && *ofTitle != "":
		for _, n := range nations {
			if h := d.holder(n, *ofTitle); h != nil {
				out = append(out, h)
			}
		}
	case title == "" && len(nations) > 0 && allNationalities(toks, s, e):
		*pending = append(*pending, nations...)
	case title != "" && title != "leader" && len(nations) == 0 && e-s <= 3 && toks[s].low == "the" && !strings.HasSuffix(toks[e-1].low, "s"):
		// "the president": the latest person with that title
		if h := d.latestWithTitle(pi, s, title); h != nil {
			out = append(out, h)
		} else if h := d.titleNamedLater(pi, s, e, title); h != nil {
			out = append(out, h) // a readout's "The Prime Minister", named further down
		} else if h := d.placeHolder(pi, s, e, title); h != nil {
			out = append(out, h) // "landed in Riyadh ... received by the crown prince"
		}
	case title == "" && len(nations) == 0:
		if h := d.roleNounPerson(pi, s, e); h != nil {
			out = append(out, h) // "received the envoy"
		}
	}
	return out
}

func allNationalities(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if !(isDeterminer(toks[k].low) || toks[k].cap) {
			return false
		}
	}
	return true
}

func dedupe(es []*personEntry) []*personEntry {
	out := es[:0]
	seen := map[*personEntry]bool{}
	for _, e := range es {
		if e != nil && !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// groupTail reports the noun that ends a group phrase begun at i, at j:
// "the pair", "the duo" (read whole, as groupSize counts them).
func groupTail(toks []token, i, j int) bool {
	if j <= i {
		return false
	}
	return (toks[j].low == "pair" || toks[j].low == "duo") && toks[j-1].low == "the"
}

// subjectList returns the people named as the subject of the verb at token
// v: "Trump and Putin met", "the German and French leaders praised".
// timeBefore returns the length of a time phrase that ends at token j
// (after a subject, before its verb): "on Tuesday", "on Monday night",
// "yesterday", "last week"; 0 when there is none.
func timeBefore(toks []token, s, j int) int {
	switch {
	case j-2 >= s && toks[j-2].low == "on" && isDay(toks[j-1].low) && dayParts[toks[j].low]:
		return 3
	case j-1 >= s && toks[j-1].low == "on" && isDay(toks[j].low):
		return 2
	case toks[j].low == "yesterday" || toks[j].low == "today" || toks[j].low == "tonight":
		return 1
	case j-1 >= s && (toks[j-1].low == "last" || toks[j-1].low == "this") && (toks[j].low == "week" || toks[j].low == "weekend" || toks[j].low == "month"):
		return 2
	}
	return 0
}

// lastClauseStart returns where the last clause joined by ", and" or
// ", but" before token j starts when a capitalised word opens it ("He did
// not, and Zelenskiy flew to Ankara to meet Erdogan": Zelenskiy's
// clause), else ss.
func lastClauseStart(toks []token, ss, j int) int {
	for k := j - 1; k > ss+1; k-- {
		if (toks[k].low == "and" || toks[k].low == "but") && toks[k-1].text == "," && k+1 < j && toks[k+1].cap {
			return k + 1
		}
	}
	return ss
}

// titleOfTail end a lower-case title joined by "of": "chief of staff",
// "secretary of state", "head of mission".
var titleOfTail = set(`staff state mission government defence defense`)

// possessiveAfterAnd: "his" or "her" right after "and" in a list of
// people ("Merz and his French counterpart Emmanuel Macron met").
func possessiveAfterAnd(toks []token, i, s int) bool {
	return (toks[i].low == "his" || toks[i].low == "her") && i-1 >= s && toks[i-1].low == "and"
}

// semicolonItemsBefore returns the people of the items before the
// semicolon that opens the clause at s, when they fill everything from
// the sentence's start: "Vice President Kashim Shettima; the Minister of
// Foreign Affairs, Yusuf Tuggar, and ..., were also at the summit".
func (d *doc) semicolonItemsBefore(pi, s, ss int) []*personEntry {
	toks := d.paras[pi].toks
	if s <= ss+1 || toks[s-1].text != ";" {
		return nil
	}
	var out []*personEntry
	a := ss
	for j := ss; j < s; j++ {
		if toks[j].text != ";" {
			continue
		}
		items, end := d.parseList(pi, a, j)
		if len(items) == 0 || end != j {
			return nil
		}
		out = append(out, items...)
		a = j + 1
	}
	return out
}

// thenRoleEnd returns the comma that closes a past or present role told
// after a name, from "then", "now" or "formerly" at i: ", then the EU's
// foreign policy chief,", ", then public safety minister,", ", then
// European Council president,". The words must hold a role word and name
// no one ("then Prime Minister Karl Moen" is another person); else i.
func (d *doc) thenRoleEnd(pi, i, e int) int {
	toks := d.paras[pi].toks
	if !(toks[i].low == "then" || toks[i].low == "now" || toks[i].low == "formerly") || i+1 >= e {
		return i
	}
	j, role, capRole := i+1, isDeterminer(toks[i+1].low), false
	for j < e && j < i+10 && toks[j].kind == kWord {
		role = role || rolesHead[toks[j].low] && !toks[j].cap
		capRole = capRole || rolesHead[toks[j].low]
		j++
	}
	if j >= e || toks[j].text != "," {
		return i
	}
	if isDeterminer(toks[i+1].low) || !toks[i+1].cap {
		if role {
			return j
		}
		return i
	}
	// a capitalised role ("then European Council president"): no name in it
	if !capRole {
		return i
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start > i && m.start < j {
			return i
		}
	}
	return j
}

func (d *doc) subjectList(pi, v, s, ss int) []*personEntry {
	toks := d.paras[pi].toks
	if v-1 > ss && (toks[v-1].text == "—" || toks[v-1].text == "–") {
		// "American and Chinese officials — Bessent and He — met"
		for o := v - 2; o > ss; o-- {
			if toks[o].text == "—" || toks[o].text == "–" {
				if out, _ := d.parseList(pi, o+1, v-1); len(out) > 0 {
					return out
				}
				break
			}
		}
	}
	if v >= 1 && (toks[v-1].low == "after" || toks[v-1].low == "before") && (v-1 == ss || v >= 2 && strings.HasSuffix(toks[v-2].low, "ing") && toks[v-2].cap) ||
		cataphoric(toks, ss, v) {
		// "After meeting Nowak, Ruiz said"; "Speaking after she met Nowak,
		// Ruiz said"; "Speaking after meeting Erdogan, Zelensky said": the
		// main clause's subject
		_, se := d.paras[pi].sentenceOf(v)
		for c := v + 1; c+1 < se; c++ {
			if toks[c].text == "," {
				if m, ok := d.mentionAt(pi, c+1); ok && m.p != nil {
					return []*personEntry{m.p}
				}
				for _, m := range d.paras[pi].ments {
					if m.kind == mPerson && !m.poss && m.rstart == c+1 {
						return []*personEntry{m.p}
					}
				}
			}
		}
		return nil
	}
	j := v - 1
	for j >= s && toks[j].kind == kWord && !toks[j].cap && (verbAdverbs[toks[j].low] || isLyAdverb(toks[j]) || toks[j].low == "last" && j == v-1 || toks[j].low == "instead" && j == v-1 || toks[j].low == "turn" && j > s && toks[j-1].low == "in") {
		if toks[j].low == "turn" {
			j-- // "Dahl in turn received Haddad"
		}
		j--
	}
	for j >= s {
		n := timeBefore(toks, s, j) // "Doval and Wang on Tuesday held talks"
		if n == 0 {
			break
		}
		j -= n
	}
	if j < s {
		return nil
	}
	if toks[j].low == "to" && j > ss {
		// "travelled to Ankara to meet Fidan": the traveller
		if a := d.coordinatedRelative(pi, ss, j); a != nil {
			return []*personEntry{a} // "Zelenskiy, who flew to Ankara to meet Erdogan"
		}
		if w := d.mainSubject(pi, lastClauseStart(toks, ss, j), v); w.p != nil {
			return []*personEntry{w.p}
		}
		return nil
	}
	if toks[j].low == "and" && j > ss {
		if w := travelWith(toks, ss, j); w > 0 {
			// "Vos flew to Lima with Moen, the envoy, and Silva, and met
			// Dahl": the traveller and those he travelled with
			if comp, end := d.parseList(pi, w+1, j); len(comp) > 0 && end >= j-1 {
				// (the list runs up to the "and": not "came to Potsdam with
				// Churchill on July 17, when ..., and attended")
				if sub := d.mainSubject(pi, ss, v); sub.p != nil && !slices.Contains(comp, sub.p) {
					return dedupe(append([]*personEntry{sub.p}, comp...))
				}
			}
		}
	}
	if _, named := d.mentionAt(pi, j-1); toks[j].low == "and" && j > ss && !named && !nationalities[toks[j-1].low] {
		// "Lee stopped in Tokyo on Saturday and met Ishiba": the sentence's subject
		if a := d.coordinatedRelative(pi, ss, j); a != nil {
			return []*personEntry{a} // "Othman, who travelled to Naypyidaw and met Min Aung Hlaing"
		}
		if out, end := d.parseList(pi, afterIntro(toks, ss, j), j); len(out) >= 2 && end < j && toks[end].kind == kWord && !toks[end].cap {
			return out // "Costa and von der Leyen, the two presidents, walked ... and were greeted by Xi"
		}
		if w := d.mainSubject(pi, ss, v); w.p != nil {
			return []*personEntry{w.p}
		}
		return nil
	}
	if toks[j].low == "who" && j-1 > ss && toks[j-1].text == "," {
		// "Iran was represented by Gharibabadi and Takht-Ravanchi, who met
		// the Europeans": the list the relative clause hangs on
		for start := max(ss, j-25); start < j-1; start++ {
			if out, end := d.parseList(pi, start, j-1); end == j-1 && len(out) > 0 {
				return out
			}
		}
	}
	if sp := d.reportedSpeaker(pi, ss, j); sp != nil {
		return []*personEntry{sp} // "Luxon told reporters he had a pull-aside with Brown"
	}
	if toks[j].low == "they" && j-1 > ss && (toks[j-1].low == "where" || toks[j-1].low == "when" || toks[j-1].low == "and" || asClause(toks, j-1)) {
		// "Starmer, Macron and Merz travelled to Kyiv, where they met
		// Zelensky": the people the sentence opens with
		if out, _ := d.parseList(pi, ss, j-1); len(out) >= 2 {
			return out
		}
	}
	k := j
	for {
		for k-1 >= s && (npTok(toks[k-1]) || toks[k-1].low == "and" || toks[k-1].low == "other" || toks[k-1].text == "," ||
			k < j && toks[k-1].kind == kWord && !toks[k-1].cap && plainModifier(toks[k-1]) && rolesHead[toks[k].low] && k-2 >= s && toks[k-2].low == "and" || // "A and mission head B met"

			positionWords[toks[k-1].low] && k-2 >= s && (toks[k-2].text == "," || toks[k-2].text == "(") || toks[k-1].text == "(" || toks[k-1].text == ")" ||
			(toks[k-1].low == "then" || toks[k-1].low == "now" || toks[k-1].low == "formerly") && k-2 >= s && toks[k-2].text == "," && d.thenRoleEnd(pi, k-1, j+1) > k-1 || // "Michel, then European Council president, von der Leyen and Scholz sat down"
			possessiveAfterAnd(toks, k-1, s)) && toks[k-1].low != "who" {
			k--
		}
		if k-3 >= s && titleOfTail[toks[k-1].low] && toks[k-2].low == "of" && rolesHead[toks[k-3].low] {
			k -= 3 // "and chief of staff Kang Hoon-sik accompanied Lee"
			continue
		}
		break
	}
	if k-1 >= s && k < j && (toks[k-1].low == "with" || encounterVerbAt(toks, k-1)) {
		// "Dahl held talks with Vos, and Renner met Moen": the list runs
		// back into the object of the clause before; the subject starts
		// after its "and"
		if a := clauseAnd(toks, k, j); a > 0 {
			k = a + 1
		}
	}
	if toks[j].kind == kWord {
		// the longest list that runs up to the verb: "Starmer, Macron and
		// Merz attended", "Speaking on Monday, Merz met"
		for start := k; start <= j; start++ {
			if out, end := d.parseList(pi, start, j+1); (end == j+1 || end == j && groupSize(toks, start, j+1) > 0) && len(out) > 0 {
				return out // (the list reader stops before the noun of "the two men")
			}
		}
		for a := j - 1; a > k; a-- {
			if toks[a].low != "and" {
				continue
			}
			if d.unnamedRole(pi, a+1, j+1) {
				for start := k; start < a; start++ {
					if out, end := d.parseList(pi, start, a); end == a && len(out) > 0 {
						return out // "Santos and the leader of the FARC guerrillas signed": the one named
					}
				}
			}
			break
		}
	}
	if toks[j].text == "," {
		// "McGurk and Witkoff, the envoy of President-elect Donald Trump, took
		// part": the list before an apposition that describes its last name
		for o := j - 1; o > ss && o > j-16; o-- {
			if toks[o].text != "," {
				continue
			}
			if o+1 < j && (toks[o+1].low == "the" || toks[o+1].low == "a" || toks[o+1].low == "an" || possessiveRole(toks, o+1, j)) {
				for start := max(ss, o-20); start < o; start++ {
					if out, end := d.parseList(pi, start, o); end == o && len(out) > 1 {
						return out
					}
				}
			}
			break
		}
	}
	if toks[j].text == "," {
		// "Fidan and Guterres's chief of staff, Courtenay Rattray, also sat in"
		if out, end := d.parseList(pi, s, v); len(out) > 0 && end >= j {
			return out
		}
		// "Modi, Ramaphosa and Prabowo, attending his first summit, were in
		// the room": the list before an aside
		for o := j - 1; o > ss && o > j-25; o-- {
			if toks[o].text != "," {
				continue
			}
			if o+1 < j && (strings.HasSuffix(toks[o+1].low, "ing") || toks[o+1].low == "who" || toks[o+1].low == "both" || toks[o+1].low == "all") {
				if out, end := d.parseList(pi, ss, o); len(out) > 1 && end == o {
					return out
				}
			}
			break
		}
		if s > ss && toks[s].low == "who" && toks[s-1].text == "," {
			// "Macron and Starmer, who were also in Tirana, spoke to Trump"
			if out, end := d.parseList(pi, ss, s-1); len(out) > 1 && end == s-1 {
				return out
			}
		}
	}
	if toks[j].text == "," {
		if p := d.asideSubject(pi, ss, j); p != nil {
			return []*personEntry{p} // "McCormick, then still a Senate candidate, sat down with her"
		}
		if out := d.beforeRelative(pi, ss, j); len(out) > 0 {
			return out
		}
		if out := d.includingList(pi, ss, j); len(out) > 0 {
			return out // "Foreign ministers of the bloc, including X and Y, met"
		}
	}
	if w := d.verbSubject(pi, v, ss); w.p != nil {
		return []*personEntry{w.p}
	}
	if s > ss && strings.HasSuffix(toks[v].low, "ing") {
		// "before hosting Zelensky": the subject of the main clause
		if w := d.mainSubject(pi, ss, v); w.p != nil {
			return []*personEntry{w.p}
		}
	}
	return nil
}

// cataphoric reports a pronoun subject right before verb v inside the
// phrase sentence ss opens with ("Speaking after she met Nowak, Ruiz
// said"): the pronoun means the main clause's subject, named after it.
func cataphoric(toks []token, ss, v int) bool {
	if v-1 <= ss || !(toks[v-1].low == "he" || toks[v-1].low == "she") || !introWords[toks[ss].low] {
		return false
	}
	sub := false
	for j := ss; j < v-1; j++ {
		if toks[j].kind != kWord || toks[j].cap && j > ss {
			return false
		}
		sub = sub || subordinators[toks[j].low]
	}
	// (not "Yesterday he had two hours with Honecker, and ...": an adverb
	// alone opens the main clause itself, whose subject the pronoun is)
	return sub && introPhrase(toks, ss, v)
}

// subordinators open a clause that hangs on the main one: "after she met
// Nowak", "when he arrived".
var subordinators = set(`after before while when as since although though if because once unlike following despite until whereas`)

// groupBefore reports a plural role noun ("the presidents of the four
// Mercosur countries", "their counterparts") in [a, ce), the group a
// dashed list of names may spell out.
func groupBefore(toks []token, a, ce int) bool {
	for j := a; j < ce && j < a+10; j++ {
		switch toks[j].low {
		case "presidents", "ministers", "leaders", "counterparts", "heads", "envoys", "negotiators", "delegates", "officials", "premiers", "chiefs":
			return true
		}
	}
	return false
}

// dashList reads the names set off by a dash at token k: "— Lula, Milei,
// Peña and Lacalle Pou —", up to the closing dash or the sentence's end.
func (d *doc) dashList(pi, k int) []*personEntry {
	toks := d.paras[pi].toks
	if k >= len(toks) || !isDash(toks[k].text) {
		return nil
	}
	_, se := d.paras[pi].sentenceOf(k)
	end := se
	for j := k + 1; j < se; j++ {
		if isDash(toks[j].text) {
			end = j
			break
		}
	}
	out, stop := d.parseList(pi, k+1, end)
	if stop < end-1 {
		return nil // more than a list of names between the dashes
	}
	return out
}

// kinWords name a relation that describes someone by another person.
var kinWords = set(`son daughter widow widower father mother brother sister nephew niece grandson granddaughter cousin`)

// kinAppositive returns the end of an appositive at i that places the item
// before it by a relative ("the son of the movement's late founder,
// Mullah Mohammad Omar"), the relative's name included; i when there is
// none.
func (d *doc) kinAppositive(pi, i, e int) int {
	toks := d.paras[pi].toks
	if i < 1 || toks[i-1].text != "," || i+2 >= e || !isDeterminer(toks[i].low) || !kinWords[toks[i+1].low] || toks[i+2].low != "of" {
		return i
	}
	j := i + 3
	for j < e && j < i+14 && toks[j].text != "," && toks[j].kind != kQuote {
		j++
	}
	if j < e && toks[j].text == "," {
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && (m.start == j+1 || m.rstart == j+1) {
				return m.end
			}
		}
	}
	return j
}

// asideExceptions are "-ing" words after a comma that go on with the list
// or the sentence rather than remark on the person before them.
var asideExceptions = set(`including excluding according following during regarding concerning notwithstanding`)

// participialAside returns where a participle clause at i that remarks on
// the person named just before its comma ends ("Ghana's Nana Akufo-Addo,
// attending what is likely to be his last summit before handing over,
// Sierra Leone's Julius Maada Bio, ..."), when another person's name
// follows its closing comma; i when there is none.
func (d *doc) participialAside(pi, i, e int) int {
	toks := d.paras[pi].toks
	if i < 1 || toks[i-1].text != "," || toks[i].kind != kWord || toks[i].cap || !strings.HasSuffix(toks[i].low, "ing") || asideExceptions[toks[i].low] {
		return i
	}
	before := false
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.p != nil && (m.end == i-1 || m.rend == i-1) {
			before = true
		}
	}
	if !before {
		return i
	}
	for j := i + 1; j < e && j < i+20; j++ {
		t := toks[j]
		if t.kind == kQuote || t.kind == kPunct && strings.Contains(".;:()", t.text) {
			return i
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.start == j {
				return i // a name inside: the clause is about someone else
			}
		}
		if t.text != "," {
			continue
		}
		if j+1 >= e || !toks[j+1].cap {
			return i
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.p != nil && m.start > j && m.start <= j+5 && m.start < e {
				return j + 1
			}
		}
		return i
	}
	return i
}

// rolesDeny reports people whose known roles (one at least) all say they
// are not what a group noun names: "presidents" or "leaders" and none is a
// head of state or government, "ministers" and none is a minister.
func (d *doc) rolesDeny(es []*personEntry, noun string) bool {
	known := 0
	for _, e := range es {
		role := strings.ToLower(d.entryWho(e).role)
		if role == "" {
			continue
		}
		known++
		switch noun {
		case "leaders", "presidents":
			if isHeadRole(role) {
				return false
			}
		case "ministers":
			if strings.Contains(role, "minister") {
				return false
			}
		default:
			return false
		}
	}
	return known > 0
}

// roleBeforeName returns where the name starts when the description at
// [i, j) is the role of the person named right after it, past an
// optional abbreviation in brackets and a comma: "the president of the
// Colombian Federation of Cattle Ranchers (Fedegán), José Félix
// Lafaurie". The description names no one itself. It returns j
// otherwise.
func (d *doc) roleBeforeName(pi, i, j, e int) int {
	toks := d.paras[pi].toks
	if i >= j || !isDeterminer(toks[i].low) && !possessives[toks[i].low] {
		return j
	}
	k := j
	if k < e && toks[k].text == "(" {
		for k < e && k < j+6 && toks[k].text != ")" {
			k++
		}
		if k >= e || toks[k].text != ")" {
			return j
		}
		k++
	}
	if k+1 >= e || toks[k].text != "," {
		return j
	}
	starts := false
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson {
			continue
		}
		if m.start < j && m.end > i {
			return j // the description names someone: "the wife of Volodymyr Zelensky, ..."
		}
		if m.start == k+1 {
			starts = true
		}
	}
	if !starts {
		return j
	}
	return k + 1
}

// groupBeforeColon returns the token after a colon that closes a group
// described at i ("the foreign ministers of the four founding members:"):
// the people it names follow. It returns i when there is none.
func groupBeforeColon(toks []token, i, e int) int {
	plural := false
	for j := i; j < e && j < i+12; j++ {
		switch {
		case toks[j].text == ":":
			if plural && j > i && j+1 < e {
				return j + 1
			}
			return i
		case toks[j].kind != kWord || toks[j].low == "and":
			return i
		case pluralRole(toks[j].low):
			plural = true
		}
	}
	return i
}

// groupBeforeDash returns where the names start after a plural group
// set off by a dash at i ("representatives of the EU, the OSCE and the
// UN – Toivo Klaar, Rudolf Michalka and Cihan Sultanoğlu",
// "representatives of Sokhumi and Tskhinvali – Daur Kove, ..."), or i.
func groupBeforeDash(toks []token, i, e int) int {
	if i >= e || !pluralRole(toks[i].low) {
		return i
	}
	for j := i + 1; j < e && j < i+16; j++ {
		switch {
		case isDash(toks[j].text):
			if j+1 < e && toks[j+1].cap {
				return j + 1
			}
			return i
		case toks[j].kind != kWord && toks[j].text != ",":
			return i
		}
	}
	return i
}

// semicolonItems reports a list whose items are set off by semicolons,
// its last one by "; and" at or after i ("accompanied by the prime
// minister, A; the foreign minister, B; and the agent before the court,
// C"): a semicolon there joins items, not clauses.
func semicolonItems(toks []token, i, e int) bool {
	for j := i; j+1 < e; j++ {
		if toks[j].text == ";" && toks[j+1].low == "and" {
			return true
		}
	}
	return false
}

// itemDescription returns the semicolon that ends the description at i
// of the item before it, in a list whose items are parted by semicolons
// ("Mr. A; Senator B of New York, the majority leader; and C"): after a
// comma, no name up to the next semicolon. Else i.
func (d *doc) itemDescription(pi, i, e int) int {
	toks := d.paras[pi].toks
	if i < 1 || toks[i-1].text != "," || toks[i].kind != kWord || toks[i].cap || !semicolonItems(toks, i, e) {
		return i
	}
	j := i
	for j < e && j < i+15 && toks[j].text != ";" {
		if toks[j].kind != kWord && toks[j].text != "," && toks[j].text != "-" {
			return i
		}
		j++
	}
	if j >= e || toks[j].text != ";" {
		return i
	}
	named := false // a person named in the item before the comma
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson {
			continue
		}
		if m.start >= i && m.start < j {
			return i // "A, B; C": a name after the comma, another person
		}
		if m.end <= i-1 && m.end >= i-8 {
			named = true
		}
	}
	if !named {
		return i
	}
	return j
}

// dashedAside returns where a dashed aside opening at i ends ("– this
// year's African Union chairperson –"), the list going on after it with a
// capitalised item, else i.
func dashedAside(toks []token, i, e int) int {
	if !isDash(toks[i].text) && toks[i].text != "--" {
		return i
	}
	for j := i + 1; j < e && j <= i+15; j++ {
		if isDash(toks[j].text) || toks[j].text == "--" {
			if j+1 < e && toks[j+1].kind == kWord && (toks[j+1].cap || toks[j+1].low == "and") {
				return j + 1
			}
			return i
		}
		if toks[j].kind == kQuote || toks[j].text == ";" || toks[j].text == "." {
			return i
		}
	}
	return i
}

// unnamedRole reports tokens [a, b) that describe someone by role without
// a name: "the leader of the FARC guerrillas", "his Chinese counterpart".
func (d *doc) unnamedRole(pi, a, b int) bool {
	toks := d.paras[pi].toks
	if a >= b || !(isDeterminer(toks[a].low) || toks[a].low == "his" || toks[a].low == "her" || toks[a].low == "its" || toks[a].low == "their") {
		return false
	}
	role := false
	for j := a + 1; j < b; j++ {
		if toks[j].kind != kWord || d.personStartsAt(pi, j) {
			return false
		}
		role = role || rolesHead[toks[j].low] && !toks[j].cap
	}
	return role
}

// delegationAhead reports "delegation(s)", "team(s)" or "mission(s)"
// closing the phrase that starts at k: "of the Brazilian and EU
// delegations".
func delegationAhead(toks []token, k, e int) bool {
	for j := k; j < e && j < k+10; j++ {
		switch toks[j].low {
		case "delegation", "delegations", "team", "teams", "mission", "missions":
			return true
		}
		if toks[j].kind != kWord && toks[j].text != "," {
			return false
		}
	}
	return false
}

// encounterVerbs are the finite verbs of a meeting that open a clause
// after its subject ("and Renner met Moen", "and Dahl held talks with").
var encounterVerbs = set(`met meets held holds hosted hosts received receives welcomed welcomes
	spoke speaks talked talks sat signed signs visited visits called calls phoned`)

// encounterVerbAt reports a clause's meeting verb at j: a finite verb,
// not a noun ("talks with" after "held"), that a list of people does not
// run through.
func encounterVerbAt(toks []token, j int) bool {
	if toks[j].kind != kWord || toks[j].cap || !encounterVerbs[toks[j].low] {
		return false
	}
	return (toks[j].low != "talks" && toks[j].low != "calls") || j+1 < len(toks) && toks[j+1].low == "with"
}

// clauseAnd returns the "and" in [a, b) that joins a second clause to the
// object of the first: the first one after a comma, else the last one; 0
// when there is none.
func clauseAnd(toks []token, a, b int) int {
	last := 0
	for x := a; x < b; x++ {
		if toks[x].low != "and" {
			continue
		}
		if x > a && toks[x-1].text == "," {
			return x
		}
		last = x
	}
	return last
}

// anyHead reports a head of state or government among es.
func (d *doc) anyHead(es []*personEntry) bool {
	return slices.ContainsFunc(es, func(a *personEntry) bool { return isHeadRole(d.entryWho(a).role) })
}

// countryLeaderRole reports a role naming a country's leader without a
// head's title ("North Korean leader", "supreme leader of North Korea"),
// which "the two leaders" takes in beside a president or prime minister
// ("Trump and Kim": "the two leaders"); not a party's, a faction's or an
// opposition's leader.
func countryLeaderRole(role string) bool {
	if !strings.HasSuffix(role, " leader") && !strings.Contains(role, " leader of ") && role != "leader" {
		return false
	}
	for _, w := range []string{"opposition", "party", "deputy", "vice", "former", "majority", "minority", "rebel", "group", "house", "senate", "union", "religious", "spiritual", "team", "delegation"} {
		if strings.Contains(role, w) {
			return false
		}
	}
	return true
}

// travelWith returns the "with" of a trip's companions between the
// sentence start ss and the "and" at j that goes on with the meeting
// verb ("flew to Caracas with Carstens and Story, and met Maduro"): a
// motion verb, a few words of destination, then "with"; or -1.
func travelWith(toks []token, ss, j int) int {
	for k := ss; k < j; k++ {
		if !motionVerbs[toks[k].low] || toks[k].cap {
			continue
		}
		for w := k + 1; w < j && w <= k+6; w++ {
			if toks[w].low == "with" {
				return w
			}
			if toks[w].kind != kWord || toks[w].low == "and" {
				break
			}
		}
	}
	return -1
}

// bareGroup reports a group phrase [s, e) that names no office: "the
// two", "the pair", "the two men" (not "the two presidents").
func bareGroup(toks []token, s, e int) bool {
	switch toks[e-1].low {
	case "two", "pair", "duo", "men", "women", "three":
		return true
	}
	return false
}

// prevSentencePeople returns the distinct people named in the sentence
// before the one holding token s of paragraph pi, in the same paragraph,
// in order; nil when s opens the paragraph's first sentence.
func (d *doc) prevSentencePeople(pi, s int) []*personEntry {
	q := &d.paras[pi]
	ss, _ := q.sentenceOf(s)
	if ss == 0 {
		return nil
	}
	ps, _ := q.sentenceOf(ss - 1)
	return d.peopleIn(pi, ps, ss)
}
