package index

import (
	"math"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Score ties are broken by publication date (ranked.go). Reading a hit's
// date from bleve's doc values decompresses the chunk of documents it is
// in, and a common word ties thousands of hits: that was a fifth of the
// serving CPU. So each segment's dates are read once, into a column of one
// number per document (8 bytes: 22 MB for 100,000 articles; and the day
// alone in 2 more, which date filters test, datedterm.go), kept while
// the segment is part of the index. Segments never change; a merged one
// gets a new column, built on the first tie that needs it.

// pubColumns caches the date columns of the segments in use.
type pubColumns struct {
	mu   sync.Mutex
	cols map[uint64]*pubColumn // by segment id
}

// pubColumn is one segment's dates: pubValue of its pub_key, or 0.
type pubColumn struct {
	once sync.Once
	keys []uint64
	days []uint16 // pubDay of each key: a quarter of the memory, to test ranges on (datedterm.go)
	err  error
}

// pubDates answers date keys for the hits of one search snapshot.
type pubDates struct {
	offsets []uint64 // first global document number of each segment
	segs    []*scorch.SegmentSnapshot
	cols    []*pubColumn // built on first use
	owner   *pubColumns
}

// forSnapshot returns the dates of r's documents, or nil when r is not a
// scorch snapshot (the caller reads doc values instead).
func (pc *pubColumns) forSnapshot(r index.IndexReader) *pubDates {
	is, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil
	}
	segs := is.Segments()
	d := &pubDates{segs: segs, offsets: make([]uint64, len(segs)), cols: make([]*pubColumn, len(segs)), owner: pc}
	var running uint64
	for i, s := range segs {
		d.offsets[i] = running
		running += s.Segment().Count() // as scorch numbers documents
	}
	return d
}

// key returns the date of the document with global number n, as a number
// that orders like its pub_key string (0 when it has none).
func (d *pubDates) key(n uint64) (uint64, error) {
	col, local := d.locate(n)
	if col == nil {
		return 0, nil
	}
	if local >= uint64(len(col.keys)) {
		return 0, col.err
	}
	return col.keys[local], col.err
}

// day returns pubDay of the document with global number n (see key).
func (d *pubDates) day(n uint64) (uint16, error) {
	col, local := d.locate(n)
	if col == nil {
		return 0, nil
	}
	if local >= uint64(len(col.days)) {
		return 0, col.err
	}
	return col.days[local], col.err
}

// locate returns the column of the segment that holds the document with
// global number n, built on first use, and n's number within it (nil when
// no segment holds it). One segment, as a compacted index has, needs no
// search.
func (d *pubDates) locate(n uint64) (*pubColumn, uint64) {
	i := 0
	if len(d.offsets) != 1 {
		i = sort.Search(len(d.offsets), func(i int) bool { return d.offsets[i] > n }) - 1
		if i < 0 {
			return nil, 0
		}
	}
	col := d.cols[i]
	if col == nil {
		col = d.owner.column(d.segs[i], d.segs)
		d.cols[i] = col
	}
	return col, n - d.offsets[i]
}

// pubDay is the UTC day of pubValue v, counted from 1 for the first day
// of minFilterYear, up to maxPubDay (every later day, from 2079); 0 when
// v has no date.
func pubDay(v uint64) uint16 {
	n := v & 15 // digits in the key, as in dayRangeQuery.has
	if v == 0 || n < 5 {
		return 0
	}
	m := (v &^ (1 << 63)) >> 4 >> (6 * (n - 5))
	return uint16(min(m/minutesPerDay+1, maxPubDay))
}

const maxPubDay = math.MaxUint16

const minutesPerDay = 24 * 60

// column returns the built column of seg, building it the first time;
// columns of segments no longer in live are dropped.
func (pc *pubColumns) column(seg *scorch.SegmentSnapshot, live []*scorch.SegmentSnapshot) *pubColumn {
	pc.mu.Lock()
	if pc.cols == nil {
		pc.cols = map[uint64]*pubColumn{}
	}
	col, ok := pc.cols[seg.Id()]
	if !ok {
		col = &pubColumn{}
		pc.cols[seg.Id()] = col
		if len(pc.cols) > 2*len(live) {
			keep := make(map[uint64]bool, len(live))
			for _, s := range live {
				keep[s.Id()] = true
			}
			for id := range pc.cols {
				if !keep[id] {
					delete(pc.cols, id)
				}
			}
		}
	}
	pc.mu.Unlock()
	col.once.Do(func() {
		col.keys, col.err = readPubColumn(seg.Segment())
		col.days = make([]uint16, len(col.keys))
		for i, v := range col.keys {
			col.days[i] = pubDay(v)
		}
	})
	return col
}

// readPubColumn reads the pub_key doc values of every document of s.
func readPubColumn(s segment.Segment) ([]uint64, error) {
	dv, ok := s.(segment.DocValueVisitable)
	if !ok {
		return nil, nil
	}
	keys := make([]uint64, s.Count())
	fields := []string{fPubKey}
	var state segment.DocVisitState
	var err error
	for n := range keys {
		state, err = dv.VisitDocValues(uint64(n), fields, func(_ string, term []byte) {
			keys[n] = pubValue(term)
		}, state)
		if err != nil {
			return nil, err
		}
	}
	return keys, nil
}

// pubValue maps a pub_key (sortDigits, five or eight of them) to a number
// in the same order, above 0 (no key).
func pubValue(key []byte) uint64 {
	var v uint64
	for _, c := range key {
		v = v<<6 | uint64(sortDigitValue[c])
	}
	return v<<4 | uint64(len(key))&15 | 1<<63
}

// sortDigitValue is the inverse of sortDigits.
var sortDigitValue = func() (t [256]byte) {
	for i := range len(sortDigits) {
		t[sortDigits[i]] = byte(i)
	}
	return t
}()
