package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// scoreSet extracts every labelled article of dir (NAME.md or NAME.txt
// beside NAME.yaml), loaded with the real loaders, and scores it.
func scoreSet(t *testing.T, dir string) *score {
	t.Helper()
	return scoreSetWith(t, dir, Extract)
}

// scoreSetWith is scoreSet with a given extraction.
func scoreSetWith(t *testing.T, dir string, extract func(*Article)) *score {
	t.Helper()
	xs := extractLabelledWith(t, dir, t.Errorf, extract)
	if xs == nil {
		t.Skipf("no labelled articles in %s", dir)
	}
	s := &score{}
	for _, x := range xs {
		s.scoreArticle(x.name, x.a, x.l)
	}
	return s
}

// extracted is one labelled article, extracted, with the meetings the
// rules found.
type extracted struct {
	name string
	a    *Article
	l    labelFile
	ms   []Meeting
}

// extractRules extracts with the rules alone, without the attendance
// model (the fitting tests' input).
func extractRules(a *Article) { extractWith(a, DefaultGazetteer(), &rosterFeatures{}) }

// extractLabelledWith loads every labelled article of dir (NAME.md or NAME.txt
// beside NAME.yaml) with the real loaders and extracts it; an article that
// does not load is reported with fail and left out. No labels: nil.
// It extracts with extract (Extract, or extractRules for the rules alone).
func extractLabelledWith(t *testing.T, dir string, fail func(format string, args ...any), extract func(*Article)) []extracted {
	t.Helper()
	labels, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil || len(labels) == 0 {
		return nil
	}
	xs := make([]extracted, 0, len(labels))
	for _, lf := range labels {
		base := strings.TrimSuffix(lf, ".yaml")
		path := base + ".md"
		if _, err := os.Stat(path); err != nil {
			path = base + ".txt"
		}
		arts, errs := Load(path)
		if len(errs) > 0 || len(arts) != 1 {
			fail("%s: loaded %d articles, errors %v", path, len(arts), errs)
			continue
		}
		extract(arts[0])
		xs = append(xs, extracted{filepath.Base(path), arts[0], readLabels(t, lf), arts[0].Meetings})
	}
	return xs
}

// TestDevset scores extraction on the development set and fails when a
// figure drops below what the rules reach. Run with -v for the table and
// every miss:
//
//	go test ./corpus -run TestDevset -v
func TestDevset(t *testing.T) {
	s := scoreSet(t, "testdata/devset")
	checkFigures(t, "devset", s, devsetMin)
}

// TestHoldout scores the holdout set the same way. The set was kept unseen
// until its figures showed the rules' weakness on unseen text; it is now
// released for tuning, so -v prints its misses like the devset's. Rules fixed
// from it must stay general patterns (see patterns_test.go), and unseen
// articles remain the real measure.
func TestHoldout(t *testing.T) {
	s := scoreSet(t, "testdata/holdout")
	checkFigures(t, "holdout", s, holdoutMin)
}

// TestDevset2 scores the second development set: articles written after
// the rules, in styles the first set lacks (shuttle diplomacy, family-photo
// lists, roles without names, deputies sent in a leader's place), labelled
// before the extractor was run on them. Run with -v for every miss.
func TestDevset2(t *testing.T) {
	s := scoreSet(t, "testdata/devset2")
	checkFigures(t, "devset2", s, devset2Min)
}

// Thresholds just under the figures reached (see the report in the
// extraction issue); raise them when the rules improve.
var devsetMin = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.99,
	"attendee precision": 0.985, "attendee recall": 0.935, "absent precision": 0.85, "absent recall": 0.87,
	"meeting recall": 0.94,
}

var holdoutMin = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.985, "speaker accuracy": 0.995,
	"attendee precision": 0.985, "attendee recall": 0.92, "absent precision": 0.99, "absent recall": 0.88,
	"meeting recall": 0.91,
}

var devset2Min = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.995,
	"attendee precision": 0.975, "attendee recall": 0.88, "absent precision": 0.70, "absent recall": 0.82,
	"meeting recall": 0.84,
}

// TestDevset3 scores the third development set: twelve articles in
// styles none of the earlier sets has (factbox lists, newsletter items,
// long reads, live blogs), written and labelled before the extractor was
// run on them; its misses are printed with -v and tuned on.
func TestDevset3(t *testing.T) {
	s := scoreSet(t, "testdata/devset3")
	checkFigures(t, "devset3", s, devset3Min)
}

var devset3Min = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.995,
	"attendee precision": 0.94, "attendee recall": 0.80, "absent precision": 0.84, "absent recall": 0.77,
	"meeting recall": 0.81,
}

// TestDevset4 scores the fourth development set: twelve articles written
// by someone who had not read the rules and labelled before the extractor
// was run on them. It was kept unseen through the round that added it
// (first figures: attendee P/R 0.894/0.531, speaker accuracy 0.827) and
// then released for diagnosis; devset5 is the unseen set after it.
func TestDevset4(t *testing.T) {
	s := scoreSet(t, "testdata/devset4")
	checkFigures(t, "devset4", s, devset4Min)
}

// Thresholds just under devset4's figures after the rules written from
// its and devset5's misses (at release: attendee P/R 0.898/0.552, absent
// P/R 1.000/0.444, meetings 27/42).
var devset4Min = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.98, "speaker accuracy": 0.975, // speakers10
	"attendee precision": 0.975, "attendee recall": 0.75, "absent precision": 0.87, "absent recall": 0.77,
	"meeting recall": 0.78,
}

// TestDevset5 scores the fifth development set: ten articles written by
// someone who had not read the rules (a live blog, a readout, a photo
// essay, a newsletter, an explainer among them) and labelled before the
// extractor was run on them. It was kept unseen through its first run
// (first figures below: attendee P/R 0.816/0.419, meetings 15/24) and then
// released for diagnosis, so -v prints its misses; devset6 is the unseen
// set after it.
func TestDevset5(t *testing.T) {
	s := scoreSet(t, "testdata/devset5")
	checkFigures(t, "devset5", s, devset5Min)
}

// Thresholds just under devset5's figures after its release (first run:
// quote R/P 0.909/1.000, speaker 0.886, attendee P/R 0.816/0.419, absent
// P/R 0.444/0.333, meetings 15/24, main attendee P/R 0.792/0.487).
var devset5Min = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.98,
	"attendee precision": 0.965, "attendee recall": 0.91, "absent precision": 0.99, "absent recall": 0.83,
	"meeting recall": 0.95,
}

// TestDevset6 scores the sixth development set: ten articles written by
// someone who had not read the rules or the earlier sets' articles (a
// broadcaster's story, an Asian wire, AU mediation, a translated story,
// trade talks, a negotiating room at a COP, a playbook newsletter, a long
// feature) and labelled before the extractor was run on them. It was kept
// unseen through its first run (first figures below: attendee P/R
// 0.803/0.515, meetings 15/24) and then released for diagnosis, so -v
// prints its misses; devset7 is the unseen set after it.
func TestDevset6(t *testing.T) {
	s := scoreSet(t, "testdata/devset6")
	checkFigures(t, "devset6", s, devset6Min)
}

// Thresholds just under devset6's figures after the rules written from its
// misses (first run: quote R/P 0.925/0.987, speaker 0.865, attendee P/R
// 0.803/0.515, absent P/R 0.778/0.438, meetings 15/24, main attendee P/R
// 0.792/0.646; at release: speaker 0.892, attendee P/R 0.809/0.534,
// meetings 16/24; after: attendee P/R 0.929/0.767, absent P/R 0.833/0.625,
// meetings 18/24, main attendee P/R 0.938/0.938).
var devset6Min = map[string]float64{
	"quote recall": 0.945, "quote precision": 0.98, "speaker accuracy": 0.995, // speakers8
	"attendee precision": 0.92, "attendee recall": 0.76, "absent precision": 0.83, "absent recall": 0.62,
	"meeting recall": 0.74,
}

// TestDevset7 scores the seventh development set: ten articles written by
// someone who had read neither the rules nor the earlier sets' articles (a
// live blog, an exclusive on anonymous sources, an explainer, a local
// paper, a "what to know" list, wire copy with a footer, a financial
// paper's trade story) and labelled before the extractor was run on
// them. It was kept unseen through its first run (figures below) and then
// released for diagnosis, so -v prints its misses.
func TestDevset7(t *testing.T) {
	s := scoreSet(t, "testdata/devset7")
	checkFigures(t, "devset7", s, devset7Min)
}

// Thresholds just under devset7's figures after the recall8 round written
// from its and devset8's misses (first run: quote R/P 0.963/0.987, speaker
// 0.909, attendee P/R 0.890/0.657, absent P/R 1.000/0.400, meetings 25/30,
// main attendee P/R 0.929/0.542; at release: attendee P/R 0.867/0.657;
// after: attendee P/R 0.903/0.848, meetings 28/30, main attendee P/R
// 0.957/0.917).
var devset7Min = map[string]float64{
	"quote recall": 0.985, "quote precision": 0.985, "speaker accuracy": 0.97, // speakers10
	"attendee precision": 0.90, "attendee recall": 0.84, "absent precision": 0.99, "absent recall": 0.39,
	"meeting recall": 0.93,
}

// TestDevset8 scores the eighth development set: ten articles written by
// someone who had read neither the rules nor the earlier sets' articles (a
// White House scene, wire copy on ceasefire talks, a regional summit with
// heads of state by country, an EU Council with ministers by country, an
// explainer, a prisoner release, trade talks, a local commission) and
// labelled before the extractor was run on them. It was kept unseen
// through its first run (figures below) and then released for diagnosis,
// so -v prints its misses.
func TestDevset8(t *testing.T) {
	s := scoreSet(t, "testdata/devset8")
	checkFigures(t, "devset8", s, devset8Min)
}

// Thresholds just under devset8's figures after the recall8 round (first
// run: quote R/P 0.974/1.000, speaker 0.895, attendee P/R 0.909/0.625,
// absent P/R 0.933/0.700, meetings 18/23, main attendee P/R 0.938/0.714;
// after: attendee P/R 0.955/0.875, absent P/R 1.000/0.800, meetings 21/23,
// main attendee P/R 0.952/0.937).
var devset8Min = map[string]float64{
	"quote recall": 0.98, "quote precision": 0.995, "speaker accuracy": 0.98, // speakers8
	"attendee precision": 0.95, "attendee recall": 0.88, "absent precision": 0.99, "absent recall": 0.79,
	"meeting recall": 0.91,
}

// TestDevset9 scores the ninth development set: ten articles written by
// someone who had read neither the rules nor the earlier sets' articles
// (wire copy from AFP, EFE and Bernama quoting a readout, Al Jazeera, The
// Hindu, the Financial Times, Le Monde, Deutsche Welle, Arab News, a radio
// story with an interview transcript) and labelled before the extractor
// was run on them. It was kept unseen through its first run (figures
// below) and then released for diagnosis (recall9), so -v prints its misses.
func TestDevset9(t *testing.T) {
	s := scoreSet(t, "testdata/devset9")
	checkFigures(t, "devset9", s, devset9Min)
}

// Thresholds just under devset9's first-run figures (quote R/P
// 0.916/1.000, speaker 0.921, attendee P/R 0.857/0.667, absent P/R
// 0.667/0.308, meetings 18/24, main attendee P/R 0.829/0.694), run on
// the code of commit 057678b. After the probes7 round (written without
// it): absent P/R 0.625/0.385 (one more right, one more wrong). After the
// recall9 round (written from its and devset10's misses): attendee P/R
// 0.859/0.753, absent P/R 0.778/0.538, meetings 20/24, main attendee P/R
// 0.812/0.796.
var devset9Min = map[string]float64{
	"quote recall": 0.97, "quote precision": 0.995, "speaker accuracy": 0.97, // speakers8
	"attendee precision": 0.85, "attendee recall": 0.77, "absent precision": 0.77, "absent recall": 0.53,
	"meeting recall": 0.83,
}

// TestDevset10 scores the tenth development set: ten articles written by
// someone who had read neither the rules nor the earlier sets' articles (a
// live blog of a summit day, The Guardian, Bloomberg, the South China
// Morning Post, Anadolu and dpa wire copy, a Nigerian paper, The Times of
// Israel, an analysis recalling earlier rounds, Radio Free Europe) and
// labelled before the extractor was run on them. It was kept unseen
// through its first run (figures below) and then released for diagnosis
// (recall9), so -v prints its misses.
func TestDevset10(t *testing.T) {
	s := scoreSet(t, "testdata/devset10")
	checkFigures(t, "devset10", s, devset10Min)
}

// Thresholds just under devset10's first-run figures (quote R/P
// 0.950/1.000, speaker 0.921, attendee P/R 0.869/0.682, absent P/R
// 0.889/0.615, meetings 19/26, main attendee P/R 0.847/0.794), run on
// the code of commit 057678b. After the probes7 round (written without
// it): attendee P/R 0.872/0.701. After the recall8 round (written from
// devset7 and devset8, without it): attendee P/R 0.875/0.720, absent P/R
// 1.000/0.692. After the recall9 round (written from its and devset9's
// misses): attendee P/R 0.878/0.738, main attendee P/R 0.857/0.857.
var devset10Min = map[string]float64{
	"quote recall": 0.97, "quote precision": 0.995, "speaker accuracy": 0.995, // speakers8
	"attendee precision": 0.88, "attendee recall": 0.76, "absent precision": 0.99, "absent recall": 0.69,
	"meeting recall": 0.73,
}

// TestDevset11 scores the eleventh development set: ten articles on the
// real 2025 talks over the war in Ukraine (Riyadh, Jeddah, the Oval Office,
// Istanbul, Alaska, the White House with European leaders, Geneva, calls),
// written in their own words by someone who had read neither the rules
// nor the earlier sets' articles, in several outlets' styles, and labelled
// before the extractor was run on them. It was kept unseen through its
// first run (figures below) and then released for diagnosis (recall10),
// so -v prints its misses.
func TestDevset11(t *testing.T) {
	s := scoreSet(t, "testdata/devset11")
	checkFigures(t, "devset11", s, devset11Min)
}

