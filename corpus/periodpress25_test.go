package corpus

import "testing"

// TestPassiveSigningLongSubject25: "The convention <long description> was
// signed in the hall this afternoon by A and B" is a signing of A and B,
// though its noun opens the sentence far from the verb and a time of day
// stands before "by".
func TestPassiveSigningLongSubject25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"long subject, this afternoon", "OSLO, March 12\n\nThe convention regulating herring catches in the North Sea, the Skagerrak and the waters off the Faroes was signed in the Blue Hall of the town hall this afternoon by Mrs Lena Dahl, the Norwegian Fisheries Minister, and Mr Tomas Renner, the German Agriculture Minister.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestPeerNames25: a peer the article names by the title alone keeps it
// ("Lord Vosberg"), even when the title is also a word of offices
// ("Lord Culture", as "Culture Secretary"); "the Lord Privy Seal" is an
// office, no one's name.
func TestPeerNames25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"peer by title", "Lord Vosberg, the trade envoy, met Mr Tomas Renner in Bonn on Tuesday.",
			[]string{"Lord Vosberg, Tomas Renner"}, nil},
		{"peer whose title is an office word", "Lord Culture, the Foreign Secretary, met Mr Tomas Renner in Bonn on Tuesday. The Lord Privy Seal, Mr Karl Moen, was not there.",
			[]string{"Lord Culture, Tomas Renner"}, map[string]string{"Karl Moen": "Lord Culture, Tomas Renner"}},
	})
}

// TestChairAndPresided25: "X was in the chair that day" puts X at the
// meeting just told, as "presided" does.
func TestChairAndPresided25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"was in the chair", "The talks on quotas opened in Bergen on March 4. Mrs Ines Berg sat across from Mr Karl Moen; Mr Omar Haddad was in the chair that day too.",
			[]string{"Ines Berg, Karl Moen, Omar Haddad"}, nil},
	})
}

// TestPresidedAfterRelative25: the one who presided is the antecedent
// of the relative clause before "presided", seated by the rule itself
// (not only inferred from being named near the meeting).
func TestPresidedAfterRelative25(t *testing.T) {
	a := extractText(t, "2024-03-12", "The fisheries conference closed this evening when the delegations met in plenary at the Congress Hall. Mrs Lena Dahl, the Swedish Minister, who has alternated in the chair with Mr Piet Vos, the Dutch Minister, presided. Mr Karl Moen also took part.")
	if !attendsByRule(a, "Lena Dahl") {
		t.Errorf("Lena Dahl not seated by rule: %+v", a.Meetings)
	}
}

// TestSupportedByAndParty25: "President X was supported by his minister,
// Y, and by Z" seats Y and Z at X's meeting (not "The plan was supported
// by Y"); "The Danish party included A and B" names a country's party at
// the meeting, as its delegation.
func TestSupportedByAndParty25(t *testing.T) {
	const opening = "Mr Tomas Renner led the mission into its first meeting with President Omar Haddad at the palace on Monday.\n\n"
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"supported by, and by", opening + "President Haddad was supported by his Trade Minister, Dr Ines Berg, and by Colonel Karl Moen, his chief of staff.",
			[]string{"Ines Berg, Karl Moen, Omar Haddad, Tomas Renner"}, nil},
		{"a plan supported by", opening + "The plan was supported by Dr Ines Berg.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
		{"a country's party", "The accord was signed in Oslo on Monday by Mrs Lena Dahl and Mr Tomas Renner.\n\nThe Danish party included Mr Piet Vos, who drafted the text, and Mrs Ines Berg, the State Secretary.",
			[]string{"Ines Berg, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestStylesAndFinalDo25: the Amharic "Ato" before a full name is a
// style, not part of it (inside a Ghanaian name it is a given name), and a
// Vietnamese name may end in "Do".
func TestStylesAndFinalDo25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"Ato before a full name", "Foreign Minister Lena Dahl met Ato Tesfaye Alemu Desta, the Ethiopian envoy, in Addis Ababa on Monday.",
			[]string{"Lena Dahl, Tesfaye Alemu Desta"}, nil},
		{"Ato inside a name", "Finance Minister Kofi Ato Mensah met Lena Dahl in Accra on Monday.",
			[]string{"Kofi Ato Mensah, Lena Dahl"}, nil},
		{"name ending in Do", "Mrs Lena Dahl, the Swedish envoy, met Mr. Le Quang Do, the Vietnamese Deputy Minister, in Hanoi on Monday.",
			[]string{"Le Quang Do, Lena Dahl"}, nil},
	})
}

// TestJoinedAtLunch25: "They were joined at lunch and in the afternoon by
// A, B and C" brings them to the meeting under way; the lunch is no
// meeting of its own.
func TestJoinedAtLunch25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"joined at lunch and in the afternoon", "On Friday Lena Dahl and Tomas Renner talked alone in the study for most of the morning. They were joined at lunch and in the afternoon by Foreign Minister Piet Vos, Trade Minister Rosa Vidal and Ambassador Karl Moen.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos, Rosa Vidal, Tomas Renner"}, nil},
	})
}
