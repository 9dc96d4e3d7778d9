package corpus

import "testing"

// TestSpeakers9DescribedSources: an unnamed source described after its
// noun ("a diplomat familiar with the talks", "an envoy present at the
// lunch", "an official in Nairobi, who spoke on condition of anonymity,")
// says the quoted words: they are a quotation with no named speaker. A
// fragment under three words stays a scare quote, and a named person
// inside the reported clause still speaks for themselves.
func TestSpeakers9DescribedSources(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"official familiar with",
			`An Egyptian official familiar with the negotiations said the atmosphere had been "tense but workmanlike" throughout.`,
			[]wantQuote{{"tense but workmanlike", "", "Egyptian official"}}},
		{"envoy present at, told outlet",
			`One envoy present at the lunch told Reuters the exchange was "sharper than anything we heard in Vienna".`,
			[]wantQuote{{"sharper than anything we heard in Vienna", "", "envoy"}}},
		{"official in place, who aside",
			`A senior official in Nairobi, who spoke on condition of anonymity, said the delegations were "still miles apart on the border question".`,
			[]wantQuote{{"still miles apart on the border question", "", "senior official"}}},
		{"plural briefed on",
			`Two diplomats briefed on the session said the final text was "weaker than the draft circulated on Monday".`,
			[]wantQuote{{"weaker than the draft circulated on Monday", "", "Two diplomats"}}},
		{"source familiar with, colon",
			`A source familiar with the meeting said: "Nobody expected a breakthrough tonight."`,
			[]wantQuote{{"Nobody expected a breakthrough tonight.", "", "source"}}},
		{"another, from",
			`One Asian delegate said the talks were "going round in circles". Another, from a small island state, said the deal was "the least bad option on the table".`,
			[]wantQuote{{"going round in circles", "", "Asian delegate"}, {"the least bad option on the table", "", "another delegate"}}},
		{"another described as",
			`One Gulf official said the visitors came with "a long memory and a short temper". Another described the evening as "polite but going nowhere".`,
			[]wantQuote{{"a long memory and a short temper", "", "Gulf official"}, {"polite but going nowhere", "", "another official"}}},
		{"object relative: a choice that one diplomat in the room described as",
			`Britain sent a junior minister, a choice that one envoy in the hall described as 'courteous and quietly pointed'.`,
			[]wantQuote{{"courteous and quietly pointed", "", "envoy"}}},
		{"inverted aside after a labelled paragraph",
			`Update: The talks resumed at noon. The session, one diplomat present in the room said, had been "calmer than the day before".`,
			[]wantQuote{{"calmer than the day before", "", "diplomat"}}},
		{"near miss: one word is a scare quote",
			`A European diplomat familiar with the talks said the mood was "tense".`,
			nil},
		{"near miss: a named person inside the clause",
			`A diplomat familiar with the talks said Marco Rubio had called the plan "a serious basis for further work".`,
			[]wantQuote{{"a serious basis for further work", "Marco Rubio", ""}}},
	})
}

// TestSpeakers9ReadoutTellers: "According to the X readout, Person told Y
// that …": the readout is only the source, the person speaks. A readout
// owned by a bare nationality ("the Indian readout") has no named author.
func TestSpeakers9ReadoutTellers(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"national readout, person told that",
			`According to the Chinese readout, Xi Jinping told Sanae Takaichi that Japan should "honour its commitments on history and Taiwan" and keep its policy on "the right track".`,
			[]wantQuote{{"honour its commitments on history and Taiwan", "Xi Jinping", ""}, {"the right track", "Xi Jinping", ""}}},
		{"building readout, person said",
			`According to the Kremlin readout, Vladimir Putin said the talks had been "useful and very frank".`,
			[]wantQuote{{"useful and very frank", "Vladimir Putin", ""}}},
		{"ministry readout, person stressed that",
			`According to the Japanese foreign ministry's readout, Takeshi Iwaya stressed that Tokyo wanted "a stable and constructive relationship with Beijing".`,
			[]wantQuote{{"a stable and constructive relationship with Beijing", "Takeshi Iwaya", ""}}},
		{"near miss: readout from a body, no person",
			`According to a readout from the State Department, the two sides agreed to "keep working on a durable ceasefire".`,
			[]wantQuote{{"keep working on a durable ceasefire", "State Department", ""}}},
		{"near miss: nationality readout, no person",
			`According to the Indian readout, the leaders "reviewed progress in the bilateral relationship".`,
			[]wantQuote{{"reviewed progress in the bilateral relationship", "", "Indian readout"}}},
	})
}

