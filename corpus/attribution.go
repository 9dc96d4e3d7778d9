package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qref points at the kQuote token of one part of a quotation.
type qref struct{ pi, ti int }

// qunit is one quotation: one or more parts (a quotation running over
// paragraphs, or split by its attribution) and its speaker.
type qunit struct {
	parts    []qref
	w        who
	adjacent bool // attributed right next to the quotation: an utterance
	governed bool // a speech verb of its sentence introduces it
	weak     bool // ... a weak one ("called it")
	direct   bool // ... directly ("said:", "saying,")
	split    qref // the part that continues it after its attribution
	hasSplit bool
	unnamed  bool // “…,” the statement said: attributed, to someone named before
	tagged   bool // “…,” he said: attributed, to someone the rules cannot find
}

// quotations finds the quotations of the article and their speakers.
func (d *doc) quotations() []Quote {
	units := d.quoteUnits()
	for _, u := range units {
		d.attribute(u)
	}
	units = mergeSplit(units)
	var out []Quote
	var prev *qunit // the last accepted quotation
	seen := map[string]int{}
	for _, u := range units {
		text := d.unitText(u)
		if text == "" || !d.accept(u, text) {
			continue
		}
		if !u.w.ok {
			u.w = d.contextSpeaker(u, prev)
		}
		name, role := u.w.name, u.w.role
		if name == "" && role != "" && u.w.p == nil {
			// "a shopkeeper who asked to be identified only as Wael"
			for _, r := range u.parts {
				if n := d.givenName(r.pi, r.ti); n != "" {
					name = n
					break
				}
			}
		}
		if u.w.p == nil {
			// "the Kremlin's version says": the owner speaks
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		}
		if u.w.p == nil {
			// "the opposition Congress said": the body's name, without
			// the reporter's description of it
			name = orgName(name)
		}
		if name != "" && !hasUpper(name) && !stateBody(name) {
			// a bare common noun ("group", "foreign ministry") is no one's
			// name: better no speaker than a wrong one
			name, role = "", firstNonEmpty(role, name)
		}
		if j := d.jointStatement(u); j != "" {
			// "the two leaders said in a joint statement": no single speaker
			name, role = "", j
		}
		key := quoteKey(text) // made once, for the look-up and the entry
		if i, ok := seen[key]; ok {
			// the same words again ("“…” is his post's wording"): one
			// utterance, told twice
			if out[i].Speaker == "" && out[i].Role == "" {
				out[i].Speaker, out[i].Role = name, role
			}
			continue
		}
		seen[key] = len(out)
		out = append(out, Quote{Text: text, Speaker: name, Role: role, Paragraph: u.parts[0].pi})
		prev = u
	}
	return d.dropHeadingEchoes(out)
}

// dropHeadingEchoes drops a quotation from an entry heading ("18:05 —
// Healey: 'We are not going anywhere'") whose words are part of a longer
// quotation the article gives: the heading repeats the utterance told in
// full, it is not a second one.
func (d *doc) dropHeadingEchoes(qs []Quote) []Quote {
	var keys []string
	for i, q := range qs {
		if !quoteHeadline(d.paras[q.Paragraph].text) {
			continue
		}
		if keys == nil {
			keys = make([]string, len(qs))
			for j := range qs {
				keys[j] = " " + quoteKey(qs[j].Text) + " "
			}
		}
		for j := range qs {
			if j != i && len(keys[j]) > len(keys[i]) && strings.Contains(keys[j], keys[i]) {
				qs[i].Text = "" // marked: dropped below
				break
			}
		}
	}
	if keys == nil {
		return qs
	}
	out := qs[:0]
	for _, q := range qs {
		if q.Text != "" {
			out = append(out, q)
		}
	}
	return out
}

