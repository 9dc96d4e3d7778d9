// Package schedule keeps daily digest subscriptions and posts each one once
// per local day at its time. It knows nothing of Discord or the index: the
// caller supplies a PostFunc that renders and sends the digest of one
// (guild, channel, local date).
//
// A Store keeps the subscriptions, one per channel, in a bbolt database
// (normally <data>/state.db). A Scheduler's Run loop, driven by a Clock,
// posts each due subscription; store changes wake it, so subscribing or
// unsubscribing takes effect at once. Package schedtest has a fake Clock that
// drives Run deterministically in tests.
//
// # When a digest is due
//
// The digest of local date D is due at Time on D in TZ. A Time skipped by a
// daylight-saving change (02:30 on a spring-forward day) is due at the first
// instant after the gap (03:00); a Time that occurs twice (clocks turned
// back) is due at its first occurrence and posted once. A day whose due time
// is before the subscription's CreatedAt is not posted: a schedule starts
// with its next occurrence. If the scheduler was not running at the due
// time, it posts on start while it is still D in TZ; once D is over, that
// digest is skipped, not posted late, and the skip is logged.
//
// # Exactly once, and what a crash does
//
// Each attempt runs: record Posting=D (committed and synced) → call Post →
// record LastPosted=D and clear Posting. A date counts as posted when
// LastPosted or Posting is at or after it. The protocol is therefore
// at-most-once: if the process dies while Post runs, or between its return
// and the record, the next start finds Posting=D, logs it and counts D as
// posted. A restart just after a post never repeats it; the price is that a
// crash in the middle of a post (say, after the first of several messages)
// leaves that day's digest incomplete or missing, and says so in the log. A
// duplicate in a channel was judged worse than a rare missing digest. When
// Post itself returns an error (including on shutdown, when its context is
// cancelled), the mark is cleared and D is not posted: a retry, or a
// restart the same day, tries again.
//
// # Failures
//
// An error wrapping ErrPermanent (channel deleted, access lost) pauses the
// subscription with the error as PauseReason; it is not retried, and
// subscribing the channel again resumes it. Other errors are retried after
// Options.Backoff waits, within the same local day; then the scheduler gives
// up for that day and logs it.
package schedule
