package corpus

import (
	"strings"
	"time"
	"unicode"
)

// personEntry is one person the article names, with every mention merged.
type personEntry struct {
	name         string // fullest name the article gives
	role         string // first role the article gives
	fig          *Figure
	female, male bool
	guessF       bool // female only by the -a ending of a first name no list knows
	order        int  // order of first mention
	lastPos      int  // global position of the latest mention seen so far
	lastAlone    bool // the last word of the name stands alone somewhere in the article ("Baradar said")
}

// registry holds the people of one article and resolves later mentions
// (surname only, name variants) to them.
type registry struct {
	gaz       *Gazetteer
	day       time.Time // the article's date, for who held which office
	byKey     map[string]*personEntry
	bySurname map[string]*personEntry
	byFirstOf map[string]*personEntry // the first of two family names ("Restrepo")
	byFig     map[*Figure]*personEntry
	list      []*personEntry
	// titledSurname: a surname the article gave an office holder with his
	// title ("President Trump") while naming someone else of that
	// surname in full (familynames.go)
	titledSurname map[string]*personEntry
}

func newRegistry(g *Gazetteer) *registry {
	return &registry{gaz: g, byKey: map[string]*personEntry{}, bySurname: map[string]*personEntry{}, byFirstOf: map[string]*personEntry{}, byFig: map[*Figure]*personEntry{}, titledSurname: map[string]*personEntry{}}
}

// surnameOf returns the surname part of a full name: from the first
// particle after the first word (von der Leyen), else the last word.
func surnameOf(fields []string) string {
	for i := 1; i < len(fields)-1; i++ {
		if nameParticles[strings.ToLower(fields[i])] {
			return strings.Join(fields[i:], " ")
		}
	}
	return fields[len(fields)-1]
}

// addFull registers a full name (two words or more) and returns its entry.
func (r *registry) addFull(name string) *personEntry {
	k := nameKey(name)
	if e, ok := r.byKey[k]; ok {
		return e
	}
	fig, _ := r.gaz.Lookup(name)
	var e *personEntry
	if fig != nil {
		e = r.byFig[fig]
	}
	if e == nil {
		// "Zelensky" after "Volodymyr Zelenskyy": same surname key, same person
		fs := strings.Fields(name)
		if old, ok := r.bySurname[nameKey(surnameOf(fs))]; ok && firstCompatible(old.name, name) {
			e = old
		}
	}
	if e == nil {
		// "Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner", or "Hassan
		// Sheikh" and "Hassan Sheikh Mohamud": one name inside the other
		for _, old := range r.list {
			if fig != nil && old.fig != fig && old.fig == nil && len(nameKey(old.name)) > len(k) && !givenNameBefore(old.name, name) {
				continue // "President Nicolas Maduro" after "Nicolas Maduro Guerra, the president's son": the figure, not the son
			}
			if nameInside(nameKey(old.name), k) {
				e = old
				if len(k) > len(nameKey(old.name)) && old.fig == nil {
					old.name = name
				}
				break
			}
		}
	}
	if e == nil {
		e = &personEntry{name: name, fig: fig, order: len(r.list)}
		r.list = append(r.list, e)
	} else if len(name) > len(e.name) && fig == nil {
		e.name = name
	}
	if fig != nil {
		if e.fig == nil {
			e.fig = fig
		}
		r.byFig[fig] = e
	}
	r.byKey[k] = e
	fs := strings.Fields(name)
	if sk := nameKey(surnameOf(fs)); r.bySurname[sk] == nil {
		r.bySurname[sk] = e
	}
	// "Restrepo" for "Ana Lucía Restrepo Vélez", "López" for "Andrés
	// Manuel López Obrador": the first of two family names
	// ("Vayas" for "Luis Vayas Valdivieso": a three-word name too, the
	// fallback only after surnames and first names)
	if n := len(fs); n >= 3 && len(fs[n-2]) >= 3 && !nameParticles[strings.ToLower(fs[n-2])] && unicode.IsUpper([]rune(fs[n-2])[0]) {
		if sk := nameKey(fs[n-2]); r.byFirstOf[sk] == nil {
			r.byFirstOf[sk] = e
		}
	}
	// "Sisi" for "el-Sisi", "Burhan" for "al-Burhan"
	if last := fs[len(fs)-1]; arabicPrefix(token{text: last}) {
		if sk := nameKey(last[strings.IndexByte(last, '-')+1:]); r.bySurname[sk] == nil {
			r.bySurname[sk] = e
		}
	}
	if sk := hyphenFirst(fs); sk != "" && r.bySurname[sk] == nil {
		r.bySurname[sk] = e // "Bokundoa" for "André Bokundoa-bo-Likabe", "Kramp" for "Kramp-Karrenbauer"
	}
	if len(fs) > 1 && femaleFirst(fs[0]) && !e.male && !hasParticle(fs) {
		if guess := !femaleNames[strings.ToLower(fs[0])]; !e.female || !guess {
			// (a guess never weakens what is known: "Kayikwamba Wagner"
			// after "Thérèse Kayikwamba Wagner")
			e.female, e.guessF = true, guess
		}
	} else if femaleNames[strings.ToLower(fs[0])] {
		e.female = true
	} else if len(fs) > 1 && maleFirst(fs[0]) && !e.female {
		e.male = true
	}
	return e
}

