package parse

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata")

// TestGolden parses every dump testdata/<layout>/<case>.txt, compares the
// whole Document with testdata/<layout>/<case>.json, and checks that no
// character of the dump is lost (see checkLossless).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Fatalf("found %d dumps in ../testdata, want at least 5", len(files))
	}
	for _, file := range files {
		name, _ := filepath.Rel("../testdata", file)
		name = filepath.ToSlash(name)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var p Parser
			got, err := p.ParseBytes(name, src)
			if err != nil {
				t.Fatal(err)
			}
			checkLossless(t, string(src), got)
			golden := strings.TrimSuffix(file, ".txt") + ".json"
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./parse -update to create it)", err)
			}
			var want thread.Document
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if diff := cmp.Diff(&want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// checkLossless compares the multiset of non-space runes of src, as
// normalize reads it (line ends, mojibake, invisible characters, NFC), with
// that of doc's text and markup.
func checkLossless(t *testing.T, src string, doc *thread.Document) {
	t.Helper()
	nt, err := normalize.Normalize([]byte(src), "")
	if err != nil {
		t.Fatal(err)
	}
	in := runeCounts(nt.Text)
	out := map[rune]int{}
	add := func(s string) {
		for r, n := range runeCounts(s) {
			out[r] += n
		}
	}
	for _, m := range doc.Markup {
		add(m.Text)
	}
	for _, p := range doc.Posts {
		add(p.Title)
		add(p.Body)
	}
	thread.Walk(doc, func(_ *thread.Post, _ *thread.Comment, n *thread.Node) bool {
		add(n.Body)
		return true
	})
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("characters of the input (-) and of the output (+) differ:\n%s", diff)
	}
}

func runeCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			m[r]++
		}
	}
	return m
}
