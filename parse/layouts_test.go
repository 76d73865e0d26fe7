package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
)

// One thread, written once here and rendered below in every layout the
// parsers read. Each rendering must parse back to the same tree.

type tNode struct {
	author  string
	signed  string // the author a headerless layout finds in the signature
	at      time.Time
	paras   []string // paragraphs; a paragraph may hold several lines
	replies []tNode
}

type tPost struct {
	date     time.Time
	title    string
	body     []string
	comments []tNode
}

func at(d, h, m int) time.Time { return time.Date(2024, time.October, d, h, m, 0, 0, time.UTC) }

var canon = tPost{
	date:  time.Date(2024, time.October, 27, 0, 0, 0, 0, time.UTC),
	title: "Clocks Go Back Tonight",
	body: []string{
		"Remember that the clocks go back an hour at two in the morning.",
		"The lighthouse keeps its own time, as ever:\n1. the lamp is lit at dusk, whatever the clock says.\n2. the bell is rung on the hour.",
		"Enjoy the extra hour in bed.",
	},
	comments: []tNode{
		{author: "Anonymous", signed: "Tidewatcher", at: at(27, 8, 46), paras: []string{
			"Every year somebody turns up an hour early for church.",
			"Last year it was the vicar.",
			"'Tidewatcher",
		}, replies: []tNode{
			{author: "Morwenna", at: at(27, 9, 10), paras: []string{"That was the year the church clock stopped, to be fair."}},
			{author: "Anonymous", at: at(27, 9, 55), paras: []string{"The vicar blamed the clock.\nThe clock, as usual, said nothing."}},
		}},
		{author: "Harbour Master", at: at(27, 11, 2), paras: []string{
			"From Twitter:-",
			"\"Tide tables for next week are printed in local time. Check twice before launching.\"",
		}},
		{author: "Jory", at: at(27, 12, 30), paras: []string{"Does anyone still set the oven clock, or just leave it wrong till spring?"}, replies: []tNode{
			{author: "Anonymous", at: at(27, 13, 5), paras: []string{"Wrong till spring, every year."}},
		}},
	},
}

func (p tPost) count() int {
	n := 0
	for _, c := range p.comments {
		n += 1 + len(c.replies)
	}
	return n
}

func paraLines(paras []string) []string {
	var ls []string
	for _, p := range paras {
		ls = append(ls, strings.Split(p, "\n")...)
	}
	return ls
}

func (p tPost) head(w *strings.Builder, blank bool) {
	fmt.Fprintf(w, "%s\n", p.date.Format("Monday, 2 January 2006"))
	if blank {
		w.WriteString("\n")
	}
	fmt.Fprintf(w, "%s\n", p.title)
	if blank {
		w.WriteString("\n")
	}
	for _, b := range p.body {
		fmt.Fprintf(w, "%s\n\n", b)
	}
}

func renderNumbered(p tPost) string {
	var w strings.Builder
	p.head(&w, true)
	fmt.Fprintf(&w, "%d comments:\n\n", p.count())
	item := func(n int, ind string, c tNode) {
		for i, para := range c.paras {
			for j, l := range strings.Split(para, "\n") {
				if i == 0 && j == 0 {
					fmt.Fprintf(&w, "%s%d. %s\n", ind, n, l)
				} else {
					fmt.Fprintf(&w, "%s  %s\n", ind, l)
				}
			}
			w.WriteString("\n")
		}
	}
	for i, c := range p.comments {
		item(i+1, "  ", c)
		w.WriteString("    ReplyDelete\n")
		if len(c.replies) > 0 {
			w.WriteString("    Replies\n")
			for j, r := range c.replies {
				item(j+1, "    ", r)
				w.WriteString("      Delete\n")
			}
		}
	}
	return w.String()
}

