package corpus

// A leader named only as the one who sent someone ("Trump's envoy Steve
// Witkoff met Putin", "talks between Iran and the administration of
// President Donald Trump", "on behalf of Xi", "sent by Trump") did not sit at the meeting:
// his envoy did. principalOnly finds such an attendee: every mention of him
// in the meeting's paragraphs is of that kind. One plain mention ("Trump
// joined by phone", "received by President Donald Trump") keeps him.

// delegateNouns are what a leader has sent or speaks through: "Trump's
// envoy", "Xi's government", "the administration of Trump".
var delegateNouns = map[string]bool{
	"envoy": true, "envoys": true, "emissary": true, "emissaries": true, "representative": true,
	"representatives": true, "administration": true, "government": true, "cabinet": true,
	"adviser": true, "advisers": true, "advisor": true, "aide": true, "aides": true, "behalf": true,
	"negotiator": true, "negotiators": true, "team": true, "delegation": true, "letter": true,
	"message": true, "son-in-law": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// delegateAdjectives may stand between the 's and its noun ("Trump's
// special envoy", "Putin's top foreign policy aide").
var delegateAdjectives = map[string]bool{
	"special": true, "top": true, "chief": true, "senior": true, "personal": true, "new": true,
	"own": true, "foreign": true, "policy": true, "national": true, "security": true, "lead": true,
}

// principalMention reports a mention of a person as the one a delegate
// acts for, not as a doer.
func principalMention(toks []token, m mention) bool {
	if m.poss {
		for i := m.end + 1; i < len(toks) && i <= m.end+4; i++ {
			if delegateNouns[toks[i].low] {
				return true
			}
			if !delegateAdjectives[toks[i].low] {
				break
			}
		}
		return false
	}
	s := m.rstart // "the administration of President Donald Trump": from the title
	if m.start < s {
		s = m.start
	}
	if s >= 2 && (toks[s-2].low == "sent" || toks[s-2].low == "dispatched") && toks[s-1].low == "by" {
		return true // "Witkoff, sent by Trump, met Putin"
	}
	for s >= 2 && (honorifics[toks[s-1].low] || toks[s-1].low == "his" || toks[s-1].low == "her") {
		s-- // "adviser to His Excellency X"
	}
	if s >= 2 && toks[s-1].low == "from" && sentWords[toks[s-2].low] {
		return true // "delivered a message from President X": the sender, not there
	}
	if s >= 2 && toks[s-1].low == "to" && counsel[toks[s-2].low] && !commaBetween(toks, s-1, m.start) {
		return true // "Celso Amorim, Chief Advisor to President Lula"
	}
	return s >= 2 && toks[s-1].low == "of" && delegateNouns[toks[s-2].low]
}

// sentWords are what one carries from someone else: "a message from X".
var sentWords = set(`message messages letter letters greetings invitation`)

// counsel are the delegates named "to" the one they serve ("adviser to
// the president"), where "envoy to" names a country.
var counsel = map[string]bool{
	"adviser": true, "advisers": true, "advisor": true, "advisors": true, "aide": true, "aides": true,
	"counsellor": true, "counselor": true,
}

// principalOnly reports an attendee of c named in c's paragraphs only as
// the one others acted for.
func (d *doc) principalOnly(c *cluster, e *personEntry) bool {
	return d.namedOnlyAs(c, e, principalMention)
}
