package corpus

import "testing"

// TestProbeStandIns checks stand-ins named with the one they replaced
// ("stood in for", "was represented at the talks by", "took X's place",
// "in X's absence") and short ways of saying someone did not come
// ("couldn't make it", "too ill to travel", "among the absentees").
// Near misses: representing a country, opting out of a deal, an absence
// of something. Rows are probes written afresh for this test.
func TestProbeStandIns(t *testing.T) {
	const geneva = "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\n"
	const lagos = "LAGOS — Kwame Mensah received Selam Tesfaye at the presidential villa on Wednesday for talks on the border.\n\n"
	both, west := "Ana Ruiz, Piotr Nowak", "Kwame Mensah, Selam Tesfaye"
	withVarga, withDemir := "Ana Ruiz, Lena Varga, Piotr Nowak", "Kwame Mensah, Selam Tesfaye, Yusuf Demir"
	checkMeetingCases(t, true, []rosterCase{
		{"was represented at the talks by", geneva + "Omar Haddad was represented at the talks by his deputy, Lena Varga.",
			[]string{withVarga}, map[string]string{"Omar Haddad": withVarga}},
		{"was replaced by after a setting", lagos + "Ivan Petrov was replaced at the last minute by Yusuf Demir.",
			[]string{withDemir}, map[string]string{"Ivan Petrov": withDemir}},
		{"stood in for", geneva + "Lena Varga stood in for Omar Haddad.",
			[]string{withVarga}, map[string]string{"Omar Haddad": withVarga}},
		{"filled in for, who was ill", lagos + "Yusuf Demir filled in for Ivan Petrov, who was ill.",
			[]string{withDemir}, map[string]string{"Ivan Petrov": withDemir}},
		{"deputised for", geneva + "Lena Varga deputised for Omar Haddad.",
			[]string{withVarga}, map[string]string{"Omar Haddad": withVarga}},
		{"attended on behalf of", lagos + "Yusuf Demir attended on behalf of Ivan Petrov.",
			[]string{withDemir}, map[string]string{"Ivan Petrov": withDemir}},
		{"represented someone", geneva + "Lena Varga represented Omar Haddad, who was ill.",
			[]string{withVarga}, map[string]string{"Omar Haddad": withVarga}},
		{"took someone's place", lagos + "Yusuf Demir took Ivan Petrov's place at the table.",
			[]string{withDemir}, map[string]string{"Ivan Petrov": withDemir}},
		{"someone's place was taken by", geneva + "Omar Haddad's place was taken by Lena Varga.",
			[]string{withVarga}, map[string]string{"Omar Haddad": withVarga}},
		{"in his absence", geneva + "Omar Haddad was due to come. In his absence, Lena Varga spoke for Jordan.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"in a surname's absence", lagos + "Ivan Petrov, the Russian envoy, had been expected. In Petrov's absence, Yusuf Demir led the talks for Moscow.",
			[]string{withDemir}, map[string]string{"Ivan Petrov": withDemir}},
		{"couldn't make it", geneva + "Omar Haddad couldn't make it.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"was unable to make it", lagos + "Ivan Petrov was unable to make it.",
			[]string{west}, map[string]string{"Ivan Petrov": west}},
		{"too ill to travel", geneva + "Omar Haddad was too ill to travel.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"failed to show", lagos + "Ivan Petrov failed to show.",
			[]string{west}, map[string]string{"Ivan Petrov": west}},
		{"nowhere to be seen", geneva + "Omar Haddad was nowhere to be seen.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"among the absentees", lagos + "Ivan Petrov was among the absentees.",
			[]string{west}, map[string]string{"Ivan Petrov": west}},
		{"opted out", geneva + "Omar Haddad opted out of the talks.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		// near misses
		{"represented a country", geneva + "Lena Varga represented Spain at the talks.",
			[]string{withVarga}, nil},
		{"opted out of a deal", lagos + "Ivan Petrov opted out of the deal.",
			[]string{west}, nil},
		{"too late to change", geneva + "Omar Haddad said it was too late to change the text.",
			[]string{both}, nil},
		{"was among those present", lagos + "Yusuf Demir was among those present.",
			[]string{withDemir}, nil},
		{"stood in line for", geneva + "Omar Haddad stood in line for hours at the border.",
			[]string{both}, nil},
	})
}
