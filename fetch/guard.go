package fetch

import (
	"errors"
	"fmt"
	"net/netip"
	"syscall"
)

// ErrBlocked is wrapped by every refusal to connect to an address that is
// not on the public internet.
var ErrBlocked = errors.New("address not allowed")

// BlockedError is a refused connection: the address the name resolved to
// and the kind of address it is.
type BlockedError struct {
	Addr netip.AddrPort
	Kind Kind
}

func (e *BlockedError) Error() string {
	return fmt.Sprintf("refusing to connect to %s: %s address (only public internet addresses may be fetched; PARLEY_ALLOW_PRIVATE_URLS=1 lifts this for tests)", e.Addr, e.Kind)
}

// Unwrap returns ErrBlocked.
func (e *BlockedError) Unwrap() error { return ErrBlocked }

// Kind is the class of an IP address, as far as fetching is concerned.
type Kind string

// The kinds of address. Public is the only one fetched by default.
const (
	Public      Kind = "public"
	Loopback    Kind = "loopback"
	Private     Kind = "private"      // RFC 1918, IPv6 unique local (fc00::/7)
	LinkLocal   Kind = "link-local"   // 169.254.0.0/16, fe80::/10
	SharedCGNAT Kind = "shared CGNAT" // 100.64.0.0/10
	Multicast   Kind = "multicast"
	Unspecified Kind = "unspecified" // 0.0.0.0/8, ::
	Metadata    Kind = "cloud metadata"
	Reserved    Kind = "reserved" // broadcast, documentation, benchmarking, future use
)

// metadataAddrs are cloud instance-metadata endpoints. They fall in
// link-local, ULA or CGNAT space already; naming them makes the refusal
// clear, and they stay refused even when private addresses are allowed.
var metadataAddrs = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true, // AWS, GCP, Azure, OpenStack, ...
	netip.MustParseAddr("169.254.170.2"):   true, // AWS ECS task metadata
	netip.MustParseAddr("fd00:ec2::254"):   true, // AWS IMDS over IPv6
	netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
}

type prefixKind struct {
	p netip.Prefix
	k Kind
}

// prefixes classify what the netip predicates do not, checked in order.
var prefixes = []prefixKind{
	{netip.MustParsePrefix("0.0.0.0/8"), Unspecified},
	{netip.MustParsePrefix("100.64.0.0/10"), SharedCGNAT},
	{netip.MustParsePrefix("192.0.0.0/24"), Reserved},    // IETF protocol assignments
	{netip.MustParsePrefix("192.0.2.0/24"), Reserved},    // TEST-NET-1
	{netip.MustParsePrefix("198.18.0.0/15"), Reserved},   // benchmarking
	{netip.MustParsePrefix("198.51.100.0/24"), Reserved}, // TEST-NET-2
	{netip.MustParsePrefix("203.0.113.0/24"), Reserved},  // TEST-NET-3
	{netip.MustParsePrefix("240.0.0.0/4"), Reserved},     // future use and broadcast
	{netip.MustParsePrefix("::/96"), Reserved},           // IPv4-compatible (deprecated)
	{netip.MustParsePrefix("100::/64"), Reserved},        // discard-only
	{netip.MustParsePrefix("2001:db8::/32"), Reserved},   // documentation
	{netip.MustParsePrefix("64:ff9b:1::/48"), Reserved},  // local-use NAT64
	{netip.MustParsePrefix("fec0::/10"), Reserved},       // site-local (deprecated)
}

// embedsV4 are IPv6 prefixes whose addresses carry an IPv4 address that a
// translator may connect to, so the IPv4 address is what counts.
var embedsV4 = []struct {
	p   netip.Prefix
	off int // byte offset of the IPv4 address
}{
	{netip.MustParsePrefix("64:ff9b::/96"), 12}, // NAT64
	{netip.MustParsePrefix("2002::/16"), 2},     // 6to4
}

// Classify tells what kind of address ip is. IPv4-mapped IPv6 addresses
// (::ffff:a.b.c.d) and NAT64/6to4 addresses are classified by the IPv4
// address inside them.
func Classify(ip netip.Addr) Kind {
	ip = ip.Unmap().WithZone("")
	if !ip.IsValid() {
		return Unspecified
	}
	if ip.Is6() {
		for _, e := range embedsV4 {
			if e.p.Contains(ip) {
				b := ip.As16()
				if k := Classify(netip.AddrFrom4([4]byte(b[e.off : e.off+4]))); k != Public {
					return k
				}
				break
			}
		}
	}
	switch {
	case metadataAddrs[ip]:
		return Metadata
	case ip.IsUnspecified():
		return Unspecified
	case ip.IsLoopback():
		return Loopback
	case ip.IsMulticast():
		return Multicast
	case ip.IsLinkLocalUnicast():
		return LinkLocal
	case ip.IsPrivate():
		return Private
	}
	for _, pk := range prefixes {
		if pk.p.Contains(ip) {
			return pk.k
		}
	}
	return Public
}

// guard decides which addresses a Client may connect to.
type guard struct {
	allowPrivate bool
	allow        func(netip.AddrPort) bool
}

// check returns nil when addr may be connected to.
func (g guard) check(addr netip.AddrPort) error {
	k := Classify(addr.Addr())
	switch {
	case k == Public:
		return nil
	case g.allow != nil && g.allow(addr):
		return nil
	case g.allowPrivate && k != Metadata && k != Multicast && k != Reserved:
		return nil
	}
	return &BlockedError{Addr: addr, Kind: k}
}

// control is a net.Dialer Control function: it runs after DNS resolution,
// on the very address being connected to, so neither a DNS answer that
// changes between lookups (rebinding) nor a redirect can reach a refused
// address.
func (g guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse dial address %q (%s): %v", ErrBlocked, address, network, err)
	}
	return g.check(ap)
}
