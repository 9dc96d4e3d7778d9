package corpus

import "testing"

// TestRosterSpans checks rosters read by their span (rosterspan.go): a
// list of who took part whose titles carry places, parentheses or long
// descriptions, and roster cues with an adjunct naming the meeting or a
// side inside them. Near misses: names inside descriptions ("an adviser
// to X", "on behalf of X"), a clause after the list, a country read as a
// name, a topic after "on". Rows are written for this test, with other
// names, countries and meeting nouns than the labelled sets.
func TestRosterSpans(t *testing.T) {
	const lead = "VIENNA — Ana Ruiz held talks with Piotr Nowak in Vienna on Monday.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"side adjunct inside the cue", lead + "Taking part in the talks on the Polish side were Deputy Minister Lena Varga and Ambassador Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"meeting adjunct inside the cue", lead + "Also present at the session were Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"title with places", lead + "The Polish delegation comprised Ambassador of Poland to Austria Lena Varga and Special Envoy to Croatia Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"title with a parenthesis", lead + "Foreign Minister Lena Varga and Internal Security Agency (ABW) chief Omar Haddad were also present at the meeting.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"long descriptions after names", lead + "Lena Varga, a member of the standing committee of the national council (NC) and head of its foreign office, and Omar Haddad, a deputy chair of the same council, were present at the talks.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"alias in quotes and a second by", lead + "The rebels were represented by their chief negotiator, Lena Varga, known by the alias 'Comandante Sol', and by Omar Haddad, who runs the group's northern wing.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"title after the name", lead + "Participants on the Spanish side included Deputy Director Lena Varga and Omar Haddad of the Spanish Embassy in Vienna.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		// near misses
		{"adviser to someone is not an item", lead + "The Polish side was led by Lena Varga and Omar Haddad, a foreign policy aide to President Jan Kowal.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"envoy of someone is not an item", lead + "Also taking part were Lena Varga, the envoy of President Jan Kowal, and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"on behalf of someone is not an item", lead + "Spain was represented by Deputy Minister Lena Varga, on behalf of Prime Minister Jan Kowal, while the Polish delegation was led by Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"relative of a member is not an item", lead + "The Polish side was led by Lena Varga and her counterpart Omar Haddad, the son of the party's late founder, Jan Kowal.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"a clause after the list", lead + "The Spanish delegation included Lena Varga and Omar Haddad, while Jan Kowal waited outside.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, map[string]string{"Jan Kowal": "Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}},
		{"a speaker after the list", lead + "Speaking alongside Lena Varga, Council Secretary-General Jan Kowal said the talks had gone well.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a country is not a person", lead + "The session was chaired by the President of Sierra Leone and chair of the council, Omar Haddad.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"a topic after on is no setting", lead + "Commenting on the talks were Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
	})
}
