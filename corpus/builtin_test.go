package corpus

import (
	"os"
	"reflect"
	"testing"
	"time"
)

func TestBuiltin(t *testing.T) {
	arts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatal("no built-in articles")
	}
	ids := map[string]bool{}
	for _, a := range arts {
		checkArticle(t, a)
		if a.Title == "" || a.Source == "" || a.Published.IsZero() {
			t.Errorf("built-in %q lacks title, source or date", a.Title)
		}
		if ids[a.ID] {
			t.Errorf("duplicate ID %s", a.ID)
		}
		ids[a.ID] = true
	}
	again, err := Builtin()
	if err != nil || !reflect.DeepEqual(arts, again) {
		t.Errorf("Builtin is not deterministic")
	}
}

// TestBuiltinSeedMatchesText: the seed's built-in Markdown and its raw
// wire text read by ParseText agree on body, place, outlet and authors, so
// the Markdown follows the text loader's rules (dateline stripped,
// subheadings and end matter dropped).
func TestBuiltinSeedMatchesText(t *testing.T) {
	arts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var seed *Article
	for _, a := range arts {
		if a.Published.Equal(time.Date(2025, 8, 18, 22, 51, 0, 0, time.UTC)) && a.Place == "WASHINGTON" {
			seed = a
		}
	}
	if seed == nil {
		t.Fatal("seed article not in the built-in corpus")
	}
	raw, err := os.ReadFile("testdata/seed/ap-2025-08-18-white-house.txt")
	if err != nil {
		t.Fatal(err)
	}
	txt, err := ParseText("seed.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(seed.Paragraphs, txt.Paragraphs) {
		for i := range max(len(seed.Paragraphs), len(txt.Paragraphs)) {
			var a, b string
			if i < len(seed.Paragraphs) {
				a = seed.Paragraphs[i]
			}
			if i < len(txt.Paragraphs) {
				b = txt.Paragraphs[i]
			}
			if a != b {
				t.Errorf("paragraph %d:\n md: %q\ntxt: %q", i, a, b)
				break
			}
		}
	}
	if seed.Place != txt.Place || seed.Source != txt.Source || !reflect.DeepEqual(seed.Authors, txt.Authors) {
		t.Errorf("metadata differs: md %q %q %q, txt %q %q %q", seed.Place, seed.Source, seed.Authors, txt.Place, txt.Source, txt.Authors)
	}
	if txt.Title != "" || !txt.Published.IsZero() {
		t.Errorf("the wire text has no title or date, got %q %v", txt.Title, txt.Published)
	}
	if n := len(txt.Paragraphs); n != 32 {
		t.Errorf("seed text has %d paragraphs, want 32 (38 lines less 3 subheadings and 3 of end matter)", n)
	}
}
