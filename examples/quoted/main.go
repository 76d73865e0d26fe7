// Command quoted reads dumps and reports the most quoted and mentioned
// comments, and who replies to whom.
//
//	go run ./examples/quoted [FILE...]
//
// Without FILE it reads every dump in testdata/ (run it from the
// repository's root). A comment is "quoted" when another quotes its text
// (a Quote of kind comment) and "mentioned" when another points at it by
// time or name (a Mention with a target). "Who replies to whom" counts a
// reply's author against its comment's author, and a mention's writer
// against the author it points at.
package main

import (
	"cmp"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/thread"
)

type key struct{ file, post, node string }

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/*/*.txt")
		if len(files) == 0 {
			log.Fatal("no dumps in testdata/: run from the repository's root or name the files")
		}
	}
	cited := map[key]int{}         // quotes and mentions a node receives
	text := map[key]string{}       // a node's author and first words
	replies := map[[2]string]int{} // (who, to whom)
	for _, name := range files {
		doc, err := blogthread.ParseFile(name)
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range doc.Posts {
			authors := map[string]string{p.ID: p.Author}
			thread.Walk(&thread.Document{Posts: []*thread.Post{p}}, func(_ *thread.Post, parent *thread.Comment, n *thread.Node) bool {
				authors[n.ID] = n.Author
				text[key{name, p.ID, n.ID}] = fmt.Sprintf("%s: %s", who(n.Author), firstWords(n.Body, 9))
				if parent != nil {
					replies[[2]string{who(n.Author), who(parent.Author)}]++
				}
				for _, q := range n.Quotes {
					if q.Kind == thread.QuoteComment {
						cited[key{name, p.ID, q.Target}]++
					}
				}
				for _, m := range n.Mentions {
					if m.Target != "" {
						cited[key{name, p.ID, m.Target}]++
						replies[[2]string{who(n.Author), who(authors[m.Target])}]++
					}
				}
				return true
			})
		}
	}

	fmt.Println("Most quoted and mentioned comments:")
	keys := make([]key, 0, len(cited))
	for k := range cited {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(cited[b], cited[a]), cmp.Compare(a.file, b.file), cmp.Compare(a.node, b.node))
	})
	for _, k := range keys[:min(len(keys), 5)] {
		fmt.Printf("  %d× %s %s#%s  %s\n", cited[k], filepath.Base(k.file), k.post, k.node, text[k])
	}

	fmt.Println("Who replies to whom (replies and mentions):")
	pairs := make([][2]string, 0, len(replies))
	for p := range replies {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(replies[b], replies[a]), cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	for _, p := range pairs[:min(len(pairs), 8)] {
		fmt.Printf("  %-16s → %-16s %d\n", p[0], p[1], replies[p])
	}
}

func who(a string) string {
	if a == "" {
		return "(unknown)"
	}
	return a
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		return strings.Join(f[:n], " ") + " …"
	}
	return strings.Join(f, " ")
}
