package parse

// Disqus's XML export: see exports.go for what the exports share.

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// disqusPost is a post (a comment) of a Disqus export.
type disqusPost struct {
	ID        string  `xml:"http://disqus.com/disqus-internals id,attr"`
	Message   xmlText `xml:"message"`
	CreatedAt string  `xml:"createdAt"`
	IsDeleted string  `xml:"isDeleted"`
	IsSpam    string  `xml:"isSpam"`
	Author    struct {
		Name     string `xml:"name"`
		Username string `xml:"username"`
	} `xml:"author"`
	Thread struct {
		ID string `xml:"http://disqus.com/disqus-internals id,attr"`
	} `xml:"thread"`
	Parent struct {
		ID string `xml:"http://disqus.com/disqus-internals id,attr"`
	} `xml:"parent"`
}

type disqusThread struct {
	ID        string  `xml:"http://disqus.com/disqus-internals id,attr"`
	Link      string  `xml:"link"`
	Title     xmlText `xml:"title"`
	Message   xmlText `xml:"message"`
	CreatedAt string  `xml:"createdAt"`
	Author    struct {
		Name string `xml:"name"`
	} `xml:"author"`
}

// asPost returns the post of a thread, whose element starts on line, with
// its time in loc.
func (t *disqusThread) asPost(span thread.Span, loc *time.Location, line int, warn func(thread.Warning)) *thread.Post {
	post := &thread.Post{Title: normalize.String(htmlText(string(t.Title), htmlLineEndsSpace)), Body: normalize.String(exportText(t.Message, htmlLineEndsSpace, line, warn)),
		Author: textutil.TrimSpace(normalize.String(t.Author.Name)), Span: span}
	if tm := parseTime(t.CreatedAt, time.UTC); tm != nil {
		u := tm.In(loc)
		post.Time = &u
		post.Published = &thread.Date{Year: u.Year(), Month: u.Month(), Day: u.Day()}
	}
	return post
}

// asNode returns the comment a Disqus post is, the n-th of the export, whose
// element starts on line, with its time in loc; a deleted or spam post is
// marked hidden.
func (dp *disqusPost) asNode(n int, span thread.Span, loc *time.Location, line int, warn func(thread.Warning)) exportNode {
	en := exportNode{key: dp.ID, parent: dp.Parent.ID, order: n, node: thread.Node{
		Author: textutil.TrimSpace(normalize.String(cmp.Or(dp.Author.Name, dp.Author.Username))), AuthorSource: thread.SourceHeader,
		Body: normalize.String(exportText(dp.Message, htmlLineEndsSpace, line, warn)), Span: span,
	}}
	if en.node.Author == "" {
		en.node.AuthorSource = ""
	}
	if tm := parseTime(dp.CreatedAt, time.UTC); tm != nil {
		u := tm.In(loc)
		en.node.Time = &u
	}
	switch {
	case strings.TrimSpace(dp.IsDeleted) == "true":
		en.hidden, en.node.Deleted = "deleted comment", true
	case strings.TrimSpace(dp.IsSpam) == "true":
		en.hidden = "spam comment"
	}
	return en
}

// parseDisqus reads a Disqus export: threads become posts, posts comments.
// A deleted or spam post is left out and counted, unless IncludeHidden, or
// kept as a deleted placeholder when a shown post answers it.
func parseDisqus(p *Parser, name string, src []byte) (*thread.Document, error) {
	loc := p.loc()
	doc := &thread.Document{Source: name, Encoding: normalize.UTF8, Warnings: []thread.Warning{}, Posts: []*thread.Post{}}
	warn := func(w thread.Warning) { doc.Warnings = append(doc.Warnings, w) }
	var h hidden
	byID := map[string]*thread.Post{}
	comments := map[string][]exportNode{}
	var order []string
	n := 0
	r := &xmlReader{name: name, src: src, names: []string{"thread", "post"}, warn: warn}
	err := r.each(func(el *xmlElement) error {
		switch el.name {
		case "thread":
			var t disqusThread
			span, err := el.decode(&t)
			if err != nil {
				return err
			}
			post := t.asPost(span, loc, el.line, warn)
			if _, dup := byID[t.ID]; dup {
				warn(thread.Warning{Line: el.line, Kind: thread.WarnDuplicate, Message: fmt.Sprintf("thread %s again: the first one kept", t.ID)})
				return nil
			}
			order = append(order, t.ID)
			byID[t.ID] = post
		case "post":
			var dp disqusPost
			span, err := el.decode(&dp)
			if err != nil {
				return err
			}
			n++
			en := dp.asNode(n, span, loc, el.line, warn)
			if p.IncludeHidden {
				en.hidden = ""
			}
			comments[dp.Thread.ID] = append(comments[dp.Thread.ID], en)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, id := range order {
		post := byID[id]
		buildComments(post, comments[id], &h, func(k thread.WarningKind, m string) {
			warn(thread.Warning{Line: post.Span.StartLine, Kind: k, Message: m})
		})
		delete(comments, id)
		doc.Posts = append(doc.Posts, post)
	}
	for _, id := range sortedIDs(comments) {
		ns := comments[id]
		post := &thread.Post{Title: "(posts of thread " + id + ", which is not in the export)"}
		buildComments(post, ns, &h, func(k thread.WarningKind, m string) { warn(thread.Warning{Kind: k, Message: m}) })
		if len(post.Comments) == 0 {
			continue
		}
		doc.Posts = append(doc.Posts, post)
		warn(thread.Warning{Line: ns[0].node.Span.StartLine, Kind: thread.WarnOrphan, Message: fmt.Sprintf("%d posts of thread %s, which is not in the export, kept in a post of their own", len(post.Comments), id)})
	}
	doc.Warnings = append(doc.Warnings, h.warnings()...)
	return doc, nil
}
