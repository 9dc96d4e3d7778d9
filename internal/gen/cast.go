package gen

import (
	"math/rand/v2"
	"strings"
)

// The recurring cast, outlets and places. Names are invented combinations,
// so that extraction works from the text and not from a list of real
// office holders.

var (
	femaleFirst = strings.Fields(`Anna Clara Elena Greta Ines Kira Mona Olga Rosa Tara Amira Eva Fatima Helga
		Jana Lena Nadia Petra Sofia Uma Vera Zara Ingrid Leila Marta Noor Signe Yara Alma Dilnoza`)
	maleFirst = strings.Fields(`Boris David Farid Hassan Jonas Luis Nils Pavel Sami Viktor Bilal Dmitri Goran
		Ivan Karim Marco Omar Rashid Tomas Walid Yusuf Anders Emre Kenji Mateo Rustam Tariq Henrik Idris Oskar`)
	lastNames = strings.Fields(`Albers Brandt Costa Dall Eriksen Fischer Garcia Holt Ivanova Jansen Kowalski
		Lindqvist Moreau Novak Okafor Petrov Quist Ruelle Sato Varga Haddad Mansour Nakamura Okonkwo Rahimi
		Sandoval Tanaka Volkov Weber Yilmaz Zhou Abiodun Barzani Castellanos Demir Eklund Farouk Grieve
		Hakimi Ibsen Jovanovic Karimov Larsen Mbeki Nordin Orlov Pereira Rossi Sorensen Tahir Usmani
		Vasquez Wolff Aziz Bakker Cerny Dufour Esposito Ferreira`)
	titles = []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Trade Minister",
		"Chancellor", "Vice President", "Energy Minister", "Deputy Foreign Minister", "Interior Minister"}
	roles = []string{"chief negotiator", "special envoy", "national security adviser", "ambassador",
		"government spokesperson", "senior adviser", "lead mediator", "foreign policy chief"}
	countries = strings.Fields(`Norwegian Qatari Turkish Egyptian Swiss Austrian Finnish Kenyan Brazilian
		Indonesian Polish Danish Omani Jordanian Mexican Chilean Irish Dutch Belgian Portuguese Greek Czech
		Ghanaian Malaysian Thai Korean Canadian Estonian Slovak Croatian`)
	places = strings.Fields(`Geneva Vienna Doha Oslo Istanbul Riyadh Helsinki Nairobi Singapore Brussels
		Muscat Cairo Ankara Baku Tbilisi Warsaw Lisbon Madrid Montreux Lausanne Stockholm Copenhagen Prague
		Jakarta Bogota Santiago Accra Kigali Dakar Amman`)
	venues = []string{"presidential palace", "foreign ministry", "lakeside hotel", "conference centre",
		"prime minister's residence", "parliament building", "United Nations office", "old town hall"}
	reporters = strings.Fields(`Ida_Brandt Leo_Marsh Nora_Quist Sam_Okoye Lea_Fontaine Jon_Aaberg Maya_Ortiz
		Tim_Kessler Rana_Aziz Ben_Hollis Ada_Novak Kai_Lund Mia_Serra Hugo_Baines Zoe_Kramer Eli_Rosen`)
	outlets = []outlet{
		{"Northern Wire", "northernwire.example"}, {"Coastal Times", "coastaltimes.example"},
		{"Daily Ledger", "dailyledger.example"}, {"Global Dispatch", "globaldispatch.example"},
		{"Harbor Post", "harborpost.example"}, {"Capital Review", "capitalreview.example"},
		{"The Meridian", "meridian.example"}, {"Evening Courier", "eveningcourier.example"},
		{"Continental Press", "contpress.example"}, {"The Observer Weekly", "observerweekly.example"},
		{"Atlas News Agency", "atlasnews.example"}, {"Riverside Herald", "riversideherald.example"},
	}
	// collocations recur across articles, so phrase searches have many
	// matches as well as few.
	collocations = []string{"security guarantees", "peace talks", "prisoner exchange", "humanitarian corridor",
		"trade deal", "nuclear programme", "ceasefire agreement", "border dispute", "energy supplies",
		"sanctions relief", "troop withdrawal", "peace plan", "joint statement", "final agreement",
		"territorial concessions", "economic cooperation", "grain exports", "water rights", "fishing rights",
		"election monitors", "reconstruction funds", "hostage release", "arms control", "tariff cuts"}
	kinds    = []string{"talks", "summit", "meeting", "negotiations", "round of talks", "conference"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

type outlet struct{ Name, Domain string }

// castSize is the number of recurring people.
const castSize = 600

func castFor(r *rand.Rand) []person {
	seen := map[string]bool{}
	var cast []person
	for len(cast) < castSize {
		p := person{Last: lastNames[r.IntN(len(lastNames))], Country: countries[r.IntN(len(countries))]}
		if r.IntN(2) == 0 {
			p.First, p.Female = femaleFirst[r.IntN(len(femaleFirst))], true
		} else {
			p.First = maleFirst[r.IntN(len(maleFirst))]
		}
		if seen[p.full()] {
			continue
		}
		seen[p.full()] = true
		if r.IntN(3) == 0 {
			p.Title = roles[r.IntN(len(roles))]
		} else {
			p.Title = titles[r.IntN(len(titles))]
		}
		cast = append(cast, p)
	}
	return cast
}

// isRole reports whether a title is a lower-case role ("chief negotiator")
// rather than an office written before the name ("Foreign Minister").
func isRole(t string) bool { return t != "" && t[0] >= 'a' && t[0] <= 'z' }
