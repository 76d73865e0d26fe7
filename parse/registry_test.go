package parse

import (
	"bytes"
	"errors"
	"strings"
	"testing"

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

func init() {
	if err := Register(lineFormat); err != nil {
		panic(err)
	}
}

func TestRegistry(t *testing.T) {
	src := []byte("LINEFMT\nA Title\nFirst comment here.\nA reply to it, signed.\nBIONIC\n")
	for _, format := range []string{"", "auto", "linefmt-test"} {
		p := Parser{Stages: enriched, Format: format}
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
	p := Parser{Stages: enriched}
	if doc, err := p.ParseBytes("t", []byte("Body.\n\n1 comment:\nHi\nReplyDelete\n")); err != nil || doc.Format == "linefmt-test" {
		t.Errorf("text: %v %v", doc, err)
	}
	if err := Register(lineFormat); !errors.Is(err, ErrFormatExists) {
		t.Errorf("second Register: %v", err)
	}
	if err := Register(Format{Name: "flat", Sniff: lineFormat.Sniff, Parse: lineFormat.Parse}); !errors.Is(err, ErrFormatExists) {
		t.Errorf("Register over a layout: %v", err)
	}
	if err := Register(Format{Name: "nosniff"}); err == nil {
		t.Errorf("Register without functions: no error")
	}
	found := false
	for _, f := range Formats() {
		found = found || f.Name == "linefmt-test"
	}
	if !found {
		t.Errorf("Formats does not list the registered format")
	}
	// Errors keep their place.
	var pe *Error
	if _, err := (&Parser{Stages: enriched, Format: "linefmt-test"}).ParseBytes("bad.lf", []byte("LINEFMT\n")); !errors.As(err, &pe) || pe.Line != 1 {
		t.Errorf("error %v", err)
	}
}
