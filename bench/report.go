package main

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/parley-bot/parley/internal/gen"
)

// printTable writes the run as Markdown: the comparison with the targets,
// then search latency by query kind.
func printTable(w io.Writer, res *results) {
	var pi, fi ingestResult
	var ps, fs serveResult
	for _, r := range res.Ingest {
		if r.Engine == engineParley {
			pi = r
		} else {
			fi = r
		}
	}
	for _, r := range res.Serve {
		if r.Engine == engineParley {
			ps = r
		} else {
			fs = r
		}
	}
	raw := int64(0)
	if c, ok := res.Corpus.(gen.Written); ok {
		raw = c.RawBytes
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/1e6) }
	lat := func(l latency) string { return ms(l.P50) + " / " + ms(l.P99) + " / " + ms(l.Max) }
	ratio := func(a, b float64) string {
		if b == 0 {
			return "–"
		}
		return fmt.Sprintf("%.2f", a/b)
	}
	optLat := func(l *latency) string {
		if l == nil {
			return "n/a (no extraction)"
		}
		return ms(l.P50) + " / " + ms(l.P99)
	}

	fmt.Fprintf(w, "\n%d articles, %.0f MB of raw text; %s, %d cores, %.0f GiB, %s\n\n",
		res.Articles, mb(raw), res.Machine.CPU, res.Machine.Cores, res.Machine.MemGB, res.Machine.Go)
	fmt.Fprintln(w, "| figure | Parley | FTS5 | Parley/FTS5 | target |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	row := func(name, p, f, r, target string) {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", name, p, f, r, target)
	}
	row("ingest, articles/s (end to end)", fmt.Sprintf("%.0f", pi.PerSecond), fmt.Sprintf("%.0f", fi.PerSecond),
		ratio(pi.PerSecond, fi.PerSecond), "ratio ≥ 1.0")
	row("ingest time, s", fmt.Sprintf("%.1f", pi.Seconds), fmt.Sprintf("%.1f", fi.Seconds), ratio(pi.Seconds, fi.Seconds), "")
	cpu := func(r ingestResult) string {
		return fmt.Sprintf("%.1f s; %.2f / %.2f", r.CPU.CPUSeconds, r.CPU.Cores, r.CPU.Demand)
	}
	row("ingest CPU; cores used / demanded (CPU + run-queue wait)", cpu(pi), cpu(fi), ratio(pi.CPU.CPUSeconds, fi.CPU.CPUSeconds), "")
	row("index size, MB (× raw text)", fmt.Sprintf("%.0f (%.2f×)", mb(pi.IndexBytes), float64(pi.IndexBytes)/float64(max(raw, 1))),
		fmt.Sprintf("%.0f (%.2f×)", mb(fi.IndexBytes), float64(fi.IndexBytes)/float64(max(raw, 1))), ratio(float64(pi.IndexBytes), float64(fi.IndexBytes)), "≤ 2× raw")
	row("peak RSS ingesting, MiB", fmt.Sprintf("%.0f", mib(pi.PeakRSS)), fmt.Sprintf("%.0f", mib(fi.PeakRSS)), ratio(float64(pi.PeakRSS), float64(fi.PeakRSS)), "≤ 1536")
	row("open → first answer, ms", ms(ps.Open), ms(fs.Open), ratio(float64(ps.Open), float64(fs.Open)), "≤ 1000")
	row("RSS serving (peak), MiB", fmt.Sprintf("%.0f", mib(ps.Mem.PeakRSS)), fmt.Sprintf("%.0f", mib(fs.Mem.PeakRSS)), ratio(float64(ps.Mem.PeakRSS), float64(fs.Mem.PeakRSS)), "≤ 500")
	row("  of which anonymous / file-mapped, MiB", fmt.Sprintf("%.0f / %.0f", mib(ps.Mem.RSSAnon), mib(ps.Mem.RSSFile)),
		fmt.Sprintf("%.0f / %.0f", mib(fs.Mem.RSSAnon), mib(fs.Mem.RSSFile)), "", "")
	row(fmt.Sprintf("search p50 / p99 / max, ms (%d queries, top 5, highlighted)", ps.Searches), lat(ps.Search), lat(fs.Search),
		"p99 "+ratio(float64(ps.Search.P99), float64(fs.Search.P99)), "p50 ≤ 1, p99 ≤ 15, p99 ratio ≤ 0.33")
	row("searches with hits", fmt.Sprintf("%d / %d", ps.SearchHits, ps.Searches), fmt.Sprintf("%d / %d", fs.SearchHits, fs.Searches), "", "")
	row(fmt.Sprintf("throughput, %d clients, searches/s", ps.Clients), fmt.Sprintf("%.0f", ps.PerSecond), fmt.Sprintf("%.0f", fs.PerSecond),
		ratio(ps.PerSecond, fs.PerSecond), "")
	row("quotes by keyword/speaker p50 / p99, ms", optLat(ps.Quotes), optLat(fs.Quotes), "", "")
	row("who attended p50 / p99, ms", optLat(ps.Who), optLat(fs.Who), "", "")
	botLat := "not measured"
	if ps.Bot != nil {
		botLat = fmt.Sprintf("%s / %s (%d interactions)", ms(ps.Bot.P50), ms(ps.Bot.P99), ps.Bot.N)
	}
	row("bot path p50 / p99, ms (signed interaction → response)", botLat, "n/a (no bot)", "", "p99 ≤ 50")

	fmt.Fprintln(w, "\nSearch latency by query kind, p50 / p99 / max, ms:")
	fmt.Fprintln(w, "\n| kind | queries | Parley | FTS5 |")
	fmt.Fprintln(w, "|---|---|---|---|")
	var kinds []string
	for k := range ps.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "| %s | %d | %s | %s |\n", k, ps.ByKind[k].N, lat(ps.ByKind[k]), lat(fs.ByKind[k]))
	}
	if ps.Bot != nil {
		fmt.Fprintln(w, "\nBot path by command, p50 / p99 / max, ms:")
		fmt.Fprintln(w, "\n| command | interactions | Parley |")
		fmt.Fprintln(w, "|---|---|---|")
		for _, k := range []string{"search", "quotes", "who"} {
			if l, ok := ps.BotByCommand[k]; ok {
				fmt.Fprintf(w, "| /%s | %d | %s |\n", k, l.N, lat(l))
			}
		}
	}
	if len(ps.BotErrors) > 0 {
		fmt.Fprintf(w, "\nbot path errors: %q\n", ps.BotErrors)
	}
	if len(ps.Errors)+len(fs.Errors) > 0 {
		fmt.Fprintf(w, "\nerrors: Parley %q, FTS5 %q\n", ps.Errors, fs.Errors)
	}
}
