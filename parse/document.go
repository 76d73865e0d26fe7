package parse

import (
	"bytes"
	"errors"
	"io"
	"sort"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// Parse reads r and parses it. name is used as the Document's source and
// in errors. It runs the engine of Posts and gathers what it yields, with
// the markup, the warnings, the encoding and the language of the whole
// input, into one Document.
//
// When r fails partway, Parse returns the posts that the input read so far
// completes with an *Error at the line it reached; a nil r is an error.
func (p *Parser) Parse(name string, r io.Reader) (*thread.Document, error) {
	if r == nil {
		return nil, &Error{File: name, Err: errors.New("no input (a nil io.Reader)")}
	}
	lim := p.Limits.withDefaults()
	if lim.MaxInputBytes > 0 {
		r = &limitedReader{r: r, n: lim.MaxInputBytes, max: lim.MaxInputBytes}
	}
	return p.document(name, r)
}

// ParseBytes parses src as Parse does.
func (p *Parser) ParseBytes(name string, src []byte) (*thread.Document, error) {
	lim := p.Limits.withDefaults()
	if lim.MaxInputBytes > 0 && int64(len(src)) > lim.MaxInputBytes {
		return nil, &Error{File: name, Err: errLimit("input larger than %d bytes (Limits.MaxInputBytes)", lim.MaxInputBytes)}
	}
	return p.document(name, bytes.NewReader(src))
}

// limitedReader reads from r until n bytes are read, and fails at the next
// byte with the Limits.MaxInputBytes error.
type limitedReader struct {
	r      io.Reader
	n, max int64
}

func (l *limitedReader) Read(b []byte) (int, error) {
	if l.n <= 0 {
		// One byte more tells an input of exactly n bytes from a larger one.
		var one [1]byte
		if k, err := l.r.Read(one[:]); k == 0 {
			return 0, err
		}
		return 0, errLimit("input larger than %d bytes (Limits.MaxInputBytes)", l.max)
	}
	if int64(len(b)) > l.n {
		b = b[:l.n]
	}
	k, err := l.r.Read(b)
	l.n -= int64(k)
	return k, err
}

// document runs the stream over r and assembles its Document.
func (p *Parser) document(name string, r io.Reader) (*thread.Document, error) {
	s, err := p.newStream(name, r, true)
	if err != nil {
		return nil, err
	}
	if s.whole != nil {
		return s.whole, nil
	}
	doc := &thread.Document{Source: name, Warnings: []thread.Warning{}, Posts: []*thread.Post{}}
	nodes := 0
	for post, err := range s.finished() {
		if err != nil {
			if !s.readFailed {
				return nil, err
			}
			s.assemble(doc)
			return doc, err
		}
		if n := post.Count(); s.lim.MaxNodes > 0 && nodes+n > s.lim.MaxNodes {
			return nil, &Error{File: name, Line: nodeLine(post, s.lim.MaxNodes-nodes), Col: 1, Err: errLimit("more than %d comments and replies (Limits.MaxNodes)", s.lim.MaxNodes)}
		} else {
			nodes += n
		}
		post.Warnings = nil // the Document's, below
		doc.Posts = append(doc.Posts, post)
	}
	s.assemble(doc)
	return doc, nil
}

// nodeLine returns the first line of the node after the first k of post,
// in input order.
func nodeLine(post *thread.Post, k int) int {
	for _, c := range post.Comments {
		if k == 0 {
			return c.Span.StartLine
		}
		k--
		for _, r := range c.Replies {
			if k == 0 {
				return r.Span.StartLine
			}
			k--
		}
	}
	return post.Span.StartLine
}

// assemble gives doc what the stream gathered beside its posts.
func (s *stream) assemble(doc *thread.Document) {
	doc.Encoding = s.inputEncoding()
	doc.Warnings = capWarnings(s.endWarnings(s.docWarn))
	if doc.Warnings == nil {
		doc.Warnings = []thread.Warning{}
	}
	n := 0
	for _, m := range s.markups {
		n += len(m)
	}
	if n > 0 {
		doc.Markup = make([]thread.Markup, 0, n)
		for _, m := range s.markups {
			doc.Markup = append(doc.Markup, m...)
		}
		sort.SliceStable(doc.Markup, func(i, j int) bool { return doc.Markup[i].Line < doc.Markup[j].Line })
	}
	doc.Language = s.votes.Best()
	layout := ""
	if len(doc.Posts) == 1 {
		layout = doc.Posts[0].Layout
	}
	doc.Format = s.format(len(doc.Posts), layout)
}

// inputEncoding is the encoding the stream read its input in: its first
// chunk's, or, when it read none, the one asked for (UTF-8 for auto).
func (s *stream) inputEncoding() string {
	if s.encoding != "" {
		return s.encoding
	}
	if d, err := normalize.Decode(nil, s.enc); err == nil && d.Encoding != "" {
		return d.Encoding
	}
	return normalize.UTF8
}

// endWarnings are ws and the warnings of the input after its last post,
// with one for an input without text.
func (s *stream) endWarnings(ws []thread.Warning) []thread.Warning {
	ws = append(ws, s.warnings...)
	if !s.sawText && s.reg.Posts == nil { // a registered format reads its input itself
		ws = append(ws, thread.Warning{Kind: thread.WarnNoText, Message: "no text in the input"})
	}
	return ws
}

// format is the Document's format for posts posts, the only one in layout
// when there is one: the format asked for, else that layout, else archive.
func (s *stream) format(posts int, layout string) string {
	switch f := s.p.Format; {
	case f != "" && f != "auto":
		return f
	case posts == 1 && layout != "":
		return layout
	}
	return Archive
}
