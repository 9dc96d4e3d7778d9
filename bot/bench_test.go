package bot

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/bot/internal/fakediscord"
	"github.com/parley-bot/parley/index"
)

// BenchmarkInteraction measures the time from an interaction leaving
// (fake) Discord to the bot's first response arriving back, for /search,
// through both transports. It reports p50 and p99 in milliseconds.
func BenchmarkInteraction(b *testing.B) {
	svc := benchAnswerer(b)
	queries := benchQueries()
	tweak := func(c *Config) { c.RateBurst = 1 << 30; c.ReplyWithin = 2500 * time.Millisecond }

	b.Run("http", func(b *testing.B) {
		fake := fakediscord.New(secretToken, testAppID, 45*time.Second)
		defer fake.Close()
		pub, priv, _ := ed25519.GenerateKey(rand.Reader)
		cfg := benchConfig(b, fake, func(c *Config) { tweak(c); c.PublicKey = hex.EncodeToString(pub) })
		srv, err := NewServer(cfg, svc, discardLogger())
		if err != nil {
			b.Fatal(err)
		}
		hs := httptest.NewServer(srv)
		defer hs.Close()
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			raw := searchInteraction(i, queries[i%len(queries)])
			start := time.Now()
			status, body, err := fake.PostInteraction(hs.URL+"/interactions", priv, raw, time.Now())
			if err != nil || status != 200 {
				b.Fatalf("%d %s %v", status, body, err)
			}
			lat = append(lat, time.Since(start))
		}
		b.StopTimer()
		reportPercentiles(b, lat)
	})

	b.Run("gateway", func(b *testing.B) {
		fake := fakediscord.New(secretToken, testAppID, 45*time.Second)
		defer fake.Close()
		cfg := benchConfig(b, fake, tweak)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- RunGateway(ctx, cfg, svc, discardLogger()) }()
		defer func() { cancel(); <-done }()
		if _, ok := fake.WaitRequest(waitLong, isRegistration); !ok {
			b.Fatal("bot did not start")
		}
		lat := make([]time.Duration, 0, b.N)
		seen := 0
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			raw := searchInteraction(i, queries[i%len(queries)])
			path := fmt.Sprintf("%sinteractions/bench-%d/tok-bench-%d/callback", fakediscord.APIPath, i, i)
			start := time.Now()
			if err := fake.Dispatch("INTERACTION_CREATE", raw); err != nil {
				b.Fatal(err)
			}
			var at time.Time
			if !fake.Wait(waitLong, func() bool {
				reqs := fake.RequestsLocked()
				for j := seen; j < len(reqs); j++ {
					if reqs[j].Path == path {
						at, seen = reqs[j].At, j
						return true
					}
				}
				return false
			}) {
				b.Fatalf("no response to interaction %d", i)
			}
			lat = append(lat, at.Sub(start))
		}
		b.StopTimer()
		reportPercentiles(b, lat)
	})
}

func benchConfig(b *testing.B, fake *fakediscord.Server, tweak func(*Config)) Config {
	b.Helper()
	cfg, err := ConfigFromEnv(env(map[string]string{
		"DISCORD_TOKEN": secretToken, "DISCORD_API_URL": fake.APIBase, "DISCORD_GUILD_ID": testGuildID,
	}))
	if err != nil {
		b.Fatal(err)
	}
	tweak(&cfg)
	return cfg
}

func searchInteraction(i int, query string) []byte {
	return []byte(fmt.Sprintf(`{"id":"bench-%d","type":2,"token":"tok-bench-%d","application_id":"900","guild_id":"800","channel_id":"700",`+
		`"member":{"user":{"id":"600","username":"ana"},"permissions":"0"},"version":1,`+
		`"data":{"id":"1000","name":"search","type":1,"options":[{"name":"query","type":3,"value":%q}]}}`, i, i, query))
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// benchQueries are varied /search queries.
func benchQueries() []string {
	return strings.Split("ceasefire talks|nuclear programme Vienna|grain corridor|\"prisoner exchange\" Doha|fishing rights -tariff|water sharing Mara Vance", "|")
}

// benchAnswerer is the answer layer over an on-disk index of 10,000
// generated articles, built once for the benchmark (it takes a while) and
// removed after it.
func benchAnswerer(b *testing.B) Answerer {
	idx, err := index.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { idx.Close() })
	start := time.Now()
	svc := serviceWith(b, idx, generatedArticles(10000))
	st, err := svc.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("indexed %d articles (%d passages, %d bytes) in %v", st.Articles, st.Passages, st.IndexBytes, time.Since(start).Round(time.Millisecond))
	return svc
}
