package corpus

import "testing"

// TestSpeakers8ReportedGroups: a body or person reports what an unnamed
// group did ("the ministry said both sides had agreed “…”"); the group is
// no speaker, the reporter is. A named person inside the clause still
// speaks for themselves, and a group with no reporter stays anonymous.
func TestSpeakers8ReportedGroups(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"ministry said both delegations had agreed",
			`In a statement, Egypt's Foreign Ministry said both delegations had agreed "to set up a joint committee on the crossings" before the end of the month.`,
			[]wantQuote{{"to set up a joint committee on the crossings", "Egypt's Foreign Ministry", ""}}},
		{"government said leaders had agreed that",
			`In a communiqué released after the session, the Nigerian government said leaders had agreed that "the region must fund its own security."`,
			[]wantQuote{{"the region must fund its own security.", "Nigerian government", ""}}},
		{"presidency said the parties had agreed to",
			`The Chilean presidency said on Thursday the parties had agreed to "meet again before the harvest" in Santiago.`,
			[]wantQuote{{"meet again before the harvest", "Chilean presidency", ""}}},
		{"body, which said the parties had agreed to",
			`The truce was announced by Oman's foreign ministry, which said the parties had agreed to "keep the channel open for as long as needed".`,
			[]wantQuote{{"keep the channel open for as long as needed", "Oman's foreign ministry", ""}}},
		{"named body, which said both delegations had",
			`The pause was confirmed by the African Union Commission, which said both delegations had promised "to stay in Addis until a text is agreed".`,
			[]wantQuote{{"to stay in Addis until a text is agreed", "African Union Commission", ""}}},
		{"person said both sides had agreed to",
			`Kaja Kallas said the negotiators had agreed to "keep the door open for a second round" in June.`,
			[]wantQuote{{"keep the door open for a second round", "Kaja Kallas", ""}}},
		{"near miss: named person inside the report speaks",
			// (speakers9: the person whose verb introduces the words speaks,
			// label rules speaker 3; it was the ministry)
			`Peru's Foreign Ministry said Maria Lopez had urged her counterpart to "look at the region with fresh eyes".`,
			[]wantQuote{{"look at the region with fresh eyes", "Maria Lopez", ""}}},
		{"near miss: group with no reporter stays anonymous",
			`The two delegations agreed to "keep talking until the guns fall silent" and left the hotel separately.`,
			[]wantQuote{{"keep talking until the guns fall silent", "", "two delegations"}}},
	})
}

// TestSpeakers8PortfolioMinistries: a ministry named by its portfolio
// ("the energy ministry", "China's commerce ministry") is one speaker, not
// the bare word "ministry".
func TestSpeakers8PortfolioMinistries(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"energy ministry said in a statement it",
			`Norway's energy ministry said in a statement it remained "open to further cuts if the market needs them" but gave no figure.`,
			[]wantQuote{{"open to further cuts if the market needs them", "Norway's energy ministry", ""}}},
		{"commerce ministry said that Beijing had",
			`China's commerce ministry said in a separate statement that Beijing had "never asked for a tariff war, but will not run from one."`,
			[]wantQuote{{"never asked for a tariff war, but will not run from one.", "China's commerce ministry", ""}}},
		{"health ministry said",
			`Kenya's health ministry said the outbreak was "under control in every county".`,
			[]wantQuote{{"under control in every county", "Kenya's health ministry", ""}}},
		{"agriculture ministry quote first",
			`"We will not open the market to hormone beef," Brazil's agriculture ministry said.`,
			[]wantQuote{{"We will not open the market to hormone beef", "Brazil's agriculture ministry", ""}}},
	})
}

// TestSpeakers8NamesWithoutDescriptions: a speaker's name is given without
// the description before it: an academic or office title ("Prof",
// "Ombudsman") is not part of a person's name, and a body's describing
// words ("the opposition", "the ruling") are not part of its name.
func TestSpeakers8NamesWithoutDescriptions(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"Prof before a name",
			`Prof Amira Haddad of Cairo University said the mood had shifted. "Nobody expected them to sit in the same room," she told the BBC.`,
			[]wantQuote{{"Nobody expected them to sit in the same room", "Amira Haddad", ""}}},
		{"Ombudsman before a name",
			`Ombudsman Tomas Rehn said villagers had waited "far too long for a road and a clinic" and asked both sides to hurry.`,
			[]wantQuote{{"far too long for a road and a clinic", "Tomas Rehn", ""}}},
		{"opposition party",
			`The opposition Labour Party said the agreement had "given away the fishing grounds for nothing".`,
			[]wantQuote{{"given away the fishing grounds for nothing", "Labour Party", ""}}},
		{"ruling party in a statement",
			`In Manila, the ruling Lakas party said in a statement that the deal was "a fair start for both countries."`,
			[]wantQuote{{"a fair start for both countries.", "Lakas party", ""}}},
		{"near miss: owned body keeps its owner",
			`India's commerce ministry said the round had been "useful and detailed".`,
			[]wantQuote{{"useful and detailed", "India's commerce ministry", ""}}},
	})
}

