package parse

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/thread"
)

// builder collects what a parse produces besides the tree: warnings,
// markup, and the node budget.
type builder struct {
	doc      *thread.Document
	loc      *time.Location
	file     string
	nodes    int
	maxNodes int
	err      error
	noMarkup bool                     // the caller does not keep Document.Markup (Posts)
	markups  [][]thread.Markup        // markup found, in blocks of markupBlock, for the Document (stream.assemble)
	votes    lang.Votes               // the interface languages of the markers read
	slab     []pending                // room for the next nodes
	blocks   []*[pendingBlock]pending // the blocks slab is cut from

	dateOrder dateOrder // the order of the numeric dates of the section being read

	warnN     map[string]int           // warnings given, by format
	warnMore  map[string]*moreWarnings // those past maxSameWarnings, by format
	moreOrder []string                 // the formats of warnMore in order
}

func (b *builder) warn(kind thread.WarningKind, line int, format string, args ...any) {
	if b.warnN == nil {
		b.warnN = map[string]int{}
	}
	b.warnN[format]++
	if b.warnN[format] > maxSameWarnings {
		// Counted, not kept: an input may earn a million of one kind.
		m := b.warnMore[format]
		if m == nil {
			if b.warnMore == nil {
				b.warnMore = map[string]*moreWarnings{}
			}
			m = &moreWarnings{kind: kind, example: fmt.Sprintf(format, args...)}
			b.warnMore[format] = m
			b.moreOrder = append(b.moreOrder, format)
		}
		m.n++
		return
	}
	b.doc.Warnings = append(b.doc.Warnings, thread.Warning{Line: line, Kind: kind, Message: fmt.Sprintf(format, args...)})
}

// dateOrder is the order of the day and the month in a page's numeric
// dates, as its unambiguous ones show (13/01/2016, 1/24/2016).
type dateOrder int

const (
	orderUnknown dateOrder = iota
	orderDayFirst
	orderMonthFirst
)

// numericOrder returns the order of the numeric dates in ls: the one their
// unambiguous dates show, when they agree; one pass over the lines.
func numericOrder(ls []line) dateOrder {
	day, month := 0, 0
	for i := range ls {
		t := ls[i].trim()
		if strings.IndexByte(t, '/') < 0 {
			continue
		}
		numericDates(t, func(a, b int) {
			switch {
			case a > 12 && b <= 12:
				day++
			case b > 12 && a <= 12:
				month++
			}
		})
	}
	switch {
	case day > 0 && month == 0:
		return orderDayFirst
	case month > 0 && day == 0:
		return orderMonthFirst
	}
	return orderUnknown
}

// numericDates calls fn with the first two numbers of each date of the
// form D/M/Y or M/D/Y in t: one or two digits, a slash, one or two
// digits, a slash, two to four digits, standing apart from other digits
// and slashes. It reads t as the regular expression
// `(?:^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})/[0-9]{2,4}(?:[^0-9/]|$)` finds
// its matches, one after another (the test holds it to that), by hand
// rather than by the regexp package: on the shared corpus the regexp took
// 14% of the parse (`blogthread parse -o stats -cpuprofile` over the
// corpus repeated to 20 MB; BenchmarkNumericDates).
func numericDates(t string, fn func(a, b int)) {
	for s := 0; s < len(t); {
		if s == 0 {
			if a, b, end, ok := numericDateAt(t, 0); ok {
				fn(a, b)
				s = end
				continue
			}
		}
		if c := t[s]; (c < '0' || c > '9') && c != '/' {
			if a, b, end, ok := numericDateAt(t, s+1); ok {
				fn(a, b)
				s = end
				continue
			}
		}
		s++
	}
}

// numericDateAt reads a date that starts at t[i] (see numericDates): its
// first two numbers, and where the match ends (past the character after
// the year, which the expression takes too, a whole character).
func numericDateAt(t string, i int) (a, b, end int, ok bool) {
	digits := func(i, least, most int) (n, j int, ok bool) {
		j = i
		for j < len(t) && j-i < most+1 && t[j] >= '0' && t[j] <= '9' {
			n = n*10 + int(t[j]-'0')
			j++
		}
		return n, j, j-i >= least && j-i <= most
	}
	a, j, ok := digits(i, 1, 2)
	if !ok || j >= len(t) || t[j] != '/' {
		return 0, 0, 0, false
	}
	b, j, ok = digits(j+1, 1, 2)
	if !ok || j >= len(t) || t[j] != '/' {
		return 0, 0, 0, false
	}
	_, j, ok = digits(j+1, 2, 4)
	if !ok {
		return 0, 0, 0, false
	}
	if j == len(t) {
		return a, b, j, true
	}
	if c := t[j]; (c >= '0' && c <= '9') || c == '/' {
		return 0, 0, 0, false
	}
	_, size := utf8.DecodeRuneInString(t[j:]) // the expression takes a whole character
	return a, b, j + size, true
}

