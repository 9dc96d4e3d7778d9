package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// datelinePlace is the "PLACE[, Region][, Month Day]" of a dateline.
const datelinePlace = `(?:(?P<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|da|do|dos|del|la|le|el|al|es|sur|am|an|of|upon))*)` +
	`(?P<quals>(?:,[ \t]*[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*){0,3})*)[ \t]*)?`

var (
	// datelineRE matches "PLACE[, Region][, Month Day] [(AGENCY)] SEP" at the
	// start of a paragraph; applyDateline checks the parts it captured.
	datelineRE = regexp.MustCompile(`^` + datelinePlace +
		`(?:\((?P<agency>[^()\n]{1,40})\)[ \t]*)?` +
		`(?P<sep>—|–|--|-|_|:)(?P<post>[ \t]*)`)
	// lineDatelineRE matches a dateline that is a paragraph of its own,
	// as the older press set it: "POTSDAM, JULY 29.", "GENEVA, July 21".
	lineDatelineRE = regexp.MustCompile(`^` + datelinePlace + `\.?$`)
	monthDayRE     = regexp.MustCompile(`(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$`)
	yearRE         = regexp.MustCompile(`^(?:19|20)\d\d$`)
	// notPlaces are all-capitals words that open a paragraph like a
	// dateline but are kickers.
	notPlaces = map[string]bool{"BREAKING": true, "EXCLUSIVE": true, "ANALYSIS": true, "FACTBOX": true,
		"EXPLAINER": true, "CORRECTED": true, "URGENT": true, "FLASH": true, "WATCH": true, "LIVE": true,
		"EDITORIAL": true, "NOTE": true, "EDITOR'S NOTE": true, "EDITOR’S NOTE": true, "ADVISORY": true, "UPDATED": true,
		"FILE": true, "WARNING": true, "CORRECTION": true, "CLARIFICATION": true, "PHOTOS": true, "VIDEO": true,
		"LISTEN": true, "READ": true, "MORE": true, "SUMMARY": true, "HIGHLIGHTS": true, "KEY POINTS": true,
		"NEW": true, "LIVE UPDATES": true, "UPDATE": true, "OPINION": true}
)

// dateline is what a dateline says.
type dateline struct {
	place, agency string
	date          time.Time // zero unless the dateline gives a year
	monthDay      string    // "July 18", "18 Jul" when it gives a day
	rest          string    // the paragraph after the dateline
}

// parseDateline reads a dateline at the start of p. Without an agency code
// the place must be in capitals ("LONDON —"), so a paragraph opening with
// a capitalised word and a dash is not mistaken for one.
func parseDateline(p string) (dateline, bool) {
	m := datelineRE.FindStringSubmatchIndex(p)
	if m == nil {
		return lineDateline(p) // "POTSDAM, JULY 29.": a paragraph of its own
	}
	group := func(name string) string {
		i := datelineRE.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return p[m[2*i]:m[2*i+1]]
	}
	place, agencyCode, sep, post := group("place"), strings.TrimSpace(group("agency")), group("sep"), group("post")
	if agencyCode == "" && group("quals") == "" && strings.HasSuffix(place, " CNN") && sep == "—" {
		// CNN writes its dateline without parentheses: "Washington CNN —".
		place, agencyCode = strings.TrimSuffix(place, " CNN"), "CNN"
	}
	quals := group("quals")
	if agencyCode == "" {
		// "Riyadh, October 09, 2024, SPA --": the agency last among the
		// qualifiers, without parentheses, as Gulf agencies write it
		if i := strings.LastIndex(quals, ","); i >= 0 {
			if _, ok := agencyName(quals[i+1:]); ok {
				agencyCode, quals = strings.TrimSpace(quals[i+1:]), quals[:i]
			}
		}
	}
	var d dateline
	d.rest = strings.TrimSpace(p[m[1]:])
	if place == "" && agencyCode == "" {
		return dateline{}, false
	}
	if agencyCode != "" {
		name, ok := agencyName(strings.SplitN(agencyCode, "/", 2)[0])
		if !ok {
			// An unknown outlet needs a place in capitals, or "The European
			// Union (EU) - ..." would read as a dateline.
			if !looksLikeOutlet(agencyCode) || place == "" || strings.ToUpper(place) != place {
				return dateline{}, false
			}
			name = agencyCode
		}
		d.agency = name
		if len(strings.Fields(place)) > 5 {
			return dateline{}, false
		}
	} else {
		if strings.ToUpper(place) != place || letters(place) < 2 || notPlaces[place] {
			return dateline{}, false
		}
		// A hyphen or en dash glued to the next word is a compound
		// ("NATO-led"), not a dateline.
		if (sep == "-" || sep == "–" || sep == "_" || sep == ":") && post == "" {
			return dateline{}, false
		}
	}
	d.readQuals(place, quals, false)
	return d, true
}

