package corpus

// Bodies named like people: a capitalised run whose last word is the head
// noun of an institution, a programme or a grouping names a body, not a
// person, even when the run before it looks like a name and no role word
// follows: "the UN Verification Mission" (read as "Verification
// Mission"), "Customs and Border Protection", "the Weimar Triangle",
// "Power Shift Africa", "Debt Justice Africa", and the firms and trade
// bodies the business press quotes analysts from ("RBC Capital Markets",
// "the Pacific Trade Roundtable", "the MSCI Asia Pacific Index"), and the
// outlets people talk to ("told Carbon Brief", "speaking to Sky News",
// "Devex Newswire"). The words are ones no person's name ends in.

// bodyTails are the last words of such runs.
var bodyTails = set(`mission missions programme program protection triangle initiative initiatives forum process
	platform taskforce observatory secretariat africa europe asia americas caribbean pacific grenadines
	roundtable markets index partners associates advisors advisers holdings securities analytics
	consulting consultancy economics insights strategies research
	news newswire brief times journal herald tribune telegraph gazette monitor radio television tv
	channel agency wire insider magazine network daily weekly online team teams unit group`)

// bodyTail reports a run [s, e) that ends in a body's head noun.
func bodyTail(toks []token, s, e int) bool {
	return e-s >= 2 && bodyTails[toks[e-1].low]
}

// affiliationTail returns the length of "of the Lagos-based campaign group
// Debt Justice Africa" (or of what is left of it) after a semicolon list's
// item, when it runs to the
// item's end (";" or the sentence's full stop), or 0. The body named there
// is the person's, not another item.
func affiliationTail(toks []token, k, e int) int {
	if k+1 >= e || toks[k].kind != kWord {
		return 0
	}
	if toks[k].low != "of" && toks[k].low != "from" {
		// the list reader may have taken "of the Lagos-based" in already
		ofBefore := false
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			ofBefore = ofBefore || toks[j].low == "of" || toks[j].low == "from"
		}
		if !ofBefore || toks[k].cap {
			return 0
		}
	}
	for j := k + 1; j < e && j <= k+14; j++ {
		switch {
		case toks[j].text == ";" || toks[j].text == ".":
			return j - k
		case toks[j].kind == kQuote || toks[j].text == "," || speechVerbs[toks[j].low] || toks[j].low == "who" || toks[j].low == "which" || toks[j].low == "and":
			return 0
		}
	}
	if e-k <= 15 {
		return e - k // the sentence ends without its stop
	}
	return 0
}
