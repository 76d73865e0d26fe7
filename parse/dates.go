package parse

import (
	"time"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
)

// The dates and times themselves are read by package internal/when.

// commentHeader is a comment header: an author and a time, glued or apart.
type commentHeader struct {
	author string
	time   time.Time
}

// parseHeader reads a comment header line; see header.Header.
func parseHeader(s string, loc *time.Location) (commentHeader, bool) {
	a, t, ok := header.Header(s, loc)
	return commentHeader{a, t}, ok
}

// parseCount reads a comment-count heading in any language: "28
// comments:", "1 Kommentar:", "No comments:", "*** 33 comments: ***" (see
// lang.Count). n is -1 for a heading without a number ("Kommentare:"); big
// reports a count too large for an int.
func parseCount(s string) (n int, ok, big bool) {
	n, langs, big := lang.Count(s)
	return n, langs != 0, big
}
