package bot_test

import (
	"fmt"

	"github.com/parley-bot/parley/bot"
)

// Commands is what the bot registers with Discord's bulk overwrite.
func ExampleCommands() {
	for _, c := range bot.Commands() {
		fmt.Print("/", c.Name)
		for _, o := range c.Options {
			fmt.Print(" ", o.Name)
		}
		fmt.Println()
	}
	// Output:
	// /search query since until source private
	// /quotes keyword speaker since until private
	// /who meeting date private
	// /ask question private
	// /digest show subscribe unsubscribe list
	// /feeds add remove list
	// /ingest url
	// /about private
}

// ConfigFromEnv reads the DISCORD_* variables; a missing token is a
// ConfigError the command line prints as one line before exiting with 2.
func ExampleConfigFromEnv() {
	env := map[string]string{"DISCORD_API_URL": "http://127.0.0.1:8081/api/v9"}
	cfg, err := bot.ConfigFromEnv(func(k string) string { return env[k] })
	fmt.Println(cfg.APIURL, err)
	fmt.Println(bot.IsConfigError(bot.ErrMissingToken))
	// Output:
	// http://127.0.0.1:8081/api/v9/ <nil>
	// true
}
