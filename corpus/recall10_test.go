package corpus

import "testing"

// TestAfterTalksAdjunct checks meetings told in an "after talks with" or
// "after a phone call" adjunct of another verb ("X said in Ankara after
// talks with Y", "X and Y announced the deal after a phone call"): the
// sentence's subject had the talks, unless the adjunct only dates another
// meeting or names its own sides.
func TestAfterTalksAdjunct(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"said after talks with someone", "Kenya's President Omar Haddad said in Nairobi after talks with Ghana's President Sara Khalil that the corridor would open in May.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"told reporters following a phone call with someone", "Norway's Prime Minister Tomas Berg told reporters on Tuesday that the quota dispute was settled, following a phone call with Iceland's Prime Minister Lars Holm.",
			[]string{"Lars Holm, Tomas Berg"}, nil},
		{"two announced a deal after a call", "Chile's President Ana Ruiz and Peru's President Piotr Nowak announced the end of the negotiations on May 6 after a phone call.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"supported a proposal after a long call with someone", "Senegal's President Ines Moura said Wednesday she backed the plan after a long call with Kenya's President Omar Haddad.",
			[]string{"Ines Moura, Omar Haddad"}, nil},
		{"after someone else's talks: theirs only", "Government spokesman Lars Holm said after Haddad's talks with Ghana's President Sara Khalil that the corridor would open. Kenya's President Omar Haddad flew home.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a quotation, then the speaker said after talks with someone", "\"The corridor will open in May,\" Kenya's President Omar Haddad said in Nairobi after talks with Ghana's President Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"an organisation's words after talks with one person: no second side", "The central bank said on Monday after talks with the fund's envoy Lena Varga that rates would hold.",
			nil, nil},
		{"after talks that are only hoped for", "Kenya's President Omar Haddad said he would decide after talks with Ghana's President Sara Khalil next month.",
			nil, nil},
	})
}

// TestConversationNouns checks the meeting nouns added in recall10: "a
// conversation with X" or "the conversation between X and Y" (not "the
// conversation" alone, nor a conversation about something), "the final
// plenary" and "the last ministerial" (not a plenary session's or a
// ministerial meeting's adjective), a "consultation".
func TestConversationNouns(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"the conversation between two officers", "The conversation between Lt Gen Omar Haddad and his counterpart, Maj Gen Piotr Nowak, began around 5pm on Monday and lasted an hour.",
			[]string{"Omar Haddad, Piotr Nowak"}, nil},
		{"someone's conversation with someone on a written-out date", "Kenya's President Omar Haddad spoke to reporters.\n\nThe statement came after Haddad's conversation with Ghana's President Sara Khalil on Tuesday, March 18, 2025, which lasted two hours.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"the conversation alone is no meeting", "Kenya's President Omar Haddad and Ghana's President Sara Khalil described the conversation as useful.",
			nil, nil},
		{"a conversation about a topic is no meeting", "Kenya's President Omar Haddad said a national conversation about the corridor was overdue.",
			nil, nil},
		{"told the final plenary, and another told the plenary", "Conference chair Lena Varga told the final plenary in Geneva on Friday that no treaty was possible. Panama's chief negotiator Piotr Nowak told the plenary that a few states had blocked it.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"a plenary session's adjective is no second meeting", "Lena Varga and Piotr Nowak addressed a plenary session in Geneva on Friday.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"a closed-door consultation chaired and attended", "Azerbaijan's lead negotiator Omar Haddad held a closed-door consultation with Samoa's Ines Moura in Baku on Saturday.",
			[]string{"Ines Moura, Omar Haddad"}, nil},
	})
}

// TestWeekdayWithDate checks a weekday followed by the date written out
// ("on Tuesday, March 18, 2025", "on Tuesday 18 March"): the written date,
// not the weekday resolved against the publication day.
func TestWeekdayWithDate(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kenya's President Omar Haddad met Ghana's President Sara Khalil in Accra on Tuesday, March 18, 2025.", "2025-03-18"},
		{"Kenya's President Omar Haddad met Ghana's President Sara Khalil in Accra on Tuesday 18 March.", "2025-03-18"},
		{"Kenya's President Omar Haddad met Ghana's President Sara Khalil in Accra on Tuesday.", "2025-07-01"},
	} {
		a := extractText(t, "2025-07-03", tc.text)
		if len(a.Meetings) != 1 || a.Meetings[0].Date != tc.want {
			t.Errorf("%q: meetings %+v, want one dated %s", tc.text, a.Meetings, tc.want)
		}
	}
}

