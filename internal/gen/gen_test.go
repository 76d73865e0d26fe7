package gen_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/blogthread/blogthread/internal/gen"
	"github.com/blogthread/blogthread/parse"
	"github.com/google/go-cmp/cmp"
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

// TestExportMatchesDump: the same generated threads read from a copy-paste
// dump, a Blogger backup and a WordPress export give the same trees,
// authors and times.
func TestExportMatchesDump(t *testing.T) {
	const posts = 40
	shape := func(layout string) []string {
		var buf bytes.Buffer
		if _, err := gen.WritePosts(&buf, layout, 11, posts); err != nil {
			t.Fatal(err)
		}
		var p parse.Parser
		doc, err := p.ParseBytes(layout, buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, post := range doc.Posts {
			out = append(out, post.ID+" "+post.Title+" "+post.Published.String())
			for _, c := range post.Comments {
				out = append(out, c.ID+" "+c.Author+" "+c.Time.UTC().Format(time.RFC3339))
				for _, r := range c.Replies {
					out = append(out, r.ID+" "+r.Author+" "+r.Time.UTC().Format(time.RFC3339))
				}
			}
		}
		return out
	}
	text := shape("copypaste")
	if len(text) < posts*5 {
		t.Fatalf("only %d lines of shape", len(text))
	}
	for _, export := range []string{"blogger", "wxr"} {
		if diff := cmp.Diff(text, shape(export)); diff != "" {
			t.Errorf("%s export differs from the copy-paste dump (-dump +export):\n%s", export, diff)
		}
	}
}
