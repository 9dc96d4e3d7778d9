package answer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/parley-bot/parley/corpus"
)

// labelledSets are the extraction scorer's labelled article sets (see
// corpus/testdata/devset/README.md), answered here end to end.
var labelledSets = []string{"devset", "devset2", "holdout", "devset3", "devset4", "devset5", "devset6", "devset7", "devset8", "devset9", "devset10", "devset11", "devset12", "devset13", "devset14", "devset15", "devset16", "devset17", "devset18", "devset19", "devset20", "devset21", "devset22", "devset23", "devset24", "devset25", "devset26", "devset27", "devset28", "devset29", "devset30", "devset31", "devset32", "devset33", "devset34", "devset35", "devset36", "devset37", "devset38", "devset39", "devset40", "devset41", "devset42", "devset43", "devset44", "devset45", "devset46", "devset47", "devset48", "devset49", "devset50", "devset51", "devset52", "devset53", "devset54", "devset55", "devset56", "devset57", "devset58", "devset59", "devset60", "devset61", "devset62", "devset63", "devset64", "devset65", "devset66", "devset67", "devset68", "devset69", "devset70", "devset71", "devset72", "devset73", "devset74", "devset78", "devset75", "devset76", "devset77", "devset81", "devset82", "devset83", "devset80", "devset79", "devset84", "devset85", "devset86", "devset87", "devset88", "devset89", "devset90", "devset91", "devset92", "devset93", "devset94", "devset95", "devset96", "devset97", "devset98", "devset99", "devset100", "devset101", "devset102", "devset103", "devset104", "devset105", "devset106", "devset107", "devset108", "devset109", "devset110", "devset111", "devset112", "devset113"}

// unseenSets are kept unseen (see corpus/devset_test.go): their misses
// are not printed. devset6 to devset22 were released after their first
// runs (devset23 to devset25 after session 9's first round, devset26 to
// devset31, written in session 9, at the start of session 12; devset32 to
// devset37, written in session 10, at the start of session 13; devset38
// to devset43, written in sessions 11 and 12, at the start of session
// 14; devset44 to devset49, written in session 13, at the start of
// session 15; devset50 to devset55, written in session 14, at the start
// of session 16; devset56 to devset61, written in session 15, at the
// start of session 17; devset62 to devset67, written in session 16, at
// the start of session 18; devset68 to devset70, written in sessions 17
// and 18, at the start of session 19; devset71 to devset73, written in
// session 18, at the start of session 20; devset74 to devset78, written
// in session 19, at the start of session 21; devset79 to devset83,
// written in session 20, at the start of session 22; devset84 to devset88,
// written in session 21, at the start of session 23; devset89 to devset93,
// written in session 22, at the start of session 24; devset94 to devset98,
// written in session 23, at the start of session 25; devset99 to devset103,
// written in session 24, at the start of session 26); devset104 to
// devset108 (session 25) and devset109 to devset113 (session 26) are the
// unseen ones.
var unseenSets = map[string]bool{"devset104": true, "devset105": true, "devset106": true, "devset107": true, "devset108": true, "devset109": true, "devset110": true, "devset111": true, "devset112": true, "devset113": true}

// setLabels is the part of a label file this test reads.
type setLabels struct {
	Meetings []struct {
		Summary   string   `yaml:"summary"`
		Attendees []string `yaml:"attendees"`
	} `yaml:"meetings"`
}

// mainMeeting is a labelled article's main meeting: the one with most
// attendees (two at least), what a who-question about the article asks.
type mainMeeting struct {
	set, file, summary string
	attendees          []string
	art                *corpus.Article // the labelled article
	path               string          // its article file
}

// loadLabelledSets extracts every labelled article of every set, by set,
// and returns each article's main meeting.
func loadLabelledSets(t *testing.T) (map[string][]*corpus.Article, []mainMeeting) {
	t.Helper()
	bySet := map[string][]*corpus.Article{}
	var cases []mainMeeting
	for _, set := range labelledSets {
		files, err := filepath.Glob(filepath.Join("..", "corpus", "testdata", set, "*.yaml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no labels in %s", set)
		}
		for _, lf := range files {
			base := strings.TrimSuffix(lf, ".yaml")
			path := base + ".md"
			if _, err := os.Stat(path); err != nil {
				path = base + ".txt"
			}
			loaded, errs := corpus.Load(path)
			if len(errs) > 0 || len(loaded) != 1 {
				t.Fatalf("%s: loaded %d articles, errors %v", path, len(loaded), errs)
			}
			corpus.Extract(loaded[0])
			loaded[0].Meetings = indexedMeetings(loaded[0].Meetings) // as ingest indexes them
			bySet[set] = append(bySet[set], loaded[0])
			b, err := os.ReadFile(lf)
			if err != nil {
				t.Fatal(err)
			}
			var l setLabels
			if err := yaml.Unmarshal(b, &l); err != nil {
				t.Fatalf("%s: %v", lf, err)
			}
			main := -1
			for i, m := range l.Meetings {
				if len(m.Attendees) >= 2 && (main < 0 || len(m.Attendees) > len(l.Meetings[main].Attendees)) {
					main = i
				}
			}
			if main >= 0 {
				cases = append(cases, mainMeeting{set, filepath.Base(lf), l.Meetings[main].Summary, l.Meetings[main].Attendees, loaded[0], path})
			}
		}
	}
	return bySet, cases
}

// TestWhoOnLabelledSets asks who attended each labelled article's main
// meeting, described by its label's summary, of an index holding its set's
// articles, and scores the attendees answered against the label; it fails
// when a set's precision or recall drops below what it reaches. Run with
// -v for the table and every miss (of the sets not kept unseen):
//
//	go test ./answer -run TestWhoOnLabelledSets -v
func TestWhoOnLabelledSets(t *testing.T) {
	bySet, cases := loadLabelledSets(t)
	svcs := map[string]*Service{}
	for set, arts := range bySet {
		svcs[set] = newService(t, arts...)
	}
	scoreWho(t, "an index per set", cases, func(c mainMeeting) *Service { return svcs[c.set] }, whoSetMin)
}

// TestWhoOnAllLabelledSets asks the same of one index holding every
// labelled article of every set: the answer must find the meeting among a
// few hundred, and merge only the reports that are of it — where two sets'
// writers covered the same real event, the other set's report joins in.
func TestWhoOnAllLabelledSets(t *testing.T) {
	bySet, cases := loadLabelledSets(t)
	var all []*corpus.Article
	for _, set := range labelledSets {
		all = append(all, bySet[set]...)
	}
	svc := newService(t, all...)
	scoreWho(t, "one index of all sets", cases, func(mainMeeting) *Service { return svc }, whoAllMin)
}

