package parse

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
)

func TestGluedAction(t *testing.T) {
	tests := []struct {
		in   string
		act  action
		rest string
	}{
		{"ReplyDeleteThanks for this", actReplyDelete, "Thanks for this"},
		{"ReplyDelete", actReplyDelete, ""},
		{"Delete\"Quoted\"", actDelete, "\"Quoted\""},
		{"Delete@22:00 you are wrong", actDelete, "@22:00 you are wrong"},
		{"ReplyDeleteRepliesWhich one?", actReplyDeleteReplies, "Which one?"},
		{"DeleteReplyNext comment", actDeleteReply, "Next comment"},
		{"Deleted scenes are better", actNone, ""},
		{"Deletion is final", actNone, ""},
		{"Delete this nonsense", actNone, ""},
		{"Replying late, sorry", actNone, ""},
		{"Replies to this were rude", actNone, ""},
		{"Reply", actReply, ""},
		{"Silego ships the chips", actNone, ""},                    // Turkish "Sil" is not glued here
		{"BalasHapusTerima kasih", actReplyDelete, "Terima kasih"}, // Indonesian
		{"SilYanıtlaTamam", actDeleteReply, "Tamam"},
		{"Svarthe rest", actNone, ""},
	}
	for _, tt := range tests {
		a, rest := gluedAction(tt.in)
		if a != tt.act || rest != tt.rest {
			t.Errorf("gluedAction(%q) = %v %q, want %v %q", tt.in, a, rest, tt.act, tt.rest)
		}
	}
}

// TestActionLanguages: a link two languages spell alike counts for both,
// so that the page's language is decided by the words that differ.
func TestActionLanguages(t *testing.T) {
	var es, pt lang.Set
	for i, l := range lang.Languages {
		switch l.Code {
		case "es":
			es = 1 << i
		case "pt-PT":
			pt = 1 << i
		}
	}
	for _, s := range []string{"Responder", "Eliminar", "ResponderEliminar"} {
		if _, langs := wholeActionLang(s); langs&es == 0 || langs&pt == 0 {
			t.Errorf("wholeActionLang(%q) languages %b, want Spanish and European Portuguese", s, langs)
		}
	}
	if a, _ := wholeActionLang("Antworten"); a != actReplyOrReplies {
		t.Errorf("Antworten = %v, want Reply-or-Replies", a)
	}
	// In capitals, as a template's CSS shows them and a browser copies them.
	for in, want := range map[string]action{"REPLYDELETE": actReplyDelete, "REPLIES": actReplies, "ANTWORTENLÖSCHENANTWORTEN": actReplyDeleteReplies, "LÖSCHEN": actDelete} {
		if a, _ := wholeActionLang(in); a != want {
			t.Errorf("wholeActionLang(%q) = %v, want %v", in, a, want)
		}
	}
}

func TestParseCount(t *testing.T) {
	for in, want := range map[string]int{"28 comments:": 28, "1 comment:": 1, "No comments:": 0, "3 comments": 3} {
		if n, ok, _ := parseCount(in); !ok || n != want {
			t.Errorf("parseCount(%q) = %d %v, want %d", in, n, ok, want)
		}
	}
	if n, ok, _ := parseCount("Comments:"); !ok || n != -1 { // the templates of 2004: no number
		t.Errorf("parseCount(%q) = %d %v, want -1 true", "Comments:", n, ok)
	}
	for _, in := range []string{"many comments:", "28 comments: and more"} {
		if _, ok, _ := parseCount(in); ok {
			t.Errorf("parseCount(%q) ok, want not a count", in)
		}
	}
	if _, ok, big := parseCount("99999999999999999999999 comments:"); !ok || !big {
		t.Errorf("huge count: ok %v big %v, want both", ok, big)
	}
}

