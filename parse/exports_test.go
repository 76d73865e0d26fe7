package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
)

// The canonical thread of layouts_test.go, written as each platform
// exports it. Every export must give the tree, authors and times that the
// copy-paste dump gives.

func htmlParas(paras []string) string {
	var out []string
	for _, p := range paras {
		out = append(out, strings.ReplaceAll(html.EscapeString(p), "\n", "<br />"))
	}
	return strings.Join(out, "<br /><br />")
}

// renderBlogger writes a Blogger backup: posts first, then every comment,
// newest first as Blogger lists them; replies point at their comment with
// a related link.
func renderBlogger(p tPost) string {
	const blog = "tag:blogger.com,1999:blog-7001"
	var w strings.Builder
	w.WriteString("\uFEFF<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>\n")
	w.WriteString("<entry><id>" + blog + ".settings.BLOG_NAME</id><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/><content type='text'>Lights</content></entry>\n")
	fmt.Fprintf(&w, "<entry><id>%s.post-100</id><published>%s</published><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title type='text'>%s</title><content type='html'>%s</content><author><name>Cornish Lights</name></author><thr:total>%d</thr:total></entry>\n",
		blog, p.date.Format(time.RFC3339), html.EscapeString(p.title), html.EscapeString(htmlParas(p.body)), p.count())
	type ent struct {
		id, parent string
		n          tNode
	}
	var es []ent
	for i, c := range p.comments {
		cid := fmt.Sprint(200 + i*10)
		es = append(es, ent{cid, "", c})
		for j, r := range c.replies {
			parent := cid
			if j == 1 {
				parent = fmt.Sprint(200 + i*10 + 1) // a reply to the first reply
			}
			es = append(es, ent{fmt.Sprint(200 + i*10 + j + 1), parent, r})
		}
	}
	for k := len(es) - 1; k >= 0; k-- {
		e := es[k]
		related := ""
		if e.parent != "" {
			related = fmt.Sprintf("<link rel='related' type='application/atom+xml' href='https://www.blogger.com/feeds/7001/100/comments/default/%s'/>", e.parent)
		}
		fmt.Fprintf(&w, "<entry><id>%s.post-%s</id><published>%s</published><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/><content type='html'>%s</content>%s<author><name>%s</name></author><thr:in-reply-to ref='%s.post-100' type='text/html'/></entry>\n",
			blog, e.id, e.n.at.Add(41*time.Second+123*time.Millisecond).Format("2006-01-02T15:04:05.000-07:00"), html.EscapeString(htmlParas(e.n.paras)), related, e.n.author, blog)
	}
	w.WriteString("</feed>\n")
	return w.String()
}

// renderTakeout writes the Takeout feed.
func renderTakeout(p tPost) string {
	var w strings.Builder
	w.WriteString("<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>\n")
	fmt.Fprintf(&w, "<entry><id>tag:blogger.com,1999:blog-7001.post-100</id><blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status><title>%s</title><content type='html'><![CDATA[%s]]></content><published>%s</published><author><name>Cornish Lights</name></author></entry>\n",
		html.EscapeString(p.title), htmlParas(p.body), p.date.Format(time.RFC3339))
	fmt.Fprintf(&w, "<entry><id>tag:blogger.com,1999:blog-7001.post-999</id><blogger:type>POST</blogger:type><blogger:status>DRAFT</blogger:status><title>A draft</title><content type='html'>Not yet.</content></entry>\n")
	for i, c := range p.comments {
		cid := fmt.Sprint(200 + i*10)
		fmt.Fprintf(&w, "<entry><id>tag:blogger.com,1999:blog-7001.post-%s</id><blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status><blogger:parent>tag:blogger.com,1999:blog-7001.post-100</blogger:parent><content type='html'>%s</content><published>%s</published><author><name>%s</name></author></entry>\n",
			cid, html.EscapeString(htmlParas(c.paras)), c.at.Format(time.RFC3339), c.author)
		for j, r := range c.replies {
			fmt.Fprintf(&w, "<entry><id>tag:blogger.com,1999:blog-7001.post-%d</id><blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status><blogger:parent>tag:blogger.com,1999:blog-7001.post-100</blogger:parent><blogger:inReplyTo>tag:blogger.com,1999:blog-7001.post-%s</blogger:inReplyTo><content type='html'>%s</content><published>%s</published><author><name>%s</name></author></entry>\n",
				200+i*10+j+1, cid, html.EscapeString(htmlParas(r.paras)), r.at.Format(time.RFC3339), r.author)
		}
	}
	w.WriteString("</feed>\n")
	return w.String()
}