// hasParticle reports a lower-case particle in a name ("Corrêa do Lago"):
// such a name may be a surname alone, whose first word says nothing of
// gender.
func hasParticle(fs []string) bool {
	for _, f := range fs[1:] {
		if nameParticles[f] || f == "do" {
			return true
		}
	}
	return false
}

// firstCompatible reports whether two names of the same surname can be the
// same person: their first names agree or one has none.
func firstCompatible(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	// "Sheikh Tahnoun bin Zayed" and "Sheikh Mohamed bin Zayed": a
	// style kept in the name is no first name
	for len(fa) > 2 && nameStyles[strings.ToLower(fa[0])] {
		fa = fa[1:]
	}
	for len(fb) > 2 && nameStyles[strings.ToLower(fb[0])] {
		fb = fb[1:]
	}
	if len(fa) < 2 || len(fb) < 2 {
		return true
	}
	if isInitial(fa[0]) != isInitial(fb[0]) {
		// "M. S. Gorbachev" and "Mikhail Sergeyevich Gorbachev", "R.
		// Reagan" and "Ronald Reagan": an initial stands for a first name
		// that begins with it
		ka, kb := nameKey(fa[0]), nameKey(fb[0])
		return ka != "" && kb != "" && ka[0] == kb[0]
	}
	return nameKey(fa[0]) == nameKey(fb[0])
}

// nameStyles are styles printed as part of a name ("Sheikh Tamim bin
// Hamad Al Thani", "Prince Faisal bin Farhan", "Syed Ali Raza Shah"), not
// first names.
var nameStyles = set(`sheikh sheikha shaikh shaikha prince princess emir sayyid sayed syed mullah king queen`)

// resolveSingle resolves a one-word name (a surname or a known alias) to a
// person, creating an entry from the gazetteer when the article has not
// named the person in full.
func (r *registry) resolveSingle(word string, titled bool) *personEntry {
	k := nameKey(word)
	if e, ok := r.bySurname[k]; ok {
		if f := r.byFirstOf[k]; f != nil && f != e && f.order < e.order && !f.lastAlone {
			// "Rodríguez said" after "Jorge Rodríguez Gómez" and then his
			// sister "Delcy Rodríguez": the one the article named first by
			// that family name, when it never calls him by his last one
			// ("Gómez"), while the later namesake goes by the full name;
			// but "Ghani" after "Abdul Ghani Baradar", whom the article
			// calls "Baradar", and "Ashraf Ghani" is Ashraf Ghani
			return f
		}
		if h := r.headByFamily(k); h != nil && h != e && e.fig == nil {
			return h // "Kim said" after "Kim Jong Un" and the envoy "Sung Kim": the leader
		}
		// "Trump" after "Melania Trump" still means the Trump the gazetteer
		// knows by that name, unless the article named that person in full
		fig, known := r.gaz.Lookup(word)
		if !known {
			// a bare surname means the holder of the highest office of that
			// name: "Trump" after "Melania Trump" is still the president;
			// but "Wong" after "Penny Wong", the foreign minister, is her,
			// not a prime minister the article never names
			// (in a story without a date, today's holder is a guess: the
			// person the story named in full stays meant: "Harris" after
			// "Vice President Kamala Harris" in undated wire copy)
			if f, ok := r.gaz.LookupSurname(word, r.day); ok && !r.day.IsZero() && e.fig != nil && f != e.fig && rankOn(f, r.day) > rankOn(e.fig, r.day) && rankOn(e.fig, r.day) <= 0 {
				fig, known = f, true
			} else if te := r.titledSurname[k]; ok && te != nil && te.fig == f && e.fig == nil {
				// "Trump told reporters" after "President Trump" and "Ivanka
				// Trump, the president's daughter": the office holder the
				// article named by his title and surname
				return te
			}
		}
		if known && e.fig != fig {
			if fe := r.byFig[fig]; fe != nil {
				return fe
			}
			if e.fig != nil || !firstCompatible(e.name, fig.Name) {
				fe := r.addFull(fig.Name)
				r.bySurname[k] = e // keep the surname for the article's own person too
				return fe
			}
		}
		return e
	}
	if e, ok := r.byKey[k]; ok {
		return e
	}
	// "Anwar" for Anwar Ibrahim, "Lee" for Lee Jae-myung, "Abiy" for Abiy
	// Ahmed: a name the article gives first-name or family-name first
	var only, latest *personEntry
	for _, e := range r.list {
		if first, ok := firstOfSeveral(e.name); ok && nameKeyIs(first, k) {
			if only != nil && only != e {
				only = nil
			} else if latest == nil {
				only = e
			}
			latest = e
		}
	}
	if only != nil {
		r.byKey[k] = only
		return only
	}
	if latest != nil {
		// "Kim Jong Un's sister Kim Yo Jong ... Kim said": of the article's
		// people with that family name, the one named last, not an outsider
		// the gazetteer knows by it; once the text has told of them, the
		// one last told of in their own right ("then Premier Li Keqiang",
		// "the sister of Kim Jong Un" only qualify)
		for _, e := range r.list {
			if first, ok := firstOfSeveral(e.name); ok && nameKeyIs(first, k) && e.lastPos > 0 && (latest.lastPos == 0 || e.lastPos > latest.lastPos) {
				latest = e
			}
		}
		if h := r.headByFamily(k); h != nil && latest.fig == nil {
			return h // "Kim said" after "Kim Jong-un" and his spokesman "Kim Eui-kyeom": the leader (but "Kim Yo Jong", whom the gazetteer knows, is meant when told last)
		}
		return latest
	}
	if e := r.byFirstOf[k]; e != nil {
		r.byKey[k] = e
		return e
	}
	fig, ok := r.gaz.Lookup(word)
	if !ok {
		fig, ok = r.gaz.LookupSurname(word, r.day)
	}
	if ok {
		if e := r.byFig[fig]; e != nil {
			r.byKey[k] = e
			return e
		}
		e := r.addFull(spelledLike(fig, word))
		r.byKey[k] = e
		return e
	}
	if !titled {
		return nil
	}
	return r.addWord(word, k)
}

