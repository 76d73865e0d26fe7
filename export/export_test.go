package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
)

func TestInert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1", "'+1"}, {"-2 is less", "'-2 is less"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"\tTAB", "'\tTAB"}, {"\rCR", "'\rCR"},
		{"plain", "plain"}, {"", ""}, {"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := Inert(tt.in); got != tt.want {
			t.Errorf("Inert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVRows(t *testing.T) {
	p := &thread.Post{ID: "p1", Comments: []*thread.Comment{
		{Node: thread.Node{ID: "1", Index: 1, Body: "=1+1 and a \"quote\",\nover two lines", Author: "-Anon"},
			Replies: []*thread.Reply{{Node: thread.Node{ID: "1.1", Index: 1, Body: "fine",
				Mentions: []thread.Mention{{Text: "@22:00", Target: "1"}}}}}},
	}}
	var b bytes.Buffer
	c := NewCSV(&b)
	if err := c.Write("f.txt", p); err != nil {
		t.Fatal(err)
	}
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	c1, r1 := rows[1], rows[2]
	if c1[col["body"]] != "'=1+1 and a \"quote\",\nover two lines" || c1[col["author"]] != "'-Anon" || c1[col["parent_id"]] != "p1" || c1[col["depth"]] != "1" {
		t.Errorf("comment row %q", c1)
	}
	if r1[col["parent_id"]] != "1" || r1[col["depth"]] != "2" || r1[col["mentions"]] != `[{"text":"@22:00","target":"1"}]` {
		t.Errorf("reply row %q", r1)
	}
}

// TestWriteJSON: the streamed JSON is the document encoding/json gives.
func TestWriteJSON(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		doc, err := blogthread.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteJSON(&b, doc); err != nil {
			t.Fatal(err)
		}
		var got, want any
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v\n%s", f, err, b.String())
		}
		js, _ := json.Marshal(doc)
		json.Unmarshal(js, &want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: WriteJSON differs from json.Marshal (-want +got):\n%s", f, diff)
		}
	}
}

// TestWritersFollowReplyTo: a reply that answers another reply (an
// export's deeper thread) names that reply as its parent in every writer.
func TestWritersFollowReplyTo(t *testing.T) {
	p := &thread.Post{ID: "p1", Title: "T", Comments: []*thread.Comment{{
		Node: thread.Node{ID: "1", Index: 1, Author: "Ann", Body: "Top."},
		Replies: []*thread.Reply{
			{Node: thread.Node{ID: "1.1", Index: 1, Author: "Bo", Body: "First reply."}},
			{Node: thread.Node{ID: "1.2", Index: 2, Author: "Cy", Body: "", Deleted: true, ReplyTo: "1.1"}},
		},
	}}}
	var buf bytes.Buffer
	c := NewCSV(&buf)
	if err := c.Write("s", p); err != nil {
		t.Fatal(err)
	}
	c.Flush()
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var parents []string
	for _, r := range rows[1:] {
		parents = append(parents, r[2]+"<"+r[3])
	}
	if diff := cmp.Diff([]string{"1<p1", "1.1<1", "1.2<1.1"}, parents); diff != "" {
		t.Errorf("CSV parent_id (-want +got):\n%s", diff)
	}
	var replyTo []string
	for _, u := range Utterances("", "s", p)[1:] {
		replyTo = append(replyTo, u.ID+"<"+*u.ReplyTo)
	}
	if diff := cmp.Diff([]string{"p1/1<p1", "p1/1.1<p1/1", "p1/1.2<p1/1.1"}, replyTo); diff != "" {
		t.Errorf("ConvoKit reply_to (-want +got):\n%s", diff)
	}
	buf.Reset()
	if err := Tree(&buf, "s", p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("1.2 (to 1.1) Cy: (deleted)")) {
		t.Errorf("tree:\n%s", buf.String())
	}
}