// scoreWho asks each case's question of the service svc gives it and
// checks each set's attendee precision and recall against min. The table's
// "own" column counts the answers whose first report is the asked
// article's own (another article's report of the same meeting may be as
// right; one of another meeting is not).
func scoreWho(t *testing.T, mode string, cases []mainMeeting, svc func(mainMeeting) *Service, min map[string][2]float64) {
	t.Helper()
	type tally struct{ meetings, answered, own, right, out, want int }
	per := map[string]*tally{}
	var misses []string
	for _, c := range cases {
		// (a deadline of its own, far past the index's 2 s default: the
		// figures, not the speed, are measured here, and a loaded machine
		// must not turn a slow answer into a miss)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		ans, err := svc(c).Who(ctx, WhoParams{Meeting: c.summary})
		cancel()
		if err != nil {
			t.Fatalf("%s: who %q: %v", c.file, c.summary, err)
		}
		tl := per[c.set]
		if tl == nil {
			tl = &tally{}
			per[c.set] = tl
		}
		tl.meetings++
		if len(ans.Attendees) > 0 {
			tl.answered++
		}
		if len(ans.Sources) > 0 && ans.Sources[0].ID == c.art.ID {
			tl.own++ // answered from the asked article's own report
		}
		want := map[string]bool{}
		for _, n := range c.attendees {
			want[nameKey(n)] = true
		}
		got := map[string]bool{}
		for _, a := range ans.Attendees {
			k := nameKey(a.Name)
			got[k] = true
			for _, n := range c.attendees {
				if fullerName(a.Name, n) {
					// "Mohamed Irfaan Ali", as another report names the
					// labelled "Irfaan Ali"
					k = nameKey(n)
					got[k] = true
				}
			}
			if want[k] {
				tl.right++
			} else if !unseenSets[c.set] {
				misses = append(misses, fmt.Sprintf("%s: %q: extra %s (answered %q)", c.file, c.summary, a.Name, ans.Meeting))
			}
		}
		for _, n := range c.attendees {
			if !got[nameKey(n)] && !unseenSets[c.set] {
				misses = append(misses, fmt.Sprintf("%s: %q: missing %s (answered %q)", c.file, c.summary, n, ans.Meeting))
			}
		}
		tl.out += len(ans.Attendees)
		tl.want += len(c.attendees)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %8s %8s %5s %10s %8s\n", "set", "meetings", "answered", "own", "precision", "recall")
	for _, set := range labelledSets {
		tl := per[set]
		p, r := ratio(tl.right, tl.out), ratio(tl.right, tl.want)
		fmt.Fprintf(&b, "%-8s %8d %8d %5d %10.3f %8.3f\n", set, tl.meetings, tl.answered, tl.own, p, r)
		m, ok := min[set]
		if !ok {
			t.Errorf("%s (%s): no who threshold; add one just under its figures %.3f / %.3f", set, mode, p, r)
		}
		if p < m[0] || r < m[1] {
			t.Errorf("%s (%s): who attendee precision %.3f, recall %.3f; below %.2f, %.2f", set, mode, p, r, m[0], m[1])
		}
	}
	for _, group := range []string{"released", "unseen"} {
		var sum tally
		for set, tl := range per {
			if unseenSets[set] == (group == "unseen") {
				sum.meetings += tl.meetings
				sum.answered += tl.answered
				sum.own += tl.own
				sum.right += tl.right
				sum.out += tl.out
				sum.want += tl.want
			}
		}
		fmt.Fprintf(&b, "%-8s %8d %8d %5d %10.3f %8.3f\n", group, sum.meetings, sum.answered, sum.own, ratio(sum.right, sum.out), ratio(sum.right, sum.want))
	}
	t.Logf("who on each labelled article's main meeting, %s:\n%s", mode, b.String())
	if testing.Verbose() {
		for _, m := range misses {
			t.Log("  " + m)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// whoSetMin and whoAllMin are each set's precision and recall thresholds,
// just under what the answers reach (the unseen sets': their first run).
var (
	whoSetMin = map[string][2]float64{
		// who9 (the lead meeting over a recalled one, a near match naming a
		// question word in its own fields one word up, the distinctive
		// words' hits joining an any-word page): holdout 0.953/0.910 →
		// 0.985/0.985, devset4 0.978/0.789 → 0.981/0.895
		"devset": {0.97, 0.93}, "devset2": {0.97, 0.97}, "holdout": {0.98, 0.98},
		// att13 (meals told at their own hour apart): 306's royal dinner is
		// its own meeting, so the live blog's undated council session no
		// longer folds into the dated dinner and who answers with the
		// dated "Spain summit" of Sánchez's exit (0.958 / 0.958 → 0.955 / 0.889)
		"devset3": {0.95, 0.88},
		"devset4": {0.98, 0.94}, "devset5": {0.93, 0.69}, // devset4 1.000 / 0.947 after who14 (411's delegates and observer, named in the gallery's captions inside the report of the talks)
		"devset6": {0.93, 0.95}, // released; first run 0.724 / 0.646, then 0.939 / 0.954
		"devset7": {0.95, 0.91}, // released; first run 0.853 / 0.604, after recall8 0.927 / 0.792, after who13 0.957 / 0.917 (701's Downing Street summit, not the Élysée one its paragraph recalls)
		// devset8's 808 tells an earlier Kellogg–Lukashenko meeting apart from
		// the story's (right, since recall8); who answered with it (its
		// summary names the people asked about) until who9 preferred the
		// meeting the article leads with: 0.964 / 0.857 → 0.966 / 0.905
		"devset8":  {0.97, 0.94}, // released; first run 0.935 / 0.683, after recall8 0.964 / 0.857, after who9 0.966 / 0.905, after who14 0.984 / 0.952 (807's signing and the bilateral before it: one summary, day and place, two casts)
		"devset9":  {0.86, 0.81}, // released; first run 0.850 / 0.694, after recall9 0.870 / 0.816
		"devset10": {0.86, 0.93}, // released; first run 0.815 / 0.698, after recall9 0.828 / 0.841, after who13 0.868 / 0.937 (1009's round, its people named below the lede that names the dialogue)
		"devset11": {0.96, 0.57}, // released; first run 0.842 / 0.561, after who9 0.971 / 0.596, after who10 0.971 / 0.579, after recall10 0.974 / 0.649 (1105's first round no longer folded into the third took Medinsky from it; the calls and talks found since gave more)
		"devset12": {0.75, 0.60}, // released; first run 0.862 / 0.610; 0.756 / 0.756 after recall10: 1204's Sharm el-Sheikh summit now has its leaders and answers 1202's Sharm el-Sheikh talks, whose meeting has no place
		"devset13": {0.71, 0.54}, // released; first run 0.720 / 0.545 (8 of 10 main meetings answered), 0.857 / 0.727 after recall10 (9 answered)
		"devset14": {0.97, 0.80}, // released; first run 0.875 / 0.677, 0.960 / 0.774 after recall10, 1.000 / 0.806 after who14 (1405's signing with Anwar, named in the lede the extractor read as another meeting)
		"devset15": {0.84, 0.80}, // unseen; first run 0.846 / 0.805
		"devset16": {0.78, 0.56}, // unseen; first run 0.789 / 0.566 (8 of 10 main meetings answered), 0.795 / 0.585 after recall10
		// devset17-19: first runs at the session's end (ExtractVersion 22, who11)
		"devset17": {0.79, 0.58}, // unseen; first run 0.791 / 0.586
		"devset18": {0.86, 0.93}, // unseen; first run 0.823 / 0.810; 0.881 / 0.937 after who14 (1803's Fidan and Kalin, "also present at the meeting" beside the three leaders)
		"devset19": {0.97, 0.70}, // unseen; first run 0.971 / 0.702 (8 of 10 main meetings answered)
		// devset20-22: unseen; figures before the session's rounds (main at b4be68b)
		// who13 (a lead meeting of other people no longer replaces the
		// meeting found for one word fewer; a lead whose report carries
		// more of the question's words replaces a recalled meeting named
		// for its place; "new" is no word of a question): devset20 0.886 /
		// 0.619 → 0.920 / 0.730 (2008's Ankara evening session, not an
		// envoy's July visit to Ankara), devset22 0.772 / 0.564 → 0.823 /
		// 0.654 (2208's Weimar+ ministers, not the Trump–Putin call the
		// article leads with)
		"devset20": {0.91, 0.72}, // 0.886 / 0.619, unchanged at the session's end; 0.920 / 0.730 after who13
		"devset21": {0.88, 0.73}, // 0.884 / 0.717; 0.886 / 0.736 at the session's end
		"devset22": {0.77, 0.55}, // 0.772 / 0.564, unchanged at the session's end; 0.827 / 0.551 after att13 (2201's royal dinner apart from the council session: six wrong names gone, Schoof with the dinner) [who13: 0.772 / 0.564, unchanged at the session's end; 0.823 / 0.654 after who13, 0.828 / 0.679 with its sittings (2207's G20 summit with the leaders its next paragraph names at Johannesburg that day)]
		// devset23-25: unseen; first run on session 9's starting code (ExtractVersion 50)
		"devset23": {0.80, 0.65}, // 0.778 / 0.636; 0.806 / 0.659 after who13 and att14
		"devset24": {0.69, 0.93}, // 0.672 / 0.812; 0.692 / 0.938 after who13 and att14
		"devset25": {0.82, 0.58}, // 0.824 / 0.583, unchanged after who13 and att14
		// devset26-28: unseen; written later in session 9, first run on its starting code (bb4cdbd)
		"devset26": {0.83, 0.70}, // 0.843 / 0.702; 0.831 / 0.702 after who13 and att14
		"devset27": {0.90, 0.72}, // 0.900 / 0.692; 0.904 / 0.723 after who13 and att14
		"devset28": {0.75, 0.46}, // 0.857 / 0.468 since ExtractVersion 77 (released: 2810's China-CELAC question answered by the Great Hall talks the opening's presidents now join); 0.745 / 0.455; 0.755 / 0.481 after who13 and att14
		// devset29-31: unseen; written at the end of session 9. On its
		// starting code (bb4cdbd): 0.900 / 0.529, 0.825 / 0.618, 0.872 /
		// 0.642; on its final code:
		"devset29": {0.90, 0.57}, // 0.907 / 0.574
		"devset30": {0.82, 0.61}, // 0.825 / 0.618
		"devset31": {0.86, 0.62}, // 0.868 / 0.623
		// devset32-34: unseen; written in session 10, first run on its starting code (b977b26)
		"devset32": {0.86, 0.53}, // 0.868 / 0.532
		"devset33": {0.82, 0.71}, // 0.822 / 0.712
		"devset34": {0.88, 0.58}, // 0.889 / 0.582
		// devset35-37: unseen; written at the end of session 10, first run on its final code
		"devset35": {0.90, 0.72}, // 0.909 / 0.727
		"devset36": {0.86, 0.74}, // 0.864 / 0.745
		"devset37": {0.93, 0.90}, // 0.940 / 0.904 since ExtractVersion 198 (3703's roundtable is now a meeting of its own, not folded into the ambassador's meeting with the minister, and the question finds that meeting first); 0.923 / 0.923
		// devset38-40: unseen; written in session 11, first run on its starting code (d846ab8)
		"devset38": {0.86, 0.74}, // 0.868 / 0.742
		"devset39": {0.81, 0.68}, // 0.817 / 0.681
		"devset40": {0.94, 0.78}, // 0.943 / 0.781
		// devset41-43: unseen; written in session 12, first run on its code
		// after the first round (c4e8900)
		"devset41": {0.78, 0.78}, // 0.789 / 0.789
		"devset42": {0.95, 0.83}, // 0.958 / 0.836
		"devset43": {0.80, 0.64}, // 0.804 / 0.643 since ExtractVersion 90 (unseen, not looked at: "with X seated between them" now puts X at the meeting, which finds one more meeting and attendee and absentee in devset43's articles, and one question is answered by another meeting); 0.814 / 0.686
		// devset44-46: unseen; written in session 13, first run on its code
		// after the first round (de3cf62)
		"devset44": {0.86, 0.56}, // 0.868 / 0.569
		"devset45": {0.86, 0.67}, // 0.861 / 0.674
		"devset46": {0.87, 0.77}, // 0.875 / 0.778
		// devset47-49: unseen; written at the end of session 13, first run
		// on its final code (c6e8f13)
		"devset47": {0.80, 0.83}, // 0.804 / 0.837
		"devset48": {0.72, 0.57}, // 0.721 / 0.574 since session 14's first round (unseen, not looked at: "arrived ..." and "hosted a group of ..." add one right attendee to its extraction, 61/74 → 62/75, and one wrong name to an answer); 0.738 / 0.574
		"devset49": {0.68, 0.56}, // 0.682 / 0.566
		// devset50-55: unseen; written in session 14, first run on its code
		// after its first round (ec0c05d)
		"devset50":  {0.88, 0.68}, // 0.881 / 0.685
		"devset51":  {0.77, 0.69}, // 0.776 / 0.692
		"devset52":  {0.67, 0.55}, // 0.674 / 0.554
		"devset53":  {0.85, 0.67}, // 0.855 / 0.679
		"devset54":  {0.84, 0.84}, // 0.846 / 0.846
		"devset55":  {0.58, 0.37}, // 0.583 / 0.378
		"devset56":  {0.83, 0.83}, // 0.836 / 0.836 (unseen; first run)
		"devset57":  {0.75, 0.59}, // 0.750 / 0.593 (unseen; first run)
		"devset58":  {0.79, 0.48}, // 0.800 / 0.490 (unseen; first run)
		"devset59":  {0.90, 0.74}, // 0.902 / 0.740 (unseen; first run)
		"devset60":  {0.75, 0.72}, // 0.778 / 0.727 since ExtractVersion 155 (session 17: the Biarritz pool report's "POTUS" is Trump, so its breakfast with Johnson is found, but the "In the room for the US side" list that went to the wrong meeting now goes to none: precision up, recall down); 0.750 / 0.740 (unseen; first run)
		"devset61":  {0.82, 0.71}, // 0.827 / 0.717 (unseen; first run)
		"devset62":  {0.97, 0.88}, // 0.982 / 0.889 since ExtractVersion 190 (6203: the story goes on from the recalled Kazan meeting told after "The talks ... came two months after", and Wang's aide goes with it); 0.877 / 0.905 (unseen; first run)
		"devset63":  {0.90, 0.68}, // 0.907 / 0.684 (unseen; first run)
		"devset64":  {0.87, 0.79}, // 0.875 / 0.845 since ExtractVersion 179 (session 18: 6404's closing plenary seats the three heads of delegation named with bracketed acronyms, and the undated 6401 wire's "Beijing meeting" answer, merged with it, takes two of them: recall up, precision down); 0.920 / 0.793 (unseen; first run)
		"devset65":  {0.89, 0.96}, // 0.893 / 0.962 (unseen; first run)
		"devset66":  {0.84, 0.67}, // 0.849 / 0.672 (unseen; first run)
		"devset67":  {0.86, 0.77}, // 0.865 / 0.776 (unseen; first run)
		"devset68":  {0.92, 0.57}, // 0.923 / 0.571 (unseen; first run on c7bdcae)
		"devset69":  {0.79, 0.75}, // 0.797 / 0.758 (unseen; first run on 2979017)
		"devset70":  {0.91, 0.84}, // 0.917 / 0.846 (unseen; first run on e785732)
		"devset71":  {0.92, 0.82}, // 0.923 / 0.828 (unseen; first run on 34c04c2)
		"devset72":  {0.94, 0.86}, // 0.945 / 0.867 (unseen; first run on c21d14c)
		"devset73":  {0.85, 0.85}, // 0.857 / 0.857 (unseen; first run on 8876ee9)
		"devset109": {0.84, 0.67}, // 0.844 / 0.679 (unseen; first run on 4bf1d42)
		"devset110": {0.72, 0.55}, // 0.723 / 0.557 (unseen; first run on 4bf1d42)
		"devset111": {0.87, 0.66}, // 0.875 / 0.660 (unseen; first run on 4bf1d42)
		"devset112": {0.83, 0.60}, // 0.837 / 0.600 (unseen; first run on 4bf1d42)
		"devset113": {0.83, 0.49}, // 0.839 / 0.491 (unseen; first run on 4bf1d42)
		"devset108": {0.89, 0.93}, // 0.896 / 0.938 (unseen; first run on e106a1d)
		"devset107": {0.89, 0.73}, // 0.900 / 0.735 (unseen; first run on e106a1d)
		"devset106": {0.86, 0.77}, // 0.864 / 0.776 (unseen; first run on e106a1d)
		"devset105": {0.74, 0.48}, // 0.750 / 0.486 (unseen; first run on e106a1d)
		"devset104": {0.90, 0.72}, // 0.907 / 0.721 (unseen; first run on e106a1d)
		"devset103": {0.90, 0.47}, // 0.906 / 0.475 (unseen; first run on 1c87064)
		"devset102": {0.81, 0.31}, // 0.816 / 0.320 (unseen; first run on 1c87064)
		"devset101": {0.87, 0.90}, // 0.875 / 0.903 since helper C's round of session 26 (the virtual summit's online joiners, "in attendance included", "sat between" the signatories: recall 0.790 -> 0.903, precision 0.907 -> 0.875); 0.907 / 0.790 (unseen; first run on 1c87064)
		"devset100": {0.95, 0.80}, // 0.958 / 0.807 (unseen; first run on 1c87064)
		"devset99":  {0.82, 0.78}, // 0.825 / 0.786 (unseen; first run on 1c87064)
		"devset98":  {0.86, 0.86}, // 0.868 / 0.868 (unseen; first run on 65715e8)
		"devset97":  {0.77, 0.73}, // 0.778 / 0.731 (unseen; first run on 65715e8)
		"devset96":  {0.91, 0.97}, // 0.913 / 0.977 since helper C's devset96 round (session 25: 9601's Naqoura session is dated Wednesday, not the Tuesday of a "whom" aside, and its people are found, so 9610's report of the same session takes in Clearfield and Abagnara, whom 9610's label does not name); 0.951 / 0.907 (unseen; first run on 65715e8)
		"devset95":  {0.94, 0.52}, // 0.949 / 0.529 (unseen; first run on 65715e8)
		"devset94":  {0.87, 0.74}, // 0.875 / 0.742 (unseen; first run on 65715e8)
		"devset93":  {0.91, 0.77}, // 0.912 / 0.775 (unseen; first run on c54a3db)
		"devset92":  {0.93, 0.79}, // 0.933 / 0.800 (unseen; first run on c54a3db)
		"devset91":  {0.77, 0.72}, // 0.778 / 0.724 (unseen; first run on c54a3db)
		"devset90":  {0.93, 0.63}, // 0.953 / 0.631 since ExtractVersion 270 (session 22; unseen, not looked at: "A shakes hands with B" now tells an encounter, and a question or two is answered by another meeting); 0.936 / 0.677 (unseen; first run on c54a3db)
		"devset89":  {0.71, 0.77}, // 0.717 / 0.811 since session 24's devset92 round (8901's Peace House summit now seats Kim Yo-jong and Kim Yong-chol, rightly, but the article's question asks about the welcome dinner, which is answered with the summit: two more names extra); 0.741 / 0.811 since ExtractVersion 270 (session 22; unseen, not looked at: "A shakes hands with B" now tells an encounter, and a question or two is answered by another meeting); 0.759 / 0.774 (unseen; first run on c54a3db)
		"devset88":  {0.74, 0.72}, // 0.746 / 0.723 since ExtractVersion 261 (session 22; unseen, not looked at: "sent the invitation to X", "sent X a letter" now send no one, and one of its attendees goes with that); 0.750 / 0.738 (unseen; first run on 2cacbe7)
		"devset87":  {0.76, 0.45}, // 0.766 / 0.456 (unseen; first run on 2cacbe7)
		"devset86":  {0.90, 0.84}, // 0.902 / 0.841 (unseen; first run on 2cacbe7)
		"devset85":  {0.84, 0.66}, // 0.844 / 0.667 (unseen; first run on 2cacbe7)
		"devset84":  {0.79, 0.79}, // 0.800 / 0.800 (unseen; first run on 2cacbe7)
		"devset79":  {0.92, 0.84}, // 0.923 / 0.842 (unseen; first run on ba0dcf9)
		"devset80":  {0.84, 0.49}, // 0.844 / 0.491 (unseen; first run on ba0dcf9)
		"devset83":  {0.95, 0.67}, // 0.953 / 0.672 (unseen; first run on ba0dcf9)
		"devset82":  {0.93, 0.76}, // 0.935 / 0.763 (unseen; first run on ba0dcf9)
		"devset81":  {0.93, 0.56}, // 0.939 / 0.568 (unseen; first run on 2fff8ac)
		"devset77":  {0.92, 0.77}, // 0.928 / 0.780 (released in session 21; unseen first run on e8640dc)
		"devset76":  {0.81, 0.69}, // 0.815 / 0.698 (released in session 21; unseen first run on f29e19f)
		"devset75":  {0.91, 0.88}, // 0.916 / 0.884 (released in session 21; unseen first run on ab1165c)
		"devset78":  {0.86, 0.86}, // 0.861 / 0.861 (released in session 21; unseen first run on e98142d)
		"devset74":  {0.91, 0.82}, // 0.912 / 0.830 (released in session 21; unseen first run on 72eba07)
	}
	whoAllMin = map[string][2]float64{
		// devset's and devset7's precision fell when devset10 joined the index
		// (0.94 → 0.92, 0.705 → 0.596): its Istanbul and UK–EU summit
		// articles report the same real events as devset's 001 and 003 and
		// merge with them, and their writers named other attendees (devset7's
		// merge, unseen, is not looked at).
		// devset11 and devset12 report real 2025 events that devset, devset2
		// and devset7 report too: devset 0.921/0.921 → 0.897/0.882, devset2
		// 0.936 → 0.917, devset7 0.596 → 0.585 when they joined.
		// After recall8 (devset8's Abu Dhabi meeting kept apart from its
		// recalled one): devset 0.897/0.882 → 0.912/0.871.
		// After who9: devset 0.913/0.882 → 0.915/0.910 and devset4
		// 0.979/0.825 → 0.981/0.930 (a reported meeting over another
		// article's recalled one of that day), devset6 0.938/0.923 →
		// 0.938/0.938; devset5 fell 1.000/0.923 → 0.971/0.846: 509's
		// prisoner talks lead their article but name no question word in
		// their own fields, and another of its meetings, at Muscat, now
		// ranks one word higher for its place.
		// devset15 and devset16 (real 2023-25 Asia-Pacific, Latin American,
		// European and African diplomacy) joined the index at the session's
		// end and took holdout 0.917 → 0.904 (109's Lee–Xi summit in Gyeongju
		// answered with Takaichi too), devset7 0.765/0.812 → 0.735/0.750 (701's
		// UK–France summit answered with another article's Élysée meeting),
		// devset8 0.966/0.905 → 0.905/0.905, devset11 0.655/0.667 →
		// 0.632/0.632: reports of the same summits and of its bilaterals on
		// one day merge (see the closing note).
		// who11 (a report merges only when dates agree, people are compatible
		// and headlines name no other round; a placeable report answers over
		// an unplaceable one; another article's lead meeting replaces a
		// recalled one only when it may be the same meeting): devset2
		// 0.917 → 0.978 (206's Ciragan trilateral without the Dolmabahçe
		// talks its article tells apart), holdout 0.904 → 0.917 (109 without
		// the explainer of Xi's side bilaterals), devset3 recall 0.792 →
		// 0.875 (311 answered with its own dated Cape Town report, not
		// another's one-name report), devset7 0.735 → 0.766 and devset8
		// 0.905 → 0.966 (other rounds and a same-city ASEAN signing kept
		// out), devset11 0.632 → 0.679, devset13 0.571/0.606 → 0.724/0.636
		// (1307's foreign ministers' meeting no longer answered with
		// another article's finance ministers' meeting); devset recall
		// 0.899 → 0.893 (020's own Busan summit is misdated a week early
		// and no longer replaces another article's recalled Busan meeting).
		// recall10 and who11 merged together: the Armenia–Azerbaijan White
		// House ceremony (holdout 106, devset4 404) is answered from another
		// set's dated report, without the two foreign ministers 106's undated
		// report names (holdout recall 0.985 → 0.955, devset4 0.921 → 0.895).
		// devset17-19 joined the index at the session's end: their reports of
		// the same real events (the White House, Alaska, Istanbul, Geneva and
		// Busan meetings of 2025, written by other writers who named other
		// attendees, or merged with another sitting) took devset 0.914/0.893
		// → 0.867/0.882, holdout 0.914 → 0.889, devset4 0.981/0.895 →
		// 0.941/0.842, devset5 0.846 → 0.821 recall, devset8 0.966/0.905 →
		// 0.915/0.857, devset9 0.792/0.776 → 0.787/0.755, devset16 0.560/0.528
		// → 0.553/0.491 (the released sets' merges are listed by `-v`).
		"devset":  {0.65, 0.88}, // 0.658 / 0.888 since devset109-113 joined the index (session 26: their reports now answer or merge into its questions; the new sets are unseen, not looked at which); 0.669 / 0.888 since session 23 (worker C): 031's Rome question is answered by devset84's Rome round, which now stands apart from the Muscat one, with its attendees named once; the Muscat answer before listed Albusaidi twice ("Badr Albusaidi", "Badr bin Hamad Al Busaidi"), which scored two right; 0.671 / 0.916 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); devset 0.688 / 0.904 with devset44-46 in the index; 0.707 / 0.910 since session 12's first round (ExtractVersion 76: Scholz, who "hosted" the Abu Dhabi leaders' earlier meeting in an unseen set's article, joins two questions' answers); 0.711 / 0.910 with devset38-40 in the index; 0.725 / 0.888 with devset35-37
		"devset2": {0.71, 0.79}, // 0.714 / 0.795 since devset94-98 joined the index (session 23: devset96's Paris report merges into its answer); 0.729 / 0.795 since devset89-93 joined the index (session 22: devset92's and devset93's White House reports and devset90's Cairo report merge into its answers); 0.706 / 0.818 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.800 / 1.000 since ExtractVersion 90: 3207 (released) now has Lavrov and Madbouly at the Rio BRICS summit, and its report merges with 207's, which names neither; 0.830 / 1.000 since ExtractVersion 77: 2701's Cairo talks (released) now have the mediators who "moved between the rooms", so the Egyptian intelligence chief joins them with 201's Cairo meeting and its people
		"holdout": {0.74, 0.95}, // 0.744 / 0.955 since devset81 joined the index (session 20: its reports of the same meetings merge into its answers); 0.753 / 0.955 since devset69 joined the index (session 18: its reports merge into its answers); 0.771 / 0.955 with devset50-55 in the index; holdout 0.780 / 0.955 with devset44-46 in the index; 0.790 / 0.955 with devset35-37 in the index; holdout 0.853 → 0.821 with the attendance model (session 10): another report of its meeting takes one more name
		// devset13 and devset14 in the index took devset3 0.958/0.958 →
		// 0.857/0.750 and devset6 0.938/0.923 → 0.902/0.846 before who9:
		// the GERD round in Addis Ababa answered with devset14's AU summit
		// there, the COP29 night session with devset13's COP29 plenary, the
		// NATO council session with devset10's NATO summit.
		// who10 ranks a near match by the question's words its whole article
		// carries too: the GERD round's explainer names GERD, the AU summit's
		// newsletter does not (devset3 0.857/0.750 → 0.934/0.792, devset6
		// 0.902/0.846 → 0.938/0.923: 606's Baku consultation over the
		// "COP29 live" article's talks). After recall10 (ExtractVersion 19):
		// 0.955 / 0.875. After place11 (ExtractVersion 25) 0.890 / 0.903:
		// 902's Jeddah round now has its headline's place, and the question
		// of 301 (an undated Jeddah round of the same army-RSF talks) ties
		// with it and takes 902's people; devset9 rises as much (0.792 /
		// 0.776 → 0.857 / 0.857).
		"devset3": {0.64, 0.61}, // 0.647 / 0.611 since ExtractVersion 231 (session 21: devset76's 7603 report of the 2025 enlarged Geneva meeting on Cyprus is now placed in Geneva, not "Greece", and 302's "Geneva meeting" question is answered by the 2021 Geneva meeting its article recalls, with Anastasiades, Dendias, Cavusoglu and Raab); 0.662 / 0.653 with devset50-55 in the index; devset3 0.676 / 0.639 with devset44-46 in the index; 0.681 / 0.653 with devset35-37 in the index; // 0.765 / 0.722 with devset32-34 in the index; // 0.847 / 0.847 after att13 (306's royal dinner apart, see whoSetMin)
		// who12 (the question's words weighed by how few candidate articles
		// carry them; meetings with two thirds of its words join an
		// any-word page; another article's lead meeting replaces the best
		// only when its headline is about it): devset5 0.872 → 0.923 recall
		// (509's own Muscat session), devset8 0.917/0.873 → 0.951/0.921
		// (801's Oval Office visit, cut from the page by meetings named
		// "Oval Office" before), devset13 0.794/0.818 → 0.853/0.879
		// (1309's US-India round in New Delhi, not the China-India meeting
		// there), devset14 recall 0.806 → 0.839 (1409's mediators), devset16
		// 0.463/0.358 → 0.556/0.377, devset20 0.846/0.698 → 0.879/0.810;
		// devset12 0.698/0.902 → 0.692/0.878 (1203's "first round" ties
		// with other rounds' reports whose articles carry every word).
		"devset4": {0.82, 0.87}, "devset5": {0.77, 0.89}, // devset4 0.825 / 0.912, devset5 0.778 / 0.897 since devset89-93 joined the index (session 22: devset89's Peace House report of the general-level talks (411) and devset90's Tumaini report (506) merge into its answers); devset5 0.814 / 0.897 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); devset5 0.833 / 0.897 since devset80 joined the index (session 20: 509's question on the last Yemen prisoner talks near Muscat now finds devset80's prisoner talks in Switzerland, another round with other people); 0.881 / 0.949 since ExtractVersion 136: another report of that Buenos Aires day (released) now has its talks' people, and its merge brings Guy Parmelin into 508's answer; 0.902 / 0.949 since devset62-67 joined the index (session 16: their reports merge into its answers); devset4 0.839 / 0.912 with devset44-46 in the index; devset4 0.911 / 0.895 after who14; 0.909 → 0.862 with the attendance model (a merged report's added name)
		"devset6": {0.88, 0.90}, // 0.894 / 0.908 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.886 / 0.954 with devset35-37 in the index; // released; first run 0.810 / 0.723, then 0.938 / 0.923, after who9 0.938 / 0.938; 0.902 / 0.846 with devset13/14 in the index, after who10 0.938 / 0.923
		// devset7 after att12 (ExtractVersion 27) 0.750 / 0.750: 1508's
		// rebel commander ("a rebel team headed by a commander who uses the
		// name Wilmer Cardenas"), now read from the roster's span and right
		// there, joins 710's merged answer on the same Guaviare round,
		// whose writer did not name him.
		"devset7": {0.74, 0.75}, // released; first run 0.705 / 0.646 (0.596 with devset10 in the index), after recall8 0.765 / 0.812, after who11 0.766 / 0.750 [who13: released; first run 0.705 / 0.646 (0.596 with devset10 in the index), after recall8 0.765 / 0.812, after who11 0.766 / 0.750, after who13 0.792 / 0.875 (701, as in its own index)]
		"devset8": {0.78, 0.80}, // 0.786 / 0.873 since devset99-103 joined the index (session 24: their reports of the same events, the Istanbul talks and the grain-deal signing, the Dar es Salaam EAC-SADC summit, the Doha declaration, Niamey, the IAEA's Tehran talks, merge into its answers); 0.810 / 0.810 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.833 / 0.873 since devset74 joined the index (session 19: its reports of the same African summits merge into its answers); 0.843 / 0.937 since devset71 joined the index (session 18: its hostage-talks reports merge into its answers); released; first run 0.933 / 0.667, after recall8 0.964 / 0.857, after who9 0.966 / 0.905 (see above), 0.905 / 0.905 with devset15/16 in the index, after who11 0.966 / 0.905, after who12 0.951 / 0.921
		// devset9 (unseen, not looked at): the recall8 round's rules moved it
		// from 0.800 / 0.735 to 0.787 / 0.755 here (its own index unchanged):
		// an answer merged across sets gained a right and a wrong attendee.
		// devset10 after recall9: its 1007 Doha talks no longer lose people to
		// a meeting placed by "despite the transition in Washington", and
		// the richer answer now merges another set's report of the Doha
		// hostage talks (two attendees that writer named, not this one).
		"devset9":  {0.78, 0.75}, // released; first run 0.800 / 0.735, after recall9 0.792 / 0.776
		"devset10": {0.81, 0.82}, // 0.852 / 0.825 since devset72 joined the index (session 18: its reports merge into its answers, one naming a report's meeting for another); 0.815 / 0.841 with devset32-34 in the index; // 0.848 / 0.889 after att13 (1001's and the other Hague reports' royal dinner apart from the council session: fewer wrong names, Schoof and Meloni with the dinner); released; first run 0.889 / 0.762, after recall9 0.862 / 0.889, 0.824 / 0.889 with devset20-22 in the index; after who12 0.817 / 0.921: 1008's third Muscat round is its own dated report again, not the Rome analysis's undated Muscat meeting (who12's headlined), with the Omani mediator the extractor adds; 0.836 / 0.889 with devset23-28 in the index, 0.821 / 0.873 after who13 and att14 (its Hague dinner apart, another report of the Doha talks merged)
		"devset11": {0.56, 0.63}, // 0.570 / 0.930 since ExtractVersion 101: its Istanbul question's answer now merges another report's call from Tirana with four more leaders (in an unseen set's article, not looked at further; devset11's own extraction unchanged); 0.595 → 0.573 with the attendance model; released; first run 0.623 / 0.667, after who10 0.655 / 0.667, 0.632 / 0.632 with devset15/16 in the index, 0.667 / 0.702 after recall10
		"devset12": {0.52, 0.78}, // 0.527 / 0.951 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.542 / 0.780 since ExtractVersion 77: another writer's report has Carney and Costa "also in the hall" at Sharm el-Sheikh (true, not in 1204's labels); 0.561 / 0.780 with devset38-40 in the index; 0.604 / 0.780 with devset35-37; released; first run 0.723 / 0.829; 0.694 / 0.829 after recall8 + probes8 (a cross-set merge, not looked at), 0.723 / 0.829 after who9, 0.708 / 0.829 after who10, 0.735 / 0.878 after recall10
		"devset13": {0.46, 0.69}, // 0.469 / 0.697 since ExtractVersion 154 (session 17: a Baku report that told "weeks of talks" now keeps them apart from the closing plenary, and the merged plenary answer loses Chandni Raina); 0.489 / 0.697 with devset41-43 in the index; 0.511 / 0.697 with devset38-40 in the index; 0.605 / 0.788 with devset35-37; released; first run 0.677 / 0.636, 0.571 / 0.606 after who9 (written without it), 0.615 / 0.727 after recall10, 0.853 / 0.879 after who12
		"devset14": {0.50, 0.80}, // 0.500 / 0.806 since devset94-98 joined the index (session 23: their reports merge into its answers); 0.532 / 0.806 since devset76 joined the index (session 19: its Belgrade-Pristina and Cyprus reports merge into its answers); 0.569 / 0.935 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.619 / 0.839 after that12 (the Alaska summit's reports no longer take a Geneva report's officials, and a Brussels report merges differently: two names fewer); released; first run 0.594 / 0.613, 0.559 / 0.613 after who9 (written without it), 0.656 / 0.677 after who10, 0.727 / 0.774 after recall10, 0.641 / 0.806 after who14
		"devset15": {0.64, 0.75}, // 0.648 / 0.854 since devset73 joined the index (session 18: its reports of the same East Asian meetings merge into its answers); 0.700 / 0.854 since ExtractVersion 146 (session 17: devset40's Busan report no longer folds the Busan summit and its delegations into the Kuala Lumpur talks of the week before, so Cai Qi, Lutnick and Wang Wentao, whom its label has at Busan, join the Busan answers of reports that do not name them); 0.745 / 0.854 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.773 / 0.829 since devset44's press release on the same Argyle meeting (session 15) adds the four Guyanese officials its label has and devset15's does not; 0.805 / 0.805 with devset32-34 in the index; // unseen; first run 0.861 / 0.756
		"devset16": {0.34, 0.37}, // 0.349 / 0.415 since ExtractVersion 130: 5309's Cartagena signing now has its guests (Ban Ki-moon among them), and the label summary asked for 1608 ("... on the dinar ban") matches "ban" in his name and "chief negotiators" in that article, so the Cartagena meeting answers it (a homonym of a name and a common word; the ranking does not tell them apart); 0.400 / 0.453 since devset56-61 joined the index (session 15: their reports merge into its answers); released; first run 0.560 / 0.528, 0.463 / 0.358 with devset20-22, 0.556 / 0.377 after who12 [who13: unseen; first run 0.560 / 0.528, 0.463 / 0.358 with devset20-22, 0.556 / 0.377 after who12, 0.590 / 0.434 after who13 (1610's G20 question answered by 2207's summit, now with its sitting)]
		"devset17": {0.77, 0.62}, // first run 0.783 / 0.621; 0.772 / 0.759 once 1705's readout stamp ("July 5, 2024, 16:45, The Kremlin, Moscow") places its talks at the Kremlin (released)
		"devset18": {0.75, 0.84}, // 0.757 / 0.841 since devset89-93 joined the index (session 22: devset90's report of the Ankara declaration, with more of the delegations, merges into its answers); 0.806 / 0.857 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.818 / 0.857 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.831 / 0.857 with devset38-40 in the index; unseen; first run 0.773 / 0.810; 0.826 / 0.905 after who14; 0.836 / 0.889 with prec15 and who14 merged together
		"devset19": {0.72, 0.70}, // 0.724 / 0.894 since ExtractVersion 146 (session 17: devset40's Busan report no longer folds the Busan summit and its delegations into the Kuala Lumpur talks of the week before, so Cai Qi, Lutnick and Wang Wentao, whom its label has at Busan, join the Busan answers of reports that do not name them); 0.764 / 0.894 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.784 / 0.851 with devset50-55 in the index; devset19 0.804 / 0.872 with devset44-46 in the index; 0.846 / 0.702 with devset32-34 in the index; // first run 0.951 / 0.830; 0.929 / 0.830 after att12 (released): another report merges one more name
		// devset20-22 joined the index (main at b4be68b): more reports of
		// the same real 2025 summits by other writers. devset 0.867/0.882 →
		// 0.812/0.899, devset3 0.890 → 0.831, devset10 0.862 → 0.824,
		// devset12 0.735 → 0.698, devset16 0.553/0.491 → 0.463/0.358: its
		// EAC-SADC, Tirana, AU and Security Council questions answered with
		// another article's summit or talks (see `-v`).
		"devset20": {0.72, 0.77}, // 0.729 / 0.810 since devset68 joined the index (session 17: its reports merge into its answers); 0.735 / 0.794 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.750 / 0.810 since ExtractVersion 96: its DGMO hotline question is now answered by another report's call (the article's own extraction is unchanged: other sets' meetings moved in the one index); 0.766 / 0.778 with devset35-37 in the index; // 0.850 → 0.836 with the attendance model; unseen; 0.846 / 0.698, 0.879 / 0.810 after who12
		// devset21 (unseen, not looked at) after who12: precision 0.765 →
		// 0.818, recall 0.736 → 0.679; the word weights do it (the same
		// with weights from 1 to 5 times a common word's; none: no change).
		"devset21": {0.71, 0.67}, // 0.717 / 0.811 since ExtractVersion 146 (session 17: devset40's Busan report no longer folds the Busan summit and its delegations into the Kuala Lumpur talks of the week before, so Cai Qi, Lutnick and Wang Wentao, whom its label has at Busan, join the Busan answers of reports that do not name them); 0.754 / 0.811 since devset56-61 joined the index (session 15: their reports merge into its answers); devset21 0.808 / 0.792 with devset44-46 in the index; unseen; 0.765 / 0.736, 0.818 / 0.679 after who12
		"devset22": {0.68, 0.50}, // released in session 9; 0.689 / 0.538; 0.736 / 0.500 after att13 (2201's dinner apart; 2207's summit question now answered with 1610's summit, which no longer holds the side-room meeting's Carney and Takaichi)
		// devset23-25 (unseen) joined the index in session 9, before any of
		// its rounds: more reports of the same real 2025 talks (Geneva,
		// London and Stockholm trade rounds, Muscat and Rome, Anchorage,
		// Busan, the IAEA board) by writers who named other attendees or
		// other meetings. devset 0.812/0.899 → 0.762/0.899, devset2 0.978 →
		// 0.898, devset6 0.938 → 0.910, devset8 0.951 → 0.922, devset12
		// 0.692 → 0.632, devset16 0.556 → 0.476, devset19 0.929/0.830 →
		// 0.829/0.723 (nine of its ten questions answered from or merged
		// with another article's report; `-v` lists them).
		// devset26-28 (unseen) joined the index later in session 9: reports
		// of the same 2025 Istanbul, Geneva, Riyadh, Sharm el-Sheikh and
		// summit meetings by other writers took devset 0.762 → 0.755,
		// holdout 0.889 → 0.853, devset4 0.942 → 0.891, devset11 0.730 →
		// 0.610, devset14 0.735 → 0.632, devset23 0.804/0.841 →
		// 0.756/0.773 (on the same code, before who13 and att14).
		// devset23 after "on August 18" without a year prefers a meeting
		// dated that day over undated ones reported on other days: 2301's
		// "Geneva talks, May 10-11 2025" is now answered with another
		// report's dated Geneva talks (He Lifeng's side only), not the
		// London talks (0.773 / 0.773 → 0.780 / 0.727).
		"devset23": {0.58, 0.70}, // 0.585 / 0.705 with devset50-55 in the index; 0.642 / 0.773 since ExtractVersion 90: 3205 (released) now has the four foreign ministers "together with" the presidents at the Montevideo summit, and 2309's report of it names none of them; 0.673 / 0.750 with devset35-37 in the index; // unseen; 0.804 / 0.841, 0.756 / 0.773 with devset26-28, 0.773 / 0.773 after who13 and att14, released then
		"devset24": {0.66, 0.72}, // 0.661 / 0.854 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.686 / 0.729 with devset32-34 in the index; // unseen; 0.709 / 0.812; 0.696 / 0.812 after speakers11 (its possessive-owner pronoun rule found one more Gyeongju meeting elsewhere, +3 right corpus attendees in devset18, and this answer took one extra name from it)
		"devset25": {0.67, 0.77}, // 0.672 / 0.854 since ExtractVersion 242 (session 21: devset75's 7506 report of the same Saskatoon first ministers' meeting now seats Dominic LeBlanc, whom 2504's labels do not name, and the merged answer carries him); 0.683 / 0.854 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.719 / 0.854 with devset50-55 in the index; 0.732 / 0.854 since ExtractVersion 77 (Sharm el-Sheikh, as devset12); 0.759 / 0.854 with devset38-40 in the index; unseen; 0.787 / 0.771
		"devset26": {0.64, 0.68}, // 0.649 / 0.750 since ExtractVersion 145 (session 17: "led ... by hostage coordinator Gal Hirsch", "coordinator" now a role, in devset20's Sharm el-Sheikh report now names him, and that report merges into the Sharm answers of other sets, whose articles do not name him); 0.656 / 0.702 with devset41-43 in the index (released in session 12); 0.699 / 0.690 with devset32-34 in the index; // unseen; 0.733 / 0.750 on session 9's starting code, 0.738 / 0.738 after who13 and att14
		"devset27": {0.82, 0.70}, // 0.825 / 0.800 since devset99-103 joined the index (session 24: their reports of the same events, the Istanbul talks and the grain-deal signing, the Dar es Salaam EAC-SADC summit, the Doha declaration, Niamey, the IAEA's Tehran talks, merge into its answers); 0.836 / 0.708 with devset38-40 in the index; unseen; 0.846 / 0.677, 0.852 / 0.708
		"devset28": {0.55, 0.38}, // 0.556 / 0.390 since ExtractVersion 98 (2806's Nuku'alofa plenary question, answered by another report's Pacific meeting before and after, now by 3310's, where a "retreat" is a meeting); 0.559 / 0.429 since ExtractVersion 96 (2807's signing question, unanswered before and after, now picks the Washington signing instead of another); 0.564 / 0.403 with devset32-34 in the index; // unseen; 0.580 / 0.377, 0.596 / 0.403
		// devset29-31 (unseen) joined the index at the end of session 9:
		// devset8 0.938 → 0.896, devset11 0.610 → 0.595, devset20 0.879 →
		// 0.850, devset26 0.738 → 0.721 precision (more reports of the same
		// 2025 White House, UN-week and Brussels meetings by other writers).
		// On the session's starting code the three were 0.837 / 0.603,
		// 0.828 / 0.632, 0.872 / 0.642; on its final code:
		"devset29": {0.84, 0.64}, // 0.846 / 0.647
		"devset30": {0.81, 0.61}, // 0.820 / 0.658 with devset35-37 in the index; // 0.825 / 0.618
		"devset31": {0.76, 0.71}, // 0.760 / 0.717 since devset89-93 joined the index (session 22: devset90's report of the IGAD summit in Djibouti, with the Sudanese delegation, merges into its answers); 0.792 / 0.717 with devset50-55 in the index; 0.805 / 0.623 with devset41-43 in the index (released in session 12); 0.868 / 0.623
		// devset32-34 (unseen) joined the index in session 10 (more reports
		// of the same 2025 Istanbul, Riyadh, Sharm El-Sheikh, Gyeongju and
		// Kuala Lumpur meetings by other writers); their first run, on the
		// session's starting code (b977b26):
		"devset32": {0.70, 0.50}, // 0.705 / 0.500 with devset41-43 in the index; 0.721 / 0.500 with devset35-37 in the index; // 0.872 / 0.548
		"devset33": {0.71, 0.59}, // 0.712 / 0.712 with devset41-43 in the index; 0.738 / 0.596
		"devset34": {0.52, 0.65}, // 0.529 / 0.655 since ExtractVersion 83 (unseen, not looked at: the change adds people only to released 2601's and 2610's meetings, so one of theirs merges into a devset34 answer); 0.545 / 0.655 since ExtractVersion 76 ("X hosted the leaders" is a meeting; unseen: not looked at); 0.600 / 0.655 after that12 (one extra name from another report); 0.610 / 0.655 with devset38-40 in the index; 0.655 / 0.655 before
		// devset35-37 (unseen) joined the index at the end of session 10:
		// questions made of a label's summary ("the closed roundtable on
		// sovereign debt", "the COP29 closing plenary") are answered with
		// another article's meeting of those words (an IMF roundtable, the
		// Baku heads of delegation), and more reports of the same 2025
		// meetings merge: devset13 0.850 → 0.605, devset32 0.875 → 0.721,
		// devset3 0.765 → 0.681 precision. Their first run, on the final code:
		"devset35": {0.82, 0.76}, // 0.824 / 0.764 since devset94-98 joined the index (session 23: 3506's ECOWAS summit of June 2025 is answered with another report's "summit" that names none of its people; devset97, unseen, reports that summit too); 0.857 / 0.982 before; devset35 0.783 / 0.855 with devset44-46 in the index; 0.797 / 0.855
		"devset36": {0.78, 0.78}, // 0.784 / 0.784
		"devset37": {0.85, 0.90}, // 0.855 / 0.904 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.887 / 0.904 since ExtractVersion 198 (as in whoSetMin: 3703's roundtable is a meeting of its own); 0.873 / 0.923
		// devset38-40 (unseen) joined the index at the start of session 11
		// (more reports of the 2025 Istanbul, Geneva, Abu Dhabi, Riyadh,
		// Sharm el-Sheikh, Busan and Kuala Lumpur meetings, told by other
		// writers): devset 0.739 → 0.711, devset12 0.632 → 0.561, devset13
		// 0.605 → 0.511, devset18 → 0.831 / 0.857, devset25 0.787 → 0.759,
		// devset27 0.852 → 0.836, devset34 0.655 → 0.610 precision. Their
		// first run, on the session's starting code (d846ab8):
		"devset38": {0.76, 0.88}, // 0.762 / 0.984 since ExtractVersion 229 (session 21: devset9's 901 no longer reads the expert track's "sat down in a third room, with Takht-Ravanchi leading ... and Anton heading" as a meeting of their own, so its undated Muscat round, with Anton and Takht-Ravanchi at it, merges into 3802's "Muscat meeting" answer with Araghchi and Witkoff); 0.787 / 0.952 since ExtractVersion 145 (session 17: Gal Hirsch, named in devset20's Sharm el-Sheikh report, joins the Sharm answers); 0.797 / 0.952 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.829 / 0.935 since ExtractVersion 77 (unseen, not looked at; the Cairo merge of devset2 moves with the same rule); 0.836 / 0.903; 0.833 / 0.887 after side12 (meetings of their own: one more meeting in the index for a question to find)
		"devset39": {0.59, 0.59}, // 0.596 / 0.736 with devset50-55 in the index; 0.606 / 0.597
		"devset40": {0.85, 0.79}, // 0.850 / 0.797 with devset50-55 in the index; devset40 0.864 / 0.797 with devset44-46 in the index; 0.879 / 0.797 since ExtractVersion 76 (no wrong "rather than" absence blocks a merge any more: unseen, not looked at; released devset22's East Asia Summit answer gains six names of the Kuala Lumpur signing the same way); 0.871 / 0.844 at the first run
		// devset41-43 (unseen) joined the index in session 12 (more reports of
		// Kuala Lumpur, UN week, Busan and the White House in 2025 from other
		// writers): devset13 0.511 → 0.489, devset26 0.699 → 0.656, devset31
		// 0.868 → 0.805, devset32 0.721 → 0.705, devset33 0.738 → 0.712
		// precision. Their first run (c4e8900):
		"devset41": {0.78, 0.64}, // 0.787 / 0.649 since devset89-93 joined the index (session 22: devset89's report of the Hanoi summit, whose "Vietnam summit" answer now stands for 4102's question, merges into its answers); 0.778 / 0.737 since ExtractVersion 251 (session 22: "the truce village of Panmunjom" is a place, so another set's Panmunjom report, with Kim Yo Jong, merges into 4103's DMZ answer); 0.792 / 0.737 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.789 / 0.789 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.793 / 0.807
		"devset42": {0.75, 0.83}, // 0.754 / 0.836
		"devset43": {0.60, 0.64}, // 0.608 / 0.643 with devset50-55 in the index; 0.616 / 0.643
		// devset44-46 (unseen) joined the index in session 13 (more reports
		// of the ELN, Venezuela, EU-Mercosur, Guyana-Venezuela, DRC-Rwanda,
		// Sudan, Armenia-Azerbaijan, US-China and Thailand-Cambodia talks by
		// other writers), lowering eight sets' one-index thresholds (see each:
		// devset 0.701 → 0.688, holdout 0.800 → 0.780, devset3 0.696 / 0.667
		// → 0.676 / 0.639, devset4 0.867 → 0.839, devset19 0.891 → 0.804,
		// devset21 0.820 → 0.808, devset35 0.810 → 0.783, devset40 0.879 →
		// 0.864 precision). Their first run (de3cf62):
		"devset44": {0.72, 0.87}, // 0.726 / 0.914 since session 25 (worker E: 9403's Montevideo plenary now has Bolivia's Arce, whom its label lists and 4405's article never names, so the merged answer for 4405 counts him extra); 0.739 / 0.879 since ExtractVersion 188 (devset68's signing reports now merge into its Havana and Mexico City answers: more names right, and a few more wrong); 0.769 / 0.690 since ExtractVersion 90 (the same four foreign ministers of 3205's Montevideo summit: the drop goes away when that rule alone is switched off; unseen, not looked at); 0.816 / 0.690
		"devset45": {0.72, 0.84}, // 0.727 / 0.870 since devset99-103 joined the index (session 24: their reports of the same events, the Istanbul talks and the grain-deal signing, the Dar es Salaam EAC-SADC summit, the Doha declaration, Niamey, the IAEA's Tehran talks, merge into its answers); 0.736 / 0.848 since devset74 joined the index (session 19: its reports of the same African summits merge into its answers, more names right and some wrong); 0.778 / 0.761
		"devset46": {0.74, 0.88}, // 0.745 / 0.911 since devset109-113 joined the index (session 26: their reports now answer or merge into its questions; the new sets are unseen, not looked at which); 0.755 / 0.889 since devset94-98 joined the index (session 23: devset98's Geneva report merges into 4602's answer); 0.672 / 0.911 since devset69 joined the index (session 18: its reports merge into its answers); 0.695 / 0.911 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.707 / 0.911
		// devset47-49 (unseen) joined the index at the end of session 13;
		// five older sets' one-index precision moved within their thresholds
		// (devset3 0.691 -> 0.681, devset9 0.872 -> 0.854, devset16 0.549 ->
		// 0.528, devset34 0.620 -> 0.600, devset39 0.691 -> 0.659; devset10
		// rose). Their first run (c6e8f13):
		"devset47": {0.75, 0.83}, // 0.759 / 0.837
		"devset48": {0.51, 0.61}, // 0.515 / 0.630 since devset99-103 joined the index (session 24: their reports of the same events, the Istanbul talks and the grain-deal signing, the Dar es Salaam EAC-SADC summit, the Doha declaration, Niamey, the IAEA's Tehran talks, merge into its answers); 0.596 / 0.630 since ExtractVersion 269 (the gallery's "(L-R)" caption adds two more of the leaders 4806 does not name); 0.607 / 0.630 since ExtractVersion 268 (session 22: devset81's 8107 gallery now seats the family photo's leaders, "Among them, from the front row: ...", and its Sharm el-Sheikh summit, with leaders 4806 does not name, merges into 4806's answer); 0.702 / 0.611 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.643 / 0.667 since ExtractVersion 203 (devset71's report of the same Istanbul talks is now one meeting at Istanbul and merges into 4807's answer with Kalin and Luhovskyi, whom 7109 seats and 4807 does not name); 0.667 / 0.667 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.680 / 0.630 with devset50-55 in the index; 0.694 / 0.630
		"devset49": {0.68, 0.56}, // 0.682 / 0.566
		// devset50-55 (unseen) joined the index in session 14, lowering ten
		// older sets' one-index precision (the same events told by other
		// writers merge into their answers; see each line). Their first run
		// (ec0c05d):
		"devset50":  {0.85, 0.72}, // 0.857 / 0.778 since devset104-108 joined the index (session 25: devset108's report of the India-EU summit that concluded the trade talks merges into 5005's answer and names the EU ambassador, whom 5005's label lacks); 0.867 / 0.722 since ExtractVersion 190 (the story now goes on from a dated meeting told after one named back to, "The talks ... came after X met Y on <date>": other reports' meetings regroup in the one index; pooled one-index who released 0.754 / 0.807 -> 0.757 / 0.807); 0.872 / 0.759 since devset69 joined the index (session 18: its reports merge into its answers); 0.891 / 0.759
		"devset51":  {0.71, 0.64}, // 0.710 / 0.754 since devset109-113 joined the index (session 26: their reports now answer or merge into its questions; the new sets are unseen, not looked at which); 0.737 / 0.646
		"devset52":  {0.60, 0.55}, // 0.608 / 0.554 since ExtractVersion 101 (unseen, not looked at: its own extraction is unchanged, other sets' reports merge into its answers); 0.620 / 0.554
		"devset53":  {0.79, 0.67}, // 0.791 / 0.679
		"devset54":  {0.61, 0.83}, // 0.614 / 0.831 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.635 / 0.831
		"devset55":  {0.41, 0.51}, // 0.417 / 0.541 since devset56-61 joined the index (session 15: their reports merge into its answers); 0.442 / 0.514
		"devset56":  {0.72, 0.87}, // 0.787 / 0.873 since devset72 joined the index (session 18: its reports merge into its answers); 0.721 / 0.891 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.735 / 0.909 (unseen; first run)
		"devset57":  {0.69, 0.56}, // 0.691 / 0.580 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.719 / 0.568 (unseen; first run)
		"devset58":  {0.79, 0.48}, // 0.800 / 0.490 (unseen; first run)
		"devset59":  {0.57, 0.60}, // 0.577 / 0.600 since devset62-67 joined the index (session 16: their reports merge into its answers); 0.638 / 0.600 (unseen; first run)
		"devset60":  {0.76, 0.75}, // 0.795 / 0.753 since ExtractVersion 155 (session 17: the Biarritz pool report's "POTUS" is Trump, so its breakfast with Johnson is found, but the "In the room for the US side" list that went to the wrong meeting now goes to none: precision up, recall down); 0.766 / 0.766 (unseen; first run)
		"devset61":  {0.70, 0.73}, // 0.710 / 0.733 (unseen; first run)
		"devset62":  {0.73, 0.90}, // 0.731 / 0.905 (unseen; first run)
		"devset63":  {0.75, 0.63}, // 0.750 / 0.632 (unseen; first run)
		"devset64":  {0.76, 0.77}, // 0.766 / 0.845 since ExtractVersion 229 (session 21: the same 901 change brings Michael Anton into 6409's "Muscat talks" answer); 0.778 / 0.845 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.800 / 0.828 since devset80 joined the index (session 20: 6408's IAEA board question, answered by another meeting before, now finds a report's US-Iran talks); 0.814 / 0.828 since ExtractVersion 179 (session 18: as in whoSetMin, its Beijing answers merge the closing plenary's fuller list); 0.849 / 0.776 (unseen; first run)
		"devset65":  {0.84, 0.94}, // 0.845 / 0.942 (unseen; first run)
		"devset66":  {0.73, 0.74}, // 0.769 / 0.746 since devset86's White House signing is told apart from its Oval Office meetings (session 23: 8604's signing, no longer folded into the Abu Dhabi summit, now answers 6608's question first and, like its label, has no Witkoff, whom 6608 has looking on); 0.739 / 0.761 since devset75 joined the index (session 19: its debt-limit and Oval Office reports merge into its answers); 0.747 / 0.836 (unseen; first run)
		"devset67":  {0.73, 0.62}, // 0.735 / 0.621 (unseen; first run)
		"devset68":  {0.75, 0.74}, // 0.758 / 0.746 (unseen; first run on c7bdcae)
		"devset69":  {0.66, 0.64}, // 0.667 / 0.645 since devset84-88 joined the index (session 21: their reports of meetings at the same places, the Muscat and Rome rounds, Istanbul, Minsk, the White House signing, the Berlaymont dinner, Putrajaya, merge into its answers); 0.688 / 0.710 (unseen; first run on 2979017)
		"devset70":  {0.72, 0.80}, // 0.724 / 0.808 (unseen; first run on e785732)
		"devset71":  {0.84, 0.79}, // 0.850 / 0.879 since ExtractVersion 261 (session 22: devset81's 8105 timeline now tells Zelensky sent Umerov in his place, and its report of the Istanbul round, with the Ukrainian delegation's members other writers did not list, merges into 7109's answer); 0.868 / 0.793 (unseen; first run on 34c04c2)
		"devset72":  {0.81, 0.85}, // 0.815 / 0.883 since session 24's devset92 round (7207's answer gains Šefčovič, right, and Sabine Weyand, whom its label does not seat); 0.823 / 0.850 (unseen; first run on c21d14c)
		"devset73":  {0.76, 0.85}, // 0.764 / 0.857 (unseen; first run on 8876ee9)
		"devset109": {0.78, 0.57}, // 0.780 / 0.571 (unseen; first run on 4bf1d42)
		"devset110": {0.66, 0.52}, // 0.667 / 0.525 (unseen; first run on 4bf1d42)
		"devset111": {0.82, 0.62}, // 0.825 / 0.623 (unseen; first run on 4bf1d42)
		"devset112": {0.78, 0.60}, // 0.783 / 0.600 (unseen; first run on 4bf1d42)
		"devset113": {0.52, 0.47}, // 0.521 / 0.472 (unseen; first run on 4bf1d42)
		"devset108": {0.82, 0.89}, // 0.826 / 0.891 (unseen; first run on e106a1d)
		"devset107": {0.89, 0.67}, // 0.892 / 0.673 (unseen; first run on e106a1d)
		"devset106": {0.72, 0.75}, // 0.725 / 0.755 (unseen; first run on e106a1d)
		"devset105": {0.65, 0.46}, // 0.653 / 0.467 (unseen; first run on e106a1d)
		"devset104": {0.83, 0.76}, // 0.839 / 0.765 (unseen; first run on e106a1d)
		"devset103": {0.73, 0.72}, // 0.733 / 0.721 (unseen; first run on 1c87064)
		"devset102": {0.80, 0.23}, // 0.805 / 0.264 since helper D's round of session 24 (unseen, not looked at: its extraction gains two right attendees and two wrong ones, and its answers one right name and one wrong); 0.811 / 0.240 (unseen; first run on 1c87064)
		"devset101": {0.69, 0.88}, // 0.696 / 0.887 (unseen; first run on 1c87064)
		"devset100": {0.95, 0.80}, // 0.958 / 0.807 (unseen; first run on 1c87064)
		"devset99":  {0.71, 0.76}, // 0.711 / 0.762 (unseen; first run on 1c87064)
		"devset98":  {0.71, 0.81}, // 0.717 / 0.811 (unseen; first run on 65715e8)
		"devset97":  {0.81, 0.79}, // 0.815 / 0.791 (unseen; first run on 65715e8)
		"devset96":  {0.90, 0.85}, // 0.902 / 0.860 (unseen; first run on 65715e8)
		"devset95":  {0.85, 0.55}, // 0.854 / 0.586 since devset109-113 joined the index (session 26: their reports now answer or merge into its questions; the new sets are unseen, not looked at which); 0.867 / 0.557 (unseen; first run on 65715e8)
		"devset94":  {0.57, 0.74}, // 0.576 / 0.742 since devset99-103 joined the index (session 24; unseen, not looked at; for the released sets their reports of the same events, the Istanbul talks and the grain-deal signing, the Dar es Salaam EAC-SADC summit, the Doha declaration, Niamey, the IAEA's Tehran talks, merge into its answers); 0.671 / 0.742 (unseen; first run on 65715e8)
		"devset93":  {0.80, 0.72}, // 0.806 / 0.725 since ExtractVersion 258 (session 22; unseen, not looked at: "signed the document" now tells a signing, and one of its questions is answered by another meeting in the index of all sets; its own index is unchanged); 0.912 / 0.775 (unseen; first run on c54a3db)
		"devset92":  {0.89, 0.69}, // 0.891 / 0.700 (unseen; first run on c54a3db)
		"devset91":  {0.85, 0.70}, // 0.854 / 0.707 (unseen; first run on c54a3db)
		"devset90":  {0.77, 0.69}, // 0.776 / 0.692 since ExtractVersion 270 (session 22; unseen, not looked at: "A shakes hands with B" now tells an encounter, and a question or two is answered by another meeting); 0.774 / 0.738 (unseen; first run on c54a3db)
		"devset89":  {0.69, 0.62}, // 0.700 / 0.660 since session 24's devset92 round (8901's Peace House summit now seats Kim Yo-jong and Kim Yong-chol, rightly, but the article's question asks about the welcome dinner, which is answered with the summit: two more names extra); 0.729 / 0.660 since ExtractVersion 270 (session 22; unseen, not looked at: "A shakes hands with B" now tells an encounter, and a question or two is answered by another meeting); 0.750 / 0.623 (unseen; first run on c54a3db)
		"devset88":  {0.61, 0.83}, // 0.635 / 0.831 since ExtractVersion 261 (session 22; unseen, not looked at: as in whoSetMin); 0.618 / 0.846 (unseen; first run on 2cacbe7)
		"devset87":  {0.76, 0.45}, // 0.766 / 0.456 (unseen; first run on 2cacbe7)
		"devset86":  {0.59, 0.68}, // 0.600 / 0.682 (unseen; first run on 2cacbe7)
		"devset85":  {0.75, 0.64}, // 0.755 / 0.649 (unseen; first run on 2cacbe7)
		"devset84":  {0.67, 0.72}, // 0.674 / 0.725 (unseen; first run on 2cacbe7)
		"devset79":  {0.92, 0.84}, // 0.923 / 0.842 (unseen; first run on ba0dcf9)
		"devset80":  {0.61, 0.49}, // 0.618 / 0.618 since devset104-108 joined the index (session 25: devset108's New Delhi G20 summit, not a Cairo meeting, now answers 8008's question on the General Assembly's Summit of the Future: more wrong names, and more right ones from other sets' reports); 0.692 / 0.491 since devset89-93 joined the index (session 22: a devset92 report of treaty talks, not a Cairo meeting, now answers 8008's General Assembly question); 0.730 / 0.491 since devset84-88 joined the index (session 21; unseen, not looked at); 0.750 / 0.491 (unseen; first run on ba0dcf9)
		"devset83":  {0.85, 0.68}, // 0.857 / 0.689 (unseen; first run on ba0dcf9)
		"devset82":  {0.93, 0.82}, // 0.940 / 0.829 (unseen; first run on ba0dcf9)
		"devset81":  {0.73, 0.74}, // 0.735 / 0.753 since devset84-88 joined the index (session 21; unseen, not looked at); 0.750 / 0.741 since ExtractVersion 207 (the timeline and "over dinner" rules regroup other sets' meetings in the one index; unseen, not looked at); 0.762 / 0.753 (unseen; first run on 2fff8ac)
		"devset77":  {0.90, 0.77}, // 0.901 / 0.780 (unseen; first run on e8640dc)
		"devset76":  {0.74, 0.65}, // 0.745 / 0.651 since devset109-113 joined the index (session 26: their reports now answer or merge into its questions; the new sets are unseen, not looked at which); 0.774 / 0.651 since devset80 joined the index (session 20; unseen, not looked at); 0.840 / 0.667 (unseen; first run on f29e19f)
		"devset75":  {0.90, 0.84}, // 0.901 / 0.849 (unseen; first run on ab1165c)
		"devset78":  {0.78, 0.83}, // 0.789 / 0.833 (unseen; first run on e98142d)
		"devset74":  {0.72, 0.66}, // 0.728 / 0.670 since session 26's rounds (7402's Dar es Salaam summit answer in the one index loses two wrong names, Marizamunda and Nduhungirehe, and three right ones, Magosi, Bazombanza and Nduva, as the reports it merges change; 7406's answer loses a wrong name); 0.713 / 0.705 since devset104-108 joined the index (session 25: devset104's virtual SADC extraordinary summit on the DRC mission, another meeting told in the same words, now answers 7408's question on the EAC's virtual extraordinary summit); 0.723 / 0.773 since devset99-103 joined the index (session 24: their reports of the same events, the Istanbul talks and the grain-deal signing, the Dar es Salaam EAC-SADC summit, the Doha declaration, Niamey, the IAEA's Tehran talks, merge into its answers); 0.756 / 0.739 since devset89-93 joined the index (session 22: devset90's Nairobi reports of the Tumaini talks merge into its answers); 0.765 / 0.739 (unseen; first run on 72eba07)
	}
)