// TestSpeakers9DocumentSubjects: a document is the subject of a later
// verb in its sentence ("The communique also welcomed … and called for
// “…”") or of "it" in the next ("The leaders' final communique directed
// …. It also called for “…”"): its words are quotes with no named author.
func TestSpeakers9DocumentSubjects(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"communique also ..., and called for",
			`The communique also praised the truce and called for the release of every detainee "without any further delay."`,
			[]wantQuote{{"without any further delay.", "", "communique"}}},
		{"final declaration ... It also urged",
			`The ministers' final declaration tasked the generals with a plan. It also called for "the reopening of the airport and the border posts" within a month.`,
			[]wantQuote{{"the reopening of the airport and the border posts", "", "ministers' final declaration"}}},
		{"joint communique ... It said",
			`The joint communique set no date. It said both sides would "return to the table once the harvest is in".`,
			[]wantQuote{{"return to the table once the harvest is in", "", "joint communique"}}},
		{"near miss: in a post, he accused",
			`Gustavo Petro suspended the talks. In a post on X he accused the rebels of choosing "the path of war and ruin" over talks.`,
			[]wantQuote{{"the path of war and ruin", "Gustavo Petro", ""}}},
	})
}

// TestSpeakers9LowerCaseStateBodies: a ministry named by its portfolio in
// lower case, or "the cabinet" / "the presidency", is the speaker as the
// article names it (label rules, speaker 3). A bare body noun with nothing
// named before stays anonymous.
func TestSpeakers9LowerCaseStateBodies(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"commerce ministry said",
			`Beijing denied any coercion. The commerce ministry said the licensing rules were "in line with global practice" and applied to all.`,
			[]wantQuote{{"in line with global practice", "commerce ministry", ""}}},
		{"finance ministry, statement",
			`In a statement on Friday, the finance ministry said the loan talks had been "frank and moving in the right direction".`,
			[]wantQuote{{"frank and moving in the right direction", "finance ministry", ""}}},
		{"cabinet said two men agreed on",
			`The cabinet said the two ministers agreed on "the need to protect the country's public institutions," without naming the army.`,
			[]wantQuote{{"the need to protect the country's public institutions", "cabinet", ""}}},
		{"it said both sides had agreed, after a portfolio ministry",
			`The finance ministry said the round had been "useful and businesslike". It said both sides had agreed to "meet again before the budget is tabled".`,
			[]wantQuote{{"useful and businesslike", "finance ministry", ""}, {"meet again before the budget is tabled", "finance ministry", ""}}},
		{"near miss: the group, no group named",
			`The group said the ceasefire was "holding in most districts" on Sunday.`,
			[]wantQuote{{"holding in most districts", "", "group"}}},
		{"near miss: national ministry keeps the country",
			`The Egyptian foreign ministry said the crossing would "open as soon as the shelling stops".`,
			[]wantQuote{{"open as soon as the shelling stops", "Egyptian foreign ministry", ""}}},
	})
}

// TestSpeakers9AbsoluteAsides: an absolute phrase between a subject and its
// verb ("Mr Trump, his voice rising, told") is an aside: the subject
// before it speaks, with British single marks as with double ones.
func TestSpeakers9AbsoluteAsides(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"voice rising, single marks",
			`Mr Trump, his voice rising, told the Ukrainian leader he was 'gambling with the lives of millions' and that he was 'in no position' to set terms.`,
			[]wantQuote{{"gambling with the lives of millions", "Donald Trump", ""}, {"in no position", "Donald Trump", ""}}},
		{"voice tight",
			`Kaja Kallas, her voice tight, said the bloc would "not be blackmailed over gas".`,
			[]wantQuote{{"not be blackmailed over gas", "Kaja Kallas", ""}}},
		{"hands raised, told reporters",
			`Emmanuel Macron, his hands raised, told reporters the plan was "dead on arrival in Paris".`,
			[]wantQuote{{"dead on arrival in Paris", "Emmanuel Macron", ""}}},
		{"near miss: two-word fragment stays out",
			`Mr Trump, his voice rising, told the Ukrainian leader he was 'very disrespectful'.`,
			nil},
	})
}

