package corpus

import (
	"slices"
	"testing"
)

// TestNamedSeparately covers a host seeing two named people "separately":
// one meeting with each, and the indirect talks that stay one.
func TestNamedSeparately(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // every meeting's attendees (meetingSets)
	}{
		{"received two named leaders separately",
			"Recep Tayyip Erdoğan received Abiy Ahmed and Hassan Sheikh Mohamud separately at the Presidential Complex in Ankara on Wednesday.",
			[]string{"Abiy Ahmed,Recep Tayyip Erdoğan", "Hassan Sheikh Mohamud,Recep Tayyip Erdoğan"}},
		{"met three ministers separately",
			"Kaja Kallas met Radosław Sikorski, Jean-Noël Barrot and Antonio Tajani separately in Brussels on Monday.",
			[]string{"Antonio Tajani,Kaja Kallas", "Jean-Noël Barrot,Kaja Kallas", "Kaja Kallas,Radosław Sikorski"}},
		// near misses
		{"met separately with both sides: indirect talks, one meeting",
			"Sheikh Mohammed bin Abdulrahman Al Thani met separately with Ron Dermer and Khalil al-Hayya in Doha on Sunday.",
			[]string{"Khalil al-Hayya,Ron Dermer,Sheikh Mohammed bin Abdulrahman Al Thani"}},
		{"no 'separately': one meeting",
			"Recep Tayyip Erdoğan received Abiy Ahmed and Hassan Sheikh Mohamud at the Presidential Complex in Ankara on Wednesday.",
			[]string{"Abiy Ahmed,Hassan Sheikh Mohamud,Recep Tayyip Erdoğan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2024-12-12", tc.text)
			if got := meetingSets(a.Meetings); !slices.Equal(got, tc.want) {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}