// TestSpeakers8NamedOffices: a leader's office named by the leader's
// title ("the Prime Minister's Office", "the Office of the President")
// speaks as the article names it; the leader does not. An office named
// for its holder ("Netanyahu's office") keeps the holder's name.
func TestSpeakers8NamedOffices(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"Prime Minister's Office said the two leaders discussed",
			`Ruto spoke by phone with Starmer. The Prime Minister's Office said the two leaders discussed "the progress of the trade talks" and that Ruto had "thanked Britain for its patience."`,
			[]wantQuote{{"the progress of the trade talks", "Prime Minister's Office", ""}, {"thanked Britain for its patience.", "Prime Minister's Office", ""}}},
		{"Office of the President said, curly apostrophes elsewhere",
			`In a statement on Monday, the Office of the President said Ruto had told the envoys that Nairobi was “ready to host the next round”.`,
			[]wantQuote{{"ready to host the next round", "Office of the President", ""}}},
		{"President's Office quote first",
			`“The president has no plans to travel this week,” the President’s Office said.`,
			[]wantQuote{{"The president has no plans to travel this week", "President’s Office", ""}}},
		{"a country's Prime Minister's Office, then it said",
			`Italy's Prime Minister's Office rejected the claim. "Rome has never asked for a delay," it said.`,
			[]wantQuote{{"Rome has never asked for a delay", "Italy's Prime Minister's Office", ""}}},
		{"Office of the US Trade Representative",
			`The Office of the US Trade Representative called the outcome "a sensible result in a hard week".`,
			[]wantQuote{{"a sensible result in a hard week", "Office of the US Trade Representative", ""}}},
		{"national Prime Minister's Office",
			`The Japanese Prime Minister's Office said the visit would go ahead "as planned, whatever the weather".`,
			[]wantQuote{{"as planned, whatever the weather", "Japanese Prime Minister's Office", ""}}},
		{"near miss: office named for its holder",
			`Keir Starmer's office said the call had been "warm and businesslike".`,
			[]wantQuote{{"warm and businesslike", "Keir Starmer's office", ""}}},
		{"near miss: the prime minister himself",
			`Keir Starmer met William Ruto in London. The Prime Minister said the talks were "the best we have had in years".`,
			[]wantQuote{{"the best we have had in years", "Keir Starmer", ""}}},
	})
}

// TestSpeakers8StatementFrom: "a statement from X said ...": X speaks,
// whatever the words report, and the statement is no speaker.
func TestSpeakers8StatementFrom(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"statement from an office with an unknown owner",
			`A statement from Kowalski's office said the two ministers "approved the text of the protocol" and "sent it to parliament."`,
			[]wantQuote{{"approved the text of the protocol", "Kowalski's office", ""}, {"sent it to parliament.", "Kowalski's office", ""}}},
		{"statement from a named person's office",
			`Deputy Prime Minister Anna Berg led the Swedish side. A statement from Berg's office said the commissions had "fixed the first twelve kilometres of the line".`,
			[]wantQuote{{"fixed the first twelve kilometres of the line", "Berg's office", ""}}},
		{"communiqué by a ministry",
			`A communiqué by the Ghanaian Foreign Ministry said the envoys had "no objection to a second round in Accra."`,
			[]wantQuote{{"no objection to a second round in Accra.", "Ghanaian Foreign Ministry", ""}}},
		{"near miss: unnamed source of a statement",
			`A statement from the organisers said the delegations had "worked late into the night".`,
			[]wantQuote{{"worked late into the night", "", "statement"}}},
	})
}

