package parse

import (
	"regexp"
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/thread"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A saved WordPress page lists its comments as the theme prints them. Each
// comment is the element whose id is comment-N or li-comment-N (the
// outermost, when a theme gives both), wherever the list is; a reply is
// inside the comment it answers (ol.children, ul.children, div.children),
// as deep as the blog allows. The author is .fn (its link the author's
// site), else the name in a cite before "says:", "sagt:", "dijo:"; the
// time time[datetime] (exact, with the blog's offset), else the text of
// the comment's meta line; the text .comment-content or a theme's own
// class for it, without the author, meta, reply links and replies.
// Pingbacks and trackbacks (li.pingback, li.trackback) are left out and
// counted unless IncludeHidden.

// wpCommentID returns N of a WordPress comment id "comment-N" or
// "li-comment-N", or "".
func wpCommentID(id string) string {
	id = strings.TrimPrefix(id, "li-")
	n, ok := strings.CutPrefix(id, "comment-")
	if !ok || n == "" {
		return ""
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return ""
		}
	}
	return n
}

// isWPComment is a WordPress comment's element.
func isWPComment(n *html.Node) bool {
	return (isTag(n, atom.Li) || isTag(n, atom.Div) || isTag(n, atom.Article)) && wpCommentID(attr(n, "id")) != ""
}

// wpBodyClasses are the classes themes give a comment's text, the most
// specific first.
var wpBodyClasses = []string{"comment-content", "comment-text", "commenttext", "comment-entry", "comment_text", "comment-body"}

// wpChrome are the parts of a comment that are not its text.
var wpChrome = []string{"comment-author", "vcard", "comment-meta", "commentmetadata", "comment-metadata", "reply", "children",
	"comment-reply-link", "comment-edit-link", "edit-link", "says", "comment-awaiting-moderation", "comment-respond"}

func readWordPressPage(root *html.Node) pageRead {
	var r pageRead
	r.title, r.author, r.dateText, r.body, r.published = wpPost(root)
	items := findAll(root, isWPComment)
	seen := map[string]bool{}
	keep := items[:0]
	for _, it := range items {
		if id := wpCommentID(attr(it, "id")); !seen[id] {
			seen[id] = true
			keep = append(keep, it)
		}
	}
	index := make(map[*html.Node]int, len(keep))
	for i, it := range keep {
		index[it] = i
	}
	isItem := func(n *html.Node) bool { _, ok := index[n]; return ok }
	for _, it := range keep {
		r.nodes = append(r.nodes, wpComment(it, index, isItem))
	}
	heading := ""
	h := wpHeading(root)
	if h == nil && len(keep) > 0 {
		h = headingBefore(keep[0], r.title)
	}
	if h != nil {
		heading = oneLine(h, nil)
		if n, ok := firstNumber(heading); ok {
			r.declared = &n
		}
	}
	r.found = len(r.nodes) > 0 || heading != "" || find(root, func(n *html.Node) bool { return attr(n, "id") == "comments" }) != nil
	var v lang.Votes
	if _, langs, _ := lang.Count(heading); langs != 0 {
		v.Add(langs)
	}
	r.language = pageLanguage(root, v)
	return r
}

