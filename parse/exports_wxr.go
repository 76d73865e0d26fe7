package parse

// WordPress's export (WXR): see exports.go for what the exports share.

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// wxrItem is an item of a WordPress export.
type wxrItem struct {
	Title, Creator, Content           string
	PostID, PostDate, PostGMT, Status string
	PostType                          string // "" when the item has no wp:post_type
	Comments                          []wxrComment
}

// wxrComment is a wp:comment of an item.
type wxrComment struct {
	ID       string  `xml:"comment_id"`
	Author   string  `xml:"comment_author"`
	DateGMT  string  `xml:"comment_date_gmt"`
	Date     string  `xml:"comment_date"`
	Content  xmlText `xml:"comment_content"`
	Approved *string `xml:"comment_approved"` // nil when absent: approved
	Type     string  `xml:"comment_type"`
	Parent   string  `xml:"comment_parent"`
	span     thread.Span
}

// readWXRItem reads the item el opens, a child at a time, so that each
// comment has the span of its own element.
func readWXRItem(el *xmlElement) (*wxrItem, thread.Span, error) {
	it := &wxrItem{}
	d := el.d
	for {
		before := d.InputOffset()
		tok, err := d.Token()
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, thread.Span{}, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "item" {
				return it, el.span(el.offset, el.line), nil
			}
		case xml.StartElement:
			var field *string
			switch t.Name.Local {
			case "comment":
				line, _ := d.InputPos()
				var c wxrComment
				if err := d.DecodeElement(&c, &t); err != nil {
					return nil, thread.Span{}, err
				}
				c.span = el.span(int(before), line+el.lineBase)
				it.Comments = append(it.Comments, c)
				continue
			case "title":
				field = &it.Title
			case "creator":
				field = &it.Creator
			case "encoded":
				if t.Name.Space == nsContent {
					field = &it.Content
				}
			case "post_id":
				field = &it.PostID
			case "post_date":
				field = &it.PostDate
			case "post_date_gmt":
				field = &it.PostGMT
			case "post_type":
				field = &it.PostType
			case "status":
				field = &it.Status
			}
			if field == nil {
				if err := d.Skip(); err != nil {
					return nil, thread.Span{}, err
				}
				continue
			}
			var x xmlText // child elements' text kept
			if err := d.DecodeElement(&x, &t); err != nil {
				return nil, thread.Span{}, err
			}
			*field = string(x)
		}
	}
}

