package corpus

import "testing"

// TestCallTakenBy26: a call told first by its two sides ("The army chiefs
// of Norway and Sweden spoke by telephone") and then by who answered it
// ("On the Swedish side the call was taken by X", "X took the call") had
// those people on the line; "took the call for a vote" is no participant
// when no call is told.
func TestCallTakenBy26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-13", true, []rosterCase{
		{"taken by, each side", "The army chiefs of Norway and Sweden spoke by telephone on Monday evening.\n\nOn the Norwegian side the call was taken by General Lena Dahl. On the Swedish side the call was taken by Major General Tomas Renner.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"taken by, both in one clause", "The foreign ministries of Chile and Peru held a telephone call on Monday about the border.\n\nThe call was taken by Ana Silva in Santiago and by Rosa Vidal in Lima, officials said.",
			[]string{"Ana Silva, Rosa Vidal"}, nil},
		{"took the call", "The interior ministers of Ghana and Togo spoke by phone on Tuesday to discuss the border.\n\nKofi Mensah took the call in Accra and Yao Agbeko took the call in Lome.",
			[]string{"Kofi Mensah, Yao Agbeko"}, nil},
		{"another day's call, not the meeting", "Lena Dahl met Tomas Renner in Oslo on Monday to discuss fishing quotas.\n\nOn Friday, Piet Vos took the call from reporters at his home in Bergen.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestJoinedInPlaceBy26: "X was joined in the operations room in Buenos
// Aires by A and B", told after a call whose sides are not named, puts
// A, B and X on that call, however long the place between "joined" and
// "by".
func TestJoinedInPlaceBy26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-13", true, []rosterCase{
		{"a long place", "The top naval officers of Argentina and Chile spoke over their hotline on Monday evening and agreed to keep ships apart, Argentina's navy said.\n\nThe navy's chief of staff, Admiral Ana Silva, was joined in the command centre in Buenos Aires by the heads of air and land operations, Brigadier Rosa Vidal and General Pablo Ruiz, the official said. On the Chilean side the call was taken by Vice Admiral Karl Moen.",
			[]string{"Ana Silva, Karl Moen, Pablo Ruiz, Rosa Vidal"}, nil},
		{"a short place", "The top naval officers of Argentina and Chile spoke over their hotline on Monday evening.\n\nAdmiral Ana Silva was joined in the command centre by Brigadier Rosa Vidal. On the Chilean side the call was taken by Vice Admiral Karl Moen.",
			[]string{"Ana Silva, Karl Moen, Rosa Vidal"}, nil},
		{"no place", "The top naval officers of Argentina and Chile spoke over their hotline on Monday evening.\n\nAdmiral Ana Silva was joined by Brigadier Rosa Vidal. On the Chilean side the call was taken by Vice Admiral Karl Moen.",
			[]string{"Ana Silva, Karl Moen, Rosa Vidal"}, nil},
	})
}
