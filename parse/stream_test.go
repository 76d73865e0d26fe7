package parse

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestPostsMatchesParseBytes streams every testdata dump (and an archive of
// all of them concatenated, clean and damaged) through Posts, with chunks
// of several sizes, and compares the posts with those of ParseBytes: the
// same trees, spans and text, and together the same warnings.
func TestPostsMatchesParseBytes(t *testing.T) {
	files, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	var all []byte
	inputs := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !testing.Short() || !strings.Contains(filepath.ToSlash(f), "/pages/") || strings.HasSuffix(f, ".w3m.txt") {
			inputs[f] = b // -short: one converter's dumps of the pages
		}
		if bytes.HasPrefix(b, []byte("Saturday")) || bytes.HasPrefix(b, []byte("Sunday")) || bytes.HasPrefix(b, []byte("Thursday")) ||
			bytes.HasPrefix(b, []byte("Friday")) || bytes.HasPrefix(b, []byte("Wednesday")) || bytes.HasPrefix(b, []byte("Tuesday")) {
			all = append(append(all, b...), '\n')
		}
	}
	inputs["all"] = all
	inputs["all crlf mojibake"] = []byte(strings.ReplaceAll(mojibake(string(all)), "\n", "\r\n"))
	for name, src := range inputs {
		p := Parser{Stages: enriched}
		want, err := p.ParseBytes(name, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{1 << 18, 4096, 97} {
			p.chunkBytes = size
			var got []*thread.Post
			var warnings []thread.Warning
			for post, err := range p.Posts(name, bytes.NewReader(src)) {
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				warnings = append(warnings, post.Warnings...)
				post.Warnings = nil
				got = append(got, post)
			}
			if diff := cmp.Diff(want.Posts, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s, chunks of %d: Posts differs from ParseBytes (-ParseBytes +Posts):\n%s", name, size, diff)
			}
			// Mojibake is counted per chunk when streaming: leave it out.
			byLine := func(ws []thread.Warning) []thread.Warning {
				var out []thread.Warning
				for _, w := range ws {
					if !strings.Contains(w.Message, "mojibake") {
						out = append(out, w)
					}
				}
				sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
				return out
			}
			if len(got) == 0 || name == "all" && len(got) < 10 {
				t.Errorf("%s: only %d posts", name, len(got))
			}
			if diff := cmp.Diff(byLine(want.Warnings), byLine(warnings), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s, chunks of %d: warnings differ (-ParseBytes +Posts):\n%s", name, size, diff)
			}
		}
	}
}

// mojibake is s as UTF-8 read as Windows-1252 would show it.
func mojibake(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		b.WriteRune(rune(c)) // Latin-1: C1 controls for 0x80-0x9F, repaired the same
	}
	return b.String()
}

// TestPostsStreamsPastMaxInput: MaxInputBytes bounds what is read whole,
// not what streams.
func TestPostsStreamsPastMaxInput(t *testing.T) {
	src, err := os.ReadFile("../testdata/archive/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat(append(src, '\n'), 20)
	p := Parser{Stages: enriched, Limits: Limits{MaxInputBytes: int64(len(src))}}
	n := 0
	for _, err := range p.Posts("big", bytes.NewReader(big)) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n < 20 {
		t.Errorf("streamed %d posts, want at least 20", n)
	}
	if _, err := p.ParseBytes("big", big); !errors.Is(err, ErrLimit) {
		t.Errorf("ParseBytes past MaxInputBytes: %v, want ErrLimit", err)
	}
}

// TestStreamSummary: a stream tells, at its end, what the Document of the
// same input tells beside its posts: format, encoding, language, and the
// same warnings (in input order; the Document's may come in another order
// within a post).
func TestStreamSummary(t *testing.T) {
	files := append(seedDumps(), "../testdata/exports/wxr-rules.xml", "../testdata/html/wp-default-beans.html")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := Parser{Stages: enriched}
		doc, err := p.ParseBytes(f, src)
		if err != nil {
			t.Fatal(err)
		}
		st := p.Stream(f, bytes.NewReader(src))
		n := 0
		for _, err := range st.Posts() {
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			n++
		}
		sum := st.Summary()
		if !sum.Complete || n != len(doc.Posts) || sum.Format != doc.Format || sum.Encoding != doc.Encoding || sum.Language != doc.Language {
			t.Errorf("%s: summary %+v after %d posts; the Document: %s %s %q, %d posts", f, sum, n, doc.Format, doc.Encoding, doc.Language, len(doc.Posts))
		}
		key := func(ws []thread.Warning) []string {
			var out []string
			for _, w := range ws {
				out = append(out, fmt.Sprintf("%06d %s %s", w.Line, w.Kind, w.Message))
			}
			slices.Sort(out)
			return out
		}
		if diff := cmp.Diff(key(doc.Warnings), key(sum.Warnings)); diff != "" {
			t.Errorf("%s: warnings (-Document +Stream):\n%s", f, diff)
		}
	}
}
