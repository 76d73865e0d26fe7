package when

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		weekday bool
	}{
		{"Saturday, 15 May 2021", "2021-05-15", true},
		{"Wednesday 20 September 2023", "2023-09-20", true},
		{"Saturday, May 15, 2021", "2021-05-15", true},
		{"15/05/2021", "2021-05-15", false},
		{"15 May 2021", "2021-05-15", false},
		{"Saturday, 15 May 2021 at 10:00", "", false},
		{"May the fourth be with you", "", false},
	}
	for _, tt := range tests {
		d, wd, ok := DateLine(tt.in)
		if ok != (tt.want != "") || ok && (d.String() != tt.want || wd != tt.weekday) {
			t.Errorf("DateLine(%q) = %v %v %v, want %q weekday %v", tt.in, d, wd, ok, tt.want, tt.weekday)
		}
	}
}

func TestTimeLine(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	tests := []struct{ in, want string }{
		{"September 20, 2023 7:37 AM", "2023-09-20T07:37:00+01:00"},
		{"28 October 2022 at 19:30", "2022-10-28T19:30:00+01:00"},
		{"October 28, 2022 at 7:30 PM", "2022-10-28T19:30:00+01:00"},
		{"28/10/2022 19:30", "2022-10-28T19:30:00+01:00"},
		{"10/28/2022 7:30 PM", "2022-10-28T19:30:00+01:00"},  // only month first is a date
		{"10/11/2022 7:30 PM", "2022-10-11T19:30:00+01:00"},  // a 12-hour clock: American order
		{"10/11/2022 19:30", "2022-11-10T19:30:00Z"},         // a 24-hour clock: British order
		{"30 October 2022 at 19:30", "2022-10-30T19:30:00Z"}, // after the clocks went back
		{"Saturday, 15 May 2021", ""},
		{"7:30 pm", ""},
		{"September 20, 2023 7:37 AM and more", ""},
	}
	for _, tt := range tests {
		tm, ok := TimeLine(tt.in, london)
		got := ""
		if ok {
			got = tm.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("TimeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClockLine(t *testing.T) {
	tests := []struct {
		in   string
		h, m int
		ok   bool
	}{
		{"7:30 pm", 19, 30, true},
		{"7:30 PM", 19, 30, true},
		{"12:05 am", 0, 5, true},
		{"12:05 p.m.", 12, 5, true},
		{"19:30", 19, 30, true},
		{"19.30", 19, 30, true},
		{"13:30 pm", 0, 0, false},
		{"7:3 pm", 0, 0, false},
		{"24:00", 0, 0, false},
		{"7:30 pm tomorrow", 0, 0, false},
		{"pm", 0, 0, false},
	}
	for _, tt := range tests {
		h, m, ok := ClockLine(tt.in)
		if ok != tt.ok || ok && (h != tt.h || m != tt.m) {
			t.Errorf("ClockLine(%q) = %d:%02d %v, want %d:%02d %v", tt.in, h, m, ok, tt.h, tt.m, tt.ok)
		}
	}
}

func TestDateTimeAt(t *testing.T) {
	s := "Anonymous 28 October 2022 at 22:00: quoted"
	tm, end, ok := DateTimeAt(s, len("Anonymous "), time.UTC)
	if !ok || s[end:] != ": quoted" || tm.Format(time.RFC3339) != "2022-10-28T22:00:00Z" {
		t.Errorf("DateTimeAt = %v %q %v", tm, s[end:], ok)
	}
	if _, _, ok := DateTimeAt(s, 0, time.UTC); ok {
		t.Errorf("DateTimeAt at a name: ok")
	}
}

// FuzzTimeLine checks that TimeLine's quick test refuses only lines that
// the full scan refuses too.
func FuzzTimeLine(f *testing.F) {
	for _, s := range []string{"Anonymous28 October 2022 at 19:30", "Jane Doe October 28, 2022 at 7:30 PM", "Bob 28/10/2022 7.30 p.m.", "Ann 1 May 2021 at 10:00\u00a0am", "a problem", "28 October 2022 at 19:30 \u200b", "October 28, 2022 7:30 p.m."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		t1, ok1 := TimeLine(s, time.UTC)
		t2, ok2 := timeLine(s, time.UTC)
		if ok1 != ok2 || !t1.Equal(t2) {
			t.Fatalf("TimeLine(%q) = %v %v, the full scan %v %v", s, t1, ok1, t2, ok2)
		}
	})
}

// TestDateName checks the table of month and weekday names against the
// maps it is made from, in several cases, and words that are neither.
func TestDateName(t *testing.T) {
	for w, e := range names {
		r, n := utf8.DecodeRuneInString(w)
		variants := []string{w, string(unicode.ToUpper(r)) + w[n:]}
		if up := strings.ToUpper(w); lang.Fold(up) == w {
			variants = append(variants, up) // not Turkish "KASIM": Fold knows no dotless i
		}
		for _, v := range variants {
			if got, weekday, ok := dateName(v); !ok || weekday != e.weekday || got != e.month {
				t.Errorf("dateName(%q) = %v %v %v, want %v %v", v, got, weekday, ok, e.month, e.weekday)
			}
		}
	}
	for _, w := range []string{"", "ma", "junes", "decembers", "monday1", "The", "Anonymous", "thursdays", "é"} {
		if m, weekday, ok := dateName(w); ok {
			t.Errorf("dateName(%q) = %v %v, want no name", w, m, weekday)
		}
	}
}