// Thresholds just under devset11's first-run figures (quote R/P 0.956/1.000, speaker 0.953, attendee P/R 0.943/0.500, absent P/R
// 0.778/0.412, meetings 17/28, main attendee P/R 0.967/0.509), run on
// the code of commit 252d0ad.
var devset11Min = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.995, // speakers8
	// after the recall8 round (written without it): attendees 0.942/0.490,
	// absent 0.636/0.412 (one attendee lost, two wrong absences). After the
	// recall10 round (written from its and devset12-14's misses):
	// attendees 0.957/0.660, meetings 24/28, main attendee P/R 0.971/0.596.
	"attendee precision": 0.96, "attendee recall": 0.73, "absent precision": 0.63, "absent recall": 0.41,
	"meeting recall": 0.85,
}

// TestDevset12 scores the twelfth development set: ten articles on real
// 2025 negotiations outside Ukraine (Thailand–Cambodia in Putrajaya, Gaza
// at Sharm el-Sheikh, US–Iran in Muscat, DRC–Rwanda and Armenia–Azerbaijan
// in Washington, US–China in London and Geneva, the EU–US deal at
// Turnberry, the India–Pakistan military hotline), written in their own
// words by someone who had read neither the rules nor the earlier sets'
// articles and labelled before the extractor was run on them. It was kept
// unseen through its first run (figures below) and then released for
// diagnosis (recall10), so -v prints its misses.
func TestDevset12(t *testing.T) {
	s := scoreSet(t, "testdata/devset12")
	checkFigures(t, "devset12", s, devset12Min)
}

// Thresholds just under devset12's first-run figures (quote R/P 0.932/0.971, speaker 0.941, attendee P/R 0.898/0.500, absent P/R
// 0.600/0.273, meetings 18/30, main attendee P/R 0.957/0.537), run on
// the code of commit 252d0ad.
var devset12Min = map[string]float64{
	"quote recall": 0.97, "quote precision": 0.98, "speaker accuracy": 0.97, // speakers10
	// after the recall10 round (written from its and devset11/13/14's
	// misses): attendees 0.929/0.739, meetings 24/30, main attendee P/R
	// 0.968/0.732
	"attendee precision": 0.92, "attendee recall": 0.74, "absent precision": 0.60, "absent recall": 0.27,
	"meeting recall": 0.79,
}

// TestDevset13 scores the thirteenth development set: ten articles on
// real 2024–2025 trade, economic and climate negotiations (COP29, the
// plastics treaty, EU–Mercosur, UK–India, OPEC+, the WTO, the G20, US–Japan
// and US–India trade, Seville), written in their own words by someone who
// had read neither the rules nor the earlier sets' articles and labelled
// before the extractor was run on them. It was kept unseen through its
// first run (figures below) and then released for diagnosis (recall10),
// so -v prints its misses.
func TestDevset13(t *testing.T) {
	s := scoreSet(t, "testdata/devset13")
	checkFigures(t, "devset13", s, devset13Min)
}

// Thresholds just under devset13's first-run figures (quote R/P 0.914/0.970, speaker 0.891, attendee P/R 0.875/0.475, absent P/R
// 1.000/0.571, meetings 11/23, main attendee P/R in the table), run on
// the code of commit 89aff34 (after the recall8 and probes8 rounds).
var devset13Min = map[string]float64{
	// after the recall10 round (written from its and devset11/12/14's
	// misses): speaker 0.906, attendees 0.830/0.746 (three extra at a
	// cluster that now pairs with a label), meetings 20/23
	"quote recall": 0.995, "quote precision": 0.97, "speaker accuracy": 0.995, // speakers10
	"attendee precision": 0.82, "attendee recall": 0.77, "absent precision": 0.99, "absent recall": 0.57,
	"meeting recall": 0.86,
}

// TestDevset14 scores the fourteenth development set: ten articles on real
// 2025 security diplomacy outside Ukraine and Gaza (Syria, Lebanon,
// Pakistan–Afghanistan, Thailand–Cambodia, Sudan, Kosovo–Serbia,
// Ethiopia–Eritrea, Yemen), written in their own words by someone who had
// read neither the rules nor the earlier sets' articles and labelled
// before the extractor was run on them. It was kept unseen through its
// first run (figures below) and then released for diagnosis (recall10),
// so -v prints its misses.
func TestDevset14(t *testing.T) {
	s := scoreSet(t, "testdata/devset14")
	checkFigures(t, "devset14", s, devset14Min)
}

// Thresholds just under devset14's first-run figures (quote R/P 0.960/1.000, speaker 0.903, attendee P/R 0.947/0.610, absent P/R
// 0.500/0.667, meetings 14/22), run on
// the code of commit 89aff34 (after the recall8 and probes8 rounds).
var devset14Min = map[string]float64{
	"quote recall": 0.97, "quote precision": 0.995, "speaker accuracy": 0.94, // speakers8
	// after the recall10 round (written from its and devset11-13's
	// misses): attendees 0.979/0.797, meetings 19/22, main attendee P/R
	// 0.967/0.935
	"attendee precision": 0.97, "attendee recall": 0.81, "absent precision": 0.50, "absent recall": 0.66,
	"meeting recall": 0.86,
}

// TestDevset15 scores the fifteenth development set: ten articles on real
// 2023–2025 diplomacy in Asia-Pacific and Latin America (APEC weeks with
// bilaterals on the sidelines, Trump–Xi and Biden–Xi, the Seoul
// trilateral, ASEAN in Kuala Lumpur, the Quad, Argyle, Mercosur, Colombia's
// talks), written in their own words by someone who had read neither the
// rules nor the earlier sets' articles and labelled before the extractor
// was run on them. It was kept unseen for its first run and released for
// diagnosis at the end of session 7 (its misses print with -v).
func TestDevset15(t *testing.T) {
	s := scoreSet(t, "testdata/devset15")
	checkFigures(t, "devset15", s, devset15Min)
}

// Thresholds just under devset15's first-run figures (quote R/P 0.970/0.955, speaker 0.938, attendee P/R 0.889/0.622, absent P/R
// 0.400/0.667, meetings 21/33, main attendee P/R 0.875/0.854), run on
// the code of the session's last round (ExtractVersion 18, who10).
var devset15Min = map[string]float64{
	"quote recall": 0.995, "quote precision": 0.95, "speaker accuracy": 0.98,
	// speakers10: attendee recall 57/90 -> 55/90, meetings 20/33 -> 19/33: in
	// 1503 "bilateral talks with Li and Kishida" now names Li Qiang, not the
	// "then-Chinese Premier Li Keqiang" of the 2019 summit, and the one
	// cluster of both Sunday talks pairs with the summit instead
	"attendee precision": 0.88, "attendee recall": 0.61, "absent precision": 0.40, "absent recall": 0.66,
	"meeting recall": 0.57, // main10: 21/33 -> 20/33 (1507's Lula-Kirchner visit folds into the summit once Orsi and Peña are seated at it)
}

// TestDevset16 scores the sixteenth development set: ten articles on real
// 2024–2025 diplomacy in Europe, Africa and at the UN (the EAC–SADC
// summit, the European Political Community in Tirana, the E3 and Iran in
// Geneva, NATO ministers in Antalya, the AU summit, EU–Moldova, the
// Security Council on Sudan, the Belgrade–Pristina dialogue, a European
// Council, the Johannesburg G20), written in their own words by someone
// who had read neither the rules nor the earlier sets' articles and
// labelled before the extractor was run on them. It was kept unseen for
// its first run and released for diagnosis at the end of session 7.
func TestDevset16(t *testing.T) {
	s := scoreSet(t, "testdata/devset16")
	checkFigures(t, "devset16", s, devset16Min)
}

// Thresholds just under devset16's first-run figures (quote R/P 0.919/1.000, speaker 0.985, attendee P/R 0.833/0.488, absent P/R
// 0.357/0.312, meetings 12/19, main attendee P/R 0.829/0.547), run on
// the code of the session's last round (ExtractVersion 18, who10).
var devset16Min = map[string]float64{
	// speakers9: quote precision 0.99 -> 0.98, as entry headings quoting
	// someone are kept (1202's are labelled quotes, 1609's "Merz: '…'" is not)
	"quote recall": 0.98, "quote precision": 0.98, "speaker accuracy": 0.995,
	"attendee precision": 0.83, "attendee recall": 0.51, "absent precision": 0.35, "absent recall": 0.31,
	"meeting recall": 0.63,
}

// TestDevset17 scores devset17: ten official readouts, press releases and
// the news stories built on them (State Department, Downing Street,
// Kremlin, Japanese foreign ministry, Xinhua, WAM), written this session
// by a writer who had read neither the rules nor the earlier sets'
// articles and labelled before the extractor was run on them. It was kept
// unseen through its first run (figures below) and released for diagnosis
// after it, so -v prints its misses; devset20 to devset22 are the unseen
// sets after it.
func TestDevset17(t *testing.T) {
	s := scoreSet(t, "testdata/devset17")
	checkFigures(t, "devset17", s, devset17Min)
}

// TestDevset18 scores devset18: ten articles in the English house styles
// of non-Western agencies and papers (Xinhua, TASS, Anadolu, Kyodo,
// Yonhap, Dawn, Daily Nation, Gulf News, Tehran Times, The Hindu), kept
// unseen through its first run and released as devset17.
func TestDevset18(t *testing.T) {
	s := scoreSet(t, "testdata/devset18")
	checkFigures(t, "devset18", s, devset18Min)
}

// TestDevset19 scores devset19: ten articles on nuclear, arms-control and
// trade talks in longer or unusual formats (live blog, newsletter, scene
// piece, Q&A, podcast write-up, list, wire), kept unseen through its
// first run and released as devset17.
func TestDevset19(t *testing.T) {
	s := scoreSet(t, "testdata/devset19")
	checkFigures(t, "devset19", s, devset19Min)
}

// Thresholds just under devset17's, devset18's and devset19's first-run
// figures, run on the code of the session's end (ExtractVersion 22,
// after the recall10 and speakers8 rounds, which had not seen them):
// devset17 quote R/P 1.000/0.981, speaker 0.925, attendee P/R
// 0.819/0.507, absent P/R 0.333/0.167, meetings 25/41; devset18 0.947/
// 0.986, 0.873, 0.829/0.648, 0.500/0.250, 26/40; devset19 0.972/0.972,
// 0.943, 0.972/0.750, 0.462/0.500, 23/27. The main10 and speakers9 rounds
// after it (which had not seen them either) moved devset19's quotes to
// 0.986/0.973 and its speakers to 0.944, and nothing else. The speakers10
// round, written from their misses, reached devset17 quote R/P
// 1.000/1.000, speaker 0.981, attendee P/R 0.824/0.560, absent P/R
// 0.400/0.333, meetings 27/41; devset18 1.000/1.000, 1.000, 0.866/0.683,
// 0.500/0.250, 27/40; devset19 1.000/1.000, 1.000 (names fixed by court
// styles and family names carried over to their attendees).
var (
	devset17Min = map[string]float64{
		"quote recall": 0.99, "quote precision": 0.995, "speaker accuracy": 0.975,
		"attendee precision": 0.82, "attendee recall": 0.55, "absent precision": 0.39, "absent recall": 0.33,
		"meeting recall": 0.65,
	}
	devset18Min = map[string]float64{
		"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.995,
		"attendee precision": 0.86, "attendee recall": 0.68, "absent precision": 0.50, "absent recall": 0.25,
		"meeting recall": 0.67,
	}
	devset19Min = map[string]float64{
		"quote recall": 0.995, "quote precision": 0.995, "speaker accuracy": 0.995,
		"attendee precision": 0.97, "attendee recall": 0.74, "absent precision": 0.46, "absent recall": 0.50,
		"meeting recall": 0.85,
	}
)

// TestDevset20 scores devset20: ten stories of mediation and peace talks
// outside Europe as regional and local outlets and wires tell them
// (Sudan, DR Congo and Rwanda, Armenia and Azerbaijan, Thailand and
// Cambodia, India and Pakistan, Colombia, Ethiopia and Somalia, Gaza,
// Venezuela), written by a writer who had read neither the rules nor the
// earlier sets' articles and labelled before the extractor was run on
// them. It was kept unseen through session 8 (tables only) and released
// for diagnosis at the start of session 9, so -v prints its misses;
// devset23 to devset25 are the unseen sets after it.
func TestDevset20(t *testing.T) {
	s := scoreSet(t, "testdata/devset20")
	checkFigures(t, "devset20", s, devset20Min)
}

// TestDevset21 scores devset21: ten long-form and analytical pieces (news
// analysis, a negotiator's profile, a diplomatic diary, a broadcast
// transcript, an explainer, an hour-by-hour reconstruction, a who's-who
// fact box, a corrected story, two straight stories), kept unseen and
// released as devset20.
func TestDevset21(t *testing.T) {
	s := scoreSet(t, "testdata/devset21")
	checkFigures(t, "devset21", s, devset21Min)
}

// TestDevset22 scores devset22: ten multilateral meetings told as hard
// news (NATO, G7, G20, European Council, East Asia Summit, BRICS, OPEC+,
// the Ramstein group, the coalition of the willing, Weimar+), kept unseen
// and released as devset20.
func TestDevset22(t *testing.T) {
	s := scoreSet(t, "testdata/devset22")
	checkFigures(t, "devset22", s, devset22Min)
}

// Thresholds just under devset20's, devset21's and devset22's figures at
// the session's end (ExtractVersion 43), after five rounds that had not
// seen them. At the session's start (3d88ac2) they were: devset20 quote
// R/P 1.000/1.000, speaker 0.952, attendee P/R 0.923/0.497, absent P/R
// 0.444/0.571, meetings 19/41; devset21 0.974/1.000, 0.987, 0.899/0.620,
// 0.600/0.200, 24/35; devset22 0.961/0.924, 0.986, 0.860/0.494,
// 0.483/0.467, 17/32. The end: devset20 speaker 0.964, attendees
// 0.920/0.552, meetings 26/41 (meetings of one named person listed);
// devset21 attendees 0.891/0.636, meetings 25/35; devset22 0.854/0.506,
// 18/32.
var (
	devset20Min = map[string]float64{
		"quote recall": 0.99, "quote precision": 0.99, "speaker accuracy": 0.96,
		"attendee precision": 0.91, "attendee recall": 0.55, "absent precision": 0.44, "absent recall": 0.57,
		"meeting recall": 0.63,
	}
	devset21Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.98,
		"attendee precision": 0.89, "attendee recall": 0.63, "absent precision": 0.60, "absent recall": 0.20,
		"meeting recall": 0.71,
	}
	devset22Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.92, "speaker accuracy": 0.98,
		"attendee precision": 0.85, "attendee recall": 0.50, "absent precision": 0.48, "absent recall": 0.46,
		"meeting recall": 0.56,
	}
)

