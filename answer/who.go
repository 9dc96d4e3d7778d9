package answer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// Who returns who attended the meeting p.Meeting describes, merged across
// every article that reports it, each name with the passages that support
// it.
func (s *Service) Who(ctx context.Context, p WhoParams) (*WhoAnswer, error) {
	ans, hits, err := s.whoHits(ctx, p)
	if err != nil || len(hits) == 0 {
		return ans, err
	}
	best := hits[0].Meeting
	ans.Meeting, ans.Date, ans.Place = best.Summary, best.Date, best.Place
	for _, h := range hits[1:] {
		if ans.Place != "" {
			break
		}
		if h.Meeting.Place != "" && (ans.Date == "" || h.Meeting.Date == ans.Date) {
			// the best report did not say where; another report of the
			// same meeting on the same day does
			ans.Place = h.Meeting.Place
			if ans.Date == "" {
				ans.Date = h.Meeting.Date
			}
		}
	}
	mergeMeetings(ans, hits)
	if p.About != "" {
		ans.Asked = askedAbout(ans, p.About)
	}
	return ans, nil
}

// askedAbout tells what the answer says about the person asked about:
// among the attendees, named as not there in person, or neither. A name
// matches when every word asked is one of its words, case and accents
// aside ("Putin", "Vladimir Putin"), or the gazetteer knows both as one
// person ("Zelensky", "Volodymyr Zelenskyy"). A description that names no
// one ("the Russian president") gets no verdict.
func askedAbout(ans *WhoAnswer, about string) *AskedAbout {
	about = strings.Trim(strings.TrimSpace(about), "?!.,")
	if about == "" || isDescription(about) {
		return nil
	}
	for _, a := range ans.Attendees {
		if personMatches(about, a.Name) {
			return &AskedAbout{Name: a.Name, Status: AskedAttended, Note: a.Role}
		}
	}
	for _, a := range ans.Absent {
		if personMatches(about, a.Name) {
			return &AskedAbout{Name: a.Name, Status: AskedAbsent, Note: a.Note}
		}
	}
	return &AskedAbout{Name: about, Status: AskedNotNamed}
}

// isDescription reports a phrase that describes someone rather than
// naming them: "the Russian president", "any EU leader", a long phrase.
func isDescription(s string) bool {
	fs := strings.Fields(strings.ToLower(s))
	if len(fs) == 0 || len(fs) > 4 {
		return true
	}
	switch fs[0] {
	case "the", "a", "an", "any", "his", "her", "its", "their", "our", "some", "anyone", "anybody", "someone", "somebody", "everyone", "he", "she", "they", "there", "it", "this", "that":
		return true
	}
	for _, f := range fs {
		if genericMeetingWord[f] {
			return true // "was there a meeting at …": no one asked about
		}
	}
	return false
}

// personMatches reports whether the person asked about is name.
func personMatches(asked, name string) bool {
	if nameKey(asked) == nameKey(name) {
		return true
	}
	have := map[string]bool{}
	for _, w := range strings.Fields(foldName(name)) {
		have[w] = true
	}
	words := strings.Fields(foldName(asked))
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return len(words) > 0
}

