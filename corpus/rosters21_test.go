package corpus

import (
	"slices"
	"testing"
)

// TestNamesAfterPortfolios21: the capitalised words of a role's portfolio
// or region ("Under Secretary for Policy", "envoy for the Horn of
// Africa", "Office of Science and Technology Policy", "Vice-President
// for Tech Sovereignty"), a whip's title and a compound military rank
// ("Colonel-Major") are no part of the name that follows them.
func TestNamesAfterPortfolios21(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"portfolio after a ministry's for", "Under Secretary of Defence for Policy Tomas Renner joined the talks by video from Ottawa.", []string{"Tomas Renner"}},
		{"envoy for a region", "The U.S. special envoy for the Horn of Africa Martin Kell attended the signing as an observer.", []string{"Martin Kell"}},
		{"office of science and technology", "The chief executives were joined by the Director of the Office of Science and Technology Policy Ruth Okafor.", []string{"Ruth Okafor"}},
		{"whips of both houses", "Senate Majority Whip Paul Hendry and House Minority Whip Carla Ruiz sat at the far end of the table.", []string{"Carla Ruiz", "Paul Hendry"}},
		{"compound ranks", "Colonel-Major Ibrahim Sangare and Lieutenant-Colonel Awa Diarra received the mediator in Bamako.", []string{"Awa Diarra", "Ibrahim Sangare"}},
		{"portfolio with no name after it", "Lena Brandt, Executive Vice-President for Tech Sovereignty, Security and Democracy, met the developers.", []string{"Lena Brandt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-06-12", tc.text)
			if got := names(a.People); !slices.Equal(got, tc.want) {
				t.Errorf("people = %q, want %q", got, tc.want)
			}
		})
	}
}
