package answer

import (
	"context"
	"regexp"
	"strings"
)

// Intents a question can be routed to.
const (
	IntentWho    = "who"
	IntentQuotes = "quotes"
	IntentSearch = "search"
	IntentDigest = "digest"
)

var (
	// "who was at / attended / took part in / met at …"
	askWho = regexp.MustCompile(`(?i)^\s*(?:who|which(?:\s+[\w'’-]+){1,3})\s+(?:(?:was|were|is|are|will\s+be)\s+(?:at|in|present|there|attending|taking\s+part)|attend(?:ed|s|ing)?|took\s+part|take\s+part|participated|joined|went\s+to|showed\s+up|came\s+to|sat\s+(?:in|at|around|down)|met\b|represented|led\b|headed|chaired|co-?chaired|hosted|negotiated|(?:was|were)\s+(?:in|around)\s+the\s+(?:room|table)|(?:was|were)\s+on\s+the\s+(?:\w+\s+)?delegation)|^\s*(?:list\s+(?:the\s+)?)?(?:attendees|participants)\s+(?:of|at|in)\b`)
	// "what did Merz say about a ceasefire", "what has the Kremlin said on …"
	askSaid = regexp.MustCompile(`(?i)^\s*what\s+(?:did|has|have|does|do|is|are|was|were)\s+(.+?)\s+(?:say|said|saying|tell|told|write|wrote|post|posted|claim|claimed|announce|announced)\b(?:\s+(?:about|on|regarding|concerning|of)\b)?\s*(.*)$`)
	// "quotes from/by Merz (about|on) ceasefire", "Merz quotes on …"
	askQuotesBy = regexp.MustCompile(`(?i)^\s*(?:show\s+(?:me\s+)?)?(?:quotes?|remarks|comments|statements)\s+(?:from|by)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.*))?$`)
	askQuotesOn = regexp.MustCompile(`(?i)^\s*(?:show\s+(?:me\s+)?)?(?:quotes?|remarks|comments|statements)\s+(?:about|on|regarding|mentioning|with)\s+(.*)$`)
	// "did Zelenskyy attend the Alaska summit?", "was Putin at the White
	// House meeting?", "who missed / was absent from / skipped …"
	askDidAttend   = regexp.MustCompile(`(?i)^\s*(?:did|was|were|is|will)\s+(.+?)\s+(?:attend|at|in\s+attendance\s+at|present\s+at|take\s+part\s+in|join|go\s+to|participate\s+in|invited\s+to|miss|skip|be\s+at)\b`)
	askMeetingWord = regexp.MustCompile(`(?i)` + meetingWords)
	askWhoAbsent   = regexp.MustCompile(`(?i)^\s*who\s+(?:(?:was|were)\s+(?:absent|missing|not\s+(?:at|there|invited|present))|missed|skipped|stayed\s+away|did\s*n[o']t\s+(?:attend|come|go|show)|boycotted|declined)\b`)
	// "who did Trump meet on August 18?", "whom did Xi receive in Beijing?"
	askWhoDidMeet = regexp.MustCompile(`(?i)^\s*who(?:m)?\s+(?:did|will|has|have)\s+.+?\s+(?:meet|see|host|receive|welcome|hold\s+talks\s+with|talk\s+(?:to|with)|speak\s+(?:to|with)|sit\s+down\s+with|sit\s+with)\b`)
	// "who said …"
	// "who were the negotiators in Muscat?", "who was on the delegation"
	askWhoRoster = regexp.MustCompile(`(?i)^\s*who\s+(?:was|were|are|is)\s+the\s+(?:\w+\s+){0,2}(?:negotiators?|participants?|attendees?|delegates?|delegations?|leaders|mediators?|envoys|representatives|guests|signatories)\b`)
	// "who signed the Doha declaration": a signing is a meeting when one
	// is found, else the passages about it
	askWhoSigned = regexp.MustCompile(`(?i)^\s*who\s+(?:signed|initialled|initialed|witnessed)\b`)
	// "when did Aliyev and Pashinyan meet?", "where were the Sudan talks
	// held?": the meeting's date and place, when one is found
	askWhenWhere = regexp.MustCompile(`(?i)^\s*(?:when|where)\s+(?:did|do|does|was|were|is|are|will|has|have)\s+.*?(?:\b(?:meet|met|meeting|hold|held|take\s+place|took\s+place|taking\s+place|convene|convened|sit\s+down|sat\s+down)\b|` + meetingWords + `)`)
	askWhoSaid   = regexp.MustCompile(`(?i)^\s*who\s+(?:said|says|called|warned|wrote|posted)\s+(.*)$`)
	// "X's comments/remarks on Y"
	askPossessive = regexp.MustCompile(`(?i)^\s*(.+?)['’]s?\s+(?:comments|remarks|statements|words|quotes)\s+(?:about|on|regarding)\s+(.*)$`)
	askDigest     = regexp.MustCompile(`(?i)\b(?:digest|today['’]?s\s+news|news\s+(?:from\s+)?today|what\s+happened\s+(?:today|yesterday|on)|what['’]?s\s+new|summary\s+of\s+(?:today|yesterday|the\s+day))\b`)
	askYesterday  = regexp.MustCompile(`(?i)\byesterday\b`)
	// leading filler of a plain search question
	askSearchFiller = regexp.MustCompile(`(?i)^\s*(?:(?:show|find|give|tell)\s+(?:me\s+)?(?:about\s+)?|search\s+(?:for\s+)?|(?:any\s+)?(?:news|articles|stories|reports|anything|something|updates)\s+(?:about|on|regarding|concerning)\s+|(?:what|anything)\s+(?:is|about|on)\s+(?:new\s+(?:on|about)\s+)?|(?:what['’]?s\s+|what\s+is\s+)?(?:the\s+)?latest\s+(?:news\s+)?(?:on|about|in|from)\s+)+`)
)

