package parse

import (
	"bytes"
	"strings"

	"github.com/blogthread/blogthread/thread"
)

// maxSpanMisses is how many nodes fillSpans looks for in vain before it
// stops looking: each miss reads the rest of the input, so the bound keeps
// the work linear in the input.
const maxSpanMisses = 8

// spanFinder finds the text of a registered format's nodes in its input,
// for the spans the format left empty. It reads forward only: each node is
// looked for after the start of the one before it.
type spanFinder struct {
	src    []byte
	cursor int // where the next search starts
	line   int // the line number at cursor
	misses int
	steps  int // bytes read: a measure of work for the tests
}

// fillSpans gives the nodes of posts (and the posts) whose Span is empty the
// place of their text in src: from the first line of the body to its last
// line, found in order. A node whose text is not in src as it stands (a
// format that unescaped or rewrapped it) keeps an empty span. It returns
// the bytes it read.
func fillSpans(src []byte, posts []*thread.Post) int {
	f := spanFinder{src: src, line: 1}
	for _, post := range posts {
		known := post.Span != (thread.Span{})
		var ps thread.Span
		for n := range post.Nodes() {
			if n.Span == (thread.Span{}) {
				n.Span = f.find(n.Body)
			} else if n.Span.Start >= f.cursor && n.Span.Start <= len(src) {
				f.advance(n.Span.Start) // the format's own span, to search after
			}
			if n.Span.EndLine == 0 {
				continue
			}
			if ps.EndLine == 0 {
				ps = n.Span
			}
			if n.Span.End >= ps.End {
				ps.End, ps.EndLine = n.Span.End, n.Span.EndLine
			}
		}
		if !known && ps.EndLine > 0 {
			post.Span = ps
		}
	}
	return f.steps
}

// advance moves the cursor forward to i, counting lines.
func (f *spanFinder) advance(i int) {
	f.line += bytes.Count(f.src[f.cursor:i], []byte{'\n'})
	f.steps += i - f.cursor
	f.cursor = i
}

// find returns the span of body's first to last line after the cursor, or
// an empty span, and moves the cursor to the start of what it found.
func (f *spanFinder) find(body string) thread.Span {
	first, last := edgeLines(body)
	if first == "" || f.misses >= maxSpanMisses {
		return thread.Span{}
	}
	i := bytes.Index(f.src[f.cursor:], []byte(first))
	if i < 0 {
		f.steps += len(f.src) - f.cursor
		f.misses++
		return thread.Span{}
	}
	start := f.cursor + i
	end := start + len(first)
	// The last line lies within the body's length of the first, give or
	// take indentation: a bounded window keeps a short last line ("Yes.")
	// from matching far away, and the work linear.
	if last != first {
		limit := min(len(f.src), start+2*len(body)+256)
		j := bytes.Index(f.src[end:limit], []byte(last))
		f.steps += limit - end
		if j < 0 {
			f.misses++
			return thread.Span{}
		}
		end += j + len(last)
	}
	f.advance(start)
	return thread.Span{
		StartLine: f.line,
		EndLine:   f.line + bytes.Count(f.src[start:end], []byte{'\n'}),
		Start:     start,
		End:       end,
	}
}

// edgeLines returns the first and last non-blank lines of s, trimmed.
func edgeLines(s string) (first, last string) {
	for l := range strings.Lines(s) {
		if l = strings.TrimSpace(l); l != "" {
			if first == "" {
				first = l
			}
			last = l
		}
	}
	return first, last
}