// TestChairedIt checks people placed at a meeting told just before by a
// pronoun object ("The video conference brought together eight ministers.
// X chaired it from Riyadh, and Y took part from Moscow"; "Z chaired both
// sessions"): they attended it. A pronoun with no meeting before it places
// no one.
func TestChairedIt(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"chaired it from a capital, another took part from another", "The video conference on Sunday brought together energy ministers from eight countries. Kenya's energy minister Omar Haddad chaired it from Nairobi, and Ghana's energy minister Sara Khalil took part from Accra.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a consultation called, then chaired it", "The presidency called the heads of the negotiating groups to a closed-door consultation on Saturday. Its lead negotiator Lena Varga chaired it, and Norway's envoy Tomas Berg attended it.",
			[]string{"Lena Varga, Tomas Berg"}, nil},
		{"hosted it and presided over it", "A summit on the corridor opened in Accra on Friday. Ghana's President Sara Khalil hosted it. Kenya's President Omar Haddad presided over it in the afternoon.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"chaired both earlier sessions", "The first round of talks was held on May 16 at the presidential palace, between delegations headed by Lars Holm and Piotr Nowak. Turkey's foreign minister Ines Moura chaired both sessions.",
			[]string{"Ines Moura, Lars Holm, Piotr Nowak"}, nil},
		{"chaired it with no meeting told: none", "The committee's report was published on Monday. Lena Varga chaired it, and Tomas Berg wrote the foreword.",
			nil, nil},
	})
}

// TestJointTitles checks a subject named after two titles joined by "and"
// ("Deputy Prime Minister and Foreign Minister X flew to Kabul and held
// talks with Y").
func TestJointTitles(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"two titles, a trip, then talks", "Deputy Prime Minister and Foreign Minister Omar Haddad flew to Accra in April and held talks with his Ghanaian counterpart Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"two titles, then met", "President and Prime Minister Lena Varga travelled to Oslo on Monday and met Norway's Prime Minister Tomas Berg.",
			[]string{"Lena Varga, Tomas Berg"}, nil},
		{"two people, not two titles", "Foreign Minister Omar Haddad and Trade Minister Sara Khalil flew to Oslo on Monday and met Norway's Prime Minister Tomas Berg.",
			[]string{"Omar Haddad, Sara Khalil, Tomas Berg"}, nil},
	})
}

// TestPhoneAndAmongThem checks a call told by "to phone X" or "to
// telephone X" after a past verb ("stepped out of the room to phone X":
// on the call, not absent from it), and people placed by "Among them
// was/were" after a meeting with a group.
func TestPhoneAndAmongThem(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"stepped out of the room to phone someone", "At one point on Monday, Kenya's President Omar Haddad stepped out of the room to phone Ghana's President Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"left the summit to telephone someone", "Kenya's President Omar Haddad broke off from the summit on Monday to telephone Ghana's President Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"would like to phone: none", "Kenya's President Omar Haddad said he would like to phone Ghana's President Sara Khalil soon.",
			nil, nil},
		{"met a community group, among them one named", "On Sunday, Kenya's President Omar Haddad met members of the Kenyan diaspora at his hotel in London. Among them was Dr Ines Moura, a surgeon from Leeds.",
			[]string{"Ines Moura, Omar Haddad"}, nil},
		{"among them were two", "Ghana's President Sara Khalil met business leaders in Accra on Tuesday. Among them were Lars Holm and Piotr Nowak.",
			[]string{"Lars Holm, Piotr Nowak, Sara Khalil"}, nil},
	})
}