func TestDeclaredCountMismatch(t *testing.T) {
	src := "Monday, 2 June 2025\n\nA Title\n\nBody.\n\n3 comments:\n\n  1. One.\n\n    ReplyDelete\n  2. Two.\n\n    ReplyDelete\n"
	p := Parser{Stages: enriched}
	doc, err := p.ParseBytes("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := thread.Warning{Line: 7, Kind: thread.WarnCount, Message: "declared 3 comments, found 2"}
	if len(doc.Warnings) != 1 || doc.Warnings[0] != want {
		t.Errorf("warnings = %v, want [%v]", doc.Warnings, want)
	}
}

// TestCommentSignsWarning: a section that shows what comments leave (here
// two removed-comment sentences, in two languages) but that no layout
// reads is kept in the body, and the parse says so at its first line.
func TestCommentSignsWarning(t *testing.T) {
	src := "A walk by the canal\n\nThe towpath was quiet.\n\nThis comment has been removed by the author.\n\nDieser Kommentar wurde vom Autor entfernt.\n"
	p := Parser{Stages: enriched}
	doc, err := p.ParseBytes("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Line != 5 || !strings.Contains(doc.Warnings[0].Message, "no comment layout reads it") {
		t.Errorf("warnings = %v, want one at line 5", doc.Warnings)
	}
	if len(doc.Posts) != 1 || len(doc.Posts[0].Comments) != 0 || !strings.Contains(doc.Posts[0].Body, "vom Autor entfernt") {
		t.Errorf("the text is not kept in the body: %+v", doc.Posts)
	}
	// One sign alone is text.
	doc, _ = p.ParseBytes("x", []byte("A title\n\nHe said the comment had been removed.\nThis comment has been removed by the author.\n"))
	if len(doc.Warnings) != 0 {
		t.Errorf("one sign: warnings %v", doc.Warnings)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		p    Parser
		is   error
		pos  string
	}{
		{"nul", "fine\nbad\x00line\n", Parser{Stages: enriched}, ErrBinary, "x:2:4"},
		{"long line", "short\n" + strings.Repeat("a", 100) + "\n", Parser{Stages: enriched, Limits: Limits{MaxLineBytes: 50}}, ErrLimit, "x:2:51"},
		{"input size", strings.Repeat("a\n", 100), Parser{Stages: enriched, Limits: Limits{MaxInputBytes: 10}}, ErrLimit, "x: "},
		{"nodes", "Title\n\n1 comments:\n\n  1. a\n    ReplyDelete\n  2. b\n    ReplyDelete\n", Parser{Stages: enriched, Limits: Limits{MaxNodes: 1}}, ErrLimit, "x:7:1"},
		{"format", "text", Parser{Stages: enriched, Format: "nonesuch"}, ErrUnknownFormat, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.p.ParseBytes("x", []byte(tt.src))
			if !errors.Is(err, tt.is) {
				t.Fatalf("err = %v, want %v", err, tt.is)
			}
			if !strings.HasPrefix(err.Error(), tt.pos) {
				t.Errorf("err = %q, want it to start with %q", err, tt.pos)
			}
		})
	}
}

func TestEncodingsAndLineEnds(t *testing.T) {
	base, err := (&Parser{Stages: enriched}).ParseBytes("x", []byte("Monday, 2 June 2025\nCafé Opens\nThe café opens on Friday.\n1 comment:\nAnn 2 June 2025 at 10:00\nAt last!\nReplyDelete\n"))
	if err != nil {
		t.Fatal(err)
	}
	crlf := strings.ReplaceAll("Monday, 2 June 2025\nCafé Opens\nThe café opens on Friday.\n1 comment:\nAnn 2 June 2025 at 10:00\nAt last!\nReplyDelete\n", "\n", "\r\n")
	// Windows-1252 for é is 0xE9.
	cp := []byte(strings.ReplaceAll(crlf, "é", "\xe9"))
	for name, src := range map[string][]byte{"crlf": []byte(crlf), "cp1252": cp, "bom": append([]byte{0xEF, 0xBB, 0xBF}, crlf...), "cr": []byte(strings.ReplaceAll(crlf, "\r\n", "\r"))} {
		doc, err := (&Parser{Stages: enriched}).ParseBytes("x", src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Posts[0].Title != base.Posts[0].Title || doc.Posts[0].Body != base.Posts[0].Body || len(doc.Posts[0].Comments) != 1 || doc.Posts[0].Comments[0].Body != "At last!" {
			t.Errorf("%s: got title %q body %q comments %d", name, doc.Posts[0].Title, doc.Posts[0].Body, len(doc.Posts[0].Comments))
		}
	}
}

// TestNoIndentLimit reads every text dump with Limits.MaxIndent negative
// (no limit): none is indented past the default limit, so the trees are
// those of the default parse.
func TestNoIndentLimit(t *testing.T) {
	files, err := seedDumps(), error(nil)
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		def := Parser{Stages: enriched}
		want, err := def.ParseBytes(f, src)
		if err != nil {
			t.Fatal(err)
		}
		unlimited := Parser{Stages: enriched, Limits: Limits{MaxIndent: -1}}
		got, err := unlimited.ParseBytes(f, src)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: MaxIndent -1 (-default +unlimited):\n%s", f, diff)
		}
	}
}

