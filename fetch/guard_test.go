package fetch_test

import (
	"context"
	"errors"
	"net/netip"
	"strings"
	"testing"

	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		ip   string
		want fetch.Kind
	}{
		{"93.184.216.34", fetch.Public},
		{"8.8.8.8", fetch.Public},
		{"2606:4700:4700::1111", fetch.Public},
		{"127.0.0.1", fetch.Loopback},
		{"127.255.0.9", fetch.Loopback},
		{"::1", fetch.Loopback},
		{"::ffff:127.0.0.1", fetch.Loopback}, // v4-mapped v6
		{"10.1.2.3", fetch.Private},
		{"172.16.0.1", fetch.Private},
		{"172.31.255.255", fetch.Private},
		{"172.32.0.1", fetch.Public},
		{"192.168.1.1", fetch.Private},
		{"::ffff:192.168.1.1", fetch.Private},
		{"::ffff:8.8.8.8", fetch.Public},
		{"fd00::1", fetch.Private}, // ULA fd00::/8
		{"fc00::1", fetch.Private},
		{"169.254.10.20", fetch.LinkLocal},
		{"fe80::1", fetch.LinkLocal},
		{"fe80::1%eth0", fetch.LinkLocal},
		{"169.254.169.254", fetch.Metadata},
		{"::ffff:169.254.169.254", fetch.Metadata},
		{"fd00:ec2::254", fetch.Metadata},
		{"100.64.0.1", fetch.SharedCGNAT},
		{"100.127.255.254", fetch.SharedCGNAT},
		{"100.128.0.1", fetch.Public},
		{"224.0.0.1", fetch.Multicast},
		{"ff02::1", fetch.Multicast},
		{"0.0.0.0", fetch.Unspecified},
		{"0.1.2.3", fetch.Unspecified},
		{"::", fetch.Unspecified},
		{"255.255.255.255", fetch.Reserved},
		{"192.0.2.7", fetch.Reserved},
		{"2001:db8::1", fetch.Reserved},
		{"64:ff9b::a00:1", fetch.Private},  // NAT64 of 10.0.0.1
		{"64:ff9b::808:808", fetch.Public}, // NAT64 of 8.8.8.8
		{"2002:7f00:1::", fetch.Loopback},  // 6to4 of 127.0.0.1
		{"::7f00:1", fetch.Reserved},       // IPv4-compatible
	}
	for _, tt := range tests {
		if got := fetch.Classify(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("Classify(%s) = %s, want %s", tt.ip, got, tt.want)
		}
	}
}

// The guard refuses the test server itself unless told otherwise: by
// name (localhost resolves to loopback) and by address.
func TestGuardRefusesLoopbackAfterResolution(t *testing.T) {
	srv := fetchtest.NewServer(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	strict := fetch.New(fetch.Options{})
	for _, u := range []string{srv.At("/news/oslo-fisheries"), "http://localhost" + port + "/news/oslo-fisheries"} {
		_, err := strict.Article(context.Background(), u)
		var be *fetch.BlockedError
		if !errors.As(err, &be) || !errors.Is(err, fetch.ErrBlocked) || be.Kind != fetch.Loopback {
			t.Errorf("%s: err = %v, want a loopback refusal", u, err)
		}
	}
	if srv.Hits("/news/oslo-fisheries") != 0 {
		t.Errorf("a refused fetch reached the server")
	}

	open := fetch.New(fetch.Options{AllowPrivate: true})
	if _, err := open.Article(context.Background(), srv.At("/news/oslo-fisheries")); err != nil {
		t.Errorf("AllowPrivate: %v", err)
	}
	// Metadata endpoints stay refused even then; the refusal happens
	// before any packet is sent.
	_, err := open.Article(context.Background(), "http://169.254.169.254/latest/meta-data/")
	var be *fetch.BlockedError
	if !errors.As(err, &be) || be.Kind != fetch.Metadata {
		t.Errorf("metadata with AllowPrivate: err = %v", err)
	}
}

func TestRedirectToPrivateAddressRefused(t *testing.T) {
	srv := fetchtest.NewServer(t)
	c := srv.Client(fetch.Options{})
	srv.Set("/news/to-ten", fetchtest.Route{Status: 301, Location: "http://10.0.0.1/admin"})
	for _, path := range []string{"/news/moved", "/news/to-ten"} {
		_, err := c.Article(context.Background(), srv.At(path))
		if !errors.Is(err, fetch.ErrBlocked) || !strings.Contains(err.Error(), "redirected to") {
			t.Errorf("%s: err = %v, want a refused redirect", path, err)
		}
	}
}

func TestCheckURL(t *testing.T) {
	for _, u := range []string{"ftp://example.org/feed", "file:///etc/passwd", "javascript:alert(1)", "example.org/feed.xml", "http://", "https://user:pw@example.org/", ""} {
		if _, err := fetch.CheckURL(u); !errors.Is(err, fetch.ErrBadURL) {
			t.Errorf("CheckURL(%q) = %v, want ErrBadURL", u, err)
		}
	}
	if u, err := fetch.CheckURL("  https://example.org/feed.xml \n"); err != nil || u != "https://example.org/feed.xml" {
		t.Errorf("CheckURL = %q, %v", u, err)
	}
	c := fetch.New(fetch.Options{})
	if _, err := c.Fetch(context.Background(), "file:///etc/passwd"); !errors.Is(err, fetch.ErrBadURL) {
		t.Errorf("Fetch(file:) = %v", err)
	}
}