// wpComment reads the comment it; the parts that are its own are those
// whose nearest comment is it, not a reply inside it.
func wpComment(it *html.Node, index map[*html.Node]int, isItem func(*html.Node) bool) pageNode {
	n := pageNode{parent: -1, key: attr(it, "id")}
	if p := closest(it, isItem); p != nil {
		n.parent = index[p]
	}
	n.pingback = hasAnyClass(it, "pingback", "trackback")
	part := func(match func(*html.Node) bool) *html.Node { return findIn(it, isItem, match) }
	var named *html.Node // the element the author's name came from: not text
	if fn := part(func(c *html.Node) bool { return hasClass(c, "fn") }); fn != nil {
		n.author = oneLine(fn, nil)
		n.authorURL = linkOf(fn)
		named = fn
		if c := closest(fn, func(c *html.Node) bool { return isTag(c, atom.Cite) }); c != nil {
			named = c
		}
	} else if cite := part(func(c *html.Node) bool { return isTag(c, atom.Cite) || hasClass(c, "comment-author") }); cite != nil {
		named = cite
		if s := find(cite, func(c *html.Node) bool { return isTag(c, atom.Strong) || isTag(c, atom.B) || isTag(c, atom.A) }); s != nil {
			n.author, n.authorURL = oneLine(s, nil), linkOf(s)
		} else {
			n.author = saysTrimmed(oneLine(cite, func(c *html.Node) bool { return hasClass(c, "says") }))
		}
	}
	if t := part(func(c *html.Node) bool { return isTag(c, atom.Time) }); t != nil {
		n.shown = oneLine(t, nil)
		if at, err := time.Parse(time.RFC3339, strings.TrimSpace(attr(t, "datetime"))); err == nil {
			n.exact, n.zoned = &at, true
		}
	} else if m := part(func(c *html.Node) bool { return hasAnyClass(c, "commentmetadata", "comment-meta", "comment-metadata") }); m != nil {
		if a := find(m, func(c *html.Node) bool { return isTag(c, atom.A) && !hasClass(c, "comment-edit-link") }); a != nil {
			n.shown = oneLine(a, nil)
		} else {
			n.shown = oneLine(m, nil)
		}
	}
	var body *html.Node
	for _, k := range wpBodyClasses {
		if body = part(func(c *html.Node) bool { return hasClass(c, k) }); body != nil {
			break
		}
	}
	whole := body == nil // no class names the text: the comment less its parts
	if whole {
		body = it
	}
	chrome := func(c *html.Node) bool {
		// A cite or footer in a comment's text is text; around it, the
		// author's name and the meta line.
		return c == named || isItem(c) || hasAnyClass(c, wpChrome...) || isTag(c, atom.Form) || whole && (isTag(c, atom.Cite) || isTag(c, atom.Footer))
	}
	n.body = nodeText(body, chrome)
	if n.author == "" || n.shown == "" {
		textParts(&n)
	}
	return n
}

// saysLine is a theme's line "NAME says:" in the languages of the blogs
// read ("sagt:", "dijo:", "a dit :", ...).
var saysLine = regexp.MustCompile(`(?i)^(.{1,80}?)\s+(?:says|said|wrote|sagt|schreibt|schrieb|dijo|dice|escribió|escribe|a dit|écrit|disse|diz|escreveu|ha detto|scrive|zegt|schreef|skriver|skrev|napisał|pisze|kirjoitti|yazdı|пишет|написал|napsal|menulis|berkata)\s*:?$`)

