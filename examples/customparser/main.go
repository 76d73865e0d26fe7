// Command customparser adds a parser for an export format of its own
// beside the built-in ones, and reads a file in it.
//
//	go run ./examples/customparser [FILE]
//
// The made-up "threadlog" format is tab-separated lines: a "#threadlog 1"
// header; "post DATE TITLE BODY"; "comment ID AUTHOR TIME TEXT" and
// "reply ID AUTHOR TIME TEXT", with "\n" for a line break in TEXT. The
// format registers itself with parse.Register in an init function; from
// then on -format auto finds it by its header (its Sniff function), it is
// listed by parse.Formats, and its trees get the same enrichment passes as
// the text layouts (here: a tweet and a mention). As a text format (Text)
// it gets its input normalised, as the text layouts do: UTF-8, "\n" line
// ends. It sets only what the file says; the library fills in the rest
// (the Document's source, format and encoding, the post ids, and each
// node's span, found by its text in the input; see parse.Format). Without FILE it reads testdata/custom/lighthouse.threadlog
// (run it from the repository's root).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/export"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
)

func init() {
	err := parse.Register(parse.Format{
		Name:        "threadlog",
		Description: "threadlog export: tab-separated post, comment and reply lines",
		Sniff: func(head []byte) int {
			if bytes.HasPrefix(head, []byte("#threadlog ")) {
				return 100
			}
			return 0
		},
		Parse: parseThreadlog,
		Text:  true,
	})
	if err != nil {
		log.Fatal(err)
	}
}

// parseThreadlog reads a threadlog file. Errors name the line.
func parseThreadlog(p *parse.Parser, name string, src []byte) (*thread.Document, error) {
	doc := &thread.Document{}
	var post *thread.Post
	for i, line := range strings.Split(string(src), "\n") {
		num := i + 1
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(why string) error {
			return &parse.Error{File: name, Line: num, Col: 1, Err: fmt.Errorf("threadlog: %s", why)}
		}
		switch {
		case f[0] == "post" && len(f) == 4:
			var d thread.Date
			if err := d.UnmarshalText([]byte(f[1])); err != nil {
				return nil, bad("post date: " + err.Error())
			}
			post = &thread.Post{Published: &d, Title: f[2], Body: unescape(f[3])}
			doc.Posts = append(doc.Posts, post)
		case (f[0] == "comment" || f[0] == "reply") && len(f) == 5 && post != nil:
			t, err := time.Parse(time.RFC3339, f[3])
			if err != nil {
				return nil, bad("time: " + err.Error())
			}
			n := thread.Node{ID: f[1], Author: f[2], AuthorSource: thread.SourceHeader, Time: &t, Body: unescape(f[4])}
			n.Index, _ = strconv.Atoi(f[1][strings.LastIndex(f[1], ".")+1:])
			if f[0] == "comment" {
				post.Comments = append(post.Comments, &thread.Comment{Node: n})
			} else if len(post.Comments) > 0 {
				c := post.Comments[len(post.Comments)-1]
				c.Replies = append(c.Replies, &thread.Reply{Node: n})
			} else {
				return nil, bad("a reply before any comment")
			}
		default:
			return nil, bad(fmt.Sprintf("unknown line %q", f[0]))
		}
	}
	return doc, nil
}

func unescape(s string) string { return strings.ReplaceAll(s, `\n`, "\n") }

func main() {
	file := "testdata/custom/lighthouse.threadlog"
	if len(os.Args) > 1 {
		file = os.Args[1]
	}
	fmt.Println("Formats:")
	for _, f := range parse.Formats() {
		fmt.Printf("  %-15s %s\n", f.Name, f.Description)
	}
	doc, err := blogthread.ParseFile(file) // -format auto finds threadlog
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("\n%s read as %s\n", doc.Source, doc.Format)
	for _, p := range doc.Posts {
		if err := export.Tree(os.Stdout, doc.Source, p); err != nil {
			log.Fatal(err)
		}
	}
	thread.Walk(doc, func(_ *thread.Post, _ *thread.Comment, n *thread.Node) bool {
		if n.Span.StartLine > 0 { // filled in by the library
			fmt.Printf("%s is on line %d (bytes %d-%d)\n", n.ID, n.Span.StartLine, n.Span.Start, n.Span.End)
		}
		for _, q := range n.Quotes {
			fmt.Printf("%s quotes a %s from %s: %s\n", n.ID, q.Kind, q.Source, q.Text)
		}
		for _, m := range n.Mentions {
			fmt.Printf("%s mentions %s, that is %s\n", n.ID, m.Text, m.Target)
		}
		return true
	})
}
