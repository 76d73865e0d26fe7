package parse

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/blogthread/blogthread/thread"
)

// lineFormat is a made-up export for the tests: a first line "LINEFMT",
// then a title line, then one comment per line.
var lineFormat = Format{
	Name:        "linefmt-test",
	Description: "a test format: LINEFMT, a title, a comment per line",
	Sniff: func(head []byte) int {
		if bytes.HasPrefix(head, []byte("LINEFMT\n")) {
			return 90
		}
		return 0
	},
	Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
		lines := strings.Split(strings.TrimSpace(string(src)), "\n")
		if len(lines) < 2 {
			return nil, &Error{File: name, Line: len(lines), Err: errors.New("no title")}
		}
		post := &thread.Post{Title: lines[1]}
		for i, l := range lines[2:] {
			post.Comments = append(post.Comments, &thread.Comment{Node: thread.Node{ID: string(rune('1' + i)), Index: i + 1, Body: l}})
		}
		return &thread.Document{Posts: []*thread.Post{post}}, nil
	},
}

// TestRegistry: a format of a Parser's own (Parser.Formats) is read as the
// registered ones are, named or sniffed, whole or streamed; text it does
// not claim goes to the text layouts. The tests never touch the process's
// registry: Register's rules are tested on a list of their own.
func TestRegistry(t *testing.T) {
	src := []byte("LINEFMT\nA Title\nFirst comment here.\nA reply to it, signed.\nBIONIC\n")
	own := []Format{lineFormat}
	for _, format := range []string{"", "auto", "linefmt-test"} {
		p := Parser{Stages: enriched, Format: format, Formats: own}
		doc, err := p.ParseBytes("x.lf", src)
		if err != nil {
			t.Fatalf("format %q: %v", format, err)
		}
		if doc.Format != "linefmt-test" || doc.Source != "x.lf" || len(doc.Posts) != 1 || doc.Posts[0].ID != "p1" || len(doc.Posts[0].Comments) != 3 {
			t.Errorf("format %q: got %+v", format, doc)
		}
		var n int
		for post, err := range p.Posts("x.lf", bytes.NewReader(src)) {
			if err != nil || post.Title != "A Title" {
				t.Errorf("Posts: %v %v", post, err)
			}
			n++
		}
		if n != 1 {
			t.Errorf("Posts yielded %d posts", n)
		}
	}
	// Text that the format does not claim goes to the text layouts.
	p := Parser{Stages: enriched, Formats: own}
	if doc, err := p.ParseBytes("t", []byte("Body.\n\n1 comment:\nHi\nReplyDelete\n")); err != nil || doc.Format == "linefmt-test" {
		t.Errorf("text: %v %v", doc, err)
	}
	var list formatList
	if err := list.add(lineFormat); err != nil {
		t.Errorf("first add: %v", err)
	}
	if err := list.add(lineFormat); !errors.Is(err, ErrFormatExists) {
		t.Errorf("second add: %v", err)
	}
	if err := list.add(Format{Name: "flat", Sniff: lineFormat.Sniff, Parse: lineFormat.Parse}); !errors.Is(err, ErrFormatExists) {
		t.Errorf("add over a layout: %v", err)
	}
	if err := list.add(Format{Name: "nosniff"}); err == nil {
		t.Errorf("add without functions: no error")
	}
	if info := list.info(); len(info) != 1 || info[0].Name != "linefmt-test" {
		t.Errorf("info lists %v", info)
	}
	if _, ok := registry.lookup("linefmt-test"); ok {
		t.Errorf("a test's format is in the process's registry")
	}
	// Errors keep their place.
	var pe *Error
	if _, err := (&Parser{Stages: enriched, Format: "linefmt-test", Formats: own}).ParseBytes("bad.lf", []byte("LINEFMT\n")); !errors.As(err, &pe) || pe.Line != 1 {
		t.Errorf("error %v", err)
	}
}

// TestRegisteredIDs: a format that leaves ids and indexes empty gets them,
// so that mentions find their targets and every output has its ids.
func TestRegisteredIDs(t *testing.T) {
	bare := Format{Name: "bare-test", Sniff: func([]byte) int { return 0 },
		Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
			c := &thread.Comment{Node: thread.Node{Author: "Jane Field", Body: "First."}}
			c.Replies = []*thread.Reply{nil, {Node: thread.Node{Body: "Jane Field is right."}}}
			return &thread.Document{Posts: []*thread.Post{{Title: "T", Comments: []*thread.Comment{nil, c}}}}, nil
		}}
	p := Parser{Stages: enriched, Format: "bare-test", Formats: []Format{bare}}
	doc, err := p.ParseBytes("x", []byte("anything"))
	if err != nil {
		t.Fatal(err)
	}
	post := doc.Posts[0]
	if post.ID != "p1" || len(post.Comments) != 1 || post.Comments[0].ID != "1" || post.Comments[0].Index != 1 {
		t.Fatalf("post %s, comments %+v", post.ID, post.Comments)
	}
	r := post.Comments[0].Replies
	if len(r) != 1 || r[0].ID != "1.1" || r[0].Index != 1 {
		t.Fatalf("replies %+v", r)
	}
	if len(r[0].Mentions) != 1 || r[0].Mentions[0].Target != "1" {
		t.Errorf("mentions %+v, want Jane Field pointing at 1", r[0].Mentions)
	}
	for post, err := range p.Posts("x", strings.NewReader("anything")) {
		if err != nil || post.ID != "p1" || post.Comments[0].Replies[0].ID != "1.1" {
			t.Errorf("Posts: %v, %+v", err, post)
		}
	}
}

