package corpus

import (
	"strings"
	"testing"
)

// TestEveOfMeeting checks meetings told as held on the eve of another ("On
// the eve of Friday's summit, X held a call with Y", "X spoke by phone with
// Y on the eve of the talks"): meetings of their own on the day before, not
// a remote part in the meeting named.
func TestEveOfMeeting(t *testing.T) {
	const summit = "Kenya's President Omar Haddad, Ghana's President Sara Khalil and Senegal's President Ines Moura met in Accra on Friday for a summit on the corridor.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"a call on the eve of a named day's summit", summit + "On the eve of Friday's summit, Haddad held a phone call with Germany's Chancellor Lena Dahl, a spokesperson said.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Lena Dahl, Omar Haddad"}, nil},
		{"spoke by phone on the eve of the talks", "Norway's Prime Minister Tomas Berg and Iceland's Prime Minister Lars Holm held fisheries talks in Bergen on Tuesday.\n\nBerg spoke by phone with Denmark's Prime Minister Peter Otieno on the eve of the talks.",
			[]string{"Lars Holm, Tomas Berg", "Peter Otieno, Tomas Berg"}, nil},
		{"a dinner on the eve of the summit", summit + "On the eve of the summit, Haddad dined with Khalil at the presidential lodge.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Omar Haddad, Sara Khalil"}, nil},
		{"joined by phone is still a remote part", summit + "Germany's Chancellor Lena Dahl joined the summit by phone on the eve of her trip to Asia.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, map[string]string{"Lena Dahl": "Ines Moura, Omar Haddad, Sara Khalil"}},
		{"a call planned for the eve is none", summit + "On the eve of the summit, Haddad said he would call Germany's Chancellor Lena Dahl.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
	})
	a := extractText(t, "2025-07-03", summit+"On the eve of Friday's summit, Haddad held a phone call with Germany's Chancellor Lena Dahl, a spokesperson said.")
	for _, m := range a.Meetings {
		if len(m.Attendees) == 2 && m.Date != "2025-06-26" {
			t.Errorf("eve call dated %q, want the day before the summit, 2025-06-26", m.Date)
		}
	}
}

// TestPullAsides checks the "pull-aside", a short private meeting on the
// margins of a bigger one: its own meeting between the two named, unless
// it is only hoped for.
func TestPullAsides(t *testing.T) {
	const summit = "Kenya's President Omar Haddad, Ghana's President Sara Khalil and Senegal's President Ines Moura met in Accra on Friday for a summit on the corridor.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"had a pull-aside with someone on the margins", summit + "Khalil had a pull-aside with Moura on the margins of the summit.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Ines Moura, Sara Khalil"}, nil},
		{"two held a pull-aside on the sidelines", summit + "On the sidelines, Haddad and Moura held a brief pull-aside to discuss the port.",
			[]string{"Ines Moura, Omar Haddad", "Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"a pull-aside in another country's capital", "Norway's Prime Minister Tomas Berg hosted Iceland's Prime Minister Lars Holm in Oslo on Tuesday.\n\nAt a forum in Tromsø on Thursday, Berg had a pull-aside with Denmark's Prime Minister Peter Otieno.",
			[]string{"Lars Holm, Tomas Berg", "Peter Otieno, Tomas Berg"}, nil},
		{"a pull-aside that will come is none", summit + "Haddad will have a pull-aside with Norway's Prime Minister Tomas Berg in Oslo next week.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"a hoped-for pull-aside is none", summit + "Aides said Haddad hoped for a pull-aside with Norway's Prime Minister Tomas Berg at next month's forum.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestWithAtTheTable checks meetings told as held and then seated in a
// trailing "with" phrase ("took place on May 16 in Accra, also with X, Y
// and Z at the table", "opened in Doha, with X and Y in attendance"): the
// people it names took part, unless the phrase is about another meeting.
func TestWithAtTheTable(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"a recalled round, also with three at the table", "Kenya's President Omar Haddad and Ghana's President Sara Khalil met in Nairobi on Tuesday to discuss the trade corridor.\n\nThe first round of talks took place on May 16 in Accra, also with Lars Holm, Ines Moura and Peter Otieno at the table.",
			[]string{"Ines Moura, Lars Holm, Peter Otieno", "Omar Haddad, Sara Khalil"}, nil},
		{"was held, with two around the table", "The fisheries talks were held in Reykjavik on Thursday, with Iceland's Ines Moura and Denmark's Lars Holm around the table.",
			[]string{"Ines Moura, Lars Holm"}, nil},
		{"opened, with two in attendance", "The talks opened in Doha on Monday, with Qatar's Prime Minister Lars Holm and Egypt's intelligence chief Peter Otieno in attendance.",
			[]string{"Lars Holm, Peter Otieno"}, nil},
		{"a with phrase about another meeting is that meeting's", "The talks opened in Doha on Monday, a week after a meeting in Cairo with Lars Holm and Peter Otieno at the table.",
			[]string{"Lars Holm, Peter Otieno"}, nil},
		{"with people not seated is no roster", "The summit opened in Accra on Friday, with Lars Holm and Peter Otieno watching from Oslo.",
			nil, nil},
	})
}

