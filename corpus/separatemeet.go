package corpus

// alsoMetSeparately reports "Li also met Yoon separately on Sunday": a
// meeting verb with "also" before it and "separately" after it. The two
// met on their own, apart from the meeting under way, even when both were
// at it too.
func (d *doc) alsoMetSeparately(tr *trigger) bool {
	toks := d.paras[tr.pi].toks
	if !tr.verb || tr.ti < 1 || !meetingVerbs[toks[tr.ti].low] || len(tr.people) != 2 {
		return false
	}
	also := false
	for j := tr.ti - 1; j >= tr.cs && j >= tr.ti-2; j-- {
		also = also || toks[j].low == "also"
	}
	return also && d.metSeparately(tr)
}
