package parse

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A saved Blogger page holds one of three kinds of comment section, tried
// in this order:
//
//   - threaded (the layout templates since 2012, and the newer themes):
//     li.comment, replies in the li.comment inside it; the author in
//     cite.user (its link the profile), the time in .datetime, whose link's
//     showComment= parameter is the instant in epoch milliseconds, and the
//     text in .comment-content;
//   - classic (dl#comments-block): a dt with the author ("NAME said..."),
//     then dd.comment-body, then dd.comment-footer with the permalink;
//   - the 2004 templates: an element per comment whose id is c and the
//     comment's id, which starts with the epoch milliseconds; the author
//     and time in a footer "By NAME, at TIME" or "posted by NAME : TIME".
//
// The comment section is #comments; its heading ("33 comments:") is the
// declared count. A removed comment's text is span.deleted-comment.

// bloggerCommentID returns the digits of a Blogger comment id
// ("c1453690633000…"), or "".
func bloggerCommentID(id string) string {
	if len(id) < 7 || id[0] != 'c' {
		return ""
	}
	for i := 1; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return ""
		}
	}
	return id[1:]
}

// isComment is a threaded template's comment.
func isComment(n *html.Node) bool { return isTag(n, atom.Li) && hasClass(n, "comment") }

// readBloggerPage reads the posts of a page: one on a post's own page,
// several on an archive page that shows their comments (a .post-outer
// each, under the date header of their day).
func readBloggerPage(root *html.Node) []pageRead {
	outer := findAll(root, func(n *html.Node) bool {
		return hasClass(n, "post-outer") && closest(n, func(p *html.Node) bool { return hasClass(p, "post-outer") }) == nil
	})
	if len(outer) <= 1 {
		r := readBloggerPost(root, root)
		r.language = bloggerLanguage(root, []pageRead{r})
		return []pageRead{r}
	}
	reads := make([]pageRead, 0, len(outer))
	for _, o := range outer {
		reads = append(reads, readBloggerPost(root, o))
	}
	lang := bloggerLanguage(root, reads)
	for i := range reads {
		reads[i].language = lang
	}
	return reads
}

// readBloggerPost reads the post in scope and its comment section.
func readBloggerPost(root, scope *html.Node) pageRead {
	var r pageRead
	r.title, r.author, r.dateText, r.body = bloggerPost(root, scope)
	section := find(scope, func(n *html.Node) bool {
		return attr(n, "id") == "comments" || hasAnyClass(n, "comments", "blogComments")
	})
	in := section
	if in == nil {
		in = scope
	}
	if section != nil {
		r.found = true
		if h := find(section, func(n *html.Node) bool {
			return isTag(n, atom.H4) || isTag(n, atom.H3) || isTag(n, atom.H2)
		}); h != nil {
			r.heading = oneLine(h, nil)
		}
	}
	dl := find(in, func(n *html.Node) bool { return isTag(n, atom.Dl) && attr(n, "id") == "comments-block" })
	switch {
	case find(in, isComment) != nil:
		r.nodes = threadedComments(in)
	case dl != nil:
		r.nodes = classicComments(dl)
	default:
		r.nodes = footerComments(in)
	}
	if len(r.nodes) > 0 {
		r.found = true
	}
	if n, langs, big := lang.Count(r.heading); langs != 0 && !big && n >= 0 {
		r.declared = &n
	}
	r.section = section
	return r
}

// bloggerLanguage is the interface language of a Blogger page: the one
// most of its comment sections' headings and links are in ("33 comments:",
// "Reply", "Eliminar"), the page's <html lang> deciding between languages
// that write them alike (Danish, Norwegian and Swedish "Svar").
func bloggerLanguage(root *html.Node, reads []pageRead) string {
	var v lang.Votes
	for _, r := range reads {
		if _, langs, _ := lang.Count(r.heading); langs != 0 {
			v.Add(langs)
		}
		if r.section == nil {
			continue
		}
		walk(r.section, func(n *html.Node) bool {
			if isTag(n, atom.A) || hasAnyClass(n, "thread-count", "comment-reply", "loadmore") {
				if e, ok := actionTexts[strings.ToLower(oneLine(n, nil))]; ok && e.langs != 0 {
					v.Add(e.langs)
				}
			}
			return true
		})
	}
	return pageLanguage(root, v)
}

