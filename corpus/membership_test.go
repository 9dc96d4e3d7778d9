package corpus

import "testing"

// TestJoinedAsMember checks that joining a party, a government or an army
// is no attendance, and that joining the talks, the leaders or a party
// leaders' meeting still is.
func TestJoinedAsMember(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{name: "joined the ruling party", text: `Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara on Tuesday.

Former minister Ali Babacan, who joined the ruling party for the second time last year, criticised the visit.`,
			want: []string{"Recep Tayyip Erdogan, Viktor Orban"}},
		{name: "joined the cabinet", text: `Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday.

Takeshi Iwaya, who joined the cabinet in 2024, has pushed for closer ties with Seoul.`,
			want: []string{"Lee Jae-myung, Shigeru Ishiba"}},
		{name: "joined the talks still counts", text: `Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted talks in Doha on Sunday with US envoy Steve Witkoff.

Egyptian intelligence chief Hassan Rashad joined the talks on their second day.`,
			want: []string{"Hassan Rashad, Mohammed bin Abdulrahman Al Thani, Steve Witkoff"}},
		{name: "joined the party leaders' meeting still counts", text: `German Chancellor Friedrich Merz met SPD leader Lars Klingbeil at the Chancellery in Berlin on Wednesday.

Bavarian Premier Markus Soeder joined the party leaders' meeting late in the evening.`,
			want: []string{"Friedrich Merz, Lars Klingbeil, Markus Soeder"}},
	})
}
