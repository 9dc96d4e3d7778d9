package corpus

// Item heads: a list item that opens with the people it is about, closed
// by a colon, and tells their meeting after it.
//
//	"- Dahl and Vos: breakfast on Tuesday at the embassy residence."
//	"- Renner and Defence Minister Karl Moen: a short meeting at the
//	ministry."
//
// The meeting noun after the colon has the head's people, though no verb
// or "with" links them to it.

// itemHeadList returns the people a paragraph opens with when they fill
// everything before a colon (two of them at least, each named), and the
// colon's index; nil when the paragraph opens otherwise.
func (d *doc) itemHeadList(pi int) ([]*personEntry, int) {
	toks := d.paras[pi].toks
	a := 0
	for a < len(toks) && toks[a].kind == kPunct && (toks[a].text == "-" || toks[a].text == "*" || toks[a].text == "•" || toks[a].text == "–") {
		a++ // (a bullet the loader kept)
	}
	colon := -1
	for j := a; j < len(toks) && j <= a+16; j++ {
		if toks[j].text == ":" {
			colon = j
			break
		}
		if toks[j].kind != kWord && toks[j].text != "," && toks[j].text != "." && toks[j].text != "'s" {
			return nil, -1
		}
	}
	if colon < 0 {
		return nil, -1
	}
	list, end := d.parseList(pi, a, colon)
	if end != colon || len(list) < 2 || !namedOnly(d, pi, a, colon, len(list)) {
		return nil, -1
	}
	return list, colon
}

// itemHeadPeople returns the head people of a list item for a meeting noun
// told right after its colon ("Dahl and Vos: breakfast on Tuesday", "...:
// a short meeting at the ministry"), or nil.
func (d *doc) itemHeadPeople(pi int, tr *trigger) []*personEntry {
	if tr.verb || tr.future {
		return nil
	}
	list, colon := d.itemHeadList(pi)
	if list == nil || tr.ti <= colon || tr.ti > colon+4 {
		return nil
	}
	toks := d.paras[pi].toks
	for j := colon + 1; j < tr.ti; j++ {
		if toks[j].kind != kWord || !(toks[j].low == "a" || toks[j].low == "an" || meetingModifier(toks[j]) || durationLead[toks[j].low] || isNumber(toks[j].low)) {
			return nil // "...: trade and tariffs, then a dinner": the noun must open the item's account
		}
	}
	return list
}

// durationLead are the words a length opening an item may start with:
// "about 40 minutes", "half an hour", "two hours".
var durationLead = set(`about around nearly almost roughly some over barely half one two three four five six
	just under more than`)

// itemDurationAt reports a length of time ("40 minutes", "half an hour")
// ending at token k that opens the account of a list item with a head of
// people: "- Dahl and Vos: 40 minutes on Monday evening, trade and
// tariffs" tells their encounter.
func (d *doc) itemDurationAt(pi, k int) bool {
	list, colon := d.itemHeadList(pi)
	if list == nil || k <= colon+1 || k > colon+4 {
		return false
	}
	toks := d.paras[pi].toks
	for j := colon + 1; j < k; j++ {
		if toks[j].kind != kWord || !(toks[j].low == "a" || toks[j].low == "an" || durationLead[toks[j].low] || isNumber(toks[j].low)) {
			return false
		}
	}
	return true
}

// isNumber reports a word of digits: "40".
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