// nameRun is a run of capitalised tokens split into a role prefix and a
// name.
type nameRun struct {
	start, end int // the whole run
	nameStart  int // first token of the name; == end when the run has no name
	titled     bool
}

// capRuns finds the runs of capitalised words (with name particles and the
// "of" of "Secretary of State") in tokens [from, to).
func capRuns(toks []token, from, to int) []nameRun {
	var runs []nameRun
	portfolioEnd := -1 // the end of a portfolio run after a title's "for"
	for i := from; i < to; {
		if !runStart(toks, i, to) {
			i++
			continue
		}
		j := i + 1
		for j < to && runContinues(toks, j, to) {
			j++
		}
		// "Minister for Reintegration Oleg Serebrian": the run after a
		// title's "for" opens with the portfolio
		portfolio := i >= 2 && toks[i-1].low == "for" && (rolesHead[toks[i-2].low] || titleWords[toks[i-2].low]) || portfolioListEnd(toks, i)
		if i >= 2 && toks[i-1].low == "and" && portfolioEnd == i-1 {
			portfolio = true // "Minister for Treaty and First Peoples Lena Dahl": the portfolio goes on
		}
		portfolioEnd = -1
		if portfolio && j-i <= 2 {
			portfolioEnd = j // a portfolio alone ("Treaty"), no name after it yet
		}
		n := len(runs)
		runs = appendRunsAfter(runs, toks, i, j, portfolio)
		if i >= 2 && toks[i-1].low == "to" && postedTo[toks[i-2].low] && len(runs) > n && runs[n].start == i {
			// "Ambassador to South Korea Koichi Mizushima": the country
			// posted to opens the run, the name follows it
			runs[n] = afterCountry(toks, runs[n])
		}
		i = j
	}
	return runs
}

// elidedPlaceHeads open French names of places and things before an
// elided particle ("Quai d'Orsay", "Côte d'Ivoire", "tour d'horizon"): no
// person's name.
var elidedPlaceHeads = set(`quai côte cote tour château chateau hôtel hotel palais musée place rue val mont pont porte`)

// portfolioListEnd reports the last item of a title's list of portfolios
// opening the run at i ("Minister for Planning, Development and Special
// Initiatives Ahsan Iqbal"): "and" before it, and before that capitalised
// portfolios parted by a comma back to the title's "for".
func portfolioListEnd(toks []token, i int) bool {
	if i < 1 || toks[i-1].low != "and" {
		return false
	}
	comma := false
	for j := i - 2; j >= 1 && j >= i-10; j-- {
		switch t := toks[j]; {
		case t.text == ",":
			comma = true
		case t.low == "for":
			return comma && toks[j+1].cap && (rolesHead[toks[j-1].low] || titleWords[toks[j-1].low])
		case t.kind != kWord || !t.cap:
			return false
		}
	}
	return false
}

// peoplesNoun reports a portfolio's noun for a people ("Peoples",
// "Australians", "Islanders"): "Minister for Indigenous Australians
// Lena Dahl" names her after it. A plural of a country's adjective, or a
// plural noun for a people, is never a given name.
func peoplesNoun(t token) bool {
	switch t.low {
	case "peoples", "islanders", "nations", "communities", "veterans", "seniors", "children", "families":
		return true
	}
	if len(t.low) < 5 || !strings.HasSuffix(t.low, "ns") {
		return false
	}
	_, ok := DefaultGazetteer().Country(t.text[:len(t.text)-1])
	return ok
}

// postedTo are titles followed by "to" and the country of the post.
var postedTo = set(`ambassador envoy ambassador-designate emissary representative delegate consul`)

// afterCountry moves a run's name past the country name it opens with,
// when a name of two words or more is left after it.
func afterCountry(toks []token, r nameRun) nameRun {
	g := DefaultGazetteer()
	for k := r.end - 2; k > r.start; k-- {
		if _, ok := g.Country(joinTokens(toks, r.start, k)); ok {
			if k > r.nameStart {
				r.nameStart, r.titled = k, true
			}
			return r
		}
	}
	return r
}

