package enrich

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// wordsTxt lists common English words; see the file's header for where it
// comes from.
//
//go:embed words.txt
var wordsTxt string

var (
	commonOnce  sync.Once
	commonWords []string
)

// isCommonWord reports whether lw (in lower case) is a common English word
// or a plural of one.
func isCommonWord(lw string) bool {
	commonOnce.Do(func() {
		for _, l := range strings.Split(wordsTxt, "\n") {
			if l != "" && l[0] != '#' {
				commonWords = append(commonWords, l)
			}
		}
	})
	has := func(w string) bool {
		i := sort.SearchStrings(commonWords, w)
		return i < len(commonWords) && commonWords[i] == w
	}
	switch {
	case has(lw):
		return true
	case strings.HasSuffix(lw, "ies") && has(lw[:len(lw)-3]+"y"):
		return true
	case strings.HasSuffix(lw, "es") && has(lw[:len(lw)-2]):
		return true
	case strings.HasSuffix(lw, "s") && has(lw[:len(lw)-1]):
		return true
	}
	return false
}