// TestDevset23 scores devset23: ten stories of trade, economic and
// climate negotiations as the business press tells them (US-China tariff
// rounds, the plastics treaty, US-Japan and US-EU deals, EU-Mercosur, an
// IMF programme and its creditors, OPEC+ in a markets wrap, a COP live
// blog), written in session 9 by a writer who had read neither the rules
// nor the earlier sets' articles and labelled before the extractor was
// run on them. It was kept unseen through session 9's first round (tables
// only: that round moved it by one attendee) and then released for the
// second, so -v prints its misses; devset26 to devset28 stay unseen.
func TestDevset23(t *testing.T) {
	s := scoreSet(t, "testdata/devset23")
	checkFigures(t, "devset23", s, devset23Min)
}

// TestDevset24 scores devset24: ten stories of nuclear, arms-control and
// security talks (US-Iran rounds through Oman, E3-Iran meetings, the
// IAEA board and its director general's visits, New START, Korea,
// Saudi-US security talks, a prisoner swap) from a US network, a British
// broadsheet, a Gulf paper, an Indian daily, an Israeli paper, an Iranian
// agency, a Korean agency, a newsletter and two wires, kept unseen and
// released as devset23.
func TestDevset24(t *testing.T) {
	s := scoreSet(t, "testdata/devset24")
	checkFigures(t, "devset24", s, devset24Min)
}

// TestDevset25 scores devset25: ten short everyday pieces (a wire brief,
// a morning newsletter, a local TV story, a regional paper's premier at a
// national meeting, side meetings at a funeral, a state visit, a
// parliamentary delegation, coalition talks, a "what we know" list, an
// obituary recalling a diplomat's meetings), written in session 9 by a
// writer who had read neither the rules nor the earlier sets' articles
// and labelled before the extractor was run on them. It was kept unseen
// and released as devset23.
func TestDevset25(t *testing.T) {
	s := scoreSet(t, "testdata/devset25")
	checkFigures(t, "devset25", s, devset25Min)
}

// Thresholds just under devset23's, devset24's and devset25's first
// figures, on the code of session 9's start (bb4cdbd, ExtractVersion 50;
// no round had seen them): devset23 quote R/P 0.989/0.989, speaker 0.885,
// attendee P/R 0.822/0.571, absent P/R 0.438/0.412, meetings 26/36;
// devset24 0.976/1.000, 0.950, 0.827/0.757, 1.000/0.667, 27/34; devset25
// 0.952/0.976, 0.925, 0.776/0.591, 0.429/0.300, 20/28.
var devset23Min = map[string]float64{
	"quote recall": 0.98, "quote precision": 0.98, "speaker accuracy": 0.88,
	"attendee precision": 0.82, "attendee recall": 0.57, "absent precision": 0.43, "absent recall": 0.41,
	"meeting recall": 0.72,
}

var devset24Min = map[string]float64{
	"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.95,
	"attendee precision": 0.82, "attendee recall": 0.75, "absent precision": 0.99, "absent recall": 0.66,
	"meeting recall": 0.79,
}

var devset25Min = map[string]float64{
	"quote recall": 0.95, "quote precision": 0.97, "speaker accuracy": 0.92,
	"attendee precision": 0.77, "attendee recall": 0.59, "absent precision": 0.42, "absent recall": 0.30,
	"meeting recall": 0.71,
}

// Thresholds just under devset26's, devset27's and devset28's figures on
// session 9's starting code (bb4cdbd, ExtractVersion 50): devset26 quote
// R/P 0.961/0.973, speaker 0.918, attendee P/R 0.914/0.619, absent P/R
// 0.550/0.423, meetings 31/37; devset27 0.929/0.988, 0.924, 0.869/0.721,
// 0.600/0.545, 30/35; devset28 0.953/0.984, 0.951, 0.907/0.576,
// 0.571/0.667, 28/47. The session's rounds (att13, att14 and mine, which
// had not seen them) moved devset26 to attendees 0.916/0.635, meetings
// 32/37, and devset28 to 0.906/0.565, 27/47 (one meeting and its one
// right attendee lost), devset27 not at all.
var (
	devset26Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.97, "speaker accuracy": 0.91,
		"attendee precision": 0.91, "attendee recall": 0.61, "absent precision": 0.55, "absent recall": 0.42,
		"meeting recall": 0.83,
	}
	devset27Min = map[string]float64{
		"quote recall": 0.92, "quote precision": 0.98, "speaker accuracy": 0.92,
		"attendee precision": 0.86, "attendee recall": 0.72, "absent precision": 0.60, "absent recall": 0.54,
		"meeting recall": 0.85,
	}
	devset28Min = map[string]float64{
		"quote recall": 0.95, "quote precision": 0.98, "speaker accuracy": 0.95,
		"attendee precision": 0.90, "attendee recall": 0.56, "absent precision": 0.57, "absent recall": 0.66,
		"meeting recall": 0.57,
	}
)

// Thresholds just under devset29's, devset30's and devset31's first
// figures, on session 9's final code (ExtractVersion 59). On its starting
// code (bb4cdbd) the three pooled were the same but for one wrong
// attendee: quotes 207/214 found, 207/209 right; speakers 195/207;
// attendees 210/237 right of 318 labelled (now 210/236).
var (
	devset29Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.92,
		"attendee precision": 0.91, "attendee recall": 0.66, "absent precision": 0.70, "absent recall": 0.53,
		"meeting recall": 0.84,
	}
	devset30Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.97, "speaker accuracy": 0.98,
		"attendee precision": 0.87, "attendee recall": 0.67, "absent precision": 0.62, "absent recall": 0.25,
		"meeting recall": 0.74,
	}
	devset31Min = map[string]float64{
		"quote recall": 0.95, "quote precision": 0.99, "speaker accuracy": 0.90,
		"attendee precision": 0.88, "attendee recall": 0.63, "absent precision": 0.99, "absent recall": 0.80,
		"meeting recall": 0.77,
	}
)

// Thresholds just under devset32's, devset33's and devset34's first
// figures, on session 10's starting code (b977b26, ExtractVersion 60).
var (
	devset32Min = map[string]float64{
		"quote recall": 0.94, "quote precision": 0.99, "speaker accuracy": 0.89,
		"attendee precision": 0.92, "attendee recall": 0.62, "absent precision": 0.88, "absent recall": 0.57,
		"meeting recall": 0.86,
	}
	devset33Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.91,
		"attendee precision": 0.85, "attendee recall": 0.68, "absent precision": 0.60, "absent recall": 0.50,
		"meeting recall": 0.80,
	}
	devset34Min = map[string]float64{
		"quote recall": 0.98, "quote precision": 0.99, "speaker accuracy": 0.88,
		"attendee precision": 0.89, "attendee recall": 0.63, "absent precision": 0.85, "absent recall": 0.50,
		"meeting recall": 0.74,
	}
)

// Thresholds just under devset35's, devset36's and devset37's first
// figures, on session 10's final code (ExtractVersion 61, the attendance
// model in). The rules alone: attendees 191/210 right of 291 labelled; with
// the model 193/212.
var (
	devset35Min = map[string]float64{
		"quote recall": 0.93, "quote precision": 0.99, "speaker accuracy": 0.89,
		"attendee precision": 0.88, "attendee recall": 0.60, "absent precision": 0.84, "absent recall": 0.68,
		"meeting recall": 0.72,
	}
	devset36Min = map[string]float64{
		"quote recall": 0.93, "quote precision": 0.98, "speaker accuracy": 0.94,
		"attendee precision": 0.90, "attendee recall": 0.63, "absent precision": 0.44, "absent recall": 0.40,
		"meeting recall": 0.73,
	}
	devset37Min = map[string]float64{
		"quote recall": 0.93, "quote precision": 0.98, "speaker accuracy": 0.93,
		"attendee precision": 0.93, "attendee recall": 0.73, "absent precision": 0.99, "absent recall": 0.33,
		"meeting recall": 0.82,
	}
)

// Thresholds just under devset38's, devset39's and devset40's first
// figures, on session 10's final code (d846ab8, ExtractVersion 61), the
// code before any of session 11's changes. Pooled: quotes 216 found of
// 221, 216 right of 217; speakers 208 of 216; attendees 269 right of 287
// output, 375 labelled.
var (
	devset38Min = map[string]float64{
		"quote recall": 0.98, "quote precision": 0.99, "speaker accuracy": 0.97,
		"attendee precision": 0.93, "attendee recall": 0.72, "absent precision": 0.74, "absent recall": 0.59,
		"meeting recall": 0.86,
	}
	devset39Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.98, "speaker accuracy": 0.96,
		"attendee precision": 0.92, "attendee recall": 0.70, "absent precision": 0.90, "absent recall": 0.43,
		"meeting recall": 0.86,
	}
	devset40Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.94,
		"attendee precision": 0.94, "attendee recall": 0.71, "absent precision": 0.71, "absent recall": 0.49,
		"meeting recall": 0.73,
	}
)

