package corpus

import "testing"

// TestSpeakers11FirmTails: the business press quotes analysts "at" or
// "of" a firm or trade body whose name ends in a word no person's name
// ends in ("Capital Markets", "Roundtable", "Index"). The firm is no
// person and never the speaker; the analyst before it is.
func TestSpeakers11FirmTails(t *testing.T) {
	checkQuoteCases(t, "2025-05-12", []quoteCase{
		{"analyst at a firm said in a note",
			`Dorota Kwiatek at Baltic Capital Markets said in a note that buyers had chosen "safety over yield for a while."`,
			[]wantQuote{{"safety over yield for a while.", "Dorota Kwiatek", ""}}},
		{"officer of a trade roundtable, said in a statement",
			`Tomas Rehak, director of the Brussels-based Central Europe Trade Roundtable, said in a statement that exporters "want rules they can plan around".`,
			[]wantQuote{{"want rules they can plan around", "Tomas Rehak", ""}}},
		{"the index is nobody",
			`The Nordic Equity Index fell 2%. "Nobody wants to hold risk into a weekend like this," said Ilse Brandt, a fund manager in Oslo.`,
			[]wantQuote{{"Nobody wants to hold risk into a weekend like this", "Ilse Brandt", ""}}},
		{"near miss: a person named like a place is still a person",
			`Maria Pacific, a trader in Singapore, said the move was "a relief for everyone holding the bonds."`,
			[]wantQuote{{"a relief for everyone holding the bonds.", "Maria Pacific", ""}}},
	})
}

// TestSpeakers11ClauseOwners: a quotation belongs to the speech verb of
// its own clause. A clause opened by "while" or "but" with a subject of its
// own is no part of the report before it, and a document that is only
// planned ("would issue a joint statement") says nothing yet.
func TestSpeakers11ClauseOwners(t *testing.T) {
	checkQuoteCases(t, "2025-09-18", []quoteCase{
		{"while the second leader said",
			`Asked about the border, Aliyev said Pashinyan had "moved in the right direction," while Pashinyan said the corridor would stay open "as long as both sides keep their word."`,
			[]wantQuote{
				{"moved in the right direction", "Ilham Aliyev", ""},
				{"as long as both sides keep their word.", "Nikol Pashinyan", ""}}},
		{"but with a subject of its own",
			`Marta Kos said the accession talks had "never been closer to a result," but Viktor Orbán told reporters the veto would stay "until our minority has its rights back."`,
			[]wantQuote{
				{"never been closer to a result", "Marta Kos", ""},
				{"until our minority has its rights back.", "Viktor Orbán", ""}}},
		{"near miss: said ... but warned, one speaker",
			`Ana Brnabić said the deal was "a fair start for both sides" but warned that the talks "will fail if anyone walks out again."`,
			[]wantQuote{
				{"a fair start for both sides", "Ana Brnabić", ""},
				{"will fail if anyone walks out again.", "Ana Brnabić", ""}}},
		{"near miss: the report goes on inside the same clause",
			`The Kremlin said Lavrov had told his guest that Moscow was "ready to listen to any serious proposal."`,
			[]wantQuote{{"ready to listen to any serious proposal.", "Kremlin", ""}}},
		{"a joint statement still to come",
			`Wang Yi said the two sides would issue a joint statement later, telling reporters: "Whenever it comes out, it will be good news for both peoples."`,
			[]wantQuote{{"Whenever it comes out, it will be good news for both peoples.", "Wang Yi", ""}}},
		{"near miss: a joint statement issued says the words",
			`The two foreign ministers said in a joint statement that they would "keep the channel open at every level."`,
			[]wantQuote{{"keep the channel open at every level.", "", "joint statement of two foreign ministers"}}},
	})
}