// TestRepeatedPreposition checks one sentence telling several
// conversations: a repeated preposition ("spoke by phone with X and with
// Y", "to X and then to Y", "held calls with X and with Y") or "met X and
// then Y" gives one meeting per part; a plain list ("with X and Y") stays
// one meeting.
func TestRepeatedPreposition(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"had spoken by phone with one and with another", "Kenya's President Omar Haddad had spoken by phone with Ghana's President Sara Khalil and with Senegal's President Ines Moura in the days before the summit.",
			[]string{"Ines Moura, Omar Haddad", "Omar Haddad, Sara Khalil"}, nil},
		{"spoke by telephone to one and then to another", "On Saturday, Norway's Prime Minister Tomas Berg spoke by telephone to Iceland's Prime Minister Lars Holm and then to Denmark's Prime Minister Peter Otieno.",
			[]string{"Lars Holm, Tomas Berg", "Peter Otieno, Tomas Berg"}, nil},
		{"met one and then another", "Chile's President Ana Ruiz met Peru's President Piotr Nowak and then Brazil's President Lena Varga in Lima on Monday.",
			[]string{"Ana Ruiz, Lena Varga", "Ana Ruiz, Piotr Nowak"}, nil},
		{"a plain list is one call", "Kenya's President Omar Haddad spoke by phone with Ghana's President Sara Khalil and Senegal's President Ines Moura on Monday.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"a plain list is one meeting", "Chile's President Ana Ruiz met Peru's President Piotr Nowak and Brazil's President Lena Varga in Lima on Monday.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"a call planned with one and with another is none", "Kenya's President Omar Haddad will speak by phone with Ghana's President Sara Khalil and with Senegal's President Ines Moura next week.",
			nil, nil},
	})
}

// TestRelativeAside checks a meeting noun followed by a relative clause
// set off by commas, the main clause going on after it ("The first round,
// which Moscow proposed after a pause, was held on May 16 at the palace"):
// the date and place of the main clause are the meeting's, so an earlier
// round is not folded into the one the story is about.
func TestRelativeAside(t *testing.T) {
	const lede = "Kenya's President Omar Haddad and Ghana's President Sara Khalil met in Nairobi on Tuesday for a third round of talks on the corridor.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"an earlier round, a relative clause, then held on a date", lede + "The first round, which Accra proposed after a long pause, was held on May 16 at the State House in Accra. The delegations headed by Lars Holm and Piotr Nowak agreed then on a timetable.",
			[]string{"Lars Holm, Piotr Nowak", "Omar Haddad, Sara Khalil"}, nil},
		{"an earlier meeting, a who clause, then took place", lede + "The summit, which Ines Moura chaired, took place in Dakar on March 3, 2024 and ended without a text.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a relative clause with no main clause after it is the story's", lede + "The talks, which lasted five hours, were described as frank by Haddad's office.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
	a := extractText(t, "2025-07-03", lede+"The first round, which Accra proposed after a long pause, was held on May 16 at the State House in Accra. The delegations headed by Lars Holm and Piotr Nowak agreed then on a timetable.")
	for _, m := range a.Meetings {
		if len(m.Attendees) == 2 && m.Attendees[0].Name == "Lars Holm" && (m.Date != "2025-05-16" || m.Place == "" || m.Place == "Nairobi") {
			t.Errorf("first round dated %q at %q, want 2025-05-16 in Accra", m.Date, m.Place)
		}
	}
}

// TestEncounterVerbs checks encounters told by verbs outside the meeting
// lexicon: "brought X and Y together", "embraced X", "had an hour with X",
// a document "delivered to X by Y" or "handed to X" in person; and their
// near misses (a plan embraced, an hour to spare, a speech delivered to
// parliament, a note handed to an unnamed envoy).
func TestEncounterVerbs(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"brought two together in a capital", "In March, Norway's Prime Minister Tomas Berg brought Kenya's President Omar Haddad and Ghana's President Sara Khalil together in Oslo, their first face-to-face meeting in a year.",
			[]string{"Omar Haddad, Sara Khalil, Tomas Berg"}, nil},
		{"flew in and embraced someone", "In July 2018, Chile's President Ana Ruiz flew to Lima and embraced Peru's President Piotr Nowak on the tarmac.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"had his own hour with someone", "Before the summit, Kenya's President Omar Haddad had his own hour with Ghana's President Sara Khalil in her office.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a draft delivered to someone by someone", "The draft was delivered to Kenya's President Omar Haddad in Nairobi on Thursday by the US envoy Lena Varga.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"a letter handed over by the agent of a passive", "The letter was delivered in Accra by Lars Holm, an adviser to the president of Senegal, who handed it to Ghana's foreign minister Ines Moura on March 12.",
			[]string{"Ines Moura, Lars Holm"}, nil},
		{"embraced a plan is no meeting", "Kenya's President Omar Haddad embraced the plan on Monday, his office said.",
			nil, nil},
		{"an hour to spare is no meeting", "Kenya's President Omar Haddad had an hour to spare before his flight to Accra.",
			nil, nil},
		{"a speech delivered to parliament is no meeting", "Kenya's President Omar Haddad delivered a speech to parliament on Monday.",
			nil, nil},
		{"a note handed to an unnamed envoy is no meeting", "The ministry handed a protest note to the ambassador on Monday.",
			nil, nil},
	})
}

