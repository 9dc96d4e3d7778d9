package corpus

import "testing"

// TestRosterPhrasings12: ways of telling who was at a meeting met in the
// released sets' misses, in our own words: a delegation "listed as" its
// members, "It was headed by X and included A, the ...; B; and C", "Among
// the heads of state who did make the trip were", "with X and Y also
// present", "occupied Ghana's chair", "opened the proceedings", "stayed for
// both days", "were in the hall for the opening: A, B and C", mediators who
// "moved between the rooms", "seated side by side", a signing "in front
// of" leaders, "Signing for the government was X", "signed for the
// rebels", "signed as witness", "the coalition of the willing" (a name,
// not a plan).
func TestRosterPhrasings12(t *testing.T) {
	const lead = "Leaders of the Sahel bloc met in Lome on Tuesday for their annual summit, hosted by Togo's President Omar Haddad.\n\n"
	const all = "Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"
	checkMeetingCases(t, true, []rosterCase{
		{"listed the delegation as", "Russian and Ukrainian delegations met in Istanbul on Friday.\n\nA readout published later by the Kremlin listed the Russian delegation as presidential aide Vladimir Medinsky, who led it, Deputy Foreign Minister Mikhail Galuzin and Deputy Defense Minister Alexander Fomin.",
			[]string{"Alexander Fomin, Mikhail Galuzin, Vladimir Medinsky"}, nil},
		{"it was headed by and included; semicolons", "Talks between the three delegations opened in Abu Dhabi on Friday.\n\nThe Ukrainian delegation arrived on Thursday. It was headed by Rustem Umerov, secretary of the National Security and Defence Council, and included Kyrylo Budanov, the head of the Presidential Office; Chief of the General Staff Andrii Hnatov; and David Arakhamia, who leads the ruling party faction.",
			[]string{"Andrii Hnatov, David Arakhamia, Kyrylo Budanov, Rustem Umerov"}, nil},
		{"it included a proposal: no one", "Talks between the three delegations opened in Abu Dhabi on Friday.\n\nThe plan arrived on Thursday. It included Kyrylo Budanov's proposal.", nil, nil},
		{"among those who made the trip were", lead + "Among the heads of state who did make the trip were Chad's President Lena Varga, Mali's President Ana Ruiz and Ghana's President Kofi Mensah.", []string{all}, nil},
		{"among the absentees were: not attendees", lead + "Chad's President Lena Varga attended. Among the absentees were Mali's President Ana Ruiz and Ghana's President Kofi Mensah.", []string{"Lena Varga, Omar Haddad"}, nil},
		{"with X and Y also present", lead + "Photographs showed Haddad and Chad's President Lena Varga seated side by side, with Mali's President Ana Ruiz and Ghana's President Kofi Mensah also present.", []string{all}, nil},
		{"occupied the chair", lead + "Chad's President Lena Varga and Mali's President Ana Ruiz attended. Ghana's foreign minister, Kofi Mensah, occupied Ghana's chair in the hall.", []string{all}, nil},
		{"opened the proceedings", lead + "Chad's President Lena Varga and Mali's President Ana Ruiz attended. Bloc Secretary-General Kofi Mensah opened the proceedings.", []string{all}, nil},
		{"stayed for both days", lead + "Chad's President Lena Varga and Mali's President Ana Ruiz attended. Ghana's President Kofi Mensah stayed for both days.", []string{all}, nil},
		{"in the hall for the opening: a list", lead + "Three presidents were in the hall for the opening: Chad's Lena Varga, Mali's Ana Ruiz and Ghana's Kofi Mensah.", []string{all}, nil},
		{"moved between the rooms", "Indirect talks between the two sides resumed in Cairo on Tuesday.\n\nEgypt's intelligence chief Lena Varga and Qatar's minister of state, Ana Ruiz, moved between the rooms with each new draft.", []string{"Ana Ruiz, Lena Varga"}, nil},
		{"signed MoUs in front of", "Chad's President Lena Varga and Niger's President Piotr Nowak signed two MoUs in front of Togo's President Omar Haddad and Ghana's President Kofi Mensah in Lome on Sunday.", []string{"Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"signing for, signed for, signed as witness", "The two sides signed a joint statement in Oslo on Thursday.\n\nSigning for the government was retired general Kofi Mensah. Ana Ruiz, a senior rebel adviser, signed for the rebels. Norway's envoy, Lena Varga, signed as witness.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga"}, nil},
	})
	// the coalition of the willing: its conference on Thursday is held, not planned
	checkMeetingCasesOn(t, "2026-02-21", true, []rosterCase{
		{"the coalition of the willing held", "Volodymyr Zelensky and Donald Trump spoke by phone on Wednesday evening.\n\nOn Thursday, leaders of the coalition of the willing held a video conference co-chaired by Keir Starmer and Emmanuel Macron, with Zelensky, Friedrich Merz and Mark Rutte taking part.",
			[]string{"Donald Trump, Volodymyr Zelensky", "Emmanuel Macron, Friedrich Merz, Keir Starmer, Mark Rutte, Volodymyr Zelensky"}, nil},
	})
}

// TestListsEndAtTheNextClause12: an absence list read after "in place of"
// ends where the next clause's subject begins ("..., and Vanuatu's Salwai
// left after the morning session": there, then gone); "Iran was
// represented by its ambassador" names no one absent (but "the US was
// represented by her deputy" does: hers); "had a brief exchange" on the
// margins is a meeting of its own that the story goes on from.
func TestListsEndAtTheNextClause12(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"in place of X, and Y left", "Pacific leaders met in Nukualofa on Tuesday for their annual forum, hosted by Tonga's Prime Minister Omar Haddad.\n\nNot every seat was filled by a leader. Kiribati sent a minister in place of President Piotr Nowak, and Vanuatu's Prime Minister Lena Varga left after the morning session to deal with a crisis at home, officials said.",
			[]string{"Lena Varga, Omar Haddad"}, map[string]string{"Piotr Nowak": "Lena Varga, Omar Haddad"}},
		{"a country represented by its ambassador", "Iranian Foreign Minister Ana Ruiz and the IAEA chief Omar Haddad signed a framework in Cairo on Tuesday, hosted by Egypt's Foreign Minister Kofi Mensah.\n\nThe Cairo meeting came a day after the IAEA board opened its session in Vienna, where Haddad delivered his report and Iran was represented by its ambassador, Lena Varga.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad", "Lena Varga, Omar Haddad"}, nil},
		{"represented by her deputy", "UN Security Council members met in New York on Tuesday.\n\nAmbassador Ana Ruiz was travelling in Africa, and the US was represented by her deputy, Lena Varga.",
			[]string{"Lena Varga"}, map[string]string{"Ana Ruiz": "Lena Varga"}},
		{"a brief exchange on the margins", "Prime Minister Omar Haddad hosted the Sahel leaders in Lome on Tuesday. Around the table were Chad's Lena Varga, Niger's Piotr Nowak and Mali's Ana Ruiz.\n\nOn the margins of the dinner, Nowak and Ruiz had a brief exchange in the corridor, their offices said.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak", "Ana Ruiz, Piotr Nowak"}, nil},
		{"a prisoner exchange is no meeting", "Prime Minister Omar Haddad hosted the Sahel leaders in Lome on Tuesday. Around the table were Chad's Lena Varga, Niger's Piotr Nowak and Mali's Ana Ruiz.\n\nThe two sides agreed a prisoner exchange.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
	})
}
