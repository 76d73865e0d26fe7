package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blogthread/blogthread/export"
	"github.com/blogthread/blogthread/internal/gen"
	"github.com/blogthread/blogthread/parse"
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
		{"dir without convokit", []string{"parse", "-o", "csv", "-dir", "x", "y"}, "", 2, "-dir goes with -o convokit"},
		{"csv-posts without csv", []string{"parse", "-csv-posts", "x"}, "", 2, "-csv-posts goes with -o csv"},
		{"csv from stdin", []string{"parse", "-o", "csv", "-"}, "Body.\n\n1 comment:\nHi\nReplyDelete\n", 0, ""},
		{"one missing of two", []string{"parse", "-o", "jsonl", "../../testdata/flat/markers.txt", "../../testdata/nonesuch.txt"}, "", 1, "nonesuch.txt"},
		{"bad tz", []string{"parse", "-tz", "Mars/Olympus", "x"}, "", 2, "unknown location"},
		{"bad flag", []string{"parse", "-nope", "x"}, "", 2, "not defined"},
		{"damaged disqus", []string{"parse", "../../testdata/exports/disqus-damaged.xml"}, "", 0, ""},
		{"hidden", []string{"parse", "-hidden", "-o", "tree", "../../testdata/exports/wxr-rules.xml"}, "", 0, ""},
		{"not xml", []string{"parse", "-format", "disqus", "-"}, "just words", 1, "-:1:1: xml"},
		{"stdin twice", []string{"parse", "-", "-"}, "Body.\n", 2, "more than once"},
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

// TestJSONEnrichment checks the quote and mention fields of the contract,
// -tz, and -enrich=false.
func TestJSONEnrichment(t *testing.T) {
	parseDoc := func(args ...string) map[string]any {
		t.Helper()
		var out, errb bytes.Buffer
		if s := run(append([]string{"parse"}, args...), nil, &out, &errb); s != 0 {
			t.Fatalf("status %d: %s", s, errb.String())
		}
		var doc map[string]any
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		return doc
	}
	comment := func(doc map[string]any, i int) map[string]any {
		return doc["posts"].([]any)[0].(map[string]any)["comments"].([]any)[i].(map[string]any)
	}
	doc := parseDoc("-tz", "Europe/London", "../../testdata/enrich/headers.txt")
	c2 := comment(doc, 1)
	q := c2["quotes"].([]any)[0].(map[string]any)
	if q["kind"] != "tweet" || q["source"] != "X" || !strings.HasPrefix(q["text"].(string), "We will review") {
		t.Errorf("quote %v, want a tweet from X", q)
	}
	if c2["time"] != "2022-10-28T22:14:00+01:00" {
		t.Errorf("time %v, want 2022-10-28T22:14:00+01:00", c2["time"])
	}
	reply := comment(doc, 0)["replies"].([]any)[2].(map[string]any)
	m := reply["mentions"].([]any)[0].(map[string]any)
	if m["text"] != "@7:30 PM" || m["target"] != "1" {
		t.Errorf("mention %v, want @7:30 PM -> 1", m)
	}
	bare := parseDoc("-enrich=false", "../../testdata/enrich/headers.txt")
	if _, ok := comment(bare, 1)["quotes"]; ok {
		t.Errorf("-enrich=false still finds quotes")
	}
}

// TestCleanupFlags checks -ascii and -drop-duplicates on a damaged dump.
func TestCleanupFlags(t *testing.T) {
	para := "The council says the “pilot” ended — for now… and nobody asked why it began.\r\n"
	in := "Saturday, 15 May 2021\r\nA Title\r\n" + para + para + "\r\n1 comment:\r\n\r\nJane Doe 15 May 2021 at 19:30\r\nIt doesnâ€™t add up.\r\nReplyDelete\r\n"
	body := func(args ...string) (string, string) {
		var out, errb bytes.Buffer
		if s := run(append([]string{"parse"}, append(args, "-")...), strings.NewReader(in), &out, &errb); s != 0 {
			t.Fatalf("status %d: %s", s, errb.String())
		}
		var doc struct {
			Warnings []struct{ Message string }
			Posts    []struct {
				Body     string
				Comments []struct{ Body string }
			}
		}
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		var ws []string
		for _, w := range doc.Warnings {
			ws = append(ws, w.Message)
		}
		return doc.Posts[0].Body + "|" + doc.Posts[0].Comments[0].Body, strings.Join(ws, ";")
	}
	got, warns := body()
	if strings.Count(got, "pilot") != 2 || !strings.Contains(got, "doesn’t") || !strings.Contains(warns, "repeat lines 3-3") {
		t.Errorf("default: %q, warnings %q", got, warns)
	}
	got, _ = body("-drop-duplicates", "-ascii")
	if strings.Count(got, "pilot") != 1 || !strings.Contains(got, `"pilot" ended - for now...`) || !strings.Contains(got, "doesn't") {
		t.Errorf("-drop-duplicates -ascii: %q", got)
	}
}

