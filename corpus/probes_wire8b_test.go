package corpus

import "testing"

// TestProbeWireDelegations checks how wire copy tells who was in the room
// after the lede: a delegation's composition ("comprised", "rounding out
// the delegation were", "among those at the table were", "the talks were
// attended by"), people travelling with a leader, co-chairs, and the near
// misses that put no one at the table. Rows are probes written afresh for
// this test in the style of Reuters, AP and AFP copy.
func TestProbeWireDelegations(t *testing.T) {
	const riyadh = "RIYADH (Reuters) - Marco Rubio and Sergei Lavrov held talks in Riyadh on Tuesday on ending the war in Ukraine.\n\n"
	const alaska = "ANCHORAGE, Alaska (AP) — Donald Trump and Vladimir Putin met at a military base in Alaska on Friday.\n\n"
	const doha = "DOHA (AFP) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted Congo's Foreign Minister Therese Kayikwamba Wagner for talks in Doha on Saturday.\n\n"
	ak := "Donald Trump, Vladimir Putin"
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"team comprised", riyadh + "The Russian team comprised Lavrov, Yuri Ushakov and Kirill Dmitriev.",
			[]string{"Kirill Dmitriev, Marco Rubio, Sergei Lavrov, Yuri Ushakov"}, nil},
		{"delegation also included", riyadh + "The U.S. delegation also included national security adviser Mike Waltz and envoy Steve Witkoff.",
			[]string{"Marco Rubio, Mike Waltz, Sergei Lavrov, Steve Witkoff"}, nil},
		{"rounding out the delegation were", riyadh + "Rounding out the U.S. delegation were Mike Waltz and Steve Witkoff.",
			[]string{"Marco Rubio, Mike Waltz, Sergei Lavrov, Steve Witkoff"}, nil},
		{"among those at the table were", riyadh + "Among those at the table were Yuri Ushakov and Kirill Dmitriev.",
			[]string{"Kirill Dmitriev, Marco Rubio, Sergei Lavrov, Yuri Ushakov"}, nil},
		{"the talks were attended by", riyadh + "The talks were attended by Mike Waltz, Steve Witkoff and Yuri Ushakov.",
			[]string{"Marco Rubio, Mike Waltz, Sergei Lavrov, Steve Witkoff, Yuri Ushakov"}, nil},
		{"was accompanied by", riyadh + "Lavrov was accompanied by Kremlin aide Yuri Ushakov.",
			[]string{"Marco Rubio, Sergei Lavrov, Yuri Ushakov"}, nil},
		{"brought along", riyadh + "Rubio brought along Mike Waltz and Steve Witkoff.",
			[]string{"Marco Rubio, Mike Waltz, Sergei Lavrov, Steve Witkoff"}, nil},
		{"joining X at the table were", riyadh + "Joining Rubio at the table were Waltz and Witkoff.",
			[]string{"Marco Rubio, Mike Waltz, Sergei Lavrov, Steve Witkoff"}, nil},
		{"made up the rest of the delegation", riyadh + "Yuri Ushakov and Kirill Dmitriev made up the rest of the Russian delegation.",
			[]string{"Kirill Dmitriev, Marco Rubio, Sergei Lavrov, Yuri Ushakov"}, nil},
		{"side consisted of", riyadh + "The American side consisted of Rubio, Mike Waltz and Steve Witkoff.",
			[]string{"Marco Rubio, Mike Waltz, Sergei Lavrov, Steve Witkoff"}, nil},
		{"also attended", riyadh + "Saudi Foreign Minister Faisal bin Farhan and national security adviser Musaed al-Aiban also attended.",
			[]string{"Faisal bin Farhan, Marco Rubio, Musaed al-Aiban, Sergei Lavrov"}, nil},
		{"the delegation was made up of", riyadh + "The Russian delegation was made up of Lavrov, Ushakov and Dmitriev.",
			[]string{"Kirill Dmitriev, Marco Rubio, Sergei Lavrov, Yuri Ushakov"}, nil},
		{"headed by X and including", riyadh + "The Russian delegation, headed by Lavrov, included Yuri Ushakov.",
			[]string{"Marco Rubio, Sergei Lavrov, Yuri Ushakov"}, nil},

		{"travelled with the president", alaska + "Marco Rubio and Steve Witkoff travelled with Trump.",
			[]string{"Donald Trump, Marco Rubio, Steve Witkoff, Vladimir Putin"}, nil},
		{"travelling with X were", alaska + "Travelling with Putin were Sergei Lavrov and Yuri Ushakov.",
			[]string{"Donald Trump, Sergei Lavrov, Vladimir Putin, Yuri Ushakov"}, nil},
		{"accompanied on the trip by", alaska + "Trump was accompanied on the trip by Marco Rubio and Steve Witkoff.",
			[]string{"Donald Trump, Marco Rubio, Steve Witkoff, Vladimir Putin"}, nil},
		{"flew in with", alaska + "Putin flew in with Sergei Lavrov and Yuri Ushakov.",
			[]string{"Donald Trump, Sergei Lavrov, Vladimir Putin, Yuri Ushakov"}, nil},
		{"accompanying X were", alaska + "Accompanying Putin were Sergei Lavrov and Yuri Ushakov.",
			[]string{"Donald Trump, Sergei Lavrov, Vladimir Putin, Yuri Ushakov"}, nil},
		{"brought A and B with him", alaska + "Putin brought Sergei Lavrov and Yuri Ushakov with him.",
			[]string{"Donald Trump, Sergei Lavrov, Vladimir Putin, Yuri Ushakov"}, nil},
		{"brought A along", alaska + "Trump brought Marco Rubio and Steve Witkoff along.",
			[]string{"Donald Trump, Marco Rubio, Steve Witkoff, Vladimir Putin"}, nil},
		{"brought a gift is no one", alaska + "Putin brought a gift with him.",
			[]string{ak}, nil},
		{"reporters travelling with X are no one", alaska + "Reporters travelling with Trump were kept outside.",
			[]string{ak}, nil},

		{"co-chaired by", "GENEVA (Reuters) - Talks on Sudan opened in Geneva on Monday.\n\nThe session was co-chaired by Tom Perriello and Ramtane Lamamra.",
			[]string{"Ramtane Lamamra, Tom Perriello"}, nil},
		{"X and Y co-chaired", "GENEVA (Reuters) - Talks on Sudan opened in Geneva on Monday.\n\nTom Perriello and Ramtane Lamamra co-chaired the meeting.",
			[]string{"Ramtane Lamamra, Tom Perriello"}, nil},
		{"co-chaired with", doha + "Al Thani co-chaired the session with Massad Boulos, the U.S. envoy.",
			[]string{"Massad Boulos, Mohammed bin Abdulrahman Al Thani, Therese Kayikwamba Wagner"}, nil},
		{"co-chaired by countries is no one", "GENEVA (Reuters) - Tom Perriello and Ramtane Lamamra opened talks on Sudan in Geneva on Monday.\n\nThe conference, co-chaired by Saudi Arabia and Switzerland, will last three days.",
			[]string{"Ramtane Lamamra, Tom Perriello"}, nil},
	}))
}

