package corpus

import (
	"slices"
	"testing"
)

// TestFamilyFirstSummaries22: a meeting's summary names its people by
// family name, which comes first in "Yoon Suk Yeol" (a Korean office
// holder the gazetteer knows) and in "Kishida Fumio" (the gazetteer's
// Fumio Kishida, written family name first).
func TestFamilyFirstSummaries22(t *testing.T) {
	a := extractText(t, "2024-05-28", "When South Korean President Yoon Suk Yeol hosted Japanese Prime Minister Kishida Fumio and Chinese Premier Li Qiang in Seoul on Monday, the first such trilateral summit in four and a half years, expectations were low. On Sunday, Yoon had met Li and Kishida separately.")
	var got []string
	for _, m := range a.Meetings {
		got = append(got, m.Summary)
	}
	slices.Sort(got)
	if want := []string{"Seoul summit", "Yoon–Kishida meeting", "Yoon–Li meeting"}; !slices.Equal(got, want) {
		t.Errorf("summaries %q, want %q", got, want)
	}
}