// failingReader gives its text, then an error.
type failingReader struct {
	text string
}

func (f *failingReader) Read(b []byte) (int, error) {
	if f.text == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, f.text)
	f.text = f.text[n:]
	return n, nil
}

// TestNilAndFailingReaders: no panic on a nil reader; a reader that fails
// partway gives the posts it completed and an error at the line reached
// (issue 20, row 15).
func TestNilAndFailingReaders(t *testing.T) {
	p := Parser{Stages: enriched}
	if _, err := p.Parse("x", nil); err == nil {
		t.Errorf("Parse(nil): no error")
	}
	for _, err := range p.Posts("x", nil) {
		if err == nil {
			t.Errorf("Posts(nil): no error")
		}
	}
	src, err := os.ReadFile("../testdata/archive/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	whole, _ := p.ParseBytes("x", src)
	doc, err := p.Parse("x", &failingReader{text: string(src)})
	var pe *Error
	if !errors.As(err, &pe) || pe.Line != 1+strings.Count(string(src), "\n") || !strings.Contains(pe.Error(), "disk on fire") {
		t.Fatalf("failing reader: %v, want an *Error at the last line", err)
	}
	if doc == nil || len(doc.Posts) != len(whole.Posts)-1 {
		t.Errorf("failing reader: %v posts, want all but the last of %d", doc, len(whole.Posts))
	}
}

// TestRegisteredNilPost: a registered format that gives a nil post does
// not bring the parse down.
func TestRegisteredNilPost(t *testing.T) {
	f := Format{Name: "nilpost-test", Description: "gives a nil post", Sniff: func([]byte) int { return 0 },
		Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
			return &thread.Document{Posts: []*thread.Post{nil, {Title: "kept"}}}, nil
		}}
	own := []Format{f}
	doc, err := (&Parser{Stages: enriched, Format: "nilpost-test", Formats: own}).ParseBytes("x", []byte("anything"))
	if err != nil || len(doc.Posts) != 1 || doc.Posts[0].Title != "kept" {
		t.Errorf("nil post: %v %+v", err, doc)
	}
	for post, err := range (&Parser{Stages: enriched, Format: "nilpost-test", Formats: own}).Posts("x", strings.NewReader("anything")) {
		if err != nil || post == nil {
			t.Errorf("Posts: %v %v", post, err)
		}
	}
}

