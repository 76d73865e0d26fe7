package parse

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/textutil"
)

// line is one line of the input. Its strings are slices of the decoded
// input, not copies.
type line struct {
	text    string // the line without its line end
	num     int    // 1-based line number
	start   int    // byte offset of text in the input
	indent  int32  // width of the leading space (see textutil.Indent)
	hdr     int32  // 0 not yet read as a header, -1 not one, else where its date starts
	trimOff int32  // text[trimOff:trimEnd] is text without leading and trailing space
	trimEnd int32
}

// trim returns the line without leading and trailing space.
func (l *line) trim() string { return l.text[l.trimOff:l.trimEnd] }

// isHeader reports whether the line is a comment header (see
// header.HeaderStart), reading it only the first time it is asked.
func (l *line) isHeader() bool {
	if l.hdr == 0 {
		l.hdr = -1
		if p, ok := header.HeaderStart(l.trim()); ok {
			l.hdr = int32(p)
		}
	}
	return l.hdr > 0
}

// header reads the line as a comment header, times in loc.
func (l *line) header(loc *time.Location) (commentHeader, bool) {
	if !l.isHeader() {
		return commentHeader{}, false
	}
	a, t, ok := header.HeaderAt(l.trim(), int(l.hdr), loc)
	return commentHeader{a, t}, ok
}

func (l *line) blank() bool { return l.trimOff == l.trimEnd }

// end is the byte offset just past the line's text.
func (l line) end() int { return l.start + len(l.text) }

// splitLines appends the lines of s to ls, split at "\n", "\r\n" and
// "\r". base is added to every offset, and the first line is numbered num.
// It fails with an *Error when a line is longer than maxLine bytes.
func splitLines(ls []line, s string, base, num int, maxLine int, file string) ([]line, error) {
	ls = slices.Grow(ls, strings.Count(s, "\n")+1)
	hasCR := strings.IndexByte(s, '\r') >= 0 // never after normalize.Normalize
	for i := 0; i < len(s); {
		var j int
		if hasCR {
			j = strings.IndexAny(s[i:], "\r\n")
		} else {
			j = strings.IndexByte(s[i:], '\n')
		}
		next := len(s)
		if j < 0 {
			j = len(s)
		} else {
			j += i
			next = j + 1
			if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				next++
			}
		}
		if maxLine > 0 && j-i > maxLine {
			return nil, &Error{File: file, Line: num, Col: maxLine + 1, Err: errLimit("line longer than %d bytes (Limits.MaxLineBytes)", maxLine)}
		}
		if j-i > math.MaxInt32 {
			return nil, &Error{File: file, Line: num, Col: math.MaxInt32, Err: errLimit("line longer than %d bytes", math.MaxInt32)}
		}
		t := s[i:j]
		l := line{text: t, num: num, start: base + i, trimEnd: int32(len(t))}
		if t != "" && (t[0] <= ' ' || t[0] >= utf8.RuneSelf || t[len(t)-1] <= ' ' || t[len(t)-1] >= utf8.RuneSelf) {
			a, b := textutil.TrimSpaceBounds(t)
			l.trimOff, l.trimEnd = int32(a), int32(b)
			l.indent = int32(min(textutil.Indent(t), math.MaxInt32))
		}
		if first, rest, ok := gluedPostStart(l); ok {
			ls = append(ls, first, rest)
		} else {
			ls = append(ls, l)
		}
		num++
		i = next
	}
	return ls, nil
}

// gluedPostStart splits a line that is an action link glued to the date
// line of the next post ("ReplyDeleteSaturday, 15 May 2021": files put one
// after another, the first without its last line end) into the link and
// the date line, two lines of the same number.
func gluedPostStart(l line) (line, line, bool) {
	t := l.trim()
	if t == "" || actionsByFirst[t[0]] == nil || l.indent != 0 {
		return l, l, false
	}
	a, rest := gluedAction(t)
	if a == actNone || rest == "" || !textutil.IsLetter(rest[0]) && rest[0] < utf8.RuneSelf {
		return l, l, false
	}
	cut := int(l.trimOff) + len(t) - len(rest)
	second := line{text: l.text[cut:], num: l.num, start: l.start + cut, trimEnd: int32(len(l.text) - cut)}
	if a, b := textutil.TrimSpaceBounds(second.text); a != 0 || b != len(second.text) {
		second.trimOff, second.trimEnd = int32(a), int32(b)
	}
	if !postDateLine(&second) {
		return l, l, false
	}
	first := l
	first.text = l.text[:cut]
	first.trimEnd = int32(cut)
	return first, second, true
}
