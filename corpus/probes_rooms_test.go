package corpus

import "testing"

// TestProbeRooms checks how an article goes on about a meeting it has just
// reported, in the paragraph after it: more people in the room ("Also in
// the room was", "Sitting in on the talks were", "Nowak came with"), people
// who followed it from elsewhere, and near misses that are no attendance
// (a later call, a planned meeting, a critic's comment). Rows are probes
// written afresh for this test; want lists every meeting as its sorted
// attendees joined by ", ".
func TestProbeRooms(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"also in the room was", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nAlso in the room was Lena Varga, a senior adviser to the Spanish prime minister.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"followed from elsewhere", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad, the Jordanian envoy, followed the talks from Amman.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"sitting in on the talks were", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nSitting in on the talks were Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"side was represented by", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nThe Polish side was represented by Lena Varga, a deputy minister.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"represented X at the meeting", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga represented the European Union at the meeting.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"delegation included", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nNowak headed the Polish delegation, which included Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"also taking part were", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nAlso taking part were Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"attended in place of", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga attended in place of Omar Haddad, who was ill.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Lena Varga, Piotr Nowak"}},
		{"among those at the table", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga was among those at the table.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"sat in as an observer", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga, the UN envoy, sat in as an observer.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"briefed by video link", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad briefed the participants by video link from Cairo.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"joining them were", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nJoining them were Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"who was also present", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga, who was also present, declined to comment.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"did not make the trip", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad, the Jordanian envoy, did not make the trip.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"had been expected to lead, stayed", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad, who had been expected to lead the Jordanian team, stayed in Amman.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"took part by video", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga took part by video from Paris.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Lena Varga": "Ana Ruiz, Piotr Nowak"}},
		{"flanked by", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nRuiz was flanked by Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"among the participants were", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nAmong the participants were Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"addressed the meeting", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga, the UN envoy, addressed the meeting at the start.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"the two were joined by", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nThe two were joined later by Lena Varga.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"each brought", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nRuiz brought her deputy, Lena Varga; Nowak came with Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"looked on", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga, the UN envoy, looked on as the two signed the text.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"stayed away", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad stayed away from the talks.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"sent a deputy", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad sent his deputy, Lena Varga, to the talks.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Lena Varga, Piotr Nowak"}},
		{"chaired by", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nThe session was chaired by Lena Varga, the Swiss mediator.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"opened the session", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nSwiss mediator Lena Varga opened the session.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"told the meeting", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\n“We must finish this week,” Lena Varga told the meeting.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"told the talks", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nLena Varga told the talks that the list was ready.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"not at the talks (comment)", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad, who was not at the talks, welcomed the outcome.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"commented from afar is no attendee", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nIn Amman, Omar Haddad welcomed the outcome.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"spoke to by phone afterwards is no attendee", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nRuiz later spoke by phone with Omar Haddad about the outcome.",
			[]string{"Ana Ruiz, Omar Haddad", "Ana Ruiz, Piotr Nowak"}, nil},
		{"predecessor started the talks", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nNowak's predecessor, Omar Haddad, had started the talks in 2023.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"will meet next week", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nRuiz will meet Omar Haddad next week in Cairo.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"welcomed by", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nThe talks were welcomed by Omar Haddad, the Jordanian foreign minister.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"had spoken before", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nRuiz had spoken with Omar Haddad by phone before the talks.",
			[]string{"Ana Ruiz, Omar Haddad", "Ana Ruiz, Piotr Nowak"}, nil},
		{"critic said", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nOmar Haddad, a critic of the process, said the talks were pointless.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"analysts such as", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nAnalysts such as Omar Haddad of the Geneva Institute said the talks were overdue.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a statement from absent", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nIn a statement, Omar Haddad, the Jordanian foreign minister, said he hoped for progress.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"met separately later", "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\nRuiz met Omar Haddad separately on Tuesday.",
			[]string{"Ana Ruiz, Omar Haddad", "Ana Ruiz, Piotr Nowak"}, nil},
	})
}

