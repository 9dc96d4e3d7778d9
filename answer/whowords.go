package answer

import (
	"strings"
	"unicode"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// distinctiveWords are the lower-cased words of a description that are not
// generic meeting words, nor words any description of any meeting may
// carry ("with", "by", "hosts"): a question's words are counted in the
// meetings' reports, and those count for any of them.
func distinctiveWords(desc string) []string {
	var out []string
	for _, w := range wordTokens(desc) {
		if w == "us" || !genericMeetingWord[w] && !whoFiller[w] && !questionStop[w] {
			out = append(out, w)
		}
	}
	return out
}

// questionStop are the words of a description that say nothing of which
// meeting it is. "new" is one: "a new round" says nothing, and "New
// Delhi" is said by "Delhi" (a report that writes "Delhi" carries all of
// it).
var questionStop = map[string]bool{
	"by": true, "with": true, "from": true, "into": true, "between": true, "after": true, "before": true,
	"during": true, "its": true, "their": true, "his": true, "her": true, "as": true, "no": true, "over": true,
	"via": true, "about": true, "this": true, "that": true, "s": true, "new": true,
	"meets": true, "hosts": true, "receives": true, "holds": true, "held": true, "welcomes": true,
}

// usDotted is the United States' dotted abbreviation.
var usDotted = strings.NewReplacer("U.S.", "US", "U.S", "US")

// wordTokens are the lower-cased words of s. "US" and "U.S." are the word
// "us"; the pronoun "us" is no word at all: "US-India trade talks" are not
// found in "told us".
func wordTokens(s string) []string {
	toks := strings.FieldsFunc(usDotted.Replace(s), notWordRune)
	out := toks[:0]
	for _, t := range toks {
		switch l := strings.ToLower(t); {
		case t == "US":
			out = append(out, "us")
		case l != "us":
			out = append(out, l)
		}
	}
	return out
}

// reportedWords are the words found in a meeting's summary, place and
// people, its article's title and the meeting's paragraphs (a long word
// by its first five letters, as in mentions).
func reportedWords(h index.MeetingHit, words []string) []string {
	var b strings.Builder
	b.WriteString(h.Article.Title + " " + h.Meeting.Summary + " " + h.Meeting.Place)
	for _, p := range h.Meeting.Attendees {
		b.WriteString(" " + p.Name)
	}
	for _, p := range h.Meeting.Absent {
		b.WriteString(" " + p.Name)
	}
	for _, text := range h.Evidence {
		b.WriteString(" " + text)
	}
	return foundWords(b.String(), words)
}

// foundWords are the words found in text (a long word by its first five
// letters, as in mentions).
func foundWords(text string, words []string) []string {
	have := map[string]bool{}
	for _, t := range wordTokens(text) {
		have[t] = true
		if len(t) >= 5 {
			have[t[:5]+"\x00"] = true
		}
	}
	var out []string
	for _, w := range words {
		if have[w] || len(w) >= 5 && have[w[:5]+"\x00"] {
			out = append(out, w)
		}
	}
	return out
}

// articleWords are the words found in a hit's article: its title and
// every paragraph (a long word by its first five letters, as in mentions).
func articleWords(h index.MeetingHit, words []string) []string {
	return foundWords(h.Article.Title+"\n"+strings.Join(h.Body, "\n"), words)
}

// ledeOf is the opening paragraph of h's article when h is the meeting
// the article opens with, reported from its first or second paragraph: a
// wire story's lede ("The chief negotiators of Serbia and Kosovo met in
// Brussels … for their first round of EU-facilitated talks in the
// Belgrade-Pristina dialogue") describes the meeting its next paragraph
// names the people of. "" otherwise: an article's only meeting told in its
// fifth paragraph is not what its lede is about.
func ledeOf(h index.MeetingHit) string {
	if !h.Lead || len(h.Body) == 0 || len(h.Meeting.Paragraphs) == 0 || h.Meeting.Paragraphs[0] > 1 {
		return ""
	}
	return h.Body[0]
}

// attendeeWords are the words found in a meeting's attendees' names.
func attendeeWords(m corpus.Meeting, words []string) []string {
	var b strings.Builder
	for _, p := range m.Attendees {
		b.WriteString(" " + p.Name)
	}
	return foundWords(b.String(), words)
}

// wordsNamed counts the words found in a meeting's summary, place or
// attendees' names (a long word by its first five letters, as in
// mentions).
func wordsNamed(m corpus.Meeting, words []string) int {
	var b strings.Builder
	b.WriteString(m.Summary + " " + m.Place)
	for _, p := range m.Attendees {
		b.WriteString(" " + p.Name)
	}
	toks := wordTokens(b.String())
	n := 0
	for _, w := range words {
		for _, t := range toks {
			if t == w || len(w) >= 5 && len(t) >= 5 && t[:5] == w[:5] {
				n++
				break
			}
		}
	}
	return n
}

// venueWord are the kinds of building a description names with a
// distinctive word ("San Martín Palace", "Hyderabad House"): on its own
// such a word matches any palace.
var venueWord = map[string]bool{
	"palace": true, "house": true, "hotel": true, "castle": true, "office": true, "room": true, "hall": true,
	"building": true, "ministry": true, "embassy": true, "residence": true, "headquarters": true,
	"center": true, "centre": true, "mission": true, "villa": true, "estate": true, "base": true,
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// mentions tells whether a meeting's summary, place or people carry one of
// words (the first five letters of a long word will do: "Alaskan" is
// "Alaska"). No words: any meeting.
func mentions(m corpus.Meeting, words []string) bool {
	if len(words) == 0 {
		return true
	}
	var b strings.Builder
	b.WriteString(m.Summary + " " + m.Place)
	for _, p := range m.Attendees {
		b.WriteString(" " + p.Name)
	}
	for _, p := range m.Absent {
		b.WriteString(" " + p.Name)
	}
	toks := wordTokens(b.String())
	for _, w := range words {
		if venueWord[w] {
			continue // "San Martín Palace" is not the Ciragan Palace
		}
		for _, t := range toks {
			if t == w || len(w) >= 5 && len(t) >= 5 && t[:5] == w[:5] {
				return true
			}
		}
	}
	return false
}

// weightUnit is the weight of a question's word that every candidate
// article carries.
const weightUnit = 10

// wordWeights weighs each of words by how few of the hits' articles carry
// it (has gives the words an article carries): a word in every one weighs
// weightUnit, one in a single article of many up to four times as much.
// "Trump", "Oval Office" and "summit" are in most reports of most
// meetings; "working lunch" or "Commission chairperson" in the one asked
// about.
func wordWeights(hits []index.MeetingHit, words []string, has func(index.MeetingHit) []string) map[string]int {
	df := map[string]int{}
	seen := map[string]bool{}
	for _, h := range hits {
		if seen[h.Article.ID] {
			continue
		}
		seen[h.Article.ID] = true
		for _, w := range has(h) {
			df[w]++
		}
	}
	n := len(seen)
	out := make(map[string]int, len(words))
	for _, w := range words {
		if n == 0 || w != "" && w[0] >= '0' && w[0] <= '9' {
			out[w] = weightUnit // (a number or ordinal, "13th", matches any article's dates: no rarer for it)
			continue
		}
		out[w] = weightUnit + 3*weightUnit*(n-df[w])/n
	}
	return out
}
