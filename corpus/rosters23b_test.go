package corpus

import "testing"

// TestDeadlineNotMeetingDay23: "gave their envoys until Sunday to decide,
// after talks over lunch" sets a time limit; the talks take no date from
// it and are the meeting the next paragraph dates.
func TestDeadlineNotMeetingDay23(t *testing.T) {
	checkOneMeetingOn(t, "2020-12-10", "Lena Dahl and Tomas Renner have given their envoys until Sunday to settle whether an accord can be reached, after three hours of talks over lunch in Oslo ended without agreement.\n\nThe two leaders met on Wednesday afternoon at the foreign ministry.", "2020-12-09")
}

// checkOneMeetingOn extracts text published on day and wants one meeting,
// on want.
func checkOneMeetingOn(t *testing.T, day, text, want string) {
	t.Helper()
	a := extractText(t, day, text)
	if len(a.Meetings) != 1 || a.Meetings[0].Date != want {
		t.Errorf("meetings %+v, want one on %s", a.Meetings, want)
	}
}

// TestPairCallWhenAgreed23: "The pair had spoken by telephone on Saturday,
// when they agreed that A and B would ..." is a call of the pair just
// named; A and B are what was agreed, not the call's people.
func TestPairCallWhenAgreed23(t *testing.T) {
	checkMeetingCasesOn(t, "2020-12-10", false, []rosterCase{
		{"the pair, that-clause", "Lena Dahl and Tomas Renner met in Oslo on Wednesday.\n\nThe pair had spoken by telephone on Saturday, when they agreed that Omar Haddad and Ines Berg would meet their counterparts once more.",
			[]string{"Lena Dahl, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestWillPhraseMeeting23: "ministers will discuss fisheries over lunch at
// their summit on Thursday" tells a meeting to come, though "will" stands
// several words before the noun.
func TestWillPhraseMeeting23(t *testing.T) {
	checkOneMeetingOn(t, "2020-12-10", "Lena Dahl and Tomas Renner met in Oslo on Wednesday.\n\nKarl Moen is set to brief the envoys on Friday, and ministers of the ten member states will discuss fisheries over lunch at their summit on Thursday.", "2020-12-09")
}

// TestPurposeSummitChaired23: "the leaders met X for the partnership
// summit, which Y co-chaired" is one meeting, the verb's, with X and the
// one who chaired it.
func TestPurposeSummitChaired23(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-08", false, []rosterCase{
		{"met X for the summit Y co-chaired", "Prime Minister Piet Vos of Norland hosted the annual summit of the northern bloc in Oslo on Tuesday, with President Tomas Renner, Prime Minister Rosa Vidal and President Karl Moen around the table.\n\nOn Thursday, the bloc's leaders met Vice President Lena Dahl of Westland for the partnership summit, which Vos co-chaired.",
			[]string{"Karl Moen, Piet Vos, Rosa Vidal, Tomas Renner", "Lena Dahl, Piet Vos"}, nil},
	})
}

// TestOneSideOtherSide23: "with A and B on one side of the table and C and
// D on the other" seats all four at the meeting.
func TestOneSideOtherSide23(t *testing.T) {
	checkMeetingCasesOn(t, "2021-06-17", false, []rosterCase{
		{"one side, the other", "Lena Dahl met Tomas Renner for three hours on Wednesday in Oslo.\n\nThe talks began in a narrow format, with Dahl and Foreign Minister Omar Haddad on one side of the table and Renner and Foreign Minister Ines Berg on the other. Dahl had met Prime Minister Piet Vos and Foreign Minister Karl Moen of the host country on Tuesday.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner", "Karl Moen, Lena Dahl, Piet Vos"}, nil},
	})
}