// moreWarnings counts the warnings of one kind past maxSameWarnings.
type moreWarnings struct {
	n       int
	kind    thread.WarningKind
	example string // the first of them
}

// finishWarnings adds a warning that counts the ones warn did not keep.
func (b *builder) finishWarnings() {
	for _, f := range b.moreOrder {
		m := b.warnMore[f]
		b.doc.Warnings = append(b.doc.Warnings, thread.Warning{Kind: m.kind, Message: fmt.Sprintf("%d more warnings like this one: %s", m.n, m.example)})
	}
	b.moreOrder, b.warnMore, b.warnN = nil, nil, nil
}

// vote counts a marker of the languages in s (see lang.Votes).
func (b *builder) vote(s lang.Set) {
	if s != 0 {
		b.votes.Add(s)
	}
}

func (b *builder) markup(l line, kind, text string) {
	if b.noMarkup {
		return
	}
	n := len(b.markups)
	if n == 0 || len(b.markups[n-1]) == cap(b.markups[n-1]) {
		b.markups = append(b.markups, make([]thread.Markup, 0, markupBlock))
		n++
	}
	b.markups[n-1] = append(b.markups[n-1], thread.Markup{Line: l.num, Kind: kind, Text: text})
}

// markupBlock is the size of the blocks markup is gathered in. A dump of a
// million markers has a million entries: appended to one slice, its
// regrowth allocated five times the final size (BenchmarkMarkupDense).
const markupBlock = 4096

// newNode counts a node against Limits.MaxNodes.
func (b *builder) newNode(l line) *pending {
	b.nodes++
	if b.maxNodes > 0 && b.nodes > b.maxNodes && b.err == nil {
		b.err = &Error{File: b.file, Line: l.num, Col: 1, Err: errLimit("more than %d comments and replies (Limits.MaxNodes)", b.maxNodes)}
	}
	if len(b.slab) == 0 {
		// Nodes come a block at a time, blocks from a pool: a node is
		// garbage once assemble has read it.
		blk := pendingBlocks.Get().(*[pendingBlock]pending)
		b.blocks = append(b.blocks, blk)
		b.slab = blk[:]
	}
	p := &b.slab[0]
	b.slab = b.slab[1:]
	return p
}

// pendingBlock is how many nodes a block of pendingBlocks holds.
const pendingBlock = 32

// pendingBlocks pools blocks of nodes for the builders.
var pendingBlocks = sync.Pool{New: func() any { return new([pendingBlock]pending) }}

// release gives the builder's nodes back to the pool. The builder's nodes
// must no longer be used: call it once its comments are assembled.
func (b *builder) release() {
	for _, blk := range b.blocks {
		clear(blk[:])
		pendingBlocks.Put(blk)
	}
	b.blocks, b.slab = nil, nil
}

// textBuf builds a node's body: lines of a paragraph joined by "\n",
// paragraphs by a blank line. It keeps the pieces (slices of the input)
// and joins them once, into a string of the exact size.
type textBuf struct {
	parts []string // pieces in order; "" stands for a paragraph break
	small [6]string
	size  int  // bytes of the joined text
	blank bool // a paragraph break is due before the next piece
}

// add appends a trimmed line; "" marks a paragraph break.
func (t *textBuf) add(s string) {
	if s == "" {
		t.blank = t.size > 0
		return
	}
	if t.parts == nil {
		t.parts = t.small[:0]
	}
	if t.size > 0 {
		if t.blank {
			t.parts = append(t.parts, "")
			t.size += 2
		} else {
			t.size++
		}
	}
	t.blank = false
	t.parts = append(t.parts, s)
	t.size += len(s)
}

