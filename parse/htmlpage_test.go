package parse

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/blogthread/blogthread/thread"
)

// TestPageHostile: a saved page never fails the parse and never loses the
// page's text to its markup: broken markup, a page without comments, one
// nested deeper than x/net/html reads, scripts that hold comment markup.
func TestPageHostile(t *testing.T) {
	comment := func(id, text string) string {
		return `<li id="comment-` + id + `" class="comment"><div class="comment-author"><b class="fn">Ann</b></div><div class="comment-content"><p>` + text + `</p></div>`
	}
	tests := []struct {
		name, src, format string
		comments, posts   int
		warn              thread.WarningKind
	}{
		{"no comments", `<!DOCTYPE html><html><head><meta name="generator" content="Blogger"></head><body><div class="post"><h3 class="post-title">T</h3><div class="post-body">Body.</div></div></body></html>`, BloggerHTML, 0, 1, thread.WarnNoLayout},
		{"unclosed", `<!DOCTYPE html><html><body><link href="/wp-content/x.css"><ol class="comment-list">` + comment("1", "one <b>bold") + comment("2", "two") + `<div`, WordPressHTML, 2, 1, ""},
		{"script holds comments", `<!DOCTYPE html><html><head><link href="/wp-content/x.css"></head><body><script>var t = '<li id="comment-9" class="comment">fake</li>';</script><ol class="commentlist">` + comment("1", "real") + `</ol></body></html>`, WordPressHTML, 1, 1, ""},
		{"a comment around the section", `<html><head><meta name="generator" content="Blogger"></head><body><ul><li class="comment"><div id="comments"><ol>` +
			`<li class="comment" id="c1453690633000"><cite class="user">A</cite><p class="comment-content">hi</p></li></ol></div></li></ul></body></html>`, BloggerHTML, 1, 1, ""},
		{"too deep", `<!DOCTYPE html><html><head><meta name="generator" content="blogger"></head><body>` + strings.Repeat("<div>", 600) + "Deep text." + strings.Repeat("</div>", 600) + `</body></html>`, Archive, 0, 1, thread.WarnSkipped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := (&Parser{Stages: enriched}).ParseBytes("x.html", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.format || len(doc.Posts) != tt.posts {
				t.Fatalf("format %s, %d posts; want %s, %d", doc.Format, len(doc.Posts), tt.format, tt.posts)
			}
			if n := doc.Posts[0].Count(); n != tt.comments {
				t.Errorf("%d comments, want %d", n, tt.comments)
			}
			if tt.warn != "" && (len(doc.Warnings) == 0 || doc.Warnings[0].Kind != tt.warn) {
				t.Errorf("warnings %v, want one of kind %s first", doc.Warnings, tt.warn)
			}
			if tt.name == "too deep" && !strings.Contains(doc.Posts[0].Body, "Deep text.") {
				t.Errorf("the page's text is lost: %q", doc.Posts[0].Body)
			}
		})
	}
}

// TestPageLinear: reading the comments of a thread whose replies nest N
// deep looks at each element a bounded number of times: a comment's parts
// are looked for in its own markup, never in its replies'. The work is
// counted as the calls of the test of "is this a comment" that the search
// makes, at N and at 4N (x/net/html nests at most 512 deep).
func TestPageLinear(t *testing.T) {
	work := func(depth int) int {
		var b strings.Builder
		b.WriteString(`<!DOCTYPE html><html><body><ol class="comment-list">`)
		for id := range depth {
			b.WriteString(`<li id="comment-` + strconv.Itoa(id+1) + `" class="comment"><div class="comment-content">Text</div><ol class="children">`)
		}
		b.WriteString(strings.Repeat("</ol></li>", depth) + `</ol></body></html>`)
		root, err := html.Parse(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		items := findAll(root, isWPComment)
		index := map[*html.Node]int{}
		for i, it := range items {
			index[it] = i
		}
		calls := 0
		isItem := func(n *html.Node) bool { calls++; _, ok := index[n]; return ok }
		for _, it := range items {
			if n := wpComment(it, index, isItem); n.body != "Text" {
				t.Fatalf("body %q", n.body)
			}
		}
		if len(items) != depth {
			t.Fatalf("%d comments, want %d", len(items), depth)
		}
		return calls
	}
	a, b := work(60), work(240)
	if b > 5*a {
		t.Errorf("%d steps for a thread 60 deep, %d for 240: more than linear", a, b)
	}
}
