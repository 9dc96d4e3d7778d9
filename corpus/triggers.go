package corpus

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// trigger is one mention of a meeting in the article's frame text.
type trigger struct {
	sitting   bool // a council's or assembly's sitting: "The Security Council on Monday failed to adopt"
	whenVisit bool // dated and placed by a "when X visited <place> <date>" clause after it
	pi, ti    int
	ss        int // its sentence's first token
	// whenS, whenE: the ", when/where ..." clause telling what happened at it
	whenS, whenE int
	cs, ce       int // its clause
	kind         string
	verb         bool
	future       bool
	call         bool
	date         dateRef
	hasDate      bool
	place        string
	people       []*personEntry
	// anaphoric mentions ("the talks", "that meeting", "Monday's
	// meeting") refer to a meeting already reported
	anaphoric bool
	weakDate  bool           // the date was said elsewhere in the sentence
	remote    bool           // "joined by phone": someone's remote part in another meeting
	virtual   bool           // "a virtual summit", "an online meeting": held from afar as a whole
	apart     bool           // "Earlier on Monday, X met Y": another moment than the story's meeting
	side      bool           // "a bilateral meeting", "on the sidelines": held apart from the main one
	next      bool           // "He then met Berri": the subject's next encounter, on the same day
	indef     bool           // "a European summit": a meeting not told before
	presence  bool           // "initialled the text in their presence": part of the meeting under way
	signedDef bool           // "The document was signed at X by A and B": the signing just told, told again
	around    int            // "The signing, held shortly before the summit opened": on the day of the meeting it was held around (where the aside ends)
	aside     [2]int         // the main clause going on after a relative one (", which ..., was held on May 16")
	c         *cluster       // where it was filed
	callee    []*personEntry // "A, B and C huddled in a side room and phoned D": D, on the line, not in the room
	headed    bool           // "Dahl and Vos: breakfast on Tuesday": a list item's meeting of the people it opens with
}

// unheldSigningBefore are the words before a "signing" that is pressed
// for, refused or warned against, none held: "bullied into signing",
// "refrained from signing", "warned against signing", "without signing".
var unheldSigningBefore = set(`into from against about without avoid avoided avoiding refuse refused refusing resist resisted`)

// meetingNouns map the nouns that name a meeting to its kind.
var meetingNouns = map[string]string{
	"meeting": "meeting", "meetings": "meeting", "summit": "summit", "summits": "summit",
	"talks": "talks", "negotiations": "talks", "discussions": "talks", "consultations": "talks",
	"sit-down": "meeting", "conference": "conference", "session": "meeting", "encounter": "meeting", "retreat": "meeting",
	"tete-a-tete": "meeting", "tête-à-tête": "meeting", "face-to-face": "meeting", "gathering": "meeting",
	"ceremony": "meeting", "signing": "meeting", "videoconference": "call", "video-conference": "call", "teleconference": "call",
	"lunch": "meeting", "dinner": "meeting", "breakfast": "meeting", "luncheon": "meeting",
	"one-on-one": "meeting", "one-to-one": "meeting", "pull-aside": "meeting", "pull-asides": "meeting",
	"conversation": "talks", "conversations": "talks", "consultation": "talks",
	"plenary": "meeting", "ministerial": "conference",
	"roundtable": "meeting", "round-table": "meeting", "roundtables": "meeting",
	"congress": "conference", // "the congress opened on Wednesday" (not "Congress", a legislature)
	// the EU's formats: talks of Parliament, Council and Commission on a
	// law; a summit's one-to-one with a holdout
	"trilogue": "talks", "confessional": "meeting",
}

// meetingVerbs are verbs whose subject and object meet.
var meetingVerbs = set(`met meet meets hosted host hosts hosting welcomed welcomes welcoming received receives entertained
	sat talked huddled conferred gathered convened assembled greeted greets visited visits visiting dined dine`)

// futureCues before a meeting mention mark it as planned, not held.
var futureCues = set(`will would could might may shall 'll planned plans planning proposed propose
	possible potential future next upcoming expected expect prospective arrangements arranging arrange
	hoped-for hoped hoping proposal possibility prospect eventual hopes hope want wants wanted seek seeks seeking
	ready willing invited invite invites invitation offer offered agreed agree agrees suggest
	suggested consider considering schedule scheduled mooted floated toward towards agreeing
	talk speculation prepare preparing preparations resume restart reconvene`)

// relativeWhom reports a clause opened by "whom" or "with whom" at cs.
func relativeWhom(toks []token, s, cs int) bool {
	for k := cs; k >= s && k >= cs-2; k-- {
		if toks[k].low == "whom" {
			return true
		}
	}
	return false
}

// noneBefore reports "no" before the meeting noun at k, with at most one
// modifier between ("no meeting", "no formal talks"): a meeting denied.
func noneBefore(toks []token, s, k int) bool {
	if k > s && toks[k-1].low == "no" {
		return true
	}
	return k-1 > s && toks[k-2].low == "no" && toks[k-1].kind == kWord && !toks[k-1].cap && !functionWords[toks[k-1].low]
}

// agreeWords plan a meeting only as "agreed to meet".
var agreeWords = set(`agreed agree agrees agreeing`)

// clauseBreak words end the clause a meeting mention belongs to.
var clauseBreak = set(`after before while when whereas which where but because although though until
	since who whom whose ahead following unlike`)