// TestSpeakers11TheGroup: "the group said" means a group. A member country
// named just before is no group (the body named before it is meant), and
// a group the article only describes ("a group of bondholders") speaks
// unnamed rather than under a piece of its description.
func TestSpeakers11TheGroup(t *testing.T) {
	checkQuoteCases(t, "2025-06-01", []quoteCase{
		{"a member country is not the group",
			"OPEC+ agreed on Saturday to raise output for a third month.\n\n" +
				"Iraq, which has pumped above its quota, sent a deputy minister, one delegate said.\n\n" +
				`The group said in a statement that the rise "can be paused if prices fall further."`,
			[]wantQuote{{"can be paused if prices fall further.", "OPEC+", ""}}},
		{"a described group speaks unnamed",
			"A committee of Zambian bondholders has turned down the latest offer.\n\n" +
				`The group said on Friday that it was "open to further talks at any time."`,
			[]wantQuote{{"open to further talks at any time.", "", ""}}},
		{"near miss: a named armed group is the group",
			"Fighters of the M23 took the town on Tuesday.\n\n" +
				`The group said in a statement that it would "protect every civilian in the area."`,
			[]wantQuote{{"protect every civilian in the area.", "M23", ""}}},
	})
}

// TestSpeakers11OwnerOfTheTopic: a sentence about someone's plan, pitch or
// message ("Houston's pitch was ...") is about that person; its "as he put
// it" is theirs, not the last subject before it. A possessive before a
// person or a body ("Trump's envoy") owns no words.
func TestSpeakers11OwnerOfTheTopic(t *testing.T) {
	checkQuoteCases(t, "2025-07-22", []quoteCase{
		{"as he put it after the owner of a pitch",
			"Premier Wab Kinew arrived early. Premier Scott Moe left after lunch for a vote in Regina.\n\n" +
				`Kinew's pitch was a northern port linking Churchill to the rail network — "a door to the world that the whole prairie can use," as he put it to reporters.`,
			[]wantQuote{{"a door to the world that the whole prairie can use", "Wab Kinew", ""}}},
		{"near miss: the owner of an adviser is not he",
			"Friedrich Merz arrived first.\n\n" +
				`Macron's adviser Emmanuel Bonne was more cautious — "we are not there yet, not by a long way," as he put it.`,
			[]wantQuote{{"we are not there yet, not by a long way", "Emmanuel Bonne", ""}}},
	})
}

// TestSpeakers11GroupsAndDocuments: a sentence adverb before the subject
// ("Afterward,") is no one's name; "the Europeans said" is a people, not a
// person; "the statement said" after a joint statement has no single
// author; and a speech word after a determiner and a name ("called the
// U.S. demand") is a noun, not the verb of the quotation.
func TestSpeakers11GroupsAndDocuments(t *testing.T) {
	checkQuoteCases(t, "2025-06-21", []quoteCase{
		{"afterward, the nationals said in a joint statement, then the statement said",
			"Kaja Kallas met Abbas Araghchi in Geneva on Friday.\n\n" +
				`Afterward, the Europeans said in a joint statement that they had urged Iran "to keep talking to Washington at every level." "Iran must never have a nuclear weapon," the statement said.`,
			[]wantQuote{
				{"to keep talking to Washington at every level.", "", "joint statement of Europeans"},
				{"Iran must never have a nuclear weapon", "", "joint statement"}}},
		{"the nationals said, no name",
			`The Americans said the offer was "the last one before the deadline."`,
			[]wantQuote{{"the last one before the deadline.", "", "Americans"}}},
		{"a speech noun after its owner",
			`Iran's supreme leader, Ayatollah Ali Khamenei, called the U.S. proposal "arrogant and empty" in a speech.`,
			[]wantQuote{{"arrogant and empty", "Ali Khamenei", ""}}},
		{"near miss: a body's own verb",
			`The Kremlin said the U.S. envoy had brought "nothing new to the table."`,
			[]wantQuote{{"nothing new to the table.", "Kremlin", ""}}},
	})
}

