package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestAttributionPhrasings checks attribution phrasings met in articles the
// rules had not seen: outlets that quote someone, subjects with asides
// before the verb, spokespeople named in apposition, offices, honorifics,
// joint statements, live-blog lines and pronouns after other names. Each
// row is short text written for the test; want lists every quotation the
// text holds, in order (nil for none).
func TestAttributionPhrasings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		// an outlet that carries someone's words is not the speaker
		{"quoted by an outlet as saying",
			"Abbas Araghchi arrived in Muscat on Saturday.\n\nAraghchi was quoted by the state news agency IRNA as saying that Tehran \"will not give up enrichment under any circumstances.\"",
			[]wantQuote{{"will not give up enrichment under any circumstances.", "Abbas Araghchi", ""}}},
		{"outlet quoted the person as saying",
			"The state news agency IRNA quoted Araghchi as saying that Tehran \"will not give up enrichment under any circumstances.\"",
			[]wantQuote{{"will not give up enrichment under any circumstances.", "Abbas Araghchi", ""}}},
		{"told an outlet that",
			"Hamas official Osama Hamdan told Al Jazeera that the movement had \"received nothing new from the mediators.\"",
			[]wantQuote{{"received nothing new from the mediators.", "Osama Hamdan", "Hamas official"}}},
		{"in an interview with an outlet",
			"In an interview with the BBC, Kaja Kallas said Europe had \"no illusions about what Moscow wants.\"",
			[]wantQuote{{"no illusions about what Moscow wants.", "Kaja Kallas", ""}}},
		{"quote first, told an outlet",
			"“We have not received anything new,” Osama Hamdan told Al Jazeera on Sunday.",
			[]wantQuote{{"We have not received anything new", "Osama Hamdan", ""}}},
		// asides between an organisation subject and its verb
		{"org subject with a relative clause, after a participle opener",
			"Speaking through an interpreter, Iran's President Masoud Pezeshkian said his country wanted “a fair agreement, not a surrender.”\n\nThe Kremlin, which has offered to mediate, said it “welcomes any dialogue that lowers tensions.”",
			[]wantQuote{{"a fair agreement, not a surrender.", "Masoud Pezeshkian", ""}, {"welcomes any dialogue that lowers tensions.", "Kremlin", ""}}},
		{"said name, speaking through an interpreter",
			"“Our patience is not endless,” said Masoud Pezeshkian, speaking through an interpreter.",
			[]wantQuote{{"Our patience is not endless", "Masoud Pezeshkian", ""}}},
		{"whose country holds the presidency",
			"Donald Tusk, whose country holds the rotating presidency of the EU, said the bloc would “stand by Kyiv for as long as it takes.”",
			[]wantQuote{{"stand by Kyiv for as long as it takes.", "Donald Tusk", ""}}},
		// named spokespeople and anonymous ones
		{"a spokesman for ORG, NAME, said: partial quote at the end",
			"A spokesman for the Omani foreign ministry, Khalid al-Harthy, said the two delegations would meet again “as soon as schedules allow.”",
			[]wantQuote{{"as soon as schedules allow.", "Khalid al-Harthy", ""}}},
		{"owner's spokesman, NAME, said",
			"Putin's spokesman, Dmitry Peskov, said the Kremlin was “ready for contacts at any level.”",
			[]wantQuote{{"ready for contacts at any level.", "Dmitry Peskov", ""}}},
		{"a spokesperson for a government, unnamed",
			"A spokesperson for the German government said Berlin was “studying the proposal with great care.”",
			[]wantQuote{{"studying the proposal with great care.", "", "spokesperson for the German government"}}},
		// offices and bodies
		{"a leader's office named in the sentence",
			"Donald Trump received Mark Carney in the Oval Office on Tuesday.\n\nThe Canadian prime minister’s office later said in a statement that the talks had been “frank and constructive.”",
			[]wantQuote{{"frank and constructive.", "Canadian prime minister’s office", ""}}},
		{"the ministry said in a statement",
			"Iran's foreign ministry condemned the strikes on Friday.\n\n“This aggression will not go unanswered,” the ministry said in a statement.",
			[]wantQuote{{"This aggression will not go unanswered", "Iran's foreign ministry", ""}}},
		{"joint statement of two leaders: no single speaker",
			"Emmanuel Macron and Keir Starmer met in London on Thursday.\n\nThe two leaders said in a joint statement that Europe must “take far greater responsibility for its own security.”",
			[]wantQuote{{"take far greater responsibility for its own security.", "", ""}}},
		{"joint statement of countries, quote first",
			"“The fighting must stop now,” the four countries said in a joint statement on Monday.",
			[]wantQuote{{"The fighting must stop now", "", ""}}},
		{"according to a readout from a body",
			"The two sides agreed to “keep every channel of communication open,” according to a readout from the State Department.",
			[]wantQuote{{"keep every channel of communication open", "State Department", ""}}},
		{"the newspaper reported, the outlet named before",
			"The Financial Times first reported the plan on Sunday.\n\nThe proposal was “all but dead before it reached Brussels,” the newspaper reported, citing two officials.",
			[]wantQuote{{"all but dead before it reached Brussels", "Financial Times", ""}}},
		// honorifics of the New York Times style
		{"Mr. and Ms. resolve to the full names",
			"President Donald Trump met Prime Minister Mark Carney at the White House on Tuesday, with the press secretary, Karoline Leavitt, looking on.\n\n“We have a very good relationship,” Mr. Trump said.\n\nMr Carney said Canada was “not for sale, not now, not ever.”\n\nMs. Leavitt told reporters the meeting had been “warm and very productive.”",
			[]wantQuote{{"We have a very good relationship", "Donald Trump", ""}, {"not for sale, not now, not ever.", "Mark Carney", ""}, {"warm and very productive.", "Karoline Leavitt", ""}}},
		{"pronoun after an honorific mention",
			"Mr. Trump left the room early.\n\nPresident Donald Trump had arrived late.\n\n“It went very well,” he said.",
			[]wantQuote{{"It went very well", "Donald Trump", ""}}},
		// verbs and places of speaking
		{"said in a televised address",
			"Pezeshkian said in a televised address that Iran would “never bow to pressure from anyone.”",
			[]wantQuote{{"never bow to pressure from anyone.", "Masoud Pezeshkian", ""}}},
		{"was heard telling",
			"Donald Trump was heard telling Emmanuel Macron that Putin “wants to make a deal for me.”",
			[]wantQuote{{"wants to make a deal for me.", "Donald Trump", ""}}},
		{"posted on Telegram",
			"Dmitry Medvedev posted on Telegram that the plan was “a piece of paper written by people who have lost touch.”",
			[]wantQuote{{"a piece of paper written by people who have lost touch.", "Dmitry Medvedev", ""}}},
		{"responded colon",
			"Zelensky responded: “Ukraine will not give its land to the occupier.”",
			[]wantQuote{{"Ukraine will not give its land to the occupier.", "Volodymyr Zelensky", ""}}},
		{"told reporters aboard Air Force One",
			"“We'll see what happens in two weeks,” Trump told reporters aboard Air Force One.",
			[]wantQuote{{"We'll see what happens in two weeks", "Donald Trump", ""}}},
		{"quote first, long aside before the verb",
			"“The question is not whether we talk but what we talk about,” Kallas, who chaired the meeting in Brussels on Monday after a week of calls with the member states, told reporters.",
			[]wantQuote{{"The question is not whether we talk but what we talk about", "Kaja Kallas", ""}}},
		// live blogs and colons
		{"live-blog line NAME: quote",
			"14:05 — Rubio: “We made real progress today, but there is more work to do.”",
			[]wantQuote{{"We made real progress today, but there is more work to do.", "Marco Rubio", ""}}},
		{"message was blunt: quote",
			"Merz's message to Moscow was blunt: “Stop the killing, then we can talk about everything else.”",
			[]wantQuote{{"Stop the killing, then we can talk about everything else.", "Friedrich Merz", ""}}},
		// pronouns and descriptions
		{"he after a name in a prepositional phrase",
			"Marco Rubio said the meeting with Sergei Lavrov had been useful. “We listened more than we talked,” he said.",
			[]wantQuote{{"We listened more than we talked", "Marco Rubio", ""}}},
		{"she when a man was named last",
			"Kaja Kallas spoke after Sergei Lavrov had left the room. “The door is open, but not for ever,” she said.",
			[]wantQuote{{"The door is open, but not for ever", "Kaja Kallas", ""}}},
		{"the minister resolves to the named minister",
			"Turkish Foreign Minister Hakan Fidan hosted both delegations at Dolmabahce Palace.\n\nThe session ran late into the night.\n\n“Both sides showed flexibility,” the minister said.",
			[]wantQuote{{"Both sides showed flexibility", "Hakan Fidan", ""}}},
		{"the envoy resolves to the named envoy",
			"US envoy Steve Witkoff flew to Moscow on Thursday.\n\n“It was a good and long meeting,” the envoy said afterwards.",
			[]wantQuote{{"It was a good and long meeting", "Steve Witkoff", ""}}},
		// reported clauses and their sources
		{"wrote that: both quotes of the that-clause are the writer's",
			"Donald Trump wrote on his social media platform that “after two long nights of negotiation,” the two sides had agreed to a “FULL AND IMMEDIATE TRUCE.”",
			[]wantQuote{{"after two long nights of negotiation", "Donald Trump", ""}, {"FULL AND IMMEDIATE TRUCE.", "Donald Trump", ""}}},
		{"a body's statement that both sides had agreed",
			"Japan's foreign ministry hosted the talks.\n\nThe ministry said in a statement that both sides had agreed to “keep talking until the fishing season opens.”",
			[]wantQuote{{"keep talking until the fishing season opens.", "Japan's foreign ministry", ""}}},
		{"a statement that a leader had told others: the leader's words",
			"Downing Street said in a statement that Keir Starmer had told the allies that “we cannot let the pressure drop for a single week.”",
			[]wantQuote{{"we cannot let the pressure drop for a single week.", "Keir Starmer", ""}}},
		{"teller before a readout, and that",
			"Vladimir Putin told Donald Trump that the war could end soon, according to a readout issued by the Kremlin, and that Russia “would not accept foreign troops in Ukraine.”",
			[]wantQuote{{"would not accept foreign troops in Ukraine.", "Vladimir Putin", ""}}},
		{"according to a readout, a verb right before the quote: the readout's words",
			"The minister, according to a Kremlin readout of the call, pledged “to work for a lasting settlement.”",
			[]wantQuote{{"to work for a lasting settlement.", "Kremlin", ""}}},
		{"according to a source, someone told a meeting",
			"According to a trade official, India's ambassador, Anil Mehra, told the meeting that New Delhi “will not sign anything that hurts our farmers.”",
			[]wantQuote{{"will not sign anything that hurts our farmers.", "Anil Mehra", ""}}},
		{"what he called, in the sentence before a quote",
			"Rafael Grossi thanked Cairo for what he called its patience. “We need access to every site, and soon,” he said.",
			[]wantQuote{{"We need access to every site, and soon", "Rafael Grossi", ""}}},
		{"the same words quoted twice are one quotation",
			"Marco Rubio said the plan was “a living document, not a final text.”\n\nThe phrase “a living document, not a final text” was repeated by aides all week.",
			[]wantQuote{{"a living document, not a final text.", "Marco Rubio", ""}}},
		{"an anonymous speaker identified only by a first name",
			"“We have not had water for nine days,” said a baker who asked to be identified only as Samir.",
			[]wantQuote{{"We have not had water for nine days", "Samir", ""}}},
		{"an anonymous speaker who gave only her first name",
			"A teacher who gave only her first name, Leila, said the school had been “closed since the first week of shelling.”",
			[]wantQuote{{"closed since the first week of shelling.", "Leila", ""}}},
		// more of the same families, in other words
		{"the office of a leader described in lower case",
			"Mark Carney met Donald Trump on Tuesday. The prime minister’s office said the visit had been “a success for both countries.”",
			[]wantQuote{{"a success for both countries.", "Mark Carney's office", ""}}},
		{"a one-word name the gazetteer knows in full",
			"Speaking through an interpreter, Lula said Brazil was “ready to help both sides find a way out.”",
			[]wantQuote{{"ready to help both sides find a way out.", "Luiz Inácio Lula da Silva", ""}}},
		{"joint statement of a list of leaders, quote first",
			"“We stand together with Ukraine,” the leaders of France, Germany and Britain said in a joint statement.",
			[]wantQuote{{"We stand together with Ukraine", "", "joint statement of leaders of France Germany and Britain"}}},
		{"joint statement of two named leaders",
			"Emmanuel Macron and Friedrich Merz said in a joint statement that Europe would “never accept borders changed by force.”",
			[]wantQuote{{"never accept borders changed by force.", "", "joint statement of Emmanuel Macron and Friedrich Merz"}}},
		{"said, speaking through an interpreter at a news conference",
			"“There is no military solution,” Wang Yi said, speaking through an interpreter at a news conference in Beijing.",
			[]wantQuote{{"There is no military solution", "Wang Yi", ""}}},
		{"split quote around said NAME, whose country",
			"“We will not be the ones to walk away,” said Hakan Fidan, whose country has hosted three rounds of talks, “but we cannot wait forever.”",
			[]wantQuote{{"We will not be the ones to walk away but we cannot wait forever.", "Hakan Fidan", ""}}},
		{"had a simple message for: colon",
			"Kaja Kallas had a simple message for the Kremlin: “Nobody in Europe is fooled by this.”",
			[]wantQuote{{"Nobody in Europe is fooled by this.", "Kaja Kallas", ""}}},
		{"his message was blunt, quote in the next paragraph",
			"Friedrich Merz spoke after the session.\n\nHis message to Moscow was blunt:\n\n“Stop the bombing, and then we can talk about everything else.”",
			[]wantQuote{{"Stop the bombing, and then we can talk about everything else.", "Friedrich Merz", ""}}},
		{"live-blog line with a role before the name",
			"16:40 — Kremlin spokesman Dmitry Peskov: “We are studying the proposal.”",
			[]wantQuote{{"We are studying the proposal.", "Dmitry Peskov", "Kremlin spokesman"}}},
		{"asked aside, then responded colon",
			"Zelensky, asked about the plan, responded: “We will not trade land for a pause.”",
			[]wantQuote{{"We will not trade land for a pause.", "Volodymyr Zelensky", ""}}},
		{"told an agency named with its country",
			"Sergei Lavrov told Russia’s RIA Novosti news agency that Moscow was “not in a hurry to meet anyone.”",
			[]wantQuote{{"not in a hurry to meet anyone.", "Sergei Lavrov", ""}}},
		{"heard telling on a hot mic, colon",
			"Trump was heard telling Macron on a hot mic: “I think he wants to make a deal for me.”",
			[]wantQuote{{"I think he wants to make a deal for me.", "Donald Trump", ""}}},
		{"said during a visit, he after an object named in between",
			"Keir Starmer said during a visit to Kyiv that Britain would stand by Volodymyr Zelensky. “We are in this for the long haul,” he said.",
			[]wantQuote{{"We are in this for the long haul", "Keir Starmer", ""}}},
		{"the minister, known only by the office the gazetteer gives",
			"Hakan Fidan hosted both delegations in Istanbul on Friday.\n\n“Both sides showed flexibility,” the minister said.",
			[]wantQuote{{"Both sides showed flexibility", "Hakan Fidan", ""}}},
		{"the envoy, known only by the office the gazetteer gives",
			"Steve Witkoff flew to Moscow on Thursday and met Vladimir Putin.\n\n“It was a good meeting,” the envoy said.",
			[]wantQuote{{"It was a good meeting", "Steve Witkoff", ""}}},
		{"he when a man and a woman were named together",
			"Sergei Lavrov and Kaja Kallas both spoke after the meeting. “Nobody asked Russia,” he said.",
			[]wantQuote{{"Nobody asked Russia", "Sergei Lavrov", ""}}},
		{"the top diplomat of a country",
			"Marco Rubio met Sergei Lavrov in Riyadh. The top U.S. diplomat said the talks were “a first step on a long road.”",
			[]wantQuote{{"a first step on a long road.", "Marco Rubio", ""}}},
		{"adding that, after a speaker's clause set off by commas",
			"Negotiators expect a draft by Friday, a senior EU official said, adding that the text was “still full of brackets.”",
			[]wantQuote{{"still full of brackets.", "", "senior EU official"}}},
		{"he after a spokesman named in apposition who told an outlet",
			"A senior Hamas official, Osama Hamdan, told Al Jazeera that the group had not seen the new text. “When we receive it, we will study it carefully,” he said.",
			[]wantQuote{{"When we receive it, we will study it carefully", "Osama Hamdan", ""}}},
		{"its ministry: the country of the sentence before",
			"Syria, which borders the disputed area, was more cautious. Its foreign ministry said in a statement that it rejected “any foreign presence on Syrian soil under any name.”",
			[]wantQuote{{"any foreign presence on Syrian soil under any name.", "Syria's foreign ministry", ""}}},
		{"she after an anonymous source with a long description",
			"A nurse with a local charity, who asked not to be named because she was not allowed to speak to the press, said the clinic had run out of insulin. “We are turning people away every single morning,” she said.",
			[]wantQuote{{"We are turning people away every single morning", "", "nurse with a local charity"}}},
		{"a first name with an age",
			"Amina, 34, who fled Khartoum with her three children, said she had not slept for days. “Every night we hear the drones,” she said.",
			[]wantQuote{{"Every night we hear the drones", "Amina", ""}}},
		{"subject with a relative clause and no commas",
			"A European diplomat who was briefed on the meeting told Reuters that the mood was “tense, but not hostile at any point.”",
			[]wantQuote{{"tense, but not hostile at any point.", "", "European diplomat"}}},
		{"short relative clause: who attended",
			"An Arab official who attended said the hardest issues had been left “for the committees to sort out later.”",
			[]wantQuote{{"for the committees to sort out later.", "", "Arab official"}}},
		{"state media said that others had agreed",
			"Chinese state media said the two leaders had agreed that ties would “stay strong whatever happens abroad.”",
			[]wantQuote{{"stay strong whatever happens abroad.", "Chinese state media", ""}}},
		{"a speech noun with that: a warning that",
			"Cyril Ramaphosa opened the meeting in Pretoria with a warning that the bloc must not become “a talking shop for the angry.”",
			[]wantQuote{{"a talking shop for the angry.", "Cyril Ramaphosa", ""}}},
		{"a readout carried by an agency, after the speaker's own verb",
			"Xi said the two countries should be “good neighbours who help each other,” according to a readout carried by the state news agency Xinhua, and that they should “respect each other’s chosen paths.”",
			[]wantQuote{{"good neighbours who help each other", "Xi Jinping", ""}, {"respect each other’s chosen paths.", "Xi Jinping", ""}}},
		{"according to state media, after the speaker's own verb",
			"In Tehran, Mohammad Bagher Qalibaf said inspections would be “allowed only with our consent”, according to state media.",
			[]wantQuote{{"allowed only with our consent", "Mohammad Bagher Qalibaf", ""}}},
		{"he after a man whose first name is not female and a known man in an aside",
			"Viktor Orbán left early. Ireland’s Prime Minister, Micheál Martin, who had spent the day lobbying the Hungarian leader, was relieved. « It took time and patience, » he told journalists.",
			[]wantQuote{{"It took time and patience", "Micheál Martin", ""}}},
		{"an adjective the lexicon does not know before a body noun",
			"Hamas said on Tuesday it had accepted the mediators' proposal.\n\n“We have informed the mediators of our approval,” the militant group said in a statement posted on its Telegram channel.",
			[]wantQuote{{"We have informed the mediators of our approval", "Hamas", ""}}},
		{"the statement said, split: its author told of before",
			"In a short written statement, the Egyptian foreign ministry later confirmed the meeting. “The two sides met in Cairo at the request of the mediators,” the statement said. “They agreed to meet again.”",
			[]wantQuote{{"The two sides met in Cairo at the request of the mediators. They agreed to meet again.", "Egyptian foreign ministry", ""}}},
		{"a possessed noun after a quote is no attribution verb",
			"Rukomera said the rebels would not leave the city “before the causes of the war have been dealt with”, a reference to the group's demands on refugees.",
			[]wantQuote{{"before the causes of the war have been dealt with", "Rukomera", ""}}},
		{"an inverted verb before the name",
			"Says Rubio: “We are not going to be played by anyone.”",
			[]wantQuote{{"We are not going to be played by anyone.", "Marco Rubio", ""}}},
		{"in the words of a source",
			"In the words of one European diplomat, “this was the least bad outcome available.”",
			[]wantQuote{{"this was the least bad outcome available.", "", "European diplomat"}}},
		{"a participle after an object is the subject's",
			"Zelensky thanked Trump, writing on X: “Ukraine is grateful for your leadership.”",
			[]wantQuote{{"Ukraine is grateful for your leadership.", "Volodymyr Zelensky", ""}}},
		{"a body's statement read, colon",
			"Turkey’s foreign ministry issued a short statement. The ministry’s statement read: “Turkey will continue its efforts for a just peace.”",
			[]wantQuote{{"Turkey will continue its efforts for a just peace.", "Turkey’s foreign ministry", ""}}},
		{"live-blog time stamp without a dash, British single quotes",
			"09:12 Lammy: ‘We will keep pushing for a ceasefire.’",
			[]wantQuote{{"We will keep pushing for a ceasefire.", "David Lammy", ""}}},
		{"the bloc's top diplomat",
			"The EU’s top diplomat said on Tuesday that Europe “must be at the table when Ukraine’s future is decided.”",
			[]wantQuote{{"must be at the table when Ukraine’s future is decided.", "Kaja Kallas", ""}}},
		{"the N-year-old: the person the text is about",
			"Donald Trump greeted his guest warmly. “He is a great fighter,” the 79-year-old said.",
			[]wantQuote{{"He is a great fighter", "Donald Trump", ""}}},
		{"the crown prince, one of several offices held",
			"Mohammed bin Salman received the delegations. “The kingdom stands ready,” the crown prince said.",
			[]wantQuote{{"The kingdom stands ready", "Mohammed bin Salman", ""}}},
		{"a first name with an age in words is no public figure",
			"“We just want the shelling to stop,” said Hanna, a 32-year-old nurse from Kherson.",
			[]wantQuote{{"We just want the shelling to stop", "Hanna", ""}}},
		{"a first name, an age and a description before said",
			"Oleksandr, 61, a retired engineer, said he had “stopped believing in any of these talks.”",
			[]wantQuote{{"stopped believing in any of these talks.", "Oleksandr", ""}}},
		{"one man said",
			"Residents were sceptical. “They talk and talk, and the drones keep coming,” one man said.",
			[]wantQuote{{"They talk and talk, and the drones keep coming", "", "man"}}},
		{"an object her says nothing of the subject's sex",
			"Kaja Kallas met Wang Yi in Brussels. Wang told her China was neutral. “We are not a party to this conflict,” he said.",
			[]wantQuote{{"We are not a party to this conflict", "Wang Yi", ""}}},
		{"he, she and a pronoun subject in between",
			"Annalena Baerbock and Sergei Lavrov sat at opposite ends of the table. He spoke first. “Europe has lost its way,” he said. She replied that Russia had “chosen isolation over diplomacy.”",
			[]wantQuote{{"Europe has lost its way", "Sergei Lavrov", ""}, {"chosen isolation over diplomacy.", "Annalena Baerbock", ""}}},
		{"he after a subject, with a known man as a possessive owner",
			"Albin Kurti walked out early. “Belgrade ran away again,” he said.\n\nAsked about Kurti's complaint, Lajcak said nothing had been lost. “Signatures are a ceremony, the commitments are what matter,” he told Reuters.",
			[]wantQuote{{"Belgrade ran away again", "Albin Kurti", ""}, {"Signatures are a ceremony, the commitments are what matter", "Miroslav Lajčák", ""}}},
		// platforms are where words are posted, never who says them
		{"writing on a platform, he said",
			"Javier Milei lost patience with the negotiators on Sunday. Posting on his Truth Social account, he said Buenos Aires would “not sign a deal written in Washington.”",
			[]wantQuote{{"not sign a deal written in Washington.", "Javier Milei", ""}}},
		{"a platform name is no person",
			"Writing on Bluesky, Kirsten Lindqvist said the offer was “too little and far too late.”",
			[]wantQuote{{"too little and far too late.", "Kirsten Lindqvist", ""}}},
		// a capitalised occupation opening a sentence is not part of the name
		{"occupation before a name at sentence start",
			"Economist Lena Varga, who teaches in Szeged, sees little change. « The money follows the votes, not the speeches », she said.",
			[]wantQuote{{"The money follows the votes, not the speeches", "Lena Varga", ""}}},
		{"professor before a name, quote first",
			"“Nobody in this room believes the deadline,” Professor Tomasz Wrona said.",
			[]wantQuote{{"Nobody in this room believes the deadline", "Tomasz Wrona", ""}}},
		// a name inside an aside is not the subject
		{"subject, flanked by an aide, NAME, told",
			"Narendra Modi, accompanied by his national security adviser, Ajit Doval, told the visitors that India wanted \"a settlement both sides can defend at home\".",
			[]wantQuote{{"a settlement both sides can defend at home", "Narendra Modi", ""}}},
		{"an intro phrase, a role, then the name in apposition still speaks",
			"Asked about the ceasefire, the foreign minister, Hakan Fidan, said Ankara would \"keep every door open for as long as needed.\"",
			[]wantQuote{{"keep every door open for as long as needed.", "Hakan Fidan", ""}}},
		// a clause about a person, a colon, then their words
		{"two speakers, the second described without a speech verb",
			"\"We are leaving the room,\" Maria Tavares told reporters. Kofi Mensah was sharper: \"This text was written for us, not with us.\"",
			[]wantQuote{{"We are leaving the room", "Maria Tavares", ""}, {"This text was written for us, not with us.", "Kofi Mensah", ""}}},
		{"opinion verb before a colon",
			"Jana Horvat of the Zagreb-based Institute for Peace Studies, thinks little has moved: \"Both capitals still prefer the quarrel to the compromise.\"",
			[]wantQuote{{"Both capitals still prefer the quarrel to the compromise.", "Jana Horvat", ""}}},
		{"hit back on a platform, after another speaker in the paragraph",
			"Ivo Petrov said the other side had \"never meant a word of what it signed.\" Dritan Hoxha hit back on X: \"Sofia keeps the benefits and skips the duties.\"",
			[]wantQuote{{"never meant a word of what it signed.", "Ivo Petrov", ""}, {"Sofia keeps the benefits and skips the duties.", "Dritan Hoxha", ""}}},
		{"a person only as an object before the colon is not the speaker",
			"The schedule drawn up for Ana Costa was tight: \"Three cities in two days, and no time to sleep.\"",
			[]wantQuote{{"Three cities in two days, and no time to sleep.", "", ""}}},
		// a sentence telling how someone spoke, then their words
		{"manner sentence with a pronoun, then an unattributed quote",
			"Defence minister Pal Jonson opened the session with thanks to the hosts. Pressed on the missing delegations, he was less diplomatic. \"Empty chairs do not negotiate, and they do not get a say afterwards either.\"",
			[]wantQuote{{"Empty chairs do not negotiate, and they do not get a say afterwards either.", "Pal Jonson", ""}}},
		{"manner sentence ending a paragraph, quote paragraph after it",
			"Aylin Demir struck a harsher tone on Friday.\n\n\"Nobody should mistake our patience for weakness.\"",
			[]wantQuote{{"Nobody should mistake our patience for weakness.", "Aylin Demir", ""}}},
		{"where someone was is no manner: the previous speaker goes on",
			"\"We will sign nothing today,\" Rui Lopes said. Marta Vidal was in Lisbon at the time. \"The text is not ready and everyone knows it.\"",
			[]wantQuote{{"We will sign nothing today", "Rui Lopes", ""}, {"The text is not ready and everyone knows it.", "Rui Lopes", ""}}},
		{"an anonymous source after an introductory phrase",
			"Rashid al-Nuaimi chaired the closing session. Asked what the day had produced, a senior Gulf diplomat was frank. \"We agreed to meet again. That is all,\" he said.",
			[]wantQuote{{"We agreed to meet again. That is all", "", "senior Gulf diplomat"}}},
		// a body's name with an "of ... and ..." complement
		{"ministry of X and Y said, then the ministry added",
			"Kenya's Ministry of Mining and Blue Economy said on Monday that the survey had been \"carried out without any consultation.\"\n\n\"We will defend our waters by every lawful means,\" the ministry added.",
			[]wantQuote{{"carried out without any consultation.", "Kenya's Ministry of Mining and Blue Economy", ""}, {"We will defend our waters by every lawful means", "Kenya's Ministry of Mining and Blue Economy", ""}}},
		{"two people joined by and still speak together",
			"Pedro Sánchez and Giorgia Meloni said the fund was \"a first step, not the last one.\"",
			[]wantQuote{{"a first step, not the last one.", "", ""}}},
		// a body that only reports what a named person said
		{"person who, according to a presidency, welcomed a partial quote",
			"Cyril Ramaphosa spoke to Chancellor Friedrich Merz, who, according to the Union Buildings, welcomed \"the steady hand of the South African presidency\" during the talks.",
			[]wantQuote{{"the steady hand of the South African presidency", "Friedrich Merz", ""}}},
		{"according to a body, no person's verb: the body speaks",
			"According to the Kremlin, the talks had been \"useful, businesslike and frank.\"",
			[]wantQuote{{"useful, businesslike and frank.", "Kremlin", ""}}},
		// a second that-clause of the same report
		{"said X and that both sides had agreed to a partial quote",
			"In a statement, the Saudi foreign ministry said the round had taken place \"in a spirit of mutual respect\" and that the two parties had agreed to \"study a phased exchange of detainees before the next meeting\".",
			[]wantQuote{{"in a spirit of mutual respect", "Saudi foreign ministry", ""}, {"study a phased exchange of detainees before the next meeting", "Saudi foreign ministry", ""}}},
		// unnamed sources known by whose circle they are in
		{"sources close to him told an outlet he had agreed",
			"Moqtada al-Sadr said nothing in public on Sunday. Clerics close to him told The National he had accepted the list \"only if no minister answers to a foreign capital\".",
			[]wantQuote{{"only if no minister answers to a foreign capital", "", "Clerics close to Moqtada al-Sadr"}}},
		{"a source close to a named leader said",
			"A source close to Recep Tayyip Erdogan said Ankara was \"not in a hurry to choose sides.\"",
			[]wantQuote{{"not in a hurry to choose sides.", "", "source close to Recep Tayyip Erdogan"}}},
		// a description that opens the report, named in the next paragraph
		{"country's role noun in the lede, resolved to the person named next",
			"Germany's top finance official left the Eurogroup meeting without a deal on Monday, saying the talks had been \"useful but far from finished\".\n\nLars Klingbeil, the finance minister, had hoped to close the file before the summer.",
			[]wantQuote{{"useful but far from finished", "Lars Klingbeil", ""}}},
		{"an indefinite description is never resolved to a later name",
			"A German official left the Eurogroup meeting early on Monday, saying the talks had been \"useful but far from finished\".\n\nLars Klingbeil, the finance minister, had hoped to close the file before the summer.",
			[]wantQuote{{"useful but far from finished", "", "German official"}}},
		{"a person of another country named next is not the description's",
			"France's chief negotiator left the meeting on Monday, saying the talks had been \"useful but far from finished\".\n\nLars Klingbeil, the German finance minister, had hoped to close the file before the summer.",
			[]wantQuote{{"useful but far from finished", "", ""}}},
		// not quotations
		{"titles of plans and quoted terms",
			"Officials discussed the “Board of Peace” and a “20-point plan” on Monday. Diplomats use the phrase “strategic ambiguity” for what followed.",
			nil},
		{"a two-word fragment inside the reporter's clause",
			"Marco Rubio said “real progress” had been made in Geneva but that work remained.",
			nil},
		{"the topic of a noun in quotes",
			"Delegates are still arguing over whether a proposal on “carbon border taxes” should be added to the agenda.",
			nil},
		{"a partial quote after a verb with on is still a quote",
			"SANA, citing a diplomatic source, said the talks had focused on “de-escalation and respect for Syria's borders” and on a 1974 agreement.",
			[]wantQuote{{"de-escalation and respect for Syria's borders", "SANA", ""}}},
		{"a report's title",
			"The report, titled “A Path to Lasting Peace in the Caucasus,” was published on Monday.",
			nil},
		{"what officials call a framework",
			"What officials call “the Istanbul framework for the grain corridor” was not on the agenda.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-08-20", tc.text)
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

