package corpus

import "testing"

// TestRosterPhrasings15: ways of telling who was at a meeting met in the
// misses of devset44 to devset49 (released in session 15), in our own
// words: a sentence dated days before the meeting under way, its date put
// first, tells another, earlier meeting ("Starting on Monday, Oct. 6,
// negotiators led by X sat ..."), and the sentences after it stay with
// that one; a day before is the eve of the same meeting, and a date inside
// a clause about someone ("whose suspension on July 1 ...") dates nothing.
func TestRosterPhrasings15(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-14", true, []rosterCase{
		{"a fronted earlier date opens another meeting", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nThe breakthrough had come days earlier. Starting on Monday, Oct. 6, negotiators led by Omar Haddad sat in separate rooms of a hotel while mediators shuttled between them. The mediator Piotr Nowak was there from the start. On Wednesday, the envoy Tomas Reyes arrived.",
			[]string{"Ana Ruiz, Kofi Mensah", "Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"in early October, the same way", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nOn Oct. 2, Omar Haddad and Piotr Nowak were in the room for the first round.",
			[]string{"Ana Ruiz, Kofi Mensah", "Omar Haddad, Piotr Nowak"}, nil},
		{"arrived the day before: the same meeting", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nOn Sunday, Omar Haddad was also there.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a date in a clause about someone", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nNoticeably absent from Aqaba was Omar Haddad, whose suspension by the court on July 1 left his deputy in charge.",
			[]string{"Ana Ruiz, Kofi Mensah"}, map[string]string{"Omar Haddad": "Ana Ruiz, Kofi Mensah"}},
	})
}

// TestRosterPhrasings15b: the ways of a government's press release, in
// our own words: "the Honourable" before a name is a style, not part of
// it; "A, and B, both of whom participated" (and "all three of whom");
// "Also in attendance as an observer was X, Chief Advisor to President
// Y" (Y, whom X served, was not there); a list set off by semicolons, its
// last item after "; and"; a call "on December 9, 2023 between A and B";
// and talks someone offered to host are no meeting held.
func TestRosterPhrasings15b(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-14", true, []rosterCase{
		{"the Honourable, both of whom participated", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nThe meeting was convened under the auspices of the Prime Minister of the host country, Dr the Honourable Kofi Mensah, and the chair of the regional bloc, the Honourable Piotr Nowak, both of whom participated as facilitators.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Piotr Nowak"}, nil},
		{"all three of whom attended", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nThe ministers Kofi Mensah, Piotr Nowak and Tomas Reyes, all three of whom attended, briefed reporters afterwards.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"both of whom stayed away is no attendance", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nThe talks were welcomed by Kofi Mensah and Piotr Nowak, both of whom praised the hosts.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"in attendance as an observer, adviser to a president", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nAlso in attendance as an observer was Mr Kofi Mensah, Chief Advisor to His Excellency Piotr Nowak, President of the Federal Republic, who asked Mr Mensah to represent him.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a list set off by semicolons", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nPresident Ruiz was accompanied by Prime Minister Kofi Mensah; the Minister of Foreign Affairs, the Honourable Piotr Nowak; and the country's agent before the court, Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"semicolons between clauses are no list", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nPresident Ruiz was accompanied by Prime Minister Kofi Mensah; Piotr Nowak stayed in the capital.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a call on a date with its year, between", "President Ana Ruiz today held talks with President Omar Haddad at the airport in Kingstown.\n\nThe meeting follows a telephone conversation on December 9, 2023 between President Ruiz and Prime Minister Kofi Mensah, during which the Prime Minister conveyed the offer of his government to host direct talks between the two heads of state.",
			[]string{"Ana Ruiz, Kofi Mensah", "Ana Ruiz, Omar Haddad"}, nil},
	})
}

