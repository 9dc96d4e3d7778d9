package corpus

import "testing"

// TestNationalSpeakers checks speakers told by nationality: "the Polish
// minister" is the latest person the text made Polish, whatever their
// role noun, never the latest minister of another country; a demonym
// ("the Pole", "the Frenchman") is a nationality too; with no one of that
// country named, the speaker stays unnamed.
func TestNationalSpeakers(t *testing.T) {
	const lead = "GENEVA — Foreign Minister Ana Ruiz and her Polish counterpart, Piotr Nowak, held talks on Monday.\n\n"
	checkQuoteCases(t, "2025-03-11", []quoteCase{
		{"the Polish minister after a Polish counterpart", lead + "“The door is open,” the Polish minister said.",
			[]wantQuote{{"The door is open", "Piotr Nowak", ""}}},
		{"the Pole", lead + "“We need more time,” the Pole said.",
			[]wantQuote{{"We need more time", "Piotr Nowak", ""}}},
		{"the Frenchman after a French negotiator", "French negotiator Luc Martin met Omar Haddad in Rabat on Friday.\n\n“It went well,” the Frenchman said.",
			[]wantQuote{{"It went well", "Luc Martin", ""}}},
		{"a minister of a country no one was from stays unnamed", lead + "“This changes nothing,” the Danish minister said.",
			[]wantQuote{{"This changes nothing", "", "Danish minister"}}},
		{"a demonym no one was stays unnamed", lead + "“We came to listen,” the Spaniard said.",
			[]wantQuote{{"We came to listen", "", "Spaniard"}}},
	})
}
