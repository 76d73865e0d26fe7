package parse

import (
	"strings"

	"github.com/blogthread/blogthread/normalize"
)

// line is one line of the input. Its strings are slices of the decoded
// input, not copies.
type line struct {
	text   string // the line without its line end
	trim   string // text without leading and trailing space
	num    int    // 1-based line number
	start  int    // byte offset of text in the input
	indent int    // width of the leading space (see normalize.Indent)
}

func (l line) blank() bool { return l.trim == "" }

// end is the byte offset just past the line's text.
func (l line) end() int { return l.start + len(l.text) }

// splitLines splits s at "\n", "\r\n" and "\r". base is added to every
// offset. It fails with an *Error when a line is longer than maxLine bytes.
func splitLines(s string, base int, maxLine int, file string) ([]line, error) {
	ls := make([]line, 0, strings.Count(s, "\n")+1)
	num := 1
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "\r\n")
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
		t := s[i:j]
		ls = append(ls, line{text: t, trim: normalize.TrimSpace(t), num: num, start: base + i, indent: normalize.Indent(t)})
		num++
		i = next
	}
	return ls, nil
}