// arabicPrefix reports "al-Sisi", "el-Sisi", "ash-Shaibani": a lower-case
// article joined to a capitalised name.
func arabicPrefix(t token) bool {
	if len(t.text) < 4 || t.text[0] != 'a' && t.text[0] != 'e' {
		return false // every article below starts so and is 3 bytes or more
	}
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "ar-", "an-", "az-"} {
		if strings.HasPrefix(t.text, p) && len(t.text) > len(p) && unicode.IsUpper(runeAfter(t.text, len(p))) {
			return true
		}
	}
	return false
}

func runStart(toks []token, i, to int) bool {
	t := toks[i]
	if t.kind != kWord {
		return false
	}
	if t.cap || arabicPrefix(t) {
		return true
	}
	// "von der Leyen said": a particle opens a run when a capital follows
	return nameParticles[t.low] && nextCapAfterParticles(toks, i, to)
}

func nextCapAfterParticles(toks []token, i, to int) bool {
	for j := i; j < to && j < i+4; j++ {
		if toks[j].kind != kWord {
			return false
		}
		if toks[j].cap {
			return true
		}
		if !nameParticles[toks[j].low] {
			return false
		}
	}
	return false
}

func runContinues(toks []token, j, to int) bool {
	t := toks[j]
	if t.kind != kWord || t.low == "'s" || t.low == "'" {
		return false
	}
	if t.cap || arabicPrefix(t) {
		return true
	}
	if nameParticles[t.low] && nextCapAfterParticles(toks, j, to) {
		return true
	}
	if j > 0 && toks[j-1].cap && toks[j-1].kind == kWord && elidedCap(t) && !strings.ContainsAny(t.text, "-") && !elidedPlaceHeads[toks[j-1].low] {
		return true // "Giovanni d'Aniello", "Valéry Giscard d'Estaing": an elided particle inside a name
	}
	if t.low == "do" && j > 0 && toks[j-1].cap && j+1 < to && toks[j+1].cap && toks[j+1].kind == kWord {
		return true // Portuguese "Corrêa do Lago", only inside a name
	}
	// Secretary of State, Minister of Foreign Affairs
	if t.low == "of" && j+1 < to && toks[j+1].cap && titleWords[toks[j-1].low] {
		return true
	}
	return false
}

// appendRunsAfter (splitRun) cuts a run at words that cannot belong to a
// name phrase (days, months, sentence openers), finds where the name starts
// in each piece (after the last word that cannot be part of a name) and
// appends the pieces to out. When portfolio is set the run follows
// "Minister for": it opens with the portfolio ("Reintegration Oleg
// Serebrian", "Europe Ana Lucía Restrepo"), and the name after it is the
// person's.
// imperativeOpeners are verbs that open a newsletter's sentence in the
// imperative before a name: "Expect Šefčovič back", "Watch Lange".
var imperativeOpeners = set(`expect watch meet ask remember note consider keep look`)