// quoteKey is a quotation's words in lower case without punctuation, to
// tell the same words quoted twice.
func quoteKey(text string) string {
	b := make([]byte, 0, len(text))
	space := false
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// quoteUnits groups quote spans into quotations: a span left open at the
// end of a paragraph continues into the next paragraph when that one opens
// with a quote mark.
func (d *doc) quoteUnits() []*qunit {
	var units []*qunit
	var open *qunit
	for pi := range d.paras {
		p := &d.paras[pi]
		cont := open
		open = nil
		for ti, t := range p.toks {
			if t.kind != kQuote {
				continue
			}
			var u *qunit
			if cont != nil && t.q == 0 && opensWithQuote(p.spans, p.text) {
				u = cont
				u.parts = append(u.parts, qref{pi, ti})
			} else {
				u = &qunit{parts: []qref{{pi, ti}}}
				units = append(units, u)
			}
			cont = nil
			if !p.spans[t.q].closed {
				open = u
			}
		}
	}
	return units
}

// attribute finds the speaker of a quotation: first an attribution right
// after one of its parts, then a speech verb before it in its sentence.
func (d *doc) attribute(u *qunit) {
	defer func() {
		if !u.w.ok {
			u.unnamed = d.documentSaid(u.parts[len(u.parts)-1])
			u.tagged = pronounTag(d.paras[u.parts[0].pi].toks, u.parts[0].ti)
		}
	}()
	for _, r := range u.parts {
		if r.ti > 0 && d.paras[r.pi].toks[r.ti-1].low == "that" {
			// "wrote that “…,” both countries had agreed": the words are
			// the that-clause's, what follows is the reporter's sentence
			if w, weak, direct, ok := d.pre(r.pi, r.ti); ok && (direct || w.p != nil || w.name != "") {
				u.w, u.governed, u.weak, u.direct = w, true, weak, direct
				return
			}
		}
		if w, split, ok := d.post(r.pi, r.ti); ok {
			u.w, u.adjacent = w, true
			if pw, ok := d.relayedPerson(r, w); ok {
				// "El-Sisi stressed “…”, the spokesman said": the person
				// whose verb brings in the words speaks; the tag only
				// tells who passed them on
				u.w = pw
			}
			if split >= 0 {
				u.split, u.hasSplit = qref{r.pi, split}, true
			}
			return
		}
	}
	for _, r := range u.parts {
		if w, weak, direct, ok := d.pre(r.pi, r.ti); ok {
			if ow, ok := d.ownedWords(r.pi, r.ti); ok {
				w = ow // "One official recalled Witkoff's reply: “…”": Witkoff's words
			}
			u.w, u.governed, u.weak, u.direct = w, true, weak, direct
			if agreedToBefore(&d.paras[r.pi], r.ti) {
				if fw, ok := d.finalAttribution(r.pi, r.ti); ok && (fw.p != nil || fw.name != "") {
					// "A and B have agreed to an “…” ceasefire, Prime
					// Minister C said": what was agreed is no one's
					// speech; the sentence is C's report
					u.w = fw
					return
				}
			}
			if w.p == nil && w.name == "" {
				if fw, ok := d.finalAttribution(r.pi, r.ti); ok && (fw.p != nil || fw.name != "") {
					// "Both sides agreed to consider “…”, it said": the
					// sentence is the named body's report
					u.w = fw
				}
			}
			return
		}
	}
	for _, r := range u.parts {
		if w, ok := d.finalAttribution(r.pi, r.ti); ok {
			u.w, u.governed = w, true
			return
		}
	}
	if w, ok := d.colonSpeaker(u.parts[0].pi, u.parts[0].ti); ok {
		u.w, u.governed, u.direct = w, true, true
		return
	}
	if w, ok := d.nounSpeaker(u.parts[0].pi, u.parts[0].ti); ok {
		u.w, u.governed = w, true
		return
	}
	if w, ok := d.afterSpeaker(u.parts[len(u.parts)-1]); ok {
		u.w, u.adjacent = w, true
		return
	}
}

// agreedToBefore reports that the speech verb nearest before the
// quotation at token qi is "agreed to" or "agreed on": "A and B have
// agreed to an “immediate” truce" tells what was agreed, not what was said.
func agreedToBefore(p *para, qi int) bool {
	toks := p.toks
	s, _ := p.sentenceOf(qi)
	for k := qi - 1; k >= s; k-- {
		t := toks[k]
		if t.kind != kWord || !isSpeech(t) && !weakSpeechVerbs[t.low] {
			continue
		}
		if t.low != "agree" && t.low != "agreed" && t.low != "agrees" || k+1 >= qi {
			return false
		}
		return toks[k+1].low == "to" || toks[k+1].low == "on" || toks[k+1].low == "upon"
	}
	return false
}

// ownedWords returns the person whose words a colon introduces when the
// words are named as theirs: "recalled Witkoff's reply: “…”", "quoted
// the minister's answer: “…”".
func (d *doc) ownedWords(pi, ti int) (who, bool) {
	toks := d.paras[pi].toks
	if ti < 4 || toks[ti-1].text != ":" || !ownedWordNouns[toks[ti-2].low] || toks[ti-3].low != "'s" && toks[ti-3].low != "’s" {
		return who{}, false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.end >= ti-3 && m.end <= ti-2 && m.start < ti-3 {
			return d.entryWho(m.p), true
		}
	}
	return who{}, false
}

// ownedWordNouns name someone's words: "Witkoff's reply: “…”".
var ownedWordNouns = set(`reply response answer retort words message verdict warning promise comment remark remarks advice instructions`)

// pronounTag reports a tag of a pronoun and a speech verb right after the
// quotation at token qi ("“…,” he said", "“…,” said she").
func pronounTag(toks []token, qi int) bool {
	k := qi + 1
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	a, b := toks[k], toks[k+1]
	if (a.low == "he" || a.low == "she") && isSpeech(b) && !weakSpeechVerbs[b.low] {
		return true
	}
	return isSpeech(a) && !weakSpeechVerbs[a.low] && (b.low == "he" || b.low == "she")
}

// mergeSplit joins "First part," Name said, "second part." into one
// quotation.
func mergeSplit(units []*qunit) []*qunit {
	out := units[:0]
	for i := 0; i < len(units); i++ {
		u := units[i]
		for u.hasSplit && i+1 < len(units) && units[i+1].parts[0] == u.split && !units[i+1].adjacent {
			next := units[i+1]
			u.parts = append(u.parts, next.parts...)
			u.hasSplit, u.split = next.hasSplit, next.split
			i++
		}
		out = append(out, u)
	}
	return out
}

func (d *doc) unitText(u *qunit) string {
	parts := make([]string, 0, len(u.parts))
	for _, r := range u.parts {
		p := &d.paras[r.pi]
		if c := cleanQuote(p.spans[p.toks[r.ti].q].content(p.text)); c != "" {
			if n := len(parts); n > 0 && newSentence(parts[n-1], c) {
				parts[n-1] += "."
			}
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " ")
}

// newSentence tells whether next, a part of a split quotation, starts a
// sentence after prev ended one whose full stop became the comma before
// "he said": “It went well,” he said. “But we are not there.”
func newSentence(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return (unicode.IsLetter(last) || unicode.IsDigit(last)) && unicode.IsUpper(first)
}

// accept decides whether a quotation is a direct quotation of someone
// rather than a scare quote, a coined term or a title.
func (d *doc) accept(u *qunit, text string) bool {
	words := fieldCount(text)
	if words == 1 && lowerStart(text) {
		// one word inside the reporter's sentence ("described the meeting
		// as “amazing,” saying"): a fragment, never a whole reply
		// ("“Absolutely,” Rubio said")
		return false
	}
	if d.isTerm(u.parts[0]) {
		return false
	}
	if u.adjacent || u.tagged {
		return !isTitle(text) || words > 1 && endsSentence(text)
	}
	if isTitle(text) {
		return false
	}
	if u.governed && titleAfterArticle(d.paras[u.parts[0].pi].toks, u.parts[0].ti, text) {
		return false // "towards the realization of a “Free and Open Indo-Pacific.”": a name
	}
	if u.governed {
		// a short fragment is a quote only as a whole utterance ("said:
		// “Absolutely.”"), not inside the reporter's clause ("said “real
		// progress” had been made")
		return words >= 3 || u.direct && !u.weak && (endsSentence(text) || d.endsClause(u.parts[len(u.parts)-1]))
	}
	if u.unnamed {
		return words >= 3
	}
	// no attribution in its sentence: a whole quoted sentence, or a
	// paragraph that is only a quotation
	first := u.parts[0]
	p := &d.paras[first.pi]
	s, e := p.sentenceOf(first.ti)
	if d.onlyQuotes(first.pi) {
		// a quoted subheading ("‘A big step’") has no sentence punctuation
		return words >= 2 && (endsSentence(text) || words >= 6 || len(u.parts) > 1)
	}
	startsCap := false
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
		startsCap = true
	}
	atStart := first.ti == s || first.ti > 0 && p.toks[first.ti-1].text == ":"
	return words >= 4 && startsCap && (atStart || e-s <= 2) && endsSentence(text)
}

// endsClause reports whether the quotation at r is the last thing in its
// clause: followed by nothing, or by punctuation that closes a clause.
func (d *doc) endsClause(r qref) bool {
	toks := d.paras[r.pi].toks
	k := r.ti + 1
	return k >= len(toks) || toks[k].kind == kPunct && strings.Contains(".,;:!?)—–", toks[k].text)
}

// isTitle reports whether quoted text looks like a title or a coined name:
// short, every word capitalised, no sentence punctuation.
func isTitle(text string) bool {
	if n := fieldCount(text); n < 2 || n > 8 {
		return false // before splitting: most texts are no title
	}
	fs := strings.Fields(text)
	if len(fs) < 2 || len(fs) > 8 || endsSentence(text) || strings.HasSuffix(text, ",") {
		return false
	}
	content := 0
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsLower(r) && !titleLower[f] || lowerAfterHyphen(f) {
			return false // ("African-led and African-owned": words, not a title)
		}
		if !functionWords[strings.ToLower(f)] {
			content++
		}
	}
	return content >= 2
}