// TestBodyWhichMet checks a meeting told through a relative clause on the
// body that met ("preceded by a round of the joint committee, which met in
// Accra on December 5"): the delegation heads the next sentence names led
// their sides at that meeting, not at the story's.
func TestBodyWhichMet(t *testing.T) {
	const lede = "Kenya's President Omar Haddad and Ghana's President Sara Khalil met in Nairobi on Tuesday to discuss the trade corridor.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"a committee round which met, its sides led by two", lede + "The talks were preceded by a round of the joint border committee, which met in Accra on December 5. The Kenyan side was led by Lars Holm, while the Ghanaian delegation was headed by Ines Moura.",
			[]string{"Ines Moura, Lars Holm", "Omar Haddad, Sara Khalil"}, nil},
		{"a working group which convened, then who led it", "Norway's Prime Minister Tomas Berg hosted Iceland's Prime Minister Lars Holm in Oslo on Monday.\n\nGroundwork was laid by the fisheries working group, which convened in Bergen on March 3. Norway's team was headed by Peter Otieno and Iceland's by Ines Moura.",
			[]string{"Ines Moura, Peter Otieno", "Lars Holm, Tomas Berg"}, nil},
		{"a body which meets regularly is no meeting told", lede + "The corridor is run by a joint board, which meets every quarter. The Kenyan side was led by Lars Holm at Tuesday's talks.",
			[]string{"Lars Holm, Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestHandoverAtMeeting checks meetings told through a handover at them
// ("At the last summit in Accra, Haddad handed over the chairmanship to
// Khalil"): the one handed something took part too.
func TestHandoverAtMeeting(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"handed over the chair at a recalled summit", "Kenya's President Omar Haddad and Ghana's President Sara Khalil met in Nairobi on Tuesday to discuss the trade corridor.\n\nAt the last ordinary summit in Accra in June, Haddad handed over the chairmanship of the bloc to Khalil.",
			[]string{"Omar Haddad, Sara Khalil", "Omar Haddad, Sara Khalil"}, nil},
		{"passed the presidency at a ceremony", "At a ceremony in Oslo on Monday, Norway's Prime Minister Tomas Berg passed the rotating presidency to Iceland's Prime Minister Lars Holm.",
			[]string{"Lars Holm, Tomas Berg"}, nil},
		{"presented an award at a dinner", "At a dinner in Lisbon on Friday, Portugal's President Ines Moura presented the order of merit to Peter Otieno, Kenya's foreign minister.",
			[]string{"Ines Moura, Peter Otieno"}, nil},
		{"handed to no one named is no roster", "At a summit in Accra on June 3, Kenya's President Omar Haddad handed a letter for Ghana's President Sara Khalil to her envoy.",
			nil, nil},
		{"gave an interview to a broadcaster is none", "At a summit in Accra on June 3, Kenya's President Omar Haddad gave an interview to Ghana's state broadcaster.",
			nil, nil},
	})
}

// TestReportedSpeakerHeld checks a meeting its speaker reports ("Khalil
// said he had a one-on-one with Moura", "told reporters that she held
// talks with Berg"): the "he" is the speaker, not the paragraph's last
// subject.
func TestReportedSpeakerHeld(t *testing.T) {
	const summit = "Kenya's President Omar Haddad, Ghana's President Sara Khalil and Senegal's President Ines Moura met in Accra on Friday for a summit on the corridor.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"said he had a one-on-one", summit + "Khalil said he had a one-on-one with Moura on the margins of the summit.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Ines Moura, Sara Khalil"}, nil},
		{"told reporters that he held talks", summit + "Khalil told reporters that he held talks with Norway's Prime Minister Tomas Berg on the margins of the summit.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Sara Khalil, Tomas Berg"}, nil},
		{"she says she held talks", "Norway's Prime Minister Lena Dahl hosted Iceland's Prime Minister Lars Holm in Oslo on Monday.\n\nDenmark's foreign minister, Ines Moura, says she held talks with Holm on the sidelines of the meeting.",
			[]string{"Ines Moura, Lars Holm", "Lars Holm, Lena Dahl"}, nil},
	})
}