func appendRunsAfter(out []nameRun, toks []token, s, e int, portfolio bool) []nameRun {
	for s < e && (functionWords[toks[s].low] && !chineseHe(toks, s, s, e) || isDay(toks[s].low) || monthIn(toks, s) || numberWords[toks[s].low] && s+1 < e && (s == 0 || toks[s-1].kind != kWord)) {
		s++ // ("Five Americans who spent years in prison": a count, no name)
	}
	for s < e && speechVerbs[toks[s].low] && strings.HasSuffix(toks[s].low, "s") && !strings.HasSuffix(toks[s].low, "ss") {
		s++ // "Says Rubio": the verb opens the run, not a role
	}
	if s+1 < e && imperativeOpeners[toks[s].low] && (s == 0 || toks[s-1].kind != kWord) {
		s++ // "Expect Šefčovič back on a plane": a verb opening the sentence, no name
	}
	if s+1 < e && openingGerund(toks, s, e) {
		s++ // "Quoting Anwar Ibrahim,", "Citing President Ruto": a participle, no name
	}
	if s >= e {
		return out
	}
	for k := s; k < e; k++ {
		if isDay(toks[k].low) || monthIn(toks, k) || functionWords[toks[k].low] && toks[k].low != "of" && !chineseHe(toks, k, s, e) && !innerDo(toks, k, s, e) && !finalDo(toks, k, s, e) && !innerInitialA(toks, k, s, e) && !knownNameWord(toks, k, s) {
			out = appendRunsAfter(out, toks, s, k, portfolio)
			return appendRunsAfter(out, toks, k+1, e, false)
		}
	}
	r := nameRun{start: s, end: e, nameStart: s}
	for k := s; k < e; k++ {
		if malayStyle(toks, s, k) {
			r.nameStart = k + 1 // "Datuk Seri Anwar Ibrahim", "Dato' Seri Anwar Ibrahim"
			if k+1 < e && toks[k+1].low == "utama" {
				r.nameStart = k + 2 // "Dato' Seri Utama Mohamad Hasan"
			}
			continue
		}
		if k == r.nameStart && e-k >= 4 {
			// "Special Representative for North Korea Stephen Biegun": the
			// country's two words, then the name
			if n := countryRun(toks, k, e); n > k+1 && n < e-1 {
				r.nameStart = n
				k = n - 1
				continue
			}
		}
		if ethiopianStyles[toks[k].text] && k == r.nameStart && e-k >= 3 {
			r.nameStart, r.titled = k+1, true // "Ato Aklilu Habte Wold" (not "Cassiel Ato Forson", a Ghanaian given name inside)
			continue
		}
		if khmerStyles[toks[k].low] && k == r.nameStart {
			r.nameStart = k + 1 // "Samdech Moha Borvor Thipadei Hun Manet"
			continue
		}
		if !nameWord(toks, k) && !chineseHe(toks, k, s, e) && !innerDo(toks, k, s, e) && !finalDo(toks, k, s, e) && !innerInitialA(toks, k, s, e) && !knownNameWord(toks, k, s) && !(k > r.nameStart && k > s && nameWord(toks, k-1) && toks[k-1].cap && bodyNameOnly(toks[k])) && !titleSurname(toks, r.nameStart, k, e) {
			r.nameStart = k + 1
			if titleWords[toks[k].low] || honorifics[toks[k].low] {
				r.titled = true
			}
		}
	}
	if r.nameStart == s && e-s == 2 && toks[s].text == "M." {
		r.nameStart, r.titled = s+1, true // "M. Pinay": the French "Monsieur" before a surname alone, no initial
	}
	if r.nameStart == s && e-s >= 3 && toks[s].text == "M." && (!isInitial(toks[s+1].text) || e-s >= 4 && isInitial(toks[s+2].text)) {
		// "M. Georges Bidault" (a given name after it), "M. V. M. Molotov"
		// (two initials after it): "Monsieur", not an initial (as "M. S.
		// Gorbachev", one initial and the surname, is)
		r.nameStart, r.titled = s+1, true
	}
	if r.nameStart == s && e-s >= 3 && toks[s].text == "U" {
		r.nameStart, r.titled = s+1, true // "U Kyaw Tint Swe": the Burmese "U" before a name, no initial
	}
	if r.nameStart == e && e-s == 2 && peerTitles[toks[s].low] && titleWords[toks[s+1].low] && !rolesHead[toks[s+1].low] && !officeAfterLord[toks[s+1].low] &&
		!(e < len(toks) && toks[e].kind == kWord && titleWords[toks[e].low]) {
		r.nameStart, r.titled = s+1, true // "Lord Home, the Foreign Secretary": a peer's title, not a portfolio
	}
	if portfolioOf(toks, s, r.nameStart, e) {
		r.nameStart, r.titled = e, true // "Minister of Planning": a portfolio, no one's name
	} else if n := portfolioLead(toks, s, r.nameStart, e); n > r.nameStart {
		r.nameStart, r.titled = n, true // "Minister of Information Yemane Gebremeskel": the name after the portfolio
	}
	if portfolio && r.nameStart <= s+1 && e-s >= 3 {
		// one word of portfolio; title words ("Foreign Affairs") and
		// places ("Northern Ireland") are no name words already (nor
		// "Special" of "Special Initiatives Ahsan Iqbal")
		r.nameStart, r.titled = s+1, true
		for r.nameStart < e-2 && (portfolioNouns[toks[r.nameStart].low] || portfolioMods[toks[r.nameStart].low] || peoplesNoun(toks[r.nameStart])) {
			r.nameStart++ // "Commissioner for Indus Waters Syed Mehr Ali Shah": the portfolio's noun after its place
		}
	}
	for (portfolio || r.nameStart > s) && r.nameStart < e-2 && peoplesNoun(toks[r.nameStart]) {
		r.nameStart++ // "Minister for ... First Peoples Lena Dahl": the people the portfolio serves
	}
	if r.nameStart > s && r.nameStart < e-1 && regnalTitles[toks[r.nameStart-1].low] && regnal[toks[e-1].text] {
		r.nameStart-- // "King Charles III", "Pope Leo XIV": a regnal name is printed with its title
	}
	if r.nameStart > s && r.nameStart < e && !toks[r.nameStart].cap && nameParticles[toks[r.nameStart].low] {
		if w := toks[r.nameStart-1].low; orgHeads[w] || notNameWords[w] && !functionWords[w] {
			r.nameStart, r.titled = e, false // "Conseil du Café-Cacao", "Banque de France": a body's name, no one's
		}
	}
	// trailing particles cannot end a name
	return append(out, r)
}

// peerTitles open a peer's name, printed before the title alone ("Lord
// Home", whose title is a word of offices too: "Home Secretary");
// officeAfterLord are the words after "Lord" that make an office ("Lord
// Justice", "Lord Privy Seal") rather than a peer.
var (
	peerTitles      = set(`lord baroness`)
	officeAfterLord = set(`justice privy high great first`)
)

// innerInitialA reports a capital "A" inside a run, between a title or
// name word and a name ("Chief Minister A Revanth Reddy", "A K Antony"
// after a title): an initial, not the article.
func innerInitialA(toks []token, k, s, e int) bool {
	return toks[k].text == "A" && k > s && k+1 < e && toks[k-1].cap && toks[k+1].cap && toks[k+1].kind == kWord && !functionWords[toks[k+1].low]
}

