package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestProbeMeetings checks meeting constructions found failing by probing
// the extractor with short sentences written afresh: participial openers,
// relative clauses, passive joins, absences told after the meeting, and
// group names that are never people. want lists every meeting as its
// sorted attendees joined by ", "; an empty want means no meeting.
func TestProbeMeetings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent map[string]string // every absent person -> attendees of their meeting
	}{
		{"a group named with an article is no attendee", "Leaders of the Weimar Triangle, Donald Tusk, Emmanuel Macron and Friedrich Merz, met in Warsaw on Tuesday.",
			[]string{"Donald Tusk, Emmanuel Macron, Friedrich Merz"}, nil},
		{"an invented group before its envoys", "Envoys of the Harbour Compact, Lena Varga and Omar Haddad, held talks in Split on Friday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"a group hosting is no person", "The Nordic Council hosted talks between Sofia Lind and Tomas Berg in Oslo on Monday.",
			[]string{"Sofia Lind, Tomas Berg"}, nil},
		{"invited but did not come, after the table", "Donald Tusk hosted Emmanuel Macron and Friedrich Merz in Warsaw on Tuesday. Around the table were Tusk, Macron and Merz.\n\nHungary's Viktor Orban, who was invited, did not come.",
			[]string{"Donald Tusk, Emmanuel Macron, Friedrich Merz"}, map[string]string{"Viktor Orban": "Donald Tusk, Emmanuel Macron, Friedrich Merz"}},
		{"did not come to the talks", "Lena Varga and Omar Haddad held talks in Amman on Monday. Kenji Sato did not come to the talks.",
			[]string{"Lena Varga, Omar Haddad"}, map[string]string{"Kenji Sato": "Lena Varga, Omar Haddad"}},
		{"did not come as a surprise is no absence", "Lena Varga and Omar Haddad held talks in Amman on Monday. Kenji Sato said the result did not come as a surprise.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"absent from, subject after the verb", "Ana Ruiz and Piotr Nowak held talks in Geneva on Monday. Notably absent from the talks was Lena Varga.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Lena Varga": "Ana Ruiz, Piotr Nowak"}},
		{"missing from, two people after the verb", "Sofia Lind hosted Tomas Berg in Oslo on Friday. Missing from the meeting were Clara Weiss and Ivan Petrov.",
			[]string{"Sofia Lind, Tomas Berg"}, map[string]string{"Clara Weiss": "Sofia Lind, Tomas Berg", "Ivan Petrov": "Sofia Lind, Tomas Berg"}},
		{"in the absence of", "Ana Ruiz and Piotr Nowak met in Geneva on Monday in the absence of Lena Varga.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Lena Varga": "Ana Ruiz, Piotr Nowak"}},
		{"met without a named person", "Kenji Sato and Maria Costa met in Tokyo on Friday without Amina Diallo.",
			[]string{"Kenji Sato, Maria Costa"}, map[string]string{"Amina Diallo": "Kenji Sato, Maria Costa"}},
		{"without someone's backing is no absence", "Kenji Sato and Maria Costa met in Tokyo on Friday without Amina Diallo's backing.",
			[]string{"Kenji Sato, Maria Costa"}, nil},
		{"without aides is nobody absent", "Kenji Sato and Maria Costa met in Tokyo on Friday without aides.",
			[]string{"Kenji Sato, Maria Costa"}, nil},
		{"after meeting someone, the main subject", "After meeting Piotr Nowak in Madrid on Monday, Ana Ruiz told reporters the gap had narrowed.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"before hosting someone, the main subject", "Before hosting Omar Haddad in Amman on Monday, Lena Varga spoke to parliament.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"after meeting reporters is no meeting", "After meeting reporters in Madrid on Monday, Ana Ruiz flew home.",
			nil, nil},
		{"after talks with someone, the main subject", "After talks with Tomas Berg in Oslo on Friday, Sofia Lind said the gap had narrowed.",
			[]string{"Sofia Lind, Tomas Berg"}, nil},
		{"a pronoun in the opening phrase means the main subject", "Speaking after she met Piotr Nowak in Madrid on Monday, Ana Ruiz said a deal was close.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"whom the subject met", "Piotr Nowak, whom Ana Ruiz met in Madrid on Monday, said a deal was close.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"with whom the subject held talks", "Omar Haddad, with whom Lena Varga held talks in Amman on Monday, said a deal was close.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"whom the subject will meet is a plan", "Piotr Nowak, whom Ana Ruiz will meet in Madrid next week, said a deal was close.",
			nil, nil},
		{"whom the subject criticised is no meeting", "Piotr Nowak, whom Ana Ruiz criticised on Monday, said a deal was close.",
			nil, nil},
		{"joined at the talks by", "Ana Ruiz was joined at the talks in Doha on Thursday by envoy Piotr Nowak.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"joined for the session by", "Kenji Sato was joined for the session in Osaka on Friday by Maria Costa and Amina Diallo.",
			[]string{"Amina Diallo, Kenji Sato, Maria Costa"}, nil},
		{"negotiated through the night", "Ana Ruiz and Piotr Nowak negotiated through the night in Madrid on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"bargained with", "Yusuf Demir bargained with Clara Weiss for six hours in Ankara on Tuesday.",
			[]string{"Clara Weiss, Yusuf Demir"}, nil},
		{"negotiated a deal is no meeting", "Yusuf Demir negotiated a gas deal for Turkey in 2015.",
			nil, nil},
		{"met by, passive with a place between", "Piotr Nowak was met at the airport in Madrid on Monday by Ana Ruiz.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"met with protests is no meeting", "Piotr Nowak was met with protests by farmers in Madrid on Monday.",
			nil, nil},
		{"shook hands with", "Ana Ruiz shook hands with Piotr Nowak in Madrid on Monday before their talks.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"shook hands with a crowd is no meeting", "Ana Ruiz shook hands with well-wishers in Madrid on Monday.",
			nil, nil},
		{"telephoned", "Sofia Lind telephoned Tomas Berg on Monday to discuss fishing quotas.",
			[]string{"Sofia Lind, Tomas Berg"}, nil},
		{"telephoned an office is no call between people", "Sofia Lind telephoned the embassy on Monday.",
			nil, nil},
		{"a tête-à-tête", "Ana Ruiz and Piotr Nowak had a tête-à-tête in Geneva on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"on the phone with", "Ana Ruiz was on the phone with Piotr Nowak on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"if they meet is a condition", "If Ana Ruiz meets Piotr Nowak, a deal could follow.",
			nil, nil},
		{"unless they meet is a condition", "Nothing will move unless Kenji Sato meets Maria Costa.",
			nil, nil},
		{"snubbed the meeting", "Kenji Sato and Maria Costa met in Osaka on Friday. Yusuf Demir snubbed the meeting.",
			[]string{"Kenji Sato, Maria Costa"}, map[string]string{"Yusuf Demir": "Kenji Sato, Maria Costa"}},
		{"kept away", "Kenji Sato and Maria Costa met in Osaka on Friday. Yusuf Demir kept away.",
			[]string{"Kenji Sato, Maria Costa"}, map[string]string{"Yusuf Demir": "Kenji Sato, Maria Costa"}},
		{"was not there", "Kenji Sato and Maria Costa met in Osaka on Friday. Yusuf Demir was not there.",
			[]string{"Kenji Sato, Maria Costa"}, map[string]string{"Yusuf Demir": "Kenji Sato, Maria Costa"}},
		{"had not been invited", "Kenji Sato and Maria Costa met in Osaka on Friday. Yusuf Demir, who had not been invited, watched from Ankara.",
			[]string{"Kenji Sato, Maria Costa"}, map[string]string{"Yusuf Demir": "Kenji Sato, Maria Costa"}},
		{"was there too is presence, not absence", "Kenji Sato and Maria Costa met in Osaka on Friday. Yusuf Demir was there too.",
			[]string{"Kenji Sato, Maria Costa, Yusuf Demir"}, nil},
		{"with someone joining by video link", "Emmanuel Macron hosted Friedrich Merz in Paris on Tuesday, with Donald Trump joining by video link.",
			[]string{"Emmanuel Macron, Friedrich Merz"}, map[string]string{"Donald Trump": "Emmanuel Macron, Friedrich Merz"}},
		{"a call by video between the subjects", "Ana Ruiz and Piotr Nowak spoke by video on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"met up with", "Ana Ruiz met up with Piotr Nowak in Vienna on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"caught up with", "Ana Ruiz caught up with Piotr Nowak on the sidelines in Vienna on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"caught up with work is no meeting", "Ana Ruiz caught up with paperwork in Vienna on Monday.",
			nil, nil},
		{"entertained a guest", "Piotr Nowak entertained Ana Ruiz at a state banquet in Warsaw on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"entertained an idea is no meeting", "Piotr Nowak entertained the idea of a summit in Warsaw on Monday.",
			nil, nil},
		{"exchanged views with", "Ana Ruiz exchanged views with Piotr Nowak in Warsaw on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"are meeting today", "Ana Ruiz and Piotr Nowak are meeting in Warsaw today.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a teleconference", "Ana Ruiz, Piotr Nowak and Lena Varga held a teleconference on Monday.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"no date set is no meeting", "No date has been set for talks between Ana Ruiz and Piotr Nowak.",
			nil, nil},
		{"a postponed meeting was not held", "A meeting between Ana Ruiz and Piotr Nowak was postponed on Monday.",
			nil, nil},
		{"should they meet is a condition", "Should Ana Ruiz meet Piotr Nowak, the talks would be historic.",
			nil, nil},
		{"at a meeting, the subject told someone", "At a meeting in Vienna on Monday, Ana Ruiz told Piotr Nowak that gas prices must fall.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"in talks, the subjects agreed", "In talks in Vienna on Monday, Ana Ruiz and Piotr Nowak agreed on a gas deal.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"in talks with, ongoing, is no opener", "Ana Ruiz is in talks with several governments about gas.",
			nil, nil},
		{"an earlier summit's own attendee does not take the subject", "Ana Ruiz met Piotr Nowak in Vienna on Monday, months after a summit in Rome that Lena Varga attended.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a relative clause naming two hosts of an earlier meeting", "Ana Ruiz met Piotr Nowak in Vienna on Monday, a year after a conference that Lena Varga and Omar Haddad chaired in Rome.",
			[]string{"Ana Ruiz, Piotr Nowak", "Lena Varga, Omar Haddad"}, nil},
		{"attended in place of", "Ana Ruiz met Omar Haddad in Vienna on Monday. Haddad attended in place of Piotr Nowak.",
			[]string{"Ana Ruiz, Omar Haddad"}, map[string]string{"Piotr Nowak": "Ana Ruiz, Omar Haddad"}},
		{"talks involving a list", "Talks in Vienna on Monday involving Ana Ruiz, Piotr Nowak and Lena Varga ended late.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"emerging from talks with", "Emerging from talks with Piotr Nowak in Vienna on Monday, Ana Ruiz said a deal was near.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"returning from a summit names no one else", "Returning from a summit in Vienna on Monday, Ana Ruiz said a deal was near.",
			nil, nil},
		{"waited outside the room", "Ana Ruiz and Piotr Nowak met in Warsaw on Monday. Lena Varga waited outside the room.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Lena Varga": "Ana Ruiz, Piotr Nowak"}},
		{"brought one, with a role, together with another", "The talks in Vienna on Monday brought Ana Ruiz, Spain's envoy, together with Piotr Nowak, Poland's envoy.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"an earlier round that brought two people together is its own meeting", "Ana Ruiz met Piotr Nowak in Vienna on Monday. The previous round, in Geneva in May, had brought Ruiz together with Omar Haddad.",
			[]string{"Ana Ruiz, Omar Haddad", "Ana Ruiz, Piotr Nowak"}, nil},
		{"together with, without brought, adds no one", "Ana Ruiz met Piotr Nowak in Vienna on Monday. Lena Varga, together with Omar Haddad, criticised the meeting.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			var got []string
			for _, m := range a.Meetings {
				n := names(m.Attendees)
				sort.Strings(n)
				got = append(got, strings.Join(n, ", "))
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
			for _, m := range a.Meetings {
				for _, ab := range m.Absent {
					if _, ok := tc.absent[ab.Name]; !ok {
						t.Errorf("%s absent (%s), want not absent", ab.Name, ab.Note)
					}
				}
			}
			for who, in := range tc.absent {
				found := false
				for _, m := range a.Meetings {
					n := names(m.Attendees)
					sort.Strings(n)
					for _, ab := range m.Absent {
						if ab.Name == who {
							found = true
							if strings.Join(n, ", ") != in {
								t.Errorf("%s absent from %q, want %q", who, n, in)
							}
						}
					}
				}
				if !found {
					t.Errorf("%s not absent from any meeting", who)
				}
			}
		})
	}
}

// TestProbePlaces checks the place given to a meeting told with a
// country's adjective ("the Bahraini capital") or in an opening phrase.
func TestProbePlaces(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the capital named by adjective", "Ana Ruiz and Piotr Nowak sat down in the Bahraini capital on Wednesday.", "Manama"},
		{"the capital named by country", "Lena Varga met Omar Haddad in the capital of Oman on Sunday.", "Muscat"},
		{"another adjective's capital", "Kenji Sato held talks with Maria Costa in the Qatari capital on Monday.", "Doha"},
		{"an adjective before a building is part of the place", "Kenji Sato met Maria Costa at the Bahraini embassy on Monday.", "Bahraini embassy"},
		{"the opening phrase's place, not where the subject went next", "Having met Piotr Nowak in Madrid on Monday, Ana Ruiz flew to Paris.", "Madrid"},
		{"a plain place", "Sofia Lind met Tomas Berg in Tromsø on Friday.", "Tromsø"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			if len(a.Meetings) != 1 {
				t.Fatalf("meetings = %d, want 1", len(a.Meetings))
			}
			if got := a.Meetings[0].Place; got != tc.want {
				t.Errorf("place = %q, want %q", got, tc.want)
			}
		})
	}
}