// triggers finds the meeting mentions of a sentence with their clause,
// date, place and participants.
func (d *doc) triggers(pi, s, e int) []trigger {
	toks := d.paras[pi].toks
	var out []trigger
	for k := s; k < e; k++ {
		t := toks[k]
		qk := ""
		if t.kind == kQuote && k > s && k+2 < e && toks[k+1].low == "with" && d.namesPeopleAt(pi, k+2, e) {
			qk = quotedMeetingNoun(t.text) // `had had "a very good call" with Putin`
		}
		if qk == "" && t.kind != kWord || t.cap && k != s && !timelineEntry(toks, s, k) && !namedEvent(toks, s, k, e) && !d.acronymHeld(toks, k, e) && !bodyInSession(toks, s, k, e) {
			continue
		}
		tr := trigger{pi: pi, ti: k, ss: s}
		mn := t.meetingNoun() // looked up once: several cases test it
		switch {
		case qk != "":
			tr.kind, tr.call = qk, qk == "call"
		case t.in(lxAdjNoun, adjectiveNoun) && k+1 < e && toks[k+1].kind == kWord && !prepositions[toks[k+1].low] && !clauseBreak[toks[k+1].low] && !functionWords[toks[k+1].low]:
			continue // "a plenary session", "the ministerial meeting": the noun after is the meeting
		case t.low == "conversation" && k == s+1 && (toks[s].low == "the" || toks[s].low == "that" || toks[s].low == "this") && attendedAhead(toks, k+1, e):
			// "The conversation was also joined by Rubio and Witkoff": the call told before
			tr.kind, tr.call = "call", true
		case (t.low == "conversation" || t.low == "conversations") && k > s && (toks[k-1].low == "phone" || toks[k-1].low == "telephone"):
			continue // "in a telephone conversation with Borrell": the call, told by "telephone" before it
		case (t.low == "conversation" || t.low == "conversations") && !(k+2 < e && (toks[k+1].low == "with" || toks[k+1].low == "between") && d.namesPeopleAt(pi, k+2, e)) && !d.pairHadConversation(pi, s, k):
			continue // "described the conversation as fantastic": only "a conversation with X" is told as one
		case t.low == "host" && k+1 < e && d.personStartsAt(pi, k+1) && (k == s || toks[k-1].text == "," || isDeterminer(toks[k-1].low) || toks[k-1].low == "'s"):
			continue // "In this episode, host Rosa Vidal asks": a programme's host, no verb
		case t.low == "congress" && t.cap:
			continue // "Congress voted": the legislature, not a gathering
		case mealNouns[t.low] && joinedAtMeal(toks, s, k):
			continue // "They were joined at lunch by X": the meeting under way went on over the meal
		case t.low == "signing" && k > s && unheldSigningBefore[toks[k-1].low]:
			continue // "will not be bullied into signing a declaration", "warned against signing": no signing held
		case mn != "" && noneBefore(toks, s, k):
			continue // "No meeting between Francis and Xi took place": none held
		case mn != "" && kindNoun(toks, s, k, e):
			continue // "a gathering of this kind": a kind of meeting, none held
		case mn != "" && backFromAside(toks, s, k, e):
			continue // "Biden, just back from a Group of 7 summit in Japan, received McCarthy": an earlier trip's meeting, no day or people of the one told
		case mn != "" && topicNoun(toks, s, k):
			continue // "discussed the summit with Lula": the subject of talk, not a meeting
		case mn != "" && roleOverTalks(toks, s, k):
			continue // "Lutnick, who has led the trade talks with Ottawa": a role, not a meeting told
		case (t.low == "round" || t.low == "session") && k > s && (isDeterminer(toks[k-1].low) || toks[k-1].low == "'s") && roundHeld(toks, k+1, e):
			tr.kind = "talks" // "The round, held in Addis Ababa from Sunday, ended on Tuesday"
		case t.low == "briefed" && (d.briefedByPerson(pi, s, k, e) || d.briefedSomeone(pi, s, k, e)):
			tr.verb, tr.kind = true, "meeting" // "Zelenskiy had been briefed by Umerov and Kyslytsya"
		case busyInMeetings(toks, s, k):
			continue // "Bessent was in meetings on Capitol Hill": busy elsewhere, no meeting told
		case (t.low == "conference" || t.low == "conferences" || t.low == "briefing") && k > s && (toks[k-1].low == "press" || toks[k-1].low == "news") &&
			!(k-2 >= s && toks[k-2].low == "joint"):
			continue // "a press conference by Godongwana": talking to reporters, not a meeting (a joint one is)
		case t.low == "meeting" && k > s && toks[k-1].low == "without" && k+1 < e && !prepositions[toks[k+1].low]:
			continue // "returned to Abuja the same night without meeting the head of the junta": no meeting held
		case (t.low == "minutes" || t.low == "hour" || t.low == "hours") && d.itemDurationAt(pi, k):
			tr.kind = "talks" // "- Dahl and Vos: 40 minutes on Monday evening, on trade": the item's encounter
		case mn != "":
			if t.low == "meeting" && k+1 < e && (toks[k+1].low == "with" || toks[k+1].cap) && gerundBefore(toks, s, k) ||
				t.low == "meeting" && k > s && k+1 < e && (toks[k-1].low == "are" || toks[k-1].low == "were") && (toks[k+1].low == "in" || toks[k+1].low == "at" || nowWords[toks[k+1].low]) ||
				participleMeeting(toks, s, k, e) {
				tr.verb, tr.kind = true, "meeting" // "after meeting Putin"
			} else {
				tr.kind = mn
			}
		case t.low == "audience" && k > s && (k+1 < e && toks[k+1].low == "with" || toks[k-1].low == "private" || toks[k-1].low == "papal" || grantedAt(toks, s, k) >= 0):
			tr.kind = "meeting" // "had an audience with the Pope", "a private audience", "granted an audience to"
		case t.low == "round" && k+1 < e && toks[k+1].low == "table" && k > s && (isDeterminer(toks[k-1].low) || toks[k-1].cap || meetingModifier(toks[k-1])):
			tr.kind = "meeting" // "hosted a round table with AI companies"
			k++
		case t.low == "round" && k+2 < e && toks[k+1].low == "of" && meetingNouns[toks[k+2].low] != "":
			tr.kind = "talks"
			k += 2
		case t.low == "round" && k+3 < e && toks[k+1].low == "of" && roundOfNoun(toks, k+2, e) > 0:
			tr.kind = "talks" // "the 24th round of Special Representatives (SR) talks"
			k = roundOfNoun(toks, k+2, e)
		case (t.low == "round" || t.low == "rounds") && k > s && (roundWords[toks[k-1].low] || isOrdinalNumber(toks[k-1].low) || k-1 > s && roundWords[toks[k-2].low] && roundMods[toks[k-1].low] ||
			toks[k-1].cap && toks[k-1].kind == kWord && k-1 > s && isDeterminer(toks[k-2].low) || timesRound(toks, s, k, e)):
			tr.kind = "talks" // "the first round", "the Geneva round", "last month's round", "the round in Madrid"
		case (t.low == "talk" || t.low == "talked" || t.low == "negotiate" || t.low == "negotiated") && k > s && k+2 < e && (toks[k+1].low == "through" || toks[k+1].low == "via") && d.personStartsAt(pi, k+2):
			tr.verb, tr.kind = true, "talks" // "Araghchi and Witkoff again talk through Albusaidi": indirect talks, the mediator there
		case (t.low == "spoke" || t.low == "speaks" || t.low == "speaking" || t.low == "spoken") && k+1 < e && (spokeWith(toks, k+1, e) || d.spokeToPerson(pi, s, k, e)) && !d.hostSubject(pi, s, k):
			tr.verb, tr.kind = true, "talks"
		case t.low == "spoke" && k > s && onTheMargins(toks, k+1, e) && len(d.clauseSubject(pi, s, k)) >= 2:
			// "Dahl and Renner spoke briefly on the margins before the
			// dinner": the two talked (one alone "spoke on the sidelines" to
			// the press)
			tr.verb, tr.kind = true, "talks"
		case t.low == "signed" && k+1 < e && toks[k+1].low == "by" && k > s && signsAgreement(toks, max(s, k-3), k):
			// "a peace agreement signed by the two foreign ministers"
			tr.verb, tr.kind = true, "meeting"
		case t.low == "spent" && (spentWith(toks, k+1, e) || spentTogether(toks, k+1, e) || d.spentLongWith(pi, k+1, e) || spentHoursIn(toks, k+1, e)):
			tr.verb, tr.kind = true, "talks"
			if onTheLine(toks, k+1, min(e, k+9), true) || spentOnALink(toks, k+1, e) {
				tr.kind, tr.call = "call", true // "spent more than an hour on the phone with Putin"
			}
		case t.low == "had" && k > s && hadTimeWith(toks, k+1, e) > 0 && (d.personSoonAfter(pi, hadTimeWith(toks, k+1, e)+1, e) || d.pronounObjectAt(pi, k, hadTimeWith(toks, k+1, e)+1, e)):
			// "Ford had more than two hours with Brezhnev at the embassy"
			tr.verb, tr.kind = true, "talks"
		case (t.low == "signed" || t.low == "sign" || t.low == "signs" || t.low == "initialled" || t.low == "initialed") && (signsAgreement(toks, k+1, e) || calledAgreement(toks, k+1, e)):
			tr.verb, tr.kind = true, "meeting" // ("signed what Trump called a historic deal")
		case (t.low == "put" || t.low == "puts") && matchAt(toks, k+1, []string{"pen", "to", "paper"}) && !(k-2 >= s && (toks[k-2].low == "as" || toks[k-2].low == "while" || toks[k-2].low == "when")):
			// (not "stood behind the two presidents as they put pen to paper": the moment of the signing told)
			tr.verb, tr.kind = true, "meeting" // "The two leaders put pen to paper at the institute": a signing
		case t.low == "signed" && k > s+1 && beVerbs[toks[k-1].low] && (signsAgreement(toks, max(s, k-12), k-1) || definiteSigning(toks, max(s, k-4), k-1) || definiteSigning(toks, s, min(k-1, s+3))) && byAhead(toks, k+1, e) > 0:
			// "The agreement was signed in Pretoria on 2 November by X and Y"
			tr.verb, tr.kind = true, "meeting"
		case t.low == "raised" && k > s && raisedWith(toks, k+1, e) > 0 && d.personSoonAfter(pi, raisedWith(toks, k+1, e)+1, e) && !otherMeetingWord(toks, s, k, e) && !askedWhether(toks, s, k):
			// "Biden first raised the idea of including Krasikov with Scholz
			// when the chancellor visited": a conversation
			tr.verb, tr.kind = true, "talks"
			if callInClause(toks, k+1, e) {
				tr.kind, tr.call = "call", true
			}
		case t.in(lxDiscuss, discussVerbs) && k > s && discussedWith(toks, k+1, e) > 0 && (d.personSoonAfter(pi, discussedWith(toks, k+1, e)+1, e) || d.namesPeopleAt(pi, discussedWith(toks, k+1, e)+1, e)):
			// "Ramaphosa discussed the summit with Lula by phone"
			tr.verb, tr.kind = true, "talks"
			if callInClause(toks, k+1, e) {
				tr.kind, tr.call = "call", true
			}
		case (t.low == "council" || t.low == "assembly") && bodyInSession(toks, s, k, e):
			// "The UN Security Council on Monday failed to adopt a draft":
			// a sitting of the body, whose members speak at it
			tr.verb, tr.kind, tr.sitting = true, "meeting", true
		case (t.low == "vetoed" || t.low == "vetoes") && d.vetoOfDraft(toks, s, k, e):
			// "On Thursday Norway vetoed a draft resolution on the truce": a
			// sitting of the council that voted on it
			tr.verb, tr.kind, tr.sitting = true, "meeting", true
		case (t.low == "veto" || t.low == "vetoes") && k > s && (toks[k-1].low == "the" || toks[k-1].low == "a" || toks[k-1].low == "its" || toks[k-1].low == "their") && k-2 >= s && (toks[k-2].low == "cast" || toks[k-2].low == "casts"):
			// "Renner, Norway's deputy ambassador, cast the veto": the vote of
			// a council sitting
			tr.verb, tr.kind, tr.sitting = true, "meeting", true
		case d.acronymHeld(toks, k, e):
			// "The previous BCM was held in Shanghai": a meeting known by its acronym
			tr.kind = "meeting"
		case (t.low == "visit" || t.low == "visits") && d.visitToSeat(toks, k, e) != "":
			// "Carney's second visit to the White House": a meeting with the host
			tr.kind = "meeting"
		case (t.low == "pose" || t.low == "posed" || t.low == "poses" || t.low == "posing") && forPhoto(toks, k+1, e):
			// "Modi and Xi posed for photographers before their talks"
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "called" || t.low == "calls") && k > s && k+1 < e && toks[k+1].low == "on" && d.visitedOn(pi, k+2, e):
			// "Putin called on President Murmu at Rashtrapati Bhavan": a visit
			// (not "called on Murmu to act")
			tr.verb, tr.kind = true, "meeting"
		case credentialVerbs[t.low] && k > s && d.credentialsTo(pi, k+1, e) > 0:
			// "Dahl presented her credentials to President Renner": an
			// audience with the head of state
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "paid" || t.low == "pays" || t.low == "paying") && d.paidCallOn(pi, k+1, e) > 0:
			// "Sharif paid a courtesy call on the crown prince": a visit, not a phone call
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "exchange" || t.low == "exchanges") && k > s && hadBriefly(toks, s, k):
			tr.kind = "meeting" // "Kurti and Rama had a brief exchange in the corridor"
		case (t.low == "dined" || t.low == "lunched" || t.low == "breakfasted") && k+1 < e && (toks[k+1].low == "with" || toks[k+1].low == "together"):
			// "Carney and Sheinbaum dined together", "lunched with Lavrov"
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "faced" || t.low == "faces") && k > s && acrossTheTable(toks, k+1, e) && d.namesPeopleAt(pi, k+1, e):
			// "the rapporteurs had faced the minister, Rosa Vidal, across the
			// table since Wednesday": the two sides of a negotiation
			tr.verb, tr.kind = true, "talks"
		case (t.low == "shook" || t.low == "shake" || t.low == "shakes") && k+1 < e && toks[k+1].low == "hands":
			// "Aliyev and Pashinyan shook hands at the White House"
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "saw" || t.low == "seen" || t.low == "see") && k+2 < e && toks[k+1].low == "each" && toks[k+2].low == "other":
			// "the two leaders last saw each other in May"
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "struck" || t.low == "sealed" || t.low == "clinched") && signsAgreement(toks, k+1, e):
			// "Von der Leyen and Trump struck a trade deal at Turnberry"
			tr.verb, tr.kind = true, "meeting"
		case t.low == "played" && k+2 < e && toks[k+1].low == "host" && toks[k+2].low == "to":
			// "Erdogan played host to Zelensky"
			tr.verb, tr.kind = true, "meeting"
			k += 2
		case (t.low == "joined" || t.low == "joins") && k > s && k+1 < e && toks[k+1].low != "for" && (forMeetingAhead(toks, k+1, e) || toks[k+1].cap && d.personSoonAfter(pi, k+1, k+4) && atMeetingAhead(toks, k+1, e)):
			// "Merz joined Macron and Starmer for talks in Kyiv" (not "Nowak
			// joined for the afternoon session": the meeting under way)
			tr.verb, tr.kind = true, "talks"
		case (t.low == "brief" || t.low == "debrief") && tripToBrief(toks, s, k) && d.personSoonAfter(pi, k+1, e):
			// "Karam drove back to Baabda to brief Aoun": a meeting at the
			// end of the trip
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "see" || t.low == "saw" || t.low == "seeing") && k > s && (d.personSoonAfter(pi, k+1, e) || inTurnAfter(toks, k+1, e) > 0 && d.personSoonAfter(pi, inTurnAfter(toks, k+1, e), e)) && !d.sawTrip(pi, k, e):
			// "drove to Ain el-Tineh to see Speaker Nabih Berri"
			tr.verb, tr.kind = true, "meeting"
		case t.in(lxNegotiate, negotiateVerbs) && k > s && k+1 < e && (toks[k+1].low == "with" && d.personSoonAfter(pi, k+2, e) || negotiateHow[toks[k+1].low] || negotiatedAtPlace(toks, k, e) && len(d.clauseSubject(pi, s, k)) >= 2):
			// "Ruiz and Nowak negotiated through the night", "bargained with Nowak"
			tr.verb, tr.kind = true, "talks"
		case phoneVerbs[t.low] && k > s && (d.personSoonAfter(pi, k+1, e) ||
			k+1 < e && (toks[k+1].low == "him" || toks[k+1].low == "her") && d.otherPerson(pi, k, nil) != nil):
			// "Ruiz telephoned Nowak on Monday", "Trump telephoned him to convey greetings"
			tr.verb, tr.kind, tr.call = true, "call", true
		case (t.low == "toured" || t.low == "tours" || t.low == "touring") && k > s && touredWith(toks, k+1, e) > 0 && d.personSoonAfter(pi, touredWith(toks, k+1, e)+1, e):
			// "toured the site with the UNHCR representative, Marcel Dossou":
			// a visit made together
			tr.verb, tr.kind = true, "meeting"
		case t.low == "caught" && k > s && k+2 < e && toks[k+1].low == "up" && toks[k+2].low == "with" && d.personSoonAfter(pi, k+3, e):
			// "Ruiz caught up with Nowak on the sidelines"
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "spoke" || t.low == "talked" || t.low == "speak" || t.low == "speaks") && k > s && k+2 < e && toks[k+1].low == "by" && (toks[k+2].low == "phone" || toks[k+2].low == "telephone" || toks[k+2].low == "video"):
			// "Ruiz and Nowak spoke by video on Monday": a call between the subjects
			tr.verb, tr.kind, tr.call = true, "call", true
		case t.low == "alongside" && appearedAlongside(toks, s, k) && d.namesPeopleAt(pi, k+1, e):
			// "Speaking in Helsinki alongside Finland's president, Alexander
			// Stubb, Zelensky said": a joint appearance, the two together
			tr.verb, tr.kind = true, "meeting"
		case d.encounterVerb(pi, s, k, e):
			// "brought X and Y together", "embraced X", "had an hour with X",
			// "delivered the letter to X"
			tr.verb, tr.kind = true, "meeting"
		case t.in(lxMeetingVerb, meetingVerbs):
			if (t.low == "sat") && !(k+2 < e && (toks[k+1].low == "down" || toks[k+1].low == "across" || toks[k+1].low == "opposite")) && tableWith(toks, k+1, e) < 0 && !sameRoom(toks, k+1, e) {
				continue
			}
			if passiveAfterMeeting(toks, s, k, e) && !d.personBeforeBe(pi, k) || hostNoun(toks, s, k) {
				continue // "talks hosted by Abdelatty": the noun is the meeting, the cue names the host; "the Omani hosts": a noun
			}
			if k+1 < e && toks[k+1].low == "by" && k > s && toks[k-1].kind == kWord && !toks[k-1].cap && !beVerbs[toks[k-1].low] && !verbAdverbs[toks[k-1].low] &&
				!(k+2 < e && callMedium(toks[k+2].low)) { // ("leaders met by video": the verb and its line)
				continue // "evidence gathered by U.N. experts": a participle, no meeting
			}
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "call" || t.low == "called" || t.low == "calling" || t.low == "phoned" || t.low == "rang" ||
			(t.low == "phone" || t.low == "telephone") && prevLow(toks, k) == "to" && d.namesPeopleAt(pi, k+1, e)) && k > s && (d.personStartsAt(pi, k+1) || t.low == "phone" || t.low == "telephone"):
			// "Trump stepped out to call Vladimir Putin"
			tr.verb, tr.kind, tr.call = true, "call", true
		case (t.low == "video" || t.low == "conference") && k+1 < e && toks[k+1].low == "call":
			tr.kind, tr.call = "call", true
			k++
		case (t.low == "trilateral" || t.low == "bilateral" || t.low == "multilateral" || t.low == "quadrilateral") && k > s && (isDeterminer(toks[k-1].low) || toks[k-1].low == "their") && (k+1 >= e || toks[k+1].kind != kWord || prepositions[toks[k+1].low]):
			tr.kind = "meeting" // "hosted a trilateral with"
		case callMedium(t.low) && prevLow(toks, k) == "by" && k-2 >= s && meetingVerbs[toks[k-2].low]:
			continue // "met by phone": the line of the verb's meeting, told with the verb
		case (t.low == "phone" || t.low == "telephone") && phoneInterview(toks, k, e):
			continue // "he said in a phone interview": the reporter's interview, no call
		case callMedium(t.low) && prevLow(toks, k) == "by" && k-2 >= s && keptInformed(toks, s, k-2):
			continue // "did not travel but was kept informed by phone": following from afar, no call of its own
		case t.low == "phone" && onThePhoneAside(toks, s, k, e):
			continue // "saw him in the corridor outside, on the phone": what he was doing, no call of the meeting's
		case t.low == "phone" || t.low == "telephone" || t.low == "phoned" || t.low == "videoconference" ||
			(t.low == "call" || t.low == "calls") && k+1 < e && callWith(toks, k+1, e) && prevLow(toks, k) != "to" ||
			t.low == "call" && k > s && heldCall(toks, s, k, e) ||
			t.low == "call" && takenCall(toks, s, k, e) && d.namesPeopleAt(pi, k+2, e):
			tr.kind, tr.call = "call", true
			if t.low == "phone" && k+1 < e && toks[k+1].low == "call" {
				k++
			}
		default:
			continue
		}
		markCallMedium(toks, k, e, &tr) // "talked by phone", "held talks by phone with"
		tr.cs, tr.ce = clauseAround(toks, s, e, tr.ti)
		tr.future = isFuture(toks, tr.cs, tr.ti, tr.verb) || !tr.verb && modalAfter(toks, k+1, e)
		tr.date, tr.hasDate = d.triggerDate(toks, tr)
		if !tr.hasDate && !tr.verb {
			tr.date, tr.hasDate = d.relativeClauseDate(toks, tr.ti, e) // "a video conference that ran for nine hours on Thursday"
		}
		if !tr.hasDate && tr.verb {
			if a, b := afterDashedAside(toks, tr.ce, e); a > 0 {
				// "hosted his counterparts — A, B and C — at the State
				// Department on Tuesday": the clause goes on after the aside
				after := tr
				after.cs, after.ce, after.ti = a, b, a
				tr.date, tr.hasDate = d.triggerDate(toks, after)
			}
		}
		if a, b := afterRelativeAside(toks, tr.ce, e); !tr.verb && a > 0 && k < tr.ce {
			// "The first round, which Moscow proposed, was held on May 16 at
			// the palace": the main clause goes on after the relative one
			after := tr
			after.cs, after.ce, after.ti = a, b, a
			if !tr.hasDate {
				tr.date, tr.hasDate = d.triggerDate(toks, after)
			}
			tr.aside = [2]int{a, b}
		}
		if !tr.verb && calledOffAfterAside(toks, tr.ce, e) {
			tr.future = true // "A working lunch, which would have included X and Y, was cancelled"
		}
		if !tr.hasDate && tr.verb && whenAfterComma(toks, tr.cs) {
			// "sealed in Montevideo last December, when von der Leyen sat down
			// with ...": the time the when-clause hangs on
			tr.date, tr.hasDate = d.whenClauseDate(toks, s, tr)
		}
		if !tr.hasDate && tr.verb && toks[tr.cs].low == "where" {
			// "then travelled on Thursday to the agency, where he was received
			// by its head": the day the place was reached
			tr.date, tr.hasDate = d.whereClauseDate(toks, s, tr)
		}
		if !tr.hasDate && tr.verb && !tr.future && tr.ce < e && toks[tr.ce].low == "when" {
			// "raised the idea with Scholz when the chancellor visited the
			// White House in February": the visit's day and place
			if r, pl, ok := d.whenVisit(pi, tr.ce+1, e); ok {
				tr.date, tr.hasDate = r, true
				tr.place = pl
				tr.whenVisit = true
			}
		}
		if tr.hasDate && !tr.verb && tr.date.pos < tr.ti && isAnaphoric(toks, tr.cs, tr.ti) && arrivalConjunct(toks, tr.cs, tr.date.pos, tr.ti) {
			// "Luxon arrived on Monday night and took part in the plenary":
			// the day of the arrival, not of the meeting told before
			tr.date, tr.hasDate = dateRef{}, false
		}
		if tr.hasDate && (tr.date.key == "year:this" || tr.date.key == "month:this" || tr.date.key == "week:this") {
			tr.date, tr.hasDate = dateRef{}, false // "the third meeting this year": a period, not the meeting's day
		}
		if tr.hasDate && strings.HasSuffix(tr.date.key, ":next") {
			tr.future = true // "a meeting next week"
		}
		if tr.verb && !tr.future && (toks[tr.ti].low == "meet" || toks[tr.ti].low == "meets") && nextPeriodAhead(toks, tr.ti+1, tr.ce) {
			tr.future = true // "ECOWAS leaders meet in Abuja next month": the present of a plan
		}
		if tr.hasDate && !tr.verb {
			tr.date = endedSpan(toks, tr.cs, tr.ti, tr.date) // "the two-day meeting ended on Tuesday": from Monday
		}
		if !tr.whenVisit {
			tr.place = d.placeIn(pi, tr)
		}
		if tr.place == "" && tr.aside[0] > 0 {
			after := tr
			after.cs, after.ce, after.ti = tr.aside[0], tr.aside[1], tr.aside[0]
			tr.place = d.placeIn(pi, after) // "..., which Moscow proposed, was held at the Dolmabahce Palace"
		}
		if a, b := afterDashedAside(toks, tr.ce, e); tr.place == "" && tr.verb && a > 0 {
			after := tr
			after.cs, after.ce, after.ti = a, b, a
			tr.place = d.placeIn(pi, after) // "— A, B and C — at the State Department"
		}
		if pl := d.seatPlace(toks, tr.ti, e); pl != "" && !tr.verb && tr.place == "" {
			tr.place = pl // "his visit to the White House"
		}
		tr.people = d.peopleOnDay(pi, s, &tr)
		if head := d.itemHeadPeople(pi, &tr); head != nil {
			tr.people = dedupe(append(head, tr.people...)) // "Dahl and Vos: breakfast on Tuesday"
			tr.headed = true
		}
		if tr.verb && !tr.hasDate && (toks[s].low == "before" || toks[s].low == "ahead" || toks[s].low == "after") && len(tr.people) >= 2 {
			// "Before the talks, Araghchi met Tajani": an event of its own
			tr.date, tr.hasDate = dateRef{key: "rel:" + toks[s].low + ":" + strings.Join(entryNames(tr.people), "+"), vague: true, pos: k}, true
		}
		if tr.verb && negatedVerb(toks, tr.cs, tr.ti) {
			tr.remote = true // "have not met since Alaska", "never met": no meeting told here
		}
		tr.presence = tr.verb && inPresence(toks, k+1, e) && !d.presenceOfOthers(pi, k+1, e) || !tr.verb && !tr.hasDate && joinedLaterSession(toks, tr.cs, tr.ti, tr.ce)
		tr.signedDef = tr.verb && toks[k].low == "signed" && definiteSigning(toks, max(s, k-4), min(e, k+4))
		tr.anaphoric = !tr.verb && (isAnaphoric(toks, tr.cs, tr.ti) || partMovedTo(toks, tr.cs, tr.ti))
		tr.indef = !tr.verb && !tr.anaphoric && indefiniteBefore(toks, tr.cs, tr.ti)
		tr.side = len(tr.people) >= 2 && sideMeeting(toks, s, tr.ti, e)
		tr.apart = privateNouns[toks[k].low] && len(tr.people) == 2 && beforeOtherMeeting(toks, k+1, e) || tr.verb && len(tr.people) >= 2 && (apartSentence(toks, s, e) || k > s && (toks[k-1].low == "last" || toks[k-1].low == "previously") ||
			beforeOtherMeeting(toks, k+1, e) || distantClause(toks, tr.cs)) || tr.side || tr.verb && len(tr.people) == 0 && sideRoomAfter(toks, tr.ti, e) || earlierDatedMeeting(toks, tr) || previousVisitClause(toks, s, tr)
		if tr.verb && tr.hasDate && strings.HasPrefix(tr.date.key, "y:") && relativeWhom(toks, s, tr.cs) && tr.date.key < "y:"+d.day.Format("2006") {
			// "sat down with al-Tayeb, with whom he signed the document in
			// Abu Dhabi in 2019": the earlier meeting, no home for the
			// encounter the sentence tells
			tr.apart = true
		}
		if !tr.verb && !tr.apart && !tr.future && len(tr.people) >= 2 && tr.cs == s && apartSentence(toks, s, e) && heldNounAt(toks, s, k) {
			// "Earlier on Tuesday, A and B held their first summit talks":
			// another moment than the meeting the story is about
			tr.apart, tr.anaphoric = true, false
		}
		if end := heldAroundEnd(toks, k, e); !tr.verb && !tr.future && !tr.apart && end > 0 {
			// "The signing, held shortly before the summit opened, brought
			// together A, B and C": an event of its own beside the summit
			tr.apart, tr.anaphoric, tr.around = true, false, end
		}
		if !tr.side && !tr.future && len(tr.people) == 2 && (tr.verb || mn != "") && d.current != nil && !d.current.future && len(d.current.att) >= 3 &&
			overlap(tr.people, d.current.att) == 2 && ownTimeOfDay(toks, tr.cs, tr.ce) {
			// "Pena, for his part, held talks with Milei in the morning": two
			// of the summit's leaders at an hour of their own
			tr.side, tr.apart = true, true
		}
		if tr.verb && len(tr.people) >= 2 && tr.hasDate && (beforeTheMeeting(toks, s, tr.ti) || beforeItOpened(toks, tr.ti+1, e)) && !(d.current != nil && overlap(tr.people, d.current.att) == len(tr.people)) {
			// "Before the BCM, Chen paid a courtesy call on Manalo on Tuesday
			// morning": a meeting of its own on the meeting's day
			tr.apart = true
		}
		if !tr.verb && (!tr.hasDate || tr.date.vague) && followsEarlier(toks, s, tr.ti) {
			// "The talks follow meetings between Biden and the leaders of
			// both countries this month": the meetings before, not the talks
			tr.apart = true
		}
		if !tr.verb && !tr.hasDate && monthsOf(toks, tr.cs, tr.ti) {
			// "The deal follows weeks of indirect talks in Jeddah, where
			// Prince Khalid met al-Zubaidi": the process before, not the
			// signing
			tr.apart = true
		}
		if (tr.indef || ordinalBefore(toks, s, tr.ti) || heldWith(toks, &tr) >= 0 || tr.call && spokeByPhone(toks, tr.cs, tr.ti)) && len(tr.people) >= 2 && apartSentence(toks, s, e) {
			// "Earlier, the Secretary held a trilateral meeting with Iwaya and
			// Cho", "Earlier the same day, Ishiba held talks with Chinh"
			tr.apart = true
		}
		d.distantVisit(pi, s, &tr)       // "three days after Orban travelled to Kyiv to meet Zelenskiy"
		d.tripToMeet(pi, s, &tr)         // "saw Al Jaber travel to Sanaa to meet al-Mashat"
		d.earlierRound(pi, e, &tr)       // "The first round took place on May 16 at Dolmabahce Palace, also with ..."
		presentTripPurpose(toks, s, &tr) // "Lee heads to Washington on Sunday for his first summit with Trump"
		recalledWhen(toks, s, &tr)       // "their first meeting since May in Lima, when Holm met Xi"
		onTheEve(toks, s, e, &tr)        // "On the eve of Friday's summit, Scholz held a call with Zelenskyy"
		if !tr.verb && stayedForOther(toks, s, tr.ti) {
			tr.apart = true // "Guterres, who was in Rio for the G20 summit": the other meeting that kept someone away
		}
		if !tr.verb && k-1 > s && toks[k-1].low == "cabinet" && (toks[k-2].low == "'s" || toks[k-2].low == "the" || toks[k-2].low == "weekly") {
			// "said at the start of Thursday's cabinet meeting": the
			// government's own sitting, not the talks that day (not "stayed
			// in Ottawa for a cabinet meeting", the reason for an absence)
			tr.apart = true
		}
		if tr.verb && !tr.future && len(tr.people) >= 2 && k > s && (toks[k-1].low == "before" || toks[k-1].low == "after") &&
			(t.low == "meeting" || t.low == "seeing") && !inPresenceOf(out, tr.people) {
			// "held talks with Aoun before meeting Berri", "After meeting Aoun,
			// Barrack held talks with Berri": another encounter, that day
			tr.apart, tr.next = true, true
		}
		if tr.verb && !tr.future && len(tr.people) == 1 && thenTripTo(toks, s, k) {
			// "Holguín met Christodoulides in Nicosia on Monday, then crossed
			// the Green Line to see Tatar": the sentence's subject went
			if subj := d.mainSubjectList(pi, s, &tr); len(subj) == 1 && subj[0] != tr.people[0] {
				tr.people = append(subj, tr.people...)
				tr.apart, tr.next = true, true
			}
		}
		if tr.verb && !tr.future && k > s+1 && nextWords[toks[k-1].low] && toks[k-2].low == "and" && len(out) > 0 {
			// "met Ushakov at the Kremlin on Thursday and later met
			// Lvova-Belova": the subject's next encounter, told with the
			// first, and without the one met first
			if prev := out[len(out)-1]; prev.verb && !prev.future && !prev.call {
				var fresh []*personEntry
				for _, p := range tr.people {
					if !slices.Contains(prev.people, p) {
						fresh = append(fresh, p)
					}
				}
				if subj := d.subjectList(pi, prev.ti, prev.cs, s); len(fresh) > 0 && len(subj) > 0 {
					tr.people = dedupe(append(subj, fresh...))
					tr.apart, tr.next = true, true
				}
			}
		}
		if tr.verb && !tr.future && len(tr.people) == 2 && k > s && (nextWords[toks[k-1].low] || thenTripTo(toks, s, k)) && d.current != nil && !d.current.future &&
			overlap(tr.people, d.current.att) == 1 {
			// "He then met Berri", "He later met Berri": the subject's next
			// encounter, with someone the meeting just told did not have (not
			// "the three leaders then sat down together": a joint session)
			tr.apart, tr.next = true, true
		}
		if !tr.verb && tr.indef && !tr.future && !mealNouns[toks[tr.ti].low] && toks[tr.ti].low != "reception" && thenHeldIndef(toks, s, tr.ti) && d.current != nil && !d.current.future && d.current.present() >= 2 {
			// "Trump then hosted a multilateral with leaders from the
			// region": the next meeting of the day, not more of the one told
			// (a meal after talks may be more of the visit: "later hosted a
			// dinner for Nasser")
			tr.apart, tr.next = true, true
		}
		if tr.verb && !tr.future && len(tr.people) >= 2 && !tr.apart && otherMomentOfDay(toks, tr.cs, tr.ce) && d.current != nil && !d.current.future &&
			d.current.present() >= 2 && overlap(tr.people, d.current.att) < len(tr.people) {
			// "Vucic sat down with the two EU officials later in the day":
			// another encounter of the day, with someone the meeting told
			// did not have
			tr.apart, tr.next = true, true
		}
		if t.low == "briefed" && tr.verb && len(tr.people) >= 2 {
			tr.apart = true // a briefing is a meeting of its own, even "after the talks"
		}
		if tr.call && !tr.remote && len(tr.people) >= 2 && callAtOwnTime(toks, s, e, tr) {
			tr.apart = true // "Bessent spoke with Akazawa by phone on Thursday evening": a call of its own
		}
		d.recalledPair(pi, s, e, &tr) // "since the two leaders' meeting in Kazan last October"
		if !tr.verb && !tr.future && !tr.hasDate && tr.place != "" && len(tr.people) == 0 && lastOfKind(toks, tr.cs, tr.ti) {
			tr.apart = true // "The last face-to-face talks were round tables in Geneva": an earlier occasion, not the one under way
		}
		if inside(out, k) {
			continue // "..., where they spoke with Macron": told with the meeting before
		}
		if d.purposeOfVerb(pi, e, out, toks, &tr) {
			continue // "received Habtamu for two days of talks": the verb's meeting
		}
		if tr.verb && (welcomeThenLeave(toks, k, e) || strings.HasPrefix(t.low, "pos") && welcomeBefore(toks, s, k, e)) {
			// ("welcomed both delegations at the door, posed for a photograph
			// and withdrew": the photograph is the welcome's)
			tr.remote, tr.people = true, nil // "welcomed both delegations, then withdrew": no meeting of the host's own (cues.go)
		}
		d.groupCall(pi, s, e, &tr) // "Macron, Merz and Starmer huddled in a side room and spoke by phone with Trump"
		if !tr.future {
			tr.people = dedupe(append(tr.people, d.whenClausePeople(pi, &tr, e)...))
			tr.people = dedupe(append(tr.people, d.relativeHolders(pi, &tr, e)...))
			tr.people = dedupe(append(tr.people, d.withAtTable(pi, &tr, e)...))
			tr.people = dedupe(append(tr.people, d.audienceGranted(pi, &tr, e)...))
		}
		out = append(out, tr)
	}
	out = huddleForCall(d.paras[pi].toks, out)
	out = apartCompounds(out)
	futureObjects(d.paras[pi].toks, out)
	reactionObjects(d.paras[pi].toks, out)
	out = d.thenWith(pi, s, e, out)
	out = d.endedDayWith(pi, s, e, out)
	out = d.placesInTurn(pi, e, out)
	out = d.andAgain(pi, s, e, out)
	out = d.coordinatedEncounters(pi, out)
	parallelEncounters(d.paras[pi].toks, out)
	out = d.againWith(pi, d.separatelyWithToo(pi, d.splitSeparateCalls(pi, d.splitSeparateTalks(pi, d.splitInTurn(pi, d.splitEachSeparately(pi, d.splitNamedSeparately(pi, d.splitPlacedObjects(pi, d.splitEachObject(pi, d.splitEachOwn(pi, d.splitRepeated(pi, d.sideSessions(pi, d.separately(pi, out)))))))))))))
	nearestDates(d.paras[pi].toks, out)
	sharedPlaces(out)
	return out
}

