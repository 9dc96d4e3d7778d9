package corpus

import "testing"

// TestUnseenQuoteConstructions checks quotation constructions found
// missing or misattributed on news text written by people who had not read
// the rules: bodies known only by their initials, a participle after a
// surname, one member of an unnamed group and more. Each row is text
// written for the test, with near misses beside the constructions; want
// lists every quotation the text holds, in order (nil for none).
func TestUnseenQuoteConstructions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		// a body the gazetteer does not know, by its initials
		{"initials said after the quote",
			"“The ceasefire line must be respected by every party,” UNMISS said on Friday.",
			[]wantQuote{{"The ceasefire line must be respected by every party", "UNMISS", ""}}},
		{"initials said in a statement that",
			"UNAMI said in a statement that the mission “remains ready to help the parties find common ground.”",
			[]wantQuote{{"remains ready to help the parties find common ground.", "UNAMI", ""}}},
		{"initials with digits",
			"“We will hold our positions around the town,” the M23 said.",
			[]wantQuote{{"We will hold our positions around the town", "M23", ""}}},
		{"officials of a body by its initials stay unnamed",
			"“We will hold our positions around the town,” UNMISS officials said.",
			[]wantQuote{{"We will hold our positions around the town", "", "UNMISS officials"}}},
		// a surname followed by its verb, then a participle of speech
		{"surname walked out, saying",
			"Lokuji walked out after an hour, saying the other side had “no interest in compromise at all.”",
			[]wantQuote{{"no interest in compromise at all.", "Lokuji", ""}}},
		{"surname left early, warning",
			"At the second session, Marangoni left early, warning that the draft was “a recipe for another war.”",
			[]wantQuote{{"a recipe for another war.", "Marangoni", ""}}},
		{"a plural subject before the participle is no name",
			"Protesters marched to the embassy, chanting “no deal without justice.”",
			nil},
		// one of an unnamed group
		{"one of them described",
			"Two delegates spoke to us after the session. One of them described the atmosphere as “tense but workmanlike.”",
			[]wantQuote{{"tense but workmanlike.", "", "One of them"}}},
		{"one of them said after the quote",
			"Two delegates spoke to us after the session. “Nobody wanted to be the first to leave,” one of them said.",
			[]wantQuote{{"Nobody wanted to be the first to leave", "", "one of them"}}},
		{"said one of those",
			"Several officials were present. “The Americans did most of the talking,” said one of those present.",
			[]wantQuote{{"The Americans did most of the talking", "", "one of those"}}},
		// a title that stays before the name
		{"minister for a portfolio, then the name",
			"Deputy Prime Minister for Reintegration Oleg Serebrian met the other side in Bender. “We talked, and that is something,” Serebrian told reporters.",
			[]wantQuote{{"We talked, and that is something", "Oleg Serebrian", "Deputy Prime Minister for Reintegration"}}},
		{"minister for a place, then a three-word name",
			"Minister for Europe Ana Lucía Restrepo said the deal was “a first step and nothing more.”",
			[]wantQuote{{"a first step and nothing more.", "Ana Lucía Restrepo", "Minister for Europe"}}},
		{"a two-word run after for stays a name",
			"The award for Maria Santos was announced. “I am grateful,” Maria Santos said.",
			[]wantQuote{{"I am grateful", "Maria Santos", ""}}},
		{"Irish titles before the name and as a description",
			"Tánaiste Simon Harris met the secretary of state in Belfast. “We owe it to the families to be sure,” the Tánaiste said.",
			[]wantQuote{{"We owe it to the families to be sure", "Simon Harris", "Tánaiste"}}},
		{"the Taoiseach said after a titled name",
			"Taoiseach Micheál Martin spoke first. The Taoiseach said the talks had been “frank and useful.”",
			[]wantQuote{{"frank and useful.", "Micheál Martin", "Taoiseach"}}},
		{"a lower-case title before the name",
			"Security analyst Ines Okafor said the plan was “a ceasefire in name only.”",
			[]wantQuote{{"a ceasefire in name only.", "Ines Okafor", "Security analyst"}}},
		// a person of a body named for a place
		{"NAME of the University of PLACE said",
			"Rommel Ongpin-Dizon of the University of the Philippines said the talks had “produced a lot of paper and very little calm.”",
			[]wantQuote{{"produced a lot of paper and very little calm.", "Rommel Ongpin-Dizon", ""}}},
		{"NAME of the School of X said",
			"Economist Sara Lindqvist of the Stockholm School of Economics said tariffs were “a slow poison for trade.”",
			[]wantQuote{{"a slow poison for trade.", "Sara Lindqvist", "Economist"}}},
		{"the president of a country is its officeholder, not the country",
			"The president of the Philippines said the shoal was “ours and will stay ours.”",
			[]wantQuote{{"ours and will stay ours.", "Ferdinand Marcos Jr.", ""}}},
		// he/she after a surname: the article's own person of that name
		{"a surname is the article's minister, not a leader of that name",
			"Marco Rubio hosted Takeshi Iwaya and Penny Wong.\n\nIwaya raised tariffs with Rubio.\n\nWong was careful. “The Quad is not an alliance,” she told reporters.",
			[]wantQuote{{"The Quad is not an alliance", "Penny Wong", ""}}},
		{"a bare surname after a spouse is still the president",
			"Melania Trump arrived first.\n\n“We will get it done,” Trump said.",
			[]wantQuote{{"We will get it done", "Donald Trump", ""}}},
		{"a man's name ending in -a",
			"Defence Minister Khawaja Asif met Mullah Mohammad Yaqoob in Doha.\n\nAsif said the demand had not changed. “Our position is simple,” he told reporters.",
			[]wantQuote{{"Our position is simple", "Khawaja Asif", ""}}},
		{"a woman's name ending in -a is still a woman's",
			"Foreign Minister Helena Marsh met Mohammad Yaqoob in Doha.\n\nMarsh said the demand had not changed. “Our position is simple,” she told reporters.",
			[]wantQuote{{"Our position is simple", "Helena Marsh", ""}}},
		// bodies the article spells out once, then names by initials
		{"the initials said after the quote, spelled out before",
			"The Department of Foreign Affairs (DFA) confirmed the talks.\n\n“We stand firm on our rights,” the DFA said.",
			[]wantQuote{{"We stand firm on our rights", "Department of Foreign Affairs", ""}}},
		{"the initials said before the quote, spelled out before",
			"Officials of the Ministry of External Affairs (MEA) met their counterparts.\n\nThe MEA said the two sides had agreed to “keep the border calm.”",
			[]wantQuote{{"keep the border calm.", "Ministry of External Affairs", ""}}},
		{"initials spelled out with other letters stay initials",
			"The Pacific Coastal Forum (XYZ) met.\n\n“We will meet again,” XYZ said.",
			[]wantQuote{{"We will meet again", "XYZ", ""}}},
		// documents as the subject, and what refers back to them
		{"the readout named for a body speaks for it",
			"According to the DFA readout released on Tuesday, the delegation was led by Maria Lazaro. The Department of Foreign Affairs (DFA) hosted.\n\nThe readout, which we have seen, said the sides had “agreed to set up a hotline.”\n\nIt also said Manila had been “firm in protecting its rights.”",
			[]wantQuote{{"agreed to set up a hotline.", "Department of Foreign Affairs", ""}, {"firm in protecting its rights.", "Department of Foreign Affairs", ""}}},
		{"it after an unowned readout is the readout",
			"The readout said the sides had “agreed to set up a hotline.”\n\nIt also said Manila had been “firm in protecting its rights.”",
			[]wantQuote{{"agreed to set up a hotline.", "", "readout"}, {"firm in protecting its rights.", "", "readout"}}},
		{"a protocol with a participle before its verb",
			"A joint protocol released by the two governments after the talks said the commissions had settled “the line of the border between the two villages” using old maps.",
			[]wantQuote{{"the line of the border between the two villages", "", "joint protocol"}}},
		{"a communique seen by an outlet",
			"The final communique, seen by Reuters, said the leaders were “committed to a just and lasting peace.”",
			[]wantQuote{{"committed to a just and lasting peace.", "", "communique"}}},
		// a body speaking through its spokesperson
		{"said through a spokeswoman NAME that",
			"Moscow, which was not at the talks, said through foreign ministry spokeswoman Maria Zakharova that it “welcomes any step the two sides agree on themselves.”",
			[]wantQuote{{"welcomes any step the two sides agree on themselves.", "Maria Zakharova", ""}}},
		{"said through its spokesman, NAME, that",
			"Tehran said through its spokesman, Esmaeil Baghaei, that the talks were “serious and useful.”",
			[]wantQuote{{"serious and useful.", "Esmaeil Baghaei", ""}}},
		{"said through mediators names no one",
			"Tehran said through Omani mediators that the offer was “not serious at all.”",
			nil},
		// a description after the name: the person last given that role
		{"the former general after an abbreviated title",
			"Mark Rutte met Gen. Alan Pike. The former general said the plan was “a good start for everyone.”",
			[]wantQuote{{"a good start for everyone.", "Alan Pike", ""}}},
		{"the general after a lower-case role",
			"Mark Rutte met retired general Alan Pike in Brussels.\n\n“It is a good start for everyone,” the general said.",
			[]wantQuote{{"It is a good start for everyone", "Alan Pike", ""}}},
		{"the general after someone else spoke",
			"Gen. Alan Pike met Mark Rutte and Olena Kovalenko.\n\nKovalenko spoke first. “We need more,” the general said.",
			[]wantQuote{{"We need more", "Alan Pike", ""}}},
		{"the senator among two lawmakers",
			"Sen. Jane Holt met Rep. Tom Reyes. “We will not back this bill,” the senator said.",
			[]wantQuote{{"We will not back this bill", "Jane Holt", ""}}},
		{"the general with no general named stays unnamed",
			"Mark Rutte met Alan Pike in Brussels.\n\n“It is a good start for everyone,” the general said.",
			[]wantQuote{{"It is a good start for everyone", "", "general"}}},
		// a name that qualifies a noun is not the speaker
		{"a senior NAME administration official",
			"A senior Trump administration official, who briefed reporters on condition of anonymity, called the talks “direct in places and useful throughout.”",
			[]wantQuote{{"direct in places and useful throughout.", "", "senior Trump administration official"}}},
		{"a NAME aide said after the quote",
			"“It went well,” a Putin aide said.",
			[]wantQuote{{"It went well", "", "Putin aide"}}},
		{"said NAME envoy NAME",
			"“It went well,” said Trump envoy Steve Witkoff.",
			[]wantQuote{{"It went well", "Steve Witkoff", ""}}},
		{"NAME envoy NAME said before the quote",
			"Trump envoy Steve Witkoff said the talks went “very well indeed.”",
			[]wantQuote{{"very well indeed.", "Steve Witkoff", ""}}},
		// an infinitive inside the reported clause has no speaker of its own
		{"the deadline set by NAME for X to respond",
			"Marco Rubio spoke to reporters. He said the deadline set by President Donald Trump for Kyiv to respond to the plan “could be extended” if needed.",
			[]wantQuote{{"could be extended", "Marco Rubio", ""}}},
		// an unnamed spokesperson relays the leader's words
		{"a spokesperson said NAME had called",
			"President Lee Jae-myung watched the talks on television. A spokesperson said Lee had called the talks “a small but real first step.”",
			[]wantQuote{{"a small but real first step.", "Lee Jae-myung", ""}}},
		{"sources close to NAME told: the sources' words",
			"Nabih Berri stayed silent. MPs close to him told a local paper he had agreed to the move « on the condition that the envoy speaks for the state ».",
			[]wantQuote{{"on the condition that the envoy speaks for the state", "", ""}}},
		// an unnamed spokesperson of a body named in full: the body speaks
		{"a spokesperson for the Port of X said:",
			"A spokesperson for the Port of Calais said: “Fewer checks are good news for the port and for the town.”",
			[]wantQuote{{"Fewer checks are good news for the port and for the town.", "Port of Calais", ""}}},
		{"a spokeswoman for the NAMED ASSOCIATION after the quote",
			"“We need the deal this year,” a spokeswoman for the Road Haulage Association told the paper.",
			[]wantQuote{{"We need the deal this year", "Road Haulage Association", ""}}},
		{"a spokesman for a body by a bare noun stays unnamed",
			"A spokesman for the smaller party said a deal was “possible, but not certain.”",
			[]wantQuote{{"possible, but not certain.", "", ""}}},
		{"an attributive spokesperson stays unnamed",
			"“Talks will resume on Monday,” a Commission spokesperson said.",
			[]wantQuote{{"Talks will resume on Monday", "", "Commission spokesperson"}}},
		// a surname that is the first of two family names
		{"the first family name alone",
			"Ana Lucía Restrepo Vélez led the government side.\n\n“Today we take a concrete step,” Restrepo said, according to the statement.",
			[]wantQuote{{"Today we take a concrete step", "Ana Lucía Restrepo Vélez", ""}}},
		{"the first family name over a namesake the gazetteer knows",
			"Andrés Manuel López Obrador met Joe Biden. “We are neighbours,” López said.",
			[]wantQuote{{"We are neighbours", "Andrés Manuel López Obrador", ""}}},
		{"the last family name still works",
			"Ana Lucía Restrepo Vélez led the government side.\n\n“Today we take a concrete step,” Vélez said.",
			[]wantQuote{{"Today we take a concrete step", "Ana Lucía Restrepo Vélez", ""}}},
		// a pronoun right after an aside names its teller
		{"in which, NAME said afterwards, he had asked",
			"The call joined Prime Minister Donald Tusk, President Emmanuel Macron and Chancellor Friedrich Merz, in which, Tusk said afterwards, he had asked his allies for «not words, but planes».",
			[]wantQuote{{"not words, but planes", "Donald Tusk", ""}}},
		{"the plan, NAME said, he had drafted",
			"Emmanuel Macron met Donald Tusk. The plan, Tusk said, he had drafted himself as “a bridge to the east.”",
			[]wantQuote{{"a bridge to the east.", "Donald Tusk", ""}}},
		// a titled person's office speaks as the office
		{"TITLE NAME's office said before the quote",
			"Israeli Prime Minister Benjamin Netanyahu’s office said the team would keep negotiating “as long as there is a chance of bringing our hostages home,” but said Israel would not end the war.",
			[]wantQuote{{"as long as there is a chance of bringing our hostages home", "Benjamin Netanyahu's office", ""}}},
		{"TITLE SURNAME's office said after the quote",
			"“We will keep talking,” Prime Minister Netanyahu’s office said.",
			[]wantQuote{{"We will keep talking", "Netanyahu's office", ""}}},
		{"an untitled NAME's office as before",
			"Benjamin Netanyahu’s office said the team would keep negotiating “until every hostage is home.”",
			[]wantQuote{{"until every hostage is home.", "Benjamin Netanyahu’s office", ""}}},
		{"a titled person's spokesman stays unnamed",
			"Prime Minister Netanyahu’s spokesman said the talks were “going nowhere fast.”",
			[]wantQuote{{"going nowhere fast.", "", ""}}},
		// what a person called: words said, not a body's term
		{"what he called",
			"Jaishankar spoke at a think-tank later. He was blunter about what he called “a certain amount of turbulence” in ties.",
			[]wantQuote{{"a certain amount of turbulence", "Subrahmanyam Jaishankar", ""}}},
		{"what NAME called",
			"Kaja Kallas warned of what Lavrov called “a new era” in relations.",
			[]wantQuote{{"a new era", "Sergey Lavrov", ""}}},
		{"what a body calls is its term",
			"Sanctions are part of what the administration calls “maximum pressure.”",
			nil},
		{"what a body called is its label",
			"The talks resumed in what the ministry proudly called “the first technical round of the new process.”",
			nil},
		// two single-quoted phrases in one sentence, the first ending in s
		{"'good progress' and ... 'as soon as possible'",
			"The two sides said they had made 'good progress' and remained committed to a deal 'as soon as possible, with the aim of applying it in 2027'.",
			[]wantQuote{{"as soon as possible, with the aim of applying it in 2027", "", ""}}},
		{"a plural possessive before a single-quoted phrase",
			"The ministers' talks ran late and 'nobody wanted to leave first', one diplomat said.",
			[]wantQuote{{"nobody wanted to leave first", "", "diplomat"}}},
		{"a plural possessive inside a single quotation",
			"'The Russians' demands are not acceptable,' the minister said.",
			[]wantQuote{{"The Russians' demands are not acceptable", "", "minister"}}},
		// a declaration that condemned, delegations that said
		{"a joint declaration condemned «…»",
			"A joint declaration adopted by the three ministers condemned «the reckless violation of the airspace of a member state» and called for sanctions.",
			[]wantQuote{{"the reckless violation of the airspace of a member state", "", ""}}},
		{"NAME condemned “…”",
			"Kaja Kallas condemned “this brazen attack on a sovereign state” in a post on X.",
			[]wantQuote{{"this brazen attack on a sovereign state", "Kaja Kallas", ""}}},
		{"condemned a two-word scare quote is no quotation",
			"Kaja Kallas condemned the “special operation” in a post on X.",
			nil},
		{"both delegations said",
			"On Friday, both delegations said they would “guarantee the participation of the victims” in every step.",
			[]wantQuote{{"guarantee the participation of the victims", "", "delegations"}}},
		{"both teams said, at the start of a sentence",
			"Both delegations met for an hour. Both teams said they would “keep talking until there is a deal.”",
			[]wantQuote{{"keep talking until there is a deal.", "", ""}}},
		// the speaker named in the sentence after the words
		{"that was how NAME put it",
			"“We will not give up an inch of our land.” That was how Volodymyr Zelensky put it on Monday.",
			[]wantQuote{{"We will not give up an inch of our land.", "Volodymyr Zelensky", ""}}},
		{"the words were NAME's",
			"“We will not give up an inch of our land.” The words were Zelensky's, spoken in Kyiv on Monday.",
			[]wantQuote{{"We will not give up an inch of our land.", "Volodymyr Zelensky", ""}}},
		{"those were the words of NAME, after a scene-setting sentence",
			"Lviv was quiet. “We are not leaving, whatever they send at us.” Those were the words of Andriy Sadovyi on Monday.",
			[]wantQuote{{"We are not leaving, whatever they send at us.", "Andriy Sadovyi", ""}}},
		{"so said NAME, in the next paragraph",
			"“We are not leaving, whatever they send at us.”\n\nSo said Andriy Sadovyi, the mayor, as the sirens stopped.",
			[]wantQuote{{"We are not leaving, whatever they send at us.", "Andriy Sadovyi", ""}}},
		{"a next sentence about something else names no speaker",
			"“We will not give up an inch of our land.” The talks with Volodymyr Zelensky went on for hours.",
			[]wantQuote{{"We will not give up an inch of our land.", "", ""}}},
		{"someone who echoed the words did not say them",
			"“We will not give up an inch of our land.” That message was echoed by Keir Starmer in London.",
			[]wantQuote{{"We will not give up an inch of our land.", "", ""}}},
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