// bloggerPost finds the post in scope: its title, author, date as shown
// and body. The date header stands before the post (the posts of a day
// share it).
func bloggerPost(root, scope *html.Node) (title, author, date, body string) {
	post := find(scope, func(n *html.Node) bool {
		return hasAnyClass(n, "post", "post-outer", "blog-post") && find(n, func(c *html.Node) bool { return hasClass(c, "post-body") }) != nil
	})
	if post == nil {
		post = scope
	}
	if t := find(post, func(n *html.Node) bool { return hasAnyClass(n, "post-title", "entry-title") }); t != nil {
		title = oneLine(t, nil)
	}
	if b := find(post, func(n *html.Node) bool { return hasAnyClass(n, "post-body", "entry-content") }); b != nil {
		body = nodeText(b, nil)
	}
	if a := find(post, func(n *html.Node) bool { return hasAnyClass(n, "fn", "g-profile", "post-author-label") }); a != nil {
		author = oneLine(a, nil)
	}
	// The day's header: in the day's .date-outer, or on a post's own
	// page anywhere in it; a post of an archive without day headers has
	// its date in itself (one search of the post each, not of the page).
	day := scope
	if d := closest(scope, func(p *html.Node) bool { return hasClass(p, "date-outer") }); d != nil {
		day = d
	} else if scope == root {
		day = root
	}
	if d := find(day, func(n *html.Node) bool { return hasClass(n, "date-header") }); d != nil {
		date = oneLine(d, nil)
	} else if d := find(post, func(n *html.Node) bool { return hasAnyClass(n, "published", "timestamp-link") }); d != nil {
		date = oneLine(d, nil)
	}
	return title, author, date, body
}

// permalinkTime reads the instant of a Blogger permalink's showComment=
// parameter (epoch milliseconds).
func permalinkTime(href string) *time.Time {
	u, err := url.Parse(href)
	if err != nil {
		return nil
	}
	return epochMillis(u.Query().Get("showComment"))
}

// epochMillis reads the first 13 digits of s as epoch milliseconds, when
// they make a time in Blogger's years.
func epochMillis(s string) *time.Time {
	if len(s) < 13 {
		return nil
	}
	ms, err := strconv.ParseInt(s[:13], 10, 64)
	if err != nil {
		return nil
	}
	t := time.UnixMilli(ms).UTC()
	if t.Year() < 1999 || t.Year() > 2100 {
		return nil
	}
	return &t
}

// threadedComments reads the li.comment of a threaded template. The parts
// of a comment are those whose nearest li.comment is the comment itself,
// not one of its replies.
func threadedComments(scope *html.Node) []pageNode {
	lis := findAll(scope, isComment)
	index := make(map[*html.Node]int, len(lis))
	out := make([]pageNode, 0, len(lis))
	for i, li := range lis {
		index[li] = i
		n := pageNode{parent: -1}
		if p := closest(li, isComment); p != nil {
			if k, ok := index[p]; ok {
				n.parent = k // a li.comment around the section is not a comment of it
			}
		}
		part := func(match func(*html.Node) bool) *html.Node { return findIn(li, isComment, match) }
		n.key = attr(li, "id")
		if b := part(func(c *html.Node) bool { return hasClass(c, "comment-block") }); b != nil && bloggerCommentID(n.key) == "" {
			n.key = attr(b, "id")
		}
		if cite := part(func(c *html.Node) bool { return hasAnyClass(c, "user", "comment-author") }); cite != nil {
			n.author = oneLine(cite, nil)
			if a := find(cite, func(c *html.Node) bool { return isTag(c, atom.A) }); a != nil {
				n.authorURL = attr(a, "href")
			}
		}
		if dt := part(func(c *html.Node) bool { return hasClass(c, "datetime") }); dt != nil {
			n.shown = oneLine(dt, nil)
			if a := find(dt, func(c *html.Node) bool { return isTag(c, atom.A) }); a != nil {
				n.exact = permalinkTime(attr(a, "href"))
			}
		}
		if n.exact == nil {
			n.exact = idTime(bloggerCommentID(n.key))
		}
		if body := part(func(c *html.Node) bool { return hasClass(c, "comment-content") }); body != nil {
			n.body = nodeText(body, nil)
			n.deleted = find(body, func(c *html.Node) bool { return hasClass(c, "deleted-comment") }) != nil
		}
		out = append(out, n)
	}
	return out
}