// backFromAside reports a meeting noun at k inside a comma aside that
// tells where the subject has just come from: ", just back from a Group
// of 7 summit in Japan,", ", fresh from talks in Riyadh,". That earlier
// meeting is told only to place the subject, not as one of the story's.
func backFromAside(toks []token, s, k, e int) bool {
	j := k - 1
	for j > s && k-j <= 8 && toks[j].kind == kWord && toks[j].low != "from" && (toks[j].cap || isDeterminer(toks[j].low) || startsDigit(toks[j].low) || toks[j].low == "of" || meetingModifier(toks[j])) {
		j--
	}
	if j <= s+1 || toks[j].low != "from" {
		return false
	}
	b := j - 1
	switch toks[b].low {
	case "back", "fresh", "returning":
	default:
		return false
	}
	if b-1 > s && (toks[b-1].low == "just" || toks[b-1].low == "only" || toks[b-1].low == "newly") {
		b--
	}
	if toks[b-1].text != "," {
		return false
	}
	for x := k + 1; x < e && x <= k+8; x++ {
		if toks[x].text == "," {
			return true
		}
		if toks[x].kind != kWord {
			return false
		}
	}
	return false
}

// gerundBefore reports a token before "meeting" at k that makes it a
// verb ("after meeting Putin", "was meeting with", "Speaking before
// meeting Erdogan"), not a noun ("his meeting with", "a five-hour meeting
// with").
func gerundBefore(toks []token, s, k int) bool {
	if k == s {
		return true
	}
	p := toks[k-1]
	if p.kind != kWord {
		return p.text == ","
	}
	return (prepositions[p.low] || beVerbs[p.low] || verbAdverbs[p.low] || clauseBreak[p.low] || p.low == "and" || p.low == "or") &&
		!isDeterminer(p.low) && p.low != "'s" && p.low != "his" && p.low != "her" && p.low != "their"
}

// participleMeeting reports "Zelensky and Trump, meeting at the White
// House on Friday, discussed ...": a participle set off by commas after
// its subject.
func participleMeeting(toks []token, s, k, e int) bool {
	return k > s+1 && toks[k-1].text == "," && toks[k-2].cap && k+1 < e && (toks[k+1].low == "at" || toks[k+1].low == "in" || toks[k+1].low == "on")
}

// namedEvent reports a capitalised meeting noun that ends the name of an
// event: "the Ukraine Recovery Conference", "the NATO Summit".
func namedEvent(toks []token, s, k, e int) bool {
	switch toks[k].low {
	case "conference", "summit", "talks", "meeting", "session":
	default:
		return false
	}
	if k-1 >= s && k+2 < e && toks[k].low != "talks" && (toks[k+1].low == "of" || toks[k+1].low == "on") && (toks[k-1].low == "the" || isOrdinalNumber(toks[k-1].low)) &&
		(toks[k+2].cap || toks[k+2].low == "the" && k+3 < e && toks[k+3].cap) {
		return true // "the 17th Summit of BRICS Heads of State", "the Summit of the Americas"
	}
	return k-1 > s && toks[k-1].cap && toks[k-1].kind == kWord && !(k+1 < e && toks[k+1].cap && toks[k+1].kind == kWord)
}

// callWith reports "with" or "between" right after a call noun, or after a
// time phrase there: "his call last week with Zelenskyy", "a call on
// Monday with Erdogan".
func callWith(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+3; j++ {
		switch low := toks[j].low; {
		case low == "with" || low == "between":
			return true
		case nowWords[low] || isDay(low) || low == "last" || low == "this" || low == "on" || low == "earlier" ||
			j > k && (low == "week" || low == "month"):
		default:
			return false
		}
	}
	return false
}

