package bot

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/parley-bot/parley/schedule"
)

// Permissions of the test members, as Discord sends them in an
// interaction: an admin with Manage Server, and a member without it.
const (
	permsAdmin  = "3072032" // includes Manage Server (1<<5)
	permsMember = "1024"    // View Channel only
)

// opt is one command option of a test interaction.
type opt struct {
	name string
	typ  int // 3 string, 5 boolean, 7 channel
	val  any
}

func str3(name, v string) opt { return opt{name, 3, v} }
func chOpt(v string) opt      { return opt{optChannel, 7, v} }
func boolOpt(n string) opt    { return opt{n, 5, true} }

var interactionSeq atomic.Int64

// command builds a slash-command interaction as Discord sends it: in guild
// 800 unless guild is given, by user 600 with perms, for /name [sub] with
// opts. Each gets a fresh id and token.
func command(t *testing.T, guild, channel, perms, name, sub string, opts ...opt) []byte {
	t.Helper()
	n := interactionSeq.Add(1)
	var values []map[string]any
	for _, o := range opts {
		values = append(values, map[string]any{"name": o.name, "type": o.typ, "value": o.val})
	}
	data := map[string]any{"id": "1100", "name": name, "type": 1, "options": values}
	if sub != "" {
		data["options"] = []map[string]any{{"name": sub, "type": 1, "options": values}}
	}
	it := map[string]any{
		"id": fmt.Sprintf("5%05d", n), "type": 2, "token": fmt.Sprintf("tok-x-%d", n),
		"guild_id": guild, "channel_id": channel, "application_id": testAppID, "version": 1, "locale": "en-US",
		"member": map[string]any{"user": map[string]any{"id": "600", "username": "ana"}, "permissions": perms},
		"data":   data,
	}
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// content is the text of a first response or an edit.
func content(t *testing.T, data []byte) string {
	t.Helper()
	checkMessage(t, data)
	var d struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatalf("not JSON: %s", data)
	}
	return d.Content
}

// ask sends a command and returns the text of its final answer (the edit
// when it was deferred), checking that only the user sees it.
func (h *harness) ask(t *testing.T, raw []byte) string {
	t.Helper()
	resp := h.roundTrip(t, raw)
	if flags(resp.data())&ephemeralFlag == 0 {
		t.Errorf("reply is not ephemeral: %s", resp.Data)
	}
	if resp.Type == 5 {
		_, token := idToken(t, raw)
		return content(t, h.edit(t, token, "PATCH").Body)
	}
	return content(t, resp.Data)
}

func wantContains(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("reply does not contain %q:\n%s", w, got)
		}
	}
}

// openSubs opens a subscription store in a temp dir.
func openSubs(t *testing.T) (*schedule.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state.db")
	s, err := schedule.Open(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}