// TestOutputs checks every -o against the parse itself: one CSV row and
// one ConvoKit utterance per comment and reply (plus the post), a single
// root per conversation and no reply_to pointing nowhere, a JSON line per
// post, a tree line per node, and stats stating the counts.
func TestOutputs(t *testing.T) {
	const file = "../../testdata/enrich/headers.txt"
	var p parse.Parser
	doc, err := p.ParseBytes(file, mustRead(t, file))
	if err != nil {
		t.Fatal(err)
	}
	nodes := doc.Posts[0].Count()
	out := func(args ...string) string {
		var o, e bytes.Buffer
		if s := run(append([]string{"parse"}, args...), nil, &o, &e); s != 0 {
			t.Fatalf("%v: status %d: %s", args, s, e.String())
		}
		return o.String()
	}

	rows, err := csv.NewReader(strings.NewReader(out("-o", "csv", file))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != nodes+1 {
		t.Errorf("csv: %d rows, want a header and %d", len(rows), nodes)
	}
	for _, col := range []string{"post_id", "id", "parent_id", "depth", "index", "author", "author_source", "time", "body", "quotes", "mentions"} {
		if !slices.Contains(rows[0], col) {
			t.Errorf("csv header %v lacks %q", rows[0], col)
		}
	}

	checkUtterances(t, out("-o", "convokit", file), nodes+1)
	dir := t.TempDir()
	out("-o", "convokit", "-dir", dir, file)
	checkUtterances(t, string(mustRead(t, filepath.Join(dir, "utterances.jsonl"))), nodes+1)
	for _, f := range []string{"speakers.json", "conversations.json", "corpus.json", "index.json"} {
		var v map[string]any
		if err := json.Unmarshal(mustRead(t, filepath.Join(dir, f)), &v); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}

	if lines := strings.Count(out("-o", "jsonl", file, "../../testdata/numbered/owner.txt"), "\n"); lines != 2 {
		t.Errorf("jsonl: %d lines for two one-post files", lines)
	}
	if tree := out("-o", "tree", file); strings.Count(tree, "\n") != nodes+1 || !strings.Contains(tree, "└─ 4 Anonymous") {
		t.Errorf("tree:\n%s", tree)
	}
	stats := out("-o", "stats", file)
	for _, want := range []string{"comments  4", "replies   8", "mentions  7 (7 resolved)"} {
		if !strings.Contains(stats, want) {
			t.Errorf("stats lack %q:\n%s", want, stats)
		}
	}
}

func checkUtterances(t *testing.T, jsonl string, want int) {
	t.Helper()
	ids := map[string]bool{}
	var us []export.Utterance
	for _, l := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var u export.Utterance
		if err := json.Unmarshal([]byte(l), &u); err != nil {
			t.Fatal(err)
		}
		us = append(us, u)
		ids[u.ID] = true
	}
	if len(us) != want {
		t.Errorf("convokit: %d utterances, want %d", len(us), want)
	}
	roots := 0
	for _, u := range us {
		if u.ReplyTo == nil {
			roots++
		} else if !ids[*u.ReplyTo] {
			t.Errorf("utterance %s replies to %s, which is not there", u.ID, *u.ReplyTo)
		}
	}
	if roots != 1 {
		t.Errorf("convokit: %d roots, want 1", roots)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParallelKeepsOrder: files parsed at once print in the order given.
func TestParallelKeepsOrder(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*/*.txt")
	if err != nil || len(files) < 5 {
		t.Fatalf("testdata: %v %v", files, err)
	}
	files = append(files, files...)
	outs := map[string]string{}
	for _, j := range []string{"1", "4"} {
		for _, o := range []string{"jsonl", "csv", "json", "stats"} {
			var out, errb bytes.Buffer
			if s := run(append([]string{"parse", "-j", j, "-o", o}, files...), nil, &out, &errb); s != 0 {
				t.Fatalf("-j %s -o %s: status %d: %s", j, o, s, errb.String())
			}
			if prev, ok := outs[o]; ok && prev != out.String() {
				t.Errorf("-o %s: -j 4 prints otherwise than -j 1", o)
			}
			outs[o] = out.String()
		}
	}
	var docs []map[string]any
	if err := json.Unmarshal([]byte(outs["json"]), &docs); err != nil || len(docs) != len(files) {
		t.Errorf("-o json with %d files: %d documents, %v", len(files), len(docs), err)
	}
}

// TestParallelBigFiles parses files larger than what a file parsed ahead
// may hold (aheadTokens of tokenBytes): -j 2 must wait for its turn and
// print what -j 1 prints.
func TestParallelBigFiles(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 2 {
		var buf bytes.Buffer
		if _, err := gen.Write(&buf, "numbered", uint64(20+i), 3*aheadTokens*tokenBytes/2); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("big%d.txt", i))
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	var outs []string
	for _, j := range []string{"1", "2"} {
		var out, errb bytes.Buffer
		if s := run(append([]string{"parse", "-j", j, "-o", "jsonl"}, files...), nil, &out, &errb); s != 0 {
			t.Fatalf("-j %s: status %d: %s", j, s, errb.String())
		}
		outs = append(outs, out.String())
	}
	if outs[0] != outs[1] {
		t.Errorf("-j 2 prints otherwise than -j 1 (%d and %d bytes)", len(outs[1]), len(outs[0]))
	}
	if n := strings.Count(outs[0], "\n"); n < 100 {
		t.Errorf("only %d posts printed", n)
	}
}

// TestExportsOnTheCommandLine: a damaged Disqus export gives its good
// comments and warnings at line:col with exit 0; -o jsonl names an
// export's format; -hidden keeps what is left out otherwise.
func TestExportsOnTheCommandLine(t *testing.T) {
	var out, errb bytes.Buffer
	if got := run([]string{"parse", "../../testdata/exports/disqus-damaged.xml"}, nil, &out, &errb); got != 0 {
		t.Fatalf("status %d: %s", got, errb.String())
	}
	var doc struct {
		Warnings []struct {
			Line    int    `json:"line"`
			Message string `json:"message"`
		} `json:"warnings"`
		Posts []struct {
			Comments []json.RawMessage `json:"comments"`
		} `json:"posts"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Posts) != 1 || len(doc.Posts[0].Comments) != 2 || !strings.Contains(out.String(), `"34:17: xml: unquoted`) {
		t.Errorf("damaged disqus: %s", out.String())
	}
	for _, tt := range []struct{ file, format string }{
		{"disqus-damaged.xml", "disqus"}, {"wxr-rules.xml", "wxr"}, {"blogger-drafts.xml", "blogger"},
	} {
		out.Reset()
		if got := run([]string{"parse", "-o", "jsonl", "../../testdata/exports/" + tt.file}, nil, &out, &errb); got != 0 {
			t.Fatalf("%s: status %d", tt.file, got)
		}
		if !strings.HasPrefix(out.String(), `{"source":"../../testdata/exports/`+tt.file+`","format":"`+tt.format+`","encoding":"utf-8"`) {
			t.Errorf("%s -o jsonl: %.120s", tt.file, out.String())
		}
	}
	out.Reset()
	run([]string{"parse", "-hidden", "-o", "tree", "../../testdata/exports/wxr-rules.xml"}, nil, &out, &errb)
	if !strings.Contains(out.String(), "Contact") || !strings.Contains(out.String(), "Pingback") {
		t.Errorf("-hidden: the page and the pingback are missing:\n%s", out.String())
	}
}

// TestConvoKitSameFileTwice: a file given twice gives a corpus without an
// utterance id twice (issue 20, row 16).
func TestConvoKitSameFileTwice(t *testing.T) {
	var out, errb bytes.Buffer
	f := "../../testdata/numbered/owner.txt"
	if got := run([]string{"parse", "-o", "convokit", f, f}, nil, &out, &errb); got != 0 {
		t.Fatalf("status %d: %s", got, errb.String())
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var u struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &u); err != nil || u.ID == "" {
			continue
		}
		if seen[u.ID] {
			t.Fatalf("utterance id %q twice", u.ID)
		}
		seen[u.ID] = true
	}
	if len(seen) == 0 {
		t.Fatalf("no utterances in %q", out.String())
	}
}

// TestHelpFlagsVersion: help lists every flag of parse with examples on
// standard output, from "help", "-h" and "parse -h", with status 0; flags
// are read after the files as before them, "--" ends them; version prints
// the build's version.
func TestHelpFlagsVersion(t *testing.T) {
	runOut := func(args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		status := run(args, strings.NewReader(""), &out, &errb)
		return out.String(), errb.String(), status
	}
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}, {"parse", "-h"}, {"parse", "x.txt", "-help"}} {
		out, _, status := runOut(args...)
		if status != 0 || !strings.Contains(out, "flags of parse") || !strings.Contains(out, "-drop-duplicates") || !strings.Contains(out, "examples:") {
			t.Errorf("%v: status %d, help %q", args, status, out)
		}
	}
	before, _, s1 := runOut("parse", "-o", "tree", "-q", "../../testdata/numbered/owner.txt")
	after, _, s2 := runOut("parse", "../../testdata/numbered/owner.txt", "-o", "tree", "-enrich=true", "-q")
	if s1 != 0 || s2 != 0 || before != after || !strings.HasPrefix(after, "p1 ") {
		t.Errorf("flags after the file: %d %d\n%s\nwant\n%s", s1, s2, after, before)
	}
	if _, errs, status := runOut("parse", "--", "-o"); status != 1 || !strings.Contains(errs, "-o") {
		t.Errorf(`after "--", -o is a file: status %d, %q`, status, errs)
	}
	if out, _, status := runOut("version"); status != 0 || !strings.HasPrefix(out, "blogthread ") {
		t.Errorf("version: %d %q", status, out)
	}
	if out, _, _ := runOut("formats"); !strings.Contains(out, "blogger-html    ") && !strings.Contains(out, "wordpress-html  ") {
		t.Errorf("formats do not line up:\n%s", out)
	}
}

// TestEmptyInput: an empty file gives a warning (-o json), the header
// (-o csv) and a note on standard error (the streamed outputs); ConvoKit
// ids of several files carry their base names.
func TestEmptyInput(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if status := run([]string{"parse", "-o", "csv", empty}, strings.NewReader(""), &out, &errb); status != 0 {
		t.Fatalf("status %d: %s", status, errb.String())
	}
	if out.String() != strings.Join(export.CSVColumns, ",")+"\n" || !strings.Contains(errb.String(), "no posts") {
		t.Errorf("-o csv: %q, stderr %q", out.String(), errb.String())
	}
	out.Reset()
	run([]string{"parse", empty}, strings.NewReader(""), &out, &errb)
	if !strings.Contains(out.String(), `"kind": "no-text"`) {
		t.Errorf("-o json: %s", out.String())
	}
	out.Reset()
	run([]string{"parse", "-o", "convokit", "../../testdata/numbered/owner.txt", "../../testdata/copypaste/owner.txt"}, strings.NewReader(""), &out, &errb)
	first, _, _ := strings.Cut(out.String(), "\n")
	if !strings.Contains(first, `"id":"owner.txt#p1"`) {
		t.Errorf("ConvoKit id: %s", first)
	}
}

// TestHTMLOutput: -o html writes one page for all the files given.
func TestHTMLOutput(t *testing.T) {
	var out, errb bytes.Buffer
	status := run([]string{"parse", "-o", "html", "../../testdata/enrich/headers.txt", "../../testdata/numbered/owner.txt"}, strings.NewReader(""), &out, &errb)
	page := out.String()
	if status != 0 || !strings.HasPrefix(page, "<!DOCTYPE html>") || strings.Count(page, "<!DOCTYPE") != 1 {
		t.Fatalf("status %d, stderr %q, page %.200q", status, errb.String(), page)
	}
	for _, anchor := range []string{`id="d1-p1"`, `id="d1-p1-c1.1"`, `id="d2-p1"`, `href="#d2-p1"`} {
		if !strings.Contains(page, anchor) {
			t.Errorf("the page has no %s", anchor)
		}
	}
}