// thenWith adds the second encounter of "spoke by phone with Zelenskiy and
// then with Rutte": the same subject, the same kind of meeting, another
// partner.
func (d *doc) thenWith(pi, s, e int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	for k := s + 1; k+1 < e; k++ {
		w := -1
		if toks[k].low == "then" && toks[k+1].low == "with" {
			w = k + 1
		} else if toks[k].low == "and" {
			w = datedWith(toks, k+1, e) // "and, on Wednesday, with Tamim and al-Sisi"
		}
		if w < 0 || len(out) == 0 {
			continue
		}
		prev := out[len(out)-1]
		if !prev.verb && !prev.call || prev.ti > k || prev.future || inside(out[:len(out)-1], k) {
			continue
		}
		obj, _ := d.parseList(pi, w+1, prev.ce)
		if len(obj) == 0 {
			continue
		}
		v := prev.ti
		for j := prev.ti; j >= prev.cs && j > prev.ti-4; j-- {
			if talkVerbs[toks[j].low] {
				v = j // "spoke by phone with": the subject of the verb
			}
		}
		subj := d.subjectList(pi, v, prev.cs, s)
		if len(subj) == 0 {
			continue
		}
		tr := prev
		tr.ti = k
		tr.people = dedupe(append(append([]*personEntry(nil), subj...), obj...))
		if w > k+1 {
			if r, ok := findDate(toks, k+1, w, d.day, false); ok {
				tr.date, tr.hasDate = r, true
				// (the first encounter's people end before the second's)
				last := &out[len(out)-1]
				last.people = slices.DeleteFunc(slices.Clone(last.people), func(p *personEntry) bool { return slices.Contains(obj, p) && !slices.Contains(subj, p) })
			}
		}
		out = append(out, tr)
	}
	return out
}

// placesInTurn splits "held summits in Singapore in 2018 and Hanoi in
// 2019" into one meeting for each place: the same people, a plural
// meeting noun, places in turn each with its own year.
func (d *doc) placesInTurn(pi, e int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	n := len(out)
	for i := 0; i < n; i++ {
		tr := out[i]
		switch toks[tr.ti].low {
		case "summits", "meetings", "rounds":
		default:
			continue
		}
		if tr.future || tr.ti+2 >= e || toks[tr.ti+1].low != "in" {
			continue
		}
		k := tr.ti + 2
		var places [][2]int
		for k < e && len(places) < 6 {
			a := k
			for k < e && toks[k].cap && toks[k].kind == kWord {
				k++
			}
			if k == a || d.placeName(pi, a, k) == "" {
				break
			}
			if k+1 >= e || toks[k].low != "in" || !yearRE.MatchString(toks[k+1].text) {
				break // each place with its year
			}
			places = append(places, [2]int{a, k + 2})
			k += 2
			if k < e && (toks[k].low == "and" || toks[k].text == ",") {
				k++
				if k < e && toks[k].low == "and" {
					k++
				}
				continue
			}
			break
		}
		if len(places) < 2 {
			continue
		}
		for j, pl := range places {
			t := tr
			if j > 0 {
				t.ti = pl[0]
			}
			t.place = joinTokens(toks, pl[0], pl[1]-2)
			t.date, t.hasDate = findDate(toks, pl[1]-2, pl[1], d.day, false)
			if j == 0 {
				out[i] = t
			} else {
				out = append(out, t)
			}
		}
	}
	return out
}

// visitVerbs tell a journey that brings someone to a meeting's place.
var visitVerbs = set(`visited came travelled traveled flew arrived`)

// whenVisit reads the clause from k of "... when the chancellor visited
// the White House in February": a visit or journey with its day, which
// dates the talks the clause hangs on, and its place.
func (d *doc) whenVisit(pi, k, e int) (dateRef, string, bool) {
	toks := d.paras[pi].toks
	end := e
	for j := k; j < e; j++ {
		if isClauseBreak(toks, j) || toks[j].text == "," {
			end = j
			break
		}
	}
	v := -1
	for j := k; j < end; j++ {
		if visitVerbs[toks[j].low] {
			v = j
			break
		}
	}
	if v < 0 {
		return dateRef{}, "", false
	}
	r, ok := findDate(toks, v+1, end, d.day, false)
	if !ok {
		return dateRef{}, "", false
	}
	pl := ""
	a := v + 1
	if a < end && (toks[a].low == "to" || toks[a].low == "in") {
		a++
	}
	for a < end && isDeterminer(toks[a].low) && !toks[a].cap {
		a++
	}
	if b := capRunEnd(toks, a, end); b > a {
		pl = d.placeName(pi, a, b)
	}
	return r, pl, true
}

// askedWhether reports "whether" or "if" in the four words before k:
// "Asked whether he had raised the issue with Xi", a question.
func askedWhether(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-4; j-- {
		if toks[j].low == "whether" || toks[j].low == "if" {
			return true
		}
	}
	return false
}

// otherMeetingWord reports a meeting noun or verb in sentence [s, e) other
// than the token at k: "raised the pilot with Starmer over dinner", "raised
// it with Lutnick when the two met": that meeting is the occasion told.
func otherMeetingWord(toks []token, s, k, e int) bool {
	for j := s; j < e; j++ {
		if j != k && toks[j].low != "visited" && toks[j].low != "visit" && (meetingNouns[toks[j].low] != "" || meetingVerbs[toks[j].low]) {
			return true
		}
	}
	return false
}

// raisedWith returns the "with" of "raised the idea of including Krasikov
// directly with Scholz" after the verb at k-1, or -1: not when a meeting
// or a wish comes first, which is the topic raised ("raised the prospect
// of a meeting with Putin").
func raisedWith(toks []token, k, e int) int {
	w := discussedWith(toks, k, e)
	if w < 0 {
		return -1
	}
	for j := k; j < w; j++ {
		if meetingNouns[toks[j].low] != "" || futureCues[toks[j].low] || meetingVerbs[toks[j].low] {
			return -1
		}
	}
	return w
}

// timelineEntry reports a word that opens a timeline's entry after its
// date and a dash ("May 10, 2019 - Talks in Washington ... end"): a
// capital that opens the entry's sentence, not a name's.
func timelineEntry(toks []token, s, k int) bool {
	return k >= s+2 && toks[k-1].kind == kPunct && (toks[k-1].text == "-" || toks[k-1].text == "—" || toks[k-1].text == "–") && startsDigit(toks[k-2].low)
}

// andAgain splits "They met in Bali in November 2022 and again a year ago
// at the Filoli estate in Woodside": the same people's second encounter,
// with its own day and place; the first one's day and place are read up
// to "and again" only.
func (d *doc) andAgain(pi, s, e int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	for k := s + 1; k+2 < e; k++ {
		if toks[k].low != "and" || toks[k+1].low != "again" {
			continue
		}
		i := -1
		for j := range out {
			if out[j].verb && out[j].ti < k && out[j].ce > k {
				i = j // the verb whose clause "and again" goes on
			}
		}
		if i < 0 {
			continue
		}
		prev := out[i]
		if prev.call || prev.future || len(prev.people) < 2 {
			continue
		}
		if slices.ContainsFunc(out, func(t trigger) bool { return t.ti > k+1 && t.ti < prev.ce && !hostGathering(toks, &t) }) {
			continue // ", and again on the margins of the AU summit": that meeting tells the second (recall10.go)
		}
		first := prev
		first.ce = k
		first.date, first.hasDate = d.triggerDate(toks, first)
		first.place = d.placeIn(pi, first)
		if !first.hasDate && first.place == "" {
			continue // nothing of the first encounter's own
		}
		second := prev
		second.ti, second.cs = k+1, k+1
		second.date, second.hasDate = findDate(toks, k+2, prev.ce, d.day, false)
		second.place = d.placeIn(pi, second)
		if !second.hasDate && second.place == "" {
			continue
		}
		first.apart, second.apart = true, true
		out[i] = first
		out = append(out, second)
	}
	return out
}

