// Package feeds keeps Parley's list of news feeds and polls them.
//
// The list is the union of PARLEY_FEEDS (comma-separated, given by the
// caller) and the file "feeds" in the data dir (one URL per line, #
// comments), which Add and Remove edit. A Poller reads every feed on
// start and then on an interval, with conditional GETs, hands new items to
// an ingest function, backs off exponentially from a failing feed and
// reports it in Status and the log; it never drops one silently. What it
// knows between runs (validators, failures, the links and texts already
// ingested) is kept in "feeds-state.json" in the data dir.
package feeds