// TestSpeakers8HeIsTheSubject: "he" after a sentence about someone whose
// sex the article never states is that sentence's subject, not a man it
// names as an object ("thanked Trump", "said Lukashenko wanted"). A "she"
// still looks for a woman the sentence names.
func TestSpeakers8HeIsTheSubject(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"subject thanked a known man, then he said",
			`Hun Sen's son, Hun Manet, arrived first. Hun Manet thanked Donald Trump and Anwar Ibrahim. "We came to stop the fighting, not to win an argument," he said.`,
			[]wantQuote{{"We came to stop the fighting, not to win an argument", "Hun Manet", ""}}},
		{"analyst said a known man wanted, then he said",
			`Tomasz Wrona, a political analyst in Warsaw, said Vladimir Putin wanted to look patient. "For the Kremlin, time is the only weapon that never runs out," he said.`,
			[]wantQuote{{"For the Kremlin, time is the only weapon that never runs out", "Tomasz Wrona", ""}}},
		{"subject praised a known man, then he wrote",
			`Anutin Charnvirakul praised Emmanuel Macron for his patience. On Facebook later he wrote that Thailand "will keep every promise made in Paris."`,
			[]wantQuote{{"will keep every promise made in Paris.", "Anutin Charnvirakul", ""}}},
		{"near miss: she still finds the woman named as an object",
			`Marco Rubio met Kaja Kallas in Brussels. "We agreed on more than I expected," she said.`,
			[]wantQuote{{"We agreed on more than I expected", "Kaja Kallas", ""}}},
	})
}

// TestSpeakers8LocalTitles: a leader the article calls by the office's
// own name (the Taoiseach, the Tánaiste) is not "the prime minister" of a
// later sentence when another leader is.
func TestSpeakers8LocalTitles(t *testing.T) {
	checkQuoteCases(t, "2025-09-04", []quoteCase{
		{"Taoiseach named after the prime minister",
			`Prime Minister Keir Starmer welcomed the Taoiseach, Micheál Martin, to Cardiff on Thursday.

At a press conference later, the prime minister said the two governments were "finally pulling in the same direction".`,
			[]wantQuote{{"finally pulling in the same direction", "Keir Starmer", ""}}},
		{"near miss: the Irish leader by his own title",
			`Prime Minister Keir Starmer welcomed the Taoiseach, Micheál Martin, to Cardiff on Thursday.

At a press conference later, the Taoiseach said the border was "no longer a wound but a seam".`,
			[]wantQuote{{"no longer a wound but a seam", "Micheál Martin", ""}}},
	})
}

// TestSpeakers8DescribedSubjects: a sentence whose subject is a definite
// description of one person ("The defence minister has been ...", "the
// president cut in") is about that person, and the "he" that follows is
// them, not someone named in an opening phrase or an earlier paragraph.
func TestSpeakers8DescribedSubjects(t *testing.T) {
	checkQuoteCases(t, "2025-11-18", []quoteCase{
		{"the president cut in after an opening phrase naming another",
			`Donald Trump received Mohammed bin Salman at the White House on Tuesday.

Asked about the murder of the journalist Jamal Khashoggi, the president cut in before his guest could reply. "There is no need to embarrass our visitor," he told the reporter.`,
			[]wantQuote{{"There is no need to embarrass our visitor", "Donald Trump", ""}}},
		{"the foreign minister has been, then he said",
			`Foreign Minister Ishaq Dar led Pakistan's team. The Taliban spokesman Zabihullah Mujahid spoke for Kabul.

The foreign minister has been the loudest voice on his side. Speaking on television on Sunday, he said that without a deal "the border will burn".`,
			[]wantQuote{{"the border will burn", "Ishaq Dar", ""}}},
		{"near miss: a description of a group is no subject",
			`Foreign Minister Ishaq Dar led Pakistan's team.

The two delegations sat until midnight. Kabul's negotiator, Anas Haqqani, said the talks were "hard but honest".`,
			[]wantQuote{{"hard but honest", "Anas Haqqani", ""}}},
	})
}

// TestSpeakers8BodiesSpeak: bodies named by an association, federation,
// chamber or league head speak in their own name, and a state body the
// article names only by a common noun ("the energy ministry") still has
// its words taken as a quotation, named as the article names it (label
// rules, speaker 3; changed in speakers9, it was the role).
func TestSpeakers8BodiesSpeak(t *testing.T) {
	checkQuoteCases(t, "2025-07-24", []quoteCase{
		{"an association said the agreement was",
			`The Irish Dairy Association said the agreement was "a once-in-a-decade opening" for cheese makers.`,
			[]wantQuote{{"a once-in-a-decade opening", "Irish Dairy Association", ""}}},
		{"a federation called it",
			`The German Federation of Industry said the deal was "late, but better than nothing".`,
			[]wantQuote{{"late, but better than nothing", "German Federation of Industry", ""}}},
		{"a chamber of commerce",
			`The American Chamber of Commerce said the tariffs would be "a heavy weight on small suppliers".`,
			[]wantQuote{{"a heavy weight on small suppliers", "American Chamber of Commerce", ""}}},
		{"an unnamed state body keeps its quotation",
			`What did the government say?

In a statement issued at night, the energy ministry said the talks had been "useful and forward-looking, covering supply and prices".`,
			[]wantQuote{{"useful and forward-looking, covering supply and prices", "energy ministry", ""}}},
	})
}

