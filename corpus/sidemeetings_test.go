package corpus

import "testing"

// TestEncountersOfTheirOwn: meetings told beside the main one that are
// meetings of their own — a second partner after "and later" or "and in a
// separate meeting", a bilateral of two of a summit's leaders, a call told
// at its own time or in its own week — and what stays one meeting: a call
// during the meeting is remote participation, and "met X and held talks
// with Y" with no sequence word is left as one.
func TestEncountersOfTheirOwn(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"and later, another place", "BEIRUT — The envoy, Tom Barrack, met President Joseph Aoun at the Baabda palace on Monday and later held talks with Parliament Speaker Nabih Berri at his residence in Ain el-Tineh.",
			[]string{"Joseph Aoun, Tom Barrack", "Nabih Berri, Tom Barrack"}, nil},
		{"and in a separate meeting", "NEW YORK — On Tuesday, Secretary of State Marco Rubio met Indian External Affairs Minister S. Jaishankar, and in a separate meeting spoke with Pakistani Foreign Minister Ishaq Dar.",
			[]string{"Ishaq Dar, Marco Rubio", "Marco Rubio, S. Jaishankar"}, nil},
		{"and then, another partner", "Mexican President Claudia Sheinbaum received Canadian Prime Minister Mark Carney at the National Palace on Wednesday and then met Guatemalan President Bernardo Arévalo.",
			[]string{"Bernardo Arévalo, Claudia Sheinbaum", "Claudia Sheinbaum, Mark Carney"}, nil},
		{"he then met, next sentence", "BEIRUT — The envoy, Tom Barrack, met President Joseph Aoun in Baabda on Monday. He then met Parliament Speaker Nabih Berri.",
			[]string{"Joseph Aoun, Tom Barrack", "Nabih Berri, Tom Barrack"}, nil},
		{"he later met, another place", "BEIRUT — The envoy, Tom Barrack, met President Joseph Aoun in Baabda on Monday. He later met Parliament Speaker Nabih Berri in Ain el-Tineh.",
			[]string{"Joseph Aoun, Tom Barrack", "Nabih Berri, Tom Barrack"}, nil},
		{"before meeting another", "BEIRUT — The envoy, Tom Barrack, held talks with President Joseph Aoun on Monday before meeting Parliament Speaker Nabih Berri.",
			[]string{"Joseph Aoun, Tom Barrack", "Nabih Berri, Tom Barrack"}, nil},
		{"after meeting one, talks with another", "BEIRUT — After meeting President Joseph Aoun on Monday, the envoy Tom Barrack held talks with Parliament Speaker Nabih Berri.",
			[]string{"Joseph Aoun, Tom Barrack", "Nabih Berri, Tom Barrack"}, nil},
		{"no sequence word: one meeting", "Mexican President Claudia Sheinbaum received Canadian Prime Minister Mark Carney at the National Palace on Wednesday and held talks with Guatemalan President Bernardo Arévalo.",
			[]string{"Bernardo Arévalo, Claudia Sheinbaum, Mark Carney"}, nil},
		{"a bilateral of two of the retreat's leaders", "HONIARA — Pacific leaders gathered on Wednesday for their annual retreat, attended by Australian Prime Minister Anthony Albanese, New Zealand Prime Minister Christopher Luxon and Solomon Islands Prime Minister Jeremiah Manele.\n\nAlbanese also held a bilateral meeting with Manele, his office said.",
			[]string{"Anthony Albanese, Christopher Luxon, Jeremiah Manele", "Anthony Albanese, Jeremiah Manele"}, nil},
		{"a call the evening after the round", "WASHINGTON — Japan's chief trade negotiator Ryo Tanaka met Commerce Secretary Howard Lutnick on Thursday for a fifth round of tariff talks.\n\nTreasury Secretary Scott Bessent did not attend the round because of a scheduling conflict. Bessent spoke with Tanaka by phone on Thursday evening, a Treasury spokesperson said.",
			[]string{"Howard Lutnick, Ryo Tanaka", "Ryo Tanaka, Scott Bessent"}, map[string]string{"Scott Bessent": "Howard Lutnick, Ryo Tanaka"}},
		{"a call last week, told with the meeting", "BRUSSELS — EU trade commissioner Maros Sefcovic met US Trade Representative Jamieson Greer in Brussels on Monday to discuss steel quotas.\n\nMonday's meeting followed a video call between Sefcovic and Greer last week, in which both men agreed to set up a working group.",
			[]string{"Jamieson Greer, Maros Sefcovic", "Jamieson Greer, Maros Sefcovic"}, nil},
		{"a call during the meeting stays remote participation", "President Donald Trump hosted Ukrainian President Volodymyr Zelenskyy at the White House on Monday. During the meeting, Trump spoke by phone with Russian President Vladimir Putin on Monday afternoon.",
			[]string{"Donald Trump, Volodymyr Zelenskyy"}, map[string]string{"Vladimir Putin": "Donald Trump, Volodymyr Zelenskyy"}},
	})
}