// TestSpeakers11UnnamedObject: a sentence that names no one but brings in
// an unnamed person as its object ("We asked one diplomat ...") is who
// the "he said" right after it means, not the last person named.
func TestSpeakers11UnnamedObject(t *testing.T) {
	checkQuoteCases(t, "2025-06-12", []quoteCase{
		{"we asked one diplomat, he said",
			"Rafael Grossi briefed the board on Monday.\n\n" +
				`We asked one Asian diplomat why his country abstained. "A finding now only closes the door we are trying to keep open," he said.`,
			[]wantQuote{{"A finding now only closes the door we are trying to keep open", "", ""}}},
		{"near miss: a named person in the sentence is meant",
			"Rafael Grossi briefed the board on Monday.\n\n" +
				`Reporters asked Grossi about one diplomat's complaint. "The board decides, not the secretariat," he said.`,
			[]wantQuote{{"The board decides, not the secretariat", "Rafael Grossi", ""}}},
		{"near miss: an unnamed person after a preposition is not the object",
			"Rafael Grossi briefed the board on Monday.\n\n" +
				`Grossi spoke after a meeting with a senior diplomat. "We will keep our inspectors ready," he said.`,
			[]wantQuote{{"We will keep our inspectors ready", "Rafael Grossi", ""}}},
	})
}

// TestSpeakers11PassiveHearer: the subject of a speech verb in the
// passive ("had been warned that", "was told that") heard the words; the
// one who reports them speaks.
func TestSpeakers11PassiveHearer(t *testing.T) {
	checkQuoteCases(t, "2025-08-29", []quoteCase{
		{"a ministry says a minister had been warned",
			"Abbas Araghchi spoke to Johann Wadephul by phone on Tuesday.\n\n" +
				`The Iranian foreign ministry said the German minister had been warned that new sanctions would be "a mistake that closes every door".`,
			[]wantQuote{{"a mistake that closes every door", "Iranian foreign ministry", ""}}},
		{"near miss: the active verb is the minister's own",
			"Abbas Araghchi spoke to Johann Wadephul by phone on Tuesday.\n\n" +
				`Wadephul warned that new sanctions would follow "if the inspectors stay out another month".`,
			[]wantQuote{{"if the inspectors stay out another month", "Johann Wadephul", ""}}},
		{"near miss: quoted as saying keeps the person",
			`Lavrov was quoted as saying the proposal was "a basis for further work."`,
			[]wantQuote{{"a basis for further work.", "Sergey Lavrov", ""}}},
	})
}

// TestSpeakers11DescribedBodies: a body described in lower case and then
// named ("the car industry association VDA", "the rights group Amnesty
// International") speaks under its name, whatever comes between it and
// its verb.
func TestSpeakers11DescribedBodies(t *testing.T) {
	checkQuoteCases(t, "2025-07-28", []quoteCase{
		{"association then acronym, relative clause, but warned",
			`The French farm lobby association FNSEA, which had marched on Brussels twice, welcomed the quota but warned that the deal would cost growers "hundreds of millions a year."`,
			[]wantQuote{{"hundreds of millions a year.", "FNSEA", ""}}},
		{"described group said",
			`The watchdog group Transparency Watch said the accord was "written behind closed doors."`,
			[]wantQuote{{"written behind closed doors.", "Transparency Watch", ""}}},
		{"near miss: a described person is a person",
			`The farm union leader Arnaud Rousseau said the deal was "a betrayal of every grower."`,
			[]wantQuote{{"a betrayal of every grower.", "Arnaud Rousseau", ""}}},
	})
}

// TestSpeakers11RelayedWords: a person's own speech verb brings in the
// words and a tag after them names only who passed them on (a body, a
// statement, a spokesperson): the person speaks (label rule speaker 3).
func TestSpeakers11RelayedWords(t *testing.T) {
	checkQuoteCases(t, "2025-10-09", []quoteCase{
		{"the spokesman said after the president's verb",
			"President William Ruto received the envoys at State House, according to his spokesman, Hussein Mohamed.\n\n" +
				`Ruto stressed "the need for a ceasefire that holds on every front", the spokesman said.`,
			[]wantQuote{{"the need for a ceasefire that holds on every front", "William Ruto", ""}}},
		{"it said in a statement after a told-that clause",
			"The State Department described the talks as useful.\n\n" +
				`Marco Rubio had told his host that Washington wanted to settle the dispute "through talks rather than threats, wherever that is possible," it said in a statement.`,
			[]wantQuote{{"through talks rather than threats, wherever that is possible", "Marco Rubio", ""}}},
		{"near miss: the tag's own words",
			`"We expect an answer by Friday," the spokesman said.`,
			[]wantQuote{{"We expect an answer by Friday", "", "spokesman"}}},
	})
}

