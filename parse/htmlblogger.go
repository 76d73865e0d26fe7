package parse

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

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

func readBloggerPage(root *html.Node) pageRead {
	var r pageRead
	r.title, r.author, r.dateText, r.body = bloggerPost(root)
	section := find(root, func(n *html.Node) bool { return attr(n, "id") == "comments" })
	scope := section
	if scope == nil {
		scope = root
	}
	var heading string
	if section != nil {
		r.found = true
		if h := find(section, func(n *html.Node) bool {
			return isTag(n, atom.H4) || isTag(n, atom.H3) || isTag(n, atom.H2)
		}); h != nil {
			heading = oneLine(h, nil)
		}
	}
	switch {
	case find(scope, isComment) != nil:
		r.nodes = threadedComments(scope)
	case find(scope, func(n *html.Node) bool { return isTag(n, atom.Dl) && attr(n, "id") == "comments-block" }) != nil:
		r.nodes = classicComments(find(scope, func(n *html.Node) bool { return isTag(n, atom.Dl) && attr(n, "id") == "comments-block" }))
	default:
		r.nodes = footerComments(scope)
	}
	if len(r.nodes) > 0 {
		r.found = true
	}
	if n, langs, big := lang.Count(heading); langs != 0 && !big && n >= 0 {
		r.declared = &n
	}
	r.language = pageLanguage(root, heading)
	return r
}

// bloggerPost finds the post: its title, author, date as shown and body.
func bloggerPost(root *html.Node) (title, author, date, body string) {
	post := find(root, func(n *html.Node) bool {
		return hasAnyClass(n, "post", "post-outer", "blog-post") && find(n, func(c *html.Node) bool { return hasClass(c, "post-body") }) != nil
	})
	if post == nil {
		post = root
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
	// The date header stands before the post (it is shared by the posts
	// of a day); the newer themes put a published time in it.
	if d := find(root, func(n *html.Node) bool { return hasClass(n, "date-header") }); d != nil {
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
			n.parent = index[p]
		}
		own := func(c *html.Node) bool { return closest(c, isComment) == li }
		part := func(match func(*html.Node) bool) *html.Node {
			return find(li, func(c *html.Node) bool { return match(c) && own(c) })
		}
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
			n.exact = epochMillis(bloggerCommentID(n.key))
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
			var link *html.Node
			for _, a := range findAll(ch, func(c *html.Node) bool { return isTag(c, atom.A) && attr(c, "href") != "" }) {
				if closest(a, avatar) == nil {
					link = a
				}
			}
			if link != nil {
				n.author, n.authorURL = oneLine(link, nil), attr(link, "href")
				var rest strings.Builder
				for s := link.NextSibling; s != nil; s = s.NextSibling {
					rest.WriteString(" " + oneLine(s, avatar))
				}
				after[strings.TrimSpace(rest.String())]++
			} else {
				n.author = oneLine(ch, avatar)
				unlinked = append(unlinked, len(out))
			}
			n.exact = epochMillis(bloggerCommentID(n.key))
			out = append(out, n)
		case len(out) == 0:
		case isTag(ch, atom.Dd) && hasClass(ch, "comment-body"):
			n := &out[len(out)-1]
			n.body = nodeText(ch, nil)
			n.deleted = find(ch, func(c *html.Node) bool { return hasClass(c, "deleted-comment") }) != nil
		case isTag(ch, atom.Dd) && hasAnyClass(ch, "comment-footer", "comment-timestamp"):
			n := &out[len(out)-1]
			a := find(ch, func(c *html.Node) bool {
				return isTag(c, atom.A) && (attr(c, "title") == "comment permalink" || strings.Contains(attr(c, "href"), "showComment=") || closest(c, func(p *html.Node) bool { return hasClass(p, "comment-timestamp") }) != nil)
			})
			if a != nil {
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
		if said != "" {
			out[i].author = strings.TrimSpace(strings.TrimSuffix(out[i].author, said))
		}
	}
	return out
}

// footerBy reads a 2004 template's comment footer: "By NAME, at",
// "posted by NAME :", with the time in the permalink after it.
var footerBy = regexp.MustCompile(`(?is)^\s*(?:#\s*)?(?:by|posted by)\s+(.*?)\s*(?:,\s*at|:|@)?\s*$`)

// footerComments reads a 2004 template: an element per comment with the
// comment's id (c and digits), its text in .comment-body (else the
// element's text less its footer) and a footer naming the author, with
// the permalink whose text is the time.
func footerComments(scope *html.Node) []pageNode {
	els := findAll(scope, func(n *html.Node) bool { return !isTag(n, atom.A) && bloggerCommentID(attr(n, "id")) != "" })
	var out []pageNode
	for _, el := range els {
		if closest(el, func(p *html.Node) bool { return bloggerCommentID(attr(p, "id")) != "" && !isTag(p, atom.A) }) != nil {
			continue // a part of a comment, not a comment
		}
		n := pageNode{parent: -1, key: attr(el, "id")}
		n.exact = epochMillis(bloggerCommentID(n.key))
		footer := find(el, func(c *html.Node) bool {
			return hasAnyClass(c, "comment-data", "comment-footer", "byline", "comment-timestamp", "comment-poster")
		})
		if b := find(el, func(c *html.Node) bool { return hasClass(c, "comment-body") }); b != nil {
			n.body = nodeText(b, nil)
			n.deleted = find(b, func(c *html.Node) bool { return hasClass(c, "deleted-comment") }) != nil
		} else {
			n.body = nodeText(el, func(c *html.Node) bool { return c == footer })
		}
		if footer != nil {
			perm := find(footer, func(c *html.Node) bool {
				return isTag(c, atom.A) && (attr(c, "title") == "comment permalink" || strings.HasPrefix(attr(c, "href"), "#c"))
			})
			var by strings.Builder
			for ch := footer.FirstChild; ch != nil && ch != perm; ch = ch.NextSibling {
				by.WriteString(" " + oneLine(ch, nil))
				if isTag(ch, atom.A) && strings.Contains(attr(ch, "href"), "/profile/") {
					n.authorURL = attr(ch, "href")
				}
			}
			text := strings.TrimSpace(by.String())
			if m := footerBy.FindStringSubmatch(text); m != nil {
				n.author = m[1]
			} else {
				n.author = text
			}
			if perm != nil {
				n.shown = oneLine(perm, nil)
			}
		}
		out = append(out, n)
	}
	return out
}