// renderFlat writes the crawler's layout without a count line; the lead-in
// of a quoted tweet stands before the marker, as real extractions put it.
func renderFlat(p tPost) string {
	var w strings.Builder
	for _, b := range p.body {
		fmt.Fprintf(&w, "%s\n", b)
	}
	w.WriteString("Cornish Lights\n") // the post's signature
	marker := ""
	emit := func(c tNode, closer string) {
		ls := paraLines(c.paras)
		if len(ls) > 1 && strings.HasSuffix(ls[0], ":-") {
			// The lead-in goes before the previous marker.
			fmt.Fprintf(&w, "%s\n", ls[0])
			ls = ls[1:]
		}
		for i, l := range ls {
			if i == 0 {
				l = marker + l
			}
			fmt.Fprintf(&w, "%s\n", l)
		}
		marker = closer
	}
	for _, c := range p.comments {
		emit(c, "ReplyDelete")
		for _, r := range c.replies {
			emit(r, "Delete")
		}
	}
	fmt.Fprintf(&w, "%s\n", marker)
	return w.String()
}

// renderCopyPaste writes a browser copy: the owner's (ReplyDelete, Delete)
// or a reader's (Reply only).
func renderCopyPaste(p tPost, owner bool) string {
	var w strings.Builder
	p.head(&w, false)
	w.WriteString("Posted by Cornish Lights at 07:00\nLabels: clocks\nEmail ThisBlogThis!Share to XShare to Facebook\n")
	fmt.Fprintf(&w, "%d comments:\n\n", p.count())
	node := func(c tNode, glued bool) {
		sep := " "
		if glued {
			sep = ""
		}
		fmt.Fprintf(&w, "%s%s%s\n", c.author, sep, c.at.Format("2 January 2006 at 15:04"))
		w.WriteString(strings.Join(c.paras, "\n\n") + "\n")
	}
	for i, c := range p.comments {
		node(c, i%2 == 0)
		if owner {
			w.WriteString("ReplyDelete\n")
		} else {
			w.WriteString("Reply\n")
		}
		if len(c.replies) > 0 {
			w.WriteString("Replies\n\n")
			for j, r := range c.replies {
				node(r, j%2 == 1)
				if owner {
					w.WriteString("Delete\n")
				}
				w.WriteString("\n")
			}
			w.WriteString("Reply\n")
		}
	}
	w.WriteString("Add comment\nLoad more...\n\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n")
	return w.String()
}

// renderArchive puts the thread, in the numbered layout, between two other
// posts, one of them sharing its date line.
func renderArchive(p tPost) string {
	var w strings.Builder
	w.WriteString("Monday, 28 October 2024\n\nFerry Timetable\n\nWinter sailings start on Friday.\n\nPosted by Cornish Lights at 18:00\nNo comments:\n")
	w.WriteString("Storm Warning\n\nThe harbour is closed until Wednesday.\n\nPosted by Cornish Lights at 21:00\nNo comments:\n\n")
	w.WriteString(renderNumbered(p))
	return w.String()
}

// shape is what must agree between layouts: the tree, with each node's
// first and last words, author and time when the layout has them.
type shape struct {
	ID, First, Last, Author string
	Time                    string
	Replies                 []shape
}

func words(s string) (string, string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", ""
	}
	return f[0], f[len(f)-1]
}

func wantShape(p tPost, headers bool) []shape {
	mk := func(id string, c tNode) shape {
		f, l := words(strings.Join(c.paras, " "))
		s := shape{ID: id, First: f, Last: l}
		if headers {
			s.Author, s.Time = c.author, c.at.Format(time.RFC3339)
		} else {
			s.Author = c.signed
		}
		return s
	}
	var out []shape
	for i, c := range p.comments {
		s := mk(fmt.Sprint(i+1), c)
		for j, r := range c.replies {
			s.Replies = append(s.Replies, mk(fmt.Sprintf("%d.%d", i+1, j+1), r))
		}
		out = append(out, s)
	}
	return out
}

