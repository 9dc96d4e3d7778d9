package corpus

import "testing"

// TestSyedStyleAndMinisterList24: "Syed" opens a name as a style, so two
// men "Syed ... Ali Shah" with other given names are two people; a title
// whose portfolio is a list ("Minister for Planning, Development and
// Special Initiatives") ends before the name after it; "gave a detailed
// briefing" puts the one who gave it at the meeting (not "a briefing to
// reporters"); and an adverb may stand before the presence verb of an
// absolute "with" ("with A and B again leading their teams").
func TestSyedStyleAndMinisterList24(t *testing.T) {
	const lede = "ISLAMABAD: Prime Minister Lena Dahl on Monday chaired a meeting on the flood relief plan.\n\n"
	checkMeetingCasesOn(t, "2025-06-24", true, []rosterCase{
		{"two men styled Syed", lede + "The meeting was attended by Flood Commissioner Syed Nadir Ali Qasim and Finance Minister Tomas Renner.\n\nBalochistan Chief Minister Syed Fahim Ali Qasim took part in the meeting via video link.",
			[]string{"Lena Dahl, Syed Nadir Ali Qasim, Tomas Renner"},
			map[string]string{"Syed Fahim Ali Qasim": "Lena Dahl, Syed Nadir Ali Qasim, Tomas Renner"}},
		{"a list of portfolios", lede + "The meeting was attended by Federal Minister for Housing, Works and Special Initiatives Omar Haddad and Finance Minister Tomas Renner.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"gave a detailed briefing", lede + "The meeting was attended by Finance Minister Tomas Renner.\n\nFlood Commissioner Ines Berg gave a detailed briefing on the damage in the southern districts.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner"}, nil},
		{"a briefing to reporters", lede + "The meeting was attended by Finance Minister Tomas Renner.\n\nLater, spokeswoman Ines Berg gave a briefing to reporters outside the secretariat.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
	checkMeetingCasesOn(t, "2024-08-29", true, []rosterCase{
		{"again leading their teams", "Norway and Sweden held the 12th meeting of the Joint Border Commission in Oslo on Thursday.\n\nThe Norwegian delegation was led by Lena Dahl, while the Swedish team was headed by Tomas Renner.\n\nThe 11th meeting was held in Stockholm on July 31, with Ms. Dahl and Mr. Renner again leading their teams.",
			[]string{"Lena Dahl, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestCapitalisedDasSurname24: "Das" is a particle in "dos Santos" but a
// surname of its own at a name's end ("Arun Das"), and "Mr. Das" is then
// that man.
func TestCapitalisedDasSurname24(t *testing.T) {
	checkMeetingCasesOn(t, "2024-08-29", true, []rosterCase{
		{"Das ends the name", "India and Norway held talks on fisheries in Oslo on Thursday. The Indian delegation was led by Arun Das, a joint secretary, while the Norwegian side was headed by Lena Dahl.\n\nOn the sidelines, Mr. Das called on Minister Tomas Renner.",
			[]string{"Arun Das, Lena Dahl", "Arun Das, Tomas Renner"}, nil},
	})
}

// TestPeopleToldAfterDatedMeeting24: a story's dated meeting told with no
// one named ("India and China held the 31st round in Beijing on
// Thursday"), its delegations' leaders named in the next sentence, keeps
// them though the same two led an earlier round recalled later.
func TestPeopleToldAfterDatedMeeting24(t *testing.T) {
	checkMeetingCasesOn(t, "2024-08-29", true, []rosterCase{
		{"leaders told after the lede", "Norway and Sweden hold second border round in a month\n\nNorway and Sweden held the 12th meeting of the Joint Border Commission in Oslo on Thursday, the second round in five weeks.\n\nThe Norwegian delegation was led by Lena Dahl, while the Swedish team was headed by Tomas Renner.\n\nThe 11th meeting was held in Stockholm on July 31, with Ms. Dahl and Mr. Renner again leading their teams.",
			[]string{"Lena Dahl, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
	a := extractText(t, "2024-08-29", "Norway and Sweden hold second border round in a month\n\nNorway and Sweden held the 12th meeting of the Joint Border Commission in Oslo on Thursday, the second round in five weeks.\n\nThe Norwegian delegation was led by Lena Dahl, while the Swedish team was headed by Tomas Renner.\n\nThe 11th meeting was held in Stockholm on July 31, with Ms. Dahl and Mr. Renner again leading their teams.")
	days := map[string]bool{}
	for _, m := range a.Meetings {
		days[m.Date] = true
	}
	if !days["2024-08-29"] || !days["2024-07-31"] {
		t.Errorf("meetings %+v, want one on 2024-08-29 and one on 2024-07-31", a.Meetings)
	}
}

// TestGivenNameBeforeFigure24: a figure the gazetteer knows by two words
// ("Omar Haddad") is the same man when the article first gives him a
// given name more ("Karim Omar Haddad"), but a son named "X bin Omar
// Haddad" is not his father.
func TestGivenNameBeforeFigure24(t *testing.T) {
	g, err := LoadGazetteer([]byte("people:\n  - name: Omar Haddad\n    offices:\n      - {title: foreign minister, of: Norway, from: 2020-01-01}\n  - name: Rashid Al Nouri\n    offices:\n      - {title: king, of: Sweden, from: 2015-01-01}\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := newRegistry(g)
	long := r.addFull("Karim Omar Haddad")
	if short := r.addFull("Omar Haddad"); short != long {
		t.Errorf("Omar Haddad: a new person %q, want %q", short.name, long.name)
	}
	if long.name != "Karim Omar Haddad" {
		t.Errorf("name %q, want the fuller Karim Omar Haddad", long.name)
	}
	son := r.addFull("Faisal bin Rashid Al Nouri")
	if father := r.addFull("Rashid Al Nouri"); father == son {
		t.Errorf("Rashid Al Nouri merged into his son %q", son.name)
	}
}

// TestClericalStyleAndStandIns24: "Mawlawi" before a name is a clerical
// style, no part of it; and "X sent a minister" puts X among the absent.
func TestClericalStyleAndStandIns24(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-10", true, []rosterCase{
		{"Mawlawi", "The delegations met in Oslo on Saturday. The Afghan side was led by Minister of Trade Mawlawi Omar Haddad, while the Norwegian side was headed by Trade Minister Lena Dahl.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"sent a minister", "Regional leaders met in Oslo on Saturday for a summit hosted by President Lena Dahl. Also around the table were President Tomas Renner and Prime Minister Ines Berg. President Piet Vos sent a minister.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner"},
			map[string]string{"Piet Vos": "Ines Berg, Lena Dahl, Tomas Renner"}},
	})
}

// TestGivenNameInIng24: a capitalised word ending in "-ing" opens no
// name ("a Changing Europe"), except after an office or style, where it is a given
// name ("Prime Minister Dorjing Vos").
func TestGivenNameInIng24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-05", true, []rosterCase{
		{"given name in -ing after a title", "The summit, attended by Prime Minister Tomas Renner and Bhutanese Prime Minister Dorjing Vos, adopted a charter on Friday.",
			[]string{"Dorjing Vos, Tomas Renner"}, nil},
	})
}