// TestTheyIsTheGroup checks a "they" that refers back to a group of
// unnamed people the sentence opened with ("Observers from the bloc
// followed the session, although they were not at the table"): the people
// of the meeting under way are not made absent by it.
func TestTheyIsTheGroup(t *testing.T) {
	const talks = "Kenya's army chief Omar Haddad and rebel commander Sara Khalil began direct talks in Accra on Saturday, hosted by Ghana's Foreign Minister Ines Moura.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"observers followed, although they were not at the table", talks + "Observers from the regional bloc followed the opening session, diplomats said, although they were not at the negotiating table.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"journalists waited outside; they were not allowed in", talks + "Journalists waited at the gate all day, and they were not allowed into the talks.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"diplomats said they met again: the people of the talks", talks + "Diplomats said they met again on Sunday for two hours.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Ines Moura, Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestBrigadierIsARank checks that "Brigadier" before a name is a rank,
// not part of the name, like "General" and "Colonel".
func TestBrigadierIsARank(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"a brigadier heads one side", "Kenya's army and the Northern Front began talks in Accra on Saturday. The army side is headed by Major General Omar Haddad, while the rebels are represented by Brigadier Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a brigadier general met an envoy", "Brigadier General Lars Holm met the UN envoy Ines Moura in Juba on Monday.",
			[]string{"Ines Moura, Lars Holm"}, nil},
	})
}

// TestPlaceNotInOtherMatter checks that a place inside a "despite" or
// "amid" phrase is not the meeting's ("working in tandem despite the
// transition in Washington"), while a place after that phrase still is.
func TestPlaceNotInOtherMatter(t *testing.T) {
	a := extractText(t, "2025-07-03", "Norway's Prime Minister Tomas Berg held talks in Doha on Monday with Qatar's Prime Minister Lars Holm.\n\nAlso present at the meeting in the Qatari prime minister's office were the incoming US envoy Peter Otieno and Ines Moura, the two working in tandem despite the transition in Washington.")
	for _, m := range a.Meetings {
		if m.Place == "Washington" {
			t.Errorf("meeting %q placed in Washington, the place of the despite phrase", m.Summary)
		}
	}
	for _, tc := range []struct{ text, place string }{
		{"Norway's Prime Minister Tomas Berg and Qatar's Prime Minister Lars Holm met on Monday despite the unrest, in Oslo.", "Oslo"},
		{"Norway's Prime Minister Tomas Berg and Qatar's Prime Minister Lars Holm met in Doha on Monday amid protests in Oslo.", "Doha"},
		{"Kenya's President Omar Haddad hosted Ghana's President Sara Khalil on Friday amid fighting in the north, at State House in Nairobi.", "Nairobi"},
	} {
		a := extractText(t, "2025-07-03", tc.text)
		if len(a.Meetings) != 1 || !strings.Contains(a.Meetings[0].Place, tc.place) {
			t.Errorf("%q: meetings %+v, want one placed in %s", tc.text, a.Meetings, tc.place)
		}
	}
}

// TestAlsoPresentAtTheMeeting checks inverted rosters that name the
// meeting and its room before "were" ("Also present at the meeting in the
// prime minister's office were X and Y"), and near misses.
func TestAlsoPresentAtTheMeeting(t *testing.T) {
	const talks = "Norway's Prime Minister Tomas Berg held talks in Doha on Monday with Qatar's Prime Minister Lars Holm.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"also present at the meeting were", talks + "Also present at the meeting were the incoming US envoy Peter Otieno and Ines Moura, the outgoing administration's top official.",
			[]string{"Ines Moura, Lars Holm, Peter Otieno, Tomas Berg"}, nil},
		{"also present at the meeting in an office were", talks + "Also present at the meeting in the prime minister's office were US envoy Peter Otieno and Ines Moura.",
			[]string{"Ines Moura, Lars Holm, Peter Otieno, Tomas Berg"}, nil},
		{"present at the signing in the palace was", "Kenya's President Omar Haddad and Ghana's President Sara Khalil signed the corridor treaty in Accra on Friday.\n\nPresent at the signing in the presidential palace was the African Union chairman, Peter Otieno.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil"}, nil},
		{"present in a clause with its own verb is no roster", talks + "Also present in Doha, where she met students on Tuesday, was Ines Moura.",
			[]string{"Lars Holm, Tomas Berg"}, nil},
	})
}

// TestQuotedModifierOfMeeting checks a meeting noun with a quoted word
// before it (`had a "constructive" pull-aside with Moura`, `held "frank"
// talks with`): the quote describes the meeting and does not cut its
// clause, so the one who had it is still its subject.
func TestQuotedModifierOfMeeting(t *testing.T) {
	const summit = "Kenya's President Omar Haddad, Ghana's President Sara Khalil and Senegal's President Ines Moura met in Accra on Friday for a summit on the corridor.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"had a quoted-adjective pull-aside", summit + "Khalil had a \"constructive\" pull-aside with Moura on the margins of the summit.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil", "Ines Moura, Sara Khalil"}, nil},
		{"held quoted-adjective talks", "Norway's Prime Minister Tomas Berg held \"frank\" talks with Iceland's Prime Minister Lars Holm in Oslo on Monday.",
			[]string{"Lars Holm, Tomas Berg"}, nil},
	})
	a := extractText(t, "2025-07-03", "Norway's Prime Minister Tomas Berg said \"we will not give in to pressure\" before talks in Oslo on Monday with Iceland's Prime Minister Lars Holm.")
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Tomas Berg" {
		t.Errorf("quotes = %+v, want Berg's one", a.Quotes)
	}
}