// TestRosterPhrasings15c: a name after a body noun ("the exporters group
// Grupo Montes") or opening with a place word ("Saint Vincent", "Grupo
// Montes") is no attendee; "The meeting was convened by X", the meeting
// its subject names; and a reaction from another city ("In Washington,
// the State Department welcomed the meeting") does not move the meeting
// there.
func TestRosterPhrasings15c(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-15", true, []rosterCase{
		{"a body after its noun", "The bridge committee met on Thursday, chaired by Lena Dahl.\n\nRosa Vidal, who represents the exporters group Norte Verde, also attended.",
			[]string{"Lena Dahl, Rosa Vidal"}, nil},
		{"a place word opens the name", "President Ana Ruiz met President Omar Haddad at the airport on Thursday.\n\nThe meeting was convened by Kofi Mensah, prime minister of Saint Vincent and the Grenadines.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
	})
	for _, c := range []struct{ name, text, place string }{
		{"a reaction from another city", "President Ana Ruiz met President Omar Haddad on Thursday.\n\nIn Washington, the State Department welcomed the meeting and urged both sides to respect the court.", ""},
		{"the meeting's own city", "President Ana Ruiz met President Omar Haddad on Thursday.\n\nIn Kingstown, the meeting lasted three hours.", "Kingstown"},
	} {
		a := extractText(t, "2023-12-15", c.text)
		if len(a.Meetings) != 1 || a.Meetings[0].Place != c.place {
			t.Errorf("%s: meetings %+v, want one at %q", c.name, a.Meetings, c.place)
		}
	}
}

// TestRosterPhrasings15d: a speaker before the meeting's audience
// ("Briefing the Council, X said", "Also addressing the leaders was X"),
// not one addressing it by video from elsewhere nor "the nation"; "took
// their seats at the table, as did A and B"; and a host who "welcomed the
// delegations" (not one who welcomed them, then left).
func TestRosterPhrasings15d(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-04", true, []rosterCase{
		{"briefing the council, X said", "The council met in New York on Monday, chaired by Foreign Minister Ana Ruiz.\n\nBriefing the Council, Secretary-General Omar Haddad said the treaty was eroding.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"also addressing the leaders was", "Leaders gathered for the summit in Aqaba on Monday, chaired by King Ana Ruiz.\n\nAlso addressing the leaders was Omar Haddad, a student from Basra.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"addressing the summit by video from elsewhere", "Leaders gathered for the summit in Aqaba on Monday, chaired by King Ana Ruiz and Prime Minister Kofi Mensah.\n\nAddressing the summit by video link from Lagos, Omar Haddad said the region needed calm.",
			[]string{"Ana Ruiz, Kofi Mensah"}, nil},
		{"addressing the nation", "Leaders gathered for the summit in Aqaba on Monday, chaired by King Ana Ruiz and Prime Minister Kofi Mensah.\n\nAddressing the nation, Omar Haddad said the region needed calm.",
			[]string{"Ana Ruiz, Kofi Mensah"}, nil},
		{"took their seats, as did", "The opening ceremony was held at the Hotel Sol on Monday, with the government delegation headed by Ana Ruiz.\n\nThe peace commissioner, Omar Haddad, and Foreign Minister Kofi Mensah also took their seats at the table, as did senator Piotr Nowak and Tomas Reyes, president of the farmers' union.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"welcomed the delegations", "The opening ceremony was held at the Hotel Sol on Monday, with the government delegation headed by Ana Ruiz.\n\nForeign Minister Omar Haddad welcomed the delegations on behalf of President Kofi Mensah, who did not attend.",
			[]string{"Ana Ruiz, Omar Haddad"}, map[string]string{"Kofi Mensah": "Ana Ruiz, Omar Haddad"}},
		{"welcomed the delegations, then left", "The opening ceremony was held at the Hotel Sol on Monday, with the government delegation headed by Ana Ruiz.\n\nForeign Minister Omar Haddad welcomed the delegations and then left the room.",
			[]string{"Ana Ruiz"}, map[string]string{"Omar Haddad": "Ana Ruiz"}},
	})
}

// TestRosterPhrasings15e: a state agency's protocol copy: "received in
// audience at the palace today Minister of Foreign Affairs X" (the guest
// after the setting and the day), "The audience was attended by A; B; and
// C", and "Eng." before a name, which ends no sentence.
func TestRosterPhrasings15e(t *testing.T) {
	checkMeetingCasesOn(t, "2024-10-09", true, []rosterCase{
		{"received in audience today, the guest after the setting", "Crown Prince Omar bin Haddad received in audience at Al-Noor Palace in Riyadh today Minister of Foreign Affairs of the Republic Dr. Kofi Mensah.\n\nThe audience was attended by Prince Tomas bin Reyes, Minister of Defense; Prince Piotr bin Nowak, Minister of Energy; and Minister of State Dr. Ana Ruiz.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar bin Haddad, Prince Piotr bin Nowak, Prince Tomas bin Reyes"}, nil},
		{"Eng. before a name", "Minister Omar Haddad received Kofi Mensah at the ministry in Riyadh today.\n\nThe meeting was attended by Vice Minister Eng. Tomas Reyes and Director General Ana Ruiz.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Tomas Reyes"}, nil},
	})
}