// titleLower are the words a title leaves in lower case ("Coalition of
// the Willing", "A Path to Peace").
var titleLower = set(`the a an and or nor but of for in on at by with from to into onto over under upon
	as via vs versus per than de la le du des del der von van`)

func endsSentence(text string) bool {
	text = strings.TrimRight(text, "\"'”’»)")
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "…")
}

// onlyQuotes reports whether a paragraph holds nothing but quotations.
func (d *doc) onlyQuotes(pi int) bool {
	for _, t := range d.paras[pi].toks {
		if t.kind == kWord {
			return false
		}
	}
	return true
}

// contextSpeaker gives an unattributed quotation the speaker of the
// quotation before it in the same paragraph, the speaker introduced by a
// colon ending the previous paragraph, or the previous speaker when the
// quotation continues a run of quotations.
func (d *doc) contextSpeaker(u *qunit, prev *qunit) who {
	pi := u.parts[0].pi
	if w, ok := d.attributableHeading(pi); ok {
		return w // a media release's "Quotes attributable to Premier X"
	}
	if pi > 0 {
		pp := &d.paras[pi-1]
		if n := len(pp.toks); n > 0 && pp.toks[n-1].text == ":" {
			s, _ := pp.sentenceOf(n - 1)
			for k := n - 2; k >= s; k-- {
				if isSpeech(pp.toks[k]) {
					if w := d.verbSubject(pi-1, k, s); w.ok {
						return w
					}
					break
				}
			}
			if w, ok := d.colonSpeaker(pi-1, n); ok {
				return w // "Merz's message to Moscow was blunt:"
			}
		}
	}
	if w := d.mannerSpeaker(u.parts[0]); w.ok {
		return w
	}
	if pi > 0 && d.onlyQuotes(pi) && !d.hasQuote(pi-1) && (prev == nil || prev.parts[len(prev.parts)-1].pi < pi-1) {
		// a paragraph that is only a quotation, after a paragraph telling
		// of one person and quoting no one: that person's words
		if e := d.paraSubject(pi - 1); e != nil {
			return d.entryWho(e)
		}
	}
	if prev != nil && prev.w.ok {
		last := prev.parts[len(prev.parts)-1].pi
		if last == pi || last == pi-1 && (d.onlyQuotes(pi) || d.paraStartsWithQuote(pi)) {
			return prev.w
		}
	}
	if w, ok := d.previousSentenceSpeaker(u.parts[0]); ok {
		return w // "He said the UK would not give up. “We will keep working …”"
	}
	return who{}
}

