package corpus

import (
	"strings"
	"testing"
)

// TestOwnClauseDate19: the day a meeting's own clause tells wins over a
// day told before it in the clause it hangs from — "emerged early on
// Friday from a video conference that ran for nine hours on Thursday",
// "told reporters on Friday morning that he had spoken to X by phone on
// Thursday night" — so Thursday's conference and Friday's are two.
func TestOwnClauseDate19(t *testing.T) {
	a := extractText(t, "2020-04-10", "The agreement emerged early on Friday from a video conference that ran for more than nine hours on Thursday, chaired by Energy Minister Omar Haddad. Energy Minister Lena Dahl and Secretary-General Piet Vos were among the 20 ministers on the call.\n\n"+
		"President Rosa Vidal told his daily news conference on Friday morning that he had spoken to President Tomas Reyes by phone on Thursday night.\n\n"+
		"The offer was the main topic of a G20 energy ministers' video conference on Friday, which was also chaired by Haddad. Energy Secretary Ines Berg and Minister Carla Mendes took part.")
	want := []string{
		"2020-04-09: Lena Dahl, Omar Haddad, Piet Vos",
		"2020-04-09: Rosa Vidal, Tomas Reyes",
		"2020-04-10: Carla Mendes, Ines Berg, Omar Haddad",
	}
	if got := datedRosters(a); strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}
