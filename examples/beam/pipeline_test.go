package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/blogthread/blogthread"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// TestPipeline runs the pipeline on the repository's testdata with the
// local runner and checks its output against blogthread run directly: one
// JSON line per post, and every author's count of comments and replies.
func TestPipeline(t *testing.T) {
	glob := "../../testdata/*/*.txt"
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	posts, want := 0, map[string]int{}
	for _, f := range files {
		doc, err := blogthread.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range doc.Posts {
			posts++
			for _, c := range p.Comments {
				want[authorOf(&c.Node)]++
				for _, r := range c.Replies {
					want[authorOf(&r.Node)]++
				}
			}
		}
	}

	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	abs, err := filepath.Abs(glob)
	if err != nil {
		t.Fatal(err)
	}
	Build(s, abs, filepath.Join(out, "posts.jsonl"), filepath.Join(out, "authors.csv"))
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	lines := readLines(t, filepath.Join(out, "posts.jsonl"))
	if len(lines) != posts {
		t.Errorf("posts.jsonl: %d lines, want %d posts", len(lines), posts)
	}
	got := map[string]int{}
	for _, l := range readLines(t, filepath.Join(out, "authors.csv")) {
		rec, err := csv.NewReader(strings.NewReader(l)).Read()
		if err != nil || len(rec) != 2 {
			t.Fatalf("authors.csv line %q: %v", l, err)
		}
		n, _ := strconv.Atoi(rec[1])
		got[rec[0]] = n
	}
	if len(got) != len(want) {
		t.Errorf("authors.csv has %d authors, want %d", len(got), len(want))
	}
	for a, n := range want {
		if got[a] != n {
			t.Errorf("author %q: %d comments, want %d", a, got[a], n)
		}
	}
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}