// readQuals reads a dateline's qualifiers after its place (", Region",
// ", Month Day", ", Year"): the month and day, the date when a year
// follows them, and the place with its region. trimDot drops a full stop
// ending each one ("POTSDAM, JULY 29.").
func (d *dateline) readQuals(place, quals string, trimDot bool) {
	parts := []string{place}
	for _, q := range strings.Split(quals, ",") {
		q = strings.TrimSpace(q)
		if trimDot {
			q = strings.TrimSpace(strings.TrimSuffix(q, "."))
		}
		switch {
		case q == "":
		case monthDayRE.MatchString(q):
			d.monthDay = q
		case yearRE.MatchString(q):
			if d.monthDay != "" {
				if t, err := parseDate(d.monthDay + " " + q); err == nil {
					d.date = t
				}
			}
		case strings.ContainsAny(q, "0123456789"):
			// another calendar's date ("Rabi' II 06, 1446"): not the place
		default:
			parts = append(parts, q)
		}
	}
	if place != "" {
		d.place = strings.Join(parts, ", ")
	}
}

// lineDateline reads a paragraph that is a dateline and nothing else, a
// place in capitals and a month and day ("POTSDAM, JULY 29."): the older
// press's way, with no dash after it.
func lineDateline(p string) (dateline, bool) {
	m := lineDatelineRE.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return dateline{}, false
	}
	place, quals := m[lineDatelineRE.SubexpIndex("place")], m[lineDatelineRE.SubexpIndex("quals")]
	if place == "" || strings.ToUpper(place) != place || letters(place) < 2 || notPlaces[place] {
		return dateline{}, false
	}
	var d dateline
	d.readQuals(place, quals, true)
	if d.monthDay == "" {
		return dateline{}, false // a place alone in capitals is a heading, not a dateline
	}
	return d, true
}

// datelineDay is the day a dateline's "Month Day" names in the year that
// puts it nearest pub, when that is within three days of it: the day the
// copy was filed, which "today" and "on Monday" in it count from (a paper
// dated July 19 prints "GENEVA, July 18 (AP) — ... opened here today").
func datelineDay(monthDay string, pub time.Time) (time.Time, bool) {
	if monthDay == "" || pub.IsZero() {
		return time.Time{}, false
	}
	for _, y := range []int{pub.Year(), pub.Year() - 1, pub.Year() + 1} {
		t, err := parseDate(monthDay + " " + strconv.Itoa(y))
		if err != nil {
			return time.Time{}, false
		}
		if d := pub.Sub(t); d > -3*24*time.Hour && d < 4*24*time.Hour {
			return t, true
		}
	}
	return time.Time{}, false
}

// isDateline reports whether p opens with a dateline.
func isDateline(p string) bool { _, ok := parseDateline(p); return ok }

// applyDateline reads the dateline opening p into a (Place, Source and
// Published when a has none) and returns p without it.
func applyDateline(p string, a *Article) (string, bool) {
	d, ok := parseDateline(p)
	if !ok {
		return p, false
	}
	a.Place = firstNonEmpty(a.Place, d.place)
	a.Source = firstNonEmpty(a.Source, d.agency)
	if a.Published.IsZero() {
		a.Published = d.date
	}
	if t, ok := datelineDay(d.monthDay, a.Published); ok {
		a.Filed = t
	}
	return d.rest, true
}