// TestPeopleNotOutlets checks that outlets, vehicles and honorifics never
// become people, and that honorific mentions merge into the full name.
func TestPeopleNotOutlets(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // must be listed
		notWant []string // must not be listed
	}{
		{"outlet after told",
			"Hamas official Osama Hamdan told Al Jazeera that the movement had “received nothing new from the mediators.”",
			[]string{"Osama Hamdan"}, []string{"Al Jazeera"}},
		{"outlet after quoted by",
			"Abbas Araghchi was quoted by the state news agency IRNA as saying that Tehran “will not give up enrichment.”",
			[]string{"Abbas Araghchi"}, []string{"IRNA"}},
		{"aboard Air Force One",
			"Donald Trump told reporters aboard Air Force One that Putin “has to get serious now.”",
			[]string{"Donald Trump"}, []string{"Air Force One", "Force One"}},
		{"honorifics merge",
			"President Donald Trump met Prime Minister Mark Carney on Tuesday. Mr. Trump praised Mr Carney.",
			[]string{"Donald Trump", "Mark Carney"}, []string{"Trump", "Carney", "Mr. Trump"}},
		{"an interview with the New York Times",
			"In an interview with The New York Times, Kaja Kallas said Europe had “no illusions at all.”",
			[]string{"Kaja Kallas"}, []string{"New York Times", "The New York Times"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-08-20", tc.text)
			got := names(a.People)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("people %v lack %q", got, w)
				}
			}
			for _, n := range tc.notWant {
				for _, g := range got {
					if strings.EqualFold(g, n) {
						t.Errorf("people %v list %q", got, n)
					}
				}
			}
		})
	}
}
