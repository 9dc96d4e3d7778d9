package corpus

// asClause reports an "as" at i that opens a clause of its own with a
// pronoun subject and a past verb: "Ishiba and Lee agreed to build stable
// relations, as they held their first summit in Tokyo". Such a clause
// tells an event of its own (the meeting), not the main clause's plan;
// "as host", "as well as" and "as they had hoped" are not it.
func asClause(toks []token, i int) bool {
	if toks[i].low != "as" || i+2 >= len(toks) {
		return false
	}
	switch toks[i+1].low {
	case "they", "he", "she":
	default:
		return false
	}
	v := toks[i+2]
	return v.kind == kWord && v.low != "had" && v.low != "did" && v.low != "were" && v.low != "was" && pastVerb(v)
}