// TestSpeakers8InTheirWords: "in his words" and "by NAME's account" give
// the quotation its speaker as "according to" does.
func TestSpeakers8InTheirWords(t *testing.T) {
	checkQuoteCases(t, "2025-07-24", []quoteCase{
		{"in his words",
			`Rustem Umerov said the sides had swapped draft memorandums. In his words, a summit "can only crown the work, it cannot replace it."`,
			[]wantQuote{{"can only crown the work, it cannot replace it.", "Rustem Umerov", ""}}},
		{"in her words",
			`Kaja Kallas briefed the ministers over lunch. In her words, the plan was "a starting point and nothing more".`,
			[]wantQuote{{"a starting point and nothing more", "Kaja Kallas", ""}}},
		{"by NAME's account",
			`The call lasted forty minutes and was, by Stubb's account, "calm, detailed and useful".`,
			[]wantQuote{{"calm, detailed and useful", "Alexander Stubb", ""}}},
		{"near miss: by all accounts is no one's",
			`The meeting was, by all accounts, "the frostiest in years" and ended early.`,
			[]wantQuote{}},
	})
}

// TestSpeakers8TitleTakesTheSubject: "the president said" after a sentence
// whose subject is a president and whose object is another ("Trump told
// the Ukrainian leader ...") is the subject, not the latest name.
func TestSpeakers8TitleTakesTheSubject(t *testing.T) {
	checkQuoteCases(t, "2025-02-28", []quoteCase{
		{"subject then object, both presidents",
			`Donald Trump received Volodymyr Zelensky at the White House.

Mr Trump, leaning forward, told President Zelensky he had "no cards to play" in the war. 'Either you make a deal or we walk away,' the president said at one point.`,
			[]wantQuote{{"no cards to play", "Donald Trump", ""}, {"Either you make a deal or we walk away", "Donald Trump", ""}}},
		{"near miss: the object is the only president",
			`Keir Starmer met President Zelensky in London. 'We will not be rushed into a bad peace,' the president said afterwards.`,
			[]wantQuote{{"We will not be rushed into a bad peace", "Volodymyr Zelensky", ""}}},
	})
}

// TestSpeakers8Appositives: a speaker described first and named after a
// comma ("A political analyst at ..., Dr NAME, said") is that person for
// a later "she"; a think tank's name with a gerund ("the UK in a Changing
// Europe") is no person who could speak.
func TestSpeakers8Appositives(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"description, Dr NAME, said; then she told",
			`A political analyst at the University of Ghana, Dr Ama Boateng, said the suspension had been expected.

"The bloc sets deadlines and then quietly moves them. The juntas have learned that," she told reporters.`,
			[]wantQuote{{"The bloc sets deadlines and then quietly moves them. The juntas have learned that", "Ama Boateng", ""}}},
		{"description with a place, NAME, said; then he said",
			`A fisherman from the harbour at Ramsgate, Peter Holt, watched the boats come in.

"We were promised the moon and got a postcard of it," he said.`,
			[]wantQuote{{"We were promised the moon and got a postcard of it", "Peter Holt", ""}}},
		{"think tank with a gerund in its name",
			`Anand Menon, director of the UK in a Changing Europe thinktank, said Monday was "the moment the UK stopped fighting old battles".`,
			[]wantQuote{{"the moment the UK stopped fighting old battles", "Anand Menon", ""}}},
		{"campaign with a gerund in its name",
			`Lena Fischer, who runs the Building Bridges Project, said the talks were "a first step on a long road".`,
			[]wantQuote{{"a first step on a long road", "Lena Fischer", ""}}},
		{"near miss: an unnamed description stays unnamed",
			`A political analyst at the University of Ghana said the suspension had been expected.

"The bloc sets deadlines and then quietly moves them," she told reporters.`,
			[]wantQuote{{"The bloc sets deadlines and then quietly moves them", "", "political analyst at the University of Ghana"}}},
	})
}

// TestSpeakers8FirstNamesLikeMonths: "Jan" before a surname is a first
// name, not January, so the speaker is not another person of that surname
// the gazetteer knows.
func TestSpeakers8FirstNamesLikeMonths(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"Jan before a surname the gazetteer knows",
			`Jan Novak, a fellow at a Prague institute, said the summit had been "mostly theatre, with a little substance".`,
			[]wantQuote{{"mostly theatre, with a little substance", "Jan Novak", ""}}},
		{"Jan mid-sentence",
			`Speaking after the session, Jan Kowalczyk said the offer was "too little and far too late".`,
			[]wantQuote{{"too little and far too late", "Jan Kowalczyk", ""}}},
	})
	a := extractText(t, "2025-05-05", `The talks resumed on Jan 5 in Geneva, and Karin Keller-Sutter said they were "back on track".`)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Karin Keller-Sutter" {
		t.Errorf("near miss: Jan 5 is a date, quotes %+v", a.Quotes)
	}
}