// attributableHeading gives the speaker of a paragraph of quotations
// under a media release's heading "Quotes attributable to Minister Lena
// Dahl" (or "Comments attributed to ..."): the heading is the nearest
// paragraph before that is not only quotations, and it names no one else.
func (d *doc) attributableHeading(pi int) (who, bool) {
	if !d.onlyQuotes(pi) {
		return who{}, false
	}
	h := pi - 1
	for h >= 0 && d.onlyQuotes(h) {
		h--
	}
	if h < 0 {
		return who{}, false
	}
	p := &d.paras[h]
	toks := p.toks
	if len(toks) < 4 || !quoteHeadNouns[toks[0].low] || toks[1].low != "attributable" && toks[1].low != "attributed" || toks[2].low != "to" {
		return who{}, false
	}
	for _, m := range p.ments {
		if m.kind == mPerson && !m.poss && m.p != nil && m.end == len(toks) && m.rstart >= 3 {
			return d.personWho(m), true
		}
	}
	return who{}, false
}

// quoteHeadNouns open a media release's heading that names the speaker of
// the quotations under it ("Quotes attributable to ...").
var quoteHeadNouns = set(`quote quotes quotation quotations comment comments`)

// mannerVerbs follow a subject in a sentence telling how someone spoke
// rather than what they said: "he was more pointed", "she struck a
// harsher tone", "the minister sounded defiant".
var mannerVerbs = set(`was were is are sounded seemed appeared struck took remained grew turned went got became
	had sounds seems appears strikes takes remains grows turns goes gets becomes has`)