// titleSurnames are titles that are surnames too ("Madeleine King",
// "John Major", "Julie Bishop").
var titleSurnames = set(`king bishop judge marshal cardinal pope prince sheriff steward chancellor speaker major dean`)

// titleSurname reports a title word at k that ends the run [.., e) right
// after a given name ("Resources Minister Ines King"): the person's
// surname, not a title of someone unnamed.
func titleSurname(toks []token, nameStart, k, e int) bool {
	return k == e-1 && k-1 >= nameStart && titleSurnames[toks[k].low] && toks[k].cap && !isUpperCase(toks[k].text) &&
		toks[k-1].cap && toks[k-1].kind == kWord && !titleWords[toks[k-1].low] && nameWord(toks, k-1) && !isInitial(toks[k-1].text)
}

// knownNameWord reports a function word in capitals at k that ends a name
// the gazetteer knows ("Moon Jae In"): not a break in the run.
func knownNameWord(toks []token, k, s int) bool {
	if !toks[k].cap || k-2 < s {
		return false
	}
	_, ok := DefaultGazetteer().Lookup(joinTokens(toks, k-2, k+1))
	return ok
}

// regnal numerals end a monarch's or pope's name; regnalTitles go with it.
var (
	regnal       = set(`II III IV VI VII VIII IX XI XII XIV XV XVI`)
	regnalTitles = set(`king queen pope emperor sultan`)
)

func isMonth(low string) bool { _, ok := months[low]; return ok }

// monthIn reports a month at token k of a run of capitalised words; a
// short form without its full stop before another capitalised word is a
// first name ("Jan Novak"), not a month ("Jan 5").
func monthIn(toks []token, k int) bool {
	low := toks[k].low
	if !isMonth(low) {
		return false
	}
	if len(low) <= 4 && !strings.HasSuffix(low, ".") && low != "may" && low != "june" && low != "july" &&
		k+1 < len(toks) && toks[k+1].kind == kWord && toks[k+1].cap && !isMonth(toks[k+1].low) {
		return false
	}
	if len(low) <= 4 && !strings.HasSuffix(low, ".") && low != "may" && low != "june" && low != "july" && k > 0 && toks[k-1].kind == kWord && toks[k-1].cap &&
		!isDay(toks[k-1].low) && !isMonth(toks[k-1].low) && !(k+1 < len(toks) && startsDigit(toks[k+1].low)) {
		return false // "Zhang Jun told members": a given name after the family name, no month
	}
	return true
}

func isDay(low string) bool { _, ok := weekdays[low]; return ok }

// nameWord reports whether token k can be part of a person's name.
// innerDo reports the Portuguese particle inside a name: "Corrêa do Lago".
func innerDo(toks []token, k, s, e int) bool {
	return toks[k].low == "do" && k > s && k+1 < e && toks[k-1].cap && toks[k+1].cap
}

// ethiopianStyles are the Amharic styles printed before a full name:
// "Ato" (Mr), "Woizero" (Mrs).
var ethiopianStyles = set(`Ato Woizero Weizero`)

// finalDo reports the Vietnamese "Do" (Đỗ) ending a name after two
// capitalised name words: "Tran Van Do", not the verb.
func finalDo(toks []token, k, s, e int) bool {
	return toks[k].text == "Do" && k == e-1 && k-2 >= s && toks[k-1].cap && toks[k-2].cap && toks[k-2].kind == kWord && !functionWords[toks[k-2].low] && !functionWords[toks[k-1].low]
}

func nameWord(toks []token, k int) bool {
	if toks[k].nw != 0 {
		return toks[k].nw > 0
	}
	ok := isNameWord(toks[k], DefaultGazetteer())
	if ok {
		toks[k].nw = 1
	} else {
		toks[k].nw = -1
	}
	return ok
}

// shortMixed reports a word of at most three letters not written in
// capitals ("Un", "Le"), which cannot be an acronym.
func shortMixed(w string) bool {
	return len(w) <= 3 && !isUpperCase(w)
}

// mixedCaseTitles are titles only as printed in mixed case: a councillor
// is "Cr Smith", but "CR Patil" has initials.
var mixedCaseTitles = set(`cr`)

