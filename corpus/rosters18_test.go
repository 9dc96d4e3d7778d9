package corpus

import "testing"

// TestReceivedSettingToday18: a protocol readout puts the place and the
// day between "received" and the one received: "received at Al-Yamamah
// Palace in Riyadh today the Secretary of State of the United States,
// Antony J. Blinken" receives Blinken, and the palace's list of who
// attended goes with it.
func TestReceivedSettingToday18(t *testing.T) {
	checkMeetingCasesOn(t, "2024-02-05", true, []rosterCase{
		{"received at Palace in City today the title of country, name", "Crown Prince Omar Haddad received at Qasr Al-Noor Palace in Riyadh today the Secretary of State of the United States of America, Lena Dahl.\n\nThe reception was attended by Minister of Finance Rosa Vidal and Ambassador Tomas Reyes.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"received in City today the title of country, name", "Crown Prince Omar Haddad received in Jeddah today the Minister of Foreign Affairs of the Kingdom of Spain, Lena Dahl.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}
