package answer

import (
	"testing"

	"github.com/parley-bot/parley/corpus"
)

// An article that leads with a phone call between two leaders and then
// reports the ministers' meeting a question is about: the call does not
// take the meeting's place for carrying one word fewer, as an earlier
// meeting of the same people would (the two share no one).
func TestWhoLeadOfOtherPeopleKeepsItsPlace(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Ministers ask for a seat at the table as Arven phones Doru", Source: "Wire", URL: "https://w.example/arven",
		Published: day("2025-02-12T10:00:00Z"),
		Paragraphs: []string{
			"President Teo Arven phoned President Lazar Doru from Mirot on Tuesday, as ministers asked for a seat at the table.",
			"The Valdor group's foreign ministers, Nina Castell, Ottar Brenn and Sami Lode, met at the Quai Verde on Monday.",
			"They want to be heard before any deal is struck.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Arven–Doru call", "", "2025-02-11", []int{0}, "Teo Arven", "Lazar Doru"),
			meetingOf("Quai Verde meeting", "Quai Verde", "", []int{1, 2}, "Nina Castell", "Ottar Brenn", "Sami Lode"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"Valdor foreign ministers' meeting in Mirot": {"Nina Castell", "Ottar Brenn", "Sami Lode"},
		// near miss: the call is the lead, asked about by its people
		"Arven-Doru call": {"Lazar Doru", "Teo Arven"},
	})
}

// The meeting an article leads with takes the place of one it recalls
// when its paragraphs carry more of the question's words, though the
// recalled one's place is one of them: the evening session that produced
// the accord, not the envoy's earlier visit to the city the accord is
// named for. A recalled meeting whose people the question names keeps
// its place.
func TestWhoLeadWithMoreWordsOverRecalledPlace(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Sarn brokers the Ostra Accord between Velia and Kamar", Source: "Wire", URL: "https://w.example/ostra",
		Published: day("2024-12-12T10:00:00Z"),
		Paragraphs: []string{
			"After an evening of talks at the Presidential Lodge, President Ira Sarn, Prime Minister Tomas Velt and President Joren Kade signed the Ostra Accord.",
			"Aides Lisa Marn and Per Odum sat in.",
			"In July, envoy Hana Seld had come to Ostra with Dina Ruhl, and left without a deal.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Presidential Lodge talks", "Presidential Lodge", "2024-12-11", []int{0, 1}, "Ira Sarn", "Tomas Velt", "Joren Kade", "Lisa Marn", "Per Odum"),
			meetingOf("Ostra meeting", "Ostra", "2024-07-01", []int{2}, "Hana Seld", "Dina Ruhl"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"Trilateral evening session leading to the Ostra Accord": {"Ira Sarn", "Joren Kade", "Lisa Marn", "Per Odum", "Tomas Velt"},
		// near miss: the question names the recalled meeting's people
		"Seld and Ruhl in Ostra without a deal": {"Dina Ruhl", "Hana Seld"},
	})
}

// When every meeting that has all the question's words is one its article
// recalls (the number of the summit is only in the paragraph about the
// last one), the article's other meetings join them, and the one whose
// own place carries the question's words, with a person in common and
// nearly as many words reported, answers: this year's summit at Kellow
// Street, not last year's at the Palais Rive.
func TestWhoRecalledMeetingWithEveryWordGivesWay(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Live: Arden and Moreau agree migrant pilot at Kellow Street summit", Source: "Wire", URL: "https://w.example/kellow",
		Published: day("2025-07-10T18:00:00Z"),
		Paragraphs: []string{
			"Prime Minister Tom Arden spoke to President Luc Moreau by phone on Wednesday night, before his arrival.",
			"Arden hosted Moreau at Kellow Street on Thursday for the Orland-Vesse summit, joined by ministers Ada Finch and Remy Caron.",
			"It was the 12th Orland-Vesse summit; the last was held at the Palais Rive, where Moreau received Jon Pike before Pike's own trip to Kellow Street.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Arden–Moreau call", "", "2025-07-09", []int{0}, "Tom Arden", "Luc Moreau"),
			meetingOf("Kellow Street summit", "Kellow Street", "2025-07-10", []int{1}, "Tom Arden", "Luc Moreau", "Ada Finch", "Remy Caron"),
			meetingOf("Palais Rive meeting", "Palais Rive", "", []int{2}, "Luc Moreau", "Jon Pike"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"12th Orland-Vesse summit at Kellow Street": {"Ada Finch", "Luc Moreau", "Remy Caron", "Tom Arden"},
		// near miss: the recalled meeting asked about by its place
		"Moreau and Pike at the Palais Rive": {"Jon Pike", "Luc Moreau"},
	})
}

