package corpus

import (
	"strings"
	"testing"
	"time"
)

// extractText runs Extract on paragraphs separated by blank lines.
func extractText(t *testing.T, published string, text string) *Article {
	t.Helper()
	a := &Article{}
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		a.Paragraphs = append(a.Paragraphs, strings.TrimSpace(p))
	}
	if published != "" {
		ts, err := time.Parse(time.DateOnly, published)
		if err != nil {
			t.Fatal(err)
		}
		a.Published = ts.Add(18 * time.Hour)
	}
	Extract(a)
	return a
}

type wantQuote struct{ text, speaker, role string }

// quoteCase is a table row of the quote tests: a text and the quotations
// it holds, in order.
type quoteCase struct {
	name string
	text string
	want []wantQuote
}

// checkQuoteCases extracts each case's text as an article published on
// date and checks its quotations: text, speaker, the role when one is
// wanted, and never a pronoun for a speaker.
func checkQuoteCases(t *testing.T, date string, cases []quoteCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, date, tc.text)
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
				if isPronoun(strings.ToLower(q.Speaker)) {
					t.Errorf("quote %d speaker is a pronoun", i)
				}
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	tests := []quoteCase{
		{"quote then name said", `“We are ready to talk, but not at any price,” Lavrov said on Tuesday.`,
			[]wantQuote{{"We are ready to talk, but not at any price", "Sergey Lavrov", ""}}},
		{"said name, title", `“The door remains open,” said Kaja Kallas, the EU's top diplomat.`,
			[]wantQuote{{"The door remains open", "Kaja Kallas", "EU's top diplomat"}}},
		{"name said colon", `Turkish President Recep Tayyip Erdogan said: “Istanbul is ready to host both delegations again.”`,
			[]wantQuote{{"Istanbul is ready to host both delegations again.", "Recep Tayyip Erdogan", "Turkish President"}}},
		{"name, role, said", `Andrii Sybiha, Ukraine's foreign minister, said “no decision about Ukraine can be taken without Ukraine.”`,
			[]wantQuote{{"no decision about Ukraine can be taken without Ukraine.", "Andrii Sybiha", "Ukraine's foreign minister"}}},
		{"told reporters that", `Zelensky told reporters in Kyiv that “the front line cannot become a border.”`,
			[]wantQuote{{"the front line cannot become a border.", "Volodymyr Zelensky", ""}}},
		{"wrote on social media", `“Progress, but no breakthrough yet,” Steve Witkoff wrote on social media after the session.`,
			[]wantQuote{{"Progress, but no breakthrough yet", "Steve Witkoff", ""}}},
		{"posted on X that", `Merz posted on X that Europe would “never accept a dictated peace.”`,
			[]wantQuote{{"never accept a dictated peace.", "Friedrich Merz", ""}}},
		{"according to anonymous", `“This is not the end of the process,” according to a senior European diplomat.`,
			[]wantQuote{{"This is not the end of the process", "", "senior European diplomat"}}},
		{"organisation speaker", `“We will respond to any provocation,” the Kremlin said in a statement.`,
			[]wantQuote{{"We will respond to any provocation", "Kremlin", ""}}},
		{"ministry speaker", `“Any attack will meet a decisive answer,” Iran's foreign ministry said.`,
			[]wantQuote{{"Any attack will meet a decisive answer", "Iran's foreign ministry", ""}}},
		{"pronoun she", `Giorgia Meloni arrived late from Rome. “We have a duty to stay united,” she said.`,
			[]wantQuote{{"We have a duty to stay united", "Giorgia Meloni", ""}}},
		{"pronoun with gender", `Macron greeted Ursula von der Leyen at the Élysée. “Europe must carry more of the load,” she said.`,
			[]wantQuote{{"Europe must carry more of the load", "Ursula von der Leyen", ""}}},
		{"split quote", `“We did not come here to fail,” Stubb said, “and we will not leave empty-handed.”`,
			[]wantQuote{{"We did not come here to fail and we will not leave empty-handed.", "Alexander Stubb", ""}}},
		{"quote over two paragraphs", "Mark Rutte set out the plan in detail. “The first phase is a ceasefire along the current line. Then come the guarantees.\n\n“Without those, nothing holds,” he said.",
			[]wantQuote{{"The first phase is a ceasefire along the current line. Then come the guarantees. Without those, nothing holds", "Mark Rutte", ""}}},
		{"paragraph of quote continues speaker", "“We are not naive about Moscow,” Kallas said.\n\n“Russia has broken every promise it made this year.”",
			[]wantQuote{{"We are not naive about Moscow", "Kaja Kallas", ""}, {"Russia has broken every promise it made this year.", "Kaja Kallas", ""}}},
		{"nested single quotes", `“When they say ‘peace’, they mean our surrender,” Sybiha said.`,
			[]wantQuote{{"When they say ‘peace’, they mean our surrender", "Andrii Sybiha", ""}}},
		{"apostrophes are not quotes", `It felt like the ’90s again, a rock ’n’ roll kind of diplomacy, and the Russians’ demands hadn’t changed since Putin’s speech.`,
			nil},
		{"straight quotes", `"We want a just peace, not a pause," Zelensky said.`,
			[]wantQuote{{"We want a just peace, not a pause", "Volodymyr Zelensky", ""}}},
		{"british single quotes", `‘We will not be rushed into a bad deal,’ Starmer told MPs.`,
			[]wantQuote{{"We will not be rushed into a bad deal", "Keir Starmer", ""}}},
		{"guillemets", `«We stand with Ukraine for as long as it takes,» Macron said.`,
			[]wantQuote{{"We stand with Ukraine for as long as it takes", "Emmanuel Macron", ""}}},
		{"german low-high quotes, comma outside", `„We are ready to do more“, said Merz.`,
			[]wantQuote{{"We are ready to do more", "Friedrich Merz", ""}}},
		{"scare quotes", `Trump floated a “Trilat” and promised a “NATO-like” presence under the “Coalition of the Willing” banner.`,
			nil},
		{"partial quote with speech verb", `Lavrov said Moscow saw “no reason to hurry” on a summit.`,
			[]wantQuote{{"no reason to hurry", "Sergey Lavrov", ""}}},
		{"short quote directly attributed", `“Absolutely,” Rubio said.`,
			[]wantQuote{{"Absolutely", "Marco Rubio", ""}}},
		{"asked about other person", `Asked about Lavrov's remarks, Rubio said: “We have heard all of this before.”`,
			[]wantQuote{{"We have heard all of this before.", "Marco Rubio", ""}}},
		{"aside naming another person", `Macron, standing beside Merz, said “Europe will not be a spectator.”`,
			[]wantQuote{{"Europe will not be a spectator.", "Emmanuel Macron", ""}}},
		{"title after name, inverted", `“The ball is in Moscow's court,” said Mark Rutte, NATO's secretary-general.`,
			[]wantQuote{{"The ball is in Moscow's court", "Mark Rutte", "NATO's secretary-general"}}},
		{"warned", `“Time is running out for diplomacy,” Kallas warned.`,
			[]wantQuote{{"Time is running out for diplomacy", "Kaja Kallas", ""}}},
		{"anonymous official", `“They are stalling and everyone knows it,” a senior U.S. official said, speaking on condition of anonymity.`,
			[]wantQuote{{"They are stalling and everyone knows it", "", "senior U.S. official"}}},
		{"unknown person with role", `“We expect a second round within weeks,” said Hakan Fidan, Turkey's foreign minister.`,
			[]wantQuote{{"We expect a second round within weeks", "Hakan Fidan", "Turkey's foreign minister"}}},
		{"surname resolved to earlier full name", "Ukraine's chief negotiator, Rustem Umerov, arrived on Sunday.\n\n“The talks were difficult but honest,” Umerov said.",
			[]wantQuote{{"The talks were difficult but honest", "Rustem Umerov", "Ukraine's chief negotiator"}}},
		{"tweeted colon", `Radoslaw Sikorski tweeted: “Putin does not want peace. He wants Ukraine.”`,
			[]wantQuote{{"Putin does not want peace. He wants Ukraine.", "Radoslaw Sikorski", ""}}},
		{"pronoun they is not a speaker", `“We'll see what happens next week,” they said.`,
			[]wantQuote{{"We'll see what happens next week", "", ""}}},
		{"called it, partial", `Still, Stubb called the offer “a serious step in the right direction.”`,
			[]wantQuote{{"a serious step in the right direction.", "Alexander Stubb", ""}}},
		{"said name after quote, verb then title name", `“A ceasefire must come first,” said British Prime Minister Keir Starmer.`,
			[]wantQuote{{"A ceasefire must come first", "Keir Starmer", "British Prime Minister"}}},
		{"participle saying", `Zelensky replied hours later in a video address, saying, “Ukraine will not trade its land for promises.”`,
			[]wantQuote{{"Ukraine will not trade its land for promises.", "Volodymyr Zelensky", ""}}},
		{"quoted as saying", `Interfax quoted Dmitry Peskov as saying that the Kremlin was “open to contacts at any level.”`,
			[]wantQuote{{"open to contacts at any level.", "Dmitry Peskov", ""}}},
		{"second sentence after the attribution is the same quote", `"Peace is close," Trump wrote on Truth Social. "Everybody wants it. Let's get it done!"`,
			[]wantQuote{{"Peace is close. Everybody wants it. Let's get it done!", "Donald Trump", ""}}},
		{"each part with its own attribution", `“We are ready,” Lavrov said. “So are we,” Rubio replied.`,
			[]wantQuote{{"We are ready", "Sergey Lavrov", ""}, {"So are we", "Marco Rubio", ""}}},
		{"it said: organisation", "Sudan's foreign ministry rejected the plan within hours. “The government will not accept any plan that equates the army with a militia,” it said.",
			[]wantQuote{{"The government will not accept any plan that equates the army with a militia", "Sudan's foreign ministry", ""}}},
		{"name spelled as the article spells it", `“We will not give up our land,” Zelenskiy told parliament.`,
			[]wantQuote{{"We will not give up our land", "Volodymyr Zelenskiy", ""}}},
		{"headline quote is not a quotation", "‘A historic day’\n\nLeaders gathered in the hall on Tuesday.",
			nil},
		{"he refers to last subject", "Merz spoke first. Macron followed with a warning.\n\n“We cannot wait for Washington,” he said.",
			[]wantQuote{{"We cannot wait for Washington", "Emmanuel Macron", ""}}},
		{"colon paragraph introduces quote", "In a statement, Erdogan wrote:\n\n“Turkey stands ready to host the next round in Istanbul.”",
			[]wantQuote{{"Turkey stands ready to host the next round in Istanbul.", "Recep Tayyip Erdoğan", ""}}},
		{"name added", `“We will keep the pressure on,” Tusk added.`,
			[]wantQuote{{"We will keep the pressure on", "Donald Tusk", ""}}},
	}
	checkQuoteCases(t, "2025-08-20", tests)
}

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`He said “yes” and “no.”`, []string{"yes", "no."}},
		{`“Outer ‘inner’ text,” she said.`, []string{"Outer ‘inner’ text,"}},
		{`The Russians’ offer and Ukraine’s reply, don’t.`, nil},
		{`'Tis the season of the '90s, rock 'n' roll.`, nil},
		{`‘We will win,’ he said, ‘whatever it takes.’`, []string{"We will win,", "whatever it takes."}},
		{`“Unclosed quotation runs to the end`, []string{"Unclosed quotation runs to the end"}},
		{`«Bonjour» et „Guten Tag“`, []string{"Bonjour", "Guten Tag"}},
		{`‘The Russians’ plan is a trap,’ he said.`, []string{"The Russians’ plan is a trap,"}},
	}
	for _, tc := range tests {
		spans := findQuoteSpans(tc.in)
		var got []string
		for _, s := range spans {
			got = append(got, s.content(tc.in))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("findQuoteSpans(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