// foldName lower-cases a name and strips its accents and punctuation:
// "Orbán" and "orban" are one word.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// whoHits finds the reports of the meeting p.Meeting describes: the best
// first, then the other articles' reports of the same meeting. ans is the
// answer to fill, with the question's description and date.
func (s *Service) whoHits(ctx context.Context, p WhoParams) (*WhoAnswer, []index.MeetingHit, error) {
	q := p.Meeting
	if p.About != "" {
		// "was Berg at the Geneva talks?": the meeting is what the rest
		// describes; Berg is what is asked about it
		if i := strings.Index(strings.ToLower(q), strings.ToLower(p.About)); i >= 0 {
			q = q[:i] + " " + q[i+len(p.About):]
		}
	}
	desc, date := meetingQuery(q)
	if p.Date != "" {
		if _, err := parseDay("date", p.Date); err != nil {
			return nil, nil, err
		}
		date = p.Date
	}
	desc, month := monthOf(desc)  // "EU summit December 2023": the index keeps that month's meetings
	desc, monthDay := dayOf(desc) // "talks in Istanbul on May 16": that day of any year
	monthNo := ""
	if month == "" && monthDay == "" && date == "" {
		desc, monthNo = monthOnly(desc) // "the US-China talks in June": that month of any year
	}
	if desc == "" {
		return nil, nil, &InputError{Option: "meeting", Value: p.Meeting, Reason: "say which meeting, e.g. \"Alaska summit\" or \"White House meeting\""}
	}
	ans := &WhoAnswer{Meeting: desc, Date: date, Attendees: []Attendee{}, Absent: []Absentee{}}
	req := whoRequest(desc, date, month)
	req.MonthDay = monthDay
	var dropped []index.MeetingHit // other meetings the question matches
	req.Dropped = func(h index.MeetingHit) { dropped = append(dropped, h) }
	hits, err := s.idx.Meetings(ctx, req)
	if errors.Is(err, index.ErrNoTerms) {
		return ans, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("who %q: %w", desc, err)
	}
	if monthNo != "" && len(hits) > 0 && hits[0].Meeting.Date != "" && !inMonth(hits[0], monthNo) {
		// "the US-China talks in June": the best match was held in another
		// month; a meeting of that month, when one matches, is the answer
		inReq := req
		inReq.MonthOfYear = monthNo
		var inDropped []index.MeetingHit
		inReq.Dropped = func(h index.MeetingHit) { inDropped = append(inDropped, h) }
		in, err := s.idx.Meetings(ctx, inReq)
		if err != nil && !errors.Is(err, index.ErrNoTerms) {
			return nil, nil, fmt.Errorf("who %q: %w", desc, err)
		}
		if len(in) > 0 && in[0].Meeting.Date != "" && inMonth(in[0], monthNo) {
			hits, dropped = in, append(inDropped, hits...)
		}
	}
	if d := distinctive(desc); len(hits) == 0 && d != "" && d != desc {
		// "Hillsborough talks" for a meeting its reports call a
		// conference: the kind of meeting is the word users vary most.
		req.Query = d
		hits, err = s.idx.Meetings(ctx, req)
		if err != nil && !errors.Is(err, index.ErrNoTerms) {
			return nil, nil, fmt.Errorf("who %q: %w", d, err)
		}
	}
	hits = reportedOnDay(hits, monthDay)
	if len(hits) == 0 {
		return ans, nil, nil
	}
	placeableFirst(hits)
	ranked := hits[:len(hits):len(hits)] // (the widening below appends to a copy)
	if date == "" {
		// Other reports of that meeting may name it differently ("Alaska
		// talks" for "Alaska summit"): widen to that day's meetings that
		// share a distinctive word (an undated report's: its article's
		// day and the day before); sameMeeting decides which are the same.
		best := hits[0].Meeting
		keep := func(_, m corpus.Meeting) bool { return sameReportedMeeting(best, m) }
		if d, end := reportDays(hits[0]); d != "" {
			more, err := s.idx.Meetings(ctx, index.MeetingRequest{Query: distinctive(desc), AnyWord: true, Date: d, DateEnd: end, Limit: 50, Keep: keep})
			if err != nil && !errors.Is(err, index.ErrNoTerms) {
				return nil, nil, fmt.Errorf("who %q on %s: %w", desc, d, err)
			}
			hits = appendNewHits(hits, more)
		}
	}
	var perr error
	read := s.articleReader(ctx, &perr)
	same := sameMeeting(hits, placerOf(read))
	if b := same[0].Meeting; perr == nil && b.Date != "" && b.Place != "" {
		// the article's other meetings of that sitting (see sittingOf)
		same = append(same, sittingOf(read(same[0].Article.ID), same[0])...)
	}
	if perr == nil {
		// the article's meetings told inside a thin report (see splitOf)
		same = append(same, splitOf(read(same[0].Article.ID), same[0])...)
	}
	if perr != nil {
		return nil, nil, fmt.Errorf("who %q: %w", desc, perr)
	}
	ans.Others = otherMeetings(append(ranked, dropped...), same, 3)
	return ans, same, nil
}

// otherMeetings are the first n meetings of ranked, a question's hits
// best first, that the answer did not merge (same), one per meeting told
// (summary, date and place), each with someone attending.
func otherMeetings(ranked, same []index.MeetingHit, n int) []OtherMeeting {
	used := map[string]bool{}
	for _, h := range same {
		used[hitKey(h)] = true
		used[h.Meeting.Summary+"\x00"+h.Meeting.Date+"\x00"+h.Meeting.Place] = true
	}
	var out []OtherMeeting
	for _, h := range ranked {
		told := h.Meeting.Summary + "\x00" + h.Meeting.Date + "\x00" + h.Meeting.Place
		if len(out) == n || used[hitKey(h)] || used[told] || len(h.Meeting.Attendees) == 0 || h.Article.ID == "" {
			continue
		}
		used[told] = true
		out = append(out, OtherMeeting{Meeting: h.Meeting.Summary, Date: h.Meeting.Date, Place: h.Meeting.Place, Article: h.Article})
	}
	return out
}

