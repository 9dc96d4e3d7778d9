package corpus

import "testing"

// TestProbeWireRoster checks more ways wire copy seats people at the talks
// it has just reported (who represented a country, who was part of a
// delegation, who led the talks for a side) and the encounters it tells
// beside them (a meeting on the sidelines of a summit, talks between two
// others, a call afterwards). Rows are probes written afresh for this test.
func TestProbeWireRoster(t *testing.T) {
	const jeddah = "JEDDAH, Saudi Arabia (AP) — U.S. and Ukrainian officials held talks in Jeddah on Tuesday, with Marco Rubio and Andriy Yermak leading the two delegations.\n\n"
	const summit = "KANANASKIS, Alberta (Reuters) - Group of Seven leaders opened their summit in Kananaskis on Monday, hosted by Mark Carney.\n\n"
	je := "Andriy Yermak, Marco Rubio"
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"representing X were", jeddah + "Representing Ukraine were also Andrii Sybiha and Rustem Umerov.",
			[]string{"Andrii Sybiha, Andriy Yermak, Marco Rubio, Rustem Umerov"}, nil},
		{"X was represented by", jeddah + "Saudi Arabia was represented by Faisal bin Farhan.",
			[]string{"Andriy Yermak, Faisal bin Farhan, Marco Rubio"}, nil},
		{"on the Ukrainian side were", jeddah + "On the Ukrainian side were Andrii Sybiha and Rustem Umerov.",
			[]string{"Andrii Sybiha, Andriy Yermak, Marco Rubio, Rustem Umerov"}, nil},
		{"who was part of the delegation, said", jeddah + "Rustem Umerov, who was part of the Ukrainian delegation, said the talks were constructive.",
			[]string{"Andriy Yermak, Marco Rubio, Rustem Umerov"}, nil},
		{"who attended the talks, said", jeddah + "Mike Waltz, who attended the talks, said Kyiv had agreed to a ceasefire.",
			[]string{"Andriy Yermak, Marco Rubio, Mike Waltz"}, nil},
		{"delegation was headed by and included", jeddah + "Ukraine's delegation was headed by Yermak and included Andrii Sybiha and Pavlo Palisa.",
			[]string{"Andrii Sybiha, Andriy Yermak, Marco Rubio, Pavlo Palisa"}, nil},
		{"X's delegation included", jeddah + "Rubio's delegation included Mike Waltz.",
			[]string{"Andriy Yermak, Marco Rubio, Mike Waltz"}, nil},
		{"present at the talks were", jeddah + "Present at the talks were Mike Waltz and Andrii Sybiha.",
			[]string{"Andrii Sybiha, Andriy Yermak, Marco Rubio, Mike Waltz"}, nil},
		{"was also in the room", jeddah + "Mike Waltz was also in the room.",
			[]string{"Andriy Yermak, Marco Rubio, Mike Waltz"}, nil},
		{"was joined at the talks by", jeddah + "Rubio was joined at the talks by Mike Waltz.",
			[]string{"Andriy Yermak, Marco Rubio, Mike Waltz"}, nil},
		{"sat down with", jeddah + "Mike Waltz sat down with Andrii Sybiha for a separate session on minerals.",
			[]string{je, "Andrii Sybiha, Mike Waltz"}, nil},

		{"on the sidelines of the summit, met", summit + "On the sidelines of the summit, Narendra Modi met Anthony Albanese.",
			[]string{"Anthony Albanese, Narendra Modi"}, nil},
		{"met on the sidelines of the summit", summit + "Keir Starmer and Friedrich Merz met on the sidelines of the summit on Monday.",
			[]string{"Friedrich Merz, Keir Starmer"}, nil},
		{"held a bilateral with", summit + "Carney held a bilateral with Keir Starmer on Monday evening.",
			[]string{"Keir Starmer, Mark Carney"}, nil},

		{"talks between two others", jeddah + "Separately, talks between Steve Witkoff and Kirill Dmitriev took place in Moscow on Thursday.",
			[]string{je, "Kirill Dmitriev, Steve Witkoff"}, nil},
		{"a meeting between, recalled", jeddah + "A meeting between Rubio and Sergei Lavrov in Riyadh last month laid the groundwork.",
			[]string{je, "Marco Rubio, Sergei Lavrov"}, nil},
		{"their first meeting since", jeddah + "It was the first meeting between Rubio and Yermak since the Oval Office clash.",
			[]string{je}, nil},

		{"phoned X later", jeddah + "Donald Trump later phoned Volodymyr Zelenskyy.",
			[]string{je, "Donald Trump, Volodymyr Zelenskyy"}, nil},
		{"in a call afterwards", jeddah + "In a call afterwards, Rubio told Sergei Lavrov about the proposal.",
			[]string{je, "Marco Rubio, Sergei Lavrov"}, nil},
		{"in a phone call on Friday, X told Y", jeddah + "In a phone call on Friday, Donald Trump told Vladimir Putin that the war must end.",
			[]string{je, "Donald Trump, Vladimir Putin"}, nil},
		{"during the call, X urged Y", jeddah + "During a phone call on Monday, Trump urged Putin to agree.",
			[]string{je, "Donald Trump, Vladimir Putin"}, nil},
		{"in a call, X said, is no call with anyone", jeddah + "In a call with reporters, Rubio said the talks went well.",
			[]string{je}, nil},
		{"a call opening the story", "WASHINGTON (Reuters) - In a phone call on Tuesday, Donald Trump told Vladimir Putin that he wanted a ceasefire within weeks.",
			[]string{"Donald Trump, Vladimir Putin"}, nil},
		{"briefed the president is a meeting of its own", jeddah + "Yermak then briefed Volodymyr Zelenskyy in Kyiv.",
			[]string{je, "Andriy Yermak, Volodymyr Zelenskyy"}, nil},

		{"who led the talks for Ukraine", jeddah + "Andrii Sybiha, who led the talks for Ukraine's foreign ministry, said the mood was good.",
			[]string{"Andrii Sybiha, Andriy Yermak, Marco Rubio"}, nil},
		{"who has led past talks is no attendee", jeddah + "Rustem Umerov, who has led past talks with Russia, was not in Jeddah.",
			[]string{je}, map[string]string{"Rustem Umerov": je}},
		{"a spokesman in Moscow is no attendee", jeddah + "In Moscow, Kremlin spokesman Dmitry Peskov said Russia would study the outcome.",
			[]string{je}, nil},
	}))
}
