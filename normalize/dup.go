package normalize

import (
	"math"
	"slices"

	"github.com/blogthread/blogthread/internal/swar"
	"github.com/blogthread/blogthread/internal/textutil"
)

// Duplicate is a run of lines that a scraper repeated verbatim right after
// itself. Line indexes are 0-based and inclusive; blank lines do not count
// when the copies are compared.
type Duplicate struct {
	FirstStart, FirstEnd   int // the first copy
	RepeatStart, RepeatEnd int // the repeat
}

// Duplicate runs must hold at least minDupBytes of text, so that repeated
// short lines (a refrain, two "Delete" links) are not reported, and at most
// maxDupLines non-blank lines.
const (
	minDupBytes = 80
	maxDupLines = 64
)

// Duplicates finds runs of non-blank lines (compared without leading and
// trailing space) that are followed at once by the same run, the shortest
// run first. lines are the lines of a text without their line ends.
func Duplicates(lines []string) []Duplicate {
	out, _ := duplicates(lines)
	return out
}

// duplicates is Duplicates, counting the lines it compares for the tests.
func duplicates(lines []string) (out []Duplicate, work int) {
	if len(lines) > math.MaxInt32 {
		return nil, 0 // not a text anyone reads whole
	}
	us := make([]int32, 0, len(lines)) // the non-blank lines
	fps := make([]uint64, 0, len(lines))
	for i, l := range lines {
		if t := textutil.TrimSpace(l); t != "" {
			us = append(us, int32(i))
			fps = append(fps, fingerprint(t))
		}
	}
	text := func(u int) string { return textutil.TrimSpace(lines[us[u]]) }
	// pre[u] is the bytes of the non-blank lines before u: a run too
	// short to report is passed over without a comparison (a million
	// one-byte lines cost one test each, not thousands).
	pre := make([]int, len(us)+1)
	for u := range us {
		pre[u+1] = pre[u] + len(text(u))
	}
	next := nextSame(fps, maxDupLines)
	for i := 0; i < len(us); {
		work++
		if pre[min(i+maxDupLines, len(us))]-pre[i] < minDupBytes {
			i++ // no run from i holds enough text
			continue
		}
		found := 0
		// k runs over the distances at which line i's fingerprint comes
		// again, shortest first. The run is compared by fingerprints
		// first, and by its text only when they all agree.
		for j := int(next[i]); j >= 0 && j-i <= maxDupLines && i+2*(j-i) <= len(us); j = int(next[j]) {
			k := j - i
			work++
			if pre[j]-pre[i] < minDupBytes {
				continue
			}
			work += k
			if !slices.Equal(fps[i:j], fps[j:j+k]) {
				continue
			}
			size, ok := 0, true
			for t := 0; t < k; t++ {
				a := text(i + t)
				if a != text(j+t) {
					ok = false
					break
				}
				size += len(a)
			}
			if ok && size >= minDupBytes {
				found = k
				break
			}
		}
		if found == 0 {
			i++
			continue
		}
		out = append(out, Duplicate{
			FirstStart: int(us[i]), FirstEnd: int(us[i+found-1]),
			RepeatStart: int(us[i+found]), RepeatEnd: int(us[i+2*found-1]),
		})
		i += 2 * found
	}
	return out, work
}

// fingerprint is a cheap summary of a line: its length and its first and
// last eight bytes. Equal lines have equal fingerprints; lines that differ
// mostly differ in one of these.
func fingerprint(t string) uint64 {
	var a, b uint64
	if len(t) >= 8 {
		a, b = swar.Load8(t, 0), swar.Load8(t, len(t)-8)
	} else {
		for i := 0; i < len(t); i++ {
			a = a<<8 | uint64(t[i])
		}
		b = a
	}
	return (a ^ b*0x9E3779B97F4A7C15) + uint64(len(t))*0xC2B2AE3D27D4EB4F
}

// nextSame returns, for each entry of fps, the index of the next entry
// with the same value if it is at most within entries ahead; otherwise -1
// or the index of a later such entry. It hashes a block of entries at a
// time, so that its table stays small whatever the input.
func nextSame(fps []uint64, within int) []int32 {
	const block = 4096
	next := make([]int32, len(fps))
	size := 16
	for size < 2*min(len(fps), block+within) {
		size *= 2
	}
	table := make([]int32, size) // index-b0+1 of the latest entry seen with a value, 0 for none
	mask := uint64(size - 1)
	for b0 := 0; b0 < len(fps); b0 += block {
		b1, e := min(b0+block, len(fps)), min(b0+block+within, len(fps))
		clear(table)
		for i := e - 1; i >= b0; i-- {
			f := fps[i]
			h := (f * 0x9E3779B97F4A7C15 >> 32) & mask
			for table[h] != 0 && fps[b0+int(table[h])-1] != f {
				h = (h + 1) & mask
			}
			if i < b1 {
				next[i] = -1
				if table[h] != 0 {
					next[i] = int32(b0 + int(table[h]) - 1)
				}
			}
			table[h] = int32(i - b0 + 1)
		}
	}
	return next
}
