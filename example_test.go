package blogthread_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/thread"
)

// A numbered dump, as an html-to-text tool writes a comment section.
const dump = `Friday, 17 January 2025

Ice On The Towpath

The towpath froze overnight.

3 comments:

  1. Gritted by nine.

    ReplyDelete
    Replies
    1. Only the first half mile.

      Delete
  2. Fine by ten.

    ReplyDelete
`

func ExampleParse() {
	doc, err := blogthread.Parse(strings.NewReader(dump), blogthread.WithSource("towpath.txt"))
	if err != nil {
		log.Fatal(err)
	}
	p := doc.Posts[0]
	fmt.Println(doc.Format, p.Published, p.Title, *p.DeclaredComments, p.Count())
	for _, c := range p.Comments {
		fmt.Println(c.ID, c.Body)
		for _, r := range c.Replies {
			fmt.Println(r.ID, r.Body)
		}
	}
	// Output:
	// numbered 2025-01-17 Ice On The Towpath 3 3
	// 1 Gritted by nine.
	// 1.1 Only the first half mile.
	// 2 Fine by ten.
}

func ExampleParseFile() {
	doc, err := blogthread.ParseFile("testdata/copypaste/reader.txt")
	if err != nil {
		log.Fatal(err)
	}
	thread.Walk(doc, func(_ *thread.Post, _ *thread.Comment, n *thread.Node) bool {
		fmt.Println(n.ID, n.Author, n.Time.Format("2006-01-02 15:04"))
		return true
	})
	// Output:
	// 1 Lena Fischer 2025-05-05 19:02
	// 1.1 Sam Ito 2025-05-05 19:30
	// 2 Marcus Bell 2025-05-06 08:15
}

func ExampleWithFormat() {
	// A flat dump: action links glued to the next comment's first line.
	flat := "Short post.\n\n1 comments:\nFirst!\nReplyDeleteA second one.\nReplyDelete\n"
	doc, err := blogthread.Parse(strings.NewReader(flat), blogthread.WithFormat("flat"))
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range doc.Warnings {
		fmt.Println("warning:", w)
	}
	for _, c := range doc.Posts[0].Comments {
		fmt.Println(c.ID, c.Body)
	}
	// Output:
	// warning: line 3: declared 1 comment, found 2
	// 1 First!
	// 2 A second one.
}

func ExamplePosts() {
	// Two posts one after another, as an archive page shows them.
	archive := dump + "\nThursday, 16 January 2025\n\nGritters Out\n\nThe council's gritters are out tonight.\n\nNo comments:\n"
	for post, err := range blogthread.Posts(strings.NewReader(archive)) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(post.ID, post.Published, post.Title, post.Count())
	}
	// Output:
	// p1 2025-01-17 Ice On The Towpath 3
	// p2 2025-01-16 Gritters Out 0
}