// TestProbeWireAfter checks what wire copy tells after the main talks:
// side meetings on the sidelines, "met separately", recalled rounds with
// their own people, briefings and follow-up calls, none of which puts
// anyone into the talks themselves. Rows are probes written afresh.
func TestProbeWireAfter(t *testing.T) {
	const riyadh = "RIYADH (Reuters) - Marco Rubio and Sergei Lavrov held talks in Riyadh on Tuesday on ending the war in Ukraine.\n\n"
	ry := "Marco Rubio, Sergei Lavrov"
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"on the sidelines, X met Y", riyadh + "On the sidelines, Steve Witkoff met Kirill Dmitriev for an hour.",
			[]string{ry, "Kirill Dmitriev, Steve Witkoff"}, nil},
		{"also met X on the sidelines", riyadh + "Rubio also met Saudi Crown Prince Mohammed bin Salman on the sidelines.",
			[]string{ry, "Marco Rubio, Mohammed bin Salman"}, nil},
		{"on the margins held a bilateral", riyadh + "On the margins of the talks, Lavrov held a bilateral meeting with Faisal bin Farhan.",
			[]string{ry, "Faisal bin Farhan, Sergei Lavrov"}, nil},
		{"later met separately with", riyadh + "Rubio later met separately with Faisal bin Farhan.",
			[]string{ry, "Faisal bin Farhan, Marco Rubio"}, nil},
		{"met separately with, apposition", riyadh + "Lavrov met separately with the Saudi foreign minister, Faisal bin Farhan.",
			[]string{ry, "Faisal bin Farhan, Sergei Lavrov"}, nil},
		{"the two met separately is the same talks", riyadh + "Rubio and Lavrov then met separately for 20 minutes.",
			[]string{ry}, nil},

		{"recalled round with other people", riyadh + "At the previous round in Geneva in November, Rubio met Andriy Yermak.",
			[]string{ry, "Andriy Yermak, Marco Rubio"}, nil},
		{"recalled talks led by others", riyadh + "The last talks, in Istanbul in 2022, were led by Vladimir Medinsky and David Arakhamia.",
			[]string{ry, "David Arakhamia, Vladimir Medinsky"}, nil},
		{"recalled meeting in March", riyadh + "In March, Steve Witkoff had met Vladimir Putin in St Petersburg.",
			[]string{ry, "Steve Witkoff, Vladimir Putin"}, nil},
		{"recalled with its own absentee", riyadh + "At the first meeting in Istanbul in May, Umerov met Medinsky while Zelenskyy stayed away.",
			[]string{ry, "Rustem Umerov, Vladimir Medinsky"}, map[string]string{"Volodymyr Zelenskyy": "Rustem Umerov, Vladimir Medinsky"}},

		{"briefed by phone after the talks", riyadh + "Rubio briefed Andriy Yermak by phone after the talks.",
			[]string{ry, "Andriy Yermak, Marco Rubio"}, nil},
		{"later briefed X on the talks", riyadh + "Steve Witkoff later briefed Volodymyr Zelenskyy on the talks.",
			[]string{ry, "Steve Witkoff, Volodymyr Zelenskyy"}, nil},
		{"briefed European counterparts", riyadh + "Rubio briefed European counterparts after the talks.",
			[]string{ry}, nil},
		{"was briefed on the talks by", riyadh + "Volodymyr Zelenskyy was briefed on the talks by Keith Kellogg.",
			[]string{ry, "Keith Kellogg, Volodymyr Zelenskyy"}, nil},

		{"spoke by phone the next day", riyadh + "Donald Trump spoke by phone with Vladimir Putin the next day.",
			[]string{ry, "Donald Trump, Vladimir Putin"}, nil},
		{"called X to brief him", riyadh + "Later on Tuesday, Rubio called Ukrainian Foreign Minister Andrii Sybiha to brief him.",
			[]string{ry, "Andrii Sybiha, Marco Rubio"}, nil},
		{"spoke again by phone on Friday", riyadh + "Lavrov and Rubio spoke again by phone on Friday.",
			[]string{ry, ry}, nil},

		{"not invited, said", riyadh + "Volodymyr Zelenskyy, who was not invited, said Ukraine would not accept any deal made without it.",
			[]string{ry}, map[string]string{"Volodymyr Zelenskyy": ry}},
		{"refused to meet is no meeting", riyadh + "Rubio's predecessor, Antony Blinken, had refused to meet Lavrov.",
			[]string{ry}, nil},
		{"expected to meet next week", riyadh + "Witkoff is expected to meet Putin in Moscow next week.",
			[]string{ry}, nil},
	}))
}
