package corpus

import "slices"

// One host, several bilaterals. "Putin held bilateral talks with Xi and
// Modi" tells one meeting of the subject with each of the people after
// "with", not one meeting of all of them. splitEachOwn reads such a word
// over a plural subject ("X and Y held bilateral meetings with Z"); this
// step reads "bilateral" over a plural object. "Separate" talks or
// meetings with two sides stay one meeting: that is how a mediator's
// indirect talks are told ("met separately with Dermer and al-Hayya").

// splitEachObject splits each such trigger of out into one meeting per
// object, the subject with that person.
func (d *doc) splitEachObject(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		k := tr.ti
		if tr.verb || tr.future || tr.remote || tr.call || k < 1 || toks[k-1].low != "bilateral" ||
			toks[k].low != "meetings" && toks[k].low != "talks" || k+1 >= tr.ce || toks[k+1].low != "with" {
			res = append(res, tr)
			continue
		}
		obj, _ := d.parseList(pi, k+2, tr.ce)
		var subj []*personEntry
		if v := k - 2; v >= tr.cs && holdVerbs[toks[v].low] {
			subj = d.subjectList(pi, v, tr.cs, tr.ss)
		}
		if len(subj) != 1 || len(obj) < 2 || slices.Contains(obj, subj[0]) {
			res = append(res, tr)
			continue
		}
		res = append(res, eachApart(tr, subj, obj)...)
	}
	return res
}