func gotShape(p *thread.Post) []shape {
	mk := func(n *thread.Node) shape {
		f, l := words(n.Body)
		s := shape{ID: n.ID, First: f, Last: l, Author: n.Author}
		if n.Time != nil {
			s.Time = n.Time.Format(time.RFC3339)
		}
		return s
	}
	var out []shape
	for _, c := range p.Comments {
		s := mk(&c.Node)
		for _, r := range c.Replies {
			s.Replies = append(s.Replies, mk(&r.Node))
		}
		out = append(out, s)
	}
	return out
}

func TestSameThreadEveryLayout(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		format  string // what auto-detection must report
		post    int    // which post holds the thread
		titled  bool
		headers bool
	}{
		{"numbered", renderNumbered(canon), "numbered", 0, true, false},
		{"flat", renderFlat(canon), "flat", 0, false, false},
		{"copypaste-owner", renderCopyPaste(canon, true), "copypaste", 0, true, true},
		{"copypaste-reader", renderCopyPaste(canon, false), "copypaste", 0, true, true},
		{"archive", renderArchive(canon), "archive", 2, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{Stages: enriched}
			doc, err := p.ParseBytes(tt.name, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.format {
				t.Errorf("format = %q, want %q", doc.Format, tt.format)
			}
			if len(doc.Warnings) > 0 {
				t.Errorf("warnings: %v", doc.Warnings)
			}
			if len(doc.Posts) <= tt.post {
				t.Fatalf("got %d posts, want the thread in post %d\n%s", len(doc.Posts), tt.post+1, tt.src)
			}
			post := doc.Posts[tt.post]
			if tt.titled {
				if post.Title != canon.title {
					t.Errorf("title = %q, want %q", post.Title, canon.title)
				}
				if want := (thread.Date{Year: 2024, Month: time.October, Day: 27}); post.Published == nil || *post.Published != want {
					t.Errorf("published = %v, want %v", post.Published, want)
				}
				if post.DeclaredComments == nil || *post.DeclaredComments != canon.count() {
					t.Errorf("declared = %v, want %d", post.DeclaredComments, canon.count())
				}
			}
			if f, l := words(post.Body); f != "Remember" || (l != "bed." && l != "Lights") {
				t.Errorf("post body runs from %q to %q:\n%s", f, l, post.Body)
			}
			if diff := cmp.Diff(wantShape(canon, tt.headers), gotShape(post)); diff != "" {
				t.Errorf("tree mismatch (-want +got):\n%s\ninput:\n%s", diff, tt.src)
			}
			checkLossless(t, tt.src, doc)
			checkWords(t, tt.src, doc)
		})
	}
}

// TestClassicSameComments renders the thread in the classic template, which
// has no threads: every node becomes a comment, in time order.
func TestClassicSameComments(t *testing.T) {
	var w strings.Builder
	canon.head(&w, true)
	fmt.Fprintf(&w, "%d comments:\n\n", canon.count())
	var flat []tNode
	for _, c := range canon.comments {
		flat = append(flat, c)
		flat = append(flat, c.replies...)
	}
	var want []shape
	for i, c := range flat {
		fmt.Fprintf(&w, "%s said...\n%s\n%s\n", c.author, strings.Join(c.paras, "\n\n"), c.at.Format("January 2, 2006 3:04 PM"))
		f, l := words(strings.Join(c.paras, " "))
		want = append(want, shape{ID: fmt.Sprint(i + 1), First: f, Last: l, Author: c.author, Time: c.at.Format(time.RFC3339)})
	}
	w.WriteString("Post a Comment\n")
	p := Parser{Stages: enriched}
	doc, err := p.ParseBytes("classic", []byte(w.String()))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "classic" || len(doc.Warnings) > 0 || len(doc.Posts) != 1 {
		t.Fatalf("format %q, %d posts, warnings %v", doc.Format, len(doc.Posts), doc.Warnings)
	}
	if diff := cmp.Diff(want, gotShape(doc.Posts[0])); diff != "" {
		t.Errorf("comments mismatch (-want +got):\n%s", diff)
	}
	checkLossless(t, w.String(), doc)
	checkWords(t, w.String(), doc)
}