// releasedSets were kept unseen through sessions 9 to 11 (their first
// figures are their thresholds and the closing notes' tables) and were
// released for diagnosis at the start of session 12, once devset41 to
// devset43 had been commissioned to keep the unseen pool at twelve sets;
// devset32 to devset37 (sessions 10 to 12) at the start of session 13;
// devset38 to devset43 (sessions 11 and 12) at the start of session 14;
// devset44 to devset49 (session 13) at the start of session 15; devset50
// to devset55 (session 14) at the start of session 16; devset56 to
// devset61 (session 15) at the start of session 17; devset62 to devset67
// (session 16) at the start of session 18: -v prints their misses.
var releasedSets = []labelledSet{
	// Ten stories of the Russia-Ukraine peace process in 2025-26 (Istanbul
	// rounds, US talks in Berlin, Geneva, Abu Dhabi, Riyadh and Florida,
	// European leaders at the White House) from Ukrainian, Russian-exile,
	// German, Turkish, Gulf and US outlets, two wires and a think-tank
	// brief, written in session 9 after devset23-25.
	{"devset26", devset26Min},
	// Ten Middle East stories (Gaza phases and hostage talks, the Naqoura
	// mechanism, Syria-Israel contacts, Saudi-Iran, Yemen prisoner talks, an
	// Arab League summit, a stabilisation-force conference) from wires and
	// regional papers.
	{"devset27", devset27Min},
	// Ten summits and visits in Asia, Africa and Latin America told in list-
	// and caption-heavy formats (a photo gallery, a live blog, a newsletter,
	// five takeaways, a TV station's web story, wires, a regional paper).
	{"devset28", devset28Min},
	// Ten stories of European diplomacy told by national papers and agencies
	// in English (Weimar Triangle, EU foreign ministers, a Franco-German
	// council, the EPC, Nordic-Baltic leaders, Belgrade-Pristina, Moldova's
	// donors, a UK-EU summit, the Vatican, a Balkan dinner), written at the
	// end of session 9. With devset30 and devset31 it measures the session's
	// final code on text no round saw.
	{"devset29", devset29Min},
	// Ten stories of US diplomacy as Washington outlets tell it (a pool
	// report, a scoop, a playbook item, a readout and the story on it, a
	// Senate hearing, a Mar-a-Lago weekend, a Cabinet Room meeting, UN week
	// bilaterals).
	{"devset30", devset30Min},
	// Ten stories of mediation by small states and non-state mediators
	// (Sant'Egidio, HD, IGAD, Oman, the AU panel, Qatar, Switzerland,
	// CARICOM, Norway).
	{"devset31", devset31Min},
	// devset32 to devset37 were kept unseen through sessions 10 to 12 and
	// released at the start of session 13, once devset44 to devset46 had
	// been commissioned.
	// Ten stories of Latin American and Caribbean negotiations (Colombia's
	// armed groups, Venezuela, EU-Mercosur, BRICS in Rio, Guyana-Venezuela,
	// Mexico-US tariffs, Haiti's council, COP30) as regional outlets and
	// wires tell them, written in session 10.
	{"devset32", devset32Min},
	// Ten stories of Asia-Pacific security and diplomacy (Thailand-Cambodia,
	// India-Pakistan, the Korean peninsula, Japan-China-Korea, the South
	// China Sea, ASEAN on Myanmar, the Quad, the Pacific Islands Forum) in
	// the styles of Asian and Pacific outlets.
	{"devset33", devset33Min},
	// Ten negotiation stories in formats other than the news story (a live
	// blog, a newsletter, an analysis column, a Q&A explainer, a timeline, a
	// photo gallery, a corrected wire, an interview, a radio transcript, a
	// local paper's angle).
	{"devset34", devset34Min},
	// Ten stories of African conflict diplomacy (Sudan, DRC-Rwanda,
	// Ethiopia-Eritrea, ECOWAS and the Sahel, Libya, Somalia-Ethiopia, South
	// Sudan) by African outlets and wires, written at the end of session 10.
	{"devset35", devset35Min},
	// Ten stories of economic, energy and climate negotiations (OPEC+, G7
	// finance, IMF meetings, COP29, the plastics treaty, the IMO, US tariff
	// talks) as the business and specialist press tells them.
	{"devset36", devset36Min},
	// Ten stories of the Caucasus, Eastern Europe and Central Asia (Armenia-
	// Azerbaijan, Georgia, US envoys in Minsk, Moldova-Transnistria, C5+1)
	// in state-agency protocol copy, regional outlets, wires and a
	// newsletter.
	{"devset37", devset37Min},
	// devset38 to devset43 (sessions 11 and 12) were kept unseen through
	// sessions 11 to 13 and released at the start of session 14, once
	// devset50 to devset55 had been commissioned.
	// Ten stories of the Gaza ceasefire and hostage talks and the US-Iran
	// nuclear talks (Muscat, Rome, Geneva, Cairo, Doha, Sharm el-Sheikh,
	// Istanbul) by wires and regional papers, written in session 11.
	{"devset38", devset38Min},
	// Ten stories of the Russia-Ukraine peace effort in 2025-26 (Istanbul,
	// Jeddah, Paris by video, Geneva, Florida, Berlin, Abu Dhabi, Riyadh, a
	// prisoner exchange) by European, Ukrainian and US outlets and a
	// Russian state wire.
	{"devset39", devset39Min},
	// Ten stories of leaders' summitry beyond Europe's wars (US-China trade
	// rounds, Busan, APEC Gyeongju and ASEAN sidelines, Gulf visits, India-
	// China and India-Pakistan, the G20 in Johannesburg) by the business
	// and general press.
	{"devset40", devset40Min},
	// Ten stories of negotiations of 2018-2023 told at the time (Singapore,
	// Hanoi and the DMZ, the US-Taliban deal in Doha, the Normandy summit in
	// Paris, the Abraham Accords, the Vienna talks, the Istanbul grain deal,
	// the Pretoria talks on Tigray) by wires, US, Korean, Pakistani and
	// Israeli papers, a Sunday analysis and a TV live page, written in
	// session 12.
	{"devset41", devset41Min},
	// Ten stories of trade and tariff negotiations of 2025-26 (US-EU, US-
	// Japan, US-Korea, US-India, UK-India, EU-Mercosur, Canada-US, US-
	// Switzerland, the WTO) by the business press, a newsletter, a law
	// firm's client alert and a local paper.
	{"devset42", devset42Min},
	// Ten stories of big multilateral gatherings and their sidelines (BRICS
	// in Rio, the G7 in Kananaskis, COP30, Munich, the NATO summit in The
	// Hague, UN week, Shangri-La, an EU-China summit, Davos) by wires,
	// European, Indian, Hong Kong and Brazilian outlets, a live blog and an
	// evening newsletter.
	{"devset43", devset43Min},
	// devset44 to devset49 (session 13) were kept unseen through sessions
	// 13 and 14 and released at the start of session 15, once devset56 to
	// devset61 had been commissioned.
	// Ten stories of Latin American and Caribbean negotiations of 2016-25
	// (the FARC and ELN talks in Havana and Caracas, Venezuela in Mexico
	// City and Barbados, Haiti in Kingston, Guyana-Venezuela at Argyle and
	// in Brasília, EU-Mercosur) by EFE, Reuters, AP, a Caribbean daily, a
	// government press release, a think-tank commentary, a magazine long-
	// read, a radio brief, a live page and El País, written in session 13.
	{"devset44", devset44Min},
	// Ten stories of African and Caucasus diplomacy of 2020-26 (Tumaini in
	// Nairobi, ECOWAS and Niger, the Washington and Doha accords on the
	// DRC, Sudan near Geneva, Armenia-Azerbaijan, Libya at the Security
	// Council, the GERD, IGAD) by African dailies, wires, a regional outlet,
	// UN News, an explainer, an op-ed and a newsletter.
	{"devset45", devset45Min},
	// Ten stories of European and Asian talks of 2019-26 (the Windsor
	// framework, US-China in Geneva, London and Stockholm, the Seoul
	// trilateral, Ohrid and Brussels on Kosovo-Serbia, Cyprus in New York,
	// India-Pakistan, Thailand-Cambodia) by the Guardian, the FT, Kyodo, the
	// SCMP, Balkan Insight, Bloomberg, AP, a BBC live page, Playbook and a
	// foreign ministry's briefing transcript.
	{"devset46", devset46Min},
	// Ten stories of Middle East and Gulf diplomacy of 2019-26 (Saudi-Iran
	// in Baghdad and Beijing, Al-Ula, Jeddah on Sudan, the Naqoura maritime
	// deal, Erbil-Baghdad oil, Sanaa, Amman on Syria, the Negev summit) by
	// regional outlets, wires, a state agency's protocol copy and a podcast
	// summary, written at the end of session 13.
	{"devset47", devset47Min},
	// Ten stories of arms-control, security and humanitarian talks of
	// 2020-25 (the NPT review, Vienna, the grain deal, the Ankara prisoner
	// swap, the IAEA board, Sharm el-Sheikh, Istanbul, Riyadh, the Security
	// Council, the landmine treaty) by specialist, European, Russian-exile
	// and Ukrainian outlets, wires, a UN release and a radio interview.
	{"devset48", devset48Min},
	// Ten stories of local and regional negotiations of 2022-26 (water,
	// fisheries, twinning, a union's talks, a Treaty hui, community peace
	// dialogues, EU cohesion, an islands forum) by small-town, regional,
	// student, union, church and council outlets and a local TV live page.
	{"devset49", devset49Min},
	// devset50 to devset55 (session 14) were kept unseen through sessions
	// 14 and 15 and released at the start of session 16, once devset62 to
	// devset67 had been commissioned.
	// Ten stories of trade and economic negotiations of 2018-26 (US-China
	// and the phase-one deal, USMCA, EU-UK, the WTO's MC12, EU-India, India-
	// UK, the Geneva truce, US-Australia minerals, Turnberry) by Bloomberg,
	// Reuters, Nikkei, the FT, Handelsblatt, a trade newsletter, a
	// government readout and a markets live blog, written in session 14.
	{"devset50", devset50Min},
	// Ten stories of Asia-Pacific and South Asian diplomacy of 2018-24
	// (Panmunjom, ASEAN and Myanmar, Doha on Afghanistan, Colombo,
	// Kathmandu, the Pacific Islands Forum, Kishida-Yoon, the Philippines-
	// China BCM, the DMZ) by Yonhap, AFP, the Straits Times, Dawn, The Hindu,
	// the Kathmandu Post, RNZ, Kyodo, Rappler and Reuters.
	{"devset51", devset51Min},
	// Ten stories of local negotiations of 2021-26 (firefighters' and
	// teachers' contracts, bus and bin strikes, salmon and water sharing, a
	// land use agreement, port wages, a hospital merger) by town papers,
	// public radio, councils, a union bulletin and local wires, with
	// invented officials.
	{"devset52", devset52Min},
	// Ten stories of peace processes and summits of 1995-2016 told at the
	// time (Dayton, the Good Friday talks, Camp David, Aceh, Naivasha, the
	// six-party talks, Lausanne and Vienna, Cartagena) by AP, the Irish
	// Times, the NYT, AFP, the BBC and Reuters.
	{"devset53", devset53Min},
	// Ten stories of Russia-Ukraine and European security talks of 2022-26
	// (Istanbul, Anchorage, the coalition of the willing in Paris and
	// London, Riyadh, a prisoner exchange, Geneva, Jeddah, the grain deal)
	// by the Kyiv Independent, Meduza, Politico Europe, a state agency,
	// Ukrainska Pravda, a Sunday paper, a Telegram digest and wires.
	{"devset54", devset54Min},
	// Ten stories of multilateral treaty and conference negotiations of
	// 2021-25 (the plastics talks in Busan and Geneva, COP26, COP29 and
	// COP30, the pandemic agreement, the WTO fisheries deal, the IAEA board,
	// the High Seas treaty, the NPT review) by a negotiations bulletin, an
	// explainer, UN News, a newsletter, Climate Home, wires and a ministry.
	{"devset55", devset55Min},
	// devset56 to devset61 (session 15) were kept unseen through sessions
	// 15 and 16 and released at the start of session 17, once devset68 to
	// devset73 had been commissioned.
	// Ten stories of Middle East ceasefire, hostage and normalisation
	// talks of 2019-26 (Doha and Cairo on Gaza, Sharm el-Sheikh, Lebanon's
	// border, the Saudi track, Yemen, Syria's transition) by the Times of
	// Israel, Al-Monitor, Arab News, The National, Reuters, Asharq
	// Al-Awsat, an Egyptian state readout, L'Orient Today, the BBC and Al
	// Jazeera, written in session 15.
	{"devset56", devset56Min},
	// Ten stories of arms control and detente of 1969-94 told at the time
	// (SALT in Helsinki and Vienna, Helsinki 1975, Geneva 1985, Reykjavik,
	// the INF signing, Malta, two plus four, START, the Agreed Framework)
	// by UPI, AP, the NYT, The Times, TASS, Time, the Washington Post, a
	// pool report and Le Monde.
	{"devset57", devset57Min},
	// Ten stories of labour, sports and business bargaining of 2019-26
	// with invented people (a transit union, a players' association,
	// dockworkers, nurses, a merger, writers at Acas, farmers, hotel
	// workers, a brewery, school-bus drivers) by local TV sites, a sports
	// site, wires, the BBC, a business daily, a trade newsletter, a union
	// release and a company statement.
	{"devset58", devset58Min},
	// Ten stories of government formation and coalition talks of 2017-25
	// (Germany, the Netherlands, Belgium, Israel, New Zealand, Spain,
	// Northern Ireland, Austria, the Czech Republic) by DW, NOS, Playbook,
	// Haaretz, RNZ, El País, the Irish News, AP, Reuters and a reporter's
	// blog.
	{"devset59", devset59Min},
	// Ten stories of G7, G20, NATO, BRICS and EU-AU summits of 2019-25 with
	// their sessions, dinners and sideline meetings by a live blog, a
	// leader's readout, CNN, the Guardian, the Hindustan Times, Nikkei
	// Asia, the Globe and Mail, a pool report, APA and Reuters.
	{"devset60", devset60Min},
	// Ten official and state-agency readouts of leaders' and ministers'
	// talks of 2022-25 (Xinhua, KCNA, Anadolu, IRNA, the Kremlin, VNA,
	// Bernama, SPA, a foreign ministry) and a Reuters report for contrast.
	{"devset61", devset61Min},
	// devset62 to devset67 (session 16) were kept unseen through sessions
	// 16 and 17 and released at the start of session 18, once devset69 to
	// devset73 had been commissioned.
	// Ten stories of negotiations as the English-language press of South
	// Asia, Africa and Southeast Asia tells them (Nepal-India water, Pakistan-
	// Afghanistan in Doha, the India-China special representatives,
	// Bangladesh-India, Tumaini, Nigeria's minimum wage, EAC-SADC on the
	// DRC, ASEAN on Myanmar, the Bangsamoro panels, Thailand-Cambodia) by
	// the Kathmandu Post, Dawn, PTI, the Daily Star, the Daily Nation,
	// Punch, The Citizen, the Jakarta Post, PNA and Bernama, written in
	// session 16.
	{"devset62", devset62Min},
	// Ten stories of long-running processes of 2007-23 told at the time
	// (Crans-Montana and Geneva on Cyprus, Western Sahara, Transnistria,
	// the Geneva International Discussions, the Normandy format, Stormont
	// House, Kosovo-Serbia in Brussels, inter-Korean military talks, Minsk)
	// by the Cyprus Mail, a UN noon briefing, Reuters, Civil.ge, AP, the
	// Irish Times, Balkan Insight, Yonhap, AFP and a diplomat's blog.
	{"devset63", devset63Min},
	// Ten stories of nuclear and sanctions diplomacy of 2005-26 told at
	// the time (the six-party talks, Hanoi seen from Seoul, Vienna on the
	// JCPOA, Grossi in Tehran, Lausanne, the Muscat rounds, the IAEA
	// board, the Vienna endgame) by AP, Yonhap, Reuters, Xinhua, the
	// Tehran Times, the Guardian, AFP, Arms Control Today, a live blog and
	// an FT reconstruction.
	{"devset64", devset64Min},
	// Ten stories of Afghanistan, Yemen, Syria, Libya and Iraq of 2019-25
	// (US-Taliban and intra-Afghan talks in Doha, Hodeidah, Saudi-Houthi
	// talks, Astana, Berlin on Libya, Sharaa in Riyadh, the 5+5 commission,
	// Erbil-Baghdad) by Al Jazeera, TOLOnews, AP, The National, UN
	// meetings coverage, Reuters, a newsletter, a State Department
	// readout, the Libya Observer and Rudaw.
	{"devset65", devset65Min},
	// Ten "inside the room" reconstructions of 2023-25 (the debt-limit
	// deal, Orban's coffee break, a hostage deal, a German coalition night,
	// Lecornu and the Socialists, Turnberry, Geneva trade truce, the
	// Caucasus peace, Lebanon's ceasefire, Sharm el-Sheikh) by the NYT, the
	// FT, Axios, Der Spiegel, Le Monde, Politico Europe, The Atlantic, The
	// Economist, the Washington Post and a Substack newsletter.
	{"devset66", devset66Min},
	// Ten stories of US diplomacy of 2025-26 in short and broken formats
	// (a wire URGENT with write-throughs, a brief, a cable-news transcript,
	// a social-media write-up, a photo gallery, a newsletter, a local TV
	// story, a briefing transcript, a pool report, a press conference).
	{"devset67", devset67Min},
	// devset68 (session 17) and devset69 and devset70 (session 18) were
	// kept unseen through their first runs and released at the start of
	// session 19, once devset74 to devset78 had been commissioned.
	// Ten stories of Latin America and the Caribbean of 2016-26 (the ELN
	// in Havana and Mexico City, Barbados and Mexico City on Venezuela, the
	// Saab swap in Doha, Kingston and Port-au-Prince on Haiti, Mercosur and
	// the EU in Montevideo and Brasilia, Cuba-US migration talks, the EMC
	// in Tibu) by EFE, Caracas Chronicles, Reuters, MercoPress, the
	// Gleaner, the Buenos Aires Times, Prensa Latina and Colombia Reports,
	// written in session 17.
	{"devset68", devset68Min},
	// Ten stories of Brexit and UK-EU-Irish summitry of 2019-25 (the
	// Windsor Framework, the October 2019 European Council, the Wirral
	// talks, the Lancaster House summit, the Stormont brake, the
	// Berlaymont dinner, Culloden, the Liverpool UK-Ireland summit, the
	// extension summit, the Egmont retreat) by the Irish Times, Reuters,
	// the BBC, a Politico playbook, a TheJournal.ie explainer, a Guardian
	// live blog, the News Letter, GOV.UK, an Irish Independent column and
	// AFP, written in session 18.
	{"devset69", devset69Min},
	// Ten stories of energy, water and resources negotiations of 2019-25
	// (the Nile dam in Washington and Kinshasa, the Indus commission, OPEC+
	// by video and in Vienna, gas transit in Berlin, the US-Ukraine
	// minerals deal, COP29's finance talks, the Indus treaty in abeyance)
	// by AP, Ahram Online, Dawn, Argus Media, Al Jazeera, AFP, the Kyiv
	// Independent, a live blog and the Independent, written in session 18.
	{"devset70", devset70Min},
	// devset71 to devset73 (session 18) were kept unseen through sessions
	// 18 and 19 and released at the start of session 20, once devset79 to
	// devset83 had been commissioned.
	// Ten stories of hostage and prisoner-swap talks of 2019-25 (Doha and
	// Cairo on Gaza, the Ankara exchange, a hostage family's meetings, the
	// US-Iran detainee deal, the UAE's POW swaps, the ELN in Mexico City,
	// Marc Fogel's release, the Istanbul 1,000-for-1,000, the Zurich swap)
	// by a Reuters-style wire, Al Jazeera, a live blog, the BBC, a Politico
	// newsletter, Prospect, AFP, a local paper, the Kyiv Independent and
	// AP, written in session 18.
	{"devset71", devset71Min},
	// Ten features about negotiators and negotiations of 2019-25 (profiles
	// of Umerov and Šefčovič, a "what we know" on Anchorage, an obituary
	// of Saeb Erekat, an op-ed on Doha 2020, a US-China trade timeline, a
	// reader Q&A on the Gaza deal, an interview on Muscat and Lausanne, a
	// column on the India-UK deal) by the Guardian, Sky News, AP, the
	// Washington Post, Reuters, MailOnline, Politico Europe, Foreign
	// Policy and the Hindustan Times, written in session 18.
	{"devset72", devset72Min},
	// Ten stories of East Asian negotiations of 2019-25 (inter-Korean
	// military talks, Lee and Ishiba in Tokyo, the Chengdu trilateral,
	// the Tokyo foreign ministers' meeting, Lima's APEC sidelines, the
	// phase-one trade talks, Xi and Ma Ying-jeou, the Shanghai-Taipei
	// forum, Gyeongju's APEC sidelines and a Straits Times story) in the
	// English editions of Yonhap, the JoongAng Daily, Kyodo, the Japan
	// Times, NHK World, the SCMP, the Global Times, the Taipei Times,
	// Focus Taiwan and the Straits Times, written in session 18.
	{"devset73", devset73Min},
	// devset74 to devset78 (session 19) were kept unseen through sessions
	// 19 and 20 and released at the start of session 21, once devset84 to
	// devset88 had been commissioned.
	// Ten stories of mediation by African regional bodies of 2020-25 (ECOWAS
	// in Abuja and Accra on Niger, Guinea and Mali, the first joint EAC-SADC
	// summit in Dar es Salaam, IGAD in Entebbe on Sudan, SADC in Maputo on
	// Cabo Delgado, Jonathan in Bamako and Kati, the Tigray commanders in
	// Nairobi, the virtual EAC summit on Goma, Radebe's envoys in Maseru,
	// Odinga in Juba) by Premium Times, the Daily Nation, the Daily Monitor,
	// News24, APA News, Citi Newsroom, New Vision, SABC News and two wires,
	// written in session 19.
	{"devset74", devset74Min},
	// Ten stories of military and security talks of 2019-25 (the India-China
	// corps commander rounds at Moldo, Austin and Dong Jun at Shangri-La,
	// the Paparo-Wu theater commanders' call, Hegseth's Kuala Lumpur
	// meetings, the Ukraine Defense Contact Group in Brussels, the Israel-
	// Lebanon Mechanism in Naqoura, the Seoul Security Consultative Meeting,
	// the 2019 and 2025 Shangri-La Dialogues) by the Hindustan Times, The
	// Hindu, Breaking Defense, AP, a War Department readout, the BBC, the
	// Times of Israel, Yonhap, the SCMP and ABC News, written in session 19.
	{"devset78", devset78Min},
	// Ten stories of legislative and domestic political bargaining of
	// 2019-25 (the debt-limit Big Four and the staff talks that replaced it,
	// the September 2025 Oval Office meeting before the shutdown, the
	// Council of the Nations and Regions in Edinburgh, Hillsborough talks
	// with the Stormont parties, the national cabinet in Brisbane, the first
	// ministers in Saskatoon, the Bihar seat-sharing talks in Delhi,
	// Haddad's IOF deal in Brasilia, a German coalition committee on
	// pensions, the 2019 Situation Room walkout) by Roll Call, an NBC News
	// live blog, two wires, the Independent, the Sydney Morning Herald, CBC
	// News, the Hindustan Times, DW and a Playbook-style newsletter, written
	// in session 19.
	{"devset75", devset75Min},
	// Ten stories of the Balkans and the Eastern Mediterranean of 2019-25
	// (the Belgrade-Pristina dialogue's chief negotiators and its September
	// 2023 round in separate rooms, the 2020 Oval Office signing, the Geneva
	// meeting and the Berlin dinner on Cyprus, the Athens High-Level
	// Cooperation Council, the Istanbul exploratory talks, Mickoski and
	// Zhelyazkov in Tirana, Camp Butmir, Dodik's sentencing) by an EEAS
	// press release, Balkan Insight, Prishtina Insight, Reuters, the Cyprus
	// Mail, Anadolu, eKathimerini, DW, AP and an N1 live blog, written in
	// session 19.
	{"devset76", devset76Min},
	// Ten stories of technology and health governance negotiations of
	// 2019-25 (the Bletchley Park, Seoul and Paris AI summits, the last
	// session of the WHO pandemic-agreement talks, the UN cybercrime
	// convention, Harris with AI chief executives, the EU-US data-flows
	// deal, the G7 minimum tax and the Biarritz digital-tax truce, the US-
	// Japan-Netherlands chip talks, Virkkunen's round table on the AI code
	// of practice) by TechMonitor, Reuters, a POLITICO newsletter, Health
	// Policy Watch, AP, a White House readout, the FT, the BBC, Bloomberg
	// and Euractiv, written in session 19.
	{"devset77", devset77Min},
	// devset79 to devset83 (session 20) were kept unseen through sessions
	// 20 and 21 and released at the start of session 22, once devset89 to
	// devset93 had been commissioned.
	// Ten negotiation stories of 2024-25 in working-press formats (White
	// House pool reports of Zelenskyy's Oval Office lunch, a Sky News
	// dissection of a Downing Street readout, a Doha news-conference transcript,
	// a CNN what-we-know on Anchorage, a Kyiv Independent timeline of the
	// Istanbul talks, stitched AFP updates from Putrajaya, a Euronews photo
	// gallery of Sharm el-Sheikh, a Northern Echo Q&A on a Teesside bus
	// strike, a Politico Playbook on Turnberry, a Reuters factbox on
	// Geneva), written in session 20.
	{"devset81", devset81Min},
	// Ten stories of Central Asia, the Caspian and their neighbours of
	// 2022-25 (the C5+1 summit at the White House, the Khujand trilateral
	// border summit, the Ashgabat Caspian summit and Putin in Dushanbe, the
	// SCO summit in Astana without Modi, the CSTO without Armenia, the first
	// EU-Central Asia summit in Samarkand, Khurelsukh and Putin in
	// Ulaanbaatar, the Turkic States in Bishkek, Afghanistan's neighbours in
	// Samarkand, the China-Central Asia summit in Astana) by AP, Asia-Plus,
	// Reuters, the Guardian, Chatham House, the European Council, Montsame,
	// a Eurasia newsletter, AFP and a Kazinform-style live blog, written in
	// session 20.
	{"devset82", devset82Min},
	// Ten stories of sovereign debt, bailout and finance negotiations of
	// 2015-26 (Pakistan's IMF staff-level agreement, Zambia's Common
	// Framework deal in Paris, the Eurogroup of 27 June 2015 on Greece,
	// Ghana's Eurobond agreement in principle, Ethiopia's London round with
	// its bondholders, the G7 finance ministers in Banff, the sovereign debt
	// roundtable in Marrakech and more) by Reuters, Bloomberg, a Guardian
	// live blog, Ghana's finance ministry, a sovereign-debt newsletter, The
	// Times, AP and Kenyan and other business press, written in session 20.
	{"devset83", devset83Min},
	// Ten stories of negotiations at the United Nations of 2019-25 (the
	// Syrian Constitutional Committee in Geneva, the Council's December 2023
	// Gaza veto after article 99, the Bab al-Hawa veto, the veto on the
	// DPRK sanctions panel, the informal 5+UN meeting on Cyprus, the Human Rights
	// Council's special session on Iran, the Yemen prisoner-exchange talks
	// in Switzerland, the Pact for the Future, the COVID-19 ceasefire
	// resolution by written procedure, the IAEA board's finding on Iran) by
	// a Reuters-style wire, a Guardian-style live blog, the Swiss mission, a
	// UN-beat newsletter, the Cyprus Mail, DW, AFP, The Namibian, IPS and
	// Al-Monitor, written in session 20.
	{"devset80", devset80Min},
	// Ten stories of Pacific, Arctic and small-island-state diplomacy of
	// 2019-26 (the Forum retreats in Funafuti and on Aitutaki with the
	// Falepili Union, Wang Yi in Suva and Penny Wong's tour, the Arctic
	// Council in Reykjavik and Blinken-Lavrov at Harpa, Blinken's Port
	// Moresby day, AOSIS and the LDCs walking out at COP29, deep-sea mining
	// at the Seabed Authority, Denmark and Greenland with Vance and Rubio,
	// the Nauru-Australia treaty, the albacore deal in Suva) by AFP, RNZ
	// Pacific, ABC News, High North News, a Reuters-style wire, a climate
	// newsletter, Islands Business, The Local Denmark, a Guardian Australia
	// live blog and the New Zealand government, written in session 20.
	{"devset79", devset79Min},
	// devset84 to devset88 (session 21) were kept unseen through sessions
	// 21 and 22 and released at the start of session 23, once devset94 to
	// devset98 had been commissioned.
	// Ten stories of Gulf and Red Sea diplomacy of 2019-26 (the Saudi and
	// Iranian foreign ministers in Beijing, Saudi and Omani envoys in Sanaa,
	// the Rome round of Iran-US indirect talks, Oman's US-Sanaa ceasefire
	// announcement, the China-Saudi-Iran committee in Riyadh, Prosperity
	// Guardian, Qatar's phone diplomacy on the Iran-Israel ceasefire, a
	// Yemeni detainee deal near Muscat, Abe in Tehran, a 2026 Muscat round)
	// by Arab News, Reuters, an Al Jazeera live blog, Oman's foreign
	// ministry, a think-tank newsletter, the Guardian, The Peninsula, AP, DW
	// and AFP, written in session 21.
	{"devset84", devset84Min},
	// Ten negotiation stories of 2019-25 in broadcast formats (a CNN-style
	// live page on Panmunjom, an AP Radio script on the Normandy summit, an
	// ABC News transcript of Biden's Geneva news conference, an NPR Q and A
	// on Vienna, a CBC podcast page on Doha, Sky News copy on the Berlaymont
	// dinner, a PBS transcript of the Aliyev-Pashinyan signing, a DW
	// interview on Istanbul, RFI on Sharm el-Sheikh, a video shotlist on the
	// grain deal), written in session 21.
	{"devset85", devset85Min},
	// Ten stories of the South Caucasus and Eastern Europe's edges of
	// 2019-25 (Bayramov and Mirzoyan in Almaty, the border delimitation
	// commissions, Aliyev's Granada boycott, the White House signing, Orban
	// in Tbilisi, the Geneva International Discussions, the 5+2 in
	// Bratislava, Serebrian and Ignatiev in Bender, the first EU-Moldova
	// summit, Lukashenko and Kellogg) by Report.az, RFE/RL, an analyst's
	// newsletter, a Guardian-style report, Civil.ge, the Georgian public
	// broadcaster, AP, a Moldovan agency, the Council and Reuters, written
	// in session 21.
	{"devset86", devset86Min},
	// Ten stories of summits and conferences of 1943-68 in the press style
	// of their day (Teheran and Cairo, Potsdam after the British election,
	// the Korean armistice, Geneva 1954 and 1955, the Menzies committee in
	// Cairo, Kennedy and Khrushchev in Vienna, the Kenya conference at
	// Lancaster House, the test ban signing in the Kremlin) by AP, the
	// Manchester Guardian, Stars and Stripes, The Times, a Kansas paper, the
	// Sydney Morning Herald, UPI, the East African Standard, the Guardian
	// and a museum release on Glassboro, written in session 21.
	{"devset87", devset87Min},
	// Ten stories of Southeast Asia of 2021-26 (the Thai-Cambodian ceasefire
	// talks at Putrajaya, the General Border Committee in Kuala Lumpur, the
	// ASEAN foreign ministers in Cebu, the Jakarta leaders' meeting with Min
	// Aung Hlaing, the 43rd and 47th ASEAN summits, MILF decommissioning
	// talks in Cotabato, the Chair's envoy in Nay Pyi Taw, the code of
	// conduct, the Chanthaburi ceasefire) by The Star, Khmer Times, the
	// Inquirer, Reuters, the Jakarta Post, CNA, AFP, Wisma Putra, ISEAS
	// Fulcrum and the Bangkok Post, written in session 21.
	{"devset88", devset88Min},
	// devset89 to devset93 (session 22) were kept unseen through sessions
	// 22 and 23 and released at the start of session 24, once devset99 to
	// devset103 had been commissioned.
	// Ten stories of the Korean peninsula and Northeast Asia of 2018-25 (the
	// Moon-Kim summit at the Peace House, general-level military talks at
	// Tongilgak, Hanoi, Trump and Kim at the DMZ, Kishida and Yoon in Tokyo,
	// Trump with the abductees' families, the Seoul trilateral, family
	// reunions at Mount Kumgang, the Stockholm working-level talks, the
	// nuclear envoys in Seoul) by Yonhap, the Korea Herald, the Guardian,
	// AP, the Japan Times, NHK World, a RUSI-style commentary, the JoongAng
	// Daily, Reuters and the SCMP, written in session 22.
	{"devset89", devset89Min},
	// Ten stories of the Horn of Africa, Sudan and the Nile of 2022-25 (the
	// resumed Jeddah talks, the first federal delegation to Mekelle, the
	// Nairobi commanders' declaration, the Cairo summit of Sudan's
	// neighbours and the GERD talks, the Ankara Declaration, the Tumaini
	// launch, the Switzerland talks without the army, Sudan's crowded
	// mediation, the IGAD summit in Djibouti) by the Sudan Tribune, Addis
	// Standard, The EastAfrican, Ahram Online, two wires, the Daily Nation,
	// a humanitarian newsletter, an analysis site and Radio Dabanga, written
	// in session 22.
	{"devset90", devset90Min},
	// Ten stories of South Asia of 2020-25 (the 31st WMCC round, corps
	// commanders at Chushul-Moldo, the DGMO hotline understanding, a
	// Pakistani meeting on the Indus award, the Afghanistan-Pakistan Doha
	// and Istanbul rounds, Nepal's BRI framework in Beijing, Yunus and Modi
	// at BIMSTEC, Sri Lanka and the IMF, the SAARC video conference) by The
	// Hindu, the Hindustan Times, PTI- and APP-style wires, TOLOnews, Dawn,
	// the Kathmandu Post, the Daily Star, a finance ministry and an Indian
	// Express column, written in session 22.
	{"devset91", devset91Min},
	// Ten stories of Canada, Australia, New Zealand and the Commonwealth of
	// 2023-25 (the first ministers on Trump's tariffs, Carney in the Oval
	// Office, Carney and First Nations chiefs on Bill C-5, AUSMIN in
	// Brisbane, Wang Yi in Canberra, the Forum in Nuku'alofa, the iwi
	// chairs' hui at Waitangi, a Victorian treaty round, CHOGM in Apia,
	// Albanese in Beijing) by CBC News, the Globe and Mail, the Canadian
	// Press, ABC News, the Sydney Morning Herald, RNZ, Stuff, a state
	// government release, AAP and an ABC live blog, written in session 22.
	{"devset92", devset92Min},
	// Ten stories of faith-based and humanitarian negotiators of 2019-25
	// (the Abu Dhabi fraternity signing, Sant'Egidio's South Sudan talks in
	// Rome, the Astana congress Kirill skipped, Griffiths and Assad after
	// the earthquake, the ICRC's Yemen detainee release, Zuppi in Moscow,
	// Kyiv and at the White House, the ICRC president and Haniyeh in Doha,
	// Leo XIV and Zelensky at Castel Gandolfo, the Vatican's offer to host
	// talks) by Reuters, The Tablet, Crux, a humanitarian newsletter, the
	// ICRC, Catholic News Service, AP, Al Jazeera, Vatican News and the
	// Guardian, written in session 22.
	{"devset93", devset93Min},
	// devset94 to devset98, written in session 23, were kept unseen
	// through sessions 23 and 24 and released at the start of session 25.
	// Ten stories of Latin American negotiations of 2021-25 (the ELN
	// ceasefire signing in Havana, Segunda Marquetalia at the Casa Amarilla,
	// the Mexico City memorandum, the Barbados agreement, the Qatar-brokered
	// US-Venezuela prisoner swap, Blinken and Rubio at the National Palace,
	// Mercosur-EU in Montevideo, the Amazon summit in Belem, the G20 in Rio)
	// by El Pais English, MercoPress, the Buenos Aires Times, the BBC, Al
	// Jazeera, a newsletter, Mexico News Daily and Reuters, AP and AFP
	// wires, written in session 23.
	{"devset94", devset94Min},
	// Ten stories of European Union negotiations of 2020-25 (the December
	// 2023 European Council and Orban's coffee, the AI Act trilogue, an
	// Ecofin on the fiscal rules, Donohoe's Eurogroup re-election, the first
	// intergovernmental conferences with Ukraine and Moldova, the MFF, the
	// UK-EU reset summit, De Wever and the reparations loan, Albania's first
	// cluster) by a POLITICO-style Playbook, Euractiv, two wires, the
	// Council, the Brussels Times, a Guardian-style live blog, the FT, the
	// Irish Times and Euronews, written in session 23.
	{"devset95", devset95Min},
	// Ten stories of Israel, Lebanon and Syria of 1982-2026 (the Naqoura
	// mechanism's first civilian session, the Israel-Syria talks in Paris,
	// Trump and al-Sharaa in Riyadh, the Jeddah border deal, Barrack in
	// Beirut with Aoun, Salam and Berri, al-Sharaa in Baku, a detainee
	// release after Naqoura, al-Sharaa in the Oval Office, UNIFIL's last
	// mandate) by L'Orient Today, a Times of Israel live blog, Arab News,
	// The National, Reuters, AFP, France 24, a think-tank newsletter, an
	// explainer and a Haaretz column, written in session 23.
	{"devset96", devset96Min},
	// Ten stories of West Africa and the Sahel of 2022-25 (the Abuja summit
	// on the AES exit, Turkish ministers with Tiani in Niamey, Yevkurov's
	// Sahel tour, Ghana-Cote d'Ivoire cocoa pricing, Ribadu in Niamey on the
	// border, the first ECOWAS-AES session in Bamako, Gnassingbe and the AES
	// ministers, Mali's pardon of the Ivorian soldiers, Senegal's IMF talks,
	// Tinubu handing over to Bio) by Premium Times, Africanews, a Reuters-
	// style wire, GhanaWeb, Punch, France 24, the Togolese presidency, AFP,
	// a newsletter and a Daily Trust column, written in session 23.
	{"devset97", devset97Min},
	// Ten stories of US-China trade and technology negotiations of 2023-25
	// (the Geneva tariff cut, the London, Stockholm, Madrid and Kuala Lumpur
	// rounds, Trump and Xi at Busan, the leaders' calls, the rare-earth
	// video call, Xi and Li Qiang with chief executives, Jensen Huang in
	// Gyeongju, the export levy, Raimondo and Wang Wentao) by Xinhua, China
	// Daily, the SCMP, CNBC, Al Jazeera, the Washington Post, a trade
	// newsletter and Reuters- and Bloomberg-style wires, written in session
	// 23.
	{"devset98", devset98Min},
	// devset99 to devset103, written in session 24, were kept unseen
	// through sessions 24 and 25 and released at the start of session 26,
	// once devset109 to devset113 had been commissioned.
	// Ten stories of Iran's nuclear diplomacy of 2019-26 (Feruta and Grossi
	// in Tehran, the Vienna joint commission, Raisi and the AEOI-IAEA
	// statement, the Board resolution and the E3 in Geneva, the third Muscat
	// round, the Istanbul and Geneva talks with the E3 after the June war,
	// snapback, a Majlis committee session) by the Tehran Times, AP, the
	// Guardian, IRNA, a non-proliferation newsletter, the FT, Reuters, a
	// live blog, DW and Tasnim, written in session 24.
	{"devset99", devset99Min},
	// Ten stories of Nordic, Baltic and Arctic diplomacy of 2023-26
	// (Niinisto and Erdogan in Ankara, Stoltenberg, Erdogan and Kristersson
	// in Vilnius, Kristersson and Orban, the Danish and Greenlandic
	// ministers at the White House, the Arctic Council handover, the Baltic
	// Sea allies after the Estlink 2 cut, the Nordic Council with Zelensky,
	// Orpo and the Sami Parliament, Frederiksen in Nuuk, Balticconnector) by
	// Yle, Reuters, Radio Sweden, a live blog, a think-tank newsletter, the
	// Baltic Times, RUV, the Finnish government, the Copenhagen Post and
	// AFP, written in session 24.
	{"devset100", devset100Min},
	// Ten stories of the search for peace in eastern DR Congo of 2022-26
	// (the Luanda summit Kagame stayed away from, the EAC-SADC summit in Dar
	// es Salaam, the churches and the AFC/M23 in Goma, the Washington
	// agreement and the Oval Office, the Doha declaration, Museveni and the
	// facilitators at Entebbe, the Nairobi process, Gatumba, the Washington
	// Accords, Uvira) by AFP, the New Times, Radio Okapi, AP, Actualite.cd,
	// the Daily Monitor, the Daily Nation, a humanitarian newsletter, Al
	// Jazeera and the EastAfrican, written in session 24.
	{"devset101", devset101Min},
	// Ten stories of ceremonies as venues for diplomacy of 2022-25 (Trump
	// and Zelenskiy in St Peter's before Francis's funeral, Leo XIV's
	// inauguration and audiences, the Coronation, D-Day 80, the Queen's
	// funeral, Trump's 2025 inauguration and the Quad ministers, Abe's state
	// funeral, Zelensky and Orban at Milei's inauguration, a royal wedding
	// in Amman, Notre-Dame's reopening) by a wire, a Vatican-watching site,
	// a royal column, a live blog, photo captions, a tabloid sidebar, an
	// analysis, AFP, a regional paper and a broadsheet, written in session
	// 24.
	{"devset102", devset102Min},
	// Ten stories of Turkey as host and mediator of 2022-25 (the Dolmabahce
	// talks of 2022, the grain deal signing and the Joint Coordination
	// Centre, the Istanbul rounds of 2025, the Esenboga prisoner exchange,
	// the Antalya Diplomacy Forum sidelines, al-Sharaa in Ankara, the Geneva
	// meeting on Cyprus, the Turkish-Armenian envoys in Vienna) by Daily
	// Sabah, AP, Anadolu, a live blog, a newsletter, Al-Monitor, Hurriyet
	// Daily News, Al Jazeera, Kathimerini and AFP, written in session 24.
	{"devset103", devset103Min},
}

