package fakediscord

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch     = 0
	opHeartbeat    = 1
	opIdentify     = 2
	opResume       = 6
	opInvalid      = 9
	opHello        = 10
	opHeartbeatAck = 11
)

// Frame is one gateway payload the fake received from the client.
type Frame struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	At   time.Time       `json:"-"`
}

// gateway is the fake's websocket state, guarded by Server.mu.
type gateway struct {
	heartbeat  time.Duration
	conn       *gwConn
	sessionID  string
	seq        int64
	frames     []Frame
	identifies int
	resumes    int
	connects   int // READY or RESUMED sent
}

// gwConn serialises writes on one websocket.
type gwConn struct {
	ws *websocket.Conn
	mu sync.Mutex
}

func (c *gwConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	defer ws.Close()
	s.mu.Lock()
	hb := s.gw.heartbeat
	s.mu.Unlock()
	if err := c.write(map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": hb.Milliseconds()}}); err != nil {
		return
	}
	for {
		var f Frame
		if err := ws.ReadJSON(&f); err != nil {
			s.mu.Lock()
			if s.gw.conn == c {
				s.gw.conn = nil
				s.broadcastLocked()
			}
			s.mu.Unlock()
			return
		}
		f.At = time.Now()
		if err := s.handleFrame(c, f); err != nil {
			return
		}
	}
}

func (s *Server) handleFrame(c *gwConn, f Frame) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gw.frames = append(s.gw.frames, f)
	defer s.broadcastLocked()
	switch f.Op {
	case opHeartbeat:
		return c.write(map[string]any{"op": opHeartbeatAck})
	case opIdentify:
		var id struct {
			Token string `json:"token"`
		}
		_ = json.Unmarshal(f.Data, &id)
		if s.Token != "" && id.Token != "Bot "+s.Token {
			_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
			return errors.New("bad token")
		}
		s.gw.identifies++
		s.gw.sessionID = fmt.Sprintf("session-%d", s.gw.identifies)
		s.gw.seq++
		s.gw.conn = c
		s.gw.connects++
		return c.write(map[string]any{"op": opDispatch, "t": "READY", "s": s.gw.seq, "d": map[string]any{
			"v":           9,
			"session_id":  s.gw.sessionID,
			"user":        map[string]any{"id": s.AppID, "username": "Parley", "discriminator": "0", "bot": true},
			"application": map[string]any{"id": s.AppID, "flags": 0},
			"guilds":      []any{},
		}})
	case opResume:
		var res struct {
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
		}
		_ = json.Unmarshal(f.Data, &res)
		s.gw.resumes++
		if res.SessionID != s.gw.sessionID || s.gw.sessionID == "" {
			return c.write(map[string]any{"op": opInvalid, "d": false})
		}
		s.gw.seq++
		s.gw.conn = c
		s.gw.connects++
		return c.write(map[string]any{"op": opDispatch, "t": "RESUMED", "s": s.gw.seq, "d": map[string]any{}})
	}
	return nil
}

// Dispatch sends an event (e.g. INTERACTION_CREATE with an interaction's
// JSON) to the connected client.
func (s *Server) Dispatch(event string, data json.RawMessage) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gw.conn == nil {
		return errors.New("fakediscord: no gateway connection")
	}
	s.gw.seq++
	return s.gw.conn.write(map[string]any{"op": opDispatch, "t": event, "s": s.gw.seq, "d": data})
}

// Disconnect drops the gateway connection abruptly, as a network failure
// would: no close frame.
func (s *Server) Disconnect() {
	s.mu.Lock()
	c := s.gw.conn
	s.gw.conn = nil
	s.broadcastLocked()
	s.mu.Unlock()
	if c != nil {
		_ = c.ws.UnderlyingConn().Close()
	}
}

// GatewayState is a snapshot of the gateway's counters.
type GatewayState struct {
	Connected  bool
	Identifies int
	Resumes    int
	Connects   int // READY + RESUMED sent
	Heartbeats int // heartbeats received (and acknowledged)
	Frames     []Frame
}

// Gateway returns the gateway's counters.
func (s *Server) Gateway() GatewayState {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gatewayLocked()
}

// GatewayLocked is Gateway for use inside a Wait condition.
func (s *Server) GatewayLocked() GatewayState { return s.gatewayLocked() }

func (s *Server) gatewayLocked() GatewayState {
	st := GatewayState{
		Connected:  s.gw.conn != nil,
		Identifies: s.gw.identifies,
		Resumes:    s.gw.resumes,
		Connects:   s.gw.connects,
		Frames:     append([]Frame(nil), s.gw.frames...),
	}
	for _, f := range s.gw.frames {
		if f.Op == opHeartbeat {
			st.Heartbeats++
		}
	}
	return st
}