// TestSpeakers9NamedBodies: a body the gazetteer does not know speaks
// under the name the article gives it: one capitalised word before an
// appositive aside ("Copa-Cogeca, the EU farm lobby, said"), or "the" and
// a capitalised plural ("The Conservatives said"), without the article. A
// place inside an unnamed speaker's description is no speaker, and a
// plural of a nationality is no body's name.
func TestSpeakers9NamedBodies(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"lobby with appositive",
			`Copa-Cogeca, the EU farm lobby, said Brussels had "sold out the livestock sector for car exports".`,
			[]wantQuote{{"sold out the livestock sector for car exports", "Copa-Cogeca", ""}}},
		{"group with appositive",
			`Greenpeace, the environmental group, said the deal had "chosen to ignore the science entirely".`,
			[]wantQuote{{"chosen to ignore the science entirely", "Greenpeace", ""}}},
		{"the party, whose-aside",
			`The Conservatives, whose ministers opened the talks in 2022, said the clause was "a gift to foreign employers".`,
			[]wantQuote{{"a gift to foreign employers", "Conservatives", ""}}},
		{"the party said",
			`The Conservatives said the summit had "wasted another year the planet does not have".`,
			[]wantQuote{{"wasted another year the planet does not have", "Conservatives", ""}}},
		{"near miss: place in an unnamed speaker's description",
			`A local official in Putumayo, who asked not to be named, said families were "tired of waiting for the road".`,
			[]wantQuote{{"tired of waiting for the road", "", ""}}},
		{"near miss: plural nationality",
			// (speakers11: the words are still a quotation, of a people
			// named by no body's name: speaker "", label rule speaker 4)
			`The Americans said the offer was "not serious enough to answer".`,
			[]wantQuote{{"not serious enough to answer", "", "Americans"}}},
	})
}

// TestSpeakers9HeadAnaphors: "the forum said", "the union said" refer
// back to the body named before whose name ends in that word. With no such
// body the tag names no one and the quote is not taken.
func TestSpeakers9HeadAnaphors(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"the forum, same paragraph",
			`The Hostages and Missing Families Forum urged ministers to accept the offer. "Every night of waiting is a night too many for our families," the forum said.`,
			[]wantQuote{{"Every night of waiting is a night too many for our families", "Hostages and Missing Families Forum", ""}}},
		{"the union, next paragraph",
			`The Northern Dockers and Drivers Union called a strike for Monday.

"Drivers will not carry the cost of this deal on their backs," the union said.`,
			[]wantQuote{{"Drivers will not carry the cost of this deal on their backs", "Northern Dockers and Drivers Union", ""}}},
		{"the institute said",
			`The Baltic Maritime Institute wrote to the envoy on Friday. The institute said the draft was "a recipe for another lost decade".`,
			[]wantQuote{{"a recipe for another lost decade", "Baltic Maritime Institute", ""}}},
		{"near miss: no forum named before",
			`"Nobody here believes the deadline will hold," the forum said.`,
			nil},
	})
}

// TestSpeakers9QuoteHeadlines: a live blog's entry heading that gives
// someone's words ("17:50 GMT – Hamas: 'We have given our list'") is kept
// as a body paragraph and its words are the speaker's; a plain heading, or
// one quoting two words, is still dropped.
func TestSpeakers9QuoteHeadlines(t *testing.T) {
	md := `---
title: "Truce talks, live"
source: "Example Wire"
published: 2025-10-08T18:00:00Z
---
Negotiators met for a third day on Wednesday at the resort.

18:10 GMT – Hamas: 'We have handed over our names'

In a short statement, the movement said it had given the mediators its list of prisoners.

17:05 GMT – Erdogan: "a deal is within reach now"

Turkish President Recep Tayyip Erdogan told reporters in Ankara that the gaps had narrowed.

16:40 GMT – Delegations break for dinner

The two teams left the complex separately.

16:00 GMT – Sisi: 'very encouraging'

Egyptian President Abdel Fattah el-Sisi welcomed the progress.
`
	arts, errs := Parse("live.md", []byte(md))
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("Parse: %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	Extract(a)
	want := map[string]string{
		"We have handed over our names": "Hamas",
		"a deal is within reach now":    "Recep Tayyip Erdogan",
	}
	if len(a.Quotes) != len(want) {
		t.Fatalf("got %d quotes %+v, want %d", len(a.Quotes), a.Quotes, len(want))
	}
	for _, q := range a.Quotes {
		if sp, ok := want[q.Text]; !ok || sp != q.Speaker {
			t.Errorf("quote %q by %q, want one of %v", q.Text, q.Speaker, want)
		}
	}
	for _, p := range a.Paragraphs {
		if p == "16:40 GMT – Delegations break for dinner" {
			t.Errorf("a plain entry heading was kept: %q", p)
		}
	}
}

// TestSpeakers9BodyRelaysPerson: a body's statement relaying a named
// person's plea ("the ministry said Cho had asked Tokyo to “…”") quotes
// the person whose verb introduces the words (label rules, speaker 3). A
// body's own report ("said X had told Y …") and words coordinated with an
// action ("Putin agreed to a halt and “…”") stay the body's.
func TestSpeakers9BodyRelaysPerson(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"ministry said person had asked",
			`South Korea's Foreign Ministry said Cho Hyun had asked Tokyo to "show sincere efforts on the history of the mines".`,
			[]wantQuote{{"show sincere efforts on the history of the mines", "Cho Hyun", ""}}},
		{"ministry said in a statement that person urged ... and to",
			`China's Foreign Ministry said in a statement that Wang Yi had urged the US side to "see China's rise objectively" and to work with Beijing "to find a way for the two powers to coexist".`,
			[]wantQuote{{"see China's rise objectively", "Wang Yi", ""}, {"to find a way for the two powers to coexist", "Wang Yi", ""}}},
		{"presidency said person assured",
			`The Elysee said Emmanuel Macron had assured his guest that France would "stand by Kyiv for as long as it takes".`,
			[]wantQuote{{"stand by Kyiv for as long as it takes", "Emmanuel Macron", ""}}},
		{"near miss: action coordinated with the words",
			`The Kremlin said Vladimir Putin agreed to a 30-day pause and "at once gave the army the necessary order".`,
			[]wantQuote{{"at once gave the army the necessary order", "Kremlin", ""}}},
	})
}