// TestManySameWarnings: a warning earned a thousand times is listed a
// hundred times and counted once more (issue 20, row 16: memory).
func TestManySameWarnings(t *testing.T) {
	src := "A post.\n\n1 comment:\nHello.\n" + strings.Repeat("ReplyDelete\n", 1000)
	doc, err := (&Parser{Stages: enriched}).ParseBytes("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	same, summary := 0, ""
	for _, w := range doc.Warnings {
		if strings.HasPrefix(w.Message, "empty comment") {
			same++
		}
		if strings.Contains(w.Message, "more warnings like this one: empty comment") {
			summary = w.Message
		}
	}
	if same != maxSameWarnings || !strings.HasPrefix(summary, "899 more warnings like this one: empty comment") {
		t.Errorf("%d warnings listed, summary %q", same, summary)
	}
}

// TestPageDateOrder: a numeric date that reads both ways takes the order
// of the page's unambiguous dates, whatever its clock.
func TestPageDateOrder(t *testing.T) {
	page := func(first, second string) string {
		return "A post\n\n2 comments:\n\n 1. [photo]\n    Jane" + first + "\n\n    First comment.\n\n    ReplyDelete\n 2. [photo]\n    Bo" + second + "\n\n    Second comment.\n\n    ReplyDelete\n"
	}
	for _, tt := range []struct{ first, second, want string }{
		{"1/24/2016", "2/1/2016", "2016-02-01"},             // month first, as the 24th shows
		{"13/01/2016", "2/1/2016", "2016-01-02"},            // day first, as the 13th shows
		{"1/24/2016 17:21", "2/1/2016 17:21", "2016-02-01"}, // a 24-hour clock, month first all the same
		{"13/01/16 8:30 PM", "2/1/16 8:30 PM", "2016-01-02"},
		{"5/5/2016", "2/1/2016", "2016-01-02"}, // no evidence: day first
	} {
		doc, err := (&Parser{Stages: enriched, Format: "numbered"}).ParseBytes("x", []byte(page(tt.first, tt.second)))
		if err != nil {
			t.Fatal(err)
		}
		checkBo(t, doc, tt.first, tt.second, tt.want)
	}
	// A browser copy's headers with a 24-hour clock, too.
	copied := "A post\n\n2 comments:\n\nJane 1/24/2016 17:21\n\nFirst comment.\n\nReplyDelete\nBo 2/1/2016 17:21\n\nSecond comment.\n\nReplyDelete\n"
	doc, err := (&Parser{Stages: enriched, Format: "copypaste"}).ParseBytes("x", []byte(copied))
	if err != nil {
		t.Fatal(err)
	}
	checkBo(t, doc, "1/24/2016 17:21", "2/1/2016 17:21", "2016-02-01")
}

// checkBo holds the last comment of doc, Bo's, to the date want.
func checkBo(t *testing.T, doc *thread.Document, first, second, want string) {
	t.Helper()
	c := doc.Posts[0].Comments
	var got string
	switch n := c[len(c)-1].Node; {
	case n.Time != nil:
		got = n.Time.Format("2006-01-02")
	case n.Date != nil:
		got = n.Date.String()
	}
	if len(c) != 2 || c[1].Author != "Bo" || got != want {
		t.Errorf("%s then %s: %d comments, Bo's date %q, want %s", first, second, len(c), got, want)
	}
}

// TestTrimDeleteLabel: a delete icon's alt text after a classic time line
// goes, in any language; other last words stay.
func TestTrimDeleteLabel(t *testing.T) {
	for in, want := range map[string]string{
		"October 28, 2012 at 5:33 PM Delete Comment":   "October 28, 2012 at 5:33 PM",
		"6. Juni 2015 um 10:23 Kommentar löschen":      "6. Juni 2015 um 10:23",
		"30/12/14 2:07 a. m. Eliminar comentario":      "30/12/14 2:07 a. m.",
		"October 28, 2012 at 5:33 PM":                  "October 28, 2012 at 5:33 PM",
		"We should delete the old one and start again": "We should delete the old one and start again",
	} {
		if got := trimDeleteLabel(in, time.UTC); got != want {
			t.Errorf("trimDeleteLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestErrorsArePlaced: every error of a parse is a *Error naming the
// input, wrapping its cause: an unknown format name (ErrUnknownFormat),
// an export format named for a text dump (where reading stopped).
func TestErrorsArePlaced(t *testing.T) {
	var pe *Error
	_, err := (&Parser{Format: "nosuch"}).ParseBytes("x.txt", []byte("hi"))
	if !errors.As(err, &pe) || !errors.Is(err, ErrUnknownFormat) || pe.File != "x.txt" {
		t.Errorf("unknown format: %T %v", err, err)
	}
	for post, err := range (&Parser{Format: "nosuch"}).Posts("x.txt", strings.NewReader("hi")) {
		if post != nil || !errors.As(err, &pe) || !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("Posts, unknown format: %T %v", err, err)
		}
	}
	_, err = (&Parser{Format: "wxr"}).ParseBytes("x.txt", []byte("Just a text dump.\nReplyDelete\n"))
	if !errors.As(err, &pe) || pe.Line != 1 || !strings.HasPrefix(err.Error(), "x.txt:1:1: ") {
		t.Errorf("an export format on text: %T %v", err, err)
	}
}

// TestDeclaredOne: the count warning agrees in number.
func TestDeclaredOne(t *testing.T) {
	src := "Monday, 2 June 2025\n\nA Title\n\nBody.\n\n1 comment:\n\n  1. One.\n\n    ReplyDelete\n  2. Two.\n\n    ReplyDelete\n"
	doc, err := (&Parser{}).ParseBytes("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Message != "declared 1 comment, found 2" {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

// TestGluedFiles: files put one after another, the first without its last
// line end ("DeleteReplySunday, 8 June 2025"), give the posts of both, each
// as it gives alone.
func TestGluedFiles(t *testing.T) {
	one, err := os.ReadFile("../testdata/flat/markers.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := Parser{Stages: enriched}
	alone, err := p.ParseBytes("x", one)
	if err != nil {
		t.Fatal(err)
	}
	glued := append(bytes.TrimRight(bytes.Clone(one), "\n"), one...)
	doc, err := p.ParseBytes("x", glued)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Posts) != 2 || doc.Posts[0].Count() != alone.Posts[0].Count() || doc.Posts[1].Count() != alone.Posts[0].Count() ||
		doc.Posts[1].Title != alone.Posts[0].Title {
		t.Fatalf("%d posts (%d, %d nodes), want 2 of %d", len(doc.Posts), doc.Posts[0].Count(), doc.Posts[len(doc.Posts)-1].Count(), alone.Posts[0].Count())
	}
	checkLossless(t, string(glued), doc)
	if n := strings.Count(string(glued), "\n"); doc.Posts[1].Span.EndLine != n {
		t.Errorf("the second post ends on line %d, want %d", doc.Posts[1].Span.EndLine, n)
	}
}

// numericDatesDefinition is what numericDates means: the regular
// expression its comment gives, matched one after another.
var numericDatesDefinition = regexp.MustCompile(`(?:^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})/[0-9]{2,4}(?:[^0-9/]|$)`)

// checkNumericDates holds numericDates to its definition on t.
func checkNumericDates(t *testing.T, s string) {
	t.Helper()
	var want, got [][2]int
	for _, m := range numericDatesDefinition.FindAllStringSubmatch(s, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		want = append(want, [2]int{a, b})
	}
	numericDates(s, func(a, b int) { got = append(got, [2]int{a, b}) })
	if !slices.Equal(got, want) {
		t.Errorf("numericDates(%q) = %v, the expression finds %v", s, got, want)
	}
}

// TestNumericDates: the dates numericDates finds are the expression's,
// on the cases where a hand-written scanner may part from it: dates side
// by side (the expression takes the character between them), too many
// digits, slashes around, a character of several bytes after a date.
func TestNumericDates(t *testing.T) {
	for _, s := range []string{
		"13/01/2016", "on 1/24/2016, and 2/3/04.", "1/2/2020 3/4/2020", "1/2/2020  3/4/2020",
		"123/4/2020", "1/234/2020", "1/2/20201", "1/2/2", "/1/2/2020", "1/2/2020/", "x1/2/2020x",
		"1/2/2020é5/6/2020", "é12/3/2020", "\xc31/2/2020\xc3 5/6/77", "12/12/12/12/12", "", "/",
		"31/12/1999—1/1/2000", "date: 07/08/09;10/11/12",
	} {
		checkNumericDates(t, s)
	}
}

// FuzzNumericDates holds numericDates to its definition on any text.
func FuzzNumericDates(f *testing.F) {
	f.Add("on 1/24/2016, and 2/3/04.")
	f.Add("1/2/2020é5/6/2020")
	f.Fuzz(checkNumericDates)
}

// BenchmarkNumericDates reads numeric dates from lines that have slashes
// (addresses, fractions, dates), as numericOrder does for every post: by
// numericDates, and by its definition, the regular expression.
func BenchmarkNumericDates(b *testing.B) {
	s := strings.Repeat("See https://example.org/2021/03/post.html and/or the 24/01/2021 note, 3/4 of it; ", 50)
	b.Run("scanner", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			numericDates(s, func(a, b int) {})
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			numericDatesDefinition.FindAllStringSubmatch(s, -1)
		}
	})
}

// BenchmarkIsChrome asks isChrome about every line of the project's own
// dumps, as the layouts' detection does: most lines are text, not chrome.
func BenchmarkIsChrome(b *testing.B) {
	files, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	var lines []string
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for l := range strings.Lines(string(src)) {
			lines = append(lines, strings.TrimSpace(l))
			size += len(l)
		}
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, l := range lines {
			isChrome(l)
		}
	}
}
