package parse

import (
	"time"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/when"
)

// The dates and times themselves are read by package internal/when.

// header is a comment header: an author and a time, glued or apart.
type header struct {
	author string
	time   time.Time
}

// parseHeader reads a comment header line; see when.Header.
func parseHeader(s string, loc *time.Location) (header, bool) {
	a, t, ok := when.Header(s, loc)
	return header{a, t}, ok
}

// parseCount reads a comment-count heading in any language: "28
// comments:", "1 Kommentar:", "No comments:", "*** 33 comments: ***" (see
// lang.Count). n is -1 for a heading without a number ("Kommentare:"); big
// reports a count too large for an int.
func parseCount(s string) (n int, ok, big bool) {
	n, langs, big := lang.Count(s)
	return n, langs != 0, big
}
