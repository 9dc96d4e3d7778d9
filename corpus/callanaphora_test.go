package corpus

import "testing"

// TestConversationJoinedBy checks "The conversation was (also) joined by
// X": the call told before, not the meeting told last.
func TestConversationJoinedBy(t *testing.T) {
	const call = "Chad's President Lena Varga and Niger's President Piotr Nowak held a telephone conversation on Wednesday. Their foreign ministers, Omar Haddad and Sara Khalil, had met in Lome on Monday.\n\n"
	checkMeetingCases(t, false, []rosterCase{
		{"also joined by", call + "The conversation was also joined by Chad's Defence Minister Tomas Berg and envoy Ines Moura.",
			[]string{"Ines Moura, Lena Varga, Piotr Nowak, Tomas Berg", "Omar Haddad, Sara Khalil"}, nil},
		{"attended by", call + "The conversation was attended by Chad's Defence Minister Tomas Berg.",
			[]string{"Lena Varga, Piotr Nowak, Tomas Berg", "Omar Haddad, Sara Khalil"}, nil},
		{"described, not joined", call + "The conversation was described as frank by Chad's Defence Minister Tomas Berg.",
			[]string{"Lena Varga, Piotr Nowak", "Omar Haddad, Sara Khalil"}, nil},
	})
}
