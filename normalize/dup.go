package normalize

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
	type unit struct {
		line int
		text string
	}
	us := make([]unit, 0, len(lines))
	fps := make([]uint64, 0, len(lines))
	for i, l := range lines {
		t := TrimSpace(l)
		if t != "" {
			us = append(us, unit{i, t})
			fps = append(fps, fingerprint(t))
		}
	}
	same := func(a, b int) bool { return fps[a] == fps[b] && us[a].text == us[b].text }
	var out []Duplicate
	for i := 0; i < len(us); {
		found := 0
		if !repeatsSoon(fps[i:], maxDupLines) {
			i++
			continue
		}
		for k := 1; k <= maxDupLines && i+2*k <= len(us); k++ {
			if !same(i, i+k) {
				continue
			}
			size, ok := 0, true
			for j := 0; j < k; j++ {
				if !same(i+j, i+k+j) {
					ok = false
					break
				}
				size += len(us[i+j].text)
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
			FirstStart: us[i].line, FirstEnd: us[i+found-1].line,
			RepeatStart: us[i+found].line, RepeatEnd: us[i+2*found-1].line,
		})
		i += 2 * found
	}
	return out
}

// fingerprint is a cheap summary of a line: its length and its first and
// last eight bytes. Equal lines have equal fingerprints; lines that differ
// mostly differ in one of these.
func fingerprint(t string) uint64 {
	var a, b uint64
	for i := 0; i < len(t) && i < 8; i++ {
		a = a<<8 | uint64(t[i])
	}
	for i := max(len(t)-8, 0); i < len(t); i++ {
		b = b<<8 | uint64(t[i])
	}
	return (a ^ b*0x9E3779B97F4A7C15) + uint64(len(t))*0xC2B2AE3D27D4EB4F
}

// repeatsSoon reports whether fps[0] occurs again among the next n entries.
func repeatsSoon(fps []uint64, n int) bool {
	f := fps[0]
	for _, g := range fps[1:min(len(fps), n+1)] {
		if g == f {
			return true
		}
	}
	return false
}
