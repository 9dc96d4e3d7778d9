package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
)

// answerTimeout bounds one answer; Discord keeps an interaction token for
// 15 minutes, but no one waits that long.
const answerTimeout = 60 * time.Second

// Outcomes, as counted in metrics.
const (
	outcomeOK          = "ok"
	outcomeInputError  = "input_error"
	outcomeError       = "error"
	outcomePanic       = "panic"
	outcomeRateLimited = "rate_limited"
	outcomeTimeout     = "timeout"
	outcomeUnknown     = "unknown"
	outcomeSendFailed  = "send_failed"
	outcomeClosed      = "shutting_down"
)

// replyFunc sends the first response to an interaction: a REST callback
// in gateway mode, the HTTP response in interactions-endpoint mode.
type replyFunc func(*discordgo.InteractionResponse) error

// dispatcher runs handlers for both transports: it rate-limits, bounds
// concurrency, recovers panics, and answers within Discord's deadline by
// deferring and editing when an answer is slow.
type dispatcher struct {
	router      router
	rest        *discordgo.Session // edits @original and sends follow-ups
	log         *slog.Logger
	metrics     *metrics
	limiter     *userLimiter
	sem         chan struct{}
	replyWithin time.Duration

	base   context.Context // answers' context; cancelled when shutdown gives up
	cancel context.CancelFunc

	mu       sync.Mutex
	closed   bool
	inflight sync.WaitGroup
}

func newDispatcher(cfg Config, svc Answerer, rest *discordgo.Session, m *metrics, log *slog.Logger) *dispatcher {
	base, cancel := context.WithCancel(context.Background())
	return &dispatcher{
		router:      newRouter(svc, cfg.Extras, log),
		rest:        rest,
		log:         log,
		metrics:     m,
		limiter:     newUserLimiter(cfg.RateBurst, cfg.RateWindow, defaultMaxUsers),
		sem:         make(chan struct{}, cfg.MaxConcurrent),
		replyWithin: cfg.ReplyWithin,
		base:        base,
		cancel:      cancel,
	}
}

// result is what running a handler produced.
type result struct {
	resp    *discordgo.InteractionResponse
	outcome string
}

