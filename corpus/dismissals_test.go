package corpus

import "testing"

// TestQuotesAfterVerbsOfScorn checks quotations a speaker's scorn or
// denunciation introduces in the same clause ("dismissed the offer as
// '…'", "denounced the vote as '…'"), as "called it" and "described it
// as" do, and that a short scare-quoted label after such a verb is no
// quotation of a person.
func TestQuotesAfterVerbsOfScorn(t *testing.T) {
	checkQuoteCases(t, "2025-07-03", []quoteCase{
		{"dismissed the offer as", `Iranian Foreign Minister Abbas Araghchi dismissed the European offer as "a recycled list of demands we rejected a year ago."`,
			[]wantQuote{{"a recycled list of demands we rejected a year ago.", "Abbas Araghchi", "Iranian Foreign Minister"}}},
		{"org spokesman dismissed it as", `Kremlin spokesman Dmitry Peskov dismissed the conference as “a gathering of those who want to prolong the war.”`,
			[]wantQuote{{"a gathering of those who want to prolong the war.", "Dmitry Peskov", "Kremlin spokesman"}}},
		{"denounced the vote as", `Venezuela's foreign minister, Yvan Gil, denounced the resolution as “an act of colonial arrogance dressed up as diplomacy”.`,
			[]wantQuote{{"an act of colonial arrogance dressed up as diplomacy", "Yvan Gil", "Venezuela's foreign minister"}}},
		{"derided the plan as", `Benjamin Netanyahu derided the proposal as ‘a reward for terror that no Israeli government could accept’ in a video statement on Sunday.`,
			[]wantQuote{{"a reward for terror that no Israeli government could accept", "Benjamin Netanyahu", ""}}},
		{"mocked the talks as", `Hungarian Prime Minister Viktor Orban mocked the Brussels summit as «a funeral with better catering», to laughter from his supporters.`,
			[]wantQuote{{"a funeral with better catering", "Viktor Orban", "Hungarian Prime Minister"}}},
		{"a scare-quoted label is no quotation", `Chinese Foreign Minister Wang Yi dismissed the “Quad” as a passing fashion.`,
			nil},
		{"dismissed a person, not a quotation", `Ukrainian President Volodymyr Zelensky dismissed his defence minister on Friday after months of criticism.`,
			nil},
	})
}
