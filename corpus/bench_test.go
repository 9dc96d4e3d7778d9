package corpus

import (
	"os"
	"testing"
)

func benchFile(b *testing.B, path string, parse func([]byte) error) {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTextSeed(b *testing.B) {
	benchFile(b, "testdata/seed/ap-2025-08-18-white-house.txt", func(d []byte) error {
		_, err := ParseText("seed.txt", d)
		return err
	})
}

func BenchmarkParseMarkdownBuiltin(b *testing.B) {
	benchFile(b, "articles/2025-08-18-ap-white-house-ukraine-meeting.md", func(d []byte) error {
		_, err := ParseMarkdown("seed.md", d)
		return err
	})
}

func BenchmarkParseHTML(b *testing.B) {
	benchFile(b, "testdata/load/harbour-gazette-jsonld.html", func(d []byte) error {
		_, err := ParseHTML("page.html", d, "")
		return err
	})
}