// serve answers one interaction and returns once its final response has
// been sent. It never panics and never blocks other interactions: the
// answer runs under a semaphore, and waiting for it is bounded.
func (d *dispatcher) serve(it *discordgo.Interaction, reply replyFunc) {
	start := time.Now()
	req := newRequest(it)
	log := d.log.With("route", req.Route, "interaction", it.ID)
	if req.Route == routePing {
		_ = reply(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	if !d.begin() {
		d.finish(req, start, d.send(log, reply, ephemeral("Parley is restarting; please try again in a minute.")), outcomeClosed)
		return
	}
	defer d.inflight.Done()

	if req.Route != routeAutocomplete && !d.limiter.allow(req.UserID(), time.Now()) {
		err := d.send(log, reply, ephemeral("You are asking faster than Parley can answer — please wait a few seconds and try again."))
		d.finish(req, start, err, outcomeRateLimited)
		return
	}
	rt, ok := d.router.lookup(req)
	if !ok {
		err := d.send(log, reply, ephemeral("Parley does not know this command (yet). Try `/about`."))
		d.finish(req, start, err, outcomeUnknown)
		return
	}

	ctx, cancel := context.WithTimeout(d.base, answerTimeout)
	defer cancel()
	done := make(chan result, 1)
	go func() { done <- d.run(ctx, log, rt, req) }()

	if !rt.slow {
		timer := time.NewTimer(d.replyWithin)
		select {
		case r := <-done:
			timer.Stop()
			d.finish(req, start, d.send(log, reply, r.resp), r.outcome)
			return
		case <-timer.C:
		}
	}

	if req.Route == routeAutocomplete {
		// Autocompletion cannot be deferred; an empty list beats an error.
		cancel()
		d.finish(req, start, d.send(log, reply, autocompleteResult(nil)), outcomeTimeout)
		return
	}
	first := deferred(req, rt)
	if err := d.send(log, reply, first); err != nil {
		cancel()
		d.finish(req, start, err, outcomeSendFailed)
		return
	}
	d.metrics.deferred(req.Route)
	r := <-done
	d.finish(req, start, d.after(ctx, log, it, first, r.resp), r.outcome)
}

// run computes the answer under the concurrency bound, turning errors and
// panics into responses.
func (d *dispatcher) run(ctx context.Context, log *slog.Logger, rt route, req *Request) (r result) {
	select {
	case d.sem <- struct{}{}:
	case <-ctx.Done():
		return result{ephemeral("Parley is busy right now; please try again in a moment."), outcomeTimeout}
	}
	defer func() { <-d.sem }()
	defer func() {
		if p := recover(); p != nil {
			log.Error("handler panicked", "command", req.Route, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			r = result{ephemeral("Sorry, something broke while answering that. It has been logged; please try again later."), outcomePanic}
		}
	}()
	resp, err := rt.handle(ctx, req)
	switch {
	case err == nil && resp != nil:
		return result{resp, outcomeOK}
	case err == nil:
		return result{ephemeral("Parley had nothing to say to that."), outcomeError}
	case answer.IsInputError(err):
		var ie *answer.InputError
		errors.As(err, &ie)
		return result{ephemeral("That did not work: " + escapeMarkdown(ie.Error()) + "."), outcomeInputError}
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		log.Warn("answer timed out", "err", err)
		return result{ephemeral("That took too long to answer; try a narrower question."), outcomeTimeout}
	default:
		log.Error("answer failed", "command", req.Route, "err", err)
		return result{ephemeral("Sorry, Parley could not answer that just now. Please try again in a moment."), outcomeError}
	}
}

// after sends the answer that follows a deferred first response: an edit of
// @original, or for a button whose answer is a new message (an error), an
// ephemeral follow-up, so the page the button was on stays as it was.
func (d *dispatcher) after(ctx context.Context, log *slog.Logger, it *discordgo.Interaction, first, resp *discordgo.InteractionResponse) error {
	finalize(resp)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	var err error
	if first.Type == discordgo.InteractionResponseDeferredMessageUpdate && resp.Type == discordgo.InteractionResponseChannelMessageWithSource {
		_, err = d.rest.FollowupMessageCreate(it, false, &discordgo.WebhookParams{
			Content:         resp.Data.Content,
			Embeds:          resp.Data.Embeds,
			Components:      resp.Data.Components,
			AllowedMentions: noMentions(),
			Flags:           resp.Data.Flags,
		}, discordgo.WithContext(ctx))
	} else {
		_, err = d.rest.InteractionResponseEdit(it, webhookEdit(resp.Data), discordgo.WithContext(ctx))
	}
	if err != nil {
		log.Error("editing deferred response failed", "err", redact(err, it.Token))
	}
	return err
}

// send finalizes and sends a first response.
func (d *dispatcher) send(log *slog.Logger, reply replyFunc, resp *discordgo.InteractionResponse) error {
	finalize(resp)
	err := reply(resp)
	if err != nil {
		log.Error("sending response failed", "err", err)
	}
	return err
}

func (d *dispatcher) finish(req *Request, start time.Time, sendErr error, outcome string) {
	if sendErr != nil {
		outcome = outcomeSendFailed
	}
	route := req.Route
	if _, known := d.router[route]; !known {
		route = routeUnknown // command names come from outside: keep labels bounded
	}
	d.metrics.observe(route, outcome, time.Since(start))
}

// begin counts an interaction in flight, or reports false once shutdown
// has begun.
func (d *dispatcher) begin() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return false
	}
	d.inflight.Add(1)
	return true
}

// shutdown stops taking interactions and waits for those in flight until
// ctx ends; then it cancels the answers still running and waits for their
// (error) responses to be sent.
func (d *dispatcher) shutdown(ctx context.Context) error {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	idle := make(chan struct{})
	go func() { d.inflight.Wait(); close(idle) }()
	select {
	case <-idle:
		d.cancel()
		return nil
	case <-ctx.Done():
		d.cancel()
		select {
		case <-idle:
		case <-time.After(5 * time.Second): // a handler ignoring its context
		}
		return fmt.Errorf("bot: shutdown: answers still running after the grace period were cancelled: %w", ctx.Err())
	}
}
