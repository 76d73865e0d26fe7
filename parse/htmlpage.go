package parse

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// Saved pages: a blog post's page as the browser saves it, a wget mirror
// or a crawler's copy, read with golang.org/x/net/html (the HTML5 parsing
// algorithm, which recovers from any markup). The markup gives what no text
// dump can: the nesting, the comment ids, the author's profile link, and
// the exact time of a comment from its permalink. Two formats register,
// one per platform (htmlblogger.go, htmlwp.go); -format auto knows a page
// from its first bytes, and which platform from the whole of it.

// Format names of saved pages.
const (
	BloggerHTML   = "blogger-html"
	WordPressHTML = "wordpress-html"
)

func init() {
	for _, f := range []Format{
		{Name: BloggerHTML, Description: "a saved Blogger page (HTML): the post and its comments, exact times from the permalinks", Sniff: sniffBloggerHTML,
			Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
				return p.parsePage(name, src, BloggerHTML)
			}},
		{Name: WordPressHTML, Description: "a saved WordPress page (HTML): the post and its comment list, replies as deep as the page nests them", Sniff: sniffWordPressHTML,
			Parse: func(p *Parser, name string, src []byte) (*thread.Document, error) {
				return p.parsePage(name, src, WordPressHTML)
			}},
	} {
		f.spansSet = true
		if err := Register(f); err != nil {
			panic(err)
		}
	}
}

// pageMarkers count the signs of each platform in the start of a page.
func pageMarkers(head []byte) (blogger, wordpress int, isHTML bool) {
	h := bytes.ToLower(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}))
	h = bytes.TrimLeft(h, " \t\r\n")
	// A page starts with its markup: a text dump that mentions <body> or
	// <header> in a comment is not one.
	for bytes.HasPrefix(h, []byte("<!--")) {
		end := bytes.Index(h, []byte("-->"))
		if end < 0 {
			return 0, 0, false
		}
		h = bytes.TrimLeft(h[end+3:], " \t\r\n")
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<link", "<text id=", "<?xml"} {
		if bytes.HasPrefix(h, []byte(tag)) && (len(h) == len(tag) || !isNameByte(h[len(tag)])) {
			isHTML = true
		}
	}
	if bytes.HasPrefix(h, []byte("<?xml")) && !bytes.Contains(h, []byte("<html")) {
		isHTML = false // an export, unless XHTML
	}
	if !isHTML {
		return 0, 0, false
	}
	for _, m := range []string{"content='blogger'", `content="blogger"`, "blogger.com", "blogspot.com", "xmlns:b=", "www.google.com/2005/gml"} {
		blogger += bytes.Count(h, []byte(m))
	}
	for _, m := range []string{"wp-content", "wp-includes", "wordpress", "wp-json", "wp-comments-post"} {
		wordpress += bytes.Count(h, []byte(m))
	}
	return blogger, wordpress, isHTML
}

// isNameByte reports whether c goes on a tag's name ("<header" is not
// "<head").
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == ':'
}

// sniffBloggerHTML is sure of an HTML page that shows Blogger's marks, and
// takes any other HTML page without WordPress's: parsePage then looks at
// the whole page to tell the platform.
func sniffBloggerHTML(head []byte) int {
	b, w, ok := pageMarkers(head)
	switch {
	case !ok:
		return 0
	case b > 0 && b >= w:
		return 80
	case w == 0:
		return 55
	}
	return 0
}

func sniffWordPressHTML(head []byte) int {
	b, w, ok := pageMarkers(head)
	if ok && w > 0 && w > b {
		return 80
	}
	return 0
}

// pageNode is a comment as a page shows it.
type pageNode struct {
	key       string // the page's id of it: "c1453690633000", "comment-45"
	parent    int    // the index of the comment it answers, or -1
	author    string
	authorURL string
	shown     string     // its time as the page shows it
	exact     *time.Time // the instant, from a permalink, an id or an attribute
	zoned     bool       // exact is in the blog's own offset (a datetime attribute)
	body      string
	deleted   bool
	pingback  bool // a pingback or trackback
}

