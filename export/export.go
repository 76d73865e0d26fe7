// Package export writes parsed threads in the forms researchers load: CSV
// rows for a spreadsheet or a data frame, a ConvoKit corpus, an indented
// tree for a terminal, and summary statistics.
//
// Every writer takes posts one at a time (a Post and the source it came
// from), so that it can follow parse.Posts through an archive larger than
// memory; the ConvoKit corpus folder is the one output that keeps a little
// per speaker and per conversation until it is closed.
package export

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/blogthread/blogthread/thread"
)

// CSVColumns are the columns of a CSV export, in order. time holds full
// timestamps only (RFC 3339); a node whose input shows a time of day
// without its date has it in clock ("19:30"), one that shows a day without
// its time in date ("2016-01-24"). Read id, post_id and parent_id as
// strings: "1.10" is not "1.1".
var CSVColumns = []string{
	"source", "post_id", "id", "parent_id", "depth", "index", "author", "author_source",
	"time", "time_inferred", "body", "quotes", "mentions", "clock", "date",
}

// CSV writes one row per comment and reply, with RFC 4180 quoting
// (encoding/csv). parent_id of a comment is its post's id, of a reply the
// node it answers (its comment, or the reply in ReplyTo); depth is 1 for a
// comment and 2 for a reply. quotes and mentions hold JSON arrays. A cell
// that a spreadsheet would run as a formula (it starts with =, +, -, @, a
// tab or a carriage return) starts with an apostrophe instead, as OWASP
// recommends for CSV export; the apostrophe is the only change to the text.
type CSV struct {
	// Posts adds a row for each post before its comments: depth 0, its
	// id in id and post_id, no parent, its author, its date in date and
	// its body (the command's -csv-posts).
	Posts bool

	w      *csv.Writer
	header bool
}

// NewCSV returns a CSV writer on w.
func NewCSV(w io.Writer) *CSV { return &CSV{w: csv.NewWriter(w)} }

// Write writes the rows of p's comments and replies; the header row comes
// before the first.
func (c *CSV) Write(source string, p *thread.Post) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	write := func(rec []string) error {
		for i := range rec {
			rec[i] = Inert(Visible(rec[i], true))
		}
		return c.w.Write(rec)
	}
	if c.Posts {
		date := ""
		if p.Published != nil {
			date = p.Published.String()
		}
		if err := write([]string{source, p.ID, p.ID, "", "0", "0", p.Author, "", "", "", p.Body, "", "", "", date}); err != nil {
			return err
		}
	}
	row := func(n *thread.Node, parent string, depth int) error {
		t, inferred, clock, date := "", "", "", ""
		switch {
		case n.Time != nil:
			t = n.Time.Format(time.RFC3339)
		case n.Clock != "":
			clock = n.Clock
		}
		if n.Date != nil {
			date = n.Date.String()
		}
		if n.TimeInferred {
			inferred = "true"
		}
		return write([]string{
			source, p.ID, n.ID, parent, strconv.Itoa(depth), strconv.Itoa(n.Index), n.Author, n.AuthorSource,
			t, inferred, n.Body, jsonCell(n.Quotes), jsonCell(n.Mentions), clock, date,
		})
	}
	for _, cm := range p.Comments {
		if err := row(&cm.Node, p.ID, 1); err != nil {
			return err
		}
		for _, r := range cm.Replies {
			if err := row(&r.Node, cmp.Or(r.ReplyTo, cm.ID), 2); err != nil {
				return err
			}
		}
	}
	return c.w.Error()
}

// Flush writes what is buffered (the header row at least, so that an
// input without comments gives a CSV with its columns) and reports a write
// error.
func (c *CSV) Flush() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *CSV) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(CSVColumns)
}

// Inert returns s made safe to open in a spreadsheet: when s starts with a
// character that makes a formula (=, +, -, @, tab, carriage return), an
// apostrophe goes before it.
func Inert(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// Visible renders the control characters of s visibly, so that text from
// an input cannot drive the terminal it is printed on (an escape sequence
// that sets a title or clears the screen): a C0 control as its Control
// Pictures symbol ("\x1b" as "␛"), DEL as "␡", a C1 control as "\u0085".
// keepLines keeps line feeds, carriage returns and tabs, which CSV cells
// hold as text. JSON needs none of this: it escapes them.
func Visible(s string, keepLines bool) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c == 0xc2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case keepLines && (r == '\n' || r == '\r' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('\u2421')
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func jsonCell[T any](v []T) string {
	if len(v) == 0 {
		return ""
	}
	var b strings.Builder
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return ""
	}
	return strings.TrimSuffix(b.String(), "\n")
}
