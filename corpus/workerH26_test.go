package corpus

import "testing"

// TestPhoneInterview26: "he said in a phone interview" is the reporter's
// interview with a source, not a call of the story's people; "spoke by
// phone with X" is still a call.
func TestPhoneInterview26(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		calls      int // meetings wanted
	}{
		{"in a phone interview", "Tom Wells, a Yerevan-based analyst, said the border deal could hold. \"It will take time,\" he said in a phone interview. \"Nobody should hurry.\"", 0},
		{"told a paper in a telephone interview", "Karen Holt, a former ambassador to Baku, told the Tribune in a telephone interview that the talks were overdue.", 0},
		{"phone interviews", "Rosa Vidal, a lawyer for the families, said in phone interviews on Monday that she would appeal.", 0},
		{"a real call", "Prime Minister Lena Dahl spoke by phone with President Tomas Renner on Monday.", 1},
	} {
		a := extractText(t, "2026-03-05", tc.text)
		if len(a.Meetings) != tc.calls {
			t.Errorf("%s: meetings %+v, want %d", tc.name, a.Meetings, tc.calls)
		}
	}
}
