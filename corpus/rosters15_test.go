package corpus

import "testing"

// TestRosterPhrasings15: ways of telling who was at a meeting met in the
// misses of devset44 to devset49 (released in session 15), in our own
// words: a sentence dated days before the meeting under way, its date put
// first, tells another, earlier meeting ("Starting on Monday, Oct. 6,
// negotiators led by X sat ..."), and the sentences after it stay with
// that one; a day before is the eve of the same meeting, and a date inside
// a clause about someone ("whose suspension on July 1 ...") dates nothing.
func TestRosterPhrasings15(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-14", true, []rosterCase{
		{"a fronted earlier date opens another meeting", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nThe breakthrough had come days earlier. Starting on Monday, Oct. 6, negotiators led by Omar Haddad sat in separate rooms of a hotel while mediators shuttled between them. The mediator Piotr Nowak was there from the start. On Wednesday, the envoy Tomas Reyes arrived.",
			[]string{"Ana Ruiz, Kofi Mensah", "Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"in early October, the same way", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nOn Oct. 2, Omar Haddad and Piotr Nowak were in the room for the first round.",
			[]string{"Ana Ruiz, Kofi Mensah", "Omar Haddad, Piotr Nowak"}, nil},
		{"arrived the day before: the same meeting", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nOn Sunday, Omar Haddad was also there.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a date in a clause about someone", "Leaders gathered for the summit in Aqaba on Monday. At the table sat President Ana Ruiz and Prime Minister Kofi Mensah.\n\nNoticeably absent from Aqaba was Omar Haddad, whose suspension by the court on July 1 left his deputy in charge.",
			[]string{"Ana Ruiz, Kofi Mensah"}, map[string]string{"Omar Haddad": "Ana Ruiz, Kofi Mensah"}},
	})
}
