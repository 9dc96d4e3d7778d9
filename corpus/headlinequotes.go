package corpus

// Quotations whose speaker sits outside the usual tag: a live blog's entry
// heading ("Hamas: '…'"), a "quoted X as saying" tag, a quoted sentence
// after one in which a named person speaks.

import (
	"strings"
	"unicode/utf8"
)

// quoteHeadline reports a heading-shaped line that gives someone's words:
// "17:50 GMT – Hamas: 'We have given our list'", "Sisi: “good news from
// Sharm el-Sheikh”". Live blogs head their entries so; the line is kept as
// a paragraph (its quotation is the speaker's) instead of being dropped as
// a subheading.
func quoteHeadline(p string) bool {
	i := strings.LastIndex(p, ": ")
	if i <= 0 {
		return false
	}
	who, words := p[:i], strings.TrimSpace(p[i+2:])
	if len(strings.Fields(who)) > 8 || len(strings.Fields(words)) < 3 {
		return false
	}
	open, _ := utf8.DecodeRuneInString(words)
	last, _ := utf8.DecodeLastRuneInString(words)
	switch open {
	case '\'', '"', '“', '‘', '«':
	default:
		return false
	}
	return last == '\'' || last == '"' || last == '”' || last == '’' || last == '»'
}

// postQuotedAs reads a tag after a quotation that names its source and
// its speaker: "“…,” the state broadcaster CCTV quoted Xi as saying",
// "“…,” Xinhua cited Wang Yi as saying". The person quoted speaks; end is
// the token after "saying".
func (d *doc) postQuotedAs(pi, k int) (w who, end int, ok bool) {
	p := &d.paras[pi]
	toks := p.toks
	for q := k; q < len(toks) && q < k+8; q++ {
		if toks[q].kind != kWord {
			return who{}, -1, false
		}
		if toks[q].low != "quoted" && toks[q].low != "cited" {
			continue
		}
		b := npForward(toks, q+1)
		if b == q+1 || b+1 >= len(toks) || toks[b].low != "as" {
			return who{}, -1, false
		}
		switch toks[b+1].low {
		case "saying", "telling", "stating", "writing", "warning":
		default:
			return who{}, -1, false
		}
		w = d.npSpeaker(pi, q+1, b, false)
		if !w.ok {
			w = d.unknownName(pi, q+1, b)
		}
		return w, b + 2, w.ok
	}
	return who{}, -1, false
}

// previousSentenceSpeaker reads a quotation that is a sentence of its own
// right after a sentence of the same paragraph in which a named person
// speaks: "He called the veto a disgrace and said the UK would not give
// up. “We will keep working …”". The person goes on speaking.
func (d *doc) previousSentenceSpeaker(r qref) (who, bool) {
	p := &d.paras[r.pi]
	s, _ := p.sentenceOf(r.ti)
	if s != r.ti || s == 0 {
		return who{}, false
	}
	ps, _ := p.sentenceOf(s - 1)
	for k := s - 1; k >= ps; k-- {
		t := p.toks[k]
		if t.kind == kQuote {
			return who{}, false // the sentence before quotes someone itself
		}
		if isSpeech(t) && !weakSpeechVerbs[t.low] {
			if w := d.verbSubject(r.pi, k, ps); w.ok && w.p != nil {
				return w, true
			}
			return who{}, false
		}
	}
	return who{}, false
}
