package corpus

import "testing"

// TestNewsletterRosters checks constructions of the kind devset6 showed, in
// other words and with other people: "PM" as a title before a name, list
// items that name several people at once under an "Around the table:"
// heading, and a "Not at the table:" heading whose list is absent.
func TestNewsletterRosters(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"PM is a title, not part of the name", "Spanish PM Pedro Sánchez met Italian PM Giorgia Meloni in Madrid on Monday.",
			[]string{"Giorgia Meloni, Pedro Sánchez"}, nil},
		{"PM before a name in a list", "Greek PM Kyriakos Mitsotakis hosted talks in Athens on Tuesday with Cypriot President Nikos Christodoulides and Maltese PM Robert Abela.",
			[]string{"Kyriakos Mitsotakis, Nikos Christodoulides, Robert Abela"}, nil},
		{"a time of day is no title", "Kyriakos Mitsotakis met Robert Abela in Athens on Tuesday. The talks ended at 11 pm.",
			[]string{"Kyriakos Mitsotakis, Robert Abela"}, nil},
		{"list items naming two and three people", "Council President Jana Novak hosted a private dinner in Brussels on Tuesday night.\n\nAround the table:\n\n- Novak, as host.\n\n- Dutch PM Dick Schoof and Belgian Prime Minister Bart De Wever, seated together.\n\n- Swedish PM Ulf Kristersson, Finnish President Alexander Stubb and Estonian PM Kristen Michal, who came straight from Tallinn.",
			[]string{"Alexander Stubb, Bart De Wever, Dick Schoof, Jana Novak, Kristen Michal, Ulf Kristersson"}, nil},
		{"a list item naming one person stays one", "Ana Brnabić hosted a meeting of regional foreign ministers in Belgrade on Monday.\n\nIn the room:\n\n- Albania's Igli Hasani, who flew in that morning.\n\n- Montenegro's Ervin Ibrahimović, the foreign minister.",
			[]string{"Ana Brnabić, Ervin Ibrahimović, Igli Hasani"}, nil},
		{"a list item with no one in it ends the list", "Ana Brnabić hosted a meeting of regional foreign ministers in Belgrade on Monday.\n\nIn the room:\n\n- Albania's Igli Hasani.\n\n- Talks on energy and border crossings, which ran late.\n\nLater, Aleksandar Vučić said nothing had been agreed.",
			[]string{"Ana Brnabić, Igli Hasani"}, nil},
		{"not at the table: the list is absent", "Council President Jana Novak hosted a small dinner in Brussels on Tuesday with Chancellor Friedrich Merz and President Emmanuel Macron.\n\nNot at the table: Hungary's Viktor Orbán and Slovakia's Robert Fico.",
			[]string{"Emmanuel Macron, Friedrich Merz, Jana Novak"}, map[string]string{"Viktor Orbán": "Emmanuel Macron, Friedrich Merz, Jana Novak", "Robert Fico": "Emmanuel Macron, Friedrich Merz, Jana Novak"}},
		{"not in the room: one person, with a clause", "Pedro Sánchez received Giorgia Meloni in Madrid on Monday.\n\nNot in the room: Spain's foreign minister, José Manuel Albares, who was in Brussels.",
			[]string{"Giorgia Meloni, Pedro Sánchez"}, map[string]string{"José Manuel Albares": "Giorgia Meloni, Pedro Sánchez"}},
		{"at the table: the list attends", "Pedro Sánchez received Giorgia Meloni in Madrid on Monday.\n\nAt the table: José Manuel Albares and Antonio Tajani.",
			[]string{"Antonio Tajani, Giorgia Meloni, José Manuel Albares, Pedro Sánchez"}, nil},
	})
}