// TestCallParties checks the parties of a video call placed by "joined
// from X", "logged on", "were also connected": on a call they are its
// attendees; at a meeting in a room the same words do not seat anyone.
func TestCallParties(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"a call's parties joined from, logged on, were connected", "The video call on Saturday brought together roughly 20 leaders, with Norway's Prime Minister Tomas Berg chairing from Oslo. Kenya's President Omar Haddad joined from Nairobi, and Ghana's new president, Sara Khalil, logged on a day after her inauguration. Senegal's President Ines Moura and Chile's President Ana Ruiz were also connected.",
			[]string{"Ana Ruiz, Ines Moura, Omar Haddad, Sara Khalil, Tomas Berg"}, nil},
		{"logged in to a call", "Kenya's President Omar Haddad held a video call with Ghana's President Sara Khalil on Monday. Senegal's President Ines Moura logged in halfway through.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"joined from a capital is no seat at a summit", "Kenya's President Omar Haddad and Ghana's President Sara Khalil met in Accra on Friday for a summit on the corridor. Senegal's President Ines Moura joined from Dakar.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestPassiveAgentPronoun checks a "he" or "she" after a sentence whose
// only person is the agent of a passive ("The team was led by X, ... He
// sat down with Y"): the agent; with two people named, no guess.
func TestPassiveAgentPronoun(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"led by someone, then he sat down with someone", "The Kenyan team was led by Omar Haddad, the deputy trade minister, who flew in on Monday night. He sat down with Ghana's chief negotiator Sara Khalil at the ministry on Tuesday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"headed by someone, then she met someone", "The Chilean delegation was headed by Ana Ruiz. She met Peru's trade minister Piotr Nowak in Lima on Tuesday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
	})
}

// TestEachOwnMeetings checks a plural meeting noun told as each one's own
// ("X and Y held bilateral meetings with Z", "Both men held separate talks
// with Z" after a sentence naming the two): one meeting per subject
// member; without "bilateral" or "separate" the plural is one meeting.
func TestEachOwnMeetings(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"two held bilateral meetings with a host", "Kenya's President Omar Haddad and Ghana's President Sara Khalil held bilateral meetings with Norway's Prime Minister Tomas Berg in Oslo on Friday.",
			[]string{"Omar Haddad, Tomas Berg", "Sara Khalil, Tomas Berg"}, nil},
		{"both men, named before, held separate talks with the host", "The forum in Oslo on Friday drew Kenya's President Omar Haddad and Ghana's President Sara Khalil. Both men held separate talks with Norway's Prime Minister Tomas Berg.",
			[]string{"Omar Haddad, Tomas Berg", "Sara Khalil, Tomas Berg"}, nil},
		{"plain meetings with a host are one meeting", "Kenya's President Omar Haddad and Ghana's President Sara Khalil held meetings with Norway's Prime Minister Tomas Berg in Oslo on Friday.",
			[]string{"Omar Haddad, Sara Khalil, Tomas Berg"}, nil},
	})
}

// TestFirstOfTwoFamilyNames checks a three-word name read as a given name
// and two family names ("Luis Vayas Valdivieso ... Vayas told the
// plenary"): the first family name alone is that person.
func TestFirstOfTwoFamilyNames(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"the first family name alone, at a plenary", "The chair of the talks, Ecuadorian diplomat Raúl Ortega Salinas, tabled a draft on Thursday.\n\n\"We will not get the treaty,\" Ortega told the final plenary in Geneva on Friday. Panama's chief negotiator Piotr Nowak told the plenary that a few states had blocked it.",
			[]string{"Piotr Nowak, Raúl Ortega Salinas"}, nil},
	})
}

