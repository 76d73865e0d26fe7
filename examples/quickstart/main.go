// Command quickstart parses a comment dump from testdata and walks its tree.
//
//	go run ./examples/quickstart [FILE]
//
// Without FILE it reads testdata/copypaste/owner.txt (run it from the
// repository's root).
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/thread"
)

func main() {
	file := "testdata/copypaste/owner.txt"
	if len(os.Args) > 1 {
		file = os.Args[1]
	}
	doc, err := blogthread.ParseFile(file)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s layout, %d post(s)\n", doc.Source, doc.Format, len(doc.Posts))
	for _, w := range doc.Warnings {
		fmt.Println("warning:", w)
	}
	thread.Walk(doc, func(p *thread.Post, parent *thread.Comment, n *thread.Node) bool {
		indent := ""
		if parent != nil {
			indent = "    "
		}
		who := n.Author
		if who == "" {
			who = "(unknown)"
		}
		fmt.Printf("%s[%s] %s: %.50s\n", indent, n.ID, who, n.Body)
		return true
	})
}
