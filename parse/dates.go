package parse

import (
	"strconv"
	"strings"
	"time"
	"unicode"

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

// parseCount reads "28 comments:", "1 comment:" or "No comments:" (the
// colon optional). big reports a count too large for an int.
func parseCount(s string) (n int, ok, big bool) {
	s = strings.TrimSuffix(s, ":")
	var num string
	switch {
	case strings.HasSuffix(s, " comments"):
		num = s[:len(s)-len(" comments")]
	case strings.HasSuffix(s, " comment"):
		num = s[:len(s)-len(" comment")]
	default:
		return 0, false, false
	}
	if strings.EqualFold(num, "no") {
		return 0, true, false
	}
	if num == "" || strings.IndexFunc(num, func(r rune) bool { return !unicode.IsDigit(r) || r > unicode.MaxASCII }) >= 0 {
		return 0, false, false
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0, true, true
	}
	return n, true, false
}