// TestChoseNotToCome: absences told as a choice or a call-in.
func TestChoseNotToCome(t *testing.T) {
	const lead = "Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday for talks on the disputed border.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"chose not to come", lead + "Togo's President Omar Haddad, who was invited, chose not to come.",
			[]string{"Lena Varga, Piotr Nowak"}, map[string]string{"Omar Haddad": "Lena Varga, Piotr Nowak"}},
		{"decided not to go", lead + "Togo's President Omar Haddad decided not to go, citing the security situation.",
			[]string{"Lena Varga, Piotr Nowak"}, map[string]string{"Omar Haddad": "Lena Varga, Piotr Nowak"}},
		{"phoned in: no guest", lead + "Togo's President Omar Haddad phoned in to the meeting.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestCallPhrasings: "met by video" (phone, video link, "virtually") is
// the verb of a call with its line, not a participle ("evidence gathered by
// experts") nor its people's absence; "received a phone call from X",
// "made a call to X" are calls between the subject and X, and "X and Y
// discussed the border in a phone call" one of X and Y; "made a call to
// action" is none.
func TestCallPhrasings(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"met by video, participants listed", "Leaders of the Sahel group met by video on Tuesday to discuss the border crisis.\n\nParticipants included Foreign Minister Lena Varga of Chad and Prime Minister Piotr Nowak of Niger.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"met by video link, then who took part", "The leaders met by video link on Tuesday.\n\nChad's Lena Varga and Niger's Piotr Nowak both took part.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"met by phone", "The two ministers, Lena Varga of Chad and Piotr Nowak of Niger, met by phone on Tuesday.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"met virtually", "Lena Varga and Piotr Nowak met virtually on Tuesday.", []string{"Lena Varga, Piotr Nowak"}, nil},
		{"received a phone call from", "Piotr Nowak received a phone call from Lena Varga on Tuesday.", []string{"Lena Varga, Piotr Nowak"}, nil},
		{"took a call from", "Piotr Nowak took a call from Lena Varga on Tuesday.", []string{"Lena Varga, Piotr Nowak"}, nil},
		{"made a phone call to", "Lena Varga made a phone call to Piotr Nowak on Tuesday.", []string{"Lena Varga, Piotr Nowak"}, nil},
		{"a call to action", "Lena Varga made a call to action on Tuesday, urging Piotr Nowak to act.", nil, nil},
		{"discussed in a phone call", "Lena Varga and Piotr Nowak discussed the border in a phone call on Tuesday.", []string{"Lena Varga, Piotr Nowak"}, nil},
		{"agreed in a phone call", "Lena Varga and Piotr Nowak agreed in a phone call on Tuesday to reopen the border.", []string{"Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestThatMeetingAfterARecalledSummit: "That meeting" opening the sentence
// after one that told a past summit is that summit, whatever noun named
// it; and "the two presidents" are not the officials of the meeting under
// way.
func TestThatMeetingAfterARecalledSummit(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"that meeting, the two presidents", "GENEVA — Russia's delegation at Wednesday's arms control talks was headed by Deputy Foreign Minister Sergei Ryabkov. The U.S. side was led by Assistant Secretary Daniel Kessler.\n\n" +
			"The two presidents last discussed arms control in person at their summit in Anchorage on August 15, 2025. That meeting brought together Donald Trump and Marco Rubio with Vladimir Putin and Sergey Lavrov.",
			[]string{"Daniel Kessler, Sergei Ryabkov", "Donald Trump, Marco Rubio, Sergey Lavrov, Vladimir Putin"}, nil},
	})
}

// TestHeadingTheDelegations: "Heading the two delegations were X for A and
// Y for B" names the heads as attendees.
func TestHeadingTheDelegations(t *testing.T) {
	const lead = "Russian and Ukrainian delegations met in Istanbul on Wednesday for a third round of direct talks.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"heading the two delegations were", lead + "Heading the two delegations were Vladimir Medinsky for Russia and Rustem Umerov for Ukraine.",
			[]string{"Rustem Umerov, Vladimir Medinsky"}, nil},
		{"leading the delegations were", lead + "Leading the delegations were Vladimir Medinsky and Rustem Umerov.",
			[]string{"Rustem Umerov, Vladimir Medinsky"}, nil},
	})
}
