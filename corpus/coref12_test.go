package corpus

import "testing"

func TestCoref12Probe(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"president received envoy", "Kenya's President Omar Haddad spoke of the corridor. UN envoy Lena Varga arrived in Nairobi on Monday.\n\nThe president received the envoy in Nairobi on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"named met minister", "Kenya's President Omar Haddad spoke of the corridor. Ghana's Foreign Minister Lena Varga arrived in Nairobi on Monday.\n\nHaddad met the minister in Nairobi on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"pm named later", "The Prime Minister welcomed Kenya's President Omar Haddad to Downing Street this morning.\n\nThe leaders discussed trade.\n\nSpeaking afterwards, Prime Minister Tomas Berg said: \"We agreed a lot.\"",
			[]string{"Omar Haddad, Tomas Berg"}, nil},
	})
}
