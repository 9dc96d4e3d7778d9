//go:build !linux

package index

// mappedBytes is not measured outside Linux: the index never trims there.
func mappedBytes() int64 { return 0 }

// dropMapped does nothing outside Linux.
func dropMapped(string, [][]byte) {}

// canTrim is false: no watcher is started.
const canTrim = false
