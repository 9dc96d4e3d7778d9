package corpus

import "testing"

// TestNamedBackOtherPeople25: "President Vos said his meeting with Premier
// Moen on Thursday ..." names a meeting of its own when the meeting told
// before on that day had other people (none of the two), instead of
// joining it.
func TestNamedBackOtherPeople25(t *testing.T) {
	checkDatedMeetings(t, "2025-10-31", []struct{ name, text, want string }{
		{"his meeting with, another encounter of the day", "Chief executive Lena Dahl dined with Chairman Tomas Renner and Executive Chair Ana Silva in Oslo on Thursday evening.\n\nPresident Piet Vos said his meeting with Premier Karl Moen on Thursday did not cover chips.",
			"Ana Silva, Lena Dahl, Tomas Renner @ 2025-10-30 | Karl Moen, Piet Vos @ 2025-10-30"},
		{"the same people named back", "President Piet Vos met Premier Karl Moen in Oslo on Thursday.\n\nVos said his meeting with Moen on Thursday did not cover chips.",
			"Karl Moen, Piet Vos @ 2025-10-30"},
	})
}