// pageRead is what a platform's reader found in a page.
type pageRead struct {
	platform  string
	title     string
	author    string
	body      string
	dateText  string       // the post's date as shown
	published *thread.Date // its date, when an attribute gives it exactly
	declared  *int
	language  string
	nodes     []pageNode
	found     bool       // a comment section was found (nodes may still be none)
	heading   string     // the comment section's heading
	section   *html.Node // the comment section
}

// parsePage reads a saved page. When the page came by sniffing (the format
// picked for it is want, but auto), the platform the whole page shows wins.
func (p *Parser) parsePage(name string, src []byte, want string) (*thread.Document, error) {
	text, enc := pageText(src, p.Encoding)
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// x/net/html refuses a page nested more than 512 elements deep
		// (and fails on nothing else from a string): its text is read
		// as a dump instead.
		return p.pageAsText(name, text, err)
	}
	platform := want
	if p.Format == "" || p.Format == "auto" {
		platform = pagePlatform(root)
	}
	var reads []pageRead
	if platform == WordPressHTML {
		reads = []pageRead{readWordPressPage(root)}
	} else {
		reads = readBloggerPage(root)
	}
	loc := cmp.Or(p.Location, time.UTC)
	doc := &thread.Document{Source: name, Format: platform, Encoding: enc, Language: reads[0].language, Warnings: []thread.Warning{}, Posts: []*thread.Post{}}
	for i := range reads {
		reads[i].platform = platform
		post := reads[i].post(p, loc, func(w thread.Warning) { doc.Warnings = append(doc.Warnings, w) })
		doc.Posts = append(doc.Posts, post)
	}
	return doc, nil
}

// pageAsText reads the text of a page that x/net/html cannot parse, as
// the text layouts read a dump, with a warning that says why.
func (p *Parser) pageAsText(name, page string, why error) (*thread.Document, error) {
	q := *p
	q.Format = Archive // the text layouts, never a saved page again
	doc, err := q.ParseBytes(name, []byte(htmlText(page, htmlLineEndsSpace)))
	if err != nil {
		return nil, err
	}
	doc.Warnings = append([]thread.Warning{{Line: 1, Kind: thread.WarnSkipped,
		Message: fmt.Sprintf("the page's markup was not read (%v): its text is read as a dump", why)}}, doc.Warnings...)
	return doc, nil
}

// pageText decodes a page to UTF-8: in the encoding asked for
// (Parser.Encoding), else by its byte order mark or its <meta> charset
// (x/net/html/charset), else as UTF-8 when all of it is, else as
// Windows-1252.
func pageText(src []byte, asked string) (string, string) {
	var e encoding.Encoding
	name := ""
	switch strings.ToLower(asked) {
	case "", normalize.Auto:
		var certain bool
		e, name, certain = charset.DetermineEncoding(src[:min(len(src), 1024)], "")
		if !certain && utf8.Valid(src) {
			name = "utf-8" // no declaration: the bytes decide, all of them
		}
	default:
		d, err := normalize.Decode(src, asked)
		if err == nil {
			return d.Text, d.Encoding
		}
	}
	if name == "utf-8" || e == nil {
		return string(bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})), "utf-8"
	}
	out, _, err := transform.Bytes(e.NewDecoder(), src)
	if err != nil {
		return string(src), "utf-8"
	}
	return string(out), name
}

// pagePlatform tells a WordPress page from a Blogger one by their marks in
// the whole page: WordPress's comment ids and form, Blogger's generator,
// namespace and comment ids.
func pagePlatform(root *html.Node) string {
	b, w := 0, 0
	walk(root, func(n *html.Node) bool {
		id := attr(n, "id")
		switch {
		case wpCommentID(id) != "":
			w += 2
		case bloggerCommentID(id) != "", id == "comment-holder", id == "comments-block":
			b += 2
		case isTag(n, atom.Meta) && attr(n, "name") == "generator":
			if c := strings.ToLower(attr(n, "content")); strings.HasPrefix(c, "blogger") {
				b += 10
			} else if strings.HasPrefix(c, "wordpress") {
				w += 10
			}
		case isTag(n, atom.Input) && attr(n, "name") == "comment_post_ID":
			w += 10
		case isTag(n, atom.Html) && attr(n, "xmlns:b") != "":
			b += 10
		}
		return true
	})
	if w > b {
		return WordPressHTML
	}
	return BloggerHTML
}

