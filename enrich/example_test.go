package enrich_test

import (
	"fmt"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/thread"
)

// A tree from any parser: here built by hand, with no authors or times.
func ExamplePost() {
	post := &thread.Post{
		ID:   "p1",
		Body: "The ferry will sail twice a day in winter.",
		Comments: []*thread.Comment{
			{Node: thread.Node{ID: "1", Body: "Twice a day is no use to anyone.\n\n'Skerryman"}},
			{Node: thread.Node{ID: "2", Body: "Seen on X this morning:-\n“Winter timetable out now.”"}, Replies: []*thread.Reply{
				{Node: thread.Node{ID: "2.1", Body: "Skerryman said it: \"Twice a day is no use to anyone.\""}},
			}},
		},
	}
	enrich.Post(post, enrich.Options{})
	for _, c := range post.Comments {
		nodes := []*thread.Node{&c.Node}
		for _, r := range c.Replies {
			nodes = append(nodes, &r.Node)
		}
		for _, n := range nodes {
			fmt.Printf("%s author=%q (%s)\n", n.ID, n.Author, n.AuthorSource)
			for _, q := range n.Quotes {
				fmt.Printf("  quote %s %s%s: %s\n", q.Kind, q.Source, q.Target, q.Text)
			}
			for _, m := range n.Mentions {
				fmt.Printf("  mention %q -> %s\n", m.Text, m.Target)
			}
		}
	}
	// Output:
	// 1 author="Skerryman" (signature)
	// 2 author="" ()
	//   quote tweet X: Winter timetable out now.
	// 2.1 author="" ()
	//   quote comment 1: Twice a day is no use to anyone.
	//   mention "Skerryman" -> 1
}