// whoRequest is the meeting search for a description desc, with the date
// or month the question gives: how its hits are accepted, ranked and
// preferred.
func whoRequest(desc, date, month string) index.MeetingRequest {
	words := distinctiveWords(desc)
	// Accept and Order both read a hit's reported words: find them once.
	inReport := map[string][]string{}
	reportHas := func(h index.MeetingHit) []string {
		k := hitKey(h)
		ws, ok := inReport[k]
		if !ok {
			ws = reportedWords(h, words)
			inReport[k] = ws
		}
		return ws
	}
	countReported := func(h index.MeetingHit) int { return len(reportHas(h)) }
	accept := func(h index.MeetingHit) bool {
		// With a date or month the day narrows it down; without, a meeting
		// found by a generic word alone ("summit") is not the one asked
		// about, but one whose report carries at least two and half of
		// the description's words is ("Philippines China consultation
		// mechanism" for a "Manila meeting" whose article says so). The
		// article's opening paragraph reports the meeting the article
		// opens with (see ledeOf).
		if month != "" || date != "" {
			return true
		}
		n := countReported(h)
		if lede := ledeOf(h); lede != "" {
			n = len(foundWords(strings.Join(reportHas(h), " ")+" "+lede, words))
		}
		return mentions(h.Meeting, words) || len(words) >= 2 && n >= 2 && 2*n >= len(words)
	}
	// A near match is ranked by the question's words its report carries:
	// a long description ("Trump receives the Congolese and Rwandan
	// foreign ministers") is about the meeting that has most. The words
	// its whole article carries count too: two meetings at one place are
	// told apart by what the story is about ("GERD talks in Addis Ababa":
	// the explainer that names the dam, not another article's summit there
	// whose paragraphs say "fourth"). Each word weighs by how few of the
	// hits' articles carry it (wordWeights): "Trump", "Oval Office" or a
	// city are in most reports found, "Commission chairperson" or
	// "Carney" in few, and a meeting that shares only the common words
	// loses to one that has the rare ones. A meeting whose own summary,
	// place or people carry one of them counts one common word more, and
	// one whose attendees carry one counts that word's weight more: a
	// "video call between Araghchi and Kallas" is the call they attended,
	// not the Istanbul meeting whose paragraphs name them all; "Trump
	// meets Zelenskyy and European leaders in the East Room" is their
	// meeting, not the Riyadh talks whose paragraphs name Zelenskyy,
	// Europeans, a room and the Middle East. (Measured on the labelled
	// sets: every word of the summary counted instead, the lead meeting
	// breaking ties, or the named words' weights added, did worse.)
	inArticle := map[string][]string{}
	articleHas := func(h index.MeetingHit) []string {
		ws, ok := inArticle[h.Article.ID]
		if !ok {
			ws = articleWords(h, words)
			inArticle[h.Article.ID] = ws
		}
		return ws
	}
	var weight map[string]int
	weigh := func(hits []index.MeetingHit) { weight = wordWeights(hits, words, articleHas) }
	order := func(h index.MeetingHit) int {
		n := 0
		for _, w := range reportHas(h) {
			n += weight[w]
		}
		for _, w := range articleHas(h) {
			n += weight[w]
		}
		if wordsNamed(h.Meeting, words) > 0 {
			n += weightUnit
		}
		top := 0
		for _, w := range attendeeWords(h.Meeting, words) {
			top = max(top, weight[w])
		}
		return n + top
	}
	// An article that recalls an earlier meeting of the same people, or
	// that names a meeting's place and people in passing, reports them in
	// the words of the meeting it is about: the meeting an article leads
	// with takes the place of a meeting found first that its article does
	// not lead with, when its own summary, place and people carry as many
	// of the question's words and its report as many (one fewer will do
	// within one article when the two share someone: the recalled
	// meeting's paragraphs often repeat the place; a leaders' call an
	// article leads with does not take the place of the foreign
	// ministers' meeting it reports next for missing one word). Within
	// one article the lead also takes the place of a meeting whose report
	// carries fewer of the words, though that one's place is one of them,
	// unless its people carry more of them than the lead's: the evening
	// session that produced the Ankara Declaration, not an envoy's earlier
	// visit to Ankara; but the video call between the ministers the
	// question names, not the Istanbul meeting the article is about.
	// Another article's lead meeting takes its place only when it may be
	// the same meeting (mayBeSameMeeting): a G20 finance meeting in Cape
	// Town is not the foreign ministers' meeting in Johannesburg another
	// article recalls. And a meeting of the best one's article whose own
	// summary, place and people carry more of the question's words takes
	// the place of a best one that is not its article's lead, when the two
	// share someone and its report carries all the words but one: the
	// 37th UK-France summit at Downing Street, not the last one at the
	// Élysée whose paragraph alone gives the number (WidenRecalled brings
	// it in when only recalled meetings have every word).
	prefer := func(best, h index.MeetingHit) bool {
		same := h.Article.ID == best.Article.ID
		if same && !best.Lead && wordsNamed(h.Meeting, words) > wordsNamed(best.Meeting, words) &&
			sharedPeople(best.Meeting, h.Meeting) > 0 && countReported(h) >= countReported(best)-1 {
			return true
		}
		if best.Lead || !h.Lead {
			return false
		}
		if same && countReported(h) > countReported(best) && len(attendeeWords(h.Meeting, words)) >= len(attendeeWords(best.Meeting, words)) {
			return true
		}
		if wordsNamed(h.Meeting, words) < wordsNamed(best.Meeting, words) {
			return false
		}
		slack := 0
		if same {
			if sharedPeople(best.Meeting, h.Meeting) > 0 {
				slack = 1 // an earlier meeting of the same people
			}
		} else if !mayBeSameMeeting(best.Meeting, h.Meeting) || !headlined(h) {
			return false
		}
		return countReported(h) >= countReported(best)-slack
	}
	req := index.MeetingRequest{Query: desc, Date: date, Month: month, Limit: 50, Keep: mayBeSameMeeting, Accept: accept, Order: order, Weigh: weigh, Prefer: prefer, WidenRecalled: true}
	// When no meeting has every word, the meetings that have a distinctive
	// one join those that have any: "talks" alone may fill the page.
	req.Loose = distinctive(desc)
	return req
}