// TestOnlookersAndJointChairs checks a summit's roster told after it: two
// who "presided together" or "chaired jointly", and leaders who "looked
// on, among them X and Y" (the presidents of France named by office
// too); "among them" after words that tell no attendance places no one.
func TestOnlookersAndJointChairs(t *testing.T) {
	const opened = "The summit on the corridor opened in Accra on Monday. "
	checkMeetingCases(t, false, []rosterCase{
		{"presided together", opened + "Kenya's President Omar Haddad and Ghana's President Sara Khalil presided together.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"chaired jointly", opened + "Kenya's President Omar Haddad and Ghana's President Sara Khalil chaired jointly.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"looked on, among them two", opened + "Kenya's President Omar Haddad chaired it. More than twenty other leaders looked on, among them Senegal's President Ines Moura and Norway's Prime Minister Tomas Berg.",
			[]string{"Ines Moura, Omar Haddad, Tomas Berg"}, nil},
		{"objected, among them: no seat", opened + "Kenya's President Omar Haddad chaired it. Several delegations objected, among them Senegal's President Ines Moura and Norway's Prime Minister Tomas Berg.",
			nil, nil},
	})
}

// TestWireDashes checks dashes typed as hyphens in wire copy ("the leaders
// - A, B and C - gathered", "-- A, B and C --"): read as dashes, so the
// names between them are the subject; a hyphen inside a word or a range is
// no dash.
func TestWireDashes(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"spaced hyphens around a list", "The leaders of the bloc - Kenya's President Omar Haddad, Ghana's President Sara Khalil and Senegal's President Ines Moura - gathered in Accra on Saturday.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"double hyphens around a list", "The three presidents -- Omar Haddad, Sara Khalil and Ines Moura -- met in Accra on Saturday.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"a dateline's hyphen is no dash", "ACCRA (Reuters) - The leaders of the bloc - Kenya's President Omar Haddad and Ghana's President Sara Khalil - met in Accra on Saturday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a hyphenated word is no dash", "Kenya's President Omar Haddad held a face-to-face meeting with Ghana's President Sara Khalil in Accra on Saturday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestCoChairedAndDiscussedWith checks two more encounter forms: two who
// "co-chaired" a body's session (a meeting of theirs, whatever the body is
// called), and "discussed X with Y" when Y is named with a title; and
// their near misses (countries co-hosting, a talk with reporters).
func TestCoChairedAndDiscussedWith(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"co-chaired the joint commission", "Kenya's foreign minister Omar Haddad and his Ghanaian counterpart Sara Khalil co-chaired the joint commission in Accra on Monday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"discussed trade with a titled person", "Kenya's President Omar Haddad discussed trade with Ghana's President Sara Khalil in Accra on Monday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"countries co-hosting is no roster", "Kenya and Ghana co-hosted the forum in Accra on Monday.",
			nil, nil},
		{"discussed with reporters is no meeting", "Kenya's President Omar Haddad discussed the issue with reporters in Accra on Monday.",
			nil, nil},
	})
}

// TestTheyMetAgain checks a "they" after a sentence that opens with two or
// more people ("X and Y first met in Lagos, in a meeting hosted by Z, with
// W joining by phone. They met again in New York"): those people, not the
// host nor the one on the phone.
func TestTheyMetAgain(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"they met again: the two the sentence opened with", "Kenya's President Omar Haddad and Ghana's President Sara Khalil first met in Lagos in May, in a meeting hosted by Nigeria's President Lars Holm, with Senegal's President Ines Moura joining by telephone. They met again briefly on the sidelines of a forum in New York in September.",
			[]string{"Lars Holm, Omar Haddad, Sara Khalil", "Omar Haddad, Sara Khalil"}, nil},
		{"they after a meeting told with a host: those present", "Nigeria's President Lars Holm hosted Kenya's President Omar Haddad in Abuja on Monday. They met again in Lagos on Tuesday.",
			[]string{"Lars Holm, Omar Haddad", "Lars Holm, Omar Haddad"}, nil},
	})
}

