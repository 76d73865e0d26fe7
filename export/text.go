package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/thread"
)

var timeUTC = time.UTC

func unix(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	u := t.Unix()
	return &u
}

// Tree draws a post as an indented tree for a terminal: the post's date
// and title, then each comment and reply with its id, author, time and
// first words, replies indented under their comment.
func Tree(w io.Writer, source string, p *thread.Post) error {
	date := ""
	if p.Published != nil {
		date = p.Published.String() + " "
	}
	title := p.Title
	if title == "" {
		title = firstWords(p.Body, 8)
	}
	nodes := "1 comment or reply"
	if n := p.Count(); n != 1 {
		nodes = fmt.Sprintf("%d comments and replies", n)
	}
	if _, err := fmt.Fprintf(w, "%s %s%s  (%s, %s)\n", p.ID, date, Visible(title, false), Visible(source, false), nodes); err != nil {
		return err
	}
	line := func(prefix string, n *thread.Node) error {
		who := n.Author
		if who == "" {
			who = "?"
		}
		when := ""
		switch {
		case n.Time != nil:
			when = " " + n.Time.Format("2006-01-02 15:04")
		case n.Date != nil:
			when = " " + n.Date.String()
		case n.Clock != "":
			when = " " + n.Clock
		}
		if n.TimeInferred {
			when += "*"
		}
		id := n.ID
		if n.ReplyTo != "" {
			id += " (to " + n.ReplyTo + ")"
		}
		text := firstWords(n.Body, 10)
		if n.Deleted && text == "" {
			text = "(deleted)"
		}
		_, err := fmt.Fprintf(w, "%s%s %s%s: %s\n", prefix, id, Visible(who, false), when, Visible(text, false))
		return err
	}
	for i, c := range p.Comments {
		last := i == len(p.Comments)-1
		branch, cont := "├─ ", "│  "
		if last {
			branch, cont = "└─ ", "   "
		}
		if err := line(branch, &c.Node); err != nil {
			return err
		}
		for j, r := range c.Replies {
			b := "├─ "
			if j == len(c.Replies)-1 {
				b = "└─ "
			}
			if err := line(cont+b, &r.Node); err != nil {
				return err
			}
		}
	}
	return nil
}

// firstWords returns the first n words of s on one line, with an ellipsis
// when there is more.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	out := strings.Join(f[:n], " ")
	if utf8.RuneCountInString(out) > 80 {
		r := []rune(out)
		out = string(r[:80])
	}
	return out + " …"
}

// Stats counts what parses found: posts, comments, replies, authors, the
// time span of the comments, quotes by kind, mentions and how many
// resolved, and warnings. Add each post (and each document's warnings);
// the zero value is ready to use.
type Stats struct {
	Files    int            `json:"files"`             // files counted
	Posts    int            `json:"posts"`             // posts
	Comments int            `json:"comments"`          // top-level comments
	Replies  int            `json:"replies"`           // replies
	Authors  int            `json:"authors"`           // distinct author names
	Signed   int            `json:"signed"`            // nodes whose author is a signature
	First    *time.Time     `json:"first,omitempty"`   // the earliest comment time
	Last     *time.Time     `json:"last,omitempty"`    // the latest comment time
	Quotes   map[string]int `json:"quotes"`            // quotes by kind
	Mentions int            `json:"mentions"`          // mentions found
	Resolved int            `json:"mentions_resolved"` // mentions with a target
	Warnings int            `json:"warnings"`          // warnings of the parses
	authors  map[string]bool
}

// Add counts a post.
func (s *Stats) Add(p *thread.Post) {
	if s.authors == nil {
		s.authors = map[string]bool{}
		s.Quotes = map[string]int{}
	}
	s.Posts++
	s.Warnings += len(p.Warnings)
	for _, c := range p.Comments {
		s.Comments++
		s.node(&c.Node)
		for _, r := range c.Replies {
			s.Replies++
			s.node(&r.Node)
		}
	}
}

// AddWarnings counts a document's warnings (for posts that do not carry
// their own).
func (s *Stats) AddWarnings(n int) { s.Warnings += n }

func (s *Stats) node(n *thread.Node) {
	if n.Author != "" {
		s.authors[n.Author] = true
		s.Authors = len(s.authors)
	}
	if n.AuthorSource == thread.SourceSignature {
		s.Signed++
	}
	if n.Time != nil {
		t := *n.Time
		if s.First == nil || t.Before(*s.First) {
			s.First = &t
		}
		if s.Last == nil || t.After(*s.Last) {
			s.Last = &t
		}
	}
	for _, q := range n.Quotes {
		s.Quotes[string(q.Kind)]++
	}
	for _, m := range n.Mentions {
		s.Mentions++
		if m.Target != "" {
			s.Resolved++
		}
	}
}

// Merge adds the counts of o (another file's) to s.
func (s *Stats) Merge(o *Stats) {
	if s.authors == nil {
		s.authors = map[string]bool{}
		s.Quotes = map[string]int{}
	}
	s.Files += o.Files
	s.Posts += o.Posts
	s.Comments += o.Comments
	s.Replies += o.Replies
	s.Signed += o.Signed
	s.Mentions += o.Mentions
	s.Resolved += o.Resolved
	s.Warnings += o.Warnings
	for a := range o.authors {
		s.authors[a] = true
	}
	s.Authors = len(s.authors)
	for k, v := range o.Quotes {
		s.Quotes[k] += v
	}
	if o.First != nil && (s.First == nil || o.First.Before(*s.First)) {
		s.First = o.First
	}
	if o.Last != nil && (s.Last == nil || o.Last.After(*s.Last)) {
		s.Last = o.Last
	}
}

// Write prints the counts as aligned lines under a heading.
func (s *Stats) Write(w io.Writer, heading string) error {
	span := "no times"
	if s.First != nil {
		span = s.First.Format(time.RFC3339) + " to " + s.Last.Format(time.RFC3339)
	}
	var qs []string
	for _, k := range sortedKeys(s.Quotes) {
		qs = append(qs, fmt.Sprintf("%d %s", s.Quotes[k], k))
	}
	if len(qs) == 0 {
		qs = []string{"none"}
	}
	_, err := fmt.Fprintf(w, "%s\n  posts     %d\n  comments  %d\n  replies   %d\n  authors   %d (%s signed)\n  times     %s\n  quotes    %s\n  mentions  %d (%d resolved)\n  warnings  %d\n",
		Visible(heading, false), s.Posts, s.Comments, s.Replies, s.Authors, countOf(s.Signed, "comment"), span, strings.Join(qs, ", "), s.Mentions, s.Resolved, s.Warnings)
	return err
}

// countOf writes n and the noun, in the plural unless n is 1.
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
