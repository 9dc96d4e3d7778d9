package corpus

import "testing"

// TestProbeWithdrawals checks the absences told after a meeting through
// what the absent one did instead of coming: withdrew ("cancelled at the
// last minute", "backed out", "withdrew hours before"), sent regrets, left
// a seat empty. The near misses are a meeting called off, a withdrawal of
// something else, and seats that are no place at the table. Rows are
// probes written afresh for this test.
func TestProbeWithdrawals(t *testing.T) {
	const geneva = "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\n"
	const nairobi = "NAIROBI — Grace Wanjiru hosted Tomas Berg for a summit at State House on Tuesday.\n\n"
	const oslo = "OSLO — Ingrid Dahl and Karim Nasser met at the foreign ministry on Thursday to discuss the fisheries dispute.\n\n"
	both, summit, fish := "Ana Ruiz, Piotr Nowak", "Grace Wanjiru, Tomas Berg", "Ingrid Dahl, Karim Nasser"
	checkMeetingCases(t, true, []rosterCase{
		{"due to attend, cancelled at the last minute", geneva + "Omar Haddad, who was due to attend, cancelled at the last minute.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"expected, cancelled on Sunday citing illness", nairobi + "Ethiopia's envoy, Selam Tesfaye, who had been expected in Nairobi, cancelled on Sunday, citing illness.",
			[]string{summit}, map[string]string{"Selam Tesfaye": summit}},
		{"withdrew hours before the talks began", geneva + "Omar Haddad withdrew hours before the talks began.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"withdrew from the meeting the night before", oslo + "Lena Varga withdrew from the meeting the night before.",
			[]string{fish}, map[string]string{"Lena Varga": fish}},
		{"backed out", nairobi + "Yusuf Demir backed out two days before the summit.",
			[]string{summit}, map[string]string{"Yusuf Demir": summit}},
		{"dropped out for health reasons", oslo + "Marta Kowalska dropped out for health reasons.",
			[]string{fish}, map[string]string{"Marta Kowalska": fish}},
		{"skipped town hours before the talks", geneva + "Omar Haddad skipped the session hours before the talks opened.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"sent regrets", oslo + "Lena Varga sent her regrets.",
			[]string{fish}, map[string]string{"Lena Varga": fish}},
		{"sent apologies", nairobi + "Yusuf Demir, the Turkish mediator, sent apologies.",
			[]string{summit}, map[string]string{"Yusuf Demir": summit}},
		{"conspicuous by his absence", geneva + "Omar Haddad was conspicuous by his absence.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"seat at the table stayed empty", geneva + "Omar Haddad was invited. Haddad's seat at the table stayed empty.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"chair was left empty", oslo + "Lena Varga's chair was left empty.",
			[]string{fish}, map[string]string{"Lena Varga": fish}},
		{"his seat remained vacant", nairobi + "Yusuf Demir flew home early; his seat remained vacant.",
			[]string{summit}, map[string]string{"Yusuf Demir": summit}},
		{"the chair reserved for", geneva + "The chair reserved for Omar Haddad sat empty throughout.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"an empty chair", oslo + "Lena Varga's empty chair drew comment from reporters.",
			[]string{fish}, map[string]string{"Lena Varga": fish}},
		{"an empty chair for", nairobi + "There was an empty chair for Yusuf Demir.",
			[]string{summit}, map[string]string{"Yusuf Demir": summit}},
		{"reported: said X had cancelled", geneva + "Ruiz said Omar Haddad had cancelled at the last minute.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		{"reported: the speaker is not the one who skipped", oslo + "Lena Varga said Marta Kowalska had skipped the meeting.",
			[]string{fish}, map[string]string{"Marta Kowalska": fish}},
		{"reported by officials", nairobi + "Officials said Yusuf Demir withdrew hours before the summit.",
			[]string{summit}, map[string]string{"Yusuf Demir": summit}},
		// near misses
		{"cancelled the talks is no one's absence", geneva + "Omar Haddad cancelled the follow-up talks planned for June.",
			[]string{both}, nil},
		{"a meeting was cancelled", oslo + "A second meeting with Lena Varga was cancelled.",
			[]string{fish}, nil},
		{"withdrew an offer", nairobi + "Yusuf Demir withdrew his offer of mediation.",
			[]string{summit}, nil},
		{"withdrew from a race", geneva + "Omar Haddad withdrew from the leadership race in May.",
			[]string{both}, nil},
		{"a seat in parliament", oslo + "Lena Varga's seat in parliament has stayed empty since May.",
			[]string{fish}, nil},
		{"a hall half empty", nairobi + "Yusuf Demir said the hall was half empty.",
			[]string{summit}, nil},
		{"withdrew troops", nairobi + "Yusuf Demir withdrew 300 troops from the border.",
			[]string{summit}, nil},
		{"withdrew a proposal", oslo + "Lena Varga withdrew a proposal on quotas.",
			[]string{fish}, nil},
		{"sent a letter is no regret", geneva + "Omar Haddad sent a letter to both men.",
			[]string{both}, nil},
		{"not part of the delegation is no absence", geneva + "Omar Haddad was not part of the delegation.",
			[]string{both}, nil},
		{"not part of the talks is", geneva + "Omar Haddad was not part of the talks.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
	})
}