// TestProbeScenes checks meetings told without a plain meeting verb:
// handshakes, meals, sidelines, receptions, a "meeting of" named people,
// a stay whose purpose was the meeting, and the wish that is none.
func TestProbeScenes(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"shook hands before sitting down", "PARIS — Lena Varga and Omar Haddad shook hands in front of cameras at the Élysée on Monday before sitting down for two hours.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"a working lunch", "ROME — Ana Ruiz hosted a working lunch for Piotr Nowak at Palazzo Chigi on Tuesday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"on the sidelines", "NEW YORK — Kenji Sato and Maria Costa spoke for an hour on the sidelines of the UN General Assembly on Thursday.",
			[]string{"Kenji Sato, Maria Costa"}, nil},
		{"a meeting of two named people", "GENEVA — A meeting of Sofia Lind and Tomas Berg was held at the Intercontinental hotel on Friday.",
			[]string{"Sofia Lind, Tomas Berg"}, nil},
		{"a meeting of titled people", "The meeting of Foreign Minister Sofia Lind and Tomas Berg lasted two hours on Friday.",
			[]string{"Sofia Lind, Tomas Berg"}, nil},
		{"a meeting of a group is no list of people", "A meeting of foreign ministers was held in Rome on Friday.",
			nil, nil},
		{"a round of a titled format is no person", "Clara Weiss and Ivan Petrov on Tuesday held the 24th round of Special Representatives talks.",
			[]string{"Clara Weiss, Ivan Petrov"}, nil},
		{"a stay whose purpose was the meeting", "BUDAPEST — Yusuf Demir was in Budapest on Tuesday to meet Clara Weiss.",
			[]string{"Clara Weiss, Yusuf Demir"}, nil},
		{"a stay to see someone", "Yusuf Demir was in Vienna on Friday to see Ivan Petrov.",
			[]string{"Ivan Petrov, Yusuf Demir"}, nil},
		{"a stay, hoping to meet, is no meeting", "Yusuf Demir was in Budapest hoping to meet Clara Weiss.",
			nil, nil},
		{"a stay, then a wish after a comma, is no meeting", "Yusuf Demir was in Budapest on Tuesday, hoping to meet Clara Weiss next month.",
			nil, nil},
		{"will be somewhere to meet is a plan", "Yusuf Demir will be in Budapest on Tuesday to meet Clara Weiss.",
			nil, nil},
	})
}

// TestProbeAbsences checks the ways an article says, after reporting a
// meeting, that someone was not in the room — and that a stand-in was.
func TestProbeAbsences(t *testing.T) {
	const lead = "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\n"
	both := "Ana Ruiz, Piotr Nowak"
	checkMeetingCases(t, true, []rosterCase{
		{"could not attend", lead + "Omar Haddad could not attend because of illness.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"dialled in", lead + "Omar Haddad dialled in from Washington.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"joined remotely", lead + "Omar Haddad joined remotely from Amman.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"conspicuously absent", lead + "Omar Haddad was conspicuously absent.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"invited but declined", lead + "Omar Haddad had been invited but declined.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"neither nor attended", lead + "Neither Omar Haddad nor Lena Varga attended.", []string{both}, map[string]string{"Omar Haddad": both, "Lena Varga": both}},
		{"not among those present", lead + "Omar Haddad was not among those present.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"sent a video message", lead + "Omar Haddad sent a video message to the talks.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"pulled out of the trip", lead + "Omar Haddad pulled out of the trip on Sunday.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"stayed at home", lead + "Omar Haddad stayed at home in Amman.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"left out of", lead + "Omar Haddad was left out of the talks.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"by phone from", lead + "Omar Haddad took part by phone from Cairo.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"missed", lead + "Omar Haddad missed the talks because of a flight delay.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"joined the talks by video from elsewhere", lead + "Omar Haddad joined the talks by video from Cairo.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"addressed the talks by video", lead + "Omar Haddad addressed the talks by video from Cairo.", []string{both}, map[string]string{"Omar Haddad": both}},
		{"held talks with someone by video is a call of its own", lead + "Ruiz held talks with Omar Haddad by video on Tuesday.",
			[]string{"Ana Ruiz, Omar Haddad", both}, nil},
		{"attended in his place: the stand-in was there", lead + "Lena Varga attended in his place after Omar Haddad fell ill.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"sent a deputy in his place: the sender was not", lead + "Omar Haddad sent Lena Varga in his place.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Lena Varga, Piotr Nowak"}},
	})
}