// TestDevsetReleased scores each released set (sessions 12 to 26), a subtest
// per set, misses printed with -v:
//
//	go test ./corpus -run 'TestDevsetReleased/devset2[678]' -v
func TestDevsetReleased(t *testing.T) {
	scoreSets(t, releasedSets, true)
}

// labelledSet is a labelled set scored by a table of them, with its
// thresholds.
type labelledSet struct {
	set string
	min map[string]float64
}

// scoreSets scores each set as a subtest and checks its thresholds; the
// misses are printed with -v only when misses is set (never for unseen
// sets).
func scoreSets(t *testing.T, sets []labelledSet, misses bool) {
	for _, u := range sets {
		t.Run(u.set, func(t *testing.T) {
			s := scoreSet(t, "testdata/"+u.set)
			if !misses {
				s.misses = nil
			}
			checkFigures(t, u.set, s, u.min)
		})
	}
}

// Thresholds just under devset41's, devset42's and devset43's first
// figures, on session 12's code after its first round (c4e8900,
// ExtractVersion 76), which had not seen them.
var (
	devset41Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.98, "speaker accuracy": 0.88,
		"attendee precision": 0.81, "attendee recall": 0.65, "absent precision": 0.79, "absent recall": 0.36,
		"meeting recall": 0.74,
	}
	devset42Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.96, "speaker accuracy": 0.99,
		"attendee precision": 0.94, "attendee recall": 0.77, "absent precision": 0.72, "absent recall": 0.79,
		"meeting recall": 0.76,
	}
	devset43Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.98, "speaker accuracy": 0.96,
		"attendee precision": 0.83, "attendee recall": 0.54, "absent precision": 0.66, "absent recall": 0.62,
		"meeting recall": 0.67,
	}
)

