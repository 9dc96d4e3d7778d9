package corpus

import "testing"

// meetLede opens every case: a dated meeting of two leaders.
const meetLede = "Kenya's President Omar Haddad met Ghana's President Sara Khalil in Accra on Monday. "

// TestCompanionsWithWere checks a sentence opening "With X were ...":
// the people after "were" sat with X at the meeting, when X is there.
func TestCompanionsWithWere(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"with the guest were three officials", meetLede + "With Haddad were Foreign Minister Lena Varga, Trade Minister Piotr Nowak and the army chief, Tomas Berg.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil, Tomas Berg"}, nil},
		{"with the host was one aide", meetLede + "With Khalil was her chief of staff, Ines Moura.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"with someone not at the meeting: nobody added", meetLede + "Opposition leader Tomas Berg marched in Nairobi. With Berg were the lawyers Lena Varga and Piotr Nowak.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"with mid-sentence: not an opening roster", meetLede + "Haddad said that with Berg were gone, Lena Varga and Piotr Nowak would lead the party.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestCompanionsSeats checks people seated beside someone at the
// meeting: "sat between A and B", "was at X's side", "sat at X's right",
// a closing "with A to her right" or "with A and B seated on either side
// of the host"; beside someone not at the meeting, nobody is added.
func TestCompanionsSeats(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"sat between two ministers", meetLede + "Haddad sat between Foreign Minister Lena Varga and Trade Minister Piotr Nowak.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"stood at someone's side", meetLede + "Foreign Minister Lena Varga stood at Haddad's side throughout.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"sat at someone's right after a flanking clause", meetLede + "Haddad was flanked by Foreign Minister Lena Varga and Trade Minister Piotr Nowak, while Finance Minister Tomas Berg sat at Khalil's right.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil, Tomas Berg"}, nil},
		{"a closing with phrase: to her right", meetLede + "She sat down with Haddad at a long table, with Trade Minister Piotr Nowak to her right.",
			[]string{"Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"a closing with phrase: seated on either side of the host", meetLede + "Khalil chaired the session, with Togo's Piotr Nowak and Benin's Lena Varga seated on either side of the host.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"at the side of someone not at the meeting", meetLede + "In Nairobi, opposition leader Tomas Berg held a rally. Lena Varga was at Berg's side.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"sat between two people at a concert, the sitter not at the meeting", meetLede + "At a concert in Nairobi, Tomas Berg sat between Lena Varga and Piotr Nowak.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a with phrase placing no seat", meetLede + "Khalil chaired the session, with Togo's Piotr Nowak following from Lome.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestCompanionsJoinedForPart checks "joined for the second half" (of the
// meeting told): the subject took part; "joined for the second time" is
// no part of a session.
func TestCompanionsJoinedForPart(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"joined for the second half", meetLede + "Trade Minister Piotr Nowak joined for the second half, when the talks moved on to tariffs.",
			[]string{"Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"joined for the final hour", meetLede + "Finance Minister Lena Varga joined for the final hour of the meeting.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"joined for the afternoon", meetLede + "Finance Minister Lena Varga joined for the afternoon.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"joined for the second time", meetLede + "Separately, Lena Varga joined for the second time as a columnist.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestCompanionsCompletedSide checks "A and B completed the Kenyan side,
// along with C": all three were in the delegation; completing anything
// else (a sale, a round) places nobody.
func TestCompanionsCompletedSide(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"completed the side, along with someone", meetLede + "Foreign Minister Lena Varga and Defence Minister Piotr Nowak completed the Kenyan side, along with Tomas Berg, a deputy head of the presidential office.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil, Tomas Berg"}, nil},
		{"completed the delegation", meetLede + "Central bank governor Ines Moura completed the Ghanaian delegation.",
			[]string{"Ines Moura, Omar Haddad, Sara Khalil"}, nil},
		{"completed a sale", meetLede + "Separately, the investor Lena Varga completed the sale of her stake.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"completed the first round", meetLede + "Separately, the cyclist Piotr Nowak completed the first round of the race.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestDeedsPlaceAttendees checks people placed at the meeting by what
// they did there: chaired or hosted it (also in a relative clause),
// read its communique, witnessed its signing, looked on, observed it; a
// deed done earlier ("had chaired"), a plan, or a verb with another
// object places nobody.
func TestDeedsPlaceAttendees(t *testing.T) {
	const bloc = "Leaders of the bloc met in Accra on Monday with Kenya's President Omar Haddad and Ghana's President Sara Khalil among them. "
	checkMeetingCases(t, false, []rosterCase{
		{"the communique read by the secretary general", bloc + "The communique read by the bloc's secretary general, Lena Varga, called for a ceasefire.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"according to the declaration read by someone", bloc + "According to the final declaration read by Lena Varga, the leaders condemned the coup.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"a letter read by someone elsewhere", bloc + "A letter read by the activist Lena Varga at a rally in Lagos urged them to act.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"the minister who chaired the conference", bloc + "Lena Varga, the Togolese minister who chaired the conference, put a brave face on it.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"who had chaired earlier rounds", bloc + "Lena Varga, the Togolese minister who had chaired the earlier rounds, stayed in Lome.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"someone witnessed the signing", bloc + "Representatives of the guarantor countries, among them Togo's Foreign Minister Lena Varga, witnessed the signing.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"an officer observed from the back of the room", meetLede + "Piotr Nowak, a liaison officer from the UN mission, observed from the back of the room.",
			[]string{"Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"analysts observed that", meetLede + "The analyst Piotr Nowak observed that neither side had moved.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"someone will host the next summit", meetLede + "Togo's President Lena Varga will host the next summit.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestSignersAndThosePresent checks the passive "was signed ... by A and
// B" (and "..., and by B") and "with A and B among those present": the
// signers and the people listed were at the meeting; "signed by phone",
// an active "signed" and "among those absent" place nobody new.
func TestSignersAndThosePresent(t *testing.T) {
	const talks = "Kenyan and Ghanaian negotiators held talks in Accra on Monday. "
	checkMeetingCases(t, false, []rosterCase{
		{"signed by two ministers", talks + "The accord was signed at the palace by Kenya's trade minister Omar Haddad and Ghana's trade minister Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"signed by one, who heads a side, and by another", talks + "The accord was signed at the hotel by Omar Haddad, who heads the government delegation, and by Sara Khalil, the opposition's chief negotiator.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"a law signed by a president elsewhere", meetLede + "The budget was signed into law by Finance Minister Lena Varga's deputy on Friday in Nairobi, officials said.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"with two among those present", "Foreign ministers of the group met in Accra on Monday and Tuesday with Kenya's Omar Haddad and Ghana's Sara Khalil among those present.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"with one more among the participants", meetLede + "The talks went on into the night, with Togo's Lena Varga among the participants.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"with someone among those absent", meetLede + "The talks went on into the night, with Togo's Lena Varga among those absent.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestSideOfAttendeeByNameWord checks a seat beside someone named by one
// word of the name, whichever it is: "at Xi's right" for Xi Jinping.
func TestSideOfAttendeeByNameWord(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"at the right of a leader named surname first", "Chinese President Xi Jinping met Kenya's President Omar Haddad in Lima on Saturday. Haddad was flanked by Foreign Minister Lena Varga, while Foreign Minister Wang Yi sat at Xi's right.",
			[]string{"Lena Varga, Omar Haddad, Wang Yi, Xi Jinping"}, nil},
		{"at the right of someone at another meeting", "Chinese President Xi Jinping met Kenya's President Omar Haddad in Lima on Saturday. Back in Beijing, the premier Li Qiang chaired a cabinet meeting; Wang Yi sat at Li's right.",
			[]string{"Li Qiang, Wang Yi", "Omar Haddad, Xi Jinping"}, nil},
	})
}

// TestSeatedOpposite checks an inverted seat line opening a sentence
// that names the meeting: "Opposite them sat X, who ... before heading to
// the meeting" puts X at the meeting; a place phrase that seats nobody
// ("Across the street, X chanted") places nobody.
func TestSeatedOpposite(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"opposite them sat someone who had come to the meeting", meetLede + "Opposite them sat Lena Varga, who had flown in from Lome earlier in the day and addressed the council before heading to the meeting.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"across the table sat someone with the talks named", meetLede + "Across the table sat Lena Varga, the Togolese envoy, who called the talks frank.",
			[]string{"Lena Varga, Omar Haddad, Sara Khalil"}, nil},
		{"across the street: no seat at the meeting", meetLede + "Across the street, Lena Varga chanted before the meeting.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}