// TestUnnamedVisitor checks a visitor received unnamed ("received a Saudi
// envoy carrying a message") and named in the next sentence ("The envoy,
// Fahd al-Otaibi, ..."): a meeting of the host and the envoy; "received a
// letter" stays no meeting.
func TestUnnamedVisitor(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"received an envoy, then the envoy named", "Kenya's President Omar Haddad on Sunday received a Ghanaian envoy carrying a message from Accra.\n\nThe envoy, Sara Khalil, an adviser at the foreign ministry, was accompanied to the meeting by the ambassador.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"received an envoy; others also attended", "Kenya's President Omar Haddad on Sunday received a Ghanaian envoy at State House. The foreign minister, Ines Moura, also attended.",
			[]string{"Ines Moura, Omar Haddad"}, nil},
		{"received a letter is no meeting", "Kenya's President Omar Haddad on Sunday received a letter from Ghana's President Sara Khalil.",
			nil, nil},
	})
}

// TestEachSeparately checks "met each leader separately" (or "both men",
// "each of them") after the two are named: one meeting of the subject with
// each; "separately, first X and then Y" keeps naming them itself.
func TestEachSeparately(t *testing.T) {
	const two = "Kenya's President Omar Haddad and Ghana's President Sara Khalil signed the corridor pact in Oslo on Friday.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"met each leader separately", two + "Earlier in the day, Norway's Prime Minister Tomas Berg met each leader separately in his office.",
			[]string{"Omar Haddad, Sara Khalil", "Omar Haddad, Tomas Berg", "Sara Khalil, Tomas Berg"}, nil},
		{"received both men separately", two + "Earlier in the day, Norway's Prime Minister Tomas Berg received both men separately.",
			[]string{"Omar Haddad, Sara Khalil", "Omar Haddad, Tomas Berg", "Sara Khalil, Tomas Berg"}, nil},
		{"separately, first one and then the other", two + "Earlier in the day, Norway's Prime Minister Tomas Berg received the two leaders separately, first Khalil and then Haddad.",
			[]string{"Omar Haddad, Sara Khalil", "Omar Haddad, Tomas Berg", "Sara Khalil, Tomas Berg"}, nil},
	})
}

// TestCompanyGoesWithItsLeader checks people who came along with someone
// ("X arrived with a delegation that included Z") after two meetings were
// told: they join X's meeting, not the one told last.
func TestCompanyGoesWithItsLeader(t *testing.T) {
	const two = "Kenya's President Omar Haddad and Ghana's President Sara Khalil signed the corridor pact in Oslo on Friday.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"arrived with a delegation that included someone", two + "Earlier in the day, Norway's Prime Minister Tomas Berg met each leader separately in his office. Haddad arrived with a delegation that included his trade minister, Lars Holm.",
			[]string{"Lars Holm, Omar Haddad, Tomas Berg", "Omar Haddad, Sara Khalil", "Sara Khalil, Tomas Berg"}, nil},
	})
}

// TestMetAgain checks a repeat told elliptically ("when they met in
// Brasília in June, and again on the margins of the summit in Brussels a
// month later"): a second meeting of the same people.
func TestMetAgain(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"met in one city, and again on the margins of a summit in another", "Kenya's President Omar Haddad and Ghana's President Sara Khalil tried to restart the talks when they met in Nairobi in June 2023, and again on the margins of the AU summit in Addis Ababa a month later, without success.",
			[]string{"Omar Haddad, Sara Khalil", "Omar Haddad, Sara Khalil"}, nil},
		{"again with no meeting before is no one's", "The corridor was discussed again at the AU summit in Addis Ababa a month later.",
			nil, nil},
	})
}

// TestIncludingAndHost checks a subject group with an "including"
// apposition ("Foreign ministers of the bloc, including X and Y, met"): the
// people it names met; and "X was the host of the summit": the host was
// there.
func TestIncludingAndHost(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"a group including two met", "Foreign ministers of the bloc, including Kenya's Omar Haddad and Ghana's Sara Khalil, met in Accra on Saturday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"was the host of a summit attended by two", "Kenya's President Omar Haddad was the host of the summit in Accra on Saturday, attended by Ghana's President Sara Khalil and Senegal's President Ines Moura.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"a group including one criticised it: none", "Several leaders, including Kenya's President Omar Haddad, criticised the summit in Accra on Saturday.",
			nil, nil},
	})
}
