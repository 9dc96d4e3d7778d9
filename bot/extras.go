package bot

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/schedule"
)

// Extras are the parts of the bot beyond answering questions: digest
// subscriptions, the feed list and ingesting a page. Each may be nil; its
// commands then answer that the feature is not configured on this bot.
type Extras struct {
	// Subs keeps /digest subscribe, unsubscribe and list.
	Subs *schedule.Store
	// Feeds serves /feeds add, remove and list (a *feeds.Poller).
	Feeds Feeds
	// Ingest serves /ingest (an *answer.Service with a fetcher).
	Ingest Ingester
	// NotPosting says subscriptions are kept but no scheduler posts them
	// (serve without DISCORD_TOKEN); /digest subscribe then says so.
	NotPosting bool
	// Now is the clock subscriptions are stamped and next posts computed
	// with; nil means time.Now.
	Now func() time.Time
}

// Feeds is the feed list the bot edits and shows; *feeds.Poller is the
// real one.
type Feeds interface {
	// Add adds a feed and reports its canonical URL and whether it was new.
	Add(raw string) (url string, added bool, err error)
	// Remove removes a feed from the list.
	Remove(raw string) error
	// Status lists the feeds with how polling them fares.
	Status() ([]feeds.Status, error)
}

var _ Feeds = (*feeds.Poller)(nil)

// Ingester adds articles to the index; *answer.Service is the real one.
// The bot only ever passes one http(s) URL, never a path.
type Ingester interface {
	Ingest(ctx context.Context, inputs []string, opt answer.IngestOptions) (*answer.IngestReport, error)
}

var _ Ingester = (*answer.Service)(nil)

func (x Extras) now() time.Time {
	if x.Now != nil {
		return x.Now()
	}
	return time.Now()
}

// manages reports whether the member who interacted may manage the server
// (Manage Server or Administrator), as Discord computed it for the channel.
// Only interactions in a server have a member.
func manages(it *discordgo.Interaction) bool {
	return it.GuildID != "" && it.Member != nil &&
		it.Member.Permissions&(manageServer|discordgo.PermissionAdministrator) != 0
}

// adminCheck returns the reply refusing a member without Manage Server, or
// nil when they may go on. what says what they tried to change.
func adminCheck(it *discordgo.Interaction, what string) *discordgo.InteractionResponse {
	if it.GuildID == "" || it.Member == nil {
		return ephemeral("This works in a server, not in direct messages.")
	}
	if !manages(it) {
		return ephemeral("You need the **Manage Server** permission to change " + what + ".")
	}
	return nil
}

// notConfigured says a feature is off in this bot, and why it may be.
func notConfigured(feature string) *discordgo.InteractionResponse {
	return ephemeral(feature + " is not configured on this Parley bot. Its operator runs it with `parley bot` or `parley serve`, which set it up.")
}
