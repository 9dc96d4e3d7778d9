package corpus

import "strings"

// Bodies of a state the article names in lower case: "the commerce
// ministry said", "the cabinet said". The label rules name them as the
// article gives them; a bare "group" or "ministry" is still no one.

// stateBodyHeads end the lower-case name of a state body.
var stateBodyHeads = set(`ministry cabinet presidency`)

// portfolioMods name a ministry's portfolio: "the commerce ministry".
var portfolioMods = set(`commerce trade foreign defence defense finance interior justice energy health
	agriculture economy economic industry labour labor education environment transport culture
	information communications`)

// stateBody reports a lower-case speaker that names one body of a state:
// a ministry by its portfolio ("commerce ministry", "foreign ministry"),
// or "cabinet" / "presidency" on their own.
func stateBody(name string) bool {
	fs := strings.Fields(name)
	switch {
	case len(fs) == 1:
		return fs[0] == "cabinet" || fs[0] == "presidency"
	case len(fs) == 2:
		return fs[1] == "ministry" && portfolioMods[fs[0]]
	}
	return false
}