// Thresholds just under devset44's, devset45's and devset46's first
// figures, on session 13's code after its first round (de3cf62,
// ExtractVersion 89), which had not seen them.
var (
	devset44Min = map[string]float64{
		"quote recall": 0.90, "quote precision": 0.93, "speaker accuracy": 0.89,
		"attendee precision": 0.99, "attendee recall": 0.63, "absent precision": 0.99, "absent recall": 0.79,
		"meeting recall": 0.78,
	}
	devset45Min = map[string]float64{
		"quote recall": 0.98, "quote precision": 0.99, "speaker accuracy": 0.92,
		"attendee precision": 0.93, "attendee recall": 0.66, "absent precision": 0.99, "absent recall": 0.53,
		"meeting recall": 0.78,
	}
	devset46Min = map[string]float64{
		"quote recall": 0.98, "quote precision": 0.99, "speaker accuracy": 0.96,
		"attendee precision": 0.87, "attendee recall": 0.60, "absent precision": 0.79, "absent recall": 0.66,
		"meeting recall": 0.54,
	}
	devset72Min = map[string]float64{ // first run on c21d14c (ExtractVersion 169)
		"quote recall": 0.92, "quote precision": 0.99, "speaker accuracy": 0.95,
		"attendee precision": 0.91, "attendee recall": 0.70, "absent precision": 0.62, "absent recall": 0.55,
		"meeting recall": 0.78,
	}
	devset74Min = map[string]float64{ // first run on 72eba07 (ExtractVersion 190)
		"quote recall": 0.95, "quote precision": 0.98, "speaker accuracy": 0.78,
		"attendee precision": 0.89, "attendee recall": 0.74, "absent precision": 0.93, "absent recall": 0.78,
		"meeting recall": 0.71,
	}
	devset78Min = map[string]float64{ // first run on e98142d (ExtractVersion 190)
		"quote recall": 0.96, "quote precision": 0.99, "speaker accuracy": 0.93,
		"attendee precision": 0.92, "attendee recall": 0.78, "absent precision": 0.49, "absent recall": 0.66,
		"meeting recall": 0.81,
	}
	devset75Min = map[string]float64{ // first run on ab1165c (ExtractVersion 192)
		"quote recall": 0.96, "quote precision": 0.99, "speaker accuracy": 0.95,
		"attendee precision": 0.91, "attendee recall": 0.76, "absent precision": 0.83, "absent recall": 0.76,
		"meeting recall": 0.72,
	}
	devset76Min = map[string]float64{ // first run on f29e19f (ExtractVersion 193)
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.95,
		"attendee precision": 0.94, "attendee recall": 0.68, "absent precision": 0.24, "absent recall": 0.24,
		"meeting recall": 0.71,
	}
	devset77Min = map[string]float64{ // first run on e8640dc (ExtractVersion 193)
		"quote recall": 0.97, "quote precision": 0.98, "speaker accuracy": 0.97,
		"attendee precision": 0.95, "attendee recall": 0.77, "absent precision": 0.99, "absent recall": 0.64,
		"meeting recall": 0.83,
	}
	devset81Min = map[string]float64{ // first run on 2fff8ac
		"quote recall": 0.95, "quote precision": 0.99, "speaker accuracy": 0.95,
		"attendee precision": 0.93, "attendee recall": 0.49, "absent precision": 0.87, "absent recall": 0.46,
		"meeting recall": 0.67,
	}
	devset82Min = map[string]float64{ // first run on ba0dcf9
		"quote recall": 0.94, "quote precision": 0.99, "speaker accuracy": 0.96,
		"attendee precision": 0.93, "attendee recall": 0.62, "absent precision": 0.69, "absent recall": 0.87,
		"meeting recall": 0.68,
	}
	devset83Min = map[string]float64{ // first run on ba0dcf9
		"quote recall": 0.97, "quote precision": 0.97, "speaker accuracy": 0.90,
		"attendee precision": 0.93, "attendee recall": 0.62, "absent precision": 0.79, "absent recall": 0.39,
		"meeting recall": 0.79,
	}
	devset80Min = map[string]float64{ // first run on ba0dcf9
		"quote recall": 0.94, "quote precision": 0.99, "speaker accuracy": 0.96,
		"attendee precision": 0.90, "attendee recall": 0.60, "absent precision": 0.49, "absent recall": 0.19,
		"meeting recall": 0.84,
	}
	devset79Min = map[string]float64{ // first run on ba0dcf9
		"quote recall": 0.97, "quote precision": 0.96, "speaker accuracy": 0.95,
		"attendee precision": 0.93, "attendee recall": 0.72, "absent precision": 0.81, "absent recall": 0.59,
		"meeting recall": 0.76,
	}
	devset84Min = map[string]float64{ // first run on 2cacbe7
		"quote recall": 0.97, "quote precision": 0.97, "speaker accuracy": 0.92,
		"attendee precision": 0.90, "attendee recall": 0.72, "absent precision": 0.62, "absent recall": 0.71,
		"meeting recall": 0.79,
	}
	devset85Min = map[string]float64{ // first run on 2cacbe7
		"quote recall": 0.96, "quote precision": 0.94, "speaker accuracy": 0.90,
		"attendee precision": 0.87, "attendee recall": 0.71, "absent precision": 0.83, "absent recall": 0.49,
		"meeting recall": 0.67,
	}
	devset86Min = map[string]float64{ // first run on 2cacbe7
		"quote recall": 0.97, "quote precision": 0.95, "speaker accuracy": 0.94,
		"attendee precision": 0.90, "attendee recall": 0.63, "absent precision": 0.71, "absent recall": 0.55,
		"meeting recall": 0.66,
	}
	devset87Min = map[string]float64{ // first run on 2cacbe7
		"quote recall": 0.94, "quote precision": 0.98, "speaker accuracy": 0.85,
		"attendee precision": 0.81, "attendee recall": 0.48, "absent precision": 0.49, "absent recall": 0.09,
		"meeting recall": 0.68,
	}
	devset88Min = map[string]float64{ // first run on 2cacbe7
		"quote recall": 0.93, "quote precision": 0.94, "speaker accuracy": 0.91,
		"attendee precision": 0.86, "attendee recall": 0.66, "absent precision": 0.45, "absent recall": 0.45,
		"meeting recall": 0.77,
	}
	devset89Min = map[string]float64{ // first run on c54a3db
		"quote recall": 0.93, "quote precision": 0.95, "speaker accuracy": 0.85,
		"attendee precision": 0.85, "attendee recall": 0.58, "absent precision": 0.83, "absent recall": 0.62,
		"meeting recall": 0.66,
	}
	devset90Min = map[string]float64{ // first run on c54a3db
		"quote recall": 0.93, "quote precision": 0.96, "speaker accuracy": 0.93,
		"attendee precision": 0.96, "attendee recall": 0.71, "absent precision": 0.79, "absent recall": 0.61,
		"meeting recall": 0.74,
	}
	// devset91's attendee precision threshold was lowered (0.88 → 0.87) in
	// session 23 by the round on Gulf styled names (eight-word names with
	// two "bin", "HH", "Amir"): released sets gained nine right attendees
	// and lost two wrong ones, devset91 gained one right and one wrong
	// (77/87 → 78/89);
	// which ones was not looked at (the set is unseen).
	devset91Min = map[string]float64{ // first run on c54a3db
		"quote recall": 0.92, "quote precision": 0.97, "speaker accuracy": 0.87,
		"attendee precision": 0.87, "attendee recall": 0.65, "absent precision": 0.59, "absent recall": 0.49,
		"meeting recall": 0.70,
	}
	devset92Min = map[string]float64{ // first run on c54a3db
		"quote recall": 0.97, "quote precision": 0.98, "speaker accuracy": 0.94,
		"attendee precision": 0.90, "attendee recall": 0.68, "absent precision": 0.89, "absent recall": 0.74,
		"meeting recall": 0.72,
	}
	devset93Min = map[string]float64{ // first run on c54a3db
		"quote recall": 0.95, "quote precision": 0.99, "speaker accuracy": 0.84,
		"attendee precision": 0.80, "attendee recall": 0.66, "absent precision": 0.49, "absent recall": 0.14,
		"meeting recall": 0.82,
	}
	devset94Min = map[string]float64{ // first run on 65715e8
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.92,
		"attendee precision": 0.89, "attendee recall": 0.74, "absent precision": 0.63, "absent recall": 0.77,
		"meeting recall": 0.79,
	}
	devset95Min = map[string]float64{ // first run on 65715e8
		"quote recall": 0.98, "quote precision": 0.95, "speaker accuracy": 0.96,
		"attendee precision": 0.95, "attendee recall": 0.52, "absent precision": 0.49, "absent recall": 0.39,
		"meeting recall": 0.60,
	}
	devset96Min = map[string]float64{ // first run on 65715e8
		"quote recall": 0.98, "quote precision": 0.97, "speaker accuracy": 0.88,
		"attendee precision": 0.88, "attendee recall": 0.68, "absent precision": 0.39, "absent recall": 0.66,
		"meeting recall": 0.71,
	}
	devset97Min = map[string]float64{ // first run on 65715e8
		"quote recall": 0.93, "quote precision": 0.96, "speaker accuracy": 0.86,
		"attendee precision": 0.87, "attendee recall": 0.64, "absent precision": 0.99, "absent recall": 0.70,
		"meeting recall": 0.72,
	}
	devset98Min = map[string]float64{ // first run on 65715e8
		"quote recall": 0.98, "quote precision": 0.98, "speaker accuracy": 0.99,
		"attendee precision": 0.99, "attendee recall": 0.76, "absent precision": 0.99, "absent recall": 0.39,
		"meeting recall": 0.86,
	}
	devset99Min = map[string]float64{ // first run on 1c87064
		"quote recall": 0.96, "quote precision": 0.99, "speaker accuracy": 0.92,
		"attendee precision": 0.90, "attendee recall": 0.67, "absent precision": 0.49, "absent recall": 0.74,
		"meeting recall": 0.71,
	}
	devset100Min = map[string]float64{ // first run on 1c87064
		"quote recall": 0.96, "quote precision": 0.98, "speaker accuracy": 0.93,
		"attendee precision": 0.93, "attendee recall": 0.85, "absent precision": 0.99, "absent recall": 0.87,
		"meeting recall": 0.96,
	}
	devset101Min = map[string]float64{ // first run on 1c87064
		"quote recall": 0.94, "quote precision": 0.98, "speaker accuracy": 0.95,
		"attendee precision": 0.95, "attendee recall": 0.68, "absent precision": 0.83, "absent recall": 0.83,
		"meeting recall": 0.82,
	}
	devset102Min = map[string]float64{ // first run on 1c87064
		"quote recall": 0.97, "quote precision": 0.96, "speaker accuracy": 0.92,
		"attendee precision": 0.89, "attendee recall": 0.42, "absent precision": 0.74, "absent recall": 0.47,
		"meeting recall": 0.64,
	}
	devset103Min = map[string]float64{ // first run on 1c87064
		"quote recall": 0.95, "quote precision": 0.99, "speaker accuracy": 0.95,
		"attendee precision": 0.87, "attendee recall": 0.73, "absent precision": 0.66, "absent recall": 0.39,
		"meeting recall": 0.79,
	}
	devset104Min = map[string]float64{ // first run on e106a1d
		"quote recall": 0.98, "quote precision": 0.97, "speaker accuracy": 0.96,
		"attendee precision": 0.97, "attendee recall": 0.71, "absent precision": 0.77, "absent recall": 0.53,
		"meeting recall": 0.82,
	}
	devset105Min = map[string]float64{ // first run on e106a1d
		"quote recall": 0.89, "quote precision": 0.99, "speaker accuracy": 0.74,
		"attendee precision": 0.73, "attendee recall": 0.35, "absent precision": 0.36, "absent recall": 0.24,
		"meeting recall": 0.52,
	}
	devset106Min = map[string]float64{ // first run on e106a1d
		"quote recall": 0.97, "quote precision": 0.99, "speaker accuracy": 0.86,
		"attendee precision": 0.92, "attendee recall": 0.75, "absent precision": 0.99, "absent recall": 0.77,
		"meeting recall": 0.82,
	}
	devset107Min = map[string]float64{ // first run on e106a1d
		"quote recall": 0.96, "quote precision": 0.97, "speaker accuracy": 0.97,
		"attendee precision": 0.95, "attendee recall": 0.65, "absent precision": 0.81, "absent recall": 0.69,
		"meeting recall": 0.83,
	}
	devset109Min = map[string]float64{ // first run on 4bf1d42
		"quote recall": 0.93, "quote precision": 0.98, "speaker accuracy": 0.92,
		"attendee precision": 0.87, "attendee recall": 0.65, "absent precision": 0.75, "absent recall": 0.54,
		"meeting recall": 0.67,
	}
	devset110Min = map[string]float64{ // first run on 4bf1d42
		"quote recall": 0.94, "quote precision": 0.98, "speaker accuracy": 0.94,
		"attendee precision": 0.87, "attendee recall": 0.62, "absent precision": 1.0, "absent recall": 0.6,
		"meeting recall": 0.67,
	}
	devset111Min = map[string]float64{ // first run on 4bf1d42
		"quote recall": 0.95, "quote precision": 0.97, "speaker accuracy": 0.93,
		"attendee precision": 0.93, "attendee recall": 0.66, "absent precision": 0.71, "absent recall": 0.55,
		"meeting recall": 0.69,
	}
	devset112Min = map[string]float64{ // first run on 4bf1d42
		"quote recall": 0.95, "quote precision": 1.0, "speaker accuracy": 0.91,
		"attendee precision": 0.96, "attendee recall": 0.58, "absent precision": 0.72, "absent recall": 0.44,
		"meeting recall": 0.76,
	}
	devset113Min = map[string]float64{ // first run on 4bf1d42
		"quote recall": 0.92, "quote precision": 0.95, "speaker accuracy": 0.88,
		"attendee precision": 0.95, "attendee recall": 0.54, "absent precision": 0.83, "absent recall": 0.52,
		"meeting recall": 0.77,
	}
	devset108Min = map[string]float64{ // first run on e106a1d
		// absent precision 0.750 (3/4) -> 0.600 (3/5) with helper C's
		// round of session 25 (unseen, not looked at: one more absence
		// found, a wrong one, while its attendees gain one right one)
		"quote recall": 0.98, "quote precision": 0.96, "speaker accuracy": 0.92,
		"attendee precision": 0.93, "attendee recall": 0.72, "absent precision": 0.59, "absent recall": 0.59,
		"meeting recall": 0.74,
	}
	devset73Min = map[string]float64{ // first run on 8876ee9 (ExtractVersion 170)
		"quote recall": 0.98, "quote precision": 0.98, "speaker accuracy": 0.92,
		"attendee precision": 0.89, "attendee recall": 0.79, "absent precision": 0.99, "absent recall": 0.57,
		"meeting recall": 0.83,
	}
	devset70Min = map[string]float64{ // first run on e785732 (ExtractVersion 173)
		"quote recall": 0.94, "quote precision": 0.96, "speaker accuracy": 0.86,
		"attendee precision": 0.86, "attendee recall": 0.71, "absent precision": 0.79, "absent recall": 0.44,
		"meeting recall": 0.68,
	}
	devset71Min = map[string]float64{ // first run on 34c04c2 (ExtractVersion 168)
		"quote recall": 0.96, "quote precision": 0.98, "speaker accuracy": 0.96,
		"attendee precision": 0.82, "attendee recall": 0.72, "absent precision": 0.59, "absent recall": 0.35,
		"meeting recall": 0.78,
	}
)

