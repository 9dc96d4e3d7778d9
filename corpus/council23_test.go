package corpus

import "testing"

// TestCouncilVoteSittings23: a council's sitting told only through its
// vote, with no meeting noun ("On Tuesday Norway vetoed a draft
// resolution", "Vos cast the veto"), gathers the delegates who speak at
// it; "told the Council, referring to ... in Sudan" is spoken of Sudan, not
// told from there; "spoke after the vote" and "took the floor" are
// presence; "did not take his seat" and "is not in the chamber" are
// absences (a speech verb after a semicolon is another speaker's); a
// meeting noun in the object of the verb after a relative clause ("Vidal,
// who holds the presidency, chaired Thursday's meeting") is the meeting
// the story goes on with; "who addressed the council" after another
// meeting is told is at the council's sitting, and an undated encounter
// told beside the vote is a meeting of its own.
func TestCouncilVoteSittings23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-27", true, []rosterCase{
		{"vetoed a draft", "On Tuesday Norway vetoed a draft resolution on the border truce. Ten members voted yes.\n\nNorway's ambassador, Tomas Renner, argued the text was flawed.\n\nThe Danish ambassador, Lena Dahl, told the Council: \"This is a sad day.\"",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"cast the veto, topic clause", "The Council voted on the border draft on Tuesday.\n\nPiet Vos, the Norwegian deputy ambassador, cast the veto.\n\nThe Danish ambassador, Lena Dahl, was blunt. \"This is a sad day,\" she told the Council, referring to reports that Norway has sent troops to fight in Sudan.\n\nChile's Omar Haddad took the floor next.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"chaired after a relative clause", "On Thursday Norway vetoed a draft resolution on the border truce.\n\nIn closed consultations on Monday, Tomas Renner and Omar Haddad went at it for two hours.\n\nRosa Vidal, who holds the presidency, chaired Thursday's meeting. Chile's Ana Silva spoke after the vote.\n\nSweden's ambassador, Karl Moen, had been invited under rule 37 but did not take his seat.",
			[]string{"Ana Silva, Rosa Vidal", "Omar Haddad, Tomas Renner"}, map[string]string{"Karl Moen": "Ana Silva, Rosa Vidal"}},
		{"not in the chamber", "On Tuesday Norway vetoed a draft resolution on the border truce. Chile's ambassador, Omar Haddad, told the Council the text was fair.\n\nNorway is represented by Piet Vos. Ines Berg, Norway's ambassador to the UN, is not in the chamber; a spokesperson said she was travelling.",
			[]string{"Omar Haddad, Piet Vos"}, map[string]string{"Ines Berg": "Omar Haddad, Piet Vos"}},
		{"addressed the council after another meeting", "In summary: the United States vetoed a draft demanding a truce, which 13 of the 15 council members backed. In Oslo, Nordic ministers met the US secretary of state, Ana Silva.\n\nEarlier on Friday Silva received Tomas Renner and Omar Haddad at the State Department.\n\nIsrael's ambassador, Piet Vos, who addressed the council after the vote, later wrote on X: \"Thanks.\" The Danish ambassador, Lena Dahl, who also addressed the council, spoke to reporters.",
			[]string{"Ana Silva, Omar Haddad, Tomas Renner", "Lena Dahl, Piet Vos"}, nil},
	})
}