// renderWXR writes a WordPress export, times in GMT, with a spam comment
// and a pingback that must not show.
func renderWXR(p tPost) string {
	var w strings.Builder
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Lights</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>About</title><wp:post_type>page</wp:post_type><wp:status>publish</wp:status></item>
`)
	fmt.Fprintf(&w, "<item><title>%s</title><dc:creator><![CDATA[Cornish Lights]]></dc:creator><content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>100</wp:post_id><wp:post_date>%s</wp:post_date><wp:post_date_gmt>%s</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>\n",
		html.EscapeString(p.title), strings.Join(p.body, "\n\n"), p.date.Format("2006-01-02 15:04:05"), p.date.UTC().Format("2006-01-02 15:04:05"))
	id := 1
	comment := func(n tNode, parent int, approved string) int {
		me := id
		id++
		fmt.Fprintf(&w, "<wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author><![CDATA[%s]]></wp:comment_author><wp:comment_date>%s</wp:comment_date><wp:comment_date_gmt>%s</wp:comment_date_gmt><wp:comment_content><![CDATA[%s]]></wp:comment_content><wp:comment_approved>%s</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>%d</wp:comment_parent></wp:comment>\n",
			me, n.author, n.at.Format("2006-01-02 15:04:05"), n.at.UTC().Add(17*time.Second).Format("2006-01-02 15:04:05"), strings.Join(n.paras, "\n\n"), approved, parent)
		return me
	}
	for _, c := range p.comments {
		cid := comment(c, 0, "1")
		prev := cid
		for j, r := range c.replies {
			parent := cid
			if j == 1 {
				parent = prev // WordPress nests deeper than Blogger shows
			}
			prev = comment(r, parent, "1")
		}
	}
	comment(tNode{author: "Spammer", at: p.date, paras: []string{"Cheap watches"}}, 0, "spam")
	w.WriteString("<wp:comment><wp:comment_id>99</wp:comment_id><wp:comment_author>Other Blog</wp:comment_author><wp:comment_content>Pingback</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>pingback</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>\n")
	w.WriteString("</item>\n</channel>\n</rss>\n")
	return w.String()
}

// renderDisqus writes a Disqus export: the thread, then its posts in no
// particular order, a deleted one among them.
func renderDisqus(p tPost) string {
	var w strings.Builder
	w.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
<category dsq:id="1"><forum>lights</forum><title>General</title></category>
`)
	fmt.Fprintf(&w, "<thread dsq:id=\"50\"><id>post-100</id><forum>lights</forum><category dsq:id=\"1\"/><link>https://lights.example/clocks</link><title>%s</title><message/><createdAt>%s</createdAt><author><name>Cornish Lights</name></author></thread>\n",
		html.EscapeString(p.title), p.date.UTC().Format(time.RFC3339))
	type ent struct {
		id, parent string
		n          tNode
	}
	var es []ent
	for i, c := range p.comments {
		cid := fmt.Sprint(600 + i*10)
		es = append(es, ent{cid, "", c})
		for j, r := range c.replies {
			es = append(es, ent{fmt.Sprint(600 + i*10 + j + 1), cid, r})
		}
	}
	for k := len(es) - 1; k >= 0; k-- { // newest first
		e := es[k]
		parent := ""
		if e.parent != "" {
			parent = `<parent dsq:id="` + e.parent + `"/>`
		}
		fmt.Fprintf(&w, "<post dsq:id=\"%s\"><id/><message><![CDATA[%s]]></message><createdAt>%s</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>%s</name><isAnonymous>false</isAnonymous></author><thread dsq:id=\"50\"/>%s</post>\n",
			e.id, htmlParas(e.n.paras), e.n.at.UTC().Format(time.RFC3339), e.n.author, parent)
	}
	w.WriteString("<post dsq:id=\"999\"><message><![CDATA[removed]]></message><createdAt>2024-10-27T10:00:00Z</createdAt><isDeleted>true</isDeleted><isSpam>false</isSpam><author><name>Gone</name></author><thread dsq:id=\"50\"/></post>\n")
	w.WriteString("</disqus>\n")
	return w.String()
}