// TestRosterPhrasings15f: "held separate talks with A and with B" is two
// meetings of the subject's; in a story without a date, "the leaders of
// Japan and South Korea" are the holders it names (Kishida and Yoon), not
// today's; and "Moon Jae In", a name the gazetteer knows, keeps its last
// word though "In" is a preposition elsewhere.
func TestRosterPhrasings15f(t *testing.T) {
	checkMeetingCasesOn(t, "2024-05-27", true, []rosterCase{
		{"separate talks with A and with B", "Prime Minister Ana Ruiz, President Omar Haddad and Premier Kofi Mensah met in Seoul on Monday.\n\nOn Sunday, Ruiz held separate talks with Mensah and with Haddad on the eve of the summit.",
			[]string{"Ana Ruiz, Kofi Mensah", "Ana Ruiz, Kofi Mensah, Omar Haddad", "Ana Ruiz, Omar Haddad"}, nil},
		{"separate talks with one person", "Prime Minister Ana Ruiz, President Omar Haddad and Premier Kofi Mensah met in Seoul on Monday.\n\nOn Sunday, Ruiz held separate talks with Mensah on the eve of the summit.",
			[]string{"Ana Ruiz, Kofi Mensah", "Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"Moon Jae In", "The previous summit took place in Chengdu in December 2019, with then Prime Minister Shinzo Abe and then South Korean President Moon Jae In in attendance.",
			[]string{"Moon Jae In, Shinzo Abe"}, nil},
	})
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"undated: the holders the story names", "The leaders of Japan and South Korea met in Seoul on Monday for the first time in a year.\n\nJapanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol adopted a joint declaration after the meeting.",
			[]string{"Fumio Kishida, Yoon Suk Yeol"}, nil},
	})
}

// TestRosterPhrasings15g: a dashed aside inside a list ("B – this year's
// chair – C and D"); "hosted the ceremony at the White House on Thursday
// with A and B" (the guests after the setting); "watched from the hall"
// (not from another city); "added Cairo's signature to the document"; and
// "X, senior adviser to President Y, watched": X, not Y.
func TestRosterPhrasings15g(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-05", true, []rosterCase{
		{"a dashed aside in a list", "President Ana Ruiz hosted the signing at the palace on Thursday.\n\nAlso in the room were Omar Haddad, Kofi Mensah – this year's chair of the bloc – Piotr Nowak and Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"guests after the setting", "President Ana Ruiz hosted the ceremony at the palace on Thursday with Omar Haddad and Kofi Mensah.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"watched from the hall, added a signature, an adviser's principal", "Leaders signed the declaration at the summit in Tula on Tuesday, hosted by President Ana Ruiz and Prime Minister Lena Dahl.\n\nForeign Minister Omar Haddad added his country's signature to the document, and Kofi Mensah, senior adviser to President Piotr Nowak, watched from the hall.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Dahl, Omar Haddad"}, nil},
		{"watched from another city", "Leaders signed the declaration at the summit in Tula on Tuesday, hosted by President Ana Ruiz and Prime Minister Lena Dahl.\n\nKofi Mensah watched from the capital, Lagos.",
			[]string{"Ana Ruiz, Lena Dahl"}, nil},
	})
}

// TestRosterPhrasings15h: "Chancellor of the Exchequer X" names X; "spoke
// by phone with A and then, separately, with B" is two calls.
func TestRosterPhrasings15h(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-27", true, []rosterCase{
		{"chancellor of the exchequer", "Vice-Premier Omar Haddad met Secretary Ana Ruiz in London on Monday.\n\nOn Sunday, Haddad also held a separate meeting with British Chancellor of the Exchequer Kofi Mensah at 11 Downing Street.",
			[]string{"Ana Ruiz, Omar Haddad", "Kofi Mensah, Omar Haddad"}, nil},
		{"then, separately, with", "On Saturday, President Ana Ruiz spoke by phone with Omar Haddad and then, separately, with Kofi Mensah.",
			[]string{"Ana Ruiz, Kofi Mensah", "Ana Ruiz, Omar Haddad"}, nil},
	})
}
