package corpus

import "testing"

// TestQuotedVoicesDoNotAttend: a person quoted about a meeting ("...," said
// X, who led a campaign group) is no attendee; a quoted person also told at
// the table is.
func TestQuotedVoicesDoNotAttend(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		attend []string
		not    []string
	}{
		{"campaigner quoted after the meeting", "Inger Andersen met Kate Brennan behind closed doors in Geneva on Thursday night. \"It was a hostage situation,\" said Graham Forbes, who led Greenpeace's delegation.",
			[]string{"Inger Andersen", "Kate Brennan"}, []string{"Graham Forbes"}},
		// near misses: the quoted person is also told at the meeting
		{"quoted guest", "Inger Andersen met Kate Brennan and Graham Forbes in Geneva on Thursday night.\n\n\"It was a hostage situation,\" said Graham Forbes, a campaigner.",
			[]string{"Inger Andersen", "Kate Brennan", "Graham Forbes"}, nil},
		{"quoted minister", "Sergei Lavrov met Marco Rubio in Riyadh on Tuesday. \"We did not just listen, we heard each other,\" said Lavrov.",
			[]string{"Sergei Lavrov", "Marco Rubio"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkAttends(t, extractText(t, "2025-08-16", tc.text), tc.attend, tc.not, "is only quoted")
		})
	}
}