// appearedAlongside reports a verb of appearing before "alongside" at k:
// "Speaking in Helsinki alongside", "appeared alongside", "stood
// alongside".
func appearedAlongside(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-5; j-- {
		switch toks[j].low {
		case "speaking", "appearing", "standing", "stood", "appeared", "spoke":
			// with a place of its own ("in Helsinki", "in Berlin"): not
			// "Speaking alongside Varga, Kowal said", at the meeting told
			for p := j + 1; p+1 < len(toks) && p <= k+10; p++ {
				if (toks[p].low == "in" || toks[p].low == "at") && toks[p+1].cap && toks[p+1].kind == kWord {
					return true
				}
			}
			return false
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// datedWith returns the "with" of ", on Wednesday, with" opening at k
// after an "and": the second encounter of "spoke with Netanyahu on Sunday
// and, on Wednesday, with Tamim", told with a day of its own; else -1.
func datedWith(toks []token, k, e int) int {
	day := false
	for j := k; j < e && j <= k+7; j++ {
		t := toks[j]
		switch {
		case t.low == "with":
			if day {
				return j
			}
			return -1
		case t.text == "," || t.low == "on" || t.low == "later" || t.low == "that" || t.low == "the" || t.low == "same":
		case isDay(t.low) || isMonth(t.low) && t.cap || startsDigit(t.low) || dayParts[t.low]:
			day = true
		default:
			return -1
		}
	}
	return -1
}

// labelNouns end a newsletter's section label that names no place.
var labelNouns = set(`room rooms table corridors margins sidelines wings background record`)

// allCapsWords reports tokens [a, b) all words written in capitals.
func allCapsWords(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].kind != kWord || !isUpperCase(toks[k].text) {
			return false
		}
	}
	return true
}

// keptInformed reports "was kept informed", "was briefed", "were
// updated" ending at j: someone told of the talks by a medium, not
// holding a call.
func keptInformed(toks []token, s, j int) bool {
	if !informedWords[toks[j].low] {
		return false
	}
	for i := j - 1; i >= s && i >= j-3; i-- {
		if beVerbs[toks[i].low] {
			return true
		}
		if toks[i].low != "kept" && toks[i].low != "being" && !verbAdverbs[toks[i].low] && !isLyAdverb(toks[i]) {
			return false
		}
	}
	return false
}

var informedWords = set(`informed briefed updated`)

func prevLow(toks []token, k int) string {
	if k == 0 {
		return ""
	}
	return toks[k-1].low
}

// clauseAround returns the clause of sentence [s, e) holding token k.
func clauseAround(toks []token, s, e, k int) (int, int) {
	cs, ce := s, e
	for i := k - 1; i >= s; i-- {
		if isClauseBreak(toks, i) {
			cs = i
			break
		}
	}
	for i := k + 1; i < e; i++ {
		if isClauseBreak(toks, i) {
			ce = i
			break
		}
	}
	return cs, ce
}

func isClauseBreak(toks []token, i int) bool {
	t := toks[i]
	if t.kind == kPunct {
		if acronymBracket(toks, i) {
			return false // "Liberation Front (LF) chairman Omar Haddad": a name's acronym, no aside
		}
		return t.text == ";" || t.text == "—" || t.text == "–" || t.text == "(" || t.text == ")"
	}
	if t.kind == kQuote {
		return !quotedModifier(toks, i)
	}
	return clauseBreak[t.low] && !(t.low == "following" && i > 0 && toks[i-1].low == "the") && !sinceInClause(toks, i) || asClause(toks, i)
}

// dayAfterPlace reports "on Friday", "on May 16" right after the place
// of a "since" phrase (from k, past the place's further capitals): the
// day and place of the meeting told, not of the earlier one.
func dayAfterPlace(toks []token, k, e int) bool {
	for k < e && toks[k].cap && toks[k].kind == kWord {
		k++
	}
	return k+1 < e && toks[k].low == "on" && (isDay(toks[k+1].low) || isMonth(toks[k+1].low) || startsDigit(toks[k+1].low))
}

// sinceInClause reports a "since" at i that opens a time phrase the
// clause goes on after ("the first talks since the spring of 2022 were
// held in Istanbul", "the first talks since the spring of 2022, held at
// the palace"), no clause of its own. One that ends at the comma closing
// an aside stays a break: "Akazawa, who has led Tokyo's side since April,
// held talks"; "Machar, held under house arrest since late March, be
// allowed".
func sinceInClause(toks []token, i int) bool {
	if toks[i].low != "since" {
		return false
	}
	j := sincePhraseEnd(toks, i)
	if j < 0 || j >= len(toks) {
		return false
	}
	if toks[j].kind == kWord {
		return true
	}
	if toks[j].text != "," {
		return false
	}
	for b := i - 1; b >= 0; b-- {
		if toks[b].kind != kWord {
			return toks[b].text != "," && toks[b].kind != kQuote
		}
		if clauseBreak[toks[b].low] {
			return false
		}
	}
	return true
}

// shortParen reports a bracket at i around one or two words, "(ROK)",
// "(DPRK)", "(left)": an aside inside the clause, not a clause of its own.
func shortParen(toks []token, i int) bool {
	if toks[i].text == "(" {
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if toks[j].text == ")" {
				return j > i+1
			}
			if toks[j].kind != kWord {
				return false
			}
		}
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].text == "(" {
			return j < i-1
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// isFuture reports whether the meeting mention at token k is planned or
// hypothetical: a future cue shortly before it in its clause.
// dayParts follow "the next" in a time told after an event: "the next day".
var dayParts = set(`day morning afternoon evening night`)

// pastVerb reports a verb in the simple past: "met", "hosted", "held".
func pastVerb(t token) bool {
	switch t.low {
	case "met", "held", "had", "spoke", "sat", "saw", "struck", "shook", "joined", "received":
		return true
	}
	return strings.HasSuffix(t.low, "ed")
}

// willPhraseBefore reports a meeting noun at k inside the verb phrase of
// "will" or "shall" within ten words before it, with no comma, quotation
// or verb in the past between: "will discuss trade over dinner at their
// summit" (the nearer future cues are read in isFuture). Not a meeting
// talked about or named with another noun ("will tell you about
// yesterday's meeting", "will wrap up our coverage of the summit").
func willPhraseBefore(toks []token, cs, k int) bool {
	if k >= len(toks) || meetingNouns[toks[k].low] == "" {
		return false
	}
	for i := k - 1; i >= cs && i >= k-10; i-- {
		t := toks[i]
		if t.kind != kWord || pastVerb(t) || t.low == "about" || t.low == "of" {
			return false
		}
		if (t.low == "will" || t.low == "shall") && !t.cap {
			return true
		}
	}
	return false
}

func isFuture(toks []token, cs, k int, verb bool) bool {
	if !verb && demanded(toks, cs, k) {
		return true
	}
	if !verb && noDateSet(toks, cs, k) {
		return true
	}
	if !verb && willPhraseBefore(toks, cs, k) {
		return true // "leaders will discuss trade over dinner at their summit"
	}
	if verb && !pastVerb(toks[k]) && !strings.HasSuffix(toks[k].low, "ing") {
		for i := cs; i < k; i++ {
			if toks[i].low == "if" || toks[i].low == "unless" || i == cs && toks[i].low == "should" && toks[i].cap {
				return true // "If Ruiz meets Nowak, a deal could follow": a condition
			}
		}
	}
	from := k - 4
	if from < cs {
		from = cs
	}
	for j := k - 1; j > from; j-- {
		if toks[j].text == "," && relativeBefore(toks, cs, j) {
			from = j + 1 // "X, who will retire next year, met Y": the cue is the aside's
			break
		}
	}
	for i := max(cs, k-6); i+1 < k; i++ {
		if (toks[i].low == "working" || toks[i].low == "work" || toks[i].low == "works") && (toks[i+1].low == "on" || toks[i+1].low == "towards" || toks[i+1].low == "toward") {
			return true // "is now working on a Putin-Zelenskyy meeting": being arranged
		}
	}
	for i := from; i < k; i++ {
		if (toks[i].low == "allowed" || toks[i].low == "permitted") && i > cs && toks[i-1].low == "be" {
			return true // "asked that Machar be allowed to join the talks": a request, not yet granted
		}
		if futureCues[toks[i].low] {
			if toks[i].low == "may" && toks[i].cap && (i > 0 && toks[i-1].kind == kWord || i+1 < len(toks) && startsDigit(toks[i+1].low)) {
				continue // "visited Iran in May and met Eslami": the month, not the modal
			}
			if toks[i].low == "willing" && i > 0 && toks[i-1].low == "the" {
				continue // "leaders of the coalition of the willing held a video conference": a name
			}
			if agreeWords[toks[i].low] && i+1 < k && toks[i+1].low != "to" {
				continue // "the truce was agreed in a phone call": done, not planned
			}
			if toks[i].low == "next" && i > 0 && toks[i-1].low == "the" && i+1 < k && dayParts[toks[i+1].low] && verb && pastVerb(toks[k]) {
				continue // "The next day Kim met Xi": told after another event, not planned
			}
			return true
		}
	}
	for i := max(cs, k-7); i < from; i++ {
		switch toks[i].low {
		case "expected", "due", "scheduled", "slated":
			return true // "is expected to attend a follow-up meeting"
		case "forward":
			if i > cs && strings.HasPrefix(toks[i-1].low, "look") {
				return true // "looks forward to attending the SCO summit in Tianjin"
			}
		}
	}
	if isDueTo(toks, cs, k) {
		return true // "Wang is due to have breakfast with Keating", "is expected to stay on for further meetings with"
	}
	if verb && k > cs && toks[k-1].low == "to" {
		if k-1 > cs && hopeVerbs[toks[k-2].low] {
			return true // "hoping to meet Orban": not yet
		}
		// "had flown to Ankara to meet Erdogan", "was in Budapest to see
		// Orban": the purpose of a past journey or stay, not a plan
		for i := k - 2; i >= cs && i >= k-10; i-- {
			if motionVerbs[toks[i].low] || (toks[i].low == "was" || toks[i].low == "were") && (toks[i+1].low == "in" || toks[i+1].low == "at") && !commaBetween(toks, i, k) {
				return false
			}
		}
		return true
	}
	return false
}

// isDueTo reports "is due to", "are expected to", "is scheduled to"
// before token k in its clause, with no punctuation between: something
// still to happen, however far the meeting comes after the verb ("is
// expected to stay in Washington on Wednesday for further meetings").
func isDueTo(toks []token, cs, k int) bool {
	for i := k - 1; i > cs && i >= k-14; i-- {
		if toks[i].kind != kWord {
			return false
		}
		switch toks[i].low {
		case "due", "expected", "scheduled", "slated", "set":
			if i+2 <= k && toks[i+1].low == "to" && i+2 < len(toks) && !isDeterminer(toks[i+2].low) {
				switch toks[i-1].low {
				case "is", "are", "'s", "'re":
					return true
				}
			}
		}
	}
	return false
}

// inPersonAside reports token k inside a relative aside of the trigger's
// clause that does not hold the trigger: "X, who will retire next year,
// met Y", "Y, who took office last year, hosted X" — the aside's time is
// its own.
func inPersonAside(toks []token, tr trigger, k int) bool {
	a := -1
	for i := k - 1; i >= tr.cs-1 && i >= 0; i-- { // (the clause may open at "who")
		if toks[i].text == "," {
			if i+1 < len(toks) && (toks[i+1].low == "who" || toks[i+1].low == "whose") {
				a = i
			}
			break
		}
	}
	if a < 0 || tr.ti > a && tr.ti < k {
		return false
	}
	for j := k + 1; j < tr.ce && j < len(toks); j++ {
		if toks[j].text == "," {
			return !(tr.ti > a && tr.ti < j)
		}
	}
	return false
}

// relativeBefore reports a relative clause ("who", "which") closed by the
// comma at j, opened by a comma in [cs-1, j).
func relativeBefore(toks []token, cs, j int) bool {
	// (the clause may open at "who", or inside the aside: "X, who leads a
	// caretaker government before next month's election, hosted Y")
	for i := j - 1; i >= 0 && i >= j-30; i-- {
		if toks[i].text == "." || toks[i].text == ";" || toks[i].kind == kQuote {
			return false
		}
		if toks[i].text == "," {
			return i+1 < j && (toks[i+1].low == "who" || toks[i+1].low == "which" || toks[i+1].low == "whose")
		}
	}
	return false
}

// negatedVerb reports "not", "n't" or "never" right before the verb at k
// (with at most one auxiliary or adverb between): "have not met",
// "never sat down with".
func negatedVerb(toks []token, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-3; j-- {
		switch toks[j].low {
		case "not", "n't", "never":
			return !(j+1 < k && toks[j+1].low == "only")
		}
		if !verbAdverbs[toks[j].low] && !beVerbs[toks[j].low] {
			return false
		}
	}
	return false
}

// modalWords after a meeting noun make it hypothetical: "a summit ...
// could take place in April"; possibleWords after a form of "be" do the
// same: "a meeting between them was possible".
var modalWords = set(`could would might may will shall 'll`)
var possibleWords = set(`possible impossible likely unlikely expected planned due scheduled slated
	conceivable unthinkable premature postponed delayed shelved deferred cancelled canceled scrapped`)

// modalAfter reports the noun's own verb, right after it and the people
// it names, as a modal or "is possible": "A summit between Trump and Xi
// could take place in April".
func modalAfter(toks []token, k, e int) bool {
	for j := k; j < e && j < k+14; j++ {
		t := toks[j]
		if t.kind == kQuote || t.kind == kPunct && t.text != "-" && t.text != "." || isSpeech(t) && !nounAfter(toks, j) {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if modalWords[t.low] && !t.cap {
			return true
		}
		if beVerbs[t.low] {
			n := j + 1
			if n < e && (toks[n].low == "still" || toks[n].low == "now" || toks[n].low == "only" || toks[n].low == "not" || toks[n].low == "also") {
				n++
			}
			return n < e && possibleWords[toks[n].low]
		}
		if !t.cap && !prepositions[t.low] && !isDeterminer(t.low) && !nameParticles[t.low] && t.low != "and" && t.low != "'s" &&
			!isDay(t.low) && !isMonth(t.low) && !meetingModifier(t) {
			return false // another verb: the noun's own clause is over
		}
	}
	return false
}

// calledOffWords say a meeting did not take place after all.
var calledOffWords = set(`cancelled canceled scrapped postponed shelved abandoned dropped`)

// calledOffAfterAside reports a meeting noun whose clause, after a
// relative aside (", which …,", ", where …,"), calls it off: "A working
// lunch with the wider delegations, which would have included A and B, was
// cancelled"; "The APEC summit in Chile, where Trump and Xi had hoped to
// sign the deal, is cancelled".
func calledOffAfterAside(toks []token, ce, e int) bool {
	if ce <= 0 || ce >= e || toks[ce-1].text != "," || toks[ce].low != "which" && toks[ce].low != "where" {
		return false
	}
	for j := ce + 1; j < e && j <= ce+25; j++ {
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return false
		}
		if toks[j].text != "," {
			continue
		}
		n := j + 1
		for n < e && n <= j+3 && (beVerbs[toks[n].low] || toks[n].low == "had" || toks[n].low == "also" || toks[n].low == "then") {
			n++ // "was", "had been", "was then"
		}
		return n < e && n > j+1 && (calledOffWords[toks[n].low] || toks[n].low == "called" && n+1 < e && toks[n+1].low == "off")
	}
	return false
}

// demandVerbs ask for a meeting that has not happened: "called for
// talks", "urged them to hold a second round".
var demandVerbs = set(`called calling calls call urged urging urges pressed pressing presses pushed pushing
	pushes appealed appealing appeals lobbied lobbying demanded demanding demands`)

// demanded reports a meeting noun at k governed by "for" or "to hold"
// after a demand verb: "called for talks between Trump and Putin",
// "pressed for a new round of negotiations", "urged the two to hold
// talks".
func demanded(toks []token, cs, k int) bool {
	j := k - 1
	for j >= cs && toks[j].kind == kWord && !holdVerbs[toks[j].low] && toks[j].low != "for" && meetingModifier(toks[j]) {
		j--
	}
	if j < cs || toks[j].kind != kWord {
		return false
	}
	switch {
	case toks[j].low == "for":
		for i := j - 1; i >= cs && i >= j-2; i-- {
			if demandVerbs[toks[i].low] {
				return true
			}
			if !verbAdverbs[toks[i].low] && !isLyAdverb(toks[i]) {
				return false
			}
		}
	case holdVerbs[toks[j].low] && j-1 >= cs && toks[j-1].low == "to":
		for i := j - 2; i >= cs && i >= j-7; i-- {
			if demandVerbs[toks[i].low] {
				return true
			}
		}
	}
	return false
}

// bodyWords name bodies, not places.
var bodyWords = set(`council committee commission assembly union organization organisation group alliance
	forum conference coalition party bank fund agency ministry department board court tribunal
	cabinet parliament congress senate`)

// motionVerbs in the past make "to meet" the purpose of a trip that
// happened.
var motionVerbs = set(`flew flown travelled traveled came went arrived returned headed visited sailed drove crossed hurried rushed walked
	moved move moves stepped paused broke interrupted excused taken brought driven escorted ushered whisked`)

// triggerDate finds the date of a meeting mention (clauseDate: "Monday's
// talks", "met on Friday"), keeping a weekday the sentence opens with over
// a relative phrase set beside it ("On Saturday, the day before the
// opening, ...").
func (d *doc) triggerDate(toks []token, tr trigger) (dateRef, bool) {
	r, ok := d.clauseDate(toks, tr)
	if !ok && tr.cs > tr.ss {
		// "On Monday evening, hours after landing in Washington, A met B":
		// the day the sentence opens with, before an aside read as the
		// clause's start
		return openingDay(toks, tr.ss, tr.cs, d.day)
	}
	if ok && r.vague && strings.HasPrefix(r.key, "rel:") {
		// "On Saturday, the day before the opening, Lula held a meeting":
		// the day named, which the relative phrase only describes
		if a, ok := apposedDay(toks, tr.ss, r.pos, d.day); ok {
			return a, true
		}
		if b, ok := d.dayBeforeIn(toks, tr.ss, r.pos); ok {
			if a, ok := resolveRel(r, b.day); ok {
				return a, true // "arrived on 13 November and on the following day saw X": the 14th
			}
		}
	}
	return r, ok
}

// dayBeforeIn returns the last day written out in full in [s, pos) (not
// a weekday or a relative phrase): what "the following day" later in the
// sentence counts from.
func (d *doc) dayBeforeIn(toks []token, s, pos int) (dateRef, bool) {
	var last dateRef
	found := false
	for k := s; k < pos; k++ {
		if r, ok := dateAt(toks, k, pos, d.day, false); ok && !r.vague && r.day != "" && !r.relSet {
			last, found = r, true
		}
	}
	return last, found
}

// openingDay returns a weekday that a sentence opens with ("On Monday
// evening,") when only a few lower-case words of an aside ("hours after
// landing, ...") come between it and the clause read from cs.
func openingDay(toks []token, ss, cs int, pub time.Time) (dateRef, bool) {
	k := ss
	if k < cs && toks[k].low == "on" {
		k++
	}
	if k >= cs || !isDay(toks[k].low) {
		return dateRef{}, false
	}
	j := k + 1
	if j < cs && dayParts[toks[j].low] {
		j++
	}
	if j >= cs || toks[j].text != "," {
		return dateRef{}, false
	}
	if cs-(j+1) > 3 {
		return dateRef{}, false // (not "On Wednesday, A and B are to visit a temple before A meets C": a clause of its own first)
	}
	for x := j + 1; x < cs; x++ {
		if toks[x].kind != kWord || toks[x].cap || isDay(toks[x].low) {
			return dateRef{}, false // only "hours", "shortly", "just" before the aside's "after"
		}
	}
	r, ok := dateAt(toks, k, cs, pub, false)
	if !ok || r.vague || r.day == "" {
		return dateRef{}, false
	}
	r.pos = k
	return r, true
}

// apposedDay returns a weekday that a sentence opens with, set off by a
// comma before the relative date at pos: "On Saturday (5), the day before
// the opening, ...".
func apposedDay(toks []token, ss, pos int, pub time.Time) (dateRef, bool) {
	k := ss
	if k < pos && toks[k].low == "on" {
		k++
	}
	if k >= pos || !isDay(toks[k].low) {
		return dateRef{}, false
	}
	j := k + 1
	if j+2 < pos && toks[j].text == "(" && startsDigit(toks[j+1].low) && toks[j+2].text == ")" {
		j += 3 // "Saturday (5)": the day of the month, as Brazilian papers give it
	}
	if j >= pos || toks[j].text != "," {
		return dateRef{}, false
	}
	r, ok := dateAt(toks, k, pos, pub, false)
	if !ok || r.vague || r.day == "" {
		return dateRef{}, false
	}
	r.pos = k
	return r, true
}

// clauseDate finds the date told with a mention: a weekday or date right
// before it ("Monday's talks", "Friday's Putin meeting") or anywhere in
// its clause.
func (d *doc) clauseDate(toks []token, tr trigger) (dateRef, bool) {
	from := tr.ti - 4
	if from < tr.cs {
		from = tr.cs
	}
	if r, ok := findDate(toks, from, tr.ti, d.day, tr.future); ok && !sinceBefore(toks, tr.cs, r.pos) && !timesOther(toks, r, tr.ti) && !inPersonAside(toks, tr, r.pos) && !whomAsideDate(toks, tr.cs, r.pos, tr.ti) && !relativeAsideDate(toks, r.pos, tr.ti) {
		if r2, ok := d.ownDate(toks, tr, r.pos); ok {
			return r2, true
		}
		return r, true
	}
	for k := tr.cs; k < tr.ce; k++ {
		r, ok := dateAt(toks, k, tr.ce, d.day, tr.future)
		if !ok || sinceBefore(toks, tr.cs, k) || timesOther(toks, dateRef{pos: k}, tr.ti) || inPersonAside(toks, tr, k) || whomAsideDate(toks, tr.cs, k, tr.ti) || relativeAsideDate(toks, k, tr.ti) {
			continue // ("for the first time since the November 2024 ceasefire, ... met on Wednesday")
		}
		if k > tr.ti && !tr.future && isFuture(toks, tr.ti+1, k, false) {
			return dateRef{}, false // "not present for the session and are expected on Wednesday"
		}
		if r2, ok := d.ownDate(toks, tr, k); ok {
			return r2, true
		}
		if r2, ok := restatedDate(toks, k, len(toks), d.day, tr.future, r); ok && r.relSet {
			r.restated = r2.day // "five days later, on September 19"
		} else if ok && strings.HasPrefix(r.key, "rel:") && r2.pos < tr.ce {
			return r2, true // "a year ago almost to the day, on 6 October 2022": the day written out
		}
		r.pos = k
		r.until = spanEnd(toks, k, tr.ce, d.day, tr.future, r)
		return r, true
	}
	return dateRef{}, false
}

// restatedDate returns the day written out right after a relative date r
// found at k: "spoke by phone five days later, on September 19", "the
// next day, June 6" (kept as the date's restated day).
func restatedDate(toks []token, k, e int, pub time.Time, future bool, r dateRef) (dateRef, bool) {
	if !r.vague {
		return dateRef{}, false
	}
	lim := k + 4
	if n := toTheDay(toks, k+1, e); n > 0 {
		lim += n // "a year ago almost to the day, on 6 October"
	}
	for j := k + 1; j < e && j <= lim; j++ {
		if toks[j].text == "." || toks[j].text == ";" {
			break
		}
		if toks[j].kind != kWord || toks[j].low == "on" {
			continue
		}
		r2, ok := dateAt(toks, j, e, pub, future)
		lead := j - 1
		if lead > k+1 && isDigits(toks[lead].low) {
			lead-- // "on 3 March 2023": the day before its month
		}
		if !ok || r2.vague || r2.day == "" || j > k+1 && toks[lead].text != "," && toks[lead].low != "on" {
			continue
		}
		r2.pos = j
		r2.until = spanEnd(toks, j, e, pub, future, r2)
		return r2, true
	}
	return dateRef{}, false
}

// relativeAsideDate reports a date at pos inside a relative aside about
// the subject, opened by ", who" (or whose) and closed by a comma
// before the verb at ti: "Benediktsson, who leads a caretaker government
// before next month's election, hosted Orpo" (the day of something else,
// not of the meeting).
func relativeAsideDate(toks []token, pos, ti int) bool {
	if pos >= ti || !relativeBefore(toks, pos, pos+1) {
		return false
	}
	for i := pos - 1; i >= 0; i-- {
		if toks[i].text == "," {
			if toks[i+1].low == "which" {
				return false // "The cycle, which ran from Monday to Friday, was hosted by X": the meeting's own days
			}
			break
		}
	}
	for j := pos + 1; j < ti; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// toTheDay returns the length of "almost to the day", "to the day",
// "nearly to the day" at k, else 0.
func toTheDay(toks []token, k, e int) int {
	j := k
	if j < e && (toks[j].low == "almost" || toks[j].low == "nearly" || toks[j].low == "exactly" || toks[j].low == "practically") {
		j++
	}
	if j+2 < e && toks[j].low == "to" && toks[j+1].low == "the" && toks[j+2].low == "day" {
		return j + 3 - k
	}
	return 0
}

// whomAsideDate reports a date at pos inside a "whom" aside that opens
// the clause at cs and closes with a comma before the verb at ti: "Karam,
// whom Aoun named on Tuesday to head the delegation, sat across from
// Resnick" (the day of what another did to the subject, not of the
// meeting).
func whomAsideDate(toks []token, cs, pos, ti int) bool {
	if pos < cs || pos >= ti || toks[cs].low != "whom" {
		return false
	}
	for j := pos + 1; j < ti; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// ownDate returns the day told after a meeting at tr.ti when the one
// found before it, at k, belongs to another clause: "emerged early on
// Friday from a video conference that ran on Thursday", "told reporters
// on Friday that he had spoken to Trump on Thursday night".
func (d *doc) ownDate(toks []token, tr trigger, k int) (dateRef, bool) {
	if k >= tr.ti || !ownDateAfter(toks, k, tr.ti) {
		return dateRef{}, false
	}
	end := tr.ce
	if !tr.verb {
		end = commaAhead(toks, tr.ti+1, min(len(toks), tr.ti+16)) // the noun's relative clause
	}
	r, ok := findDate(toks, tr.ti+1, end, d.day, tr.future)
	if !ok || r.pos <= tr.ti || timesOther(toks, r, tr.ti) || r.vague {
		return dateRef{}, false
	}
	r.until = spanEnd(toks, r.pos, tr.ce, d.day, tr.future, r)
	return r, true
}

// relativeClauseDate returns the day a relative clause right after a
// meeting noun at ti tells, up to its first comma: "a video conference
// that ran for more than nine hours on Thursday".
func (d *doc) relativeClauseDate(toks []token, ti, e int) (dateRef, bool) {
	if ti+2 >= e || toks[ti+1].low != "that" && toks[ti+1].low != "which" || isFuture(toks, ti+1, min(e, ti+4), false) {
		return dateRef{}, false
	}
	r, ok := findDate(toks, ti+2, commaAhead(toks, ti+2, min(e, ti+16)), d.day, false)
	if !ok || r.vague {
		return dateRef{}, false
	}
	return r, true
}

// commaAhead returns the first comma, semicolon or quotation in tokens
// [a, e), or e: where a relative clause ends.
func commaAhead(toks []token, a, e int) int {
	for j := a; j < e; j++ {
		if toks[j].text == "," || toks[j].text == ";" || toks[j].kind == kQuote {
			return j
		}
	}
	return e
}

// ownDateAfter reports a date at k that belongs to the clause a meeting
// at ti hangs from: a "that" or "which" stands between them, opening the
// clause the meeting is told in ("said on Friday that he had spoken to
// X") or right after the meeting's noun ("a conference that ran ...").
func ownDateAfter(toks []token, k, ti int) bool {
	if ti+1 < len(toks) && (toks[ti+1].low == "that" || toks[ti+1].low == "which") {
		return true
	}
	for j := k + 1; j < ti; j++ {
		if toks[j].low == "that" || toks[j].low == "which" {
			return true
		}
		if toks[j].low == "and" && j+1 < ti && toks[j+1].cap && toks[j+1].kind == kWord && ti-j <= 6 && pastVerbBetween(toks, j+2, ti+1) {
			return true // "after A met B in June 2000 and C held talks with him in October 2007": C's talks, C's date
		}
	}
	return false
}

// pastVerbBetween reports a verb in the simple past in tokens [a, b)
// ("held" in "and Roh held talks").
func pastVerbBetween(toks []token, a, b int) bool {
	for j := a; j < b && j < len(toks); j++ {
		if pastVerb(toks[j]) {
			return true
		}
	}
	return false
}

// stayVerbs before "in X" say where someone was, not where a meeting was.
var stayVerbs = set(`stayed stay stays staying remained remain remains lives lived based`)

// meetingAdjectives describe a meeting; capitalised only when they open a
// sentence ("Technical negotiations will start"), they are not places.
var meetingAdjectives = set(`technical bilateral trilateral multilateral formal informal direct indirect initial
	further preliminary fresh new previous private secret closed high-level ministerial emergency
	separate parallel final first second third last next earlier later peace trade nuclear ceasefire`)

// audienceGranted returns the giver and the receivers of "X granted a
// private audience on Saturday to A and B" (or "gave an audience to"),
// else nil.
func (d *doc) audienceGranted(pi int, tr *trigger, e int) []*personEntry {
	toks := d.paras[pi].toks
	if toks[tr.ti].low != "audience" {
		return nil
	}
	v := grantedAt(toks, tr.cs, tr.ti)
	if v < 0 {
		return nil
	}
	for j := tr.ti + 1; j+1 < e && j <= tr.ti+6; j++ {
		if toks[j].low == "to" {
			list, _ := d.parseList(pi, j+1, e)
			if len(list) == 0 {
				return nil
			}
			return append(d.subjectList(pi, v, tr.cs, tr.ss), list...)
		}
		if toks[j].text == "," || toks[j].text == ";" {
			return nil
		}
	}
	return nil
}

// grantedAt returns a verb of granting within three words before k
// ("granted a private audience", "gave an audience"), or -1.
func grantedAt(toks []token, s, k int) int {
	for j := k - 1; j >= s && j >= k-3; j-- {
		switch toks[j].low {
		case "granted", "grants", "gave", "gives", "given":
			return j
		}
	}
	return -1
}

// notPlaceBefore are nouns after which "in X" names where something
// happens other than the meeting ("the war in Ukraine").
// (also "brought in Greece, Turkey and Britain": the phrasal verb, no place)
var notPlaceBefore = set(`war invasion conflict fighting peace ceasefire crisis troops forces presence
	interests territory aggression security situation attack attacks offensive aid soldiers people
	region regions cities city land lands occupation brought bring brings bringing`)

// placeIn finds where a meeting took place: "at the White House", "in
// Geneva", "the Alaska summit", "a U.S. military base in Alaska".
func (d *doc) placeIn(pi int, tr trigger) string {
	toks := d.paras[pi].toks
	place := ""
	// a capitalised modifier right before the noun: "the White House meetings"
	// (not the name of an event: "the Ukraine Recovery Conference")
	if !tr.verb && !toks[tr.ti].cap {
		k := tr.ti
		for k-1 >= tr.cs && toks[k-1].cap && toks[k-1].kind == kWord && !isDay(toks[k-1].low) && !functionWords[toks[k-1].low] {
			k--
		}
		if k == tr.cs && k < tr.ti && (meetingAdjectives[toks[k].low] || strings.HasSuffix(toks[k].low, "-level")) {
			k++ // "Technical negotiations", "Staff-level talks": a capital only because it opens the sentence
		}
		if k < tr.ti && !(k >= 2 && toks[k-1].low == "of" && toks[k-2].cap) {
			// (not the tail of a longer name: "the Association of Southeast
			// Asian Nations meeting")
			if pl := d.placeName(pi, k, tr.ti); pl != "" {
				place = pl
			}
		}
	}
	if tr.cs >= 2 && tr.verb && whenAfterComma(toks, tr.cs) {
		// "sealed in Montevideo last December, when X sat down with Y": the
		// place of the clause the when-clause hangs on
		pcs, _ := clauseAround(toks, tr.ss, tr.cs, tr.cs-1)
		for j := tr.cs - 2; j >= pcs && j >= tr.cs-6; j-- {
			if (toks[j].low == "in" || toks[j].low == "at") && j+1 < tr.cs && toks[j+1].cap {
				b := j + 1
				for b < tr.cs && toks[b].cap && toks[b].kind == kWord && !isMonth(toks[b].low) && !isDay(toks[b].low) {
					b++
				}
				if pl := d.placeName(pi, j+1, b); pl != "" {
					place = pl
				}
				break
			}
		}
	}
	if tr.cs >= 2 && toks[tr.cs].low == "where" && toks[tr.cs-1].text == "," {
		// "at the Elysée Palace, where Macron received Rubio": the place
		// before the relative clause
		b := tr.cs - 1
		a := b
		for a-1 >= 0 && toks[a-1].kind == kWord && (toks[a-1].cap || elidedCap(toks[a-1]) || nameParticles[toks[a-1].low]) {
			a--
		}
		if a < b && a >= 2 {
			j := a - 1
			if isDeterminer(toks[j].low) {
				j--
			}
			if j >= 0 && (toks[j].low == "at" || toks[j].low == "in" || toks[j].low == "to" && j > 0 && motionVerbs[toks[j-1].low]) {
				if pl := d.placeName(pi, a, b); pl != "" {
					place = pl
				}
			}
		}
	}
	stop := tr.ce
	if tr.cs == tr.ss && (introConj[toks[tr.cs].low] || participleOpener(toks, tr.cs, tr.ti)) {
		// "After meeting Putin in the Kremlin, Witkoff flew to Berlin": the
		// place of the opening phrase, not of what followed
		for k := tr.ti + 1; k < tr.ce; k++ {
			if toks[k].text == "," {
				stop = k
				break
			}
		}
	}
	for k := tr.cs; k < stop; k++ {
		t := toks[k]
		if k > tr.ti && (t.low == "to" && k+1 < tr.ce && !toks[k+1].cap && !isDeterminer(toks[k+1].low) && !possessives[toks[k+1].low] && !faceToFace(toks, k) || isSpeech(t) && !nounAfter(toks, k)) {
			break // "to press for an agreement reached in Ohrid": another matter
		}
		k = skipOtherMatter(toks, k, stop) // ("despite the transition in Washington")
		if toks[k].low == "since" {
			if j := sincePhraseEnd(toks, k); j > 0 {
				// "the first talks since the spring of 2022 were held in
				// Istanbul", but not "their first meeting since May in Lima"
				if j+1 < stop && (toks[j].low == "in" || toks[j].low == "at") && toks[j+1].cap && !dayAfterPlace(toks, j+2, stop) {
					j += 2 // (but "their first talks since 2022 in Istanbul on Friday": this meeting's place and day)
				}
				k = j - 1
				continue
			}
		}
		if k > tr.ti && (toks[k].low == "about" || toks[k].low == "regarding") && k+1 < stop && (isDeterminer(toks[k+1].low) || possessivePronoun(toks[k+1].low)) {
			break // "spoke by phone with Trump about the talks in Istanbul": the topic's place
		}
		if k > 0 && k < tr.ti && toks[k-1].text == "," && (toks[k].low == "who" || toks[k].low == "which") && d.earlierAside(toks, k, tr.ti) {
			for k+1 < tr.ti && toks[k+1].text != "," {
				k++ // "Prince William, who was in Rio earlier in the week, also addressed the session": where he was before
			}
			continue
		}
		t = toks[k]
		if t.low != "in" && t.low != "at" && !(t.low == "near" && k > tr.ti && k == tr.ti+1) && !(t.low == "to" && k > 0 && (motionVerbs[toks[k-1].low] || toks[k-1].low == "back" && k > 1 && motionVerbs[toks[k-2].low])) &&
			!(t.low == "to" && k > tr.ti && tr.verb && welcomeVerbs[toks[tr.ti].low]) {
			continue // ("welcomed Starmer to the Elysee Palace")
		}
		if k < tr.ti && speechBetween(toks, k, tr.ti) {
			continue // "the government in Port Sudan, said it would not take part in talks"
		}
		if k > 0 && (notPlaceBefore[toks[k-1].low] || stayVerbs[toks[k-1].low]) {
			continue // ("stayed in Jerusalem": where someone was instead)
		}
		a := k + 1
		for a < tr.ce && (isDeterminer(toks[a].low) && !toks[a].cap || toks[a].kind == kWord && !toks[a].cap && roleMods[toks[a].low]) {
			a++
		}
		if j := settlementOf(toks, a, tr.ce); j > 0 {
			a = j // "in the Egyptian Red Sea resort of Sharm el-Sheikh": the town's name
		}
		b := a
		for b < tr.ce && toks[b].kind == kWord && (toks[b].cap || (nameParticles[toks[b].low] || elidedCap(toks[b])) && b > a ||
			placeParticle(toks[b].low) && b > a && b+1 < tr.ce && toks[b+1].cap || // "Huis ten Bosch", "Dar es Salaam"

			toks[b].low == "of" && b > a && b+1 < tr.ce && toks[b+1].cap && !isMonth(toks[b+1].low)) {
			b++ // "the Museum of Modern Art"
		}
		if b > a && b < tr.ce && isBuilding(toks[b].low) {
			b++ // "the Hilton hotel"
		}
		if b > a {
			b = listedNameEnd(toks, b, tr.ce) // "the Foreign, Commonwealth and Development Office"
		}
		if a+1 < tr.ce && (toks[a].low == "no" || toks[a].low == "no.") && toks[a].cap && toks[a+1].text == "10" {
			place = "Downing Street" // "at No 10": the British prime minister's residence
			continue
		}
		if b == a && a+2 < tr.ce && toks[a].low == "capital" && toks[a+1].low == "of" && toks[a+2].cap {
			// "in the capital of Oman"
			if d.gaz != nil {
				if c, ok := d.gaz.Country(joinTokens(toks, a+2, capRunEnd(toks, a+2, tr.ce))); ok && c.Capital != "" {
					place = c.Capital
				}
			}
			continue
		}
		if b > a && b+1 < tr.ce && (toks[b].low == "'s" || toks[b].low == "’s") && toks[b+1].low == "capital" {
			// "in Oman's capital": the capital's name, when known
			if c, ok := d.gaz.Country(joinTokens(toks, a, b)); ok && c.Capital != "" {
				place = c.Capital
			}
			continue
		}
		if b > a && b < tr.ce && toks[b].low == "capital" {
			// "in the Bahraini capital": the capital's name, when known
			if pl := d.capitalOf(joinTokens(toks, a, b)); pl != "" {
				place = pl
			}
			continue
		}
		if b > a {
			if pl := d.placeName(pi, a, b); pl != "" {
				place = pl // the last, most specific place wins
			}
		}
	}
	if place == "" && pointsHome(toks, tr.cs, tr.ce) {
		place = d.datelinePlace() // "gathered in this Red Sea resort", "met here"
	}
	return place
}

// settlementNouns name a kind of town before "of" and its name: "the
// resort of Sharm el-Sheikh", "the Black Sea port of Odesa".
var settlementNouns = set(`city town port resort village island enclave oasis harbour harbor`)

// settlementWords may stand before such a noun: "the Saudi coastal city
// of", "the resort town of", "the northern border town of".
var settlementWords = set(`coastal northern southern eastern western central northeastern northwestern
	southeastern southwestern border port resort holiday seaside mountain lakeside desert small ancient
	historic garrison frontline front-line market university spa alpine island`)

// settlementOf returns where a town's name starts after "the <kind of
// town> of" at a ("the Saudi city of Jeddah", "the resort town of
// Sochi"), or 0: the name, not the description, is the place.
func settlementOf(toks []token, a, e int) int {
	j := a
	for j < e && j-a < 7 && toks[j].kind == kWord && (toks[j].cap || settlementWords[toks[j].low] || settlementNouns[toks[j].low]) {
		if settlementNouns[toks[j].low] && j+2 < e && toks[j+1].low == "of" && toks[j+2].cap && toks[j+2].kind == kWord {
			return j + 2
		}
		j++
	}
	return 0
}

// listedNameEnd extends a capitalised place name ending at b over a
// list that ends in a building's word: "the Foreign, Commonwealth and
// Development Office" is one place, not "Foreign"; "Paris, Berlin and
// London" stays three. It returns the new end, or b.
func listedNameEnd(toks []token, b, e int) int {
	j := b
	for j+1 < e && (toks[j].text == "," || toks[j].low == "and") && toks[j+1].cap && toks[j+1].kind == kWord {
		and := toks[j].low == "and"
		j++
		for j < e && toks[j].cap && toks[j].kind == kWord {
			j++
		}
		if and {
			if isBuilding(toks[j-1].low) {
				return j
			}
			return b
		}
	}
	return b
}

// faceToFace reports the "to" of "face to face" at k: how a meeting was
// held, not a purpose ("met face to face in Istanbul").
func faceToFace(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].low == "face" && toks[k+1].low == "face"
}

// nounAfter reports a word used as a noun after an article or a
// modifier: "a courtesy call", not "called".
func nounAfter(toks []token, k int) bool {
	return k > 0 && (isDeterminer(toks[k-1].low) || toks[k-1].low == "courtesy" || toks[k-1].low == "farewell")
}

// placeName accepts tokens [a, b) as a place: not a person, date,
// nationality or organisation acting as a speaker.
func (d *doc) placeName(pi, a, b int) string {
	p := &d.paras[pi]
	joined := false // "Dar es Salaam": a place's particle joins its parts
	for k := a + 1; k+1 < b; k++ {
		joined = joined || placeOnlyParticles[p.toks[k].low]
	}
	for _, m := range p.ments {
		if m.kind == mPerson && m.start < b && m.end > a && !joined && !d.notPerson(m.p) {
			return "" // (but "the resort of Port Salis": a name read as a person's that is a place's)
		}
	}
	for k := a; k < b; k++ {
		if isDay(p.toks[k].low) || isMonth(p.toks[k].low) {
			return ""
		}
	}
	if b-a == 1 && (nationalities[p.toks[a].low] || strings.ToUpper(p.toks[a].text) == p.toks[a].text && len(p.toks[a].text) > 1 || d.countryAdjective(p.toks[a].text)) {
		return ""
	}
	if regionAdjectives[p.toks[b-1].low] || nationalities[p.toks[b-1].low] {
		return "" // "a Southeast Asian summit", "the South African talks": what kind, not where
	}
	if allCapsWords(p.toks, a, b) && b < len(p.toks) && p.toks[b].text == ":" && labelNouns[p.toks[b-1].low] {
		return "" // a newsletter's section label: "IN THE ROOM:" (but "AT THE EUROPA BUILDING:" is a place)
	}
	if numberWords[p.toks[b-1].low] {
		return "" // "the Big Three conference", "the Quartet of Four": who meets, not where
	}
	name := joinTokens(p.toks, a, b)
	if _, ok := d.gaz.Organisation(name); ok {
		return ""
	}
	for k := a; k < b; k++ {
		if bodyWords[p.toks[k].low] && !(b-a == 2 && p.toks[b-1].low == "office") {
			return "" // "the General Council meeting": a body, not a place (but "the Cabinet Office" is a building)
		}
	}
	return name
}

// acrossTheTable reports "across the table" (or "across the negotiating
// table") within a few words after a, past the object of the verb.
func acrossTheTable(toks []token, a, e int) bool {
	for j := a; j+2 < e && j < a+18; j++ {
		if toks[j].low == "across" && toks[j+1].low == "the" && (toks[j+2].low == "table" || j+3 < e && toks[j+3].low == "table") {
			return true
		}
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return false
		}
	}
	return false
}

// pronounObjectAt reports "him" or "her" at j standing for someone the
// story named before, other than the subject of the verb at k: "Rutte had
// his own half-hour with him".
func (d *doc) pronounObjectAt(pi, k, j, e int) bool {
	toks := d.paras[pi].toks
	return j < e && (toks[j].low == "him" || toks[j].low == "her") && d.otherPerson(pi, k, nil) != nil
}

// tableWith returns where the "with" stands in "at the table with",
// "around a table with" starting at a (after "sat"), or -1.
func tableWith(toks []token, a, e int) int {
	if a+3 < e && (toks[a].low == "at" || toks[a].low == "around") && (toks[a+1].low == "the" || toks[a+1].low == "a") && toks[a+2].low == "table" && toks[a+3].low == "with" {
		return a + 3
	}
	return -1
}

// sameRoom reports "in the same room", "in the same tent" at a: people
// who sat there together met ("A and B sat in the same tent at Naqoura").
func sameRoom(toks []token, a, e int) bool {
	return a+3 < e && toks[a].low == "in" && toks[a+1].low == "the" && toks[a+2].low == "same" && (isBuilding(toks[a+3].low) || toks[a+3].low == "tent" || toks[a+3].low == "venue")
}

// otherMomentOfDay reports "later in the day", "earlier that day",
// "later the same day" inside the clause [s, e).
func otherMomentOfDay(toks []token, s, e int) bool {
	for j := s; j+2 < e; j++ {
		if toks[j].low != "later" && toks[j].low != "earlier" {
			continue
		}
		if toks[j+1].low == "in" && j+3 < e && toks[j+2].low == "the" && toks[j+3].low == "day" ||
			toks[j+1].low == "that" && toks[j+2].low == "day" ||
			toks[j+1].low == "the" && j+3 < e && toks[j+2].low == "same" && toks[j+3].low == "day" {
			return true
		}
	}
	return false
}

// tripToBrief reports "drove back to Baabda to", "flew to Paris to" right
// before "brief" at k: a journey made to brief someone in person (not
// "was asked to brief the council", nor "called to brief him").
func tripToBrief(toks []token, s, k int) bool {
	if k-1 <= s || toks[k-1].low != "to" {
		return false
	}
	for j := k - 2; j > s && j >= k-8; j-- {
		if toks[j].kind != kWord {
			return false
		}
		if motionVerbs[toks[j].low] {
			return j+1 < k-1 && (toks[j+1].low == "to" || toks[j+1].low == "back" || toks[j+1].low == "in")
		}
	}
	return false
}

// thenTripTo reports "then crossed the Green Line to see", "later drove
// to Ain el-Tineh to meet" before the verb at k: the subject's next
// encounter, after a trip.
func thenTripTo(toks []token, s, k int) bool {
	if k-1 <= s || toks[k-1].low != "to" {
		return false
	}
	for j := k - 2; j > s && j >= k-10; j-- {
		if toks[j].kind != kWord {
			return false
		}
		if motionVerbs[toks[j].low] {
			return nextWords[toks[j-1].low]
		}
	}
	return false
}

// thenHeldIndef reports "then hosted a", "later held a" right before an
// indefinite meeting noun at k (one modifier between them at most).
func thenHeldIndef(toks []token, s, k int) bool {
	j := k - 1
	if j > s && !isDeterminer(toks[j].low) {
		j-- // "a working lunch"
	}
	return j-2 >= s && isDeterminer(toks[j].low) && (hostVerbs[toks[j-1].low] || holdVerbs[toks[j-1].low]) && nextWords[toks[j-2].low]
}

// onTheMargins reports "on the sidelines", "on the margins", "briefly on
// the fringes" at k.
func onTheMargins(toks []token, k, e int) bool {
	if k < e && isLyAdverb(toks[k]) {
		k++
	}
	if k+2 >= e || toks[k].low != "on" || toks[k+1].low != "the" {
		return false
	}
	switch toks[k+2].low {
	case "sidelines", "margins", "fringes":
		return true
	}
	return false
}

// spokeByPhone reports "spoke by phone", "talked by telephone" ending at
// the call noun k: a call told with its own verb ("Earlier today, Rubio
// spoke by phone with Sa'ar": a call of its own, not Sa'ar's part in the
// day's meeting).
func spokeByPhone(toks []token, cs, k int) bool {
	return k-2 >= cs && toks[k-1].low == "by" && (toks[k-2].low == "spoke" || toks[k-2].low == "talked" || toks[k-2].low == "speaks")
}

// beVerbs make a following participle a passive verb.
var beVerbs = set(`is are was were be been being`)

// attendedAhead reports a passive attendance verb opening tokens [k, e):
// "was (also) joined by", "was attended by".
func attendedAhead(toks []token, k, e int) bool {
	j := k
	if j < e && beVerbs[toks[j].low] {
		j++
	}
	if j < e && (toks[j].low == "also" || isLyAdverb(toks[j])) {
		j++
	}
	return j+1 < e && (toks[j].low == "joined" || toks[j].low == "attended") && toks[j+1].low == "by"
}

// sessionVerbs are what a deliberative body does when it sits.
var sessionVerbs = set(`voted votes adopted adopts approved approves rejected rejects met meets convened convenes debated debates`)

// bodyInSession reports a sentence opening with a council or assembly by
// name ("The UN Security Council", "the General Assembly") whose verb,
// after at most a day or a time ("on Monday"), says it sat: voted,
// adopted, met, convened, or "failed to adopt".
func bodyInSession(toks []token, s, k, e int) bool {
	if toks[k].low != "council" && toks[k].low != "assembly" || k == s {
		return false
	}
	if !toks[k].cap || !toks[k-1].cap {
		// "On Friday the 15-member council voted 11-0": the council of the
		// story, told with its article
		if toks[k].cap || !(toks[k-1].low == "the" || strings.HasSuffix(toks[k-1].low, "-member") && k-2 >= s && toks[k-2].low == "the") {
			return false // "the council" of a city told as a place, or no name before it
		}
	}
	if o := timeOpener(toks, s, k); o > s {
		s = o // "On Friday the council voted"
	}
	for j := s; j < k; j++ {
		if toks[j].kind != kWord || !(toks[j].cap || j == s && isDeterminer(toks[j].low) || toks[j].low == "of" || strings.HasSuffix(toks[j].low, "-member")) {
			return false // the body opens the sentence
		}
	}
	j := k + 1
	for j < e && j <= k+4 && (toks[j].low == "on" || toks[j].low == "late" || toks[j].low == "early" || isDay(toks[j].low) || toks[j].low == "again") {
		j++
	}
	if j+2 < e && (toks[j].low == "failed" || toks[j].low == "fails") && toks[j+1].low == "to" && sessionVerbs[toks[j+2].low+"s"] {
		return true
	}
	return j < e && sessionVerbs[toks[j].low]
}

// lastOfKind reports "the last" or "the previous" opening the noun phrase
// of the meeting noun at k ("The last face-to-face talks"), one modifier
// at most between.
func lastOfKind(toks []token, cs, k int) bool {
	j := k - 1
	if j > cs && toks[j].kind == kWord && !toks[j].cap && toks[j].low != "last" && toks[j].low != "previous" {
		j-- // "face-to-face", "formal"
	}
	return j > cs && (toks[j].low == "last" || toks[j].low == "previous") && toks[j-1].low == "the"
}

// timeOpener returns where a sentence goes on after an opening time
// phrase before k ("On Friday", "On Friday,", "Late on Monday,"), else s.
func timeOpener(toks []token, s, k int) int {
	j := s
	for j < k && (toks[j].low == "on" || toks[j].low == "late" || toks[j].low == "early" || isDay(toks[j].low) || toks[j].text == ",") {
		j++
	}
	if j > s && isDay(toks[j-1].low) || j > s+1 && toks[j-1].text == "," && isDay(toks[j-2].low) {
		return j
	}
	return s
}

// stayedForOther reports a meeting noun at k named as the reason someone
// was in another city: "who was in Rio de Janeiro for the G20 summit",
// "was in Istanbul for a NATO meeting".
func stayedForOther(toks []token, s, k int) bool {
	j := k - 1
	for j > s && toks[j].kind == kWord && toks[j].low != "for" && k-j <= 4 {
		j-- // (the meeting's own name: "the G20", "a NATO")
	}
	if j <= s+2 || toks[j].low != "for" {
		return false
	}
	b := j - 1
	a := b
	for a > s && toks[a].cap && toks[a].kind == kWord || a > s && placeParticle(toks[a].low) {
		a--
	}
	return a < b && toks[a].low == "in" && a > s && beVerbs[toks[a-1].low]
}

// partMovedTo reports a part of a meeting the people moved on to, told
// with an indefinite article: "before moving to an expanded session",
// "then went into a plenary session", "continued in a restricted
// format". It is a later part of the meeting under way, as "the session"
// would be (not "a separate session": sideMeeting).
func partMovedTo(toks []token, cs, k int) bool {
	if !meetingParts[toks[k].low] {
		return false
	}
	j := k - 1
	for j >= cs && j >= k-3 && toks[j].kind == kWord && !isDeterminer(toks[j].low) {
		if toks[j].low == "separate" || toks[j].low == "side" || toks[j].low == "bilateral" {
			return false
		}
		j--
	}
	if j < cs+1 || toks[j].low != "a" && toks[j].low != "an" {
		return false
	}
	switch toks[j-1].low {
	case "to", "into":
		return j-2 >= cs && (strings.HasPrefix(toks[j-2].low, "mov") || strings.HasPrefix(toks[j-2].low, "went") || toks[j-2].low == "go" || toks[j-2].low == "going" || strings.HasPrefix(toks[j-2].low, "broke") || strings.HasPrefix(toks[j-2].low, "proceed"))
	}
	return false
}

// possessives open a noun phrase as an article does: "to his official
// residence" is a place, not a purpose.
var possessives = set(`his her their its our`)

// regionAdjectives name a region's people or things, not a place: "a
// Southeast Asian summit", "a European meeting".
var regionAdjectives = set(`asian european african american arab nordic baltic caribbean pacific atlantic latin
	balkan caucasian eurasian scandinavian mediterranean`)

// ordinalBefore reports an ordinal right before a meeting noun or its
// "round of": "held the 24th round of talks", "the third session" (not
// "first": the story's own first meeting is told so too).
func ordinalBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-4; j-- {
		w := toks[j].low
		if isOrdinalNumber(w) || w != "first" && roundWords[w] && meetingQualifiers[w] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// takenCall reports "received a call from", "made a call to" at the noun
// k (or "a phone call").
func takenCall(toks []token, s, k, e int) bool {
	j := k - 1
	if j > s && (toks[j].low == "phone" || toks[j].low == "telephone") {
		j--
	}
	return j > s && (toks[j].low == "a" || toks[j].low == "an") && callTakers[toks[j-1].low] &&
		k+2 < e && (toks[k+1].low == "from" || toks[k+1].low == "to")
}

// nextWords before a meeting verb tell the subject's next encounter.
var nextWords = set(`then later afterwards afterward subsequently`)

// inPresenceOf reports people all of whom an earlier mention of the
// sentence already has: "met Aoun before meeting him again" tells no other
// partner.
func inPresenceOf(out []trigger, people []*personEntry) bool {
	for _, o := range out {
		if overlap(people, o.people) == len(people) {
			return true
		}
	}
	return false
}

// ownTimeOfDay reports a clause [cs, ce) placing its encounter at an hour
// or a meal of its own: "in the morning", "that evening", "over dinner".
func ownTimeOfDay(toks []token, cs, ce int) bool {
	for j := cs; j+1 < ce; j++ {
		w, x := toks[j].low, toks[j+1].low
		switch {
		case (w == "the" || w == "that") && hourParts[x] && (w == "that" || j > cs && (toks[j-1].low == "in" || toks[j-1].low == "during")):
			return true
		case (w == "over" || w == "at") && mealWords[x]:
			return true
		}
	}
	return false
}

var hourParts = set(`morning afternoon evening night`)

var mealWords = set(`breakfast lunch dinner supper coffee tea`)

// hadBriefly reports "had a brief", "held a short" (and the like) right
// before the noun at k: "had a brief exchange", not "a prisoner exchange".
func hadBriefly(toks []token, s, k int) bool {
	j := k - 1
	for j > s && exchangeMods[toks[j].low] {
		j--
	}
	if j > s && (toks[j].low == "a" || toks[j].low == "an") {
		j--
	}
	return j >= s && j < k-1 && (toks[j].low == "had" || toks[j].low == "held")
}

// exchangeMods describe an exchange of words between people.
var exchangeMods = set(`brief short quick frank tense heated testy cordial lengthy long private informal friendly sharp`)

// timesRound reports "round" at k owned by a time ("last month's round",
// "Tuesday's round") or placed by a determiner and "in" a named place
// ("the round in Madrid"): a round of talks.
func timesRound(toks []token, s, k, e int) bool {
	if toks[k].low == "round" && k-2 >= s && toks[k-1].low == "'s" {
		switch w := toks[k-2].low; w {
		case "month", "week", "year", "weekend", "yesterday", "today":
			return true
		default:
			return isDay(w)
		}
	}
	return k-1 >= s && (toks[k-1].low == "the" || toks[k-1].low == "that") && k+2 < e && toks[k+1].low == "in" && toks[k+2].cap && toks[k+2].kind == kWord
}

// abbreviationClose reports the closing bracket of a short form given
// after a name ("the Economic Community of West African States (ECOWAS)"),
// which ends no clause.
func abbreviationClose(toks []token, i int) bool {
	return toks[i].text == ")" && i >= 2 && toks[i-2].text == "(" && abbreviation(toks[i-1])
}

// abbreviation reports a short form in capitals: "ECOWAS", "MAM", "AU".
func abbreviation(t token) bool {
	if t.kind != kWord || len(t.text) < 2 || len(t.text) > 10 {
		return false
	}
	upper := 0
	for _, r := range t.text {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z' || r == '-' || r == '/' || r == '&':
		default:
			return false
		}
	}
	return upper >= 2
}

// groupCall reads a call made by people together in one room: "Macron,
// Merz, Starmer and Tusk huddled in a side room and spoke by phone with
// Trump", "Zelenskyy was flanked by A, B and C when the five of them
// dialled Trump". The one called joined by phone while the others were in
// the room: absent, not an attendee (the labelling conventions'). Only
// one person called, after the call's verb or noun, with two people or
// more named before it in a sentence that puts them together.
func (d *doc) groupCall(pi, s, e int, tr *trigger) {
	if !tr.call || tr.future || len(tr.people) == 0 || !togetherInRoom(d.paras[pi].toks, s, e) {
		return
	}
	var before, after []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.start < s || m.start >= e {
			continue
		}
		if m.start < tr.ti {
			before = append(before, m.p)
		} else if containsEntry(tr.people, m.p) && !containsEntry(after, m.p) {
			after = append(after, m.p)
		}
	}
	before = dedupe(before)
	if len(before) < 2 || len(after) != 1 || containsEntry(before, after[0]) {
		return
	}
	tr.people, tr.callee = before, after
}

// monthsOf reports "weeks of", "months of", "years of" before the
// meeting noun at k (a few modifiers between): a process of many
// sessions, told as what came before.
// followsEarlier reports a meeting noun at k that is the object of
// "follow(s)", "followed" or "came after" whose subject is itself a
// meeting: "The talks follow meetings between Biden and ...".
func followsEarlier(toks []token, s, k int) bool {
	j := k - 1
	for j > s && j >= k-4 && toks[j].kind == kWord && (meetingModifier(toks[j]) || isDeterminer(toks[j].low)) && !afterVerbs[toks[j].low] {
		j--
	}
	if j <= s || !afterVerbs[toks[j].low] {
		return false
	}
	if toks[j].low == "after" {
		if j-1 <= s || toks[j-1].low != "came" && toks[j-1].low != "comes" && toks[j-1].low != "come" {
			return false
		}
		j--
	}
	for i := j - 1; i >= s && i >= j-4; i-- {
		if meetingNouns[toks[i].low] != "" {
			return true
		}
		if toks[i].kind != kWord {
			return false
		}
	}
	return false
}

var afterVerbs = set(`follow follows followed after`)

func monthsOf(toks []token, s, k int) bool {
	j := k - 1
	for j > s && j >= k-3 && toks[j].kind == kWord && !toks[j].cap && toks[j].low != "of" {
		j-- // "weeks of indirect talks", "months of hard negotiations"
	}
	if j-1 < s || toks[j].low != "of" {
		return false
	}
	switch toks[j-1].low {
	case "weeks", "months", "years", "decades":
		return true
	}
	return false
}

// togetherInRoom reports a sentence that puts people together in one
// room: "huddled", "gathered around", "flanked by", "in a side room", "a
// speakerphone", "in the room with".
func togetherInRoom(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		switch toks[k].low {
		case "huddled", "huddle", "flanked", "speakerphone", "gathered":
			return true
		case "room":
			if k > s && (toks[k-1].low == "side" || toks[k-1].low == "same") {
				return true
			}
		}
	}
	return false
}

