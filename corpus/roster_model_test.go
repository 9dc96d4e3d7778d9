package corpus

import "os"

// The fitting tests read ROSTER_ALL: score every meeting, not only the
// main one.
func init() {
	if os.Getenv("ROSTER_ALL") != "" {
		rosterMainOnly = false
	}
}
