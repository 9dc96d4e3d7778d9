package bot

import (
	"reflect"
	"strings"
	"testing"
)

func TestPageRoundTrip(t *testing.T) {
	tests := []pageState{
		searchState("ceasefire talks", "2025-01-01", "2025-12-31", "Harbor Wire"),
		searchState("a|b%7C|c", "", "", ""),
		quotesState("", "Mara Vance", "", "2025-08-01"),
		digestState("2025-08-16", "Europe/Paris"),
		searchState("20250101", "", "", ""), // a query of digits stays a query
	}
	for _, p := range tests {
		p.Page = 3
		want := p
		id := encodePage(&p)
		if len(id) > maxCustomID {
			t.Errorf("custom_id %q is %d long", id, len(id))
		}
		got, err := decodePage(id)
		if err != nil {
			t.Fatalf("decodePage(%q): %v", id, err)
		}
		// Trailing empty fields are not encoded.
		for len(want.Fields) > 0 && want.Fields[len(want.Fields)-1] == "" {
			want.Fields = want.Fields[:len(want.Fields)-1]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("round trip of %+v via %q = %+v", want, id, got)
		}
	}
}

func TestPageShortensLongQueries(t *testing.T) {
	long := strings.Repeat("négociations de cessez-le-feu ", 10) + "|%"
	p := searchState(long, "2025-01-01", "2025-02-01", strings.Repeat("Outlet ", 5))
	id := encodePage(&p)
	if textLen(id) > maxCustomID {
		t.Fatalf("custom_id is %d long: %q", textLen(id), id)
	}
	if !p.Shortened {
		t.Error("a shortened query is not flagged")
	}
	got, err := decodePage(id)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Shortened || !strings.HasPrefix(long, got.field(0)) || got.field(0) == "" {
		t.Errorf("decoded %+v", got)
	}
	if got.field(1) != "2025-01-01" || got.field(2) != "2025-02-01" {
		t.Errorf("dates lost: %+v", got)
	}
	if strings.HasSuffix(got.field(0), " ") {
		t.Errorf("query not cut on a word: %q", got.field(0))
	}
}

func TestDecodePageRejects(t *testing.T) {
	for _, id := range []string{"", "noop|page", "p1|x|1|", "p1|s|-1|", "p1|s|9999|", "p2|s|1|", "p1|s|one|"} {
		if _, err := decodePage(id); err == nil {
			t.Errorf("decodePage(%q) accepted", id)
		}
	}
}

func TestPageButtons(t *testing.T) {
	p := searchState("q", "", "", "")
	if b := pageButtons(p, 5); b != nil {
		t.Errorf("one page got buttons: %v", b)
	}
	p.Page = 1
	rows := pageButtons(p, 12)
	if len(rows) != 1 {
		t.Fatalf("rows = %d", len(rows))
	}
	ids := map[string]bool{}
	for _, c := range rowButtons(rows[0]) {
		if ids[c.CustomID] {
			t.Errorf("duplicate custom_id %q", c.CustomID)
		}
		ids[c.CustomID] = true
	}
	if !ids["p1|s|0||q"] || !ids["p1|s|2||q"] {
		t.Errorf("ids = %v", ids)
	}
}