// mannerSpeaker gives a quotation that opens a sentence the subject of the
// sentence right before it (in the same paragraph, or the last one of the
// paragraph before when the quotation opens its own) when that sentence
// tells how the person spoke ("Asked about the boycott, he was more
// pointed. “…”", "Tusk put it more bluntly. “…”").
func (d *doc) mannerSpeaker(r qref) who {
	p := &d.paras[r.pi]
	s, _ := p.sentenceOf(r.ti)
	if s != r.ti {
		return who{}
	}
	qi, si := r.pi, -1
	for i, st := range p.sents {
		if st[0] == s {
			si = i - 1
		}
	}
	if si < 0 {
		if r.pi == 0 || !d.paraStartsWithQuote(r.pi) || d.hasQuote(r.pi-1) {
			return who{} // (after a paragraph of quotations, its speaker goes on)
		}
		qi = r.pi - 1
		si = len(d.paras[qi].sents) - 1
		if si < 0 {
			return who{}
		}
	}
	q := &d.paras[qi]
	st := q.sents[si]
	for k := st[0]; k < st[1]; k++ {
		if q.toks[k].kind == kQuote {
			return who{} // words of their own
		}
	}
	a := introEnd(q.toks, st[0], st[1])
	if a >= st[1] {
		return who{}
	}
	b := a + 1 // after the subject: a pronoun or a name
	if t := q.toks[a].low; t != "he" && t != "she" {
		b = -1
		for _, m := range q.ments {
			if m.kind == mPerson && m.rstart == a && !m.poss {
				b = m.rend
				break
			}
		}
		if b < 0 {
			return who{}
		}
		if b+1 < st[1] && q.toks[b].text == "," {
			b++ // "Her deputy, Ines Berg, agreed.": the name's closing comma
		}
	}
	for b < st[1] && q.toks[b].kind == kWord && (verbAdverbs[q.toks[b].low] && !mannerVerbs[q.toks[b].low] || isLyAdverb(q.toks[b])) {
		b++
	}
	if b < st[1] && isSpeech(q.toks[b]) && !weakSpeechVerbs[q.toks[b].low] {
		// "Tusk put it more bluntly.", "She said little else."
		return d.entryWho(d.sentenceSubject(qi, a, b))
	}
	if b+1 >= st[1] || !mannerVerbs[q.toks[b].low] || prepositions[q.toks[b+1].low] || q.toks[b+1].low == "to" {
		return who{} // ("he was in Geneva", "she was to fly home"): where, not how
	}
	return d.entryWho(d.sentenceSubject(qi, a, b))
}

// hasQuote reports whether paragraph pi holds a quotation.
func (d *doc) hasQuote(pi int) bool {
	for _, t := range d.paras[pi].toks {
		if t.kind == kQuote {
			return true
		}
	}
	return false
}

func (d *doc) paraStartsWithQuote(pi int) bool {
	p := &d.paras[pi]
	return len(p.toks) > 0 && p.toks[0].kind == kQuote
}

// termPreps join a noun to the topic it names: "the debate over".
var termPreps = set(`on over about regarding concerning`)

// termVerbs follow a quoted phrase whose sense is asked about: "what
// “strategic patience” means".
var termVerbs = set(`means meant mean entails entailed implies implied involves involved amounts`)