// TestSpeakers9AccordingToTeller: "According to a spokesman, the
// chancellor assured Kyiv that …": the one whose verb opens the
// that-clause speaks; the source only reports it.
func TestSpeakers9AccordingToTeller(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"according to spokesman, the chancellor assured that",
			`Olaf Scholz spoke to Volodymyr Zelenskyy by phone. According to Steffen Hebestreit, his spokesman, the chancellor assured Zelenskyy that Germany would "keep helping Ukraine for as long as it is needed."`,
			[]wantQuote{{"keep helping Ukraine for as long as it is needed.", "Olaf Scholz", ""}}},
		{"according to an aide, person promised that",
			`According to an aide, Kaja Kallas promised the ministers that the bloc would "find the money before the winter".`,
			[]wantQuote{{"find the money before the winter", "Kaja Kallas", ""}}},
		{"near miss: according to the spokesman, words with no teller",
			`According to Steffen Hebestreit, the government spokesman, the call had been "long, frank and useful."`,
			[]wantQuote{{"long, frank and useful.", "Steffen Hebestreit", ""}}},
	})
}

// TestSpeakers9ConfidedAndPartyAsides: "confided" is a speech verb, and a
// party affiliation between a name and its verb ("Chris Murphy, Democrat
// of Connecticut, said") is an aside.
func TestSpeakers9ConfidedAndPartyAsides(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"guillemets, diplomat confided",
			`For Brussels the quarrel is a test. « If they cannot settle a row over car plates, nobody believes they can settle the border », a senior EU official confided.`,
			[]wantQuote{{"If they cannot settle a row over car plates, nobody believes they can settle the border", "", "senior EU official"}}},
		{"person confided that",
			`Kaja Kallas confided to aides that the process was "hanging by a thread".`,
			[]wantQuote{{"hanging by a thread", "Kaja Kallas", ""}}},
		{"Democrat of state",
			`Senator Chris Murphy, Democrat of Connecticut, said on social media that the visit was "a reward for years of bad behaviour."`,
			[]wantQuote{{"a reward for years of bad behaviour.", "Chris Murphy", ""}}},
		{"Republican of state, told reporters",
			`Lindsey Graham, Republican of South Carolina, told reporters the deal was "a good start but only a start".`,
			[]wantQuote{{"a good start but only a start", "Lindsey Graham", ""}}},
	})
}

// TestSpeakers9QuotedAsSayingTag: a tag after the quotation that names a
// source and "quoted/cited NAME as saying" gives the person's words.
func TestSpeakers9QuotedAsSayingTag(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"broadcaster quoted as saying",
			`"Our markets are bound together and cannot be pulled apart," the state broadcaster CCTV quoted Xi Jinping as saying.`,
			[]wantQuote{{"Our markets are bound together and cannot be pulled apart", "Xi Jinping", ""}}},
		{"agency cited as saying, on Sunday",
			`"The door to dialogue has never been closed," Xinhua cited Wang Yi as saying on Sunday.`,
			[]wantQuote{{"The door to dialogue has never been closed", "Wang Yi", ""}}},
		{"near miss: quoted in a paper, no 'as saying'",
			`"We will not sign under pressure," Sergey Lavrov said, as quoted by the Kommersant daily.`,
			[]wantQuote{{"We will not sign under pressure", "Sergey Lavrov", ""}}},
	})
}

