package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzParse feeds the parser arbitrary input in every format: it must not
// panic, must return a Document or an *Error, and when the input is valid
// UTF-8 it must keep every character (see checkLossless).
func FuzzParse(f *testing.F) {
	files := seedDumps()
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0))
	}
	f.Add([]byte("ReplyDelete\nDelete\nReplies\nReply\n"), uint8(1))
	f.Add([]byte("  1. a\n    ReplyDelete\n    Replies\n    1. b\n      Delete\n"), uint8(2))
	exports, _ := filepath.Glob("../testdata/exports/*.*")
	pages, _ := filepath.Glob("../testdata/html/*.html")
	for _, file := range append(exports, pages...) {
		if b, err := os.ReadFile(file); err == nil && !strings.HasSuffix(file, ".json") {
			f.Add(b, uint8(0))
		}
	}
	formats := append([]string{""}, Archive)
	for _, l := range layouts {
		formats = append(formats, l.Name())
	}
	formats = append(formats, "blogger", "takeout", "wxr", "disqus", BloggerHTML, WordPressHTML)
	f.Fuzz(func(t *testing.T, src []byte, format uint8) {
		p := Parser{Stages: enriched, Format: formats[int(format)%len(formats)], Location: time.UTC}
		doc, err := p.ParseBytes("fuzz", src)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *parse.Error", err)
			}
			return
		}
		if doc == nil {
			t.Fatal("nil Document without error")
		}
		checkWarningKinds(t, doc.Warnings)
		if _, export := p.registered(doc.Format); utf8.Valid(src) && !export {
			checkLossless(t, string(src), doc)
			checkWords(t, string(src), doc)
		}
	})
}

// FuzzPosts streams arbitrary input through Posts in small chunks: it must
// not panic, its errors must be *Error, and ParseBytes, reading in the same
// chunks, must fail as it does or give the same posts, on every input.
func FuzzPosts(f *testing.F) {
	files := seedDumps()
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(40))
	}
	f.Add([]byte("Saturday, 15 May 2021\nT\nb\r\nSunday, 16 May 2021\nU\n\r\n"), uint8(3))
	f.Fuzz(func(t *testing.T, src []byte, size uint8) {
		p := Parser{Stages: enriched, chunkBytes: int(size) + 1}
		want, werr := p.ParseBytes("fuzz", src)
		var got []*thread.Post
		var gerr error
		for post, err := range p.Posts("fuzz", bytes.NewReader(src)) {
			if err != nil {
				var pe *Error
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *parse.Error", err)
				}
				gerr = err
				break
			}
			post.Warnings = nil
			got = append(got, post)
		}
		// One engine (issue 15): the same input, read in the same chunks,
		// fails the same way or gives the same posts, whatever its bytes.
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("ParseBytes: %v; Posts: %v", werr, gerr)
		}
		if werr != nil {
			return
		}
		if diff := cmp.Diff(want.Posts, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Posts differs from ParseBytes (-ParseBytes +Posts):\n%s", diff)
		}
	})
}

// FuzzJSONRoundTrip: whatever parses, its JSON decodes back to the same
// tree.
func FuzzJSONRoundTrip(f *testing.F) {
	files := seedDumps()
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		p := Parser{Stages: enriched}
		doc, err := p.ParseBytes("fuzz", src)
		if err != nil {
			return
		}
		js, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back thread.Document
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatalf("unmarshal: %v\n%s", err, js)
		}
		if diff := cmp.Diff(doc, &back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("JSON round trip changes the tree (-parsed +decoded):\n%s", diff)
		}
	})
}

// knownKinds are the warning kinds of package thread.
var knownKinds = map[thread.WarningKind]bool{
	thread.WarnEncoding: true, thread.WarnSkipped: true, thread.WarnChrome: true,
	thread.WarnStrayText: true, thread.WarnEmpty: true, thread.WarnCount: true,
	thread.WarnNoLayout: true, thread.WarnDuplicate: true, thread.WarnNumbering: true,
	thread.WarnReplyTo: true, thread.WarnOrphan: true, thread.WarnHidden: true,
	thread.WarnLimit: true, thread.WarnNoText: true, thread.WarnOther: true,
}

// checkWarningKinds: every warning of the built-in parsers has one of the
// kinds package thread lists, and none is WarnOther (which is for formats
// registered by programs).
func checkWarningKinds(t *testing.T, ws []thread.Warning) {
	t.Helper()
	for _, w := range ws {
		if !knownKinds[w.Kind] || w.Kind == thread.WarnOther {
			t.Errorf("warning %q has kind %q", w, w.Kind)
		}
	}
}

// seedDumps are the dumps of testdata the fuzz targets start from and some
// tests run over: all of them, or with -short one converter's dumps of the
// pages (the pages' seven converters make 266 of them).
func seedDumps() []string {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	if !testing.Short() {
		return files
	}
	return slices.DeleteFunc(files, func(f string) bool {
		return strings.Contains(filepath.ToSlash(f), "/pages/") && !strings.HasSuffix(f, ".w3m.txt")
	})
}