// Thresholds just under devset47's, devset48's and devset49's first
// figures, on session 13's final code (c6e8f13, ExtractVersion 98), which
// had not seen them.
var (
	devset47Min = map[string]float64{
		"quote recall": 0.95, "quote precision": 0.99, "speaker accuracy": 0.96,
		"attendee precision": 0.85, "attendee recall": 0.72, "absent precision": 0.83, "absent recall": 0.38,
		"meeting recall": 0.81,
	}
	devset48Min = map[string]float64{
		"quote recall": 0.92, "quote precision": 0.98, "speaker accuracy": 0.92,
		"attendee precision": 0.82, "attendee recall": 0.57, "absent precision": 0.49, "absent recall": 0.08,
		"meeting recall": 0.79,
	}
	devset49Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.98, "speaker accuracy": 0.78,
		"attendee precision": 0.70, "attendee recall": 0.51, "absent precision": 0.77, "absent recall": 0.53,
		"meeting recall": 0.78,
	}
)

// Thresholds just under devset50's to devset55's first figures, on
// session 14's code after its first round (ec0c05d, ExtractVersion 99),
// which had not seen them.
var (
	devset50Min = map[string]float64{
		"quote recall": 0.99, "quote precision": 0.99, "speaker accuracy": 0.94,
		"attendee precision": 0.87, "attendee recall": 0.69, "absent precision": 0.85, "absent recall": 0.85,
		"meeting recall": 0.80,
	}
	devset51Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.98, "speaker accuracy": 0.87,
		"attendee precision": 0.88, "attendee recall": 0.71, "absent precision": 0.90, "absent recall": 0.62,
		"meeting recall": 0.89,
	}
	devset52Min = map[string]float64{
		"quote recall": 0.99, "quote precision": 0.98, "speaker accuracy": 0.80,
		"attendee precision": 0.71, "attendee recall": 0.57, "absent precision": 0.50, "absent recall": 0.22,
		"meeting recall": 0.80,
	}
	// devset53's absence thresholds were lowered (0.83 / 0.35 → 0.57 /
	// 0.28) in session 15 when the gazetteer gained the office holders of
	// 1969-2016: pooled over the unseen sets that addition gave +6 right
	// attendees and +5 speakers, and in devset53 one absence fewer right
	// and two more wrong; which ones was not looked at (the set is unseen).
	devset53Min = map[string]float64{
		"quote recall": 0.95, "quote precision": 0.95, "speaker accuracy": 0.86,
		"attendee precision": 0.86, "attendee recall": 0.62, "absent precision": 0.57, "absent recall": 0.28,
		"meeting recall": 0.68,
	}
	devset54Min = map[string]float64{
		"quote recall": 0.95, "quote precision": 0.97, "speaker accuracy": 0.95,
		"attendee precision": 0.85, "attendee recall": 0.72, "absent precision": 0.88, "absent recall": 0.40,
		"meeting recall": 0.73,
	}
	devset55Min = map[string]float64{
		"quote recall": 0.92, "quote precision": 0.98, "speaker accuracy": 0.92,
		"attendee precision": 0.85, "attendee recall": 0.46, "absent precision": 0.71, "absent recall": 0.62,
		"meeting recall": 0.72,
	}
)

