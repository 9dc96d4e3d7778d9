package corpus

import (
	"slices"
	"testing"
)

// TestRecalledPair covers a past meeting told of a pair by an anaphor
// ("between them", "their last", "the two leaders'"), and the mentions
// that are the meeting under way or no pair.
func TestRecalledPair(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // every meeting's attendees (meetingSets)
	}{
		{"the last summit between them",
			"Donald Trump and Vladimir Putin met at a military base in Anchorage on Friday.\n\nThe last full summit between them was in Helsinki on July 16, 2018, when the two men spoke for two hours.",
			[]string{"Donald Trump,Vladimir Putin", "Donald Trump,Vladimir Putin"}},
		{"their last sit-down, the pair named before",
			"Trade negotiators of the two countries met in Geneva on Saturday.\n\nDonald Trump and Xi Jinping have not met since; their last sit-down in person was in Osaka on June 29, 2019.",
			[]string{"Donald Trump,Xi Jinping"}},
		// near misses
		{"their first meeting since: the one under way",
			"Donald Trump and Vladimir Putin spent three hours together at a base in Alaska on Friday, their first face-to-face meeting since January.",
			[]string{"Donald Trump,Vladimir Putin"}},
		{"three people named: the two leaders of them (session 20; a foreign minister is no leader)",
			"Wang Yi met Narendra Modi in New Delhi on Tuesday.\n\nWang conveyed the greetings of Xi Jinping to Modi, and said that since the two leaders' meeting in Kazan last October, relations had steadied.",
			[]string{"Narendra Modi,Wang Yi", "Narendra Modi,Xi Jinping"}},
		{"between the two countries is no pair",
			"Ilham Aliyev and Nikol Pashinyan held talks in Abu Dhabi on Thursday.\n\nPrevious rounds of talks between the two countries were held in Granada and in Munich.",
			[]string{"Ilham Aliyev,Nikol Pashinyan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-08-16", tc.text)
			if got := meetingSets(a.Meetings); !slices.Equal(got, tc.want) {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}
