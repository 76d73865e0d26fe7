package parse_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
)

// A parser for an export format of your own goes beside the built-in ones,
// for one Parser (Parser.Formats) or for every one (Register): "auto" then
// finds it by its Sniff function.
func ExampleParser_formats() {
	oneline := parse.Format{
		Name:        "oneline",
		Description: "ONELINE, a title, then a comment per line",
		Sniff: func(head []byte) int {
			if bytes.HasPrefix(head, []byte("ONELINE\n")) {
				return 100
			}
			return 0
		},
		Parse: func(_ *parse.Parser, name string, src []byte) (*thread.Document, error) {
			lines := strings.Split(strings.TrimSpace(string(src)), "\n")[1:]
			post := &thread.Post{Title: lines[0]}
			for i, l := range lines[1:] {
				post.Comments = append(post.Comments, &thread.Comment{Node: thread.Node{ID: fmt.Sprint(i + 1), Index: i + 1, Body: l}})
			}
			return &thread.Document{Posts: []*thread.Post{post}}, nil
		},
	}
	// Format "" is auto; the enrichment passes run as a stage.
	p := parse.Parser{Formats: []parse.Format{oneline}, Stages: []parse.Stage{parse.StageFunc(enrich.Apply)}}
	doc, err := p.ParseBytes("x.one", []byte("ONELINE\nA Title\nFirst.\nFrom Twitter:- \"It works, apparently.\"\n"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Format, doc.Posts[0].Title, len(doc.Posts[0].Comments))
	fmt.Println(doc.Posts[0].Comments[1].Quotes[0].Kind) // found by the enrichment stage
	// Output:
	// oneline A Title 2
	// tweet
}
