package corpus

import "testing"

// TestTitleOnlyParticipants checks meeting sentences that name a side only
// by a title or office referring to someone named elsewhere in the
// article: "received the envoy" (the person last named as an envoy), a
// readout's "The Prime Minister welcomed ..." whose principal is named
// further down (the only one so named, or the holder for the seat the
// sentence names), "the Kenyan leader" and "his Russian counterpart" as
// the people the article named with those offices, "hosted both leaders"
// as the two named before other than the host, "The Emir received him"
// after "landed in Doha" as the holder of the office in the one country
// whose capital the text just named, "called on the crown prince in
// Riyadh" as a visit. Near misses: two
// envoys named (which one is not told), a generic noun ("the official"),
// a title nobody in the article carries, two capitals named, a
// conference's president, "called on the crown prince to act", the later-named holder being the
// other side of the same sentence.
func TestTitleOnlyParticipants(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"the president received the envoy", "Kenya's President Omar Haddad spoke of the corridor. UN envoy Lena Varga arrived in Nairobi on Monday.\n\nThe president received the envoy in Nairobi on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"a named host met the minister", "Kenya's President Omar Haddad spoke of the corridor. Ghana's Foreign Minister Lena Varga arrived in Nairobi on Monday.\n\nHaddad met the minister in Nairobi on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"the envoy as subject", "UN envoy Lena Varga arrived in Nairobi on Monday.\n\nThe envoy met Kenya's President Omar Haddad on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"the Secretary and the Foreign Minister", "Secretary of State Ana Ruiz spoke to reporters on Monday. Egypt's Foreign Minister Omar Haddad arrived in Washington on Monday.\n\nThe Secretary and the Foreign Minister met at the State Department on Tuesday.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"a readout's Prime Minister named further down", "The Prime Minister welcomed Kenya's President Omar Haddad to Downing Street this morning.\n\nThe leaders discussed trade.\n\nSpeaking afterwards, Prime Minister Tomas Berg said: \"We agreed a lot.\"",
			[]string{"Omar Haddad, Tomas Berg"}, nil},
		{"several prime ministers later: the seat's one", "The Prime Minister welcomed Kenya's President Omar Haddad to Downing Street this morning.\n\nThe leaders recalled their talks with Prime Minister Donald Tusk in Warsaw.\n\nSpeaking afterwards, Prime Minister Keir Starmer said: \"We agreed a lot.\"",
			[]string{"Keir Starmer, Omar Haddad"}, nil},
		{"the Kenyan leader is the Kenyan the article named", "Kenya's President Omar Haddad arrived in Moscow on Monday.\n\nThe Kenyan leader held talks with his Russian counterpart at the Kremlin on Tuesday.",
			[]string{"Omar Haddad, Vladimir Putin"}, nil},
		{"his counterpart where the article names the other holder", "Egypt's Foreign Minister Omar Haddad flew to Amman on Monday, where Jordan's Foreign Minister Lena Varga waited.\n\nHaddad held talks with his Jordanian counterpart on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"both leaders as the object: the two named before, not the host", "Armenia's Prime Minister Nikol Pashinyan and Azerbaijan's President Ilham Aliyev agreed the text on Thursday.\n\nUS President Donald Trump hosted both leaders at the White House on Friday.",
			[]string{"Donald Trump, Ilham Aliyev, Nikol Pashinyan"}, nil},
		{"the Emir of the capital the visitor landed in", "Kenya's President Omar Haddad landed in Doha on Monday.\n\nThe Emir received him at the Amiri Diwan.",
			[]string{"Omar Haddad, Tamim bin Hamad Al Thani"}, nil},
		{"received by the crown prince of the capital told before", "Kenya's President Omar Haddad landed in Riyadh on Monday.\n\nHe was received at the palace by the crown prince.",
			[]string{"Mohammed bin Salman, Omar Haddad"}, nil},
		{"called on the crown prince, an adverb before the place", "Kenya's President Omar Haddad was received by Saudi Crown Prince Mohammed bin Salman on Monday.\n\nArmy chief Lena Varga called on the crown prince separately in Riyadh on Tuesday.",
			[]string{"Lena Varga, Mohammed bin Salman", "Mohammed bin Salman, Omar Haddad"}, nil},
		// near misses
		{"called on the crown prince to act is an appeal", "Saudi Crown Prince Mohammed bin Salman spoke on Monday.\n\nArmy chief Omar Haddad called on the crown prince to act on Tuesday.",
			nil, nil},
		{"two capitals named: whose king is not told", "Kenya's President Omar Haddad flew from Amman to Rabat on Monday.\n\nThe King received him at the palace.",
			nil, nil},
		{"a conference's president is no country's", "Kenya's President Omar Haddad landed in Baku on Monday.\n\nThe conference president received him at the stadium.",
			nil, nil},
		{"two envoys named: which one met is not told", "UN envoy Lena Varga and US envoy Piotr Nowak arrived in Nairobi on Monday.\n\nKenya's President Omar Haddad received the envoy on Tuesday.",
			nil, nil},
		{"the official is no one in particular", "Kenya's President Omar Haddad spoke on Monday. Treasury official Lena Varga gave figures.\n\nHaddad met the official on Tuesday.",
			nil, nil},
		{"a title nobody in the article carries", "The Prime Minister welcomed Kenya's President Omar Haddad to the capital this morning.\n\nThe leaders discussed trade.",
			nil, nil},
		{"the later-named holder is the other side of the sentence", "The Prime Minister spoke to Prime Minister Tomas Berg of Norway this evening about fish quotas.",
			nil, nil},
	})
}
