package parse

import (
	"strings"

	"github.com/blogthread/blogthread/normalize"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The helpers below read the tree golang.org/x/net/html builds of a saved
// page (see htmlpage.go): attributes, classes, searches in document order
// that never enter what a page does not show, and the text of an element
// as a reader sees it.

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether the element n has the class c.
func hasClass(n *html.Node, c string) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// hasAnyClass reports whether the element n has one of the classes cs.
func hasAnyClass(n *html.Node, cs ...string) bool {
	for _, c := range cs {
		if hasClass(n, c) {
			return true
		}
	}
	return false
}

// isTag reports whether n is an element with the tag a.
func isTag(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// unseen reports whether n is an element whose content a page does not
// show as text: scripts, styles, templates, what <noscript> holds for
// browsers without scripts (x/net/html keeps it as raw text), and form
// fields.
func unseen(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Textarea, atom.Select, atom.Button:
		return true
	}
	return false
}

// findAll returns the elements under n (not n itself) for which match
// holds, in document order, without entering unseen elements. It never
// recurses: a page nested a million deep is walked in a loop.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) bool {
		if match(c) {
			out = append(out, c)
		}
		return true
	})
	return out
}

// find returns the first element under n for which match holds, or nil.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found == nil && match(c) {
			found = c
		}
		return found == nil
	})
	return found
}

// walk calls visit for each element under n in document order, skipping
// unseen elements and, when visit returns false, stopping.
func walk(n *html.Node, visit func(*html.Node) bool) { walkIn(n, nil, visit) }

// findIn is find, not entering the elements under n for which other holds
// (and what they hold): the parts of a comment that are its own, not its
// replies'. A comment's parts are then found in the time its own markup
// takes, however deep its replies nest.
func findIn(n *html.Node, other, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	walkIn(n, other, func(c *html.Node) bool {
		if match(c) {
			found = c
		}
		return found == nil
	})
	return found
}

// walkIn is walk, not entering the elements for which other holds.
func walkIn(n *html.Node, other, visit func(*html.Node) bool) {
	c := n.FirstChild
	for c != nil {
		if c.Type == html.ElementNode && !unseen(c) && (other == nil || !other(c)) {
			if !visit(c) {
				return
			}
			if c.FirstChild != nil {
				c = c.FirstChild
				continue
			}
		}
		for c.NextSibling == nil {
			c = c.Parent
			if c == n || c == nil {
				return
			}
		}
		c = c.NextSibling
	}
}

// closest returns the nearest ancestor of n for which match holds, or nil.
func closest(n *html.Node, match func(*html.Node) bool) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && match(p) {
			return p
		}
	}
	return nil
}

// blockTags are the elements a browser lays out as blocks: their text
// stands on lines of its own.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Blockquote: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Section: true, atom.Article: true, atom.Footer: true, atom.Header: true, atom.Figure: true,
	atom.Figcaption: true, atom.Hr: true, atom.Aside: true, atom.Nav: true,
}

// nodeText is the text of n as a reader sees it, as a body in the model
// holds it (the same rules as htmlText for exports): runs of white space
// are one space, <br> ends a line, a block element stands on lines of its
// own and a paragraph ends in a blank line, an image gives its alt text (a
// smiley's ":-)"), and unseen elements and those under n that skip
// reports give none.
// The text is normalised as a dump is (see normalize.Normalize).
func nodeText(n *html.Node, skip func(*html.Node) bool) string {
	var t textBuilder
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		switch n.Type {
		case html.TextNode:
			t.text(n.Data)
			return
		case html.ElementNode:
			if unseen(n) || skip != nil && depth > 0 && skip(n) {
				return
			}
			switch n.DataAtom {
			case atom.Br:
				t.lineBreak(1)
				return
			case atom.Img:
				t.text(attr(n, "alt"))
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			t.lineBreak(2)
		}
		if depth < maxHTMLDepth {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c, depth+1)
			}
		}
		if block {
			t.lineBreak(2)
		}
	}
	rec(n, 0)
	return cleanText(t.b.String())
}

// maxHTMLDepth bounds how deep nodeText reads. x/net/html nests at most
// 512 elements deep; the bound keeps the recursion's stack small whatever
// the parser does.
const maxHTMLDepth = 600

// textBuilder gathers text with its breaks: a space or line breaks are
// written only before the next text, so none trail.
type textBuilder struct {
	b      strings.Builder
	space  bool
	breaks int
}

func (t *textBuilder) text(s string) {
	for s != "" {
		i := strings.IndexAny(s, " \t\n\r\f")
		if i != 0 {
			word := s
			if i > 0 {
				word = s[:i]
			}
			if t.b.Len() > 0 {
				switch {
				case t.breaks >= 2:
					t.b.WriteString("\n\n")
				case t.breaks == 1:
					t.b.WriteByte('\n')
				case t.space:
					t.b.WriteByte(' ')
				}
			}
			t.breaks, t.space = 0, false
			t.b.WriteString(word)
			if i < 0 {
				return
			}
			s = s[i:]
		}
		t.space = true
		s = strings.TrimLeft(s, " \t\n\r\f")
	}
}

func (t *textBuilder) lineBreak(n int) {
	if n == 1 && t.breaks >= 1 {
		n = 2 // <br><br>: a paragraph
	}
	t.breaks = max(t.breaks, n)
	t.space = false
}

// cleanText normalises s as the text layouts normalise a dump: NFC, no
// zero-width characters, Unicode spaces as plain spaces.
func cleanText(s string) string {
	nt, err := normalize.NormalizeString(s, normalize.UTF8)
	if err != nil {
		return s
	}
	return strings.TrimSpace(nt.Text)
}

// oneLine is nodeText on one line: its lines joined by spaces.
func oneLine(n *html.Node, skip func(*html.Node) bool) string {
	return strings.Join(strings.Fields(nodeText(n, skip)), " ")
}