// textParts finds, in a comment whose theme gives them no element of their
// own, the author and the time in its text: a first line "NAME says:" and
// a line that is only a date and time, at its start or end. What it finds
// leaves the body.
func textParts(n *pageNode) {
	lines := strings.Split(n.body, "\n")
	var full []int // the lines with text
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			full = append(full, i)
		}
	}
	if len(full) < 2 {
		return // a line alone is the text
	}
	drop := map[int]bool{}
	if n.author == "" {
		if m := saysLine.FindStringSubmatch(strings.TrimSpace(lines[full[0]])); m != nil {
			n.author, drop[full[0]] = m[1], true
		}
	}
	if n.shown == "" {
		for _, k := range []int{len(full) - 1, 0, 1, len(full) - 2} {
			if k < 0 || k >= len(full) || drop[full[k]] {
				continue
			}
			l := strings.TrimSpace(lines[full[k]])
			if st, ok := header.StampLine(l); ok && st.HasDate {
				n.shown, drop[full[k]] = l, true
				break
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := lines[:0]
	for i, l := range lines {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	n.body = strings.TrimSpace(strings.Join(kept, "\n"))
}

// dateClass reports whether a class of n says it is a date, in a theme's
// language ("entry-date", "fecha", "datum").
func dateClass(n *html.Node) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		for _, w := range []string{"date", "fecha", "datum", "data", "date-time"} {
			if strings.Contains(c, w) && !strings.Contains(c, "update") {
				return true
			}
		}
	}
	return false
}

// linkOf is the address of a link that n is or holds.
func linkOf(n *html.Node) string {
	if isTag(n, atom.A) {
		return attr(n, "href")
	}
	if a := find(n, func(c *html.Node) bool { return isTag(c, atom.A) }); a != nil {
		return attr(a, "href")
	}
	return ""
}

// saysTrimmed is an author's name less the word a theme puts after it
// ("says:", "sagt:", "dijo:", "a dit :").
func saysTrimmed(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 && strings.HasSuffix(f[len(f)-1], ":") {
		f = f[:len(f)-1]
		if len(f) > 1 && (f[len(f)-1] == "a" || f[len(f)-1] == "ha") { // "a dit :", "ha detto:"
			f = f[:len(f)-1]
		}
	}
	return strings.Join(f, " ")
}

// wpHeading is the heading of the comment list that gives its count: a
// heading (or an element whose class says it is one, as
// span.comments__headline) in the comment section, before its comments.
func wpHeading(root *html.Node) *html.Node {
	heading := func(n *html.Node) bool {
		if isTag(n, atom.H1) || isTag(n, atom.H2) || isTag(n, atom.H3) || isTag(n, atom.H4) {
			return true
		}
		for _, c := range strings.Fields(attr(n, "class")) {
			if strings.Contains(c, "comments") && (strings.Contains(c, "title") || strings.Contains(c, "headline") || strings.Contains(c, "heading")) {
				return true
			}
		}
		return false
	}
	if h := find(root, func(n *html.Node) bool {
		return heading(n) && (hasAnyClass(n, "comments-title", "comments-header", "comment-title") || attr(n, "id") == "comments")
	}); h != nil {
		return h
	}
	section := find(root, func(n *html.Node) bool { return attr(n, "id") == "comments" || hasClass(n, "comments-area") })
	if section == nil {
		return nil
	}
	var h *html.Node
	walk(section, func(n *html.Node) bool {
		if isWPComment(n) {
			return false // the comments have begun
		}
		if heading(n) {
			h = n
		}
		return h == nil
	})
	return h
}

// headingBefore is the heading of a comment list that no class or id
// names: the last heading with a number before the first comment, within
// three levels above it, other than the post's title.
func headingBefore(first *html.Node, title string) *html.Node {
	anc := first
	for range 3 {
		if anc.Parent != nil {
			anc = anc.Parent
		}
	}
	var h *html.Node
	walk(anc, func(n *html.Node) bool {
		if n == first {
			return false
		}
		if isTag(n, atom.H2) || isTag(n, atom.H3) || isTag(n, atom.H4) {
			if t := oneLine(n, nil); t != title {
				if _, ok := firstNumber(t); ok {
					h = n
				}
			}
		}
		return true
	})
	return h
}

// wpPost finds the post: its title, author, date as shown, body, and its
// date from a datetime attribute when it has one.
func wpPost(root *html.Node) (title, author, date, body string, published *thread.Date) {
	post := find(root, func(n *html.Node) bool {
		return (isTag(n, atom.Article) || hasAnyClass(n, "post", "hentry", "type-post")) && find(n, func(c *html.Node) bool {
			return hasAnyClass(c, "entry-content", "post-content", "entry")
		}) != nil
	})
	if post == nil {
		post = root
	}
	heading := func(n *html.Node) bool { return isTag(n, atom.H1) || isTag(n, atom.H2) || isTag(n, atom.H3) }
	switch {
	case find(post, func(n *html.Node) bool { return hasAnyClass(n, "entry-title", "post-title") }) != nil:
		title = oneLine(find(post, func(n *html.Node) bool { return hasAnyClass(n, "entry-title", "post-title") }), nil)
	case post != root && find(post, heading) != nil:
		title = oneLine(find(post, heading), nil)
	case find(root, func(n *html.Node) bool { return isTag(n, atom.H1) }) != nil:
		title = oneLine(find(root, func(n *html.Node) bool { return isTag(n, atom.H1) }), nil)
	}
	if b := find(post, func(n *html.Node) bool { return hasAnyClass(n, "entry-content", "post-content", "entry") }); b != nil {
		body = nodeText(b, func(c *html.Node) bool { return hasAnyClass(c, "sharedaddy", "jp-relatedposts", "comments-area") })
	}
	if a := find(post, func(n *html.Node) bool { return isTag(n, atom.A) && attr(n, "rel") == "author" }); a != nil {
		author = oneLine(a, nil)
	} else if a := find(post, func(n *html.Node) bool { return hasAnyClass(n, "author", "byline") && !hasClass(n, "comment-author") }); a != nil {
		if fn := find(a, func(n *html.Node) bool { return hasClass(n, "fn") || isTag(n, atom.A) }); fn != nil {
			a = fn
		}
		author = oneLine(a, nil)
	}
	if t := find(post, func(n *html.Node) bool {
		return isTag(n, atom.Time) || dateClass(n)
	}); t != nil {
		date = oneLine(t, nil)
		if at, err := time.Parse(time.RFC3339, strings.TrimSpace(attr(t, "datetime"))); err == nil {
			d := thread.Date{Year: at.Year(), Month: at.Month(), Day: at.Day()}
			published = &d
		}
	}
	return title, author, date, body, published
}