func isNameWord(t token, g *Gazetteer) bool {
	if speechVerbs[t.low] && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") {
		return false // "Says Rubio:", "Adds the minister": a verb, never a name
	}
	if t.low == "of" || titleWords[t.low] && !(mixedCaseTitles[t.low] && isUpperCase(t.text)) || notNameWords[t.low] || nationalities[t.low] && !shortMixed(t.text) || orgHeads[t.low] {
		return false
	}
	if placeAdjective(t.low) {
		return false // "One London-based fund manager": where someone works, no one's name
	}
	if i := strings.IndexByte(t.low, '-'); i > 0 && (orgHeads[t.low[:i]] || meetingNouns[t.low[:i]] != "") {
		return false // "the Gulf Cooperation Council-US summit": a body's name joined to a country's
	}
	if len(t.low) > 6 && pluralRole(t.low) {
		return false // "the two Federal Councillors", "Foreign Ministers": a role in the plural, no one's name
	}
	if nameParticles[t.low] {
		return true
	}
	if g != nil {
		key := wordKey(t) // nameKey(t.text), worked out once
		if _, ok := g.countries[key]; ok && !shortMixed(t.text) {
			return false
		}
		// a body's one-word name ("Wagner", "Hamas") is not a name on its own,
		// but can end one ("Thérèse Kayikwamba Wagner"): see appendRunsAfter
		// ("Un" in "Kim Jong Un" is not the UN: a short name in mixed case
		// is no acronym)
		if _, ok := g.orgs[key]; ok && !shortMixed(t.text) {
			return false
		}
		if _, ok := g.speakers[key]; ok && !shortMixed(t.text) {
			return false
		}
	}
	// acronyms (NATO, EU) are not names; initials (J.D.) and JD are
	if len(t.text) >= 3 && isUpperCase(t.text) && !strings.Contains(t.text, ".") {
		return false
	}
	return true
}

// nationalities are adjectives of nationality or region.
var nationalities = set(`american british french german italian chinese iranian israeli palestinian
	turkish polish finnish qatari saudi egyptian japanese indian canadian swiss dutch spanish greek
	austrian belgian danish swedish norwegian estonian latvian lithuanian hungarian czech slovak
	romanian bulgarian serbian croatian georgian armenian azerbaijani kazakh belarusian syrian
	lebanese jordanian iraqi emirati kuwaiti omani yemeni afghan pakistani korean taiwanese
	vietnamese thai indonesian australian mexican brazilian argentine venezuelan colombian cuban
	african nigerian kenyan ethiopian sudanese libyan algerian moroccan tunisian ukrainian russian
	european western eastern arab gulf nordic baltic soviet irish scottish welsh portuguese
	slovenian moldovan montenegrin albanian bosnian macedonian kosovar cypriot maltese icelandic
	luxembourgish mongolian uzbek turkmen tajik kyrgyz bangladeshi sri lankan nepali filipino
	malaysian singaporean chilean peruvian bolivian ecuadorian uruguayan paraguayan panamanian
	haitian dominican jamaican south-african somali eritrean rwandan congolese ugandan tanzanian
	ghanaian senegalese malian chadian nigerien zimbabwean zambian angolan mozambican namibian
	u.s. us u.k. uk eu e.u. un u.n. nato`)

// chineseHe reports the surname He after a title ("Vice Premier He
// Lifeng"), which is not the pronoun.
//
// The same holds for the other short family names that spell an English
// function word ("Dr Oh Ei Sun", "Mr An Ho-young", "Minister So Se-pyong"):
// after a title, inside a run of capitals, they open a name.
func chineseHe(toks []token, k, s, e int) bool {
	if k+1 >= e || !toks[k+1].cap {
		return false
	}
	if toks[k].text == "He" {
		return k > s && titleWords[toks[k-1].low] || knownHe(toks[k+1])
	}
	return shortFamilyNames[toks[k].text] && k > s && titleWords[toks[k-1].low]
}

// shortFamilyNames are East Asian family names written like English
// function words.
var shortFamilyNames = set(`Oh So An`)

// spelledLike returns the figure's full name in the spelling of the
// surname the article uses ("Zelensky" → "Volodymyr Zelensky").
func spelledLike(f *Figure, surname string) string {
	k := nameKey(surname)
	for _, n := range append([]string{f.Name}, f.Aliases...) {
		fs := strings.Fields(n)
		if len(fs) >= 2 && nameKey(fs[len(fs)-1]) == k {
			if n != f.Name && strings.HasPrefix(nameKey(f.Name), nameKey(n)+" ") {
				return f.Name // "Lula": "Luiz Inácio Lula da Silva", not a clipped form
			}
			return n
		}
	}
	return f.Name
}

// givenNameBefore reports whether the longer name long is the shorter one
// with a given name before it: "Ishaq Dar" is "Mohammad Ishaq Dar" with a
// given name left off, while "Nicolas Maduro" is no "Nicolas Maduro
// Guerra", whose name runs on, and "Salman bin Abdulaziz Al Saud" no
// "Mohammed bin Salman bin Abdulaziz Al Saud", his son.
func givenNameBefore(long, short string) bool {
	fl, fs := strings.Fields(long), strings.Fields(short)
	n := len(fl) - len(fs)
	if n < 1 || len(fs) < 2 || nameKey(strings.Join(fl[n:], " ")) != nameKey(short) {
		return false
	}
	switch strings.ToLower(fl[n-1]) {
	case "bin", "ibn", "bint", "ben":
		return false
	}
	return true
}

// nameInside reports whether one multi-word name key starts or ends the
// other ("kayikwamba wagner" and "therese kayikwamba wagner").
func nameInside(a, b string) bool {
	if a == b || strings.Count(a, " ") < 1 || strings.Count(b, " ") < 1 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a+" ") || strings.HasSuffix(b, " "+a)
}

