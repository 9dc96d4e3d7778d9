package corpus

import "sync"

// Lexicon flags: tokenize looks each word up once in lexFlags and keeps
// the result in token.lex, so the per-word tests of triggers and
// sentenceCues read a bit instead of looking the word up in each set.
// A token made elsewhere has lex 0 and is looked up in the sets as before.
const (
	lxKnown       uint16 = 1 << iota // lex was set by tokenize
	lxMeetingNoun                    // meetingNouns
	lxMeetingVerb                    // meetingVerbs
	lxCue                            // cueWords
	lxAdjNoun                        // adjectiveNoun
	lxDiscuss                        // discussVerbs
	lxNegotiate                      // negotiateVerbs
	lxHand                           // handVerbs
)

var (
	lexOnce  sync.Once
	lexFlags map[string]uint16
)

// lexSets pairs each flag with its set. They are read when the first word
// is tokenized: after package initialisation (init functions add to
// cueWords), since nothing extracts while the package initialises.
func lexSets() map[uint16]map[string]bool {
	nouns := map[string]bool{}
	for w, kind := range meetingNouns {
		if kind != "" {
			nouns[w] = true
		}
	}
	return map[uint16]map[string]bool{
		lxMeetingNoun: nouns, lxMeetingVerb: meetingVerbs, lxCue: cueWords, lxAdjNoun: adjectiveNoun,
		lxDiscuss: discussVerbs, lxNegotiate: negotiateVerbs, lxHand: handVerbs,
	}
}

// lexOf returns the lexicon flags of a word in lower case.
func lexOf(low string) uint16 {
	lexOnce.Do(func() {
		lexFlags = map[string]uint16{}
		for f, set := range lexSets() {
			for w, in := range set {
				if in {
					lexFlags[w] |= f
				}
			}
		}
	})
	return lexFlags[low] | lxKnown
}

// in reports set[t.low], set being the set flag f stands for.
func (t *token) in(f uint16, set map[string]bool) bool {
	if t.lex == 0 {
		return set[t.low]
	}
	return t.lex&f != 0
}

// meetingNoun is meetingNouns[t.low].
func (t *token) meetingNoun() string {
	if t.lex != 0 && t.lex&lxMeetingNoun == 0 {
		return ""
	}
	return meetingNouns[t.low]
}
