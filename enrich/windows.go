package enrich

import "math/rand/v2"

// windowTable maps the windowBytes-long windows of the quotation index
// (read as one uint64) to the places they stand, in the order they were
// added. It is a hash table with open addressing whose slots each head a
// list of places: a Go map of strings to slices cost a string header, a
// slice and its growth per word, and on real dumps it was 44% of the
// parse (BenchmarkRealDumps, and `blogthread parse -o stats -cpuprofile`
// on the shared corpus repeated to 20 MB).
type windowTable struct {
	slots []windowSlot // 1<<bits long
	bits  int
	used  int       // slots in use
	at    []textPos // the places, in the order added
	next  []int32   // the next place of the same window, -1 at the end
	probe int       // slots looked at, for the tests
}

// windowSlot is a window and its list of places in at.
type windowSlot struct {
	key         uint64
	first, last int32
	count       int32 // 0: the slot is free
}

// windowKey reads the windowBytes bytes of s at i as a number.
func windowKey(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// newWindowTable returns a table sized for about n places.
func newWindowTable(n int) *windowTable {
	bits := 6
	for 1<<bits < 2*n {
		bits++
	}
	return &windowTable{slots: make([]windowSlot, 1<<bits), bits: bits, at: make([]textPos, 0, n), next: make([]int32, 0, n)}
}

// hashSeed varies the table's hash from process to process, so that no
// input is built to make its windows collide.
var hashSeed = rand.Uint64()

// slot returns the index of the slot of key: its own, or the free one it
// would take. The hash mixes every bit of the window (murmur3's
// finalizer) and takes its top bits: windows that differ only in their
// last bytes spread as well as any.
func (t *windowTable) slot(key uint64) int {
	h := key ^ hashSeed
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	mask := len(t.slots) - 1
	i := int(h>>(64-t.bits)) & mask
	for t.slots[i].count != 0 && t.slots[i].key != key {
		i = (i + 1) & mask
		t.probe++
	}
	return i
}

// add appends a place of the window key.
func (t *windowTable) add(key uint64, p textPos) {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	n := int32(len(t.at))
	t.at = append(t.at, p)
	t.next = append(t.next, -1)
	s := &t.slots[t.slot(key)]
	if s.count == 0 {
		*s = windowSlot{key: key, first: n, last: n, count: 1}
		t.used++
		return
	}
	t.next[s.last] = n
	s.last = n
	s.count++
}

// grow doubles the slots.
func (t *windowTable) grow() {
	old := t.slots
	t.bits++
	t.slots = make([]windowSlot, 1<<t.bits)
	for _, s := range old {
		if s.count != 0 {
			t.slots[t.slot(s.key)] = s
		}
	}
}

// count returns how many places the window key has.
func (t *windowTable) count(key uint64) int { return int(t.slots[t.slot(key)].count) }

// places yields the places of the window key in the order they were added.
func (t *windowTable) places(key uint64) func(yield func(textPos) bool) {
	return func(yield func(textPos) bool) {
		s := t.slots[t.slot(key)]
		if s.count == 0 {
			return
		}
		for i := s.first; i >= 0; i = t.next[i] {
			if !yield(t.at[i]) {
				return
			}
		}
	}
}