// rankOn is the rank of the office a figure holds on a day (-1 for none).
func rankOn(f *Figure, day time.Time) int {
	o, ok := f.OfficeOn(day)
	if !ok {
		return -1
	}
	return officeRank(o.Title)
}

// bodyNameOnly reports a capitalised word that is not a name only because
// a body bears it (the gazetteer's "Wagner"): it can still end a person's
// name after another name word.
func bodyNameOnly(t token) bool {
	if !t.cap || titleWords[t.low] || notNameWords[t.low] || nationalities[t.low] || orgHeads[t.low] || placeAdjective(t.low) {
		return false
	}
	if len(t.text) >= 3 && strings.ToUpper(t.text) == t.text {
		return false
	}
	if g := DefaultGazetteer(); g != nil {
		if _, ok := g.countries[nameKey(t.text)]; ok && !shortMixed(t.text) {
			return false
		}
	}
	return true
}

// addWord registers a person known by one word, under key k.
func (r *registry) addWord(word, k string) *personEntry {
	e := &personEntry{name: word, order: len(r.list)}
	r.list = append(r.list, e)
	r.byKey[k] = e
	r.bySurname[k] = e
	return e
}

// addLocal registers a person the article names by one word only and
// gives an age or other sign of being no public figure ("Amina, 34"),
// without consulting the gazetteer.
func (r *registry) addLocal(word string) *personEntry {
	k := nameKey(word)
	if e, ok := r.byKey[k]; ok && e.fig == nil {
		return e
	}
	if e, ok := r.bySurname[k]; ok && (e.fig == nil || e.lastPos > 0) {
		return e // ("Šefčovič, 58," after "Maroš Šefčovič": the one the article named)
	}
	return r.addWord(word, k)
}

// khmerStyles are the words of Cambodian honorific styles that stand
// before a name: "Samdech Moha Borvor Thipadei Hun Manet", "Samdech Akka
// Moha Sena Padei Techo Hun Sen".
var khmerStyles = set(`samdech moha borvor thipadei akka sena padei techo`)

// malayStyle reports "Seri" or "Sri" at k closing a Malaysian style
// before a name: "Datuk Seri Anwar Ibrahim", "Tan Sri", "Dato' Seri" (the
// apostrophe a token of its own, before the run of capitalised words
// starting at s).
func malayStyle(toks []token, s, k int) bool {
	if toks[k].low != "seri" && toks[k].low != "sri" {
		return false
	}
	if k > s && (toks[k-1].low == "datuk" || toks[k-1].low == "dato" || toks[k-1].low == "dato'" || toks[k-1].low == "dato’" || toks[k-1].low == "tan") {
		return true
	}
	return k >= 2 && (toks[k-1].text == "'" || toks[k-1].text == "’") && toks[k-2].low == "dato"
}

// placeAdjective reports a place or a name made an adjective
// ("London-based", "Gaza-born", "English-style", "Soviet-era",
// "Qatar-brokered"): no part of a name.
func placeAdjective(w string) bool {
	for _, suf := range []string{"-based", "-born", "-style", "-like", "-type", "-era", "-brokered", "-led", "-backed"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// headByFamily returns the one person of the article whose name opens
// with family name k ("Kim" of "Kim Jong Un") and whom the gazetteer has
// as a head of state or government on the article's day, or nil: a bare
// family name shared by several of the article's people means the leader.
func (r *registry) headByFamily(k string) *personEntry {
	if r.day.IsZero() {
		return nil
	}
	var head *personEntry
	for _, e := range r.list {
		if e.fig == nil || rankOn(e.fig, r.day) < 3 {
			continue
		}
		if first, ok := firstOfSeveral(e.name); ok && nameKeyIs(first, k) {
			if head != nil && head != e {
				return nil
			}
			head = e
		}
	}
	return head
}

// countryRun returns the end of a country's name of two or three words
// starting at token k inside a run ending at e ("North Korea", "South
// Sudan"), or k when none starts there.
func countryRun(toks []token, k, e int) int {
	g := DefaultGazetteer()
	if g == nil {
		return k
	}
	for n := min(e, k+3); n >= k+2; n-- {
		if _, ok := g.countries[nameKey(joinTokens(toks, k, n))]; ok {
			return n
		}
	}
	return k
}

// hyphenFirst returns the key of the first part of a hyphenated family
// name ("Bokundoa" of "André Bokundoa-bo-Likabe"), by which later
// mentions may call the person, or "". The name needs a first name before
// it, both ends of the family name capitalised (not a Korean given name,
// "Lee Jae-myung") and a first part of three letters or more; an Arabic
// article ("al-Burhan") is handled by itself.
func hyphenFirst(fs []string) string {
	if len(fs) < 2 {
		return ""
	}
	last := fs[len(fs)-1]
	i, j := strings.IndexByte(last, '-'), strings.LastIndexByte(last, '-')
	if i < 3 || j+1 >= len(last) || arabicPrefix(token{text: last}) {
		return ""
	}
	if !unicode.IsUpper([]rune(last)[0]) || !unicode.IsUpper([]rune(last[j+1:])[0]) {
		return ""
	}
	return nameKey(last[:i])
}
