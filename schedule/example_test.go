package schedule_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/parley-bot/parley/schedule"
)

// errMissingAccess stands for what a Discord client returns when the channel
// is gone or the bot may not post there (HTTP 403/404, codes 10003, 50001,
// 50013).
var errMissingAccess = errors.New("403 Forbidden: Missing Access")

// sendDigest stands for rendering answer.Digest for (d.Date, d.TZ) and
// sending it to d.ChannelID.
func sendDigest(ctx context.Context, d schedule.Delivery) error { return nil }

// How a program wires the scheduler: open the store in the data dir, give
// the scheduler a post function that marks permanent failures, run it
// beside the bot, and let slash commands call Subscribe and Unsubscribe.
func Example() {
	dataDir := "data"
	store, err := schedule.Open(filepath.Join(dataDir, "state.db"), 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()

	post := func(ctx context.Context, d schedule.Delivery) error {
		err := sendDigest(ctx, d)
		if errors.Is(err, errMissingAccess) {
			return fmt.Errorf("post digest to channel %s: %w (%w)", d.ChannelID, err, schedule.ErrPermanent)
		}
		return err
	}
	sched := schedule.NewScheduler(store, post, schedule.Options{Logger: slog.Default()})

	ctx, stop := context.WithTimeout(context.Background(), time.Millisecond)
	defer stop()
	go sched.Run(ctx)

	// /digest subscribe channel:#news time:08:30 timezone:Europe/Berlin
	if _, err := store.Subscribe(schedule.Subscription{GuildID: "1", ChannelID: "2", Time: "08:30",
		TZ: "Europe/Berlin", CreatedBy: "3"}); err != nil {
		fmt.Println(err) // shown to the user: it names the option at fault
	}
}
