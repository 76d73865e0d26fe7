package parse

import (
	"bytes"
	"strings"

	"github.com/blogthread/blogthread/thread"
)

// spanWindow is how far past the cursor a node's text is looked for
// first, beside twice its own length: the text of the next node is near.
// Past that, the rest of the input is searched while the allowance lasts
// (spanAllowance times the input, which the searches in vain use up), and
// then the window shrinks to the body's length: the work stays linear
// however many nodes are not found.
const (
	spanWindow    = 4096
	spanAllowance = 8
)

// spanFinder finds the text of a registered format's nodes in its input,
// for the spans the format left empty. It reads forward only: each node is
// looked for after the one before it.
type spanFinder struct {
	src    []byte
	cursor int // where the next search starts
	line   int // the line number at cursor
	allow  int // bytes the searches past the window may still read
	steps  int // bytes read: a measure of work for the tests
}

// fillSpans gives the nodes of posts (and the posts) whose Span is empty the
// place of their text in src: from the first line of the body to its last
// line, found in order, each after the one before. A node whose text is
// not in src as it stands (a format that unescaped or rewrapped it) keeps
// an empty span, and so may one whose text is far ahead once the
// allowance for long searches is spent. It returns the bytes it read.
func fillSpans(src []byte, posts []*thread.Post) int {
	f := spanFinder{src: src, line: 1, allow: spanAllowance * len(src)}
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

// index returns the offset of the first place of s at or after the
// cursor: within the window first, then in the rest of the input while
// the allowance lasts; -1 when it is not found.
func (f *spanFinder) index(s string, window int) int {
	end := min(len(f.src), f.cursor+window)
	if i := bytes.Index(f.src[f.cursor:end], []byte(s)); i >= 0 {
		f.steps += i + len(s)
		return f.cursor + i
	}
	f.steps += end - f.cursor
	f.allow -= end - f.cursor
	if end == len(f.src) || f.allow < len(f.src)-end {
		return -1
	}
	from := max(f.cursor, end-len(s)+1) // a place across the window's end
	f.allow -= len(f.src) - from
	f.steps += len(f.src) - from
	if i := bytes.Index(f.src[from:], []byte(s)); i >= 0 {
		return from + i
	}
	return -1
}

// find returns the span of body's first to last line at or after the
// cursor, or an empty span, and moves the cursor past what it found.
func (f *spanFinder) find(body string) thread.Span {
	first, last, lines := edgeLines(body)
	if first == "" {
		return thread.Span{}
	}
	window := 2*len(body) + 256
	if f.allow > 0 {
		window += spanWindow
	}
	start := f.index(first, window)
	if start < 0 {
		return thread.Span{}
	}
	end := start + len(first)
	// The last line lies within the body's length of the first, give or
	// take indentation: a bounded window keeps a short last line ("Yes.")
	// from matching far away, and the work linear.
	if lines > 1 {
		limit := min(len(f.src), start+2*len(body)+256)
		j := bytes.Index(f.src[end:limit], []byte(last))
		f.steps += limit - end
		if j < 0 {
			return thread.Span{}
		}
		end += j + len(last)
	}
	f.advance(start)
	sp := thread.Span{
		StartLine: f.line,
		EndLine:   f.line + bytes.Count(f.src[start:end], []byte{'\n'}),
		Start:     start,
		End:       end,
	}
	f.advance(end) // the next node's text comes after this one's
	return sp
}

// edgeLines returns the first and last non-blank lines of s, trimmed, and
// how many non-blank lines it has.
func edgeLines(s string) (first, last string, n int) {
	for l := range strings.Lines(s) {
		if l = strings.TrimSpace(l); l != "" {
			if first == "" {
				first = l
			}
			last = l
			n++
		}
	}
	return first, last, n
}
