package corpus

import (
	"strings"
	"unicode"
)

// introVerbs end a paragraph that introduces a quotation set apart below
// it, as press releases do: "The minister said:" followed by the words in
// a block quote or a call-out box, without quotation marks.
var introVerbs = set(`said says added adds stated states commented comments explained explains noted notes continued continues declared remarked`)

// joinIntroducedQuotes joins "X said:" with the unquoted paragraph after
// it, putting the quotation marks a careful reader hears: `X said: "..."`.
// The quotation then has its speaker, as in running text.
func joinIntroducedQuotes(paras []string) []string {
	out := paras[:0]
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if i+1 < len(paras) && introducesQuote(p) && standalone(paras[i+1]) {
			p = p + ` "` + paras[i+1] + `"`
			i++
		}
		out = append(out, p)
	}
	return out
}

func introducesQuote(p string) bool {
	body, ok := strings.CutSuffix(p, ":")
	if !ok || len(strings.Fields(body)) > 25 || strings.ContainsAny(body, "\"“”«»") {
		return false
	}
	words := strings.Fields(body)
	return len(words) > 1 && introVerbs[strings.ToLower(words[len(words)-1])]
}

// standalone reports a paragraph that reads as a whole quotation: a
// capitalised sentence with no quotation marks of its own.
func standalone(p string) bool {
	r := []rune(p)
	return len(r) > 0 && unicode.IsUpper(r[0]) && endsStop(p) && !strings.ContainsAny(p, "\"“”«»:")
}

// dropEchoes removes paragraphs whose words all appear, in order, inside
// a longer paragraph: pull quotes and highlighted excerpts that repeat a
// sentence of the story, so that a quotation is not counted twice.
func dropEchoes(paras []string) []string {
	norms := make([]string, len(paras))
	for i, p := range paras {
		norms[i] = " " + strings.Join(strings.FieldsFunc(strings.ToLower(p), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ") + " "
	}
	out := paras[:0:0]
	for i, p := range paras {
		echo := false
		if n := len(strings.Fields(norms[i])); n >= 4 && n <= 40 {
			for j, q := range norms {
				if j != i && (len(q) > len(norms[i]) || j < i && q == norms[i]) && strings.Contains(q, norms[i]) {
					echo = true
					break
				}
			}
		}
		if !echo {
			out = append(out, p)
		}
	}
	return out
}