// post builds the post of r: its comments in page order, each reply under
// the top-level comment of its thread with ReplyTo naming the reply it
// answers (the model nests one level; WordPress nests up to ten).
func (r *pageRead) post(p *Parser, loc *time.Location, warn func(thread.Warning)) *thread.Post {
	post := &thread.Post{Title: r.title, Author: r.author, Body: r.body, DeclaredComments: r.declared, Layout: r.platform, Comments: []*thread.Comment{}}
	post.Published = r.published
	if post.Published == nil && r.dateText != "" {
		if d, _, ok := when.DateLine(r.dateText); ok {
			post.Published = &d
		} else if st, ok := header.StampLine(r.dateText); ok && st.HasDate {
			post.Published = &st.Date
		}
	}
	zones := r.zones(loc)
	top := make([]int, len(r.nodes))    // the index of each node's top-level comment
	ids := make([]string, len(r.nodes)) // our id of each node
	var comments []*thread.Comment
	byIndex := map[int]*thread.Comment{}
	pingbacks := 0
	for i := range r.nodes {
		n := &r.nodes[i]
		parent := n.parent
		if parent >= i {
			parent = -1 // a comment answers one before it, never itself or a later one
		}
		for parent >= 0 && ids[parent] == "" {
			parent = r.nodes[parent].parent // the node it answers was left out
		}
		if n.pingback && !p.IncludeHidden {
			pingbacks++
			continue
		}
		node := thread.Node{Author: n.author, AuthorURL: n.authorURL, Body: n.body, Deleted: n.deleted}
		if n.author != "" {
			node.AuthorSource = thread.SourceHeader
		}
		r.setTime(&node, n, zones[i], loc)
		if parent < 0 {
			c := &thread.Comment{Node: node}
			c.Index = len(comments) + 1
			c.ID = strconv.Itoa(c.Index)
			comments = append(comments, c)
			top[i], ids[i] = i, c.ID
			byIndex[i] = c
			continue
		}
		t := top[parent]
		c := byIndex[t]
		rp := &thread.Reply{Node: node}
		rp.Index = len(c.Replies) + 1
		rp.ID = c.ID + "." + strconv.Itoa(rp.Index)
		if parent != t {
			rp.ReplyTo = ids[parent]
		}
		c.Replies = append(c.Replies, rp)
		top[i], ids[i] = t, rp.ID
	}
	post.Comments = append(post.Comments, comments...)
	datedClocks(post, loc)
	if pingbacks > 0 {
		warn(thread.Warning{Kind: thread.WarnHidden, Message: fmt.Sprintf("%d %s left out (IncludeHidden, -hidden, keeps them)", pingbacks, plural("pingback", pingbacks))})
	}
	if d := post.DeclaredComments; d != nil && *d != post.Count() {
		warn(thread.Warning{Kind: thread.WarnCount, Message: declaredFound(*d, post.Count())})
	}
	if !r.found {
		warn(thread.Warning{Kind: thread.WarnNoLayout, Message: "no comment section found in the page"})
	}
	return post
}

// zones gives each comment the blog's offset from UTC when its time came
// exact: the shown time of day less the instant's, in whole quarters of an
// hour (each comment its own, across a change to summer time); a comment
// that shows no time of day takes the offset most comments show, and
// without any, loc.
func (r *pageRead) zones(loc *time.Location) []*time.Location {
	out := make([]*time.Location, len(r.nodes))
	votes := map[int]int{}
	best, bestN := 0, 0
	for i, n := range r.nodes {
		if n.exact == nil || n.zoned {
			continue
		}
		h, m, ok := shownClock(n.shown)
		if !ok {
			continue
		}
		u := n.exact.UTC()
		off := (h*60 + m) - (u.Hour()*60 + u.Minute())
		for off <= -12*60 {
			off += 24 * 60
		}
		for off > 14*60 {
			off -= 24 * 60
		}
		off = int(math.Round(float64(off)/15)) * 15
		out[i] = time.FixedZone("", off*60)
		if votes[off]++; votes[off] > bestN {
			best, bestN = off, votes[off]
		}
	}
	page := loc
	if bestN > 0 {
		page = time.FixedZone("", best*60)
	}
	for i := range out {
		if out[i] == nil {
			out[i] = page
		}
	}
	return out
}

