package parse

// Blogger's backup and Google Takeout feed (Atom): see exports.go for
// what the exports share.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// tailID returns the run of digits that ends s (Blogger's ids end with
// the post's or comment's number), or s when it has none.
func tailID(s string) string {
	s = strings.TrimSpace(s)
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i == len(s) {
		return s
	}
	return s[i:]
}

// atomEntry is an entry of a Blogger backup or Takeout feed.
type atomEntry struct {
	ID         string  `xml:"id"`
	Published  string  `xml:"published"`
	Title      xmlText `xml:"title"`
	Content    xmlText `xml:"content"`
	Categories []struct {
		Scheme string `xml:"scheme,attr"`
		Term   string `xml:"term,attr"`
	} `xml:"category"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Author struct {
		Name string `xml:"name"`
	} `xml:"author"`
	InReplyTo struct {
		Ref string `xml:"ref,attr"`
	} `xml:"http://purl.org/syndication/thread/1.0 in-reply-to"`
	Total   string `xml:"http://purl.org/syndication/thread/1.0 total"`
	Type    string `xml:"http://schemas.google.com/blogger/2018 type"`
	Parent  string `xml:"http://schemas.google.com/blogger/2018 parent"`
	ReplyTo string `xml:"http://schemas.google.com/blogger/2018 inReplyTo"`
	Status  string `xml:"http://schemas.google.com/blogger/2018 status"`
	Draft   string `xml:"control>draft"` // app:control, in either app namespace
}

// kind is "post", "comment", or what else the entry is.
func (e *atomEntry) kind() string {
	if e.Type != "" {
		return strings.ToLower(e.Type)
	}
	for _, c := range e.Categories {
		if c.Scheme == kindScheme {
			if i := strings.LastIndexByte(c.Term, '#'); i >= 0 {
				return c.Term[i+1:]
			}
			return c.Term
		}
	}
	return "unknown"
}

// parent returns the export id of the comment a comment answers: Takeout's
// inReplyTo, or the id that ends the backup's related link.
func (e *atomEntry) parent() string {
	if e.ReplyTo != "" {
		return tailID(e.ReplyTo)
	}
	for _, l := range e.Links {
		if l.Rel == "related" {
			if i := strings.Index(l.Href, "/comments/default/"); i >= 0 {
				return tailID(l.Href[i+len("/comments/default/"):])
			}
		}
	}
	return ""
}

// post returns the export id of the post a comment belongs to.
func (e *atomEntry) post() string {
	if e.Parent != "" {
		return tailID(e.Parent)
	}
	return tailID(e.InReplyTo.Ref)
}

// asPost returns the post or page (kind) an entry is, with its status
// (upper case) and whether it is a draft, its element starting on line.
func (e *atomEntry) asPost(kind, status string, draft bool, span thread.Span, loc *time.Location, line int, warn func(thread.Warning)) *thread.Post {
	post := &thread.Post{Title: normalize.String(htmlText(string(e.Title), htmlLineEndsSpace)), Body: normalize.String(exportText(e.Content, htmlLineEndsSpace, line, warn)),
		Author: textutil.TrimSpace(normalize.String(e.Author.Name)), Span: span, Type: kind}
	switch {
	case draft:
		post.Status = "draft"
	case status != "":
		post.Status = strings.ToLower(status) // Takeout's LIVE is "live"
	}
	if t := parseTime(e.Published, loc); t != nil {
		post.Time = t
		post.Published = &thread.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
	}
	if n, err := strconv.Atoi(strings.TrimSpace(e.Total)); err == nil {
		post.DeclaredComments = &n
	}
	return post
}

// asNode returns the comment an entry is, the order-th of the feed, its
// element starting on line.
func (e *atomEntry) asNode(order int, span thread.Span, loc *time.Location, line int, warn func(thread.Warning)) exportNode {
	n := exportNode{key: tailID(e.ID), parent: e.parent(), order: order, node: thread.Node{
		Author: textutil.TrimSpace(normalize.String(e.Author.Name)), AuthorSource: thread.SourceHeader,
		Time: parseTime(e.Published, loc), Body: normalize.String(exportText(e.Content, htmlLineEndsSpace, line, warn)),
		Span: span,
	}}
	if n.node.Author == "" {
		n.node.AuthorSource = ""
	}
	return n
}

// parseAtom reads Blogger's backup and Takeout feeds. Drafts (app:draft
// yes, or a status other than LIVE) and pages are kept when they have
// comments; without, they are left out and counted, as are comments whose
// status is not LIVE, unless IncludeHidden.
func parseAtom(p *Parser, name string, src []byte) (*thread.Document, error) {
	loc := p.loc()
	doc := &thread.Document{Source: name, Encoding: normalize.UTF8, Warnings: []thread.Warning{}}
	warn := func(w thread.Warning) { doc.Warnings = append(doc.Warnings, w) }
	var h hidden
	var posts []*thread.Post
	var postIDs, postHidden []string
	comments := map[string][]exportNode{}
	var orphans []exportNode
	order := 0
	r := &xmlReader{name: name, src: src, names: []string{"entry"}, warn: warn}
	err := r.each(func(el *xmlElement) error {
		var e atomEntry
		span, err := el.decode(&e)
		if err != nil {
			return err
		}
		line := el.line
		status := strings.ToUpper(strings.TrimSpace(e.Status))
		draft := strings.EqualFold(strings.TrimSpace(e.Draft), "yes") || status == "DRAFT"
		switch k := e.kind(); k {
		case "post", "page":
			post := e.asPost(k, status, draft, span, loc, line, warn)
			kind := ""
			switch {
			case p.IncludeHidden:
			case draft:
				kind = "draft"
			case status != "" && status != "LIVE":
				kind = strings.ToLower(status) + " post"
			case k == "page":
				kind = "page"
			}
			posts = append(posts, post)
			postIDs = append(postIDs, tailID(e.ID))
			postHidden = append(postHidden, kind)
		case "comment":
			order++
			n := e.asNode(order, span, loc, line, warn)
			if status != "" && status != "LIVE" && !p.IncludeHidden {
				n.hidden = strings.ToLower(status) + " comment"
			}
			pid := e.post()
			if pid == "" {
				orphans = append(orphans, n)
				warn(thread.Warning{Line: line, Kind: thread.WarnOrphan, Message: "comment " + n.key + " names no post"})
				return nil
			}
			comments[pid] = append(comments[pid], n)
		case "settings", "template":
		default:
			warn(thread.Warning{Line: line, Kind: thread.WarnSkipped, Message: fmt.Sprintf("entry of kind %q skipped", k)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	doc.Posts = assembleAtom(doc, posts, postIDs, postHidden, comments, orphans, &h, warn)
	return doc, nil
}

// assembleAtom puts the comments of a feed under their posts (postIDs, in
// order) and returns the posts kept: a hidden post (postHidden says why)
// only when it has comments, and a post of its own for the comments whose
// post is not in the feed.
func assembleAtom(doc *thread.Document, posts []*thread.Post, postIDs, postHidden []string, comments map[string][]exportNode, orphans []exportNode, h *hidden, warn func(thread.Warning)) []*thread.Post {
	kept := posts[:0]
	for i, post := range posts {
		id := postIDs[i]
		buildComments(post, comments[id], h, func(k thread.WarningKind, m string) {
			warn(thread.Warning{Line: post.Span.StartLine, Kind: k, Message: m})
		})
		delete(comments, id)
		if postHidden[i] != "" && len(post.Comments) == 0 {
			h.add(postHidden[i])
			continue
		}
		kept = append(kept, post)
	}
	posts = kept
	for _, id := range sortedIDs(comments) {
		ns := comments[id]
		orphans = append(orphans, ns...)
		warn(thread.Warning{Line: ns[0].node.Span.StartLine, Kind: thread.WarnOrphan, Message: fmt.Sprintf("%d comments of post %s, which is not in the export, kept in a post of their own", len(ns), id)})
	}
	if len(orphans) > 0 {
		post := &thread.Post{Title: "(comments whose post is not in the export)"}
		buildComments(post, orphans, h, func(k thread.WarningKind, m string) { warn(thread.Warning{Kind: k, Message: m}) })
		posts = append(posts, post)
	}
	for _, post := range posts {
		checkDeclared(doc, post)
	}
	doc.Warnings = append(doc.Warnings, h.warnings()...)
	return posts
}
