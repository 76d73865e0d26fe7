package parse_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/internal/gen"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestWorkersGiveTheSameOutput parses generated archives with one worker
// and with several, whole and streamed, and compares the whole output.
func TestWorkersGiveTheSameOutput(t *testing.T) {
	for _, layout := range []string{"numbered", "copypaste", "wxr"} {
		var buf bytes.Buffer
		if _, err := gen.Write(&buf, layout, 7, 400<<10); err != nil {
			t.Fatal(err)
		}
		src := buf.Bytes()
		one := parse.Parser{Stages: enriched, Workers: 1, FoldTypography: true}
		want, err := one.ParseBytes(layout, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Posts) < 10 {
			t.Fatalf("%s: only %d posts generated", layout, len(want.Posts))
		}
		wantStream := collect(t, one, src)
		if diff := cmp.Diff(want.Posts, wantStream, cmpopts.IgnoreFields(thread.Post{}, "Warnings")); diff != "" {
			t.Fatalf("%s: Posts differs from ParseBytes with one worker (-want +got):\n%s", layout, diff)
		}
		for _, w := range []int{2, 5} {
			many := parse.Parser{Stages: enriched, Workers: w, FoldTypography: true}
			got, err := many.ParseBytes(layout, src)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: ParseBytes with %d workers (-one +many):\n%s", layout, w, diff)
			}
			if diff := cmp.Diff(wantStream, collect(t, many, src)); diff != "" {
				t.Errorf("%s: Posts with %d workers (-one +many):\n%s", layout, w, diff)
			}
		}
	}
}

func collect(t *testing.T, p parse.Parser, src []byte) []*thread.Post {
	t.Helper()
	var out []*thread.Post
	for post, err := range p.Posts("x", bytes.NewReader(src)) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, post)
	}
	return out
}

// TestWorkersStopEarly stops reading a parallel stream after a few posts:
// the goroutines that read and enrich ahead must end.
func TestWorkersStopEarly(t *testing.T) {
	var buf bytes.Buffer
	if _, err := gen.Write(&buf, "numbered", 3, 1<<20); err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	p := parse.Parser{Stages: enriched, Workers: 4}
	n := 0
	for _, err := range p.Posts("x", bytes.NewReader(buf.Bytes())) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 3 {
			break
		}
	}
	// Posts waits for its goroutines before it returns; allow the
	// runtime a moment to account for them.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > before {
		t.Fatalf("%d goroutines after stopping early, %d before", got, before)
	}
}

// TestWorkersStopAtTheError streams an archive with a NUL byte and a
// region over the node limit far into it: with one worker or several, the
// posts before the error come out, then the error, then nothing.
func TestWorkersStopAtTheError(t *testing.T) {
	var buf bytes.Buffer
	if _, err := gen.Write(&buf, "numbered", 5, 600<<10); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	at := bytes.Index(src[len(src)/2:], []byte("\n")) + len(src)/2 + 1
	withNUL := append(append(append([]byte(nil), src[:at]...), 0), src[at:]...)
	for _, tc := range []struct {
		name string
		src  []byte
		lim  parse.Limits
	}{
		{"NUL", withNUL, parse.Limits{}},
		{"MaxNodes", src, parse.Limits{MaxNodes: 30}},
	} {
		var want []string
		for _, w := range []int{1, 2, 4} {
			p := parse.Parser{Stages: enriched, Workers: w, Limits: tc.lim}
			var got []string
			for post, err := range p.Posts("x", bytes.NewReader(tc.src)) {
				if err != nil {
					got = append(got, "error: "+err.Error())
					continue
				}
				got = append(got, post.ID+" "+post.Title)
			}
			if len(got) < 2 || !strings.HasPrefix(got[len(got)-1], "error: ") {
				t.Fatalf("%s, %d workers: no error at the end of %d items", tc.name, w, len(got))
			}
			if w == 1 {
				want = got
				continue
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: %d workers differ from one (-one +many):\n%s", tc.name, w, diff)
			}
		}
	}
}

// TestWorkersNodeLimitWhole parses an archive whole with a node limit just
// below its count: regions parsed in parallel each pass, together they do
// not, and the error is the one a single worker gives.
func TestWorkersNodeLimitWhole(t *testing.T) {
	var buf bytes.Buffer
	if _, err := gen.Write(&buf, "numbered", 9, 300<<10); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	var all parse.Parser
	doc, err := all.ParseBytes("x", src)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range doc.Posts {
		n += p.Count()
	}
	var errs []string
	for _, w := range []int{1, 4} {
		p := parse.Parser{Stages: enriched, Workers: w, Limits: parse.Limits{MaxNodes: n - 1}}
		_, err := p.ParseBytes("x", src)
		if err == nil {
			t.Fatalf("%d workers: no error with %d nodes over a limit of %d", w, n, n-1)
		}
		errs = append(errs, err.Error())
	}
	if errs[0] != errs[1] {
		t.Errorf("one worker: %s\nfour workers: %s", errs[0], errs[1])
	}
}