// TestVisibleControls: the text outputs never write an input's control
// characters (issue 20, row 12); JSON escapes them already.
func TestVisibleControls(t *testing.T) {
	evil := "Hi\x1b]0;owned\x07 there\x1b[2J\u0085end\x7f"
	if got, want := Visible(evil, false), "Hi␛]0;owned␇ there␛[2J\\u0085end␡"; got != want {
		t.Errorf("Visible = %q, want %q", got, want)
	}
	if got := Visible("a\nb\tc", true); got != "a\nb\tc" {
		t.Errorf("Visible keeping lines = %q", got)
	}
	p := &thread.Post{ID: "p1", Title: "T\x1b[31m", Comments: []*thread.Comment{{Node: thread.Node{ID: "1", Author: "E\x1bvil", Body: evil}}}}
	var buf bytes.Buffer
	if err := Tree(&buf, "f\x1b.txt", p); err != nil {
		t.Fatal(err)
	}
	c := NewCSV(&buf)
	if err := c.Write("s", p); err != nil {
		t.Fatal(err)
	}
	c.Flush()
	var st Stats
	st.Add(p)
	st.Write(&buf, "name\x1b")
	if bytes.ContainsAny(buf.Bytes(), "\x1b\x07\x7f") || bytes.Contains(buf.Bytes(), []byte("\u0085")) {
		t.Errorf("a control character reached the output:\n%q", buf.String())
	}
}

// TestWriteJSONLine: one line per post, its fields beside source, format
// and encoding, and text with <, > and & as it is.
func TestWriteJSONLine(t *testing.T) {
	var b strings.Builder
	post := &thread.Post{ID: "p1", Title: "a < b & c"}
	if err := WriteJSONLine(&b, PostLine{Source: "x.txt", Format: "flat", Post: post}); err != nil {
		t.Fatal(err)
	}
	want := `{"source":"x.txt","format":"flat","id":"p1","title":"a < b & c","body":"","comments":null,` +
		`"span":{"start_line":0,"end_line":0,"start_byte":0,"end_byte":0}}` + "\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("line (-want +got):\n%s", diff)
	}
}

// TestCountsAgreeInNumber: "1 comment or reply", "1 comment signed".
func TestCountsAgreeInNumber(t *testing.T) {
	post := &thread.Post{ID: "p1", Title: "T", Comments: []*thread.Comment{{Node: thread.Node{ID: "1", Author: "Ann", AuthorSource: thread.SourceSignature, Body: "Hi.\nAnn"}}}}
	var b strings.Builder
	if err := Tree(&b, "x.txt", post); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "(x.txt, 1 comment or reply)") {
		t.Errorf("tree header: %q", b.String())
	}
	var st Stats
	st.Add(post)
	b.Reset()
	if err := st.Write(&b, "x.txt"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "(1 comment signed)") {
		t.Errorf("stats: %q", b.String())
	}
}

// TestCSVColumnsForDataFrames: time holds full timestamps only, a time of
// day alone goes to clock and a day alone to date; Posts adds a row per
// post with its body; an input without comments still gives the header.
func TestCSVColumnsForDataFrames(t *testing.T) {
	tm := time.Date(2016, 1, 24, 10, 23, 0, 0, time.UTC)
	post := &thread.Post{ID: "p1", Body: "The post.", Published: &thread.Date{Year: 2016, Month: 1, Day: 24}, Comments: []*thread.Comment{
		{Node: thread.Node{ID: "1", Index: 1, Time: &tm, Body: "a"}},
		{Node: thread.Node{ID: "2", Index: 2, Clock: "19:30", Body: "b"}},
		{Node: thread.Node{ID: "3", Index: 3, Date: &thread.Date{Year: 2016, Month: 1, Day: 25}, Body: "c"}},
	}}
	var b strings.Builder
	w := NewCSV(&b)
	w.Posts = true
	if err := w.Write("x", post); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(row int, name string) string { return rows[row][slices.Index(CSVColumns, name)] }
	if len(rows) != 5 || col(1, "depth") != "0" || col(1, "body") != "The post." || col(1, "date") != "2016-01-24" {
		t.Fatalf("rows %q", rows)
	}
	if col(2, "time") != "2016-01-24T10:23:00Z" || col(3, "time") != "" || col(3, "clock") != "19:30" || col(4, "date") != "2016-01-25" {
		t.Errorf("times: %q", rows[2:])
	}
	b.Reset()
	if err := NewCSV(&b).Flush(); err != nil || b.String() != strings.Join(CSVColumns, ",")+"\n" {
		t.Errorf("no posts: %q, want the header", b.String())
	}
}
