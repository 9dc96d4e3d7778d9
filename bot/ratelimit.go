package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimiter allows each user a burst of commands per window. Its map is
// bounded: users idle for a whole window are forgotten first (their bucket
// is full again, so forgetting changes nothing), then the longest idle.
type userLimiter struct {
	mu     sync.Mutex
	burst  int
	window time.Duration
	max    int
	users  map[string]*userBucket
}

type userBucket struct {
	lim  *rate.Limiter
	last time.Time
}

// defaultMaxUsers bounds the limiter's memory.
const defaultMaxUsers = 10000

func newUserLimiter(burst int, window time.Duration, maxUsers int) *userLimiter {
	return &userLimiter{burst: burst, window: window, max: maxUsers, users: map[string]*userBucket{}}
}

// allow reports whether user may run a command at now.
func (l *userLimiter) allow(user string, now time.Time) bool {
	if user == "" {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.users[user]
	if !ok {
		if len(l.users) >= l.max {
			l.evict(now)
		}
		b = &userBucket{lim: rate.NewLimiter(rate.Every(l.window/time.Duration(l.burst)), l.burst)}
		l.users[user] = b
	}
	b.last = now
	return b.lim.AllowN(now, 1)
}

func (l *userLimiter) evict(now time.Time) {
	var oldest string
	var oldestAt time.Time
	for u, b := range l.users {
		if now.Sub(b.last) >= l.window {
			delete(l.users, u)
			continue
		}
		if oldest == "" || b.last.Before(oldestAt) {
			oldest, oldestAt = u, b.last
		}
	}
	if len(l.users) >= l.max && oldest != "" {
		delete(l.users, oldest)
	}
}
