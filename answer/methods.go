package answer

// TEMPORARY skeleton: the signatures below are the contract between answer
// and its callers (CLI, bot); bodies arrive with the foundation and
// extraction work.

import (
	"context"
	"errors"
)

var errTODO = errors.New("answer: not implemented yet")

// Search returns the passages matching p.Query.
func (s *Service) Search(ctx context.Context, p SearchParams) (*SearchAnswer, error) {
	return nil, errTODO
}

// Quotes returns quotations matching p.Keyword and p.Speaker.
func (s *Service) Quotes(ctx context.Context, p QuotesParams) (*QuotesAnswer, error) {
	return nil, errTODO
}

// Who returns who attended the meeting p.Meeting describes.
func (s *Service) Who(ctx context.Context, p WhoParams) (*WhoAnswer, error) {
	return nil, errTODO
}

// Ask routes a plain question to who, quotes, search or digest.
func (s *Service) Ask(ctx context.Context, question string) (*AskAnswer, error) {
	return nil, errTODO
}

// Digest returns the digest of one day in one time zone.
func (s *Service) Digest(ctx context.Context, p DigestParams) (*DigestAnswer, error) {
	return nil, errTODO
}

// Stats returns corpus and index figures.
func (s *Service) Stats(ctx context.Context) (*StatsAnswer, error) {
	return nil, errTODO
}

// Suggest returns up to limit completions of prefix for kind (SuggestSpeaker,
// SuggestSource, SuggestMeeting).
func (s *Service) Suggest(ctx context.Context, kind, prefix string, limit int) ([]string, error) {
	return nil, errTODO
}
