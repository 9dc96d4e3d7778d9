package corpus

import "testing"

// TestProbeQuotes checks quotation and attribution constructions found
// failing on short passages written to probe the rules: armed and police
// bodies that speak, anonymous single speakers, gender of pronouns,
// documents named for their author and more. Each row is text written for
// the test; want lists every quotation the text holds, in order (nil for
// none).
func TestProbeQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		// armed and police bodies speak as organisations
		{"the military said after the quote",
			"“We hit several launch sites overnight,” the Israeli military said.",
			[]wantQuote{{"We hit several launch sites overnight", "Israeli military", ""}}},
		{"a country's air force said",
			"Poland's air force said it had scrambled jets “to protect our airspace from any threat.”",
			[]wantQuote{{"to protect our airspace from any threat.", "Poland's air force", ""}}},
		{"border police after the quote",
			"“The crossing will stay closed until further notice,” Lithuanian border police said.",
			[]wantQuote{{"The crossing will stay closed until further notice", "Lithuanian border police", ""}}},
		{"police alone is no name",
			"“Three men were detained near the venue,” police said.",
			[]wantQuote{{"Three men were detained near the venue", "", "police"}}},
		// a single unnamed person after the quotation
		{"the woman said",
			"A woman with two children waited at the gate. “We have not eaten since yesterday,” the woman said.",
			[]wantQuote{{"We have not eaten since yesterday", "", "woman"}}},
		{"the two men spoke is no attribution of a later quote",
			"The two men spoke “for nearly an hour” before lunch, the Omani foreign ministry said.",
			[]wantQuote{{"for nearly an hour", "Omani foreign ministry", ""}}},
		// the gender of a first name the lexicon does not list
		{"she after a man named last, -a first name",
			"Roberta Lindholm, the mayor, met fire chief Marcus Webb. Webb promised more crews. “That will not be enough,” she said.",
			[]wantQuote{{"That will not be enough", "Roberta Lindholm", ""}}},
		{"he after a woman named last, known male first name",
			"Kwame Asante, the mayor, met fire chief Dorothea Kranz. Kranz promised more crews. “That will not be enough,” he said.",
			[]wantQuote{{"That will not be enough", "Kwame Asante", ""}}},
		{"a male name ending in -a is no woman",
			"Luca Bianchi met Helena Voss in Milan. Voss left early. “We will meet again,” he said.",
			[]wantQuote{{"We will meet again", "Luca Bianchi", ""}}},
		{"an Arabic man's name ending in -a",
			"Moqtada al-Sadr met Hana Kareem in Najaf. Kareem left first. “We will not join this government,” he said.",
			[]wantQuote{{"We will not join this government", "Moqtada al-Sadr", ""}}},
		{"a Japanese man's name ending in -ya",
			"Tatsuya Mori met Yoko Sato in Osaka. Sato spoke briefly. “The deal is fair,” he said.",
			[]wantQuote{{"The deal is fair", "Tatsuya Mori", ""}}},
		{"a surname with a particle says nothing of gender",
			"Speaking on his way out, Corrêa do Lago was upbeat. “People were listening to each other,” he said.",
			[]wantQuote{{"People were listening to each other", "Corrêa do Lago", ""}}},
		// documents named for the body that wrote them
		{"the G7 communique said",
			"The G20 communique said members were “committed to open and fair trade.”",
			[]wantQuote{{"committed to open and fair trade.", "G20", ""}}},
		{"a group's statement said",
			"A Hezbollah statement said the group had “no intention of handing over its weapons.”",
			[]wantQuote{{"no intention of handing over its weapons.", "Hezbollah", ""}}},
		{"the Kremlin readout said after the quote",
			"“The two leaders agreed to keep in contact,” the Kremlin readout said.",
			[]wantQuote{{"The two leaders agreed to keep in contact", "Kremlin", ""}}},
		{"a nationality is no author",
			"A German statement said Berlin was “ready to host the next round.”",
			[]wantQuote{{"ready to host the next round.", "", ""}}},
		// quoted by an outlet, in the tag after the quotation
		{"was quoted by an agency as saying",
			"“Our contacts will continue,” Yuri Ushakov was quoted by the RIA news agency as saying.",
			[]wantQuote{{"Our contacts will continue", "Yuri Ushakov", ""}}},
		// "continued" only in a tag
		{"she continued: a quote of its own",
			"Ines Duarte runs a pharmacy in Braga. “Prices went up,” she said. “People buy less now,” she continued.",
			[]wantQuote{{"Prices went up", "Ines Duarte", ""}, {"People buy less now", "Ines Duarte", ""}}},
		{"continued before a quoted name is no attribution",
			"Shelling continued overnight near the market, known to residents as “the street of broken glass.”",
			nil},
		{"continued with an outer attribution",
			"The talks continued “in a constructive atmosphere,” the Turkish foreign ministry said.",
			[]wantQuote{{"in a constructive atmosphere", "Turkish foreign ministry", ""}}},
		// ordinary people known by a first name a public figure shares
		{"a first name with a trade after it is a local",
			"Olena, a pharmacist in Kherson, stayed through the occupation. “We learned to keep quiet,” she said.",
			[]wantQuote{{"We learned to keep quiet", "Olena", ""}}},
		{"a first name unknown to the gazetteer with a trade",
			"Hamid, a retired miner, backs the tariffs. “We should have done this long ago,” he said.",
			[]wantQuote{{"We should have done this long ago", "Hamid", ""}}},
		{"a public figure's surname with an office stays the figure",
			"Volodymyr Zelensky spoke in Kyiv. Zelensky, the Ukrainian president, said: “We need air defence now.”",
			[]wantQuote{{"We need air defence now.", "Volodymyr Zelensky", ""}}},
		// a pronoun tag the rules cannot resolve still marks a quotation
		{"an unresolved he said",
			"“We will rebuild everything we lost,” he said.",
			[]wantQuote{{"We will rebuild everything we lost", "", ""}}},
		{"said she, inverted",
			"Anna Berg chairs the residents' group. “This cannot go on,” said she.",
			[]wantQuote{{"This cannot go on", "Anna Berg", ""}}},
		// counterparts
		{"his counterpart of a named country",
			"Hakan Fidan met Sergei Lavrov in Antalya. His Russian counterpart said the meeting was “useful and very frank.”",
			[]wantQuote{{"useful and very frank.", "Sergei Lavrov", ""}}},
		{"his counterpart after the quote, no country",
			"Hakan Fidan hosted Anna Berg in Ankara. “We agreed on a great deal,” his counterpart said.",
			[]wantQuote{{"We agreed on a great deal", "Anna Berg", ""}}},
		{"his office after the quote",
			"Benjamin Netanyahu flew to Washington. “The visit will focus on the hostages,” his office said.",
			[]wantQuote{{"The visit will focus on the hostages", "Benjamin Netanyahu's office", ""}}},
		// a former office holder
		{"the former president, from the gazetteer",
			"Joe Biden spoke at a college in Delaware. “This deal was built on our work,” the former president said.",
			[]wantQuote{{"This deal was built on our work", "Joe Biden", ""}}},
		{"the former minister, from the article",
			"Marta Kowalczyk, a former foreign minister, now runs a think tank. “The window is closing,” the former minister said.",
			[]wantQuote{{"The window is closing", "Marta Kowalczyk", ""}}},
		{"the former president is not the sitting one",
			"Donald Trump met Joe Biden's envoy in Florida. “We will see what happens,” the former president said.",
			[]wantQuote{{"We will see what happens", "Joe Biden", ""}}},
		// bodies referred back to
		{"it said after a body's full name with the",
			"The World Health Organization warned of cholera. “Time is running out,” it said.",
			[]wantQuote{{"Time is running out", "World Health Organization", ""}}},
		{"the agency added after an agency that is no outlet",
			"The IAEA said inspectors had reached the site. “Access was granted without delay,” the agency added.",
			[]wantQuote{{"Access was granted without delay", "IAEA", ""}}},
		// a pronoun before the name it stands for
		{"she said, then the name",
			"“It is a good day for Europe,” she said. Kaja Kallas, the EU foreign policy chief, was speaking in Brussels.",
			[]wantQuote{{"It is a good day for Europe", "Kaja Kallas", ""}}},
		{"he said with a woman named after is no cataphor",
			"“It is a good day,” he said. Kaja Kallas, the EU foreign policy chief, disagreed.",
			[]wantQuote{{"It is a good day", "", ""}}},
		// asides between a subject and its verb
		{"said NAME as an aside after the subject",
			"The agreement, said Pedro Sánchez, was “proof that diplomacy still works in Europe.”",
			[]wantQuote{{"proof that diplomacy still works in Europe.", "Pedro Sánchez", ""}}},
		{"said NAME with a role as an aside",
			"The plan, said Kaja Kallas, the EU's top diplomat, was “dead on arrival in Moscow.”",
			[]wantQuote{{"dead on arrival in Moscow.", "Kaja Kallas", ""}}},
		{"a dash aside between subject and verb",
			"Antonio Guterres — who has long called for a ceasefire — said the deal was “long overdue and very welcome.”",
			[]wantQuote{{"long overdue and very welcome.", "Antonio Guterres", ""}}},
		{"a dash aside naming someone else",
			"Mark Rutte — flanked by Pete Hegseth — said allies would “pay their fair share from now on.”",
			[]wantQuote{{"pay their fair share from now on.", "Mark Rutte", ""}}},
		// an unnamed member of a named body
		{"a minister in a government is unnamed",
			"“We will not be blackmailed,” a minister in the Israeli government said.",
			[]wantQuote{{"We will not be blackmailed", "", "minister in the Israeli government"}}},
		{"a named government still speaks",
			"“We reject this interference,” the Venezuelan government said.",
			[]wantQuote{{"We reject this interference", "Venezuelan government", ""}}},
		// a paragraph that is only a quotation after a paragraph about one person
		{"quote-only paragraph after a paragraph about one person",
			"Xi Jinping received the delegation in Beijing and spoke for forty minutes.\n\n“China has always stood on the side of peace and dialogue.”",
			[]wantQuote{{"China has always stood on the side of peace and dialogue.", "Xi Jinping", ""}}},
		{"quote-only paragraph after a paragraph about two people",
			"Xi Jinping received Anthony Albanese in Beijing on Monday.\n\n“China has always stood on the side of peace and dialogue.”",
			[]wantQuote{{"China has always stood on the side of peace and dialogue.", "", ""}}},
		// documents that "read"
		{"a statement signed by a minister read:",
			"The statement, signed by Foreign Minister Badr Abdelatty, read: “Egypt rejects any displacement of Palestinians.”",
			[]wantQuote{{"Egypt rejects any displacement of Palestinians.", "Badr Abdelatty", ""}}},
		{"it read: after a body issued a statement",
			"The Jordanian foreign ministry issued a statement. It read: “Jordan condemns the raid in the strongest terms.”",
			[]wantQuote{{"Jordan condemns the raid in the strongest terms.", "Jordanian foreign ministry", ""}}},
		// descriptions by seat and by owner
		{"the Kremlin chief",
			"Vladimir Putin met Steve Witkoff in Moscow. “We are open to talks,” the Kremlin chief said.",
			[]wantQuote{{"We are open to talks", "Vladimir Putin", ""}}},
		{"an owner's envoy",
			"Vladimir Putin met Steve Witkoff in Moscow. “It was very productive,” Trump's envoy said.",
			[]wantQuote{{"It was very productive", "Steve Witkoff", ""}}},
		// bodies known by a full name whose last word is a role noun
		{"the United Nations said",
			"“The situation is catastrophic and worsening,” the United Nations said.",
			[]wantQuote{{"The situation is catastrophic and worsening", "United Nations", ""}}},
		{"United Nations officials are unnamed",
			"United Nations officials said the situation was “catastrophic and worsening.”",
			[]wantQuote{{"catastrophic and worsening.", "", "United Nations officials"}}},
		// an ordinal after the article is no adverb
		{"the first lady said",
			"Olena Zelenska spoke at the forum in Kyiv. “We need our children back,” the first lady said.",
			[]wantQuote{{"We need our children back", "Olena Zelenska", ""}}},
		// documents from a body, descriptions before a name
		{"a statement from a body said, after the quote",
			"“Our forces repelled the attack,” a statement from the Sudanese army said.",
			[]wantQuote{{"Our forces repelled the attack", "Sudanese army", ""}}},
		{"a statement from an unnamed body stays unnamed",
			"“Our forces repelled the attack,” a statement from the army said.",
			[]wantQuote{{"Our forces repelled the attack", "", ""}}},
		{"the group's leader, NAME, said",
			"“The ceasefire is dead,” the group's leader, Abdul-Malik al-Houthi, said in a televised speech.",
			[]wantQuote{{"The ceasefire is dead", "Abdul-Malik al-Houthi", ""}}},
		{"said a person familiar with the talks",
			"“The Americans brought a new map,” said a person familiar with the talks.",
			[]wantQuote{{"The Americans brought a new map", "", "person"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-06-12", tc.text)
			if len(a.Quotes) != len(tc.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(a.Quotes), a.Quotes, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				q := a.Quotes[i]
				if q.Text != w.text {
					t.Errorf("quote %d text = %q, want %q", i, q.Text, w.text)
				}
				if q.Speaker != w.speaker {
					t.Errorf("quote %d speaker = %q, want %q (role %q)", i, q.Speaker, w.speaker, q.Role)
				}
				if w.role != "" && q.Role != w.role {
					t.Errorf("quote %d role = %q, want %q", i, q.Role, w.role)
				}
			}
		})
	}
}