// meetingWords are the nouns that make a question about a meeting.
const meetingWords = `\b(?:summits?|meetings?|talks|negotiations|conferences?|rounds?|calls?|sessions?|visits?|dinners?|lunch|breakfast|forum|gathering|ceremony|signing|retreat|plenary|bilateral|trilateral|videoconference|consultations|dialogue|roundtable|sit-down|ministerial)\b`

// intentWhoOrSearch routes to who when a meeting is found, else to search.
const intentWhoOrSearch = "who-or-search"

// Ask routes a plain question to who, quotes, search or digest and returns
// that answer.
func (s *Service) Ask(ctx context.Context, question string) (*AskAnswer, error) {
	q := strings.TrimSpace(question)
	if q == "" {
		return nil, &InputError{Option: "question", Reason: "is empty: ask e.g. \"who was at the Alaska summit?\""}
	}
	intent, params := route(q, s.now().UTC().Format(DateLayout), s.now().UTC().AddDate(0, 0, -1).Format(DateLayout))
	var (
		ans any
		err error
	)
	switch intent {
	case IntentWho:
		ans, err = s.Who(ctx, params.(WhoParams))
	case intentWhoOrSearch:
		intent = IntentWho
		w, werr := s.Who(ctx, params.(WhoParams))
		if ans, err = w, werr; err == nil && len(w.Attendees) == 0 {
			intent = IntentSearch
			ans, err = s.Search(ctx, SearchParams{Query: strings.TrimRight(params.(WhoParams).Meeting, "?!. ")})
		}
	case IntentQuotes:
		ans, err = s.Quotes(ctx, params.(QuotesParams))
	case IntentDigest:
		ans, err = s.Digest(ctx, params.(DigestParams))
	default:
		ans, err = s.Search(ctx, params.(SearchParams))
	}
	if err != nil {
		return nil, err
	}
	return &AskAnswer{Intent: intent, Answer: ans}, nil
}

// route decides a question's intent and the parameters for it. today and
// yesterday (YYYY-MM-DD) resolve relative digest questions.
func route(q, today, yesterday string) (string, any) {
	if m := askDidAttend.FindStringSubmatch(q); m != nil && askMeetingWord.MatchString(q) && !askWho.MatchString(q) {
		return IntentWho, WhoParams{Meeting: q, About: m[1]} // "was Vance at the White House meeting?"
	}
	if askWho.MatchString(q) || askWhoAbsent.MatchString(q) || askWhoRoster.MatchString(q) || askWhoDidMeet.MatchString(q) {
		return IntentWho, WhoParams{Meeting: q}
	}
	if askWhoSigned.MatchString(q) || askWhenWhere.MatchString(q) {
		return intentWhoOrSearch, WhoParams{Meeting: q}
	}
	if m := askWhoSaid.FindStringSubmatch(q); m != nil {
		return IntentQuotes, QuotesParams{Keyword: topic(m[1])}
	}
	if m := askSaid.FindStringSubmatch(q); m != nil {
		return IntentQuotes, QuotesParams{Speaker: speakerName(m[1]), Keyword: topic(m[2])}
	}
	if m := askQuotesBy.FindStringSubmatch(q); m != nil {
		return IntentQuotes, QuotesParams{Speaker: speakerName(m[1]), Keyword: topic(m[2])}
	}
	if m := askQuotesOn.FindStringSubmatch(q); m != nil {
		return IntentQuotes, QuotesParams{Keyword: topic(m[1])}
	}
	if m := askPossessive.FindStringSubmatch(q); m != nil {
		return IntentQuotes, QuotesParams{Speaker: speakerName(m[1]), Keyword: topic(m[2])}
	}
	if askDigest.MatchString(q) {
		p := DigestParams{Date: today}
		if m := isoDate.FindStringSubmatch(q); m != nil {
			p.Date = m[1]
		} else if askYesterday.MatchString(q) {
			p.Date = yesterday
		}
		return IntentDigest, p
	}
	text := askSearchFiller.ReplaceAllString(q, "")
	text = strings.TrimRight(strings.TrimSpace(text), "?!.")
	if text == "" {
		text = q
	}
	return IntentSearch, SearchParams{Query: text}
}

// singleQuoted is a phrase in single or curly quotes ('red lines',
// “red lines”); it becomes a "phrase" for the query.
var singleQuoted = regexp.MustCompile(`(?:^|\s)['‘“]([^'‘’“”"]+)['’”](?:\s|$)`)

// topicFiller are words that say nothing about a quote's topic.
var topicFiller = map[string]bool{"a": true, "an": true, "the": true, "any": true, "possible": false, "about": true, "on": true, "regarding": true, "it": true, "this": true, "that": true}

// topic cleans the topic part of a quotes question: punctuation and
// articles dropped, quoted phrases kept.
func topic(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "?!."))
	s = singleQuoted.ReplaceAllString(s, `"$1"`)
	var kept []string
	for _, w := range strings.Fields(s) {
		if topicFiller[strings.ToLower(w)] {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// speakerName cleans the speaker part of a quotes question ("the
// Kremlin", "German Chancellor Friedrich Merz").
func speakerName(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}
