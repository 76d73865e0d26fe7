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

// TestPageRedTeam: what a red-team pass found wrong with saved pages.
func TestPageRedTeam(t *testing.T) {
	parse := func(src string) *thread.Document {
		t.Helper()
		doc, err := (&Parser{}).ParseBytes("x", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	// A text dump that mentions tags in its comments is a text dump.
	if doc := parse("A post.\n\n1 comment:\n\nAnn 2 June 2025 at 10:00\nUse <body> and <header> tags.\nReplyDelete\n"); doc.Format == BloggerHTML || doc.Posts[0].Count() != 1 {
		t.Errorf("a dump mentioning <body>: format %s, %d nodes", doc.Format, doc.Posts[0].Count())
	}
	// A UTF-8 page that declares no charset is read as UTF-8 (the bytes
	// decide, all of them, not the first kilobyte's ASCII).
	page := "<!DOCTYPE html><html><head><title>T</title></head><body>" + strings.Repeat("<p>plain ascii filler</p>", 60) +
		`<ol class="comment-list"><li id="comment-1" class="comment"><b class="fn">Ágnes Kovács</b><div class="comment-content">Спасибо!</div></li></ol>` +
		`<link href="/wp-content/x.css"></body></html>`
	if doc := parse(page); doc.Encoding != "utf-8" || doc.Posts[0].Count() != 1 || doc.Posts[0].Comments[0].Author != "Ágnes Kovács" || doc.Posts[0].Comments[0].Body != "Спасибо!" {
		t.Errorf("UTF-8 without a charset: %s, %+v", doc.Encoding, doc.Posts[0].Comments)
	}
	// Classic comments whose authors are all unlinked lose "said...".
	classic := `<!DOCTYPE html><html><head><meta name="generator" content="blogger"></head><body><div id="comments"><h4>2 comments:</h4><dl id="comments-block">` +
		`<dt class="comment-author">Anonymous said...</dt><dd class="comment-body"><p>First.</p></dd>` +
		`<dt class="comment-author">Anónimo dijo...</dt><dd class="comment-body"><p>Second.</p></dd></dl></div></body></html>`
	if doc := parse(classic); doc.Posts[0].Count() != 2 || doc.Posts[0].Comments[0].Author != "Anonymous" || doc.Posts[0].Comments[1].Author != "Anónimo" {
		t.Errorf("unlinked classic authors: %+v", doc.Posts[0].Comments)
	}
	// A cite in a WordPress comment's text is text.
	wp := `<!DOCTYPE html><html><head><link href="/wp-content/x.css"></head><body><ol class="comment-list"><li id="comment-1" class="comment">` +
		`<div class="comment-author"><cite class="fn">Ann</cite> <span class="says">says:</span></div>` +
		`<div class="comment-content"><p>As <cite>Monty Don</cite> says, stake it.</p></div></li></ol></body></html>`
	if doc := parse(wp); doc.Posts[0].Comments[0].Body != "As Monty Don says, stake it." || doc.Posts[0].Comments[0].Author != "Ann" {
		t.Errorf("cite in the text: %+v", doc.Posts[0].Comments[0].Node)
	}
	// A count heading's number is not the year in a quoted title.
	if n, ok := firstNumber("Responses to ‘Best of 2019’"); ok {
		t.Errorf("firstNumber of a quoted title: %d", n)
	}
	if n, ok := firstNumber("3 Antworten auf „Top 10 Rezepte“"); !ok || n != 3 {
		t.Errorf("firstNumber: %d %v, want 3", n, ok)
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
