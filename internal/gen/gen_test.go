package gen_test

import (
	"bytes"
	"testing"

	"github.com/blogthread/blogthread/internal/gen"
	"github.com/blogthread/blogthread/parse"
)

// TestGeneratedDumpsParse: every layout's generated dump parses to exactly
// the comments and replies generated, without warnings, and the same seed
// gives the same bytes.
func TestGeneratedDumpsParse(t *testing.T) {
	for _, layout := range gen.Layouts {
		t.Run(layout, func(t *testing.T) {
			var a, b bytes.Buffer
			nodes, err := gen.Write(&a, layout, 7, 300<<10)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := gen.Write(&b, layout, 7, 300<<10); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("the same seed gave other bytes (%v)", err)
			}
			var p parse.Parser
			doc, err := p.ParseBytes(layout, a.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			for _, post := range doc.Posts {
				got += post.Count()
			}
			if got != nodes || len(doc.Warnings) != 0 {
				t.Errorf("%s: parsed %d comments and replies in %d posts, generated %d; warnings %v", layout, got, len(doc.Posts), nodes, first(doc.Warnings))
			}
		})
	}
}

func first[T any](s []T) []T { return s[:min(len(s), 3)] }
