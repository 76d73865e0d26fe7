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

// TestGolden parses every dump testdata/<layout>/<case>.txt (and every
// export in testdata/exports, and every saved page in testdata/html and
// testdata/pages), compares the whole Document with
// testdata/<layout>/<case>.json, and checks that no character of a dump is
// lost (see checkLossless).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Fatalf("found %d dumps in ../testdata, want at least 5", len(files))
	}
	exports, _ := filepath.Glob("../testdata/exports/*.*")
	for _, f := range exports {
		if !strings.HasSuffix(f, ".json") {
			files = append(files, f)
		}
	}
	// Saved pages: testdata/html (WordPress themes) and the Blogger pages
	// of testdata/pages, read as HTML.
	pages, _ := filepath.Glob("../testdata/html/*.html")
	blogger, _ := filepath.Glob("../testdata/pages/*.html")
	files = append(append(files, pages...), blogger...)
	for _, file := range files {
		name, _ := filepath.Rel("../testdata", file)
		name = filepath.ToSlash(name)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p := Parser{Stages: enriched}
			got, err := p.ParseBytes(name, src)
			if err != nil {
				t.Fatal(err)
			}
			checkWarningKinds(t, got.Warnings)
			if filepath.Ext(file) == ".txt" { // exports keep their markup in XML
				checkLossless(t, string(src), got)
				checkWords(t, string(src), got)
				checkSpans(t, string(src), got)
			}
			golden := strings.TrimSuffix(file, filepath.Ext(file)) + ".json"
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
	for _, s := range outputText(doc) {
		add(s)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("characters of the input (-) and of the output (+) differ:\n%s", diff)
	}
}

// outputText lists the text a parse puts in its tree: titles and bodies of
// posts, bodies of comments and replies.
func outputText(doc *thread.Document) []string {
	var out []string
	for _, p := range doc.Posts {
		out = append(out, p.Title, p.Body)
	}
	thread.Walk(doc, func(_ *thread.Post, _ *thread.Comment, n *thread.Node) bool {
		out = append(out, n.Body)
		return true
	})
	return out
}

// checkWords is the lossless check by words: the words of the input (as
// normalize reads it) with the markup taken out of its lines are the words
// of the output's titles and bodies.
func checkWords(t *testing.T, src string, doc *thread.Document) {
	t.Helper()
	nt, err := normalize.Normalize([]byte(src), "")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(nt.Text, "\n")
	for _, m := range doc.Markup {
		if m.Line < 1 || m.Line > len(lines) {
			t.Errorf("markup %+v names no line of the input", m)
			continue
		}
		l := lines[m.Line-1]
		i := strings.Index(l, m.Text)
		if i < 0 {
			t.Errorf("markup %+v is not on line %d: %q", m, m.Line, l)
			continue
		}
		lines[m.Line-1] = l[:i] + " " + l[i+len(m.Text):]
	}
	in := map[string]int{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			in[w]++
		}
	}
	out := map[string]int{}
	for _, s := range outputText(doc) {
		for _, w := range strings.Fields(s) {
			out[w]++
		}
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("words of the input without markup (-) and of the output (+) differ:\n%s", diff)
	}
}

// checkSpans checks each node's span against the input: its bytes hold
// the words of its body in order, and its start and end bytes are on its
// start and end lines.
func checkSpans(t *testing.T, src string, doc *thread.Document) {
	t.Helper()
	enc := doc.Encoding
	lineOf := func(b int) int {
		if enc == normalize.UTF16 {
			nt, _ := normalize.Normalize([]byte(src[:b]), enc) // from the byte order mark
			return 1 + strings.Count(nt.Text, "\n")
		}
		return 1 + strings.Count(src[:b], "\n") + strings.Count(strings.ReplaceAll(src[:b], "\r\n", ""), "\r")
	}
	thread.Walk(doc, func(_ *thread.Post, _ *thread.Comment, n *thread.Node) bool {
		sp := n.Span
		if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
			t.Errorf("node %s: span %+v outside the input", n.ID, sp)
			return true
		}
		if lineOf(sp.Start) != sp.StartLine || lineOf(max(sp.End-1, sp.Start)) != sp.EndLine {
			t.Errorf("node %s: span %+v: bytes on lines %d-%d", n.ID, sp, lineOf(sp.Start), lineOf(max(sp.End-1, sp.Start)))
		}
		// The body's words stand in the span in order (a glued marker
		// may share a word's bytes).
		seg := src[sp.Start:sp.End]
		if enc == normalize.UTF16 && sp.Start >= 2 && (strings.HasPrefix(src, "\xff\xfe") || strings.HasPrefix(src, "\xfe\xff")) {
			// A piece of UTF-16 is read in the order the mark at the
			// start gives: Cyrillic text has no NUL bytes to tell it by.
			seg = src[:2] + seg
		}
		nt, err := normalize.Normalize([]byte(seg), enc)
		if err != nil {
			t.Fatal(err)
		}
		seg, pos := nt.Text, 0
		for _, w := range strings.Fields(n.Body) {
			i := strings.Index(seg[pos:], w)
			if i < 0 {
				t.Errorf("node %s: word %q of its body is not in its span %+v after byte %d", n.ID, w, sp, pos)
				return true
			}
			pos += i + len(w)
		}
		return true
	})
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
