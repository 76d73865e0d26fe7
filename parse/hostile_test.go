package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestHostileInputs parses inputs made to break the parser, whole and
// streamed. Each must give a Document that encodes as JSON, or an *Error
// that names the file, the place and the problem; never a panic. The time
// each takes is logged, not asserted (these machines are shared); `go test
// -v -run Hostile ./parse` shows it. -short skips it.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile inputs take some seconds")
	}
	repeat := func(s string, n int) []byte { return []byte(strings.Repeat(s, n)) }
	rnd := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 1<<20)
	for i := range random {
		random[i] = byte(rnd.UintN(256))
	}
	var numbered, indented, utf16 bytes.Buffer
	numbered.WriteString("Title\n\n300000 comments:\n\n")
	for i := 1; i <= 300000; i++ {
		numbered.WriteString("  " + strconv.Itoa(i) + ". A comment of a few words.\n\n    ReplyDelete\n")
	}
	indented.WriteString("Deep\n\n1 comment:\n\n  1. Start\n")
	for i := 0; i < 5000; i++ { // up to 20,000 columns of tabs
		indented.WriteString(strings.Repeat("\t", i) + "level " + strconv.Itoa(i) + "\n")
	}
	indented.WriteString(strings.Repeat(" ", 20000) + "twenty thousand spaces deep\n    ReplyDelete\n")
	utf16.Write([]byte{0xFF, 0xFE})
	for _, r := range "Saturday, 15 May 2021\nA Title\nBody.\n\n1 comment:\n\nJane Doe 15 May 2021 at 19:30\nHello.\nReplyDelete\n" {
		utf16.Write([]byte{byte(r), byte(r >> 8)})
	}
	tests := []struct {
		name string
		in   []byte
		err  string // in the error's message; "" for a parse
	}{
		{"20 MB line", repeat("x", 20<<20), "in.txt:1:16777217: limit exceeded: line longer than"},
		{"200,000 Replies lines", repeat("Replies\n", 200000), ""},
		{"300,000 numbered items", numbered.Bytes(), ""},
		{"a million glued ReplyDeletes", repeat("ReplyDeletex\n", 1000000), ""},
		{"random bytes", random, "NUL byte"},
		{"NUL bytes", []byte("Title\nBody\x00text\n"), "in.txt:2:5: input is not text: NUL byte"},
		{"UTF-16", utf16.Bytes(), ""},
		{"empty", nil, ""},
		{"count too large for an int", []byte("Title\nBody.\n\n99999999999999999999999 comments:\n\nHi\nReplyDelete\n"), ""},
		{"20,000 columns of indentation", indented.Bytes(), ""},
	}
	p := Parser{Stages: enriched}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc, err := p.ParseBytes("in.txt", tt.in)
			t.Logf("%.1f MB in %v: %v", float64(len(tt.in))/1e6, time.Since(start).Round(time.Millisecond), err)
			check := func(how string, err error) {
				if tt.err == "" {
					if err != nil {
						t.Fatalf("%s: %v", how, err)
					}
					return
				}
				var pe *Error
				if !errors.As(err, &pe) || pe.File != "in.txt" || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("%s: error %v (%T), want one line naming in.txt and %q", how, err, err, tt.err)
				}
			}
			check("ParseBytes", err)
			if err == nil {
				b, err := json.Marshal(doc)
				if err != nil || !json.Valid(b) {
					t.Errorf("JSON: %v", err)
				}
			}
			var serr error
			posts := 0
			for _, err := range p.Posts("in.txt", bytes.NewReader(tt.in)) {
				if err != nil {
					serr = err
					break
				}
				posts++
			}
			check("Posts", serr)
			if err == nil && posts != len(doc.Posts) {
				t.Errorf("Posts yielded %d posts, ParseBytes %d", posts, len(doc.Posts))
			}
		})
	}
}
