package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"sync"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// Format is a parser for an input format other than the text layouts: a
// platform's export, or a format of your own. Register it, and Parser.Format
// accepts its name, "-format auto" considers it, and `blogthread formats`
// lists it.
type Format struct {
	// Name is what Parser.Format and -format call it.
	Name string
	// Description says in one line what it reads.
	Description string
	// Sniff says how sure the format is that an input is its own, from
	// the input's first bytes (up to SniffBytes): 0 not at all, 100
	// certain. With Parser.Format "auto" the surest format of 50 or more
	// reads the input; below that the text layouts do.
	Sniff func(head []byte) int
	// Parse reads a whole input: src is the input as given, in UTF-8
	// when it was UTF-16 (or, with Text, normalised). It must return the
	// posts with their comments and replies; everything else may be
	// left empty and is filled in: Source, Format and Encoding of the
	// Document, the post ids (p1, p2, ...), the node ids and indexes
	// ("3", "3.2"); nil posts, comments and replies are dropped. The
	// Document then goes through the Parser's stages (Parser.Stages) and
	// is held to its Limits. Spans, when it sets them, are byte offsets
	// in src; a node it leaves without one gets the place of its Body's
	// first to last line when they stand in src as they are (found in
	// order, forward only), and a post the lines of its nodes. Errors
	// should be *Error values; others are wrapped in one.
	Parse func(p *Parser, name string, src []byte) (*thread.Document, error)
	// Text, when set, has Parse get the input decoded and normalised as
	// the text layouts get it (see normalize.Normalize: UTF-8, "\n" line
	// ends, no invisible characters, NFC, Parser.Encoding obeyed), for a
	// format that is text rather than markup.
	Text bool
	// Posts, when the format can, reads an input a post at a time for
	// Parser.Posts, reporting warnings to warn; without it Parser.Posts
	// reads the input whole with Parse. Its posts keep the spans it
	// gives them: the input is not at hand to search.
	Posts func(p *Parser, name string, r io.Reader, warn func(thread.Warning)) iter.Seq2[*thread.Post, error]

	// spansSet marks a built-in format that sets every span it can know
	// (an export from the XML's offsets) or none (a saved page, whose
	// parser keeps no offsets): its nodes' text is not searched for.
	spansSet bool
}

// SniffBytes is how much of an input Sniff functions see.
const SniffBytes = 4096

// ErrFormatExists is returned by Register for a name that is taken.
var ErrFormatExists = errors.New("format already registered")

// formatList is a list of formats that is safe for concurrent use.
type formatList struct {
	mu      sync.RWMutex
	formats []Format
}

// registry is the formats of the process: the built-in exports and saved
// pages, and those programs Register.
var registry formatList

// Register adds a format for every Parser of the process. Its name must be
// new (not a layout's, "auto" or "archive") and it must have Sniff and
// Parse functions. Register is safe for concurrent use; call it before
// parsing, typically in an init function. A format for one Parser only
// goes in Parser.Formats instead.
func Register(f Format) error { return registry.add(f) }

// add adds f to l, as Register says.
func (l *formatList) add(f Format) error {
	if err := checkFormat(f); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if slices.ContainsFunc(l.formats, func(g Format) bool { return g.Name == f.Name }) {
		return fmt.Errorf("parse.Register: %w: %q", ErrFormatExists, f.Name)
	}
	l.formats = append(l.formats, f)
	return nil
}

// checkFormat reports what makes f unusable: no name, no functions, or a
// name the layouts have.
func checkFormat(f Format) error {
	if f.Name == "" || f.Sniff == nil || f.Parse == nil {
		return fmt.Errorf("parse.Register: format %q needs a name, a Sniff and a Parse function", f.Name)
	}
	if f.Name == "auto" || f.Name == Archive || slices.ContainsFunc(layouts, func(l textLayout) bool { return l.Name() == f.Name }) {
		return fmt.Errorf("parse.Register: %w: %q", ErrFormatExists, f.Name)
	}
	return nil
}

// lookup returns the format of l named name.
func (l *formatList) lookup(name string) (Format, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	for _, f := range l.formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// surest returns the format of l surest of head and how sure it is.
func (l *formatList) surest(head []byte) (Format, int) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return surest(l.formats, head)
}

func surest(formats []Format, head []byte) (Format, int) {
	best, bestScore := Format{}, 0
	for _, f := range formats {
		if s := f.Sniff(head); s > bestScore {
			best, bestScore = f, s
		}
	}
	return best, bestScore
}

// info lists the formats of l.
func (l *formatList) info() []FormatInfo {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var out []FormatInfo
	for _, f := range l.formats {
		out = append(out, FormatInfo{f.Name, f.Description})
	}
	return out
}

// registered returns the format named name: one of p.Formats, else a
// registered one.
func (p *Parser) registered(name string) (Format, bool) {
	for _, f := range p.Formats {
		if f.Name == name {
			return f, true
		}
	}
	return registry.lookup(name)
}

// sniff returns the format, of p.Formats or registered, surest of src,
// when one is sure enough (50 or more); on a tie p.Formats win.
func (p *Parser) sniff(src []byte) (Format, bool) {
	head := src[:min(len(src), SniffBytes)]
	if u := utf16Text(head); u != nil {
		head = u // an export in UTF-16 is known by its text
	}
	best, score := surest(p.Formats, head)
	if f, s := registry.surest(head); s > score {
		best, score = f, s
	}
	return best, score >= 50
}

// Sniff returns the name of the registered format (an export: "blogger",
// "wxr", "disqus", ...) that the start of an input shows, as Parse with
// the format "auto" picks it, or "" for text, which a layout reads. head
// is the input's first SniffBytes bytes, or all of it when shorter.
func Sniff(head []byte) string {
	var p Parser
	if f, ok := p.sniff(head); ok {
		return f.Name
	}
	return ""
}

// utf16Text returns b decoded from UTF-16 when it starts with a UTF-16
// byte order mark or reads as UTF-16 without one, else nil.
func utf16Text(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) && !looksUTF16(b) {
		return nil
	}
	d, err := normalize.Decode(b[:len(b)&^1], normalize.UTF16)
	if err != nil {
		return nil
	}
	return []byte(d.Text)
}
