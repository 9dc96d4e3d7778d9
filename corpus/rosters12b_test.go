package corpus

import "testing"

// TestRosterPhrasings12b: more ways of telling who was there, met in the
// released sets' misses and written in our own words: "X was also in Lome,
// as were A and B" (the meeting's own place), "were on the Chadian side of
// the table", "listed X among those present", "delivered the opening
// remarks", "Facing him were representatives ..., among them A and B",
// "opened with a welcome from X", "Standing behind the two principals were
// the witnesses: A; and B".
func TestRosterPhrasings12b(t *testing.T) {
	const lead = "Leaders of the Sahel bloc met in Lome on Tuesday for their annual summit, hosted by Togo's President Omar Haddad.\n\n"
	const all = "Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"
	checkMeetingCases(t, true, []rosterCase{
		{"were also in Lome, as were", lead + "Chad's President Lena Varga was also in Lome, as were Mali's President Ana Ruiz and Ghana's President Kofi Mensah.", []string{all}, nil},
		{"were on the side of the table", "Togo's President Omar Haddad received Chad's President Lena Varga in Lome on Tuesday.\n\nChad's foreign minister Ana Ruiz and Chad's defence minister Kofi Mensah were on the Chadian side of the table.", []string{all}, nil},
		{"listed among those present", "Togo's President Omar Haddad received Chad's President Lena Varga in Lome on Tuesday.\n\nThe Chadian side listed its ambassador in Lome, Ana Ruiz, among those present.", []string{"Ana Ruiz, Lena Varga, Omar Haddad"}, nil},
		{"delivered the opening remarks", lead + "Chad's President Lena Varga and Mali's President Ana Ruiz attended. Ghana's President Kofi Mensah delivered the opening remarks.", []string{all}, nil},
		{"facing him were", "Togo's President Omar Haddad opened talks in Lome on Tuesday with Chad's President Lena Varga.\n\nFacing him were representatives of the opposition, among them former senator Ana Ruiz and Kofi Mensah of the chamber of commerce.", []string{all}, nil},
		{"with a welcome from", "The talks, convened by the bloc's mediators at a hotel in Lome, opened on Sunday with a welcome from Togo's President Omar Haddad. Chad's President Lena Varga led her delegation.", []string{"Lena Varga, Omar Haddad"}, nil},
		{"standing behind were", "Togo's President Omar Haddad and Chad's President Lena Varga signed the accord in Lome on Tuesday.\n\nStanding behind the two principals were the witnesses: Ana Ruiz, the facilitator; and Kofi Mensah, the mediator.", []string{all}, nil},
		{"was also in another city: no attendance", lead + "Chad's President Lena Varga attended. Mali's President Ana Ruiz was also in Accra that day.", []string{"Lena Varga, Omar Haddad"}, nil},
	})
}

// TestCallsBesideTheMeeting12: "Trump spent more than an hour on the
// phone with Putin on Sunday morning" is a call of its own; "Those on the
// line included Starmer and Macron" are on a call into the meeting, absent
// from its room (but "Those on the call included" are a call's parties).
func TestCallsBesideTheMeeting12(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-29", true, []rosterCase{
		{"came after an hour on the phone; those on the line", "President Donald Trump hosted Ukrainian President Volodymyr Zelensky at Mar-a-Lago on Sunday for talks on a peace framework.\n\nThe meeting came after Trump spent more than an hour on the phone with Russian President Vladimir Putin on Sunday morning.\n\nRoughly midway through the session, the two presidents called a group of European leaders, who joined on speakerphone for about an hour. Those on the line included British Prime Minister Keir Starmer and French President Emmanuel Macron.",
			[]string{"Donald Trump, Vladimir Putin", "Donald Trump, Volodymyr Zelensky"},
			map[string]string{"Keir Starmer": "Donald Trump, Volodymyr Zelensky", "Emmanuel Macron": "Donald Trump, Volodymyr Zelensky"}},
		{"spent an hour with: in person", "President Donald Trump hosted Ukrainian President Volodymyr Zelensky at Mar-a-Lago on Sunday for talks on a peace framework.\n\nTrump spent more than an hour with Zelensky, aides said.",
			[]string{"Donald Trump, Volodymyr Zelensky"}, nil},
		{"those on the call: the call's parties", "Keir Starmer told a virtual gathering of world leaders on Saturday that the ceasefire must hold.\n\nThose on the call included Volodymyr Zelenskyy and Emmanuel Macron.",
			[]string{"Emmanuel Macron, Keir Starmer, Volodymyr Zelenskyy"}, nil},
	})
}

// TestRosterPhrasings12c: "further along the table were A and B", "named
// X as its head and listed A and B among its members".
func TestRosterPhrasings12c(t *testing.T) {
	const lead = "Delegations from Chad and Niger met in Lome on Tuesday. Chad's team was led by Foreign Minister Lena Varga.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"further along the table were", lead + "To her right sat Deputy Minister Omar Haddad; further along the table were Lt. Gen. Ana Ruiz, chief of the general staff, and Maj. Gen. Kofi Mensah, deputy head of intelligence.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"listed among its members", lead + "Niger's readout named Piotr Nowak as its head and listed Deputy Minister Ana Ruiz and Adm. Kofi Mensah among its members.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Piotr Nowak"}, nil},
	})
}