// headlined tells whether a lead meeting is the one its article's headline
// is about: the headline names its place or a word of its summary, or
// neither names anything ("talks"). An analysis headlined on the Rome
// round whose first meeting found is an undated Muscat one is not the
// Muscat round's report.
func headlined(h index.MeetingHit) bool {
	named := h.Meeting.Summary + " " + h.Meeting.Place
	return distinctive(named) == "" || shareWord(h.Article.Title, named)
}

// distinctive drops the generic meeting words from a description, so
// "Alaska summit" finds "Alaska talks".
func distinctive(desc string) string {
	var kept []string
	for _, w := range strings.Fields(desc) {
		if !genericMeetingWord[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// hitKey names one meeting of one article.
func hitKey(h index.MeetingHit) string {
	return h.Article.ID + "\x00" + h.Meeting.Summary + "\x00" + h.Meeting.Date
}

// appendNewHits adds the hits of more not already in hits.
func appendNewHits(hits, more []index.MeetingHit) []index.MeetingHit {
	seen := map[string]bool{}
	for _, h := range hits {
		seen[hitKey(h)] = true
	}
	for _, h := range more {
		if !seen[hitKey(h)] {
			seen[hitKey(h)] = true
			hits = append(hits, h)
		}
	}
	return hits
}

func shareWord(a, b string) bool {
	aw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if len(w) > 3 && !genericMeetingWord[w] {
			aw[w] = true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if aw[w] {
			return true
		}
	}
	return false
}

var genericMeetingWord = map[string]bool{
	"meeting": true, "meetings": true, "talks": true, "summit": true, "call": true, "round": true, "negotiations": true,
	"conference": true, "session": true, "visit": true, "phone": true, "video": true,
}

// mergeMeetings merges the attendee and absent lists of several reports of
// one meeting. Someone reported as attending by one article and as absent
// by another goes where more articles put them (attending on a tie).
func mergeMeetings(ans *WhoAnswer, hits []index.MeetingHit) {
	type tally struct {
		name, role, note string
		present, absent  int
		stated           bool // a report's rule, not the model, placed them
		evidence         []Evidence
		first            int
	}
	people := map[string]*tally{}
	order := 0
	get := func(name string) *tally {
		// ("Queen Máxima" in one report and "Queen Maxima" in another: one
		// person, whose marks a wire dropped)
		k := strings.Join(strings.Fields(foldName(nameKey(name))), " ")
		t := people[k]
		if t == nil {
			t = &tally{name: name, first: order}
			order++
			people[k] = t
		}
		return t
	}
	seenRef := map[string]bool{}
	for _, h := range hits {
		if !seenRef[h.Article.ID] {
			seenRef[h.Article.ID] = true
			ans.Sources = append(ans.Sources, h.Article)
		}
		for _, a := range h.Meeting.Attendees {
			t := get(a.Name)
			t.present++
			t.stated = t.stated || !a.Inferred
			if t.role == "" {
				t.role = a.Role
			}
			if ev, ok := evidenceFor(a.Name, h); ok {
				t.evidence = append(t.evidence, ev)
			}
		}
		for _, a := range h.Meeting.Absent {
			t := get(a.Name)
			t.absent++
			if t.note == "" {
				t.note = a.Note
			}
		}
	}
	// one person named shorter by one report ("Irfaan Ali") and in full by
	// another ("Mohamed Irfaan Ali") is listed once, in full, when the
	// longer name is the only one that holds every word of the shorter
	for k, t := range people {
		longer := ""
		n := 0
		for k2, t2 := range people {
			if k2 != k && fullerName(t2.name, t.name) {
				longer, n = k2, n+1
			}
		}
		if n != 1 {
			continue
		}
		l := people[longer]
		l.present += t.present
		l.absent += t.absent
		l.stated = l.stated || t.stated
		l.evidence = append(l.evidence, t.evidence...)
		l.first = min(l.first, t.first)
		if l.role == "" {
			l.role = t.role
		}
		if l.note == "" {
			l.note = t.note
		}
		delete(people, k)
	}
	list := make([]*tally, 0, len(people))
	for _, t := range people {
		list = append(list, t)
	}
	slices.SortFunc(list, func(a, b *tally) int { return a.first - b.first })
	for _, t := range list {
		if t.present >= t.absent && t.present > 0 {
			ans.Attendees = append(ans.Attendees, Attendee{Name: t.name, Role: t.role, Evidence: t.evidence, Inferred: !t.stated})
		} else {
			ans.Absent = append(ans.Absent, Absentee{Name: t.name, Note: t.note})
		}
	}
	for i := range ans.Attendees {
		if ans.Attendees[i].Evidence == nil {
			ans.Attendees[i].Evidence = []Evidence{}
		}
	}
}

// evidenceFor picks the meeting paragraph that names the person (by full
// name, else surname), falling back to the meeting's first paragraph.
func evidenceFor(name string, h index.MeetingHit) (Evidence, bool) {
	var first string
	surname := name
	if f := strings.Fields(name); len(f) > 1 {
		surname = f[len(f)-1]
	}
	for _, p := range h.Meeting.Paragraphs {
		text, ok := h.Evidence[p]
		if !ok {
			continue
		}
		if first == "" {
			first = text
		}
		if strings.Contains(text, name) {
			return Evidence{Article: h.Article, Passage: text}, true
		}
	}
	for _, p := range h.Meeting.Paragraphs {
		if text := h.Evidence[p]; strings.Contains(text, surname) {
			return Evidence{Article: h.Article, Passage: text}, true
		}
	}
	if first == "" {
		return Evidence{}, false
	}
	return Evidence{Article: h.Article, Passage: first}, true
}

// nameKey identifies a person across articles: known figures by their
// gazetteer name, so "Zelenskiy" and "Zelenskyy" are one person; others by
// their name, case and spacing aside.
func nameKey(name string) string {
	if f, ok := corpus.DefaultGazetteer().Lookup(name); ok {
		name = f.Name
	}
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// fullerName reports a name long that holds every word of a shorter name
// of two words or more, in order and ending on the same word: "Mohamed
// Irfaan Ali" for "Irfaan Ali".
func fullerName(long, short string) bool {
	lf, sf := strings.Fields(foldName(long)), strings.Fields(foldName(short))
	if len(sf) < 2 || len(lf) <= len(sf) || lf[len(lf)-1] != sf[len(sf)-1] {
		return false
	}
	i := 0
	for _, w := range lf {
		if i < len(sf) && w == sf[i] {
			i++
		}
	}
	return i == len(sf)
}