// Thresholds just under devset56's to devset61's first figures, on
// session 15's code after its rounds on devset44 to devset49 (8cfcebb,
// ExtractVersion 120), which had not seen them.
var (
	devset56Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.97, "speaker accuracy": 0.94,
		"attendee precision": 0.90, "attendee recall": 0.73, "absent precision": 0.80, "absent recall": 0.44,
		"meeting recall": 0.80,
	}
	devset57Min = map[string]float64{
		"quote recall": 0.93, "quote precision": 1.00, "speaker accuracy": 0.72,
		"attendee precision": 0.86, "attendee recall": 0.40, "absent precision": 0.66, "absent recall": 0.44,
		"meeting recall": 0.50,
	}
	devset58Min = map[string]float64{
		"quote recall": 1.00, "quote precision": 1.00, "speaker accuracy": 0.77,
		"attendee precision": 0.81, "attendee recall": 0.65, "absent precision": 0.87, "absent recall": 0.53,
		"meeting recall": 0.95,
	}
	devset59Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 1.00, "speaker accuracy": 0.88,
		"attendee precision": 0.85, "attendee recall": 0.55, "absent precision": 1.00, "absent recall": 0.31,
		"meeting recall": 0.65,
	}
	devset60Min = map[string]float64{
		"quote recall": 1.00, "quote precision": 1.00, "speaker accuracy": 0.92,
		"attendee precision": 0.86, "attendee recall": 0.65, "absent precision": 0.66, "absent recall": 0.53,
		"meeting recall": 0.70,
	}
	devset61Min = map[string]float64{
		"quote recall": 1.00, "quote precision": 1.00, "speaker accuracy": 0.95,
		"attendee precision": 0.85, "attendee recall": 0.63, "absent precision": 1.00, "absent recall": 1.00,
		"meeting recall": 0.57,
	}
)

// Thresholds just under devset62's to devset67's first figures, on
// session 16's code after its first round on devset50 to devset55
// (28fe08c, ExtractVersion 125), which had not seen them.
var (
	devset62Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 0.97, "speaker accuracy": 0.90,
		"attendee precision": 0.86, "attendee recall": 0.79, "absent precision": 0.60, "absent recall": 0.42,
		"meeting recall": 0.80,
	}
	devset63Min = map[string]float64{
		"quote recall": 0.94, "quote precision": 1.00, "speaker accuracy": 0.92,
		"attendee precision": 0.90, "attendee recall": 0.68, "absent precision": 1.00, "absent recall": 0.33,
		"meeting recall": 0.84,
	}
	devset64Min = map[string]float64{
		"quote recall": 0.93, "quote precision": 1.00, "speaker accuracy": 0.89,
		"attendee precision": 0.91, "attendee recall": 0.66, "absent precision": 1.00, "absent recall": 0.25,
		"meeting recall": 0.65,
	}
	devset65Min = map[string]float64{
		"quote recall": 0.95, "quote precision": 0.98, "speaker accuracy": 0.98,
		"attendee precision": 0.90, "attendee recall": 0.76, "absent precision": 0.83, "absent recall": 0.50,
		"meeting recall": 0.75,
	}
	devset66Min = map[string]float64{
		"quote recall": 0.97, "quote precision": 1.00, "speaker accuracy": 0.92,
		"attendee precision": 0.95, "attendee recall": 0.59, "absent precision": 0.60, "absent recall": 0.25,
		"meeting recall": 0.71,
	}
	devset67Min = map[string]float64{
		"quote recall": 0.98, "quote precision": 0.98, "speaker accuracy": 0.86,
		"attendee precision": 0.86, "attendee recall": 0.61, "absent precision": 0.62, "absent recall": 0.62,
		"meeting recall": 0.81,
	}
)

// Thresholds just under devset68's to devset73's first figures, on
// session 17's code (c7bdcae, ExtractVersion 156), which had not seen
// them.
var (
	devset68Min = map[string]float64{
		"quote recall": 0.94, "quote precision": 0.99, "speaker accuracy": 0.87,
		"attendee precision": 0.96, "attendee recall": 0.66, "absent precision": 0.99, "absent recall": 0.62,
		"meeting recall": 0.78,
	}
)

// Thresholds just under devset69's to devset73's first figures, on
// session 18's code (2979017, ExtractVersion 161), which had not seen
// them.
var (
	devset69Min = map[string]float64{
		"quote recall": 0.96, "quote precision": 0.98, "speaker accuracy": 0.96,
		"attendee precision": 0.91, "attendee recall": 0.55, "absent precision": 0.66, "absent recall": 0.28,
		"meeting recall": 0.54,
	}
)

// unseenSets are the labelled sets kept unseen (answer/sets_test.go keeps
// the same list): written by people who had read neither the rules nor
// the other sets, scored for their tables only, never their misses. Each
// one's thresholds (devsetNNMin) are just under its first figures.
var unseenSets = []labelledSet{
	// Ten stories of Southern African diplomacy of 2021-25 (the ANC-DA
	// session on a government of national unity, the 44th SADC summit at
	// Mount Hampden, Chapo and Mondlane, the EAC-SADC summit in Dar es
	// Salaam, the virtual summit that ended SAMIDRC, the Zambezi River
	// Authority council, Lesotho's reform bill, Eswatini's dialogue, SADC
	// envoys in Antananarivo, TotalEnergies and Chapo) by the Mail &
	// Guardian, The Herald, a Reuters-style wire, an SABC live blog, the
	// SADC Secretariat, the Lusaka Times, a News24 explainer, a Daily
	// Maverick column, AFP and DW, written in session 25.
	{"devset104", devset104Min},
	// Ten stories of the conferences of 1899-1938 in the press style of
	// their day (the Hague conference's opening, the Portsmouth signing,
	// Orlando leaving the Council of Four, Balfour and the Hughes plan,
	// Genoa after Rapallo, the Locarno initialling, the Kellogg-Briand
	// signing, the King opening the London Naval Conference, the League
	// Council after Stresa, Munich hour by hour) by The Times, AP, the New
	// York Times, the Manchester Guardian, Reuter, the Yorkshire Post, the
	// Paris Herald, a B.B.C. bulletin, the New Statesman and an evening
	// paper, written in session 25.
	{"devset105", devset105Min},
	// Ten stories of maritime, fisheries and sea-boundary talks of 2020-25
	// (the China-Philippines consultation mechanism in Manila, ASEAN-China
	// on the code of conduct, the EU-UK-Norway quota round, the Pacific tuna
	// commission in Suva, Greece-Libya delimitation, the Greek-Turkish
	// exploratory talks, Lebanon-Israel at Naqoura, Essequibo at Argyle and
	// Brasilia, CCAMLR in Hobart, the BBNJ treaty) by the Philippine Daily
	// Inquirer, Reuters, Undercurrent News, RNZ Pacific, the Greek foreign
	// ministry, Kathimerini, AP, the Guardian, a newsletter and the Straits
	// Times, written in session 25.
	{"devset106", devset106Min},
	// Ten stories of bargaining in US state and local government of 2019-25
	// (the Colorado River states near Denver airport, the Navajo, Hopi and
	// San Juan Southern Paiute water settlement with Hobbs, the Chicago
	// teachers strike, Shapiro's budget impasse, Bass between LAUSD and SEIU
	// Local 99, the Minneapolis police contract, a Long Beach port
	// agreement, the Seminole and Oklahoma compacts, the Chiefs and Royals
	// stadium bid) by the Denver Post, the Navajo Times, WBEZ, the Capital-
	// Star, KTLA, a city newsletter, a city release, AP-style wires and a
	// column, written in session 25.
	{"devset107", devset107Min},
	// Ten stories of India's summitry of 2023-26 (Modi and Xi at Kazan,
	// Doval and Wang Yi in Beijing, the New Delhi G20, Muizzu's state visit,
	// the India-Canada row and its mending, the Quad in Wilmington, Modi
	// cutting short Jeddah, the Tianjin SCO summit, the India-EU trade
	// agreement, Modi in Male) by The Hindu, PTI, the Hindustan Times, the
	// MEA, the Indian Express, an NDTV live blog, ANI, a Mint column,
	// POLITICO Europe and the Deccan Herald, written in session 25.
	{"devset108", devset108Min},
	// Ten stories of the Western Balkans of 2018-25 (the licence-plate deal
	// with Lajcak, the Open Balkan summit in Belgrade, the Ohrid annex
	// talks, the first intergovernmental conferences with North Macedonia
	// and Albania, Schmidt and the Presidency members, the Berlin Process
	// summit in Tirana, Schmidt's election-night changes, Montenegro's
	// accession conference, Borrell's separate meetings with Vucic and
	// Kurti, the Prespa signing) by Balkan Insight, a Tanjug-style wire,
	// RFE/RL, Euractiv, N1, a Euronews Albania live blog, Oslobodjenje in
	// translation, a think-tank newsletter, the EEAS and an AP-style wire,
	// written in session 26.
	{"devset109", devset109Min},
	// Ten stories of UN climate negotiations and climate finance of 2021-25
	// (the COP29 finance goal and walkout, the Cop27 loss and damage fund,
	// the Cop28 UAE consensus, the Bonn SB 60 session, the Kerry-Xie
	// Sunnylands talks, Tuvalu at COP26, the Belem leaders' summit, the
	// COP26 coal huddle, the G20 in Rio, the Petersberg dialogue) by a
	// Carbon Brief-style briefing, Climate Home News, a Guardian live blog,
	// an ENB-style summary, AFP, the Tuvalu government, Folha in
	// translation, a Scotsman column, Reuters and DW, written in session 26.
	{"devset110", devset110Min},
	// Ten stories of Japan and South Korea of 2019-26 (Ishiba in Busan with
	// Lee Jae-myung, Komeito leaving the coalition, the LDP-Ishin signing,
	// the floor leaders' special counsel deal, the forced-labour
	// compensation plan, a Kishida-Yoon summit readout, Camp David, the
	// Seoul trilateral, Trump and Kim at Panmunjom, Takaichi and Lee in
	// Nara) by Yonhap, Kyodo, the Japan Times, the Korea Herald, the Asahi
	// in translation, the Prime Minister's Office, a JoongAng column, NHK
	// World, a Korea Times live blog and Nikkei Asia, written in session 26.
	{"devset111", devset111Min},
	// Ten stories of the Caribbean and the northern Andes of 2022-25 (the
	// Kingston consultations on Haiti, Ruto in Port-au-Prince, the
	// transitional council naming its president, the talks with the EMC in
	// Tibu, Mottley's Bridgetown dialogue, US-Cuba migration talks, the
	// Kenyan police landing, the Massacre River canal, the CARICOM Eminent
	// Persons Group, the ELN talks in Caracas) by the Gleaner, an AP-style
	// wire, Le Nouvelliste and El Tiempo in translation, a CMC wire, the
	// Miami Herald, a Haitian radio live blog, Diario Libre, the CARICOM
	// Secretariat and a risk newsletter, written in session 26.
	{"devset112", devset112Min},
	// Ten stories of bargaining outside diplomacy of 2022-25 (the UAW strike
	// talks, the studio chiefs and SAG-AFTRA, a BMA note of Streeting and
	// the junior doctors, GDL and Deutsche Bahn, the ILA and USMX, Premier
	// League shareholders, the pensions conclave at Matignon, a hybrid OPEC+
	// meeting, the PGA Tour in the Oval Office, UEFA's executive committee)
	// by the Detroit Free Press, Deadline, BMA minutes, Der Spiegel in
	// translation, a union bulletin, the Athletic, Le Monde in translation,
	// a Bloomberg-style wire, a business newsletter and AP, written in
	// session 26.
	{"devset113", devset113Min},
}

// TestDevsetUnseen scores each unseen set, a subtest per set:
//
//	go test ./corpus -run 'TestDevsetUnseen/devset3[234]' -v
func TestDevsetUnseen(t *testing.T) {
	scoreSets(t, unseenSets, false)
}
