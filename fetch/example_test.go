package fetch_test

import (
	"fmt"
	"net/netip"

	"github.com/parley-bot/parley/fetch"
)

// Classify is what the dialler asks about every address it is about to
// connect to; anything but Public is refused unless allowed.
func ExampleClassify() {
	for _, ip := range []string{"203.0.114.9", "10.0.0.7", "::ffff:127.0.0.1", "169.254.169.254", "100.64.1.1", "fd12::1"} {
		fmt.Println(ip, fetch.Classify(netip.MustParseAddr(ip)))
	}
	// Output:
	// 203.0.114.9 public
	// 10.0.0.7 private
	// ::ffff:127.0.0.1 loopback
	// 169.254.169.254 cloud metadata
	// 100.64.1.1 shared CGNAT
	// fd12::1 private
}