// String joins the pieces; a body of one piece is that piece, a slice of
// the input.
func (t *textBuf) String() string {
	switch len(t.parts) {
	case 0:
		return ""
	case 1:
		return t.parts[0]
	}
	var sb strings.Builder
	sb.Grow(t.size)
	for i, p := range t.parts {
		switch {
		case p == "":
			sb.WriteString("\n\n")
			continue
		case i > 0 && t.parts[i-1] != "":
			sb.WriteByte('\n')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

func (t *textBuf) empty() bool { return t.size == 0 }

// spanBuf grows a Span over the pieces of input added to it.
type spanBuf struct {
	set bool
	thread.Span
}

// add extends the span over bytes [start, end) of line num.
func (s *spanBuf) add(num, start, end int) {
	if !s.set {
		s.set = true
		s.Span = thread.Span{StartLine: num, EndLine: num, Start: start, End: end}
		return
	}
	s.StartLine = min(s.StartLine, num)
	s.EndLine = max(s.EndLine, num)
	s.Start = min(s.Start, start)
	s.End = max(s.End, end)
}

// line extends the span over a whole line.
func (s *spanBuf) line(l line) { s.add(l.num, l.start, l.end()) }

// pending is a comment or reply while its layout parser reads it.
type pending struct {
	text     textBuf
	span     spanBuf
	author   string
	source   string
	time     *time.Time
	clock    string       // a time of day without a date
	date     *thread.Date // a date without a time of day
	deleted  bool         // a removed comment's sentence stands in its text
	reply    bool         // a reply in the thread of the last top-level comment
	number   int          // the number the dump printed, 0 when none
	numLine  int          // the line of that number
	closed   bool         // a closing action or time line has been seen
	awaitsTm bool         // a "Name said..." header whose time line is still to come
}

// addText adds a line's trimmed text to the node.
func (p *pending) addText(l line) {
	p.text.add(l.trim())
	if !l.blank() {
		p.span.line(l)
	}
}

// assemble turns the layout parser's sequence of nodes into comments with
// their replies and numbers them. A reply with no comment before it becomes
// a comment, with a warning.
func (b *builder) assemble(ps []*pending) []*thread.Comment {
	// The comments, the replies and the lists of both are allocated
	// together, a post's at once.
	tops := 0
	for _, p := range ps {
		if !p.reply {
			tops++
		}
	}
	comments := make([]thread.Comment, tops)
	replies := make([]thread.Reply, len(ps)-tops)
	lists := make([]*thread.Reply, len(ps)-tops) // the Replies of the comments, back to back
	out := make([]*thread.Comment, 0, tops+1)
	fill := func(n *thread.Node, p *pending) {
		n.Author, n.AuthorSource = p.author, p.source
		n.Time, n.Clock, n.Date, n.Deleted = p.time, p.clock, p.date, p.deleted
		n.Body = p.text.String()
		n.Span = p.span.Span
	}
	for _, p := range ps {
		if p.reply && len(out) > 0 {
			c := out[len(out)-1]
			r := &replies[0]
			replies = replies[1:]
			fill(&r.Node, p)
			r.Index = len(c.Replies) + 1
			r.ID = c.ID + "." + strconv.Itoa(r.Index)
			if p.number != 0 && p.number != r.Index {
				b.warn(thread.WarnNumbering, p.numLine, "reply numbered %d is reply %d of comment %s", p.number, r.Index, c.ID)
			}
			if c.Replies == nil {
				c.Replies = lists[:0:len(lists)] // the rest of lists, shared until the next comment
			}
			c.Replies = append(c.Replies, r)
			continue
		}
		if p.reply {
			b.warn(thread.WarnNumbering, p.span.StartLine, "reply before any comment kept as a comment")
		}
		if len(out) > 0 {
			// The last comment's replies are complete: the next take
			// the rest of lists.
			last := out[len(out)-1]
			lists = lists[len(last.Replies):]
			last.Replies = last.Replies[:len(last.Replies):len(last.Replies)]
		}
		var c *thread.Comment
		if len(comments) > 0 {
			c, comments = &comments[0], comments[1:]
		} else {
			c = new(thread.Comment) // a reply before any comment took a slot
		}
		fill(&c.Node, p)
		c.Index = len(out) + 1
		c.ID = strconv.Itoa(c.Index)
		if p.number != 0 && p.number != c.Index {
			b.warn(thread.WarnNumbering, p.numLine, "comment numbered %d is comment %d", p.number, c.Index)
		}
		out = append(out, c)
	}
	if len(out) > 0 {
		last := out[len(out)-1]
		last.Replies = last.Replies[:len(last.Replies):len(last.Replies)]
	}
	return out
}

// leading returns the number of bytes of leading space in s.
func leading(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, textutil.IsSpace))
}
