package feeds_test

import (
	"fmt"

	"github.com/parley-bot/parley/feeds"
)

func ExampleParseEnv() {
	urls, err := feeds.ParseEnv("https://news.example/world.rss, https://wire.example/diplomacy.atom")
	fmt.Println(urls, err)
	_, err = feeds.ParseEnv("https://news.example/world.rss; https://wire.example/diplomacy.atom")
	fmt.Println(err)
	// Output:
	// [https://news.example/world.rss https://wire.example/diplomacy.atom] <nil>
	// PARLEY_FEEDS entry 1: bad URL (only absolute http:// and https:// URLs can be fetched): "https://news.example/world.rss; https://wire.example/diplomacy.atom" contains white space (encode it as %20, or give one URL at a time); separate URLs with commas
}
