package bot

import (
	"github.com/bwmarrin/discordgo"
)

// Option names shared by commands, handlers and autocomplete.
const (
	optQuery    = "query"
	optSince    = "since"
	optUntil    = "until"
	optSource   = "source"
	optKeyword  = "keyword"
	optSpeaker  = "speaker"
	optMeeting  = "meeting"
	optDate     = "date"
	optQuestion = "question"
	optPrivate  = "private"
	optChannel  = "channel"
	optTime     = "time"
	optTimezone = "timezone"
	optTZ       = "tz"
	optSkip     = "skip_empty"
	optURL      = "url"
)

// manageServer is what /digest subscribe and unsubscribe, /feeds and
// /ingest require.
const manageServer = discordgo.PermissionManageGuild

// Commands returns Parley's slash commands, as registered with Discord's
// bulk overwrite.
//
// Discord's default_member_permissions applies to a whole top-level
// command, never to one subcommand, so setting Manage Server on /digest
// would hide /digest show and /digest list from everyone else. /digest
// therefore has no default permission; subscribe and unsubscribe check
// Manage Server (or Administrator) on every use instead (see adminCheck).
// /feeds and /ingest are admin-only as a whole: they carry Manage Server as
// default_member_permissions, so Discord hides them from other members,
// and check it on every use too, since a server may grant the command to
// roles that lack the permission. Both are guild-only.
func Commands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{
			Name:        "search",
			Description: "Find news passages about negotiations, with highlights and sources",
			Options: []*discordgo.ApplicationCommandOption{
				text(optQuery, "Words to find; \"quoted phrases\" and -exclusions work", true, 300),
				dateOpt(optSince, "Published on or after (YYYY-MM-DD)"),
				dateOpt(optUntil, "Published on or before (YYYY-MM-DD)"),
				auto(optSource, "Only this outlet"),
				private(),
			},
		},
		{
			Name:        "quotes",
			Description: "Find direct quotations and who said them",
			Options: []*discordgo.ApplicationCommandOption{
				text(optKeyword, "Words in the quotation", false, 200),
				auto(optSpeaker, "Who said it (full or partial name)"),
				dateOpt(optSince, "Published on or after (YYYY-MM-DD)"),
				dateOpt(optUntil, "Published on or before (YYYY-MM-DD)"),
				private(),
			},
		},
		{
			Name:        "who",
			Description: "Who attended a meeting, who did not, and the sources",
			Options: []*discordgo.ApplicationCommandOption{
				withAuto(text(optMeeting, "The meeting, e.g. \"Alaska summit\", or a whole question", true, 300)),
				dateOpt(optDate, "Day of the meeting (YYYY-MM-DD)"),
				private(),
			},
		},
		{
			Name:        "ask",
			Description: "Ask a question in plain words",
			Options: []*discordgo.ApplicationCommandOption{
				text(optQuestion, "e.g. \"Who was at the Alaska summit?\"", true, 300),
				private(),
			},
		},
		{
			Name:        "digest",
			Description: "The day's negotiation news",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "show",
					Description: "Show the digest of one day",
					Options: []*discordgo.ApplicationCommandOption{
						dateOpt(optDate, "Day (YYYY-MM-DD); today when empty"),
						text(optTZ, "Time zone, e.g. Europe/Paris; UTC when empty", false, 64),
						private(),
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "subscribe",
					Description: "Post the digest in a channel every day (needs Manage Server)",
					Options: []*discordgo.ApplicationCommandOption{
						channelOpt("Channel to post in", true),
						text(optTime, "Time of day, HH:MM on a 24-hour clock", true, 5),
						text(optTimezone, "IANA time zone, e.g. Europe/Paris or UTC", true, 64),
						{
							Type:        discordgo.ApplicationCommandOptionBoolean,
							Name:        optSkip,
							Description: "Post nothing on a day without news (default: a one-line note)",
						},
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "unsubscribe",
					Description: "Stop posting the digest in a channel (needs Manage Server)",
					Options: []*discordgo.ApplicationCommandOption{
						channelOpt("Channel to stop posting in; this one when empty", false),
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "list",
					Description: "Where and when this server gets the daily digest",
				},
			},
		},
		{
			Name:                     "feeds",
			Description:              "The news feeds Parley reads (needs Manage Server)",
			DefaultMemberPermissions: ptr(int64(manageServer)),
			Contexts:                 guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "add",
					Description: "Read a feed (RSS or Atom) from now on",
					Options:     []*discordgo.ApplicationCommandOption{text(optURL, "Feed URL, http(s)", true, 2000)},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "remove",
					Description: "Stop reading a feed",
					Options:     []*discordgo.ApplicationCommandOption{text(optURL, "Feed URL as listed", true, 2000)},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "list",
					Description: "The feeds, when each was last read, and failures",
				},
			},
		},
		{
			Name:                     "ingest",
			Description:              "Add one news article to Parley by its link (needs Manage Server)",
			DefaultMemberPermissions: ptr(int64(manageServer)),
			Contexts:                 guildOnly(),
			Options:                  []*discordgo.ApplicationCommandOption{text(optURL, "Article URL, http(s)", true, 2000)},
		},
		{
			Name:        "about",
			Description: "What Parley is, what it knows and how to use it",
			Options:     []*discordgo.ApplicationCommandOption{private()},
		},
	}
}

func channelOpt(desc string, required bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:         discordgo.ApplicationCommandOptionChannel,
		Name:         optChannel,
		Description:  desc,
		Required:     required,
		ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
	}
}

func guildOnly() *[]discordgo.InteractionContextType {
	return &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
}

func ptr[T any](v T) *T { return &v }

func text(name, desc string, required bool, maxLen int) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionString,
		Name:        name,
		Description: desc,
		Required:    required,
		MaxLength:   maxLen,
	}
}

func dateOpt(name, desc string) *discordgo.ApplicationCommandOption {
	min := 10
	o := text(name, desc, false, 10)
	o.MinLength = &min
	return o
}

func auto(name, desc string) *discordgo.ApplicationCommandOption {
	return withAuto(text(name, desc, false, 100))
}

func withAuto(o *discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	o.Autocomplete = true
	return o
}

func private() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionBoolean,
		Name:        optPrivate,
		Description: "Show the answer to you only",
	}
}
