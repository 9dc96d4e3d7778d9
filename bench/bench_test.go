package main

import (
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/gen"
)

func TestMatchExpr(t *testing.T) {
	for _, tt := range []struct {
		q    gen.Query
		sep  string
		want string
	}{
		{gen.Query{Terms: []string{"talks"}}, " ", `"talks"`},
		{gen.Query{Terms: []string{"peace", "talks"}}, " ", `"peace" "talks"`},
		{gen.Query{Terms: []string{"peace", "talks"}}, " OR ", `"peace" OR "talks"`},
		{gen.Query{Terms: []string{"security", "guarantees"}, Phrase: true}, " ", `"security guarantees"`},
		{gen.Query{Terms: []string{`a"b`}}, " ", `"a""b"`},
	} {
		if got := matchExpr(tt.q, tt.sep); got != tt.want {
			t.Errorf("matchExpr(%+v, %q) = %s, want %s", tt.q, tt.sep, got, tt.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	var d []time.Duration
	for i := 100; i >= 1; i-- {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	l := summarize(d)
	if l.N != 100 || l.P50 != 51*time.Millisecond || l.P99 != 100*time.Millisecond || l.Max != 100*time.Millisecond {
		t.Errorf("%+v", l)
	}
	if d[0] != 100*time.Millisecond {
		t.Error("summarize sorted its input")
	}
	if (summarize(nil) != latency{}) {
		t.Error("empty input")
	}
}
