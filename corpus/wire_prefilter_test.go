package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// prefilterLines are lines each of wire.go's patterns matches, in several
// cases and spellings, and near misses.
var prefilterLines = []string{
	"Jane Doe contributed reporting.", "REPORTERS IN KYIV CONTRIBUTED TO THIS REPORT", "Staff writers contributed", "Anna Lee reported from Geneva.",
	"Follow us at https://example.com", "FOR MORE, see www.example.org", "Sign up at example.com for more", "Read the full text at example.com",
	"© 2025 The Wire", "Copyright 2025 Northern Times", "(c) 2024 AP", "(C)   2023 Reuters", "COPYRIGHT Northern Times",
	"All Rights Reserved.", "This material may not be published, broadcast or redistributed.", "Our Standards: The Trust Principles.",
	"wld/eu-summit", "pol-ukr-talks", "((Reporting by Jane Doe; Editing by Tim Roe))",
	"This story has been corrected to fix a name.", "CORRECTION: An earlier headline misspelled a name.", "Editor's note: names changed.",
	"An earlier version of this article said Monday.", "A version of this story appeared in print on June 2.",
	"ENDS", "-- ends --", "# Ends #", "(ENDS)", "Ends of the earth", "the talks ends",
	"Advertisement", "ADVERTISEMENT - scroll to continue", "Story continues below advertisement", "Article content",
	"Sign up for our free morning newsletter", "Subscribe now", "Get the best stories in your inbox", "Register for our free alerts by email",
	"REGISTER for FREE briefings delivered to your inbox", "Scroll to continue reading",
	"Read more: Talks resume in Geneva", "RELATED: The summit in pictures", "Watch: the leaders arrive", "Listen : the podcast",
	"Leaders arrive at the summit. (AP Photo/Jane Doe)", "The delegations meet (Reuters/File Photo) ", "(Pool via AP)",
	"Published: 2025-08-18", "UPDATED 6:51 PM EDT, August 18, 2025", "Last updated on March 3, 2025", "Posted at 10:02", "First published Mon 18 Aug 2025",
	"Mon 18 Aug 2025 22.51 BST", "August 18, 2025", "The talks ended on August 18, 2025.", "By Jane Doe", "BY JANE DOE AND TIM ROE | Reuters", "Bypass road talks",
	"(Adds quotes from the minister in paragraphs 4-5)", "(UPDATES with details)", "Clarification: an earlier version misnamed the envoy.",
	"3:42 p.m. GMT, November 6, 2025", "1 hr 12 min ago", "Updated 17.52 BST", "Monday, June 2", "2 3 4 5 6 7 8 9 10 11 12",
	"", " ", "x", "The talks will continue on Monday, officials said.",
}

// TestWirePrefilters checks that looking for a pattern's fixed words
// before running it never changes a decision: on the lines above and on
// every paragraph of every test article, each prefiltered check agrees
// with its regular expressions alone.
func TestWirePrefilters(t *testing.T) {
	lines := append([]string(nil), prefilterLines...)
	filepath.Walk("testdata", func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".md") && !strings.HasSuffix(p, ".txt") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err == nil {
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
		return nil
	})
	if len(lines) < 1000 {
		t.Fatalf("only %d lines to check", len(lines))
	}
	for _, p := range lines {
		plainEnd := contributedRE.MatchString(p) || followRE.MatchString(p) || copyrightRE.MatchString(p) || rightsRE.MatchString(p) ||
			slugRE.MatchString(p) || contactRE.MatchString(p) || correctionRE.MatchString(p)
		if got := isEndLine(p); got != plainEnd {
			t.Errorf("isEndLine(%q) = %v, the patterns say %v", p, got, plainEnd)
		}
		plainPromo := len(strings.Fields(p)) <= 40 && (adRE.MatchString(p) || promoRE.MatchString(p))
		if got := isPromo(p); got != plainPromo {
			t.Errorf("isPromo(%q) = %v, the patterns say %v", p, got, plainPromo)
		}
		fastEnds := strings.EqualFold(strings.Trim(p, "-–—#() \t\n\f\r"), "ends") && endsRE.MatchString(p)
		if fastEnds != endsRE.MatchString(p) {
			t.Errorf("ends line %q: prefilter %v, pattern %v", p, fastEnds, endsRE.MatchString(p))
		}
		if isCaption(p) != captionRE.MatchString(p) {
			t.Errorf("caption %q: prefilter %v, pattern %v", p, isCaption(p), captionRE.MatchString(p))
		}
		if isCorrection(p) != correctionRE.MatchString(p) {
			t.Errorf("correction %q: prefilter %v, pattern %v", p, isCorrection(p), correctionRE.MatchString(p))
		}
		if got, want := metaLine(p), metaLineRE.FindStringSubmatch(p); strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("meta line %q: prefilter %q, pattern %q", p, got, want)
		}
		if hasByPrefix(p) != byPrefixRE.MatchString(p) {
			t.Errorf("byline %q: prefilter %v, pattern %v", p, hasByPrefix(p), byPrefixRE.MatchString(p))
		}
		var want time.Time
		if len(strings.Fields(p)) <= 8 && !endsStop(p) {
			want = dateIn(p)
		}
		if got := shortDate(p); !got.Equal(want) {
			t.Errorf("short date %q: %v, want %v", p, got, want)
		}
		fastMore := startsAny(strings.ToLower(p[:min(len(p), 16)]), "read more", "related", "also read", "see also", "more coverage", "watch", "listen") && readMoreRE.MatchString(p)
		if fastMore != readMoreRE.MatchString(p) {
			t.Errorf("read-more line %q: prefilter %v, pattern %v", p, fastMore, readMoreRE.MatchString(p))
		}
	}
}

func TestFieldsOver(t *testing.T) {
	sep := func(r rune) bool { return unicode.IsSpace(r) || r == ',' }
	for _, s := range []string{"", " ", "a", "a b", " a  b ", "a,b,,c", "one two three four", "\ta\nb\u00a0c"} {
		for n := 0; n <= 5; n++ {
			if got, want := wordsOver(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("wordsOver(%q, %d) = %v, want %v", s, n, got, want)
			}
			if got, want := fieldsOver(s, sep, n), len(strings.FieldsFunc(s, sep)) > n; got != want {
				t.Errorf("fieldsOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
