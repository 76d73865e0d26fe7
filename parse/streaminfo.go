package parse

import (
	"errors"
	"io"
	"iter"

	"github.com/blogthread/blogthread/thread"
)

// A Stream is a parse of one input that yields its posts as they are
// complete (Posts) and, once they are all yielded, tells what the input as
// a whole showed, as a Document tells it (Summary): the format, the
// encoding, the interface language and every warning in input order.
// Parser.Posts is Stream's Posts alone.
type Stream struct {
	p       *Parser
	name    string
	r       io.Reader
	summary Summary
}

// Summary is what a streamed input showed as a whole: the fields of a
// Document beside its posts.
type Summary struct {
	// Format is the layout or format read, as a Document's: the layout of
	// a single post, "archive" for several, or the export's or page's
	// format.
	Format string
	// Encoding is the encoding the input was read in (its start's, when
	// parts were read otherwise: a warning says where).
	Encoding string
	// Language is the interface language of the comment sections' markers,
	// "" when none showed one.
	Language string
	// Warnings are all the warnings, in input order: those the posts
	// carry, and those of text after the last post.
	Warnings []thread.Warning
	// Complete reports whether the whole input was read: Posts was not
	// stopped early and met no error.
	Complete bool
}

// Stream starts the parse of r; see Stream. name is used as in Parse.
func (p *Parser) Stream(name string, r io.Reader) *Stream {
	return &Stream{p: p, name: name, r: r}
}

// Summary returns what the input showed as a whole; it is complete once
// Posts has yielded every post.
func (st *Stream) Summary() Summary { return st.summary }

// Posts yields the posts of the input; see Parser.Posts.
func (st *Stream) Posts() iter.Seq2[*thread.Post, error] {
	return func(yield func(*thread.Post, error) bool) {
		p, name, r := st.p, st.name, st.r
		sum := &st.summary
		*sum = Summary{Warnings: []thread.Warning{}}
		if r == nil {
			yield(nil, &Error{File: name, Err: errors.New("no input (a nil io.Reader)")})
			return
		}
		s, err := p.newStream(name, r, false)
		if err != nil {
			yield(nil, err)
			return
		}
		if s.whole != nil {
			d := s.whole
			sum.Format, sum.Encoding, sum.Language = d.Format, d.Encoding, d.Language
			sum.Warnings = append(sum.Warnings, d.Warnings...)
			for _, post := range wholeDoc(d).Posts {
				if !yield(post, nil) {
					return
				}
			}
			sum.Complete = true
			return
		}
		layouts := map[string]bool{}
		posts := 0
		if s.reg.Posts != nil {
			sum.Format = s.reg.Name
		}
		for post, err := range s.finished() {
			if err == nil {
				sum.Warnings = append(sum.Warnings, post.Warnings...)
				layouts[post.Layout] = true
				posts++
			}
			if !yield(post, err) || err != nil {
				st.finish(s, layouts, posts)
				return
			}
		}
		sum.Warnings = s.endWarnings(append(sum.Warnings, s.pending...))
		st.finish(s, layouts, posts)
		sum.Complete = true
	}
}

// finish fills in the summary's fields that the stream knows at its end.
func (st *Stream) finish(s *stream, layouts map[string]bool, posts int) {
	sum := &st.summary
	sum.Encoding = s.inputEncoding()
	sum.Language = s.votes.Best()
	if sum.Format != "" {
		return // a registered format's
	}
	layout := ""
	for l := range layouts {
		layout = l // the one layout of a single post
	}
	sum.Format = s.format(posts, layout)
}