func TestExportsGiveTheTextTree(t *testing.T) {
	p := Parser{Stages: enriched}
	text, err := p.ParseBytes("copypaste", []byte(renderCopyPaste(canon, true)))
	if err != nil {
		t.Fatal(err)
	}
	want := gotShape(text.Posts[0])
	for _, tt := range []struct{ name, src, format string }{
		{"blogger", renderBlogger(canon), "blogger"},
		{"takeout", renderTakeout(canon), "takeout"},
		{"wxr", renderWXR(canon), "wxr"},
		{"disqus", renderDisqus(canon), "disqus"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := p.ParseBytes(tt.name, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.format || len(doc.Posts) != 1 {
				t.Fatalf("format %q with %d posts, want %s with 1; warnings %v", doc.Format, len(doc.Posts), tt.format, doc.Warnings)
			}
			post := doc.Posts[0]
			if diff := cmp.Diff(want, gotShape(post)); diff != "" {
				t.Errorf("tree differs from the text dump's (-text +%s):\n%s", tt.name, diff)
			}
			if post.Title != text.Posts[0].Title || post.Published.String() != text.Posts[0].Published.String() {
				t.Errorf("post %q %v, want %q %v", post.Title, post.Published, text.Posts[0].Title, text.Posts[0].Published)
			}
			if len(post.Comments[1].Quotes) != 1 || post.Comments[1].Quotes[0].Kind != "tweet" {
				t.Errorf("the enrichment passes did not run: quotes %v", post.Comments[1].Quotes)
			}
			// Streaming gives the same posts.
			var n int
			for sp, err := range p.Posts(tt.name, strings.NewReader(tt.src)) {
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, gotShape(sp)); diff != "" {
					t.Errorf("Posts: tree differs (-text +%s):\n%s", tt.name, diff)
				}
				n++
			}
			if n != 1 {
				t.Errorf("Posts yielded %d posts", n)
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		in        string
		keepLines htmlLineEnds
		want      string
	}{
		{"One<br />Two<br/><br>Three", false, "One\nTwo\n\nThree"},
		{"<p>First para.</p><p>Second   para,\nwrapped.</p>", false, "First para.\n\nSecond para, wrapped."},
		{"Fish &amp; chips &lt;3 &quot;yes&quot; &#8217;tis&nbsp;here", false, "Fish & chips <3 \"yes\" ’tis\u00a0here"},
		{`See <a href="https://example.org/a?b=1&amp;c=2">the notice</a> and <a href="https://example.org/x"></a>.`, false, "See the notice and https://example.org/x."},
		{"<i>it</i><b>al</b>ic <span class='x'>kept</span>", false, "italic kept"},
		{"2 < 3 and a lone < sign", false, "2 < 3 and a lone < sign"},
		{"Line one\nLine two\n\nNew para", true, "Line one\nLine two\n\nNew para"},
		{"  padded  ", false, "padded"},
		{"", false, ""},
		// Multi-byte spaces are whole spaces (issue 20, row 7).
		{"Bonjour\u202f! Et\u3000puis\u2009x\u2028y\u1680z\u0085w", false, "Bonjour ! Et puis x y z w"},
		// A "<" that opens no tag is text (row 8).
		{"if x < 5 and y > 3 then ok. I <3 this", false, "if x < 5 and y > 3 then ok. I <3 this"},
		{"a<b", false, "a<b"},
		// Script and style hold no text (row 9).
		{"<script>alert(1)</script>Hi<style>p{color:red}</style> there", false, "Hi there"},
	}
	for _, tt := range tests {
		if got := htmlText(tt.in, tt.keepLines); got != tt.want {
			t.Errorf("htmlText(%q, %v) = %q, want %q", tt.in, tt.keepLines, got, tt.want)
		}
	}
	if _, dropped := htmlTextDropped("<script>x()</script>ok", htmlLineEndsSpace); !dropped {
		t.Errorf("a script's contents dropped without saying so")
	}
}

// TestExportChildElements: the text of child elements of a message (a
// <b> in a Disqus message, Atom's type="xhtml") is kept; a script's is
// dropped with a warning (issue 20, row 9).
func TestExportChildElements(t *testing.T) {
	src := `<?xml version="1.0"?>
<disqus xmlns:dsq="http://disqus.com/disqus-internals">
<thread dsq:id="1"><title>T</title></thread>
<post dsq:id="2"><message>Hello <b>bold</b> world<script>steal()</script></message><thread dsq:id="1"/></post>
</disqus>`
	doc, err := (&Parser{Stages: enriched}).ParseBytes("x.xml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Posts[0].Comments[0].Body; got != "Hello bold world" {
		t.Errorf("body %q, want the child's text kept and the script's dropped", got)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Line != 4 || !strings.Contains(doc.Warnings[0].Message, "<script>") {
		t.Errorf("warnings %v, want one at line 4 for the script", doc.Warnings)
	}
	atom := `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
<entry><id>tag:blogger.com,1999:blog-1.post-1</id><category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2008/kind#post"/><title>P</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">One <i>two</i> three</div></content></entry>
</feed>`
	doc, err = (&Parser{Stages: enriched, Format: "blogger"}).ParseBytes("a.xml", []byte(atom))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Posts[0].Body; got != "One two three" {
		t.Errorf("xhtml content %q, want One two three", got)
	}
}

// TestExportOddities: hidden comments come back when asked for, and broken
// XML is an error with its place.
func TestExportOddities(t *testing.T) {
	src := []byte(renderWXR(canon))
	p := Parser{Stages: enriched, IncludeHidden: true}
	doc, err := p.ParseBytes("wxr", src)
	if err != nil {
		t.Fatal(err)
	}
	post := doc.Posts[0]
	for _, q := range doc.Posts {
		if q.Count() > post.Count() {
			post = q // not the page "About", which IncludeHidden keeps too
		}
	}
	if n := post.Count(); n != canon.count()+2 {
		t.Errorf("IncludeHidden: %d comments and replies, want %d (the spam one and the pingback too)", n, canon.count()+2)
	}
	// A malformed element is skipped with a warning at its place; the rest
	// is kept.
	doc, err = (&Parser{Stages: enriched, Format: "disqus"}).ParseBytes("bad.xml", []byte("<disqus>\n<thread dsq:id=\"1\"><title>x</title></thread>\n<post><message>unclosed</disqus>"))
	if err != nil || len(doc.Posts) != 1 || len(doc.Warnings) == 0 || doc.Warnings[0].Line != 3 || !strings.Contains(doc.Warnings[0].Message, "3:") {
		t.Errorf("broken XML: %v %+v, want the thread and a warning at line 3", err, doc)
	}
	// Text that is no XML at all is an error with its place.
	var pe *Error
	_, err = (&Parser{Stages: enriched, Format: "disqus"}).ParseBytes("bad.xml", []byte("just some text\nand more"))
	if !errors.As(err, &pe) || pe.Line == 0 {
		t.Errorf("not XML: %v, want an *Error with a line", err)
	}
}

// TestExportRules holds the export readers to the rules of the importers,
// on fixtures written for them (testdata/exports): TestGolden compares the
// whole trees; this names each rule.
func TestExportRules(t *testing.T) {
	read := func(file string, p Parser) *thread.Document {
		t.Helper()
		src, err := os.ReadFile("../testdata/exports/" + file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.ParseBytes(file, src)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	warned := func(doc *thread.Document, text string) bool {
		for _, w := range doc.Warnings {
			if strings.Contains(w.Message, text) {
				return true
			}
		}
		return false
	}

	// WXR: no post_type is a post, no comment_approved approved; a
	// trashed comment that others answer stays as a placeholder; a reply
	// to a reply names it; a draft with a comment is kept with its status.
	doc := read("wxr-rules.xml", Parser{Stages: enriched})
	if len(doc.Posts) != 2 {
		t.Fatalf("wxr: %d posts, want the item without a type and the draft with a comment", len(doc.Posts))
	}
	c := doc.Posts[0].Comments
	if len(c) != 1 || c[0].Author != "Gil" || len(c[0].Replies) != 3 {
		t.Fatalf("wxr: comments %+v, want Gil's (no comment_approved) with 3 replies", c)
	}
	if r := c[0].Replies; !r[0].Deleted || r[0].Body != "" || r[1].ReplyTo != "1.1" || r[2].ReplyTo != "1.2" {
		t.Errorf("wxr: replies %+v, want the trashed placeholder, then replies to 1.1 and 1.2", r)
	}
	if c[0].Span.StartLine != 7 || c[0].Span.EndLine != 7 {
		t.Errorf("wxr: comment span %+v, want its own line 7", c[0].Span)
	}
	if p := doc.Posts[1]; p.Status != "draft" || p.Type != "post" || p.Count() != 1 {
		t.Errorf("wxr: draft post %+v", p)
	}
	for _, w := range []string{"1 pingback left out", "1 unapproved comment left out", "1 page left out", "1 item of type attachment left out"} {
		if !warned(doc, w) {
			t.Errorf("wxr: no warning %q in %v", w, doc.Warnings)
		}
	}
	if doc := read("wxr-rules.xml", Parser{Stages: enriched, IncludeHidden: true}); len(doc.Posts) != 3 || doc.Posts[0].Count() != 6 {
		t.Errorf("wxr IncludeHidden: %d posts, want the page too, and all 6 comments of the first", len(doc.Posts))
	}

	// Blogger: a draft without comments is left out, one with comments
	// kept as a draft; a page with comments is kept, one without left out.
	doc = read("blogger-drafts.xml", Parser{Stages: enriched})
	var got []string
	for _, p := range doc.Posts {
		got = append(got, p.Title+"|"+p.Status+"|"+p.Type)
	}
	want := []string{"Beans in||post", "Draft that was once live|draft|post", "Swaps||page"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blogger posts (-want +got):\n%s", diff)
	}
	if !warned(doc, "1 draft left out") || !warned(doc, "1 page left out") {
		t.Errorf("blogger: warnings %v", doc.Warnings)
	}

	// Disqus: junk before the XML and a malformed post are read past with
	// warnings at their place; the deleted post that Max answers stays as
	// a placeholder; the spam post is counted.
	doc = read("disqus-damaged.xml", Parser{Stages: enriched})
	if !warned(doc, "29 bytes before the XML skipped") || !warned(doc, "34:17: xml: unquoted") || !warned(doc, "1 spam comment left out") {
		t.Errorf("disqus: warnings %v", doc.Warnings)
	}
	p := doc.Posts[0]
	if p.Title != "The night ferry" || len(p.Comments) != 2 || !p.Comments[1].Deleted || p.Comments[1].Replies[0].Author != "Max" || p.Comments[0].Replies[0].Author != "Nia" {
		t.Errorf("disqus: tree %+v", p)
	}

	// Every format honours Limits.MaxNodes.
	for _, file := range []string{"wxr-rules.xml", "blogger-drafts.xml", "disqus-damaged.xml"} {
		src, _ := os.ReadFile("../testdata/exports/" + file)
		var pe *Error
		if _, err := (&Parser{Stages: enriched, Limits: Limits{MaxNodes: 1}}).ParseBytes(file, src); !errors.As(err, &pe) || !strings.Contains(pe.Error(), "MaxNodes") {
			t.Errorf("%s with MaxNodes 1: %v, want a limit error", file, err)
		}
		n := 0
		var err error
		for _, err = range (&Parser{Stages: enriched, Limits: Limits{MaxNodes: 1}}).Posts(file, bytes.NewReader(src)) {
			if err != nil {
				break
			}
			n++
		}
		if err == nil {
			t.Errorf("%s streamed with MaxNodes 1: no error", file)
		}
	}
}

// TestBuildCommentsLinear: a chain of replies, each answering the one
// before (issue 20, row 4), and a chain of hidden parents, cost work in
// proportion to their length: the steps at 4N are at most 4 times those
// at N, and a little more.
func TestBuildCommentsLinear(t *testing.T) {
	steps := func(n int, hide bool) int {
		ns := make([]exportNode, n)
		for i := range ns {
			ns[i] = exportNode{key: strconv.Itoa(i), order: i}
			if i > 0 {
				ns[i].parent = strconv.Itoa(i - 1)
			}
			if hide && i < n-1 {
				ns[i].hidden = "deleted comment"
			}
		}
		return buildComments(&thread.Post{}, ns, &hidden{}, func(thread.WarningKind, string) {})
	}
	for _, hide := range []bool{false, true} {
		a, b := steps(2000, hide), steps(8000, hide)
		if b > 4*a+64 {
			t.Errorf("hidden %v: %d steps at N, %d at 4N: more than linear", hide, a, b)
		}
	}
}

// TestBuildCommentsByParent: replies go under their parent whatever their
// times, and a reply that cannot is kept as a comment with a warning that
// names the cause (issue 20, row 11).
func TestBuildCommentsByParent(t *testing.T) {
	at := func(m int) *time.Time { u := time.Date(2024, 1, 1, 12, m, 0, 0, time.UTC); return &u }
	ns := []exportNode{
		{key: "1", order: 0, node: thread.Node{Time: at(10)}},
		{key: "2", parent: "1", order: 1, node: thread.Node{Time: at(9)}},  // a minute before its parent
		{key: "3", parent: "2", order: 2, node: thread.Node{Time: at(8)}},  // before both
		{key: "4", parent: "4", order: 3, node: thread.Node{Time: at(20)}}, // itself
		{key: "5", parent: "6", order: 4, node: thread.Node{Time: at(21)}}, // a loop of two
		{key: "6", parent: "5", order: 5, node: thread.Node{Time: at(22)}},
		{key: "7", parent: "99", order: 6, node: thread.Node{Time: at(23)}},
		{key: "8", parent: "7", order: 7, node: thread.Node{Time: at(24)}},
	}
	var warnings []string
	p := &thread.Post{}
	buildComments(p, ns, &hidden{}, func(_ thread.WarningKind, m string) { warnings = append(warnings, m) })
	// In time order under the comment: 3 (12:08) answers 2 (12:09), 1.2.
	if len(p.Comments) < 1 || len(p.Comments[0].Replies) != 2 || p.Comments[0].Replies[0].ReplyTo != "1.2" {
		t.Fatalf("comment 1: %+v, want replies 3 and 2 under it, 3 answering 2", p.Comments[0])
	}
	want := []string{
		"reply 4 answers itself; kept as a comment",
		"reply 5 is in a thread of replies that loops back on itself; kept as a comment",
		"reply 7 answers 99, which is not in the export; kept as a comment",
	}
	// 6 hangs under 5, which heads the loop; 8 under 7, kept as a comment.
	if n := len(p.Comments); n != 4 || len(p.Comments[2].Replies) != 1 || len(p.Comments[3].Replies) != 1 {
		t.Errorf("%d comments, want 1, 4, 5 (with 6) and 7 (with 8)", n)
	}
	if diff := cmp.Diff(want, warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += n
	return n, err
}

// TestWXRCharsetStreams: an export that declares ISO-8859-1 is decoded a
// piece at a time, not read whole (issue 20, row 6), and its text comes
// out right whether its bytes are Latin-1 or, despite the declaration,
// UTF-8.
func TestWXRCharsetStreams(t *testing.T) {
	item := "<item><title>Caf\xe9 %d</title><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ren\xe9e</wp:comment_author><wp:comment_content>D\xe9j\xe0 vu.</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment></item>\n"
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="ISO-8859-1"?>` + "\n" + `<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>` + "\n")
	for i := range 20000 {
		fmt.Fprintf(&b, item, i)
	}
	b.WriteString("</channel></rss>\n")
	latin := b.String()
	cr := &countingReader{r: strings.NewReader(latin)}
	n := 0
	for post, err := range (&Parser{Stages: enriched, Format: "wxr"}).Posts("x.xml", cr) {
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			if post.Title != "Café 0" || post.Comments[0].Author != "Renée" || post.Comments[0].Body != "Déjà vu." {
				t.Errorf("first post %q, comment %q %q", post.Title, post.Comments[0].Author, post.Comments[0].Body)
			}
			if cr.n > 1<<20 {
				t.Errorf("%d bytes of %d read before the first post: not streamed", cr.n, len(latin))
			}
		}
		n++
	}
	if n != 20000 {
		t.Errorf("%d posts, want 20000", n)
	}
	// The same declaration over UTF-8 bytes.
	utf, _ := charmap.ISO8859_1.NewDecoder().String(latin[:len(latin)/400]) // cut mid-item: read past
	doc, err := (&Parser{Stages: enriched, Format: "wxr"}).ParseBytes("y.xml", []byte(utf+"</channel></rss>\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Posts) == 0 || doc.Posts[0].Title != "Café 0" {
		t.Errorf("UTF-8 under an ISO-8859-1 declaration: %+v", doc.Posts)
	}
}

// TestExportDetection: an export is known past a DOCTYPE and in UTF-16
// (issue 20, row 10), forced or not.
func TestExportDetection(t *testing.T) {
	src, err := os.ReadFile("../testdata/exports/disqus.xml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := (&Parser{Stages: enriched}).ParseBytes("x", src)
	if err != nil {
		t.Fatal(err)
	}
	decl, rest, _ := strings.Cut(string(stripBOM(src)), "\n")
	doctype := decl + "\n<!DOCTYPE disqus [\n<!ENTITY copy \"(c)\">\n]>\n" + rest
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range string(stripBOM(src)) {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for _, tt := range []struct {
		name string
		src  []byte
	}{{"doctype", []byte(doctype)}, {"utf-16", utf16}} {
		for _, format := range []string{"", "disqus"} {
			doc, err := (&Parser{Stages: enriched, Format: format}).ParseBytes("x", tt.src)
			if err != nil {
				t.Fatalf("%s %q: %v", tt.name, format, err)
			}
			if doc.Format != "disqus" || len(doc.Posts) != len(want.Posts) || doc.Posts[0].Count() != want.Posts[0].Count() {
				t.Errorf("%s %q: format %q, %d posts, want disqus and %d", tt.name, format, doc.Format, len(doc.Posts), len(want.Posts))
			}
		}
	}
}

// TestExportSmallThings: authors are normalised like any text (a leading
// zero-width space cannot hide a formula from the CSV guard), a comment
// id given twice is reported, and UTF-16 of an odd length says so (issue
// 20, row 16).
func TestExportSmallThings(t *testing.T) {
	src := `<?xml version="1.0"?>
<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<item><title>T</title><dc:creator>` + "\u200b" + `=HYPERLINK("x")</dc:creator><wp:post_type>post</wp:post_type>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>` + "\ufeff" + `@SUM(A1)</wp:comment_author><wp:comment_content>a</wp:comment_content></wp:comment>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Bo</wp:comment_author><wp:comment_content>b</wp:comment_content></wp:comment>
</item></channel></rss>`
	doc, err := (&Parser{Stages: enriched}).ParseBytes("x.xml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Posts[0]
	if p.Author != `=HYPERLINK("x")` || p.Comments[0].Author != "@SUM(A1)" {
		t.Errorf("authors %q %q, want them without the invisible characters", p.Author, p.Comments[0].Author)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || strings.Contains(w.Message, "comment id 1 appears more than once")
	}
	if !found {
		t.Errorf("warnings %v, want the repeated id", doc.Warnings)
	}
	odd := []byte{0xFF, 0xFE, 'H', 0, 'i', 0, '\n', 0, 'x'}
	doc, err = (&Parser{Stages: enriched}).ParseBytes("odd.txt", odd)
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for _, w := range doc.Warnings {
		found = found || strings.Contains(w.Message, "half a character")
	}
	if !found {
		t.Errorf("odd UTF-16: warnings %v", doc.Warnings)
	}
}

// TestXMLAttacks keeps what held against the red team (issue 20): entities
// are never expanded nor files read, and deep nesting ends cleanly.
func TestXMLAttacks(t *testing.T) {
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<disqus xmlns:dsq="http://disqus.com/disqus-internals">
<thread dsq:id="1"><title>T</title></thread>
<post dsq:id="2"><message>&lol3; and &xxe;</message><thread dsq:id="1"/></post>
<post dsq:id="3"><message>kept</message><thread dsq:id="1"/></post>
</disqus>`
	doc, err := (&Parser{Stages: enriched}).ParseBytes("x.xml", []byte(laughs))
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(doc)
	if bytes.Contains(js, []byte("lollol")) || bytes.Contains(js, []byte("root:")) {
		t.Errorf("an entity was expanded: %s", js)
	}
	if len(doc.Posts) != 1 || doc.Posts[0].Count() != 1 || doc.Posts[0].Comments[0].Body != "kept" {
		t.Errorf("the good post is lost: %s", js)
	}
	deep := "<?xml version=\"1.0\"?>\n<disqus>\n<thread>" + strings.Repeat("<a>", 200000) + strings.Repeat("</a>", 200000) + "</thread>\n</disqus>\n"
	_, err = (&Parser{Stages: enriched}).ParseBytes("deep.xml", []byte(deep))
	var pe *Error
	if err != nil && !errors.As(err, &pe) {
		t.Errorf("deep nesting: %v, want a parse or an *Error", err)
	}
}

// TestExportDamageRedTeam holds the export readers to what a red-team pass
// found in them: no panic on a damaged export in another charset, the
// good element after a broken one kept, no element taken for one whose
// name it starts, no post made up from a CDATA section, columns of the
// input's lines, loops of replies found at once, the lines of a streamed
// export after junk, and a DOCTYPE with quotes.
func TestExportDamageRedTeam(t *testing.T) {
	parse := func(format, src string) *thread.Document {
		t.Helper()
		doc, err := (&Parser{Stages: enriched, Format: format}).ParseBytes("x.xml", []byte(src))
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("%v, want a document or an *Error", err)
			}
			return nil
		}
		return doc
	}
	// 1. Another charset, cut short: no panic.
	parse("wxr", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><item><title>Caf\xe9</title>")
	parse("wxr", "<?xml encoding=\"b\"?>\xff<item>")
	if doc := parse("", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>Caf\xe9</title><wp:post_type>post</wp:post_type></item></channel></rss>"); doc == nil || doc.Posts[0].Title != "Café" {
		t.Errorf("Latin-1 export: %+v", doc)
	}
	head := "<?xml version=\"1.0\"?>\n<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">"
	// 2. The good post after a broken one.
	doc := parse("disqus", head+"<thread dsq:id=\"1\"/>\n<post dsq:id=\"100\"><thread dsq:id=\"1\"/><message>unclosed</post>\n<post dsq:id=\"101\"><message>GOOD ONE</message><thread dsq:id=\"1\"/></post>\n<post dsq:id=\"102\"><message>GOOD TWO</message><thread dsq:id=\"1\"/></post></disqus>")
	if doc == nil || doc.Posts[0].Count() != 2 {
		t.Errorf("good posts after a broken one: %+v", doc)
	}
	// 3. <itemx> is not an <item>.
	wxr := "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>\n"
	doc = parse("wxr", wxr+"<itemx a=b/>\n<item><title>Good1</title></item>\n<item><title>Good2</title></item>\n</channel></rss>")
	if doc == nil || len(doc.Posts) != 2 {
		t.Errorf("<itemx>: %+v", doc)
	}
	// 4. A CDATA section that holds "<item>" makes no post.
	doc = parse("wxr", wxr+"<item><title>A & B</title><content:encoded><![CDATA[End an entry with </item>, like: <item><title>FAKE</title></item>]]></content:encoded></item>\n<item><title>Real</title></item>\n</channel></rss>")
	for _, p := range doc.Posts {
		if p.Title == "FAKE" {
			t.Errorf("a post made up from a CDATA section")
		}
	}
	// 5. Columns after a restart are the input's.
	doc = parse("disqus", head+"\n<post dsq:id=100><message>a</message></post>\n<post dsq:id=101><message>b</message></post>\n</disqus>")
	var cols []string
	for _, w := range doc.Warnings {
		if i := strings.Index(w.Message, ": xml:"); i > 0 {
			cols = append(cols, w.Message[strings.IndexByte(w.Message, ':')+1:i])
		}
	}
	if len(cols) != 2 || cols[0] != cols[1] {
		t.Errorf("columns %v, want the same column on both lines", cols)
	}
	// 6. Loops of replies are found at once.
	loops := func(n int) int {
		var ns []exportNode
		for i := range n {
			a, b := strconv.Itoa(2*i), strconv.Itoa(2*i+1)
			ns = append(ns, exportNode{key: a, parent: b, order: 2 * i}, exportNode{key: b, parent: a, order: 2*i + 1})
		}
		return buildComments(&thread.Post{}, ns, &hidden{}, func(thread.WarningKind, string) {})
	}
	if a, b := loops(1000), loops(4000); b > 5*a {
		t.Errorf("loops: %d steps at N, %d at 4N", a, b)
	}
	// 7. A streamed export after junk has the lines of the input.
	src, _ := os.ReadFile("../testdata/exports/wordpress.xml")
	junk := append([]byte("garbage line one\ngarbage two\n"), src...)
	whole := parse("", string(junk))
	for post, err := range (&Parser{Stages: enriched}).Posts("x.xml", bytes.NewReader(junk)) {
		if err != nil {
			t.Fatal(err)
		}
		if post.Span.StartLine != whole.Posts[0].Span.StartLine {
			t.Errorf("streamed start line %d, whole %d", post.Span.StartLine, whole.Posts[0].Span.StartLine)
		}
		break
	}
	// 8. A DOCTYPE with ">" and "]>" in quoted strings.
	for _, dt := range []string{`<!DOCTYPE rss SYSTEM "http://x/a>b.dtd">`, `<!DOCTYPE rss [ <!ENTITY x "]>"> ]>`} {
		s := strings.Replace(string(src), "\n", "\n"+dt+"\n", 1)
		if doc := parse("", s); doc == nil || doc.Format != "wxr" {
			t.Errorf("%s: not read as WXR", dt)
		}
	}
}

// TestLoopBehindAReply: a reply that leads into a loop it is not part of
// leaves no loop in reply_to (a review's finding).
func TestLoopBehindAReply(t *testing.T) {
	ns := []exportNode{
		{key: "c", order: 0},
		{key: "n", parent: "a", order: 1},
		{key: "a", parent: "b", order: 2},
		{key: "b", parent: "a", order: 3},
	}
	p := &thread.Post{}
	buildComments(p, ns, &hidden{}, func(thread.WarningKind, string) {})
	ids := map[string]string{}
	for _, c := range p.Comments {
		for _, r := range c.Replies {
			ids[r.ID] = r.ReplyTo
		}
	}
	for id, to := range ids {
		if to != "" && ids[to] == id {
			t.Errorf("replies %s and %s answer each other", id, to)
		}
	}
	// A broken item inside WXR's channel costs one warning, not a second
	// one for the channel's end.
	src := "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<item><title>Bad &bogus</title></item>\n<item><title>Good</title></item>\n</channel>\n</rss>\n"
	doc, err := (&Parser{Stages: enriched}).ParseBytes("x.xml", []byte(src))
	if err != nil || len(doc.Warnings) != 1 || len(doc.Posts) != 1 || doc.Posts[0].Title != "Good" {
		t.Errorf("%v %+v", err, doc)
	}
}