// huddleForCall drops a "huddled" or "gathered" told of the same people as
// a group call after it in the sentence ("huddled in a side room and
// spoke by phone with Trump"): the huddle is the room the call was made
// from, one meeting.
func huddleForCall(toks []token, out []trigger) []trigger {
	for i := 0; i < len(out); i++ {
		if w := toks[out[i].ti].low; w != "huddled" && w != "gathered" || !out[i].verb {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			if len(out[j].callee) > 0 && len(out[i].people) > 0 && overlap(out[i].people, out[j].people) == len(out[i].people) {
				out = append(out[:i], out[i+1:]...)
				i--
				break
			}
		}
	}
	return out
}

// futureObjects marks the meeting noun a planned hold verb governs as
// planned too: in "conveyed the offer of St Vincent to host direct talks
// between the two heads of state", the talks are the offer's, not a
// meeting held.
func futureObjects(toks []token, trs []trigger) {
	for i := range trs {
		if !trs[i].verb || !trs[i].future {
			continue
		}
		for j := range trs {
			n := trs[j].ti
			if trs[j].verb || trs[j].future || n <= trs[i].ti || n > trs[i].ti+3 {
				continue
			}
			ok := true
			for x := trs[i].ti + 1; x < n; x++ {
				if toks[x].kind != kWord || !meetingModifier(toks[x]) && !toks[x].in(lxAdjNoun, adjectiveNoun) && (functionWords[toks[x].low] && !isDeterminer(toks[x].low)) {
					ok = false
				}
			}
			if ok {
				trs[j].future = true
			}
		}
	}
}

