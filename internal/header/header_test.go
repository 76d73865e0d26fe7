package header

import (
	"testing"
	"time"

	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/internal/when"
)

func TestHeader(t *testing.T) {
	utc := time.UTC
	tests := []struct {
		in     string
		author string
		when   string // RFC 3339, "" when not a header
	}{
		{"Anonymous28 October 2022 at 19:30", "Anonymous", "2022-10-28T19:30:00Z"},
		{"Jane Doe 28 October 2022 at 19:30", "Jane Doe", "2022-10-28T19:30:00Z"},
		{"Jane Doe October 28, 2022 at 7:30 PM", "Jane Doe", "2022-10-28T19:30:00Z"},
		{"BobOctober 28, 2022 at 12:05 AM", "Bob", "2022-10-28T00:05:00Z"},
		{"Sam 28/10/2022 19:30", "Sam", "2022-10-28T19:30:00Z"},
		{"Jane Doe10/28/2022 7:30 PM", "Jane Doe", "2022-10-28T19:30:00Z"},
		{"28 October 2022 at 19:30", "", ""},                       // no author: a time line
		{"I wrote to them on 28 October 2022 at 19:30", "", ""},    // a sentence
		{"Anonymous 28 October 2022 at 22:00: \"quoted\"", "", ""}, // a citation, not a header
		{"Anonymous 31 February 2022 at 10:00", "", ""},            // no such day
		{"Anonymous 28 October 2022 at 25:00", "", ""},             // no such hour
		{"Meet at 19:30", "", ""},
	}
	for _, tt := range tests {
		author, tm, ok := Header(tt.in, utc)
		if ok != (tt.when != "") {
			t.Errorf("Header(%q) ok = %v, want %v", tt.in, ok, !ok)
			continue
		}
		if ok && (author != tt.author || tm.Format(time.RFC3339) != tt.when) {
			t.Errorf("Header(%q) = %q %s, want %q %s", tt.in, author, tm.Format(time.RFC3339), tt.author, tt.when)
		}
	}
}

// FuzzHeader checks that Header's quick test refuses only lines that the
// full scan refuses too.
func FuzzHeader(f *testing.F) {
	for _, s := range []string{"Anonymous28 October 2022 at 19:30", "Jane Doe October 28, 2022 at 7:30 PM", "Bob 28/10/2022 7.30 p.m.", "Ann 1 May 2021 at 10:00\u00a0am", "a problem", "28 October 2022 at 19:30 \u200b", "October 28, 2022 7:30 p.m."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a1, t1, ok1 := Header(s, time.UTC)
		a2, t2, ok2 := header(s, time.UTC)
		if ok1 != ok2 || a1 != a2 || !t1.Equal(t2) {
			t.Fatalf("Header(%q) = %q %v %v, the full scan %q %v %v", s, a1, t1, ok1, a2, t2, ok2)
		}
	})
}

// header is Header by its first definition, without the quick test: the
// fuzz test holds Header to it.
func header(s string, loc *time.Location) (author string, t time.Time, ok bool) {
	if len(s) < 8 || !textutil.IsDigit(s[len(s)-1]) && s[len(s)-1]|0x20 != 'm' {
		return "", time.Time{}, false
	}
	limit := min(len(s), maxAuthorBytes+1)
	for p := 1; p < limit; p++ {
		c := s[p]
		prev := s[p-1]
		digitStart := textutil.IsDigit(c) && !textutil.IsDigit(prev)
		wordStart := 'A' <= c && c <= 'Z'
		if !digitStart && !wordStart {
			continue
		}
		d, h, m, ok := when.DateTimeRest(s, p)
		if !ok {
			continue
		}
		author := textutil.TrimSpace(s[:gluedWeekday(s, p)])
		if !PlausibleAuthor(textutil.TrimSpace(s[:p])) {
			return "", time.Time{}, false
		}
		return author, time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
	}
	return "", time.Time{}, false
}
