package corpus

import "strings"

// Names the person finder took for people but that name a place, a room or
// a body: "Windsor Castle", "Plaza Independencia", "the Social Democrats",
// "the Line of Actual Control", "ASEAN Plus Three". Such a name never
// attends a meeting. Only names the gazetteer does not know as a person and
// that the article gives no role are read this way, and a name opened by
// a known first name ("Barbara Castle") stays a person's.

// placeHeads are last words that make a name a place, a room or a body.
var placeHeads = map[string]bool{
	"castle": true, "palace": true, "parlour": true, "plaza": true, "square": true,
	"street": true, "avenue": true, "gardens": true, "cathedral": true, "basilica": true,
	"abbey": true, "chapel": true, "bridge": true, "airport": true, "embassy": true,
	"ministry": true, "chancellery": true, "headquarters": true, "kremlin": true,
	"democrats": true, "republicans": true, "socialists": true, "conservatives": true,
	"liberals": true, "greens": true, "party": true, "council": true,
	"commission": true, "committee": true, "control": true, "three": true, "collection": true,
	"base": true, "house": true, "hotel": true, "residence": true, "centre": true, "center": true,
	"complex": true, "estate": true, "mansion": true, "museum": true, "stadium": true,
}

// placeOpeners are first words that make a name a place ("Plaza
// Independencia", "Torre Ejecutiva", "Lake Geneva").
var placeOpeners = map[string]bool{
	"plaza": true, "torre": true, "palacio": true, "palazzo": true, "mount": true,
	"lake": true, "fort": true, "port": true, "line": true, "castle": true, "camp": true, "villa": true, "hotel": true,
	"saint": true, "st": true, "st.": true, "santa": true, "são": true, "rio": true, // "Rio de Janeiro", "Rio Branco"
	// Hebrew and Arabic words for a town, a village, a spring, a valley,
	// a monastery or a hill: "Kiryat Shmona", "Kfar Kila", "Deir Mimas",
	// "Wadi Khaled", "Ain Ebel", "Jabal Amel", "Ramat Gan"
	"kiryat": true, "kfar": true, "kafr": true, "deir": true, "wadi": true, "ain": true, "ein": true,
	"jabal": true, "jebel": true, "ramat": true, "givat": true, "tell": true,
	// bodies: "Grupo Montes", "Banco Sur", "Fundación Paz"
	"grupo": true, "groupe": true, "gruppo": true, "banco": true, "empresa": true,
	"fundación": true, "fundacion": true, "fondation": true, "compañía": true, "companhia": true,
}

// saintOpeners open the names of places called after saints ("St
// Vincent", "Santa Cruz").
var saintOpeners = set(`saint st st. santa são san`)

// bodyNouns are lower-case nouns that, right before a capitalised name,
// make it the name of a body: "the exporters group Grupo Montes", "the
// lobby group Business Forum", "the energy company Norsk Kraft".
var bodyNouns = set(`group company firm association union alliance coalition network charity organisation
	organization agency bank fund movement militia consortium lobby federation foundation institute
	newspaper broadcaster channel website magazine outlet daily`)

// notPerson reports a registry entry whose name is a place or a body rather
// than a person (see placeHeads).
func (d *doc) notPerson(e *personEntry) bool {
	if e == nil || e.fig != nil {
		return false
	}
	fs := strings.Fields(strings.ToLower(e.name))
	if rs := strings.Fields(strings.ToLower(e.role)); len(fs) == 1 && len(rs) >= 2 && placeHeads[rs[len(rs)-1]] && !strings.Contains(e.role, " of ") {
		// "at State House Entebbe": the town of a building, read as a name
		// after the building's name read as a role (not "Speaker of the
		// House Johnson")
		return true
	}
	if e.role != "" {
		// "Prime Minister of St Vincent and the Grenadines Dr Ralph
		// Gonsalves": a saint's name opens a place even after a title
		return len(fs) == 2 && saintOpeners[fs[0]]
	}
	if len(fs) < 2 || femaleNames[fs[0]] || maleNames[fs[0]] {
		return false // "Barbara Castle", "Peter Hall": a first name opens a person's name
	}
	if placeHeads[fs[len(fs)-1]] || placeOpeners[fs[0]] || d.namedAsBody(e) {
		return true
	}
	if _, ok := d.gaz.Country(e.name); ok {
		return true
	}
	if _, ok := d.gaz.Organisation(e.name); ok {
		return true
	}
	return d.gaz.IsCapital(e.name)
}

// namedAsBody reports an entry every mention of which follows a body noun
// in lower case ("the exporters group Grupo Montes").
func (d *doc) namedAsBody(e *personEntry) bool {
	n := 0
	for pi := range d.paras {
		toks := d.paras[pi].toks
		for _, m := range d.paras[pi].ments {
			if m.p != e || m.kind != mPerson {
				continue
			}
			if m.start == 0 || !bodyNouns[toks[m.start-1].low] || toks[m.start-1].cap {
				return false
			}
			n++
		}
	}
	return n > 0
}
