package corpus

import (
	"strings"
	"testing"
)

// TestUnnamedGroupsAndDocuments13: quotations with no single speaker, in
// our own words after devset28-37's misses: a member of a group whose
// description holds a participle ("one of the released prisoners told
// RFE/RL"); a joint statement as the tag ("the joint statement said");
// a document after the verb ("says the text, signed by ..."); a group as
// the subject of a partial quotation ("the two blocs said they “…”",
// "the co-chairs said participants had agreed to “…”", "the G7 ministers
// and governors said in the communique that ... “…”").
func TestUnnamedGroupsAndDocuments13(t *testing.T) {
	checkQuoteCases(t, "2025-07-03", []quoteCase{
		{"one of a group with a participle",
			"“He said he would not leave his own country, and he got off the bus,” one of the released prisoners told a local radio station, asking not to be named.",
			[]wantQuote{{"He said he would not leave his own country, and he got off the bus", "", "one of the released prisoners"}}},
		{"the joint statement said",
			"“The parties recognise the threats the country faces and will act as one nation,” the joint statement said.",
			[]wantQuote{{"The parties recognise the threats the country faces and will act as one nation", "", "joint statement"}}},
		{"says the text",
			"The leaders approved the declaration. “We note with concern the spread of unilateral tariffs that distort trade,” says the text, signed by every member.",
			[]wantQuote{{"We note with concern the spread of unilateral tariffs that distort trade", "", "text"}}},
		{"the co-chairs said participants had agreed to",
			"At the end of the roundtable, the co-chairs said participants had agreed to “keep working on a faster and fairer restructuring process,” and endorsed a new handbook.",
			[]wantQuote{{"keep working on a faster and fairer restructuring process", "", ""}}},
		{"the two blocs said they",
			"In a joint statement read at the close, the two blocs said they “instruct the army chiefs to meet within five days.”",
			[]wantQuote{{"instruct the army chiefs to meet within five days.", "", ""}}},
		{"ministers and governors said in the communique",
			"The finance ministers and central bank governors said in the communique that uncertainty “must be tackled together.”",
			[]wantQuote{{"must be tackled together.", "", ""}}},
	})
}

// TestPeopleNames13: who counts as a person, and under what name. A
// minister's portfolio of several words ("Minister of Water Resources and
// Irrigation") and a dam's name ("the Grand Ethiopian Renaissance Dam")
// are nobody's names; the Filipino "Ma." keeps its stop inside the name
// ("Ma. Theresa P. Lazaro", not Ma Ying-jeou and someone else), while
// "Jack Ma." still ends a sentence; hyphenated military ranks ("Lt-Gen",
// "Maj-Gen") are titles, not parts of names.
func TestPeopleNames13(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"portfolios and works",
			"The talks on the filling of the Grand Ethiopian Renaissance Dam (GERD) opened on Saturday.\n\nEthiopia's Minister of Water and Energy, Lemma Desta, welcomed Egypt's Minister of Water Resources and Irrigation, Karim Fawzi, at the venue.",
			"Lemma Desta, Karim Fawzi"},
		{"Ma. and hyphenated ranks",
			"Undersecretary Ma. Luisa R. Santos met Lt-Gen Tadesse Alemu and Maj-Gen Omar Haddad in Xiamen on Monday. The deal was praised by Jack Ma. The company said so.",
			"Ma. Luisa R. Santos, Tadesse Alemu, Omar Haddad, Jack Ma"},
	})
}

// peopleCase is a row of the people-name tests: a text (dated 3 July
// 2025) and the names of its people, in order, joined by ", ".
type peopleCase struct{ name, text, want string }

// checkPeopleCases runs people-name table rows.
func checkPeopleCases(t *testing.T, cases []peopleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range extractText(t, "2025-07-03", tc.text).People {
				got = append(got, p.Name)
			}
			if strings.Join(got, ", ") != tc.want {
				t.Errorf("people = %q, want %s", got, tc.want)
			}
		})
	}
}
