package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stderr string
	}{
		{"file", []string{"parse", "../../testdata/numbered/owner.txt"}, "", 0, ""},
		{"stdin", []string{"parse", "-format", "flat", "-"}, "Body.\n\n1 comment:\nHi\nReplyDelete\n", 0, ""},
		{"two files", []string{"parse", "../../testdata/flat/markers.txt", "../../testdata/classic/said.txt"}, "", 0, ""},
		{"jsonl", []string{"parse", "-o", "jsonl", "../../testdata/archive/page.txt"}, "", 0, ""},
		{"missing file", []string{"parse", "../../testdata/nonesuch.txt"}, "", 1, "nonesuch.txt"},
		{"binary", []string{"parse", "-"}, "a\x00b", 1, "-:1:2: input is not text"},
		{"no args", nil, "", 2, "usage"},
		{"no file", []string{"parse"}, "", 2, "no FILE"},
		{"bad format", []string{"parse", "-format", "wxr9", "x"}, "", 2, "unknown format"},
		{"bad output", []string{"parse", "-o", "yaml", "x"}, "", 2, "unknown output"},
		{"bad tz", []string{"parse", "-tz", "Mars/Olympus", "x"}, "", 2, "unknown location"},
		{"bad flag", []string{"parse", "-nope", "x"}, "", 2, "not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			got := run(tt.args, strings.NewReader(tt.stdin), &out, &errb)
			if got != tt.status {
				t.Fatalf("status %d, want %d; stderr:\n%s", got, tt.status, errb.String())
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr %q does not mention %q", errb.String(), tt.stderr)
			}
			if tt.status == 0 && out.Len() == 0 {
				t.Errorf("no output")
			}
		})
	}
}

// TestJSONContract checks the field names that scripts rely on.
func TestJSONContract(t *testing.T) {
	var out, errb bytes.Buffer
	if s := run([]string{"parse", "../../testdata/copypaste/owner.txt"}, nil, &out, &errb); s != 0 {
		t.Fatalf("status %d: %s", s, errb.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"source", "format", "warnings", "posts"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("document lacks %q", k)
		}
	}
	post := doc["posts"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "title", "published", "body", "declared_comments", "comments"} {
		if _, ok := post[k]; !ok {
			t.Errorf("post lacks %q", k)
		}
	}
	c := post["comments"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "index", "author", "author_source", "time", "body", "replies"} {
		if _, ok := c[k]; !ok {
			t.Errorf("comment lacks %q", k)
		}
	}
	if c["time"] != "2025-06-12T08:31:00Z" || c["author_source"] != "header" {
		t.Errorf("comment time %v source %v", c["time"], c["author_source"])
	}
}