// shownClock reads the time of day of a shown time.
func shownClock(s string) (h, m int, ok bool) {
	if st, ok := header.StampLine(s); ok && st.HasClock {
		return st.Hour, st.Minute, true
	}
	if h, m, ok := when.ClockLine(s); ok {
		return h, m, true
	}
	return 0, 0, false
}

// setTime gives node the time of n: the exact instant in the blog's zone
// when the page has it, else what the shown time says.
func (r *pageRead) setTime(node *thread.Node, n *pageNode, zone, loc *time.Location) {
	if n.exact != nil {
		t := *n.exact
		if !n.zoned {
			t = t.In(zone)
		}
		node.Time = &t
		return
	}
	s := strings.TrimSpace(n.shown)
	if s == "" {
		return
	}
	if st, ok := header.StampLine(s); ok {
		switch {
		case st.HasDate && st.HasClock:
			if t, ok := st.Time(nil, loc); ok {
				node.Time = &t
			}
		case st.HasDate:
			d := st.Date
			node.Date = &d
		case st.HasClock:
			node.Clock = fmt.Sprintf("%02d:%02d", st.Hour, st.Minute)
		}
		return
	}
	if t, ok := when.TimeLine(s, loc); ok {
		node.Time = &t
		return
	}
	if h, m, ok := when.ClockLine(s); ok {
		node.Clock = fmt.Sprintf("%02d:%02d", h, m)
	}
}

// pageLanguage is the interface language a page's markers voted for (see
// lang.Votes), its <html lang> deciding a tie between languages that write
// them alike; without votes, its <html lang> when that is a language known.
func pageLanguage(root *html.Node, v lang.Votes) string {
	code := ""
	if h := find(root, func(n *html.Node) bool { return isTag(n, atom.Html) }); h != nil {
		code = strings.ToLower(strings.TrimSpace(attr(h, "lang")))
	} else if isTag(root.FirstChild, atom.Html) {
		code = strings.ToLower(strings.TrimSpace(attr(root.FirstChild, "lang")))
	}
	known := ""
	for _, l := range lang.Languages {
		lc := strings.ToLower(l.Code)
		if code != "" && (code == lc || strings.HasPrefix(code, lc+"-") || strings.HasPrefix(lc, code+"-") || code == "no" && lc == "nb") {
			known = l.Code
			break
		}
	}
	most := 0
	for i := range lang.Languages {
		most = max(most, v[i])
	}
	if most == 0 {
		return known
	}
	for i, l := range lang.Languages {
		if v[i] == most && l.Code == known {
			return known
		}
	}
	return v.Best()
}

// isLetterByte reports whether c ends an ASCII letter (an apostrophe after
// one, "Ann’s", is no quotation mark).
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// firstNumber is the first whole number in s outside quotation marks
// ("42 Responses to “Post 7”"), or a number word that means one ("One
// thought on", "Ein Gedanke zu", "Un comentario").
func firstNumber(s string) (int, bool) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "“"), strings.HasPrefix(s[i:], "”"), strings.HasPrefix(s[i:], "„"), strings.HasPrefix(s[i:], "«"), strings.HasPrefix(s[i:], "»"),
			strings.HasPrefix(s[i:], "‘"), strings.HasPrefix(s[i:], "’") && !(i > 0 && isLetterByte(s[i-1])), strings.HasPrefix(s[i:], "‚"), s[i] == '"':
			quoted = !quoted
		case !quoted && s[i] >= '0' && s[i] <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
			n, err := strconv.Atoi(strings.ReplaceAll(s[i:j], ".", ""))
			return n, err == nil
		}
	}
	if f := strings.Fields(strings.ToLower(s)); len(f) > 0 {
		switch strings.Trim(f[0], ".,:;") {
		case "one", "ein", "eine", "einen", "un", "une", "uno", "una", "um", "uma", "één", "en", "ett", "yksi", "jeden", "jedna", "один", "одна":
			return 1, true
		}
	}
	return 0, false
}