// One sitting the extractor told as two meetings of one article, the same
// day at the same place (the summit, and the leaders the next paragraph
// names there), is answered whole; a meeting of that day elsewhere, one at
// that place another day, and a placeless call stay apart.
func TestWhoSittingToldAsTwoMeetings(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Bloc summit opens in Port Amra with a declaration", Source: "Wire", URL: "https://w.example/amra",
		Published: day("2025-11-22T18:00:00Z"),
		Paragraphs: []string{
			"Leaders Ola Brandt, Kemi Adu and Ravi Sena opened the bloc summit in Port Amra on Saturday and adopted a declaration.",
			"Also in Port Amra on Saturday, host Tomas Ekue and Lina Vos signed the summit's declaration.",
			"On Friday in Port Amra, Ekue had welcomed Ivo Lenz.",
			"On Saturday Brandt met Pia Moor in Selby, and Sena phoned Aldo Rask.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Port Amra summit", "Port Amra", "2025-11-22", []int{0}, "Ola Brandt", "Kemi Adu", "Ravi Sena"),
			meetingOf("Port Amra meeting", "Port Amra", "2025-11-22", []int{1}, "Tomas Ekue", "Lina Vos"),
			meetingOf("Port Amra talks", "Port Amra", "2025-11-21", []int{2}, "Tomas Ekue", "Ivo Lenz"),
			meetingOf("Selby meeting", "Selby", "2025-11-22", []int{3}, "Ola Brandt", "Pia Moor"),
			meetingOf("Sena–Rask call", "", "2025-11-22", []int{3}, "Ravi Sena", "Aldo Rask"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"bloc summit in Port Amra": {"Kemi Adu", "Lina Vos", "Ola Brandt", "Ravi Sena", "Tomas Ekue"},
		// near misses: another day there, another place that day
		"Ekue and Lenz in Port Amra": {"Ivo Lenz", "Tomas Ekue"},
		"Brandt and Moor in Selby":   {"Ola Brandt", "Pia Moor"},
	})
}

// A wire story's lede names the dialogue and the city; the meeting its
// next paragraph reports names only its people and their building. The
// lede reports that meeting, so the question finds it, not another
// article's meeting named for the city. An article whose only meeting is
// told far below its lede is not answered for the lede's words.
func TestWhoLedeReportsTheOpeningMeeting(t *testing.T) {
	svc := newService(t, ledeArticles()...)
	checkWhoAttendees(t, svc, map[string][]string{
		"Varn-Tosca dialogue round in Brussels": {"Ana Pell", "Boris Kell", "Cy Dorn"},
		"Lirn-Oska dialogue round on the dinar": nil,
	})
}

// ledeArticles: a wire story whose lede names the dialogue and the city,
// another article's meeting in that city, and an analysis whose only
// meeting is told far below its lede.
func ledeArticles() []*corpus.Article {
	return []*corpus.Article{{
		Title: "Negotiators meet in Brussels under a new envoy", Source: "Wire", URL: "https://w.example/varn",
		Published: day("2025-02-27T16:00:00Z"),
		Paragraphs: []string{
			"The chief negotiators met in Brussels on Thursday for their first round of the Varn-Tosca dialogue under a new envoy.",
			"Ana Pell and Boris Kell spent three hours with envoy Cy Dorn at the External Service.",
			"Nobody expected miracles, Dorn said.",
		},
		Meetings: []corpus.Meeting{meetingOf("External Service talks", "External Service", "", []int{1, 2}, "Ana Pell", "Boris Kell", "Cy Dorn")},
	}, {
		Title: "Fishing deal angers the opposition", Source: "Daily", URL: "https://d.example/fish",
		Published: day("2025-02-20T10:00:00Z"),
		Paragraphs: []string{
			"The fishing deal drew fire at home.",
			"Premier Lou Marsh met Commissioner Eda Voss in Brussels in January.",
		},
		Meetings: []corpus.Meeting{meetingOf("Brussels meeting", "Brussels", "", []int{1}, "Lou Marsh", "Eda Voss")},
	}, {
		Title: "Analysis: two capitals and one currency", Source: "Review", URL: "https://r.example/lirn",
		Published: day("2025-03-02T10:00:00Z"),
		Paragraphs: []string{
			"The Lirn-Oska dialogue on the dinar has stalled for a year.",
			"Neither capital wants to move first.",
			"Markets shrugged.",
			"Diplomats are tired.",
			"In Brussels in March, mediator Jo Fenn saw Kit Hale alone about the dinar.",
		},
		Meetings: []corpus.Meeting{meetingOf("Brussels meeting", "Brussels", "", []int{4}, "Jo Fenn", "Kit Hale")},
	}}
}