// parseWXR reads a WordPress export whole, past damage (see xmlReader).
func parseWXR(p *Parser, name string, src []byte) (*thread.Document, error) {
	doc := &thread.Document{Source: name, Encoding: normalize.UTF8, Warnings: []thread.Warning{}, Posts: []*thread.Post{}}
	warn := func(w thread.Warning) { doc.Warnings = append(doc.Warnings, w) }
	var h hidden
	r := &xmlReader{name: name, src: src, names: []string{"item"}, warn: warn}
	err := r.each(func(el *xmlElement) error {
		it, span, err := readWXRItem(el)
		if err != nil {
			return err
		}
		if post := p.wxrPost(it, span, el.line, &h, warn); post != nil {
			doc.Posts = append(doc.Posts, post)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	doc.Warnings = append(doc.Warnings, h.warnings()...)
	return doc, nil
}

// wxrPosts yields the posts of a WordPress export as their items end, in
// bounded memory; it stops at the first XML error (parseWXR, which holds
// the whole input, reads past them).
func (p *Parser) wxrPosts(name string, r io.Reader, warn func(thread.Warning)) iter.Seq2[*thread.Post, error] {
	return func(yield func(*thread.Post, error) bool) {
		br := bufio.NewReader(r)
		base := 0
		if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
			br.Discard(3)
			base = 3
		}
		// Junk before the declaration: skipped, as parseWXR does.
		lineBase := 0
		if head, _ := br.Peek(4096); len(head) > 0 {
			if k := xmlStart(head); k > len(head)-len(stripBOM(head)) {
				lineBase = bytes.Count(head[:k], []byte("\n"))
				br.Discard(k)
				base += k
				warn(thread.Warning{Line: 1, Kind: thread.WarnSkipped, Message: fmt.Sprintf("%d bytes before the XML skipped", k)})
			}
		}
		d := xmlDecoder(br)
		var h hidden
		for el, err := range elements(name, d, base, lineBase, "item") {
			if err != nil {
				yield(nil, err)
				return
			}
			it, span, err := readWXRItem(el)
			if err != nil {
				yield(nil, xmlError(name, d, err))
				return
			}
			if post := p.wxrPost(it, span, el.line, &h, warn); post != nil {
				if !yield(post, nil) {
					return
				}
			}
		}
		for _, w := range h.warnings() {
			warn(w)
		}
	}
}

// wxrPost makes the post of an item, or returns nil for an item the blog
// does not show and that has no comment to show: a draft, a private post,
// a page, an attachment (counted in h). An item without wp:post_type is a
// post and a comment without wp:comment_approved is approved, as WordPress
// reads them; pingbacks, trackbacks, spam and unapproved comments are left
// out and counted, unless IncludeHidden, or kept as deleted placeholders
// when a shown comment answers them.
func (p *Parser) wxrPost(it *wxrItem, span thread.Span, line int, h *hidden, warn func(thread.Warning)) *thread.Post {
	loc := p.loc()
	typ := cmp.Or(strings.TrimSpace(it.PostType), "post")
	status := strings.TrimSpace(it.Status)
	post := &thread.Post{Title: normalize.String(htmlText(it.Title, htmlLineEndsSpace)), Body: normalize.String(exportText(xmlText(it.Content), htmlLineEndsBreak, line, warn)),
		Author: textutil.TrimSpace(normalize.String(it.Creator)), Span: span, Status: status, Type: typ}
	if it.PostType == "" {
		post.Type = ""
	}
	if t := parseTime(it.PostDate, loc); t != nil {
		post.Published = &thread.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
	}
	if t := parseTime(it.PostGMT, time.UTC); t != nil && !t.IsZero() && t.Year() > 1 {
		u := t.In(loc)
		post.Time = &u
	}
	var ns []exportNode
	for i, c := range it.Comments {
		n := exportNode{key: strings.TrimSpace(c.ID), order: i, node: thread.Node{
			Author: textutil.TrimSpace(normalize.String(c.Author)), AuthorSource: thread.SourceHeader,
			Body: normalize.String(exportText(c.Content, htmlLineEndsBreak, c.span.StartLine, warn)), Span: c.span,
		}}
		if n.node.Author == "" {
			n.node.AuthorSource = ""
		}
		if t := parseTime(c.DateGMT, time.UTC); t != nil && t.Year() > 1 {
			u := t.In(loc)
			n.node.Time = &u
		} else {
			n.node.Time = parseTime(c.Date, loc)
		}
		if par := strings.TrimSpace(c.Parent); par != "" && par != "0" {
			n.parent = par
		}
		approved := "1"
		if c.Approved != nil {
			approved = strings.TrimSpace(*c.Approved)
		}
		switch ct := strings.TrimSpace(c.Type); {
		case ct == "pingback" || ct == "trackback":
			n.hidden = ct
		case approved == "spam":
			n.hidden = "spam comment"
		case approved == "trash":
			n.hidden, n.node.Deleted = "deleted comment", true
		case approved != "1" && approved != "approve":
			n.hidden = "unapproved comment"
		}
		if p.IncludeHidden {
			n.hidden = ""
		}
		ns = append(ns, n)
	}
	buildComments(post, ns, h, func(k thread.WarningKind, m string) { warn(thread.Warning{Line: line, Kind: k, Message: m}) })
	if len(post.Comments) > 0 {
		return post
	}
	switch {
	case typ == "post" && (status == "publish" || status == ""):
		return post
	case p.IncludeHidden && (typ == "post" || typ == "page"):
		return post // a draft, a private post, a page
	case typ == "post":
		h.add(status + " post")
	case typ == "page":
		h.add("page")
	default:
		h.add("item of type " + typ)
	}
	return nil
}