// classicComments reads dl#comments-block: a dt per comment, then its
// dd.comment-body and dd.comment-footer. A linked author is the link's
// text; an unlinked one is the dt's text less the words that follow the
// linked ones ("said...").
func classicComments(dl *html.Node) []pageNode {
	var out []pageNode
	var unlinked []int
	after := map[string]int{} // the text after a linked author, counted
	avatar := func(c *html.Node) bool { return hasClass(c, "avatar-image-container") || isTag(c, atom.Img) }
	for ch := dl.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case isTag(ch, atom.Dt):
			n := pageNode{parent: -1, key: attr(ch, "id")}
			// The 2005 templates put the permalink in the dt: "At
			// TIME, NAME said...".
			perm := find(ch, isPermalink)
			if perm != nil {
				n.shown, n.exact = oneLine(perm, nil), permalinkTime(attr(perm, "href"))
			}
			skip := func(c *html.Node) bool { return avatar(c) || c == perm }
			var link *html.Node
			for _, a := range findAll(ch, func(c *html.Node) bool { return isTag(c, atom.A) && attr(c, "href") != "" }) {
				if a != perm && closest(a, avatar) == nil {
					link = a
				}
			}
			switch named := find(ch, func(c *html.Node) bool { return hasAnyClass(c, "anon-comment-author", "comment-author-name") }); {
			case link != nil:
				n.author, n.authorURL = oneLine(link, nil), attr(link, "href")
				var rest strings.Builder
				for s := link.NextSibling; s != nil; s = s.NextSibling {
					rest.WriteString(" " + oneLine(s, skip))
				}
				after[strings.TrimSpace(rest.String())]++
			case named != nil:
				n.author = oneLine(named, nil)
			default:
				n.author = oneLine(ch, skip)
				unlinked = append(unlinked, len(out))
			}
			if n.exact == nil {
				n.exact = idTime(bloggerCommentID(n.key))
			}
			out = append(out, n)
		case len(out) == 0:
		case isTag(ch, atom.Dd) && hasClass(ch, "comment-body"):
			n := &out[len(out)-1]
			n.body = nodeText(ch, nil)
			n.deleted = find(ch, func(c *html.Node) bool { return hasClass(c, "deleted-comment") }) != nil
		case isTag(ch, atom.Dd) && hasAnyClass(ch, "comment-footer", "comment-timestamp"):
			n := &out[len(out)-1]
			a := find(ch, func(c *html.Node) bool {
				return isPermalink(c) || isTag(c, atom.A) && closest(c, func(p *html.Node) bool { return hasClass(p, "comment-timestamp") }) != nil
			})
			if a != nil && n.shown == "" {
				n.shown = oneLine(a, nil)
				if t := permalinkTime(attr(a, "href")); t != nil {
					n.exact = t
				}
			}
		}
	}
	said, most := "", 0
	for s, k := range after {
		if k > most && s != "" {
			said, most = s, k
		}
	}
	for _, i := range unlinked {
		switch name, ok := header.Said(out[i].author); {
		case said != "" && strings.HasSuffix(out[i].author, said):
			out[i].author = strings.TrimSpace(strings.TrimSuffix(out[i].author, said))
		case ok:
			out[i].author = name // "Anonymous said...", "Anónimo dijo...": no linked author to learn from
		}
	}
	return out
}

// isPermalink is a comment's permalink: its time is its text.
func isPermalink(n *html.Node) bool {
	if !isTag(n, atom.A) {
		return false
	}
	href := attr(n, "href")
	return attr(n, "title") == "comment permalink" || strings.Contains(href, "showComment=") || bloggerCommentID(strings.TrimPrefix(href, "#")) != ""
}

// footerBy reads a 2004 template's comment footer: "By NAME, at TIME" or
// "# posted by NAME : TIME" (the time may be the permalink's text).
var footerBy = regexp.MustCompile(`(?is)^\s*(?:#\s*)?(?:posted\s+by|by)\s+(.*?)\s*(?:,\s*at|:|@)\s*(.*?)\s*$`)

// isFooterComment is a comment of a 2004 template: an element with the
// comment's id (c and digits), or the old default template's
// div.blogComment.
func isFooterComment(n *html.Node) bool {
	return !isTag(n, atom.A) && bloggerCommentID(attr(n, "id")) != "" || hasClass(n, "blogComment")
}

// footerComments reads a 2004 template: an element per comment, its text
// in .comment-body (else the element's text less its footer and delete
// link) and a footer naming the author and the time.
func footerComments(scope *html.Node) []pageNode {
	var out []pageNode
	for _, el := range findAll(scope, isFooterComment) {
		if closest(el, isFooterComment) != nil {
			continue // a part of a comment, not a comment
		}
		n := pageNode{parent: -1, key: attr(el, "id")}
		n.exact = idTime(bloggerCommentID(n.key))
		footer := find(el, func(c *html.Node) bool {
			return hasAnyClass(c, "comment-data", "comment-footer", "byline", "comment-timestamp", "comment-poster")
		})
		if b := find(el, func(c *html.Node) bool { return hasClass(c, "comment-body") }); b != nil {
			n.body = nodeText(b, nil)
			n.deleted = find(b, func(c *html.Node) bool { return hasClass(c, "deleted-comment") }) != nil
		} else {
			n.body = nodeText(el, func(c *html.Node) bool { return c == footer || hasClass(c, "item-control") })
		}
		if footer != nil {
			perm := find(footer, func(c *html.Node) bool {
				return isTag(c, atom.A) && (attr(c, "title") == "comment permalink" || strings.HasPrefix(attr(c, "href"), "#c"))
			})
			if a := find(footer, func(c *html.Node) bool { return isTag(c, atom.A) && strings.Contains(attr(c, "href"), "/profile/") }); a != nil {
				n.authorURL = attr(a, "href")
			}
			text := oneLine(footer, func(c *html.Node) bool { return hasClass(c, "item-control") })
			if m := footerBy.FindStringSubmatch(text); m != nil {
				n.author, n.shown = m[1], m[2]
			} else {
				n.author = text
			}
			if perm != nil && n.shown == "" {
				n.shown = oneLine(perm, nil)
			}
		}
		out = append(out, n)
	}
	return out
}

// idTime reads the instant in the id of a comment of 2004-2006, whose
// first 13 digits were the epoch milliseconds of its writing (later ids,
// of 19 digits, are not times).
func idTime(digits string) *time.Time {
	if len(digits) > 18 {
		return nil
	}
	t := epochMillis(digits)
	if t == nil || t.Year() > 2008 {
		return nil
	}
	return t
}
