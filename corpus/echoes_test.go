package corpus

import (
	"reflect"
	"testing"
)

func TestFoldEchoes(t *testing.T) {
	people := func(names ...string) []Person {
		var ps []Person
		for _, n := range names {
			ps = append(ps, Person{Name: n})
		}
		return ps
	}
	kl := Meeting{Summary: "Kuala Lumpur meeting", Place: "Kuala Lumpur", Attendees: people("Cho Hyun", "Takeshi Iwaya"), Paragraphs: []int{1}}
	echo := Meeting{Summary: "Hyun–Iwaya talks", Attendees: people("Takeshi Iwaya", "Cho Hyun"), Absent: []Absence{{Name: "Wang Yi", Note: "not invited"}}, Paragraphs: []int{1, 2}}
	seoul := Meeting{Summary: "Seoul talks", Date: "2025-06-10", Place: "Seoul", Attendees: people("Cho Hyun", "Takeshi Iwaya"), Paragraphs: []int{0}}
	tests := []struct {
		name string
		in   []Meeting
		want []string // summaries kept
	}{
		{"an echo in the same paragraph folds", []Meeting{seoul, kl, echo}, []string{"Seoul talks", "Kuala Lumpur meeting"}},
		{"an echo before the meeting it echoes folds", []Meeting{echo, kl}, []string{"Kuala Lumpur meeting"}},
		{"not in the same paragraph: kept", []Meeting{seoul, {Summary: "Hyun–Iwaya talks", Attendees: people("Cho Hyun", "Takeshi Iwaya"), Paragraphs: []int{3}}}, []string{"Seoul talks", "Hyun–Iwaya talks"}},
		{"other people: kept", []Meeting{kl, {Summary: "Hyun–Wang talks", Attendees: people("Cho Hyun", "Wang Yi"), Paragraphs: []int{1}}}, []string{"Kuala Lumpur meeting", "Hyun–Wang talks"}},
		{"a place of its own: kept", []Meeting{kl, {Summary: "Jakarta meeting", Place: "Jakarta", Attendees: people("Cho Hyun", "Takeshi Iwaya"), Paragraphs: []int{1}}}, []string{"Kuala Lumpur meeting", "Jakarta meeting"}},
		{"a call is no echo of a meeting in person", []Meeting{kl, {Summary: "Hyun–Iwaya call", Attendees: people("Cho Hyun", "Takeshi Iwaya"), Paragraphs: []int{1}}}, []string{"Kuala Lumpur meeting", "Hyun–Iwaya call"}},
		{"two echoes: the first kept", []Meeting{echo, {Summary: "second echo", Attendees: people("Cho Hyun", "Takeshi Iwaya"), Paragraphs: []int{2}}}, []string{"Hyun–Iwaya talks"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]Meeting(nil), tt.in...)
			var got []string
			for _, m := range foldEchoes(in, nil) {
				got = append(got, m.Summary)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
	out := foldEchoes([]Meeting{kl, echo}, nil)
	if len(out) != 1 || !reflect.DeepEqual(out[0].Paragraphs, []int{1, 2}) || len(out[0].Absent) != 1 {
		t.Errorf("folded into %+v, want paragraphs [1 2] and the echo's absence", out)
	}
}
