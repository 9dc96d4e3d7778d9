package corpus

import "testing"

// TestBringingTogether26: "hosted a meeting of the contact group, bringing
// together A, B and C" names who sat at the meeting, as "brought
// together" does; a coalition "bringing together six parties" is no
// meeting.
func TestBringingTogether26(t *testing.T) {
	checkDatedMeetings(t, "2025-06-12", []struct{ name, text, want string }{
		{"hosted a meeting, bringing together", "On Tuesday, Dutch Foreign Minister Hanna Kaur hosted a meeting of the Baltic contact group in The Hague, bringing together Estonian Foreign Minister Mart Pihl, Latvian Foreign Minister Ilze Berzina and Lithuanian Foreign Minister Tomas Vaitkus.",
			"Hanna Kaur, Ilze Berzina, Mart Pihl, Tomas Vaitkus @ 2025-06-10"},
		{"the talks, bringing together", "The talks in Valletta on Monday, bringing together Maltese Prime Minister Paul Borg and Tunisian Interior Minister Karim Haddad, ended without a statement.",
			"Karim Haddad, Paul Borg @ 2025-06-09"},
		{"a coalition bringing together parties", "The coalition, bringing together six parties, said on Monday that it would back the budget.",
			""},
	})
}

// TestCountryInKnownName26: a person whose family name is a country's
// ("Luís Montenegro") is that person, not the country's prime minister.
func TestCountryInKnownName26(t *testing.T) {
	checkDatedMeetings(t, "2025-04-14", []struct{ name, text, want string }{
		{"with his title", "Portuguese Prime Minister Luís Montenegro met Spanish Prime Minister Pedro Sánchez in Lisbon on Friday.",
			"Luís Montenegro, Pedro Sánchez @ 2025-04-11"},
		{"the name alone", "Luís Montenegro met Pedro Sánchez in Lisbon on Friday.",
			"Luís Montenegro, Pedro Sánchez @ 2025-04-11"},
		{"the country's own prime minister", "Prime Minister Milojko Spajić of Montenegro met Serbian President Aleksandar Vučić in Belgrade on Friday.",
			"Aleksandar Vučić, Milojko Spajić @ 2025-04-11"},
	})
}

// TestSatThrough26: "X sat through all of it" (or the talks, every
// session, seven hours of them) after a meeting is told puts X at it;
// "sat through a traffic jam" does not.
func TestSatThrough26(t *testing.T) {
	checkDatedMeetings(t, "2019-03-23", []struct{ name, text, want string }{
		{"all of it", "Council President Jonas Weber chaired the summit in Brussels on Thursday. Prime Minister Ana Costa sat through all of it.",
			"Ana Costa, Jonas Weber @ 2019-03-21"},
		{"the whole session", "Council President Jonas Weber chaired the summit in Brussels on Thursday. Prime Minister Ana Costa sat through the whole session, saying little.",
			"Ana Costa, Jonas Weber @ 2019-03-21"},
		{"seven hours of talks", "Council President Jonas Weber chaired the summit in Brussels on Thursday. Prime Minister Ana Costa sat through seven hours of talks.",
			"Ana Costa, Jonas Weber @ 2019-03-21"},
		{"a traffic jam", "Council President Jonas Weber chaired the summit in Brussels on Thursday with Chancellor Lena Vogt.\n\nPrime Minister Ana Costa sat through a traffic jam on the way home.",
			"Jonas Weber, Lena Vogt @ 2019-03-21"},
	})
}

// TestRelativeAsideDate26: a date inside a "who" aside about the subject
// ("X, who leads a caretaker government before next month's election,
// hosted Y on Monday") is the day of something else: the meeting stands,
// dated by its own day; a "which" aside about the meeting ("The round,
// which ran from Monday to Friday, was hosted by X") still dates it.
func TestRelativeAsideDate26(t *testing.T) {
	checkDatedMeetings(t, "2024-11-02", []struct{ name, text, want string }{
		{"next month's in a who aside", "Prime Minister Arni Jonsson, who is leading a caretaker government before next month's general election, hosted Premier Liisa Kallio and Premier Tomas Berg in Reykjavik on Monday.",
			"Arni Jonsson, Liisa Kallio, Tomas Berg @ 2024-10-28"},
		{"next year's in a who aside", "Chancellor Maria Vogt, who faces a party congress before next year's vote, met President Ivo Horvat in Vienna on Monday.",
			"Ivo Horvat, Maria Vogt @ 2024-10-28"},
		{"the meeting's own which aside", "The cycle, which ran from Monday to Friday at a facility in Oslo, was hosted by Minister Anna Berg, who opened the first session together with envoy Lars Holm.",
			"Anna Berg, Lars Holm @ 2024-10-28"},
	})
}
