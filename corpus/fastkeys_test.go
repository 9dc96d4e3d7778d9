package corpus

import (
	"strings"
	"testing"
)

// fastKeyWords mix plain words, capitals, acronyms, initials, hyphens,
// apostrophes, diacritics, odd spaces and bytes that are not UTF-8.
var fastKeyWords = []string{
	"", "a", "putin", "Putin", "NATO", "U.S.", "J.D.", "al-Sa'id", "O'Brien", "Lee Jae-myung",
	"Zelenskyy", "Kim  Jong Un", " Anwar Ibrahim ", "Xi\tJinping", "Ramaphosa", "ÉLYSÉE", "Élysée",
	"Thérèse Kayikwamba", "Erdoğan", "ß", "straße", "BCM", "Bcm", "bCM", "G7", "g7", "x\u00a0y",
	"\u00a0Lula da Silva", "ǅemal", "ǆ", "\xff", "A\xffB", "ab\xc3", "Un", "un", "UN", "-", "--x",
	"Sheinbaum-Pardo", "e.u.", "Mr.", "d'Hondt", "ONE TWO", "one two", "’s",
}

func TestFastKeysMatchTheCallsTheyReplace(t *testing.T) {
	m := map[string]int{}
	for i, s := range fastKeyWords[:len(fastKeyWords)/2] {
		m[nameKey(s)] = i + 1
	}
	long := strings.Repeat("Abc-", 40)
	m[nameKey(long)] = -1
	for _, s := range append(fastKeyWords, long) {
		if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
		if got, ok := keyed(m, s); got != m[nameKey(s)] || ok != (got != 0) {
			t.Errorf("keyed(m, %q) = %d, %v, want %d", s, got, ok, m[nameKey(s)])
		}
		fs := strings.Fields(s)
		if got := fieldCount(s); got != len(fs) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(fs))
		}
		first, ok := firstOfSeveral(s)
		if ok != (len(fs) >= 2) || ok && first != fs[0] {
			t.Errorf("firstOfSeveral(%q) = %q, %v; Fields gives %q", s, first, ok, fs)
		}
		tok := newWord(s, 0, len(s))
		if got, want := wordKey(tok), nameKey(s); got != want {
			t.Errorf("wordKey(%q) = %q, want %q", s, got, want)
		}
		for _, k := range fastKeyWords {
			for _, key := range []string{k, nameKey(k)} {
				if got, want := nameKeyIs(s, key), nameKey(s) == key; got != want {
					t.Errorf("nameKeyIs(%q, %q) = %v, want %v", s, key, got, want)
				}
			}
		}
	}
}

func TestNewWordInMatchesNewWord(t *testing.T) {
	p := strings.Join(fastKeyWords, " ") + " Putin met ZELENSKY in Élysée; U.S. talks"
	var pl string
	for i := 0; i < len(p); i++ {
		for j := i + 1; j <= len(p) && j <= i+12; j++ {
			if got, want := newWordIn(p, &pl, i, j), newWord(p[i:j], i, j); got != want {
				t.Fatalf("newWordIn(p, %d, %d) = %+v, want %+v", i, j, got, want)
			}
		}
	}
}

func TestLexFlagsMatchTheirSets(t *testing.T) {
	words := []string{"", "x", ":", "talks", "summit", "met", "hosted", "plenary", "discussed", "bargained", "handed", "at", "with", "chaired", "signed", "Meeting"}
	for _, set := range lexSets() {
		for w := range set {
			words = append(words, w)
		}
	}
	for w := range meetingNouns {
		words = append(words, w)
	}
	for _, w := range words {
		looked := token{kind: kWord, text: w, low: w, lex: lexOf(w)}
		plain := token{kind: kWord, text: w, low: w}
		for f, set := range map[uint16]map[string]bool{lxMeetingVerb: meetingVerbs, lxCue: cueWords, lxAdjNoun: adjectiveNoun,
			lxDiscuss: discussVerbs, lxNegotiate: negotiateVerbs, lxHand: handVerbs} {
			if looked.in(f, set) != set[w] || plain.in(f, set) != set[w] {
				t.Errorf("flag %b of %q: %v, %v, want %v", f, w, looked.in(f, set), plain.in(f, set), set[w])
			}
		}
		if looked.meetingNoun() != meetingNouns[w] || plain.meetingNoun() != meetingNouns[w] {
			t.Errorf("meetingNoun(%q) = %q, %q, want %q", w, looked.meetingNoun(), plain.meetingNoun(), meetingNouns[w])
		}
	}
}

func TestAppendLowsIsJoin(t *testing.T) {
	toks := tokenize("The Truth Social post, the New York Times and Al Jazeera", nil)
	for s := 0; s <= len(toks); s++ {
		for e := s; e <= len(toks); e++ {
			var parts []string
			for k := s; k < e; k++ {
				parts = append(parts, toks[k].low)
			}
			if got, want := string(appendLows(nil, toks, s, e, '_')), strings.Join(parts, "_"); got != want {
				t.Errorf("appendLows(%d, %d) = %q, want %q", s, e, got, want)
			}
		}
	}
}