// isTerm reports a quoted term rather than someone's words: "the so-called
// “coalition of the willing”", "what it calls “maximum pressure”", "which it
// calls “retentions”".
func (d *doc) isTerm(r qref) bool {
	toks := d.paras[r.pi].toks
	q := r.ti
	if q > 0 && (toks[q-1].low == "so-called" || toks[q-1].low == "dubbed" || toks[q-1].low == "nicknamed" || toks[q-1].low == "titled" || toks[q-1].low == "entitled") {
		return true
	}
	if q >= 2 && termPreps[toks[q-1].low] && toks[q-2].kind == kWord && !toks[q-2].cap && !speechVerbs[toks[q-2].low] &&
		!weakSpeechVerbs[toks[q-2].low] && !isDeterminer(toks[q-2].low) && !d.endsClause(r) &&
		!strings.HasSuffix(toks[q-2].low, "ed") && !strings.HasSuffix(toks[q-2].low, "ing") {
		// "a proposal on “unilateral trade measures” should be added": the
		// topic of a noun, inside the reporter's clause
		return true
	}
	if q > 0 && q+1 < len(toks) && (isDeterminer(toks[q-1].low) || toks[q-1].low == "'s" || toks[q-1].low == "its" || toks[q-1].low == "their") &&
		termHeads[toks[q+1].low] && !toks[q+1].cap && !(q >= 2 && (toks[q-2].low == "as" || weakSpeechVerbs[toks[q-2].low])) {
		// "the “peace through strength” doctrine": a name modifying a noun
		// (but "described as a “DEI and climate change” agenda": words
		// put in someone's mouth)
		return true
	}
	if q > 0 && toks[q-1].low == "what" && q+1 < len(toks) && termVerbs[toks[q+1].low] {
		// "has not said what “reserving its rights” means": a phrase
		// talked about, not words said here
		return true
	}
	// [what|which] NP call(s)/called [quote], in the quotation's sentence
	s, _ := d.paras[r.pi].sentenceOf(q)
	for k := q - 1; k >= s && k >= q-5; k-- {
		if toks[k].low == "calls" || toks[k].low == "call" || toks[k].low == "called" || toks[k].low == "terms" || toks[k].low == "describes" {
			j0 := k - 1
			for j0 > s && (isLyAdverb(toks[j0]) || verbAdverbs[toks[j0].low]) {
				j0-- // "what the agency grandly called"
			}
			if k+1 < q && !(k+2 == q && isDeterminer(toks[k+1].low)) && toks[j0].low != "which" {
				// "what his office called a visit of “…”": the quotation
				// describes an object named before it; it is words said
				// of it, no standing term (but "a statement, which called
				// the talks “…”" stays as it was: the rules cannot yet
				// name a statement's author there)
				return false
			}
			for j := j0; j >= 0 && j >= j0-4; j-- {
				if toks[j].low == "what" || toks[j].low == "which" {
					// (but "what he called « a bad decision »": a person's
					// words on the day, not a body's standing term)
					return !(toks[k].low == "called" && (d.personBetween(r.pi, j+1, j0+1) || anonCaller(toks, j+1, j0+1)))
				}
			}
			return false
		}
	}
	return false
}

// hasUpper reports whether s has an upper-case letter, as every name does.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// paraSubject returns the person paragraph pi is about: the subject of
// each of its sentences that has one, when that is always the same person
// and no other person is named in it.
func (d *doc) paraSubject(pi int) *personEntry {
	q := &d.paras[pi]
	var e *personEntry
	for si := range q.sents {
		if s := d.subjectCached(pi, si); s != nil {
			if e != nil && s != e {
				return nil
			}
			e = s
		}
	}
	if e == nil {
		return nil
	}
	for _, m := range q.ments {
		if m.kind == mPerson && m.p != e && !m.poss {
			return nil // (but "said the choice of the Gulf for Trump's first trip sent a signal": only a possessive)
		}
	}
	return e
}

// personBetween reports that tokens [a, b) are only a person: "he",
// "she", or a person's name.
func (d *doc) personBetween(pi, a, b int) bool {
	toks := d.paras[pi].toks
	if b-a == 1 && (toks[a].low == "he" || toks[a].low == "she") {
		return true
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.rstart <= a && m.end == b {
			return true
		}
	}
	return false
}

// termHeads follow a quoted name used as a modifier: "the “America First”
// policy", "its “zero tolerance” approach".
var termHeads = set(`doctrine policy policies plan strategy approach format formula initiative framework
	process campaign narrative rhetoric principle principles model mechanism agenda vision concept
	slogan mantra label formulation line programme program project scheme group coalition`)
