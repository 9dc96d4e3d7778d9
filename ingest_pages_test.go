package main

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/fetch/fetchtest"
)

// `parley ingest URL` on real-looking news pages served over HTTP: the
// article reads as from the saved file, a quotation repeated in a pull
// quote and an embedded post is counted once, and a legacy-charset page
// served without a charset in its Content-Type is decoded.
func TestIngestNewsPageURLs(t *testing.T) {
	srv := fetchtest.NewServer(t)
	for path, file := range map[string]string{
		"/trade/montevideo":  "corpus/testdata/pages/embeds-trade-talks.html",
		"/news/ferry-strike": "corpus/testdata/pages/legacy-harbour-dispute.html",
	} {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		srv.Set(path, fetchtest.Route{ContentType: "text/html", Body: string(body)})
	}
	vars := map[string]string{"PARLEY_DATA": t.TempDir(), "PARLEY_ALLOW_PRIVATE_URLS": "1"}
	out, errs, code := parleyEnv(t, vars, "ingest", "--json", srv.At("/trade/montevideo"), srv.At("/news/ferry-strike"))
	if rep := decode[answer.IngestReport](t, out); code != 0 || rep.Added != 2 || len(rep.Failed) != 0 {
		t.Fatalf("ingest: exit %d, %+v\n%s", code, rep, errs)
	}

	out, _, code = parleyEnv(t, vars, "quotes", "--json", "finish", "line")
	ans := decode[answer.QuotesAnswer](t, out)
	if code != 0 || ans.Total != 1 || ans.Quotes[0].Speaker != "Sabine Weyand" {
		t.Fatalf("quotes about the finish line: exit %d, %s", code, out)
	}
	ref := ans.Quotes[0].Article
	if ref.Title != "Mercosur and EU negotiators close in on farm chapter in Montevideo" || ref.Source != "The Southern Ledger" ||
		ref.Author != "Camila Ferreyra" || ref.URL != srv.At("/trade/montevideo") || ref.Published.Format("2006-01-02T15:04") != "2025-10-14T19:10" {
		t.Errorf("article reference: %+v", ref)
	}

	out, _, code = parleyEnv(t, vars, "quotes", "--json", "--speaker", "Angus Morrison")
	ans = decode[answer.QuotesAnswer](t, out)
	if code != 0 || ans.Total != 1 || !strings.Contains(ans.Quotes[0].Text, "fair day’s pay") {
		t.Errorf("quotes by Angus Morrison from the windows-1252 page: exit %d, %s", code, out)
	}
}
