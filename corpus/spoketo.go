package corpus

import "slices"

// Conversations told with "spoke to". "Vance spoke to Prime Minister
// Narendra Modi on Friday" and "Rubio had spoken to him, to army chief
// Asim Munir and to Foreign Minister Jaishankar" tell a conversation with
// each person named after "to", as "spoke with" does (spokeWith). Talk to
// an audience stays no meeting: "spoke to reporters", "spoke to the
// nation", "spoke to CNN's Fareed Zakaria" (an interview: the person is
// owned by an outlet), "spoke to the BBC" (no person), and so does a
// word given by phone or video, which the call rules read.

// spokeToPerson reports a form of "speak" at v (in the sentence from s)
// followed by "to" and a named person or role, or by a pronoun that
// another "to" and a person follow. A reporter speaking to someone ("Our
// correspondent in Gaza City spoke to Umm Khaled") is an interview.
func (d *doc) spokeToPerson(pi, s, v, e int) bool {
	toks := d.paras[pi].toks
	if !speakForms[toks[v].low] {
		return false
	}
	for j := s; j < v; j++ {
		if audienceRoles[toks[j].low] || toks[j].low == "we" || toks[j].low == "i" {
			return false
		}
	}
	k := v + 1
	if k < e && isLyAdverb(toks[k]) && k+1 < e && toks[k+1].low == "to" {
		k++ // "spoke briefly to Macron"
	}
	if k+1 >= e || toks[k].low != "to" {
		return false
	}
	for j := k + 1; j < e && j < k+12; j++ {
		if toks[j].kind == kPunct && toks[j].text != "." && toks[j].text != "," {
			break
		}
		switch toks[j].low {
		case "phone", "telephone", "video", "videoconference", "reporters", "journalists", "media", "press", "interviewer":
			return false
		}
	}
	if d.personStartsAt(pi, k+1) && !d.addressedAudience(pi, k+1) {
		return true
	}
	// "had spoken to him, to army chief General Asim Munir and to ..."
	if objectPronouns[toks[k+1].low] && k+4 < e && toks[k+2].text == "," && toks[k+3].low == "to" {
		return d.personStartsAt(pi, k+4) && !d.addressedAudience(pi, k+4)
	}
	return false
}

// objectPronouns name a person already told.
var objectPronouns = set(`him her them`)

// addressedAudience reports a person at k who is talked to as an
// audience rather than met: a journalist ("the host Fareed Zakaria") by
// the role the article gives.
func (d *doc) addressedAudience(pi, k int) bool {
	m, ok := d.personFrom(pi, k)
	if !ok {
		return false
	}
	toks := d.paras[pi].toks
	for j := m.rstart; j < m.start && j < len(toks); j++ {
		if audienceRoles[toks[j].low] {
			return true
		}
	}
	return false
}

// audienceRoles are roles of people who interview or report.
var audienceRoles = set(`host anchor presenter journalist journalists reporter reporters correspondent correspondents interviewer editor columnist broadcaster podcaster`)

// speakForms are the forms of "speak" whose object follows "to" ("speaking
// to" is left out: "an official, speaking to Defense One on condition of
// anonymity" is an interview).
var speakForms = set(`spoke speaks spoken`)

// commaRepeat reports a comma at j that repeats the preposition of verb
// trigger tr after an object pronoun ("spoken to him, to Munir and to
// Jaishankar"): a new conversation starts there.
func commaRepeat(toks []token, tr trigger, prep string, j int) bool {
	return prep != "" && toks[j].text == "," && j+1 < tr.ce && toks[j+1].low == prep &&
		j-2 > tr.ti && toks[j-2].low == prep && objectPronouns[toks[j-1].low]
}

// pronounPart splits the people of verb trigger tr that its object list
// does not name (subj) into the one an object pronoun stands for and the
// verb's subject; nil, subj when they do not part so.
func (d *doc) pronounPart(pi int, tr trigger, subj []*personEntry) ([]*personEntry, []*personEntry) {
	own := d.subjectList(pi, tr.ti, tr.cs, tr.ss)
	var pron, rest []*personEntry
	for _, p := range subj {
		if slices.Contains(own, p) {
			rest = append(rest, p)
		} else {
			pron = append(pron, p)
		}
	}
	if len(pron) != 1 || len(rest) == 0 {
		return nil, subj
	}
	return pron, rest
}