// TestSpeakers11ItAfterATag: "it said" closing a sentence reports the
// whole sentence for the body last heard from, even when that body was
// named only in the tag after a quotation ("“…,” the army said"); a
// reported agreement of "both sides" inside the sentence does not speak.
func TestSpeakers11ItAfterATag(t *testing.T) {
	checkQuoteCases(t, "2025-05-13", []quoteCase{
		{"it said after a quotation's tag",
			`"The hotline was used for forty minutes and the tone was calm," the Pakistani army said in a statement. Both sides also agreed to study "fresh steps to pull troops back" along the border, it said.`,
			[]wantQuote{
				{"The hotline was used for forty minutes and the tone was calm", "Pakistani army", ""},
				{"fresh steps to pull troops back", "Pakistani army", ""}}},
		{"near miss: a person in the tag is no it",
			`"We spoke for forty minutes," Ishaq Dar said on Monday. Both sides also agreed to study "fresh steps to pull troops back" along the border, it said.`,
			[]wantQuote{
				{"We spoke for forty minutes", "Ishaq Dar", ""},
				{"fresh steps to pull troops back", "", "sides"}}},
	})
}

// TestSpeakers11DocumentIssuer: "the statement said" refers back to a
// statement told of before; when that sentence says who issued it ("a
// statement issued by the Ministry of X", "a statement from the council
// office"), the issuer wrote the words, not the subject of the sentence.
func TestSpeakers11DocumentIssuer(t *testing.T) {
	checkQuoteCases(t, "2025-08-20", []quoteCase{
		{"issued by a ministry, then the statement said",
			`According to a statement issued by the Ministry of Foreign Affairs on Tuesday, the two envoys "agreed to meet again before winter." "Both sides stressed that calm on the border serves everyone," the statement said.`,
			[]wantQuote{
				{"agreed to meet again before winter.", "Ministry of Foreign Affairs", ""},
				{"Both sides stressed that calm on the border serves everyone", "Ministry of Foreign Affairs", ""}}},
		{"near miss: a statement with no issuer is its subject's",
			`Hamas issued a statement on Tuesday after the talks. "We will study the proposal with full responsibility," the statement said.`,
			[]wantQuote{{"We will study the proposal with full responsibility", "Hamas", ""}}},
	})
}

// TestSpeakers11ShortFamilyNames: East Asian family names that spell an
// English function word ("Oh", "So", "An") open a name after a title; an
// interjection or a conjunction elsewhere stays out of names.
func TestSpeakers11ShortFamilyNames(t *testing.T) {
	checkQuoteCases(t, "2025-10-26", []quoteCase{
		{"Dr Oh before a given name",
			`Dr Oh Min-jae, a fellow at a Seoul institute, said the bloc had "bent over backwards" to fit the schedule.`,
			[]wantQuote{{"bent over backwards", "Oh Min-jae", ""}}},
		{"Minister So before a given name",
			`Minister So Yong-hwa said the talks had been "long but worth every hour."`,
			[]wantQuote{{"long but worth every hour.", "So Yong-hwa", ""}}},
		{"near miss: a sentence-opening So is no name",
			`So Lee Jae-myung said the summit had been "a door opened, not a deal done."`,
			[]wantQuote{{"a door opened, not a deal done.", "Lee Jae-myung", ""}}},
	})
}

// TestSpeakers11MessageOwner: "His message, according to the official, was
// simple: “…”": the owner of the message speaks; the unnamed source only
// tells of it (label rule speaker 3).
func TestSpeakers11MessageOwner(t *testing.T) {
	checkQuoteCases(t, "2025-03-14", []quoteCase{
		{"his message according to an official, colon",
			"Rustem Umerov was not invited but joined by video, an official said.\n\n" +
				`His message, according to the official, was short: "The next move is Moscow's, and the pressure must stay on it."`,
			[]wantQuote{{"The next move is Moscow's, and the pressure must stay on it.", "Rustem Umerov", ""}}},
		{"near miss: according to an official, no owner",
			`According to one official, the mood was grim: "Nobody expects a breakthrough this week."`,
			[]wantQuote{{"Nobody expects a breakthrough this week.", "", "official"}}},
	})
}