// TestSpeakers8AddingAfterATag: "“…,” X said ..., adding that “…”": the
// second quotation is X's too, not someone named in a clause between.
func TestSpeakers8AddingAfterATag(t *testing.T) {
	checkQuoteCases(t, "2024-12-06", []quoteCase{
		{"palace said while another was arriving, adding",
			`"The agreement is unacceptable as it stands," the Kremlin said in a statement issued as Donald Trump was landing, adding that "this is only the first round".`,
			[]wantQuote{{"The agreement is unacceptable as it stands", "Kremlin", ""}, {"this is only the first round", "Kremlin", ""}}},
		{"person said as another spoke, adding",
			`"We will not sign in this form," Annalena Baerbock said while Sergey Lavrov was still speaking, adding that "the door is not closed".`,
			[]wantQuote{{"We will not sign in this form", "Annalena Baerbock", ""}, {"the door is not closed", "Annalena Baerbock", ""}}},
		{"near miss: adding right after the tag",
			`"We will not sign in this form," Annalena Baerbock said, adding that "the door is not closed".`,
			[]wantQuote{{"We will not sign in this form", "Annalena Baerbock", ""}, {"the door is not closed", "Annalena Baerbock", ""}}},
	})
}

// TestSpeakers8OtherBodiesSpokesman: "the Foreign Office spokesman said"
// is not a spokesman of another body named before; the same body's
// spokesman is.
func TestSpeakers8OtherBodiesSpokesman(t *testing.T) {
	checkQuoteCases(t, "2025-10-25", []quoteCase{
		{"another body's spokesman",
			`The Taliban spokesman Zabihullah Mujahid blamed Islamabad for the collapse.

What happens next is unclear. The Foreign Office spokesman said on Saturday that Pakistan remained "committed to talking" and would "protect its citizens at any cost".`,
			[]wantQuote{{"committed to talking", "", "Foreign Office spokesman"}, {"protect its citizens at any cost", "", "Foreign Office spokesman"}}},
		{"State Department spokesman after the Kremlin's",
			`Kremlin spokesman Dmitry Peskov said the talks would go on.

The State Department spokesman said Washington was "not going anywhere, whatever Moscow says".`,
			[]wantQuote{{"not going anywhere, whatever Moscow says", "", "State Department spokesman"}}},
		{"near miss: the same body's spokesman",
			`Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.

Later, the Kremlin spokesman said the meeting was "useful, but not decisive".`,
			[]wantQuote{{"useful, but not decisive", "Dmitry Peskov", ""}}},
		{"near miss: a bare spokesman",
			`Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.

Later, the spokesman said the meeting was "useful, but not decisive".`,
			[]wantQuote{{"useful, but not decisive", "Dmitry Peskov", ""}}},
	})
}

// TestSpeakers8ExpertsAndKunyas: "the expert said" is the person the
// article introduced as an analyst or a professor; "Umm ..." names a
// woman, so a later "she" can find her.
func TestSpeakers8ExpertsAndKunyas(t *testing.T) {
	checkQuoteCases(t, "2025-06-04", []quoteCase{
		{"the expert after an analyst",
			`Political analyst Irina Volkova, of a Moscow think tank, told reporters the round was short by design. "An hour is plenty when the papers are ready," the expert said.`,
			[]wantQuote{{"An hour is plenty when the papers are ready", "Irina Volkova", ""}}},
		{"the scholar after a professor",
			`Professor Daniel Okafor of the University of Nairobi followed the talks closely.

"Both sides needed a pause more than a deal," the scholar said.`,
			[]wantQuote{{"Both sides needed a pause more than a deal", "Daniel Okafor", ""}}},
		{"Umm, then she said",
			`Our reporter in Khan Younis spoke to Umm Ahmed Barakat, 51, who has moved tents four times.

"We hear about a truce every week, and every week the drones come back," she said.`,
			[]wantQuote{{"We hear about a truce every week, and every week the drones come back", "Umm Ahmed Barakat", ""}}},
		{"near miss: the expert with no expert before",
			`Sergey Lavrov met Hakan Fidan in Antalya. "Nothing was decided today," the expert said.`,
			[]wantQuote{{"Nothing was decided today", "", ""}}},
	})
}