// TestSpeakers9WhatOneCalled: "what one called “…”", "what a senior
// diplomat called “…”" are an unnamed speaker's words; "what it called
// “…”" stays a body's standing term.
func TestSpeakers9WhatOneCalled(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"what one called, officials before",
			`The two sides failed to settle the row over export licences, with European officials warning that patience with what one called "permits by the teaspoon" was running out.`,
			[]wantQuote{{"permits by the teaspoon", "", ""}}},
		{"what a senior diplomat called",
			`The talks stalled over what a senior diplomat called "a wall of procedural objections" from Moscow.`,
			[]wantQuote{{"a wall of procedural objections", "", "senior diplomat"}}},
		{"near miss: what it called",
			`The agency announced what it called "a new era of partnership" on Monday.`,
			nil},
	})
}

// TestSpeakers9JointStatementAside: a joint statement mentioned in a
// relative aside about the speaker ("Jaishankar, who signed the joint
// statement, said") does not make the person's words the statement's.
func TestSpeakers9JointStatementAside(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"who-aside with joint statement",
			`Penny Wong, who stayed on for the signing of the ministers' joint statement, said the group had to deliver "results people in the region can see".`,
			[]wantQuote{{"results people in the region can see", "Penny Wong", ""}}},
		{"near miss: said in a joint statement",
			`The four ministers said in a joint statement that they would "meet again in Delhi next year".`,
			[]wantQuote{{"meet again in Delhi next year", "", "joint statement of four ministers"}}},
	})
}

// TestSpeakers9PreviousSentenceSpeaker: a quoted sentence with no
// attribution right after a sentence in which a named person speaks is
// that person's; after a sentence where no one speaks it has no speaker.
func TestSpeakers9PreviousSentenceSpeaker(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"he said ... then a quoted sentence",
			`Kaja Kallas chaired the meeting.

She called the veto a disgrace and said the bloc would not give up. "We will keep pressing, in this room and outside it, until the shelling stops."`,
			[]wantQuote{{"We will keep pressing, in this room and outside it, until the shelling stops.", "Kaja Kallas", ""}}},
		{"named person told, then a quoted sentence",
			`Antonio Guterres told the council the mission would stay. "We are not leaving the people of Goma to fend for themselves."`,
			[]wantQuote{{"We are not leaving the people of Goma to fend for themselves.", "Antonio Guterres", ""}}},
		{"near miss: no one speaks before",
			`The council adjourned at noon. "We are not leaving the people of Goma to fend for themselves."`,
			[]wantQuote{{"We are not leaving the people of Goma to fend for themselves.", "", ""}}},
	})
}

// TestSpeakers9CapitalisedGroupNames: "the African Group", "the Arab
// Group" name a group of their own; only a lower-case "the group" refers
// back to a group named before.
func TestSpeakers9CapitalisedGroupNames(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"the African Group called",
			`AOSIS walked out of the room. The draft put the goal at $250bn, a figure the African Group called "an insult to the continent".`,
			[]wantQuote{{"an insult to the continent", "African Group", ""}}},
		{"the Arab Group said",
			`The Arab Group said the resolution was "the least the Council owes Gaza".`,
			[]wantQuote{{"the least the Council owes Gaza", "Arab Group", ""}}},
		{"near miss: the militant group refers back",
			`Hamas fighters held the town. The militant group said the truce was "over as of tonight".`,
			[]wantQuote{{"over as of tonight", "Hamas", ""}}},
	})
}

// TestSpeakers9AccordingToAside: "He added, according to Belta, that …":
// an according-to aside between a person's speech verb and its
// that-clause leaves the words the person's; a source with no person's
// verb before it speaks itself.
func TestSpeakers9AccordingToAside(t *testing.T) {
	checkQuoteCases(t, "2025-05-05", []quoteCase{
		{"he added, according to agency, that",
			`Alexander Lukashenko called the talks useful. He added, according to Belta, that Belarus "has never been anyone's enemy in this."`,
			[]wantQuote{{"has never been anyone's enemy in this.", "Alexander Lukashenko", ""}}},
		{"person stressed, according to an agency, that",
			`Recep Tayyip Erdogan stressed, according to Anadolu, that Ankara was "ready to host the next round at any time".`,
			[]wantQuote{{"ready to host the next round at any time", "Recep Tayyip Erdogan", ""}}},
		{"near miss: according to the agency, which said",
			`Belarus freed 14 prisoners, according to Belta, which said the move was "a gesture of goodwill to Washington".`,
			[]wantQuote{{"a gesture of goodwill to Washington", "Belta", ""}}},
	})
}
