package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// meta is the article metadata that Markdown front matter and JSON Lines
// records share. Fields that take several shapes (a date as a string or a
// YAML timestamp, one author or a list) are decoded as any and checked by
// apply.
type meta struct {
	ID        string `yaml:"id" json:"id"`
	Title     string `yaml:"title" json:"title"`
	Source    string `yaml:"source" json:"source"`
	URL       string `yaml:"url" json:"url"`
	Link      string `yaml:"link" json:"link"`
	Published any    `yaml:"published" json:"published"`
	Date      any    `yaml:"date" json:"date"`
	Author    any    `yaml:"author" json:"author"`
	Authors   any    `yaml:"authors" json:"authors"`
	Place     string `yaml:"place" json:"place"`
	Dateline  string `yaml:"dateline" json:"dateline"`
}

// apply copies m into a, checking the loosely typed fields. Its errors
// name the field and the accepted forms.
func (m *meta) apply(a *Article) error {
	a.ID = strings.TrimSpace(m.ID)
	a.Title = normalizeSpace(m.Title)
	a.Source = normalizeSpace(m.Source)
	a.URL = strings.TrimSpace(firstNonEmpty(m.URL, m.Link))
	a.Place = normalizeSpace(firstNonEmpty(m.Place, m.Dateline))
	for _, f := range []struct {
		name string
		v    any
	}{{"published", m.Published}, {"date", m.Date}} {
		if f.v == nil || !a.Published.IsZero() {
			continue
		}
		t, err := dateValue(f.v)
		if err != nil {
			return fmt.Errorf("%w: %s: %v; write it as YYYY-MM-DD or RFC 3339 (2025-08-18T22:51:00Z)", ErrBadField, f.name, err)
		}
		a.Published = t
	}
	for _, f := range []struct {
		name string
		v    any
	}{{"author", m.Author}, {"authors", m.Authors}} {
		names, err := nameList(f.v)
		if err != nil {
			return fmt.Errorf("%w: %s: %v; give a name or a list of names", ErrBadField, f.name, err)
		}
		a.Authors = appendUnique(a.Authors, names...)
	}
	return nil
}

// dateValue reads a date from a decoded YAML or JSON value.
func dateValue(v any) (time.Time, error) {
	switch v := v.(type) {
	case time.Time:
		return v.UTC(), nil
	case string:
		if strings.TrimSpace(v) == "" {
			return time.Time{}, nil
		}
		return parseDate(v)
	}
	return time.Time{}, fmt.Errorf("%v is not a date", v)
}

// dateLayouts are tried before the lenient parser, so the common exact
// forms never depend on its guesses.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

// parseDate reads a publication date in any common form; times without a
// zone are taken as UTC. The result is in UTC.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), nil
		}
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date", s)
	}
	return t.UTC(), nil
}

var (
	isoDateRE  = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	longDateRE = regexp.MustCompile(`(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?)\s+\d{4}\b`)
)

// dateIn reads the date in a line such as "Updated 6:51 PM EDT, August
// 18, 2025": the whole line if it parses, else the first ISO or
// month-name date inside it (the day only). It returns the zero time when
// there is none.
func dateIn(s string) time.Time {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if t, err := parseDate(s); err == nil && strings.ContainsAny(s, "0123456789") {
		return t
	}
	for _, re := range []*regexp.Regexp{isoDateRE, longDateRE} {
		if m := re.FindString(s); m != "" {
			if t, err := parseDate(m); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// nameList reads one name or a list of names from a decoded YAML or JSON
// value. A single string may hold several names separated by commas or
// "and".
func nameList(v any) ([]string, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		return splitNames(v), nil
	case []any:
		var out []string
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("%v is not a name", x)
			}
			if s = normalizeSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out, nil
	case []string:
		return nameList(anySlice(v))
	case map[string]any:
		if s, ok := v["name"].(string); ok { // JSON-LD style {"name": "..."}
			return splitNames(s), nil
		}
	}
	return nil, fmt.Errorf("%v is not a name", v)
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// splitNames splits "Jane Doe, John Roe and Ann Poe" into names. A leading
// "By" is dropped.
func splitNames(s string) []string {
	s = normalizeSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	var out []string
	for _, part := range nameSepRE.Split(s, -1) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// appendUnique appends the names not already in list.
func appendUnique(list []string, names ...string) []string {
	for _, n := range names {
		dup := false
		for _, m := range list {
			if strings.EqualFold(m, n) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}
