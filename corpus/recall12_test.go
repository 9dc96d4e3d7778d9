package corpus

import "testing"

// TestRecall12Since: a meeting measured from an earlier one ("their first
// meeting since May in Lima, when X met Y") keeps its own people; the
// earlier meeting's people do not join it, and the earlier one gets no
// day from the story's sentence.
func TestRecall12Since(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "since a month in a city, when X met Y",
			text: `Chancellor Ruth Baier held talks with Premier Tomas Lind in Prague on Tuesday, their first meeting since March in Lisbon, when Baier met President Ana Costa on the sidelines of a summit.`,
			want: []string{"Ana Costa, Ruth Baier", "Ruth Baier, Tomas Lind"},
		},
		{
			name: "since last year, in a sentence of its own",
			text: `Chancellor Ruth Baier held talks with Premier Tomas Lind in Prague on Tuesday.

It was their first face-to-face encounter since November last year in Oslo, when Lind met King Harald Olsen at the palace.`,
			want: []string{"Harald Olsen, Tomas Lind", "Ruth Baier, Tomas Lind"},
		},
		{
			name: "near miss: a when-clause on the story's own meeting",
			text: `Chancellor Ruth Baier held talks with Premier Tomas Lind in Prague on Tuesday, when Foreign Minister Eva Kral joined them.`,
			want: []string{"Eva Kral, Ruth Baier, Tomas Lind"},
		},
		{
			name: "near miss: since without a when-clause",
			text: `Chancellor Ruth Baier held talks with Premier Tomas Lind in Prague on Tuesday, their first meeting since March.`,
			want: []string{"Ruth Baier, Tomas Lind"},
		},
	})
}

// TestRecall12SinceDate: the earlier meeting of a since-when clause has a
// day only when the clause gives one.
func TestRecall12SinceDate(t *testing.T) {
	a := extractText(t, "2025-07-03", `Chancellor Ruth Baier held talks with Premier Tomas Lind in Prague on Tuesday, their first meeting since March in Lisbon, when Baier met President Ana Costa.`)
	found := false
	for _, m := range a.Meetings {
		if m.Place == "Lisbon" {
			found = true
			if m.Date != "" {
				t.Errorf("Lisbon meeting dated %q, want none", m.Date)
			}
		}
	}
	if !found {
		t.Errorf("no Lisbon meeting in %v", a.Meetings)
	}
}

// TestRecall12AlsoSeparately: "X also met Y separately" is a meeting of
// its own even when both were at the meeting under way.
func TestRecall12AlsoSeparately(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "also met separately, both at the summit",
			text: `Chancellor Ruth Baier, Premier Tomas Lind and President Ana Costa met in Prague on Monday for a three-way summit.

Lind also met Costa separately on Monday.`,
			want: []string{"Ana Costa, Ruth Baier, Tomas Lind", "Ana Costa, Tomas Lind"},
		},
		{
			name: "near miss: also met, not separately",
			text: `Chancellor Ruth Baier, Premier Tomas Lind and President Ana Costa met in Prague on Monday for a three-way summit.

Lind also met Costa and Baier at the dinner.`,
			want: []string{"Ana Costa, Ruth Baier, Tomas Lind"},
		},
	})
}

// TestRecall12DistantVisit: a meeting told in a clause set apart in time
// ("three days after X travelled to P to meet Y") is its own meeting, with
// the clause's subject; it does not add Y to the story's meeting.
func TestRecall12DistantVisit(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "days after X travelled to meet Y",
			text: `Prime Minister Jan Novak held talks with President Ivo Rada at the castle on Friday.

The visit came three days after Novak travelled to Vilnius to meet President Eva Laine.`,
			want: []string{"Eva Laine, Jan Novak", "Ivo Rada, Jan Novak"},
		},
		{
			name: "a week after X went somewhere for talks with Y",
			text: `Prime Minister Jan Novak held talks with President Ivo Rada at the castle on Friday.

The trip came a week after Novak flew to Vilnius for talks with President Eva Laine.`,
			want: []string{"Eva Laine, Jan Novak", "Ivo Rada, Jan Novak"},
		},
		{
			name: "near miss: days after a trip with no one met",
			text: `Prime Minister Jan Novak held talks with President Ivo Rada at the castle on Friday.

The visit came three days after Novak travelled to Vilnius, where President Eva Laine gave a speech.`,
			want: []string{"Ivo Rada, Jan Novak"},
		},
	})
}

// TestRecall12TripToMeet: "X travelled to P to meet Y" gives X and Y a
// meeting at P; told elsewhere than the meeting under way, it is another
// occasion, and a trip still planned is no meeting.
func TestRecall12TripToMeet(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "the thaw saw X travel to P to meet Y",
			text: `President Ana Costa held talks with Premier Tomas Lind in Lisbon on Tuesday.

Last year's thaw saw envoy Omar Said travel to Kyiv to meet Minister Dan Petrenko, the first such visit in years.`,
			want: []string{"Ana Costa, Tomas Lind", "Dan Petrenko, Omar Said"},
		},
		{
			name: "X had flown to P to meet Y",
			text: `President Ana Costa held talks with Premier Tomas Lind in Lisbon on Tuesday.

In the spring, Lind had flown to Ankara to meet President Recep Tayyip Erdogan.`,
			want: []string{"Ana Costa, Tomas Lind", "Recep Tayyip Erdogan, Tomas Lind"},
		},
		{
			name: "near miss: a trip still planned",
			text: `President Ana Costa held talks with Premier Tomas Lind in Lisbon on Tuesday.

Lind is expected to travel to Ankara to meet President Recep Tayyip Erdogan next month.`,
			want: []string{"Ana Costa, Tomas Lind"},
		},
		{
			name: "near miss: the story's own trip",
			text: `Premier Tomas Lind flew to Lisbon on Tuesday to meet President Ana Costa.

The two leaders discussed energy and migration.`,
			want: []string{"Ana Costa, Tomas Lind"},
		},
	})
}

