package corpus

import "os"

// The fitting tests read ROSTER_ALL: score every meeting, not only the
// main one.
func init() {
	if os.Getenv("ROSTER_ALL") != "" {
		rosterMainOnly = false
	}
}

// rosterFeatureNames name the features for reports.
var rosterFeatureNames = [rfCount]string{"bias", "quoted", "quoted-here", "ment-here", "with-attendee", "with-meet-word",
	"leader-role", "official-role", "comment-role", "first-pos", "mentions", "other-meeting", "remote-cue", "far",
	"past-subject", "main-meeting", "known", "planned-cue", "recalled-cue", "elsewhere-cue",
	"near", "here-share", "same-side", "listed", "attend-cue", "meet-sent-here", "speech-only", "dependent", "neg-cue", "with-absent", "no-full-name", "speaks-only"}
