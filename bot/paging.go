package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Paging is stateless: a Previous/Next button's custom_id carries the
// command, the page and the options, so old buttons keep working after a
// restart. The format is "p1|<cmd>|<page>|<flags>|<field>|<field>…" with
// '%' and '|' percent-escaped in fields, dates compacted to YYYYMMDD and
// trailing empty fields left out. It never exceeds Discord's 100
// characters: when the options do not fit, the longest text field is cut
// on a word boundary and the "s" (shortened) flag is set, and the page then
// says which query it shows.

// Commands that page.
const (
	pageSearch = "s" // fields: query, since, until, source
	pageQuotes = "q" // fields: keyword, speaker, since, until
	pageDigest = "d" // fields: date, tz
)

const pagePrefix = "p1"

// dateFields are the positions of each command's date fields, stored
// compactly.
var dateFields = map[string][]int{pageSearch: {1, 2}, pageQuotes: {2, 3}, pageDigest: {0}}

func isDateField(cmd string, i int) bool {
	for _, j := range dateFields[cmd] {
		if i == j {
			return true
		}
	}
	return false
}

// Results shown per page.
const pageSize = 5

// maxPage keeps offsets within what the index serves (index.MaxOffset).
const maxPage = 500 / pageSize

// pageState is one page of one command's answer.
type pageState struct {
	Cmd       string
	Page      int // 0-based
	Fields    []string
	Shortened bool // a field was cut to fit the custom_id
}

func (p pageState) field(i int) string {
	if i < len(p.Fields) {
		return p.Fields[i]
	}
	return ""
}

// withPage returns a copy of p at page n.
func (p pageState) withPage(n int) pageState {
	p.Page = n
	p.Fields = append([]string(nil), p.Fields...)
	return p
}

var (
	fieldEscaper   = strings.NewReplacer("%", "%25", "|", "%7C")
	fieldUnescaper = strings.NewReplacer("%25", "%", "%7C", "|")
)

// encodePage returns the custom_id for p, shortening a text field when the
// whole does not fit in maxCustomID characters. It modifies p.Fields and
// p.Shortened accordingly, so the page rendered says what was kept.
func encodePage(p *pageState) string {
	for {
		id := encodeRaw(*p)
		if textLen(id) <= maxCustomID {
			return id
		}
		// Cut the longest field by what is over, on a word boundary.
		over := textLen(id) - maxCustomID
		longest := -1
		for i, f := range p.Fields {
			if !isDateField(p.Cmd, i) && (longest < 0 || textLen(f) > textLen(p.Fields[longest])) {
				longest = i
			}
		}
		if longest < 0 || p.Fields[longest] == "" {
			// Only dates are left and they are short; cannot happen with
			// the fields above, but never return an oversize id.
			return encodeRaw(pageState{Cmd: p.Cmd, Page: p.Page, Shortened: true})
		}
		f := p.Fields[longest]
		// Escapes make the encoded field longer than the field itself.
		target := textLen(f) - over - 2
		if target < 0 {
			target = 0
		}
		p.Fields[longest] = wordCut(f, target)
		p.Shortened = true
	}
}

func encodeRaw(p pageState) string {
	fields := p.Fields
	for len(fields) > 0 && fields[len(fields)-1] == "" {
		fields = fields[:len(fields)-1]
	}
	var b strings.Builder
	b.WriteString(pagePrefix + "|" + p.Cmd + "|" + strconv.Itoa(p.Page) + "|")
	if p.Shortened {
		b.WriteString("s")
	}
	for i, f := range fields {
		if isDateField(p.Cmd, i) {
			f = compactDate(f)
		}
		b.WriteByte('|')
		b.WriteString(fieldEscaper.Replace(f))
	}
	return b.String()
}

// decodePage parses a custom_id made by encodePage.
func decodePage(id string) (pageState, error) {
	parts := strings.Split(id, "|")
	if len(parts) < 4 || parts[0] != pagePrefix {
		return pageState{}, fmt.Errorf("paging: unknown button %q", id)
	}
	p := pageState{Cmd: parts[1], Shortened: strings.Contains(parts[3], "s")}
	switch p.Cmd {
	case pageSearch, pageQuotes, pageDigest:
	default:
		return pageState{}, fmt.Errorf("paging: unknown command %q", p.Cmd)
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || n < 0 || n > maxPage {
		return pageState{}, fmt.Errorf("paging: bad page %q", parts[2])
	}
	p.Page = n
	for i, f := range parts[4:] {
		f = fieldUnescaper.Replace(f)
		if isDateField(p.Cmd, i) {
			f = expandDate(f)
		}
		p.Fields = append(p.Fields, f)
	}
	return p, nil
}

// compactDate turns "2025-08-15" into "20250815"; other text is unchanged.
func compactDate(s string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]+s[5:7]+s[8:]) {
		return s[:4] + s[5:7] + s[8:]
	}
	return s
}

// expandDate undoes compactDate.
func expandDate(s string) string {
	if isCompactDate(s) {
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	return s
}

func isCompactDate(s string) bool { return len(s) == 8 && allDigits(s) }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pageButtons returns the Previous / page / Next row for page p of a result
// of total items, or nil when everything fits on one page.
func pageButtons(p pageState, total int) []discordgo.MessageComponent {
	pages := (total + pageSize - 1) / pageSize
	if pages > maxPage+1 {
		pages = maxPage + 1
	}
	if pages <= 1 {
		return nil
	}
	prev := p.withPage(max(p.Page-1, 0))
	next := p.withPage(min(p.Page+1, pages-1))
	prevID := encodePage(&prev)
	nextID := encodePage(&next)
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: p.Page == 0},
		discordgo.Button{Label: fmt.Sprintf("Page %d of %d", p.Page+1, pages), Style: discordgo.SecondaryButton, CustomID: "noop|page", Disabled: true},
		discordgo.Button{Label: "Next ▶", Style: discordgo.PrimaryButton, CustomID: nextID, Disabled: p.Page >= pages-1},
	}}}
}
