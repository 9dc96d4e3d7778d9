package corpus

// Meetings told through a handover at them: "At the last ordinary summit
// in Abuja in June, Tinubu handed over the chairmanship of the bloc to
// Bio", "At the ceremony, Ruiz passed the rotating presidency to Nowak".
// The one handed something took part too.

// handoverVerbs give something to someone named after "to".
var handoverVerbs = set(`handed hands passed transferred presented gave`)

// handedTo returns the people after "to" in a handover clause in tokens
// [s, e) whose verb follows its subject right away: "Tinubu handed over
// the chairmanship of the bloc to Bio".
func (d *doc) handedTo(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	for j := s + 1; j < e; j++ {
		if toks[j].kind != kWord || toks[j].cap || !handoverVerbs[toks[j].low] {
			continue
		}
		g := j - 1
		if g-1 > s && isDay(toks[g].low) && toks[g-1].low == "on" {
			g -= 2 // "Tinubu on Sunday handed over"
		}
		if _, ok := d.mentionAt(pi, g); !ok {
			return nil
		}
		for a := j + 1; a < e && a <= j+18; a++ {
			if toks[a].text == "(" && a+2 < e && toks[a+2].text == ")" {
				a += 2 // "the chairmanship of the Economic Community of West African States (ECOWAS)"
				continue
			}
			if toks[a].low == "to" {
				if obj, _ := d.parseList(pi, a+1, e); len(obj) > 0 {
					return obj
				}
				return nil
			}
			if toks[a].kind != kWord && toks[a].text != "-" || clauseBreak[toks[a].low] {
				return nil
			}
		}
		return nil
	}
	return nil
}