// reactionVerbs react to a meeting from afar: "In Washington, the State
// Department welcomed the meeting".
var reactionVerbs = set(`welcomed welcomes praised praises hailed hails criticised criticized criticises criticizes
	condemned condemns dismissed dismisses applauded applauds followed follows watched watches`)

// reactionObjects clears the place of a meeting noun that is the object of
// a reaction verb: "In Washington, the State Department welcomed the
// meeting" puts the reaction in Washington, not the meeting.
func reactionObjects(toks []token, trs []trigger) {
	for i := range trs {
		tr := &trs[i]
		if tr.verb || tr.place == "" || tr.ti < 2 {
			continue
		}
		j := tr.ti - 1
		for j > tr.cs && (isDeterminer(toks[j].low) || toks[j].low == "'s" || toks[j].low == "’s" || toks[j].cap || meetingModifier(toks[j])) && j >= tr.ti-3 {
			j--
		}
		if reactionVerbs[toks[j].low] {
			tr.place = ""
		}
	}
}

// acronymBracket reports a bracket at i that encloses a body's acronym
// right after its capitalised name and before the title of one of its
// people: "Moro Islamic Liberation Front (MILF) chairman".
func acronymBracket(toks []token, i int) bool {
	o := i
	if toks[i].text == ")" {
		o = i - 2
	} else if toks[i].text != "(" {
		return false
	}
	return o >= 1 && o+2 < len(toks) && toks[o].text == "(" && toks[o+2].text == ")" && toks[o+1].kind == kWord &&
		letters(toks[o+1].text) >= 2 && isUpperCase(toks[o+1].text) && toks[o-1].kind == kWord && toks[o-1].cap &&
		o+3 < len(toks) && (rolesHead[toks[o+3].low] || titleWords[toks[o+3].low])
}

