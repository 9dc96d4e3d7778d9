package corpus

import "testing"

// TestQuotedEncounterWith26: a partial quote that ends on the encounter
// ("had had \"a very long and very good call\" with X") is a call or
// meeting with X, as the same words unquoted are; a quote that is not a
// meeting noun, a one-word term, or a conversation is not.
func TestQuotedEncounterWith26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-18", true, []rosterCase{
		{"a quoted call", "Chancellor Lena Dahl opened by saying she had had \"a very long and very good call\" with Prime Minister Tomas Renner on Thursday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"a quoted meeting", "Omar Haddad said he had held \"a frank and useful meeting\" with Piet Vos in Bergen on Wednesday.",
			[]string{"Omar Haddad, Piet Vos"}, nil},
		{"a quoted call, single marks", "Rosa Vidal told reporters she had had 'a short but good call' with Karl Moen on Friday.",
			[]string{"Karl Moen, Rosa Vidal"}, nil},
		{"a quote that is no encounter", "Omar Haddad said he had reached \"a very good understanding\" with Piet Vos.",
			nil, nil},
		{"a one-word term", "Omar Haddad called it a \"call\" with Piet Vos.",
			nil, nil},
	})
}

// TestAtTheShoulder26: an aide who "sat at Dahl's shoulder" or "at her
// shoulder" at a meeting told was in the room, as one "at her side" was;
// the weight "on her shoulders" seats no one.
func TestAtTheShoulder26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-09", true, []rosterCase{
		{"at a name's shoulder", "Prime Minister Lena Dahl hosted President Tomas Renner in Oslo on Monday.\n\nThe two leaders were filmed around the cabinet table. Omar Haddad, the prime minister's national security adviser, sat at Dahl's shoulder.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"at her shoulder", "Prime Minister Lena Dahl hosted President Tomas Renner in Oslo on Monday. Her adviser Omar Haddad sat at her shoulder throughout.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"a burden on the shoulders", "Prime Minister Lena Dahl hosted President Tomas Renner in Oslo on Monday. Omar Haddad, who was in Rome, said the weight of the talks rested on Dahl's shoulders.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestFactboxItemVerbs26: a factbox item that opens a sentence on its
// speech verb, with no subject ("* LENA DAHL - Kremlin spokeswoman. Said on
// Sunday that ..."), gives the item's person the words; such a verb is no
// name spelled like it ("Said"). The same verb opening a paragraph of
// story, no item, finds no speaker.
func TestFactboxItemVerbs26(t *testing.T) {
	const head = "Diplomats met in Oslo on Sunday.\n\nTHE DELEGATIONS\n\n"
	checkQuoteCases(t, "2025-11-23", []quoteCase{
		{"a partial quote", head + "* LENA DAHL - Kremlin spokeswoman. Said on Sunday that Moscow had \"received nothing official\" about the plan.",
			[]wantQuote{{"received nothing official", "Lena Dahl", ""}}},
		{"a colon", head + "* TOMAS RENNER - Kremlin aide. Said on Sunday: \"We have received nothing official about any of this plan.\"",
			[]wantQuote{{"We have received nothing official about any of this plan.", "Tomas Renner", ""}}},
		{"told, head in mixed case", head + "* Omar Haddad, a Kremlin adviser. Told reporters on Monday that the plan was \"dead on arrival\" in Moscow.",
			[]wantQuote{{"dead on arrival", "Omar Haddad", ""}}},
		{"no item", head + "Said on Monday that it was \"not a good idea at all\" to go.",
			nil},
	})
	a := extractText(t, "2025-11-23", head+"* LENA DAHL - Kremlin spokeswoman. Said on Sunday that the plan had not reached Moscow.")
	for _, p := range a.People {
		if p.Name != "Lena Dahl" {
			t.Errorf("person %q, want only Lena Dahl", p.Name)
		}
	}
}
