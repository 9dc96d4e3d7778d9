package bot

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the bot's Prometheus figures, in a registry of their own so
// that several bots (tests) never collide.
type metrics struct {
	reg      *prometheus.Registry
	commands *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	deferals *prometheus.CounterVec
}

func newMetrics(svc Answerer) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_commands_total",
			Help: "Interactions answered, by command and outcome.",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "parley_command_duration_seconds",
			Help:    "Time from an interaction's arrival to its final response being sent.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2, 3, 5, 10, 30},
		}, []string{"command"}),
		deferals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_commands_deferred_total",
			Help: "Interactions whose answer was not ready in time and was sent as an edit.",
		}, []string{"command"}),
	}
	stats := &statsCache{svc: svc}
	m.reg.MustRegister(m.commands, m.latency, m.deferals,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "parley_index_bytes",
			Help: "Size of the index on disk.",
		}, func() float64 { return float64(stats.get().IndexBytes) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "parley_index_articles",
			Help: "Articles in the index.",
		}, func() float64 { return float64(stats.get().Articles) }),
		collectors.NewGoCollector(),
	)
	return m
}

func (m *metrics) observe(command, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.commands.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(d.Seconds())
}

func (m *metrics) deferred(command string) {
	if m == nil {
		return
	}
	m.deferals.WithLabelValues(command).Inc()
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// statsCache asks for index figures at most every few seconds, so scrapes
// never load the index; on error it keeps the last figures.
type statsCache struct {
	svc  Answerer
	mu   sync.Mutex
	at   time.Time
	last struct{ IndexBytes, Articles int64 }
}

func (c *statsCache) get() struct{ IndexBytes, Articles int64 } {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.at) < 5*time.Second {
		return c.last
	}
	c.at = time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if st, err := c.svc.Stats(ctx); err == nil && st != nil {
		c.last.IndexBytes, c.last.Articles = st.IndexBytes, int64(st.Articles)
	}
	return c.last
}
