package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestHostileInputs runs the command on inputs made to break it. Each must
// end with exit status 0 and valid JSON, or 1 and a one-line message that
// names the problem and where it is; never a panic. The time each takes is
// logged, not asserted (these machines are shared); `go test -v -run
// Hostile ./cmd/blogthread` shows it.
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
		want int    // exit status
		msg  string // in the one-line message, for status 1
	}{
		{"20 MB line", repeat("x", 20<<20), 1, ":1:16777217: limit exceeded: line longer than"},
		{"200,000 Replies lines", repeat("Replies\n", 200000), 0, ""},
		{"300,000 numbered items", numbered.Bytes(), 0, ""},
		{"a million glued ReplyDeletes", repeat("ReplyDeletex\n", 1000000), 0, ""},
		{"random bytes", random, 1, "NUL byte"},
		{"NUL bytes", []byte("Title\nBody\x00text\n"), 1, ":2:5: input is not text: NUL byte"},
		{"UTF-16", utf16.Bytes(), 0, ""},
		{"empty", nil, 0, ""},
		{"count too large for an int", []byte("Title\nBody.\n\n99999999999999999999999 comments:\n\nHi\nReplyDelete\n"), 0, ""},
		{"20,000 columns of indentation", indented.Bytes(), 0, ""},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := filepath.Join(dir, "in.txt")
			if err := os.WriteFile(in, tt.in, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := os.Create(filepath.Join(dir, "out.json"))
			if err != nil {
				t.Fatal(err)
			}
			defer out.Close()
			var errb bytes.Buffer
			start := time.Now()
			status := run([]string{"parse", in}, nil, out, &errb)
			t.Logf("%.1f MB in %v: status %d %s", float64(len(tt.in))/1e6, time.Since(start).Round(time.Millisecond), status, strings.TrimSpace(errb.String()))
			if status != tt.want {
				t.Fatalf("status %d, want %d; stderr: %s", status, tt.want, errb.String())
			}
			if status == 1 {
				msg := strings.TrimSpace(errb.String())
				if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, tt.msg) || !strings.Contains(msg, "in.txt") {
					t.Errorf("message %q: want one line naming the file and %q", msg, tt.msg)
				}
				return
			}
			b, err := os.ReadFile(out.Name())
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(b) {
				t.Errorf("output is not valid JSON (%d bytes)", len(b))
			}
		})
	}
}