// TestRegisteredText: a Text format gets the input normalised (Windows-1252
// decoded, CRLF as LF, zero-width characters gone) and the Document its
// encoding.
func TestRegisteredText(t *testing.T) {
	var got string
	f := Format{Name: "text-test", Text: true, Sniff: func([]byte) int { return 0 },
		Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
			got = string(src)
			return &thread.Document{Posts: []*thread.Post{{Title: "T"}}}, nil
		}}
	doc, err := (&Parser{Format: "text-test", Formats: []Format{f}}).ParseBytes("x", []byte("caf\xe9\r\nzero\u200bwidth\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got != "café\nzerowidth\n" || doc.Encoding != "windows-1252" {
		t.Errorf("the format got %q, encoding %q", got, doc.Encoding)
	}
}

// TestRegisteredSpans: a format that leaves spans empty gets each node's
// place in its input, found by the body's first and last lines in order;
// a body that is not in the input as it stands keeps an empty span, and
// the post spans its nodes. Spans the format sets are kept.
func TestRegisteredSpans(t *testing.T) {
	src := "LINEFMT\nA Title\n  First comment,\n  on two lines.\nA reply.\nSet by the format.\nYes.\n"
	f := Format{Name: "span-test", Sniff: func([]byte) int { return 0 },
		Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
			c1 := &thread.Comment{Node: thread.Node{Body: "First comment,\n\non two lines."}}
			c1.Replies = []*thread.Reply{{Node: thread.Node{Body: "A reply."}}}
			c2 := &thread.Comment{Node: thread.Node{Body: "Set by the format.", Span: thread.Span{StartLine: 6, EndLine: 6, Start: 60, End: 61}}}
			c3 := &thread.Comment{Node: thread.Node{Body: "Not in the input."}}
			c4 := &thread.Comment{Node: thread.Node{Body: "Yes."}}
			return &thread.Document{Posts: []*thread.Post{{Title: "A Title", Comments: []*thread.Comment{c1, c2, c3, c4}}}}, nil
		}}
	doc, err := (&Parser{Format: "span-test", Formats: []Format{f}}).ParseBytes("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) int { return strings.Index(src, s) }
	post := doc.Posts[0]
	want := []thread.Span{
		{StartLine: 3, EndLine: 4, Start: at("First"), End: at("lines.") + len("lines.")},
		{StartLine: 5, EndLine: 5, Start: at("A reply."), End: at("A reply.") + len("A reply.")},
		{StartLine: 6, EndLine: 6, Start: 60, End: 61},
		{},
		{StartLine: 7, EndLine: 7, Start: at("Yes."), End: at("Yes.") + len("Yes.")},
	}
	var got []thread.Span
	for n := range post.Nodes() {
		got = append(got, n.Span)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("node spans (-want +got):\n%s", diff)
	}
	if ps := (thread.Span{StartLine: 3, EndLine: 7, Start: at("First"), End: len(src) - 1}); post.Span != ps {
		t.Errorf("post span %+v, want %+v", post.Span, ps)
	}
}

// TestFillSpansLinear counts the bytes fillSpans reads at N and 4N nodes,
// on the inputs that make a forward search expensive: bodies that are not
// in the input (each search in vain may read the rest of it) among bodies
// that are, and short last lines that would match far ahead. The bodies
// that are there are found, each at its own place.
func TestFillSpansLinear(t *testing.T) {
	make := func(n int) (steps, size int) {
		var src strings.Builder
		var post thread.Post
		for i := range n {
			src.WriteString("Some words of comment " + strconv.Itoa(i) + "\nYes.\n")
			post.Comments = append(post.Comments, &thread.Comment{Node: thread.Node{Body: "Missing text\nYes."}})
			post.Comments = append(post.Comments, &thread.Comment{Node: thread.Node{Body: "Some words of comment " + strconv.Itoa(i) + "\nYes."}})
		}
		steps = fillSpans([]byte(src.String()), []*thread.Post{&post})
		line := 1
		for i, c := range post.Comments {
			if i%2 == 0 {
				continue
			}
			if want := (thread.Span{StartLine: line, EndLine: line + 1}); c.Span.StartLine != want.StartLine || c.Span.EndLine != want.EndLine {
				t.Fatalf("comment %d: span %+v, want lines %d-%d", i, c.Span, want.StartLine, want.EndLine)
			}
			line += 2
		}
		return steps, src.Len()
	}
	a, na := make(2000)
	b, nb := make(8000)
	if float64(b)/float64(nb) > 2*float64(a)/float64(na) {
		t.Errorf("read %d bytes for %d of input at N, %d for %d at 4N: more than linear", a, na, b, nb)
	}
	// Identical bodies take their own places, one after the other, and a
	// body whose first and last lines are the same text spans all of it.
	src := "Jane wrote\nThanks!\nBob wrote\nThanks!\nYes.\nreally\nYes.\n"
	post := thread.Post{Comments: []*thread.Comment{
		{Node: thread.Node{Body: "Thanks!"}}, {Node: thread.Node{Body: "Thanks!"}}, {Node: thread.Node{Body: "Yes.\nreally\nYes."}},
	}}
	fillSpans([]byte(src), []*thread.Post{&post})
	var got [][2]int
	for _, c := range post.Comments {
		got = append(got, [2]int{c.Span.StartLine, c.Span.EndLine})
	}
	if want := [][2]int{{2, 2}, {4, 4}, {5, 7}}; !slices.Equal(got, want) {
		t.Errorf("lines %v, want %v", got, want)
	}
}
