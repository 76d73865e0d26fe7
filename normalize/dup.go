package normalize

import "hash/maphash"

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
		hash uint64
	}
	seed := maphash.MakeSeed()
	var us []unit
	for i, l := range lines {
		t := TrimSpace(l)
		if t != "" {
			us = append(us, unit{i, t, maphash.String(seed, t)})
		}
	}
	same := func(a, b int) bool { return us[a].hash == us[b].hash && us[a].text == us[b].text }
	var out []Duplicate
	for i := 0; i < len(us); {
		found := 0
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