// TestRecall12EarlierRound: a round named by its rank ("the previous
// round", "the first session") and told with a place of its own is that
// earlier round with the people named beside it, not the round under way.
func TestRecall12EarlierRound(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "the previous round was held in another city, with X and Y leading",
			text: `Finnish and Chinese diplomats met in Helsinki on Tuesday for the border consultation mechanism, led by Deputy Minister Lena Sorsa and Vice Minister Chen Hao.

The previous session was held in Xiamen in January, with Sorsa and then–vice minister Wu Tao leading the two delegations.`,
			want: []string{"Chen Hao, Lena Sorsa", "Lena Sorsa, Wu Tao"},
		},
		{
			name: "the first session took place elsewhere, with X and Y at the table",
			text: `Finnish and Chinese diplomats met in Helsinki on Tuesday for a third session of border talks, led by Deputy Minister Lena Sorsa and Vice Minister Chen Hao.

The first session was held in Vienna in March, with Sorsa and Ambassador Wu Tao at the table.`,
			want: []string{"Chen Hao, Lena Sorsa", "Lena Sorsa, Wu Tao"},
		},
		{
			name: "the first round, with an appositive, took place elsewhere",
			text: `Envoys Marta Ruiz and Pavel Orlov met in Geneva on Wednesday for a third round of talks, with mediator Ines Vogt chairing.

The first round of talks, the first in four years, took place on May 16 at the Hofburg, also with Vogt, Ruiz and Orlov at the table.`,
			want: []string{"Ines Vogt, Marta Ruiz, Pavel Orlov", "Ines Vogt, Marta Ruiz, Pavel Orlov"},
		},
		{
			name: "near miss: the second of those meetings",
			text: `Envoys Marta Ruiz and Pavel Orlov met twice in Geneva on Monday.

The second of those meetings, in Geneva's old town on Monday, ran past midnight, with Ruiz and Orlov alone at the table.`,
			want: []string{"Marta Ruiz, Pavel Orlov"},
		},
		{
			name: "near miss: the third session named again, same place",
			text: `Envoys Marta Ruiz and Pavel Orlov met in Geneva on Wednesday for a third session of talks.

The third session in Geneva ran late, with Ruiz and Orlov at the table until midnight.`,
			want: []string{"Marta Ruiz, Pavel Orlov"},
		},
	})
}

// TestRecall12Dine: "flew to P to dine with Y" is a meeting at P like
// "to meet Y"; a dinner still planned is none.
func TestRecall12Dine(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "a predecessor flew somewhere to dine with Y",
			text: `President Ana Costa held talks with Premier Tomas Lind in Lisbon on Tuesday.

Before that, Lind's predecessor, Jorge Vale, flew to Madrid in November to dine with King Felipe Ruiz, a trip that changed little.`,
			want: []string{"Ana Costa, Tomas Lind", "Felipe Ruiz, Jorge Vale"},
		},
		{
			name: "X dined with Y: the story's dinner",
			text: `President Ana Costa dined with Premier Tomas Lind at the palace in Lisbon on Tuesday.`,
			want: []string{"Ana Costa, Tomas Lind"},
		},
		{
			name: "near miss: a dinner still planned",
			text: `President Ana Costa held talks with Premier Tomas Lind in Lisbon on Tuesday.

Lind plans to dine with King Felipe Ruiz in Madrid next month.`,
			want: []string{"Ana Costa, Tomas Lind"},
		},
	})
}

// TestRecall12TripAhead: "heads to P on Sunday for his first summit with
// Y", in the present tense, is a trip still to come, not a meeting on the
// Sunday before the story; the past tense is a meeting held.
func TestRecall12TripAhead(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{
			name: "heads somewhere on Sunday for a summit",
			text: `Prime Minister Anna Holm welcomed President Piet Varga to her residence in Oslo on Saturday.

Varga heads to Washington on Sunday for his first summit with President Donald Trump.`,
			want: []string{"Anna Holm, Piet Varga"},
		},
		{
			name: "travels on for talks with",
			text: `Prime Minister Anna Holm welcomed President Piet Varga to her residence in Oslo on Saturday.

Varga then travels to Berlin for talks with Chancellor Ruth Baier.`,
			want: []string{"Anna Holm, Piet Varga"},
		},
		{
			name: "near miss: went somewhere for talks, in the past",
			text: `Prime Minister Anna Holm welcomed President Piet Varga to her residence in Oslo on Saturday.

On Friday, Varga went to Berlin for talks with Chancellor Ruth Baier.`,
			want: []string{"Anna Holm, Piet Varga", "Piet Varga, Ruth Baier"},
		},
	})
}
