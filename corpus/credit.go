package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// nameSepRE separates names in a list: "A, B and C", "A & B", "A; B".
	nameSepRE  = regexp.MustCompile(`(?i)\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+`)
	byPrefixRE = regexp.MustCompile(`(?i)^by\s+`)
	// particlePrefixRE matches a surname with a lower-case particle glued
	// on: "al-Ansi", "el-Sisi", "d'Alema", "ben-Ami".
	particlePrefixRE = regexp.MustCompile(`^\p{Ll}{1,3}['’-]\p{Lu}`)
	roleCreditRE     = regexp.MustCompile(`(?i)^\s*(?:additional\s+)?(reporting|writing|written|compiled|editing|edited|graphics|fact-checking|research)\s+by\s+(.+)$`)
	// bylineParticles may appear in lower case inside a personal name.
	bylineParticles = map[string]bool{"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true,
		"der": true, "den": true, "la": true, "le": true, "bin": true, "bint": true, "al": true, "dos": true, "das": true,
		"du": true, "ter": true, "y": true, "e": true, "ibn": true, "el": true}
)

// hasByPrefix reports whether p starts with "By ".
func hasByPrefix(p string) bool { return p != "" && p[0]|0x20 == 'b' && byPrefixRE.MatchString(p) }

// parseCredit reads a byline or credit line and returns the names and the
// outlet it gives. Forms it reads:
//
//	By Jane Doe
//	By Jane Doe and John Roe | Reuters
//	Jane Doe, Reuters
//	Sylvie Corbet, Samya Kullab And Aamer Madhani, The Associated Press
//	(Reporting by Jane Doe in Kyiv; Editing by John Roe)
//
// Without "By" it needs a known agency at the end, so an ordinary short
// line is not read as names. Editors are not authors.
func parseCredit(p string) (names []string, source string, ok bool) {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), "."))
	if s == "" || utf8.RuneCountInString(s) > 250 {
		return nil, "", false
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if roleCreditRE.MatchString(s) {
		return parseRoleCredit(s)
	}
	s = strings.TrimLeft(s, "—–- ")
	hasBy := hasByPrefix(s)
	s = byPrefixRE.ReplaceAllString(s, "")
	namesPart := s
	if i, name := agencySuffix(s); i > 0 {
		// "By JANE DOE Associated Press": the outlet follows without a comma.
		s = strings.TrimRight(s[:i], " ,") + ", " + name
		namesPart = s
	}
	if i := strings.LastIndex(s, "|"); i >= 0 {
		namesPart, source = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		if !looksLikeOutlet(source) {
			return nil, "", false
		}
	} else if i := lastSegment(s); i >= 0 {
		seg := strings.TrimSpace(s[i:])
		seg = strings.TrimLeft(seg, ",—–- ")
		if _, known := agencyName(seg); known || hasBy && strings.HasPrefix(seg, "The ") && looksLikeOutlet(seg) {
			namesPart, source = strings.TrimSpace(s[:i]), seg
		}
	}
	if name, known := agencyName(source); known {
		source = name
	}
	if hasBy && source == "" {
		if name, known := agencyName(namesPart); known {
			return nil, name, true // "By Reuters"
		}
	}
	if !hasBy && source == "" {
		return nil, "", false
	}
	roles := 0
	for _, n := range splitNames(namesPart) {
		if !nameLike(n) {
			return nil, "", false
		}
		if !isRole(n) {
			names = append(names, fixCaps(n))
		} else {
			roles++
		}
	}
	if len(names) == 0 {
		// "By Staff Writer", "By Our Correspondent": a byline naming no one
		return nil, source, hasBy && roles > 0
	}
	return names, source, true
}

// agencySuffix finds the longest known agency name (of two words or
// more, or Reuters) ending s after a space, and returns where it starts;
// it returns -1 when a comma, bar or dash already separates it.
func agencySuffix(s string) (int, string) {
	if _, whole := agencyName(s); whole {
		return -1, ""
	}
	best := -1
	for key := range agencies {
		n := len(key)
		if !strings.Contains(key, " ") && key != "reuters" || len(s) < n+2 || s[len(s)-n-1] != ' ' ||
			!strings.EqualFold(s[len(s)-n:], key) {
			continue
		}
		if i := len(s) - n; best < 0 || i < best {
			best = i
		}
	}
	if best < 0 {
		return -1, ""
	}
	before := strings.TrimRight(s[:best], " ")
	if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(",|-—–", r) {
		return -1, "" // already separated; lastSegment splits it
	}
	return best, s[best:]
}

// lastSegment returns the index of the last ", " or " — " style separator
// in s, or -1.
func lastSegment(s string) int {
	best := -1
	for _, sep := range []string{",", " — ", " – ", " - "} {
		if i := strings.LastIndex(s, sep); i > best {
			best = i
		}
	}
	return best
}

// parseRoleCredit reads Reuters-style credits: "Reporting by A in Kyiv and
// B; Additional reporting by C; Editing by D". Reporters and writers are
// the authors.
func parseRoleCredit(s string) ([]string, string, bool) {
	var names []string
	for _, part := range strings.Split(s, ";") {
		m := roleCreditRE.FindStringSubmatch(part)
		if m == nil {
			continue
		}
		switch strings.ToLower(m[1]) {
		case "reporting", "writing", "written", "compiled":
		default:
			continue
		}
		for _, n := range splitNames(m[2]) {
			if i := strings.Index(n, " in "); i > 0 {
				n = n[:i]
			}
			if n = strings.TrimSpace(n); nameLike(n) {
				names = appendUnique(names, fixCaps(n))
			}
		}
	}
	return names, "", len(names) > 0
}

// nameLike reports whether s looks like a personal name: two to five
// capitalised words (name particles such as "von" aside), letters only.
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		if bylineParticles[w] && i > 0 && i < len(words)-1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particlePrefixRE.MatchString(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".'’-", r) {
				return false
			}
		}
	}
	return true
}

// roleWords mark a job title in a byline ("Jane Doe, Staff Writer").
var roleWords = map[string]bool{"writer": true, "reporter": true, "correspondent": true, "editor": true,
	"staff": true, "contributor": true, "columnist": true, "bureau": true, "chief": true}

// isRole reports whether a byline part is a job title, not a name.
func isRole(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

// looksLikeOutlet reports whether s can be an outlet name: one to six
// words, starting with a capital, no sentence punctuation.
func looksLikeOutlet(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(s, ".!?;:\"“”") && !strings.HasSuffix(s, ".com") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !strings.Contains(strings.ToLower(s), "photo")
}

// fixCaps turns an all-capitals name ("JANE DOE") into "Jane Doe" and
// leaves mixed case alone.
func fixCaps(name string) string {
	if strings.ToUpper(name) != name {
		return name
	}
	out := []rune(strings.ToLower(name))
	up := true
	for i, r := range out {
		if up && unicode.IsLetter(r) {
			out[i] = unicode.ToUpper(r)
		}
		up = !unicode.IsLetter(r)
	}
	return string(out)
}