// hostSubject reports that the subject of the speech verb at k is a
// programme's host ("host Rosa Vidal ... She speaks with X about ..."): an
// interview, not talks.
func (d *doc) hostSubject(pi, s, k int) bool {
	subj := d.subjectList(pi, k, s, s)
	if len(subj) == 0 {
		return false
	}
	for _, e := range subj {
		if !d.hostRole(e) {
			return false
		}
	}
	return true
}

// hostRole reports a person the article introduces as a programme's host
// ("host Rosa Vidal", "the show's presenter, Rosa Vidal").
func (d *doc) hostRole(e *personEntry) bool {
	for pi := range d.paras {
		p := &d.paras[pi]
		for _, m := range p.ments {
			if m.kind != mPerson || m.p != e {
				continue
			}
			for x := max(m.rstart-1, 0); x < m.rend; x++ {
				if hostWords[p.toks[x].low] {
					return true
				}
			}
		}
	}
	return false
}

// joinedLaterSession reports a meeting noun at k told as one that people
// joined later that day: "A and B joined an expanded session later in
// the day", "joined the afternoon session later": a part of the meeting
// under way, not a meeting of their own.
func joinedLaterSession(toks []token, cs, k, ce int) bool {
	joined := false
	for j := cs; j < k; j++ {
		if toks[j].low == "joined" || toks[j].low == "joins" {
			joined = true
		}
	}
	if !joined || toks[k].low != "session" && toks[k].low != "sessions" && toks[k].low != "meeting" && toks[k].low != "plenary" {
		return false
	}
	for j := k + 1; j < ce; j++ {
		if toks[j].low == "later" {
			return true
		}
	}
	return false
}

// hostWords name who presents a programme.
var hostWords = set(`host presenter anchor interviewer co-host`)

// draftWords name what a council votes on.
var draftWords = set(`draft resolution text`)

// vetoOfDraft reports "vetoed" at k told of a country ("Norway vetoed a
// draft resolution", "the US has vetoed the draft"): a country's name
// right before the verb (or before "has"), a draft or resolution within a
// few words after it. A president vetoing a bill, a person's veto, is not
// a council's vote.
func (d *doc) vetoOfDraft(toks []token, s, k, e int) bool {
	j := k - 1
	if j > s && (toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "had") {
		j--
	}
	if j < s || !toks[j].cap || toks[j].kind != kWord {
		return false
	}
	country := false
	for a := j; a >= s && j-a < 4 && toks[a].cap && toks[a].kind == kWord && !country; a-- {
		country = d.isCountryName(joinTokens(toks, a, j+1)) // "Norway", "the United States"
	}
	if !country {
		return false
	}
	if k+1 >= e || !isDeterminer(toks[k+1].low) && toks[k+1].low != "its" {
		return false
	}
	for i := k + 2; i < e && i <= k+6; i++ {
		if draftWords[toks[i].low] {
			return true
		}
		if toks[i].kind != kWord {
			return false
		}
	}
	return false
}

// heldNounAt reports a meeting noun at k that "held" or "had" governs in
// its sentence from s: "held their first summit talks", "had talks".
func heldNounAt(toks []token, s, k int) bool {
	if k+1 < len(toks) && meetingNouns[toks[k+1].low] != "" {
		return false // "summit" of "summit talks": the head noun tells it
	}
	for j := k - 1; j >= s && j >= k-5; j-- {
		if toks[j].low == "held" || toks[j].low == "had" {
			return true
		}
		if toks[j].kind != kWord || toks[j].low == "and" {
			return false
		}
	}
	return false
}

// apartCompounds drops a meeting noun that only modifies the next one
// when that one is told apart ("summit" of "Earlier on Tuesday, A and B
// held their first summit talks"): the compound tells one meeting.
func apartCompounds(out []trigger) []trigger {
	for i := len(out) - 2; i >= 0; i-- {
		if !out[i].verb && out[i+1].apart && !out[i+1].verb && out[i+1].ti == out[i].ti+1 {
			out = slices.Delete(out, i, i+1)
		}
	}
	return out
}

// joinedAtMeal reports the meal noun at k of "(were) joined at lunch (and
// in the afternoon) by X": when others came to the meeting under way, not
// a meal of its own.
func joinedAtMeal(toks []token, s, k int) bool {
	if k-2 < s || toks[k-1].low != "at" || toks[k-2].low != "joined" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+7; j++ {
		if toks[j].low == "by" {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// nextPeriodAhead reports "next week", "next month", "next year" or
// "tomorrow" in tokens [a, e).
func nextPeriodAhead(toks []token, a, e int) bool {
	for j := a; j < e; j++ {
		if toks[j].low == "tomorrow" || toks[j].low == "next" && j+1 < e && (toks[j+1].low == "week" || toks[j+1].low == "month" || toks[j+1].low == "year" || isDay(toks[j+1].low) || isMonth(toks[j+1].low)) {
			return true
		}
	}
	return false
}

// touredWith returns the "with" closing the short object of "toured" at
// a ("toured the site with", "toured a munitions site in the north with"),
// or 0: a place or a site toured, not people, before it.
func touredWith(toks []token, a, e int) int {
	for j := a; j < e && j < a+12; j++ {
		if toks[j].low == "with" {
			return j
		}
		if toks[j].kind != kWord || clauseBreak[toks[j].low] || toks[j].low == "and" {
			return 0
		}
	}
	return 0
}

// pairHadConversation reports "A and B had a conversation in private",
// "A and B held a long conversation": the noun at k after "had" or "held"
// and at most two plain modifiers, with two people or more named before
// the verb in the sentence [s, k) — a meeting of theirs, as "a
// conversation with B" is (not "described the conversation as frank").
func (d *doc) pairHadConversation(pi, s, k int) bool {
	toks := d.paras[pi].toks
	j := k - 1
	for j > s && j >= k-3 && toks[j].kind == kWord && !toks[j].cap && !holdVerbs[toks[j].low] && toks[j].low != "had" {
		j--
	}
	if j <= s || toks[j].low != "had" && toks[j].low != "held" || j+1 == k {
		return false
	}
	if a := toks[j+1].low; a != "a" && a != "an" && a != "their" {
		return false
	}
	for x := j + 2; x < k; x++ {
		switch toks[x].low {
		case "telephone", "phone", "telephonic", "video", "online":
			return false // "held a telephone conversation": a call, read as one elsewhere
		}
	}
	return len(d.peopleIn(pi, s, j)) >= 2 // two people, not one named twice
}

// phoneInterview reports the "phone" at k of "in a phone interview",
// "told Reuters in a telephone interview", "phone interviews": the
// reporter's own interview with a source, not a call between the people
// of the story.
func phoneInterview(toks []token, k, e int) bool {
	return k+1 < e && (toks[k+1].low == "interview" || toks[k+1].low == "interviews")
}

// quotedMeetingNoun returns the kind of meeting a quotation ends on ("a
// very long and very good call", "a productive meeting"), or "": a partial
// quote that names the encounter the words "with X" then place.
func quotedMeetingNoun(q string) string {
	w := strings.TrimRightFunc(q, func(r rune) bool { return !unicode.IsLetter(r) })
	if i := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); i >= 0 {
		w = w[i+1:]
	}
	if strings.Count(q, " ") < 1 {
		return "" // a one-word quote ("a 'meeting' with X") is a term, not a description of one
	}
	switch w = strings.ToLower(w); w {
	case "call":
		return "call"
	case "meeting", "talks", "summit":
		// (not "a long conversation": a talk that may be the call told before)
		return meetingNouns[w]
	}
	return ""
}

// onThePhoneAside reports the "phone" at k of a closing ", on the phone"
// (up to the sentence's end at e, or a semicolon): a detail of what
// someone seen elsewhere was doing, with no one named on the other end.
func onThePhoneAside(toks []token, s, k, e int) bool {
	if k-3 < s || toks[k-1].low != "the" || toks[k-2].low != "on" || toks[k-3].text != "," {
		return false
	}
	return k+1 >= e || toks[k+1].text == "." || toks[k+1].text == ";"
}
