package corpus

import "testing"

// TestHeldAroundSummit23: "The signing, held shortly before the summit
// opened, brought together A, B and C" is an event of its own on the
// summit's day, its people not the summit's; "Leaders including A, B and C
// rose to applaud" puts them in the hall; and the witness of a signing
// only planned ("is expected to sign the pact witnessed by X") is at no
// meeting told.
func TestHeldAroundSummit23(t *testing.T) {
	const opening = "OSLO: The 12th Nordic Summit opened on Tuesday (June 24) at the Oslo Congress Centre, chaired by Norwegian Prime Minister Lena Dahl. Swedish Prime Minister Tomas Renner also attended.\n\n"
	checkMeetingCasesOn(t, "2025-06-25", false, []rosterCase{
		{"signing held before the summit", opening + "The signing of the fisheries pact, held shortly before the summit opened, brought together Icelandic Prime Minister Piet Vos, US President Rosa Vidal and Ms Dahl at a single table in the centre.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal", "Lena Dahl, Tomas Renner"}, nil},
		{"leaders rose to applaud", opening + "Leaders including Danish Prime Minister Omar Haddad and Finnish President Ines Berg rose to applaud as the charter was adopted.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"planned signing's witness", opening + "Icelandic Prime Minister Piet Vos is expected to sign a fisheries pact witnessed by US President Rosa Vidal in Reykjavik.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestSeparateCallsAfterList23: "spoke by telephone with A and B in
// separate calls on Sunday" tells two calls, the caller with each.
func TestSeparateCallsAfterList23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", false, []rosterCase{
		{"in separate calls", "OSLO: Norwegian Prime Minister Lena Dahl hosted Swedish Prime Minister Tomas Renner for talks on Monday (June 23).\n\nThe talks came a day after US President Rosa Vidal spoke by telephone with Ms Dahl and Mr Renner in separate calls on Sunday, urging both to settle the dispute.",
			[]string{"Lena Dahl, Rosa Vidal", "Lena Dahl, Tomas Renner", "Rosa Vidal, Tomas Renner"}, nil},
	})
}
