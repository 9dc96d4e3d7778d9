package index

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

func TestPhraseVerification(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	tests := []struct {
		q       string
		want    []string
		relaxed bool
	}{
		{`"dam operators" fishing`, []string{"geneva-water/2", "portmere-summit/0"}, true},
		{`"operators dam" fishing`, []string{"portmere-summit/0"}, true},
		{`"security guarantees" -"dam operators"`, []string{"trade-round/0"}, false},
		{`"security guarantees" -"operators dam"`, []string{"geneva-water/2", "trade-round/0"}, false},
		{`"Security around"`, []string{"geneva-water/3"}, false},
		{`"security, guarantees"`, []string{"geneva-water/2", "trade-round/0"}, false}, // punctuation is not a word
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), SearchRequest{Query: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := hitKeys(res.Hits); !sameSet(got, tt.want) || res.Total != len(tt.want) || res.Relaxed != tt.relaxed || res.Approx {
			t.Errorf("%s: %v total %d relaxed %v approx %v, want %v", tt.q, got, res.Total, res.Relaxed, res.Approx, tt.want)
		}
	}
}

// TestPhraseVerificationCap: past verifyCap candidates the total is an
// estimate, and the page is still right.
func TestPhraseVerificationCap(t *testing.T) {
	var arts []*corpus.Article
	n := verifyCap + verifyPage
	for i := 0; i < n; i++ {
		text := "The border talks resumed."
		if i%2 == 1 {
			text = "The talks at the border resumed."
		}
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("cap-%04d", i), Title: "Cap", Source: "Wire",
			Published: day("2025-01-01T00:00:00Z").AddDate(0, 0, i%300), Paragraphs: []string{text}})
	}
	ix := newTestIndex(t, arts...)
	res, err := ix.Search(context.Background(), SearchRequest{Query: `"border talks"`, Limit: MaxLimit, Offset: 20})
	if err != nil {
		t.Fatal(err)
	}
	// the estimate lies between what was verified and all candidates
	if !res.Approx || res.Total < verifyCap/4 || res.Total > n {
		t.Errorf("total %d approx %v, want an estimate of about %d", res.Total, res.Approx, n/2)
	}
	if len(res.Hits) != MaxLimit {
		t.Errorf("%d hits", len(res.Hits))
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Passage, "border talks") || !strings.Contains(h.Highlight, "**border talks**") {
			t.Errorf("hit without the phrase: %q", h.Highlight)
		}
	}
	// pages past what the cap lets verify are short or empty, not errors
	res, err = ix.Search(context.Background(), SearchRequest{Query: `"border talks"`, Offset: MaxOffset, Limit: MaxLimit})
	if err != nil || len(res.Hits) == MaxLimit {
		t.Errorf("far page: %d hits, %v", len(res.Hits), err)
	}
}

// TestPhraseVerificationLateCandidate: a phrase found only past the first
// batches of candidates (a long paragraph scores below hundreds of short
// ones that have both words apart) is still found, exactly counted.
func TestPhraseVerificationLateCandidate(t *testing.T) {
	var arts []*corpus.Article
	for i := 0; i < 3*verifyPage; i++ {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("apart-%04d", i), Title: "Apart", Source: "Wire",
			Published: day("2025-01-01T00:00:00Z").AddDate(0, 0, i%300), Paragraphs: []string{"The talks at the border resumed."}})
	}
	arts = append(arts, &corpus.Article{ID: "together", Title: "Together", Source: "Wire", Published: day("2025-02-01T00:00:00Z"),
		Paragraphs: []string{"After a long winter of delays, postponed meetings and quiet calls between capitals, the border talks resumed in the spring with new delegations."}})
	ix := newTestIndex(t, arts...)
	res, err := ix.Search(context.Background(), SearchRequest{Query: `"border talks"`})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitKeys(res.Hits); len(got) != 1 || got[0] != "together/0" || res.Total != 1 || res.Approx {
		t.Errorf("%v total %d approx %v, want together/0 alone", got, res.Total, res.Approx)
	}
}
