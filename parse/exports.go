package parse

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// The platforms' own exports: Blogger's backup (Atom, Settings → Back up
// content), Blogger's Google Takeout feed (Atom, the 2018 namespace),
// WordPress's WXR (RSS with wp: elements, versions 1.1 and 1.2) and Disqus's
// XML export. Each registers itself; -format auto picks them by their root
// element and namespaces. They decode with encoding/xml's token API, an
// entry at a time. WXR yields each post when its item ends (Parser.Posts
// streams it); Blogger's exports list every comment after every post and
// Disqus every post after every thread, so those need the whole file
// before the first post is complete.

const (
	nsAtom     = "http://www.w3.org/2005/Atom"
	nsThread   = "http://purl.org/syndication/thread/1.0"
	nsBlogger  = "http://schemas.google.com/blogger/2018"
	nsContent  = "http://purl.org/rss/1.0/modules/content/"
	nsDisqus   = "http://disqus.com/disqus-internals"
	kindScheme = "http://schemas.google.com/g/2005#kind"
)

func init() {
	for _, f := range []Format{
		{Name: "blogger", Description: "Blogger backup (Atom, Settings > Back up content): posts and comments, replies by their related link", Sniff: sniffBlogger, Parse: parseAtom},
		{Name: "takeout", Description: "Blogger feed from Google Takeout (Atom with blogger:type POST/COMMENT)", Sniff: sniffTakeout, Parse: parseAtom},
		{Name: "wxr", Description: "WordPress export (WXR 1.1/1.2): items with wp:comment threads, read a post at a time", Sniff: sniffWXR, Parse: parseWXR,
			Posts: func(p *Parser, name string, r io.Reader, warn func(thread.Warning)) iter.Seq2[*thread.Post, error] {
				return p.wxrPosts(name, r, warn)
			}},
		{Name: "disqus", Description: "Disqus XML export: threads, then posts with parent ids", Sniff: sniffDisqus, Parse: parseDisqus},
	} {
		if err := Register(f); err != nil {
			panic(err)
		}
	}
}

// xmlHead is the start of an input without a byte order mark, spaces or
// the XML declaration and comments, for sniffing.
func xmlHead(head []byte) []byte {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			i := bytes.Index(head, []byte("?>"))
			if i < 0 {
				return head
			}
			head = head[i+2:]
		case bytes.HasPrefix(head, []byte("<!--")):
			i := bytes.Index(head, []byte("-->"))
			if i < 0 {
				return head
			}
			head = head[i+3:]
		default:
			return head
		}
	}
}

func sniffBlogger(head []byte) int {
	h := xmlHead(head)
	if !bytes.HasPrefix(h, []byte("<feed")) {
		return 0
	}
	switch {
	case bytes.Contains(h, []byte("schemas.google.com/blogger/2018")):
		return 0 // Takeout's
	case bytes.Contains(h, []byte("blogger.com")) || bytes.Contains(h, []byte("schemas.google.com/g/2005#kind")):
		return 95
	}
	return 40
}

func sniffTakeout(head []byte) int {
	h := xmlHead(head)
	if bytes.HasPrefix(h, []byte("<feed")) && bytes.Contains(h, []byte("schemas.google.com/blogger/2018")) {
		return 95
	}
	return 0
}

func sniffWXR(head []byte) int {
	h := xmlHead(head)
	if bytes.HasPrefix(h, []byte("<rss")) && bytes.Contains(h, []byte("wordpress.org/export/")) {
		return 95
	}
	return 0
}

func sniffDisqus(head []byte) int {
	h := xmlHead(head)
	if bytes.HasPrefix(h, []byte("<disqus")) {
		return 95
	}
	return 0
}

// xmlDecoder reads src, a byte order mark and all.
func xmlDecoder(src io.Reader) *xml.Decoder {
	d := xml.NewDecoder(src)
	d.Entity = xml.HTMLEntity // &nbsp; and the like, which exports leave in
	d.CharsetReader = func(charset string, in io.Reader) (io.Reader, error) {
		// The declaration may name an encoding; the bytes decide.
		b, err := io.ReadAll(in)
		if err != nil {
			return nil, err
		}
		dec, err := normalize.Decode(b, normalize.Auto)
		if err != nil {
			return nil, err
		}
		return strings.NewReader(dec.Text), nil
	}
	return d
}

func stripBOM(src []byte) []byte { return bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF")) }

// xmlError turns a decoding error into an *Error at the decoder's place.
func xmlError(name string, d *xml.Decoder, err error) error {
	line, col := d.InputPos()
	return &Error{File: name, Line: line, Col: col, Err: fmt.Errorf("xml: %w", err)}
}

// xmlElement is an element an export parser reads, at its place.
type xmlElement struct {
	name   string // the local name
	d      *xml.Decoder
	start  xml.StartElement
	offset int // byte offset of its start tag in the input
	line   int
	base   int // bytes before what the decoder reads (a byte order mark)
}

// decode reads the element into v and returns the span it covers.
func (e *xmlElement) decode(v any) (thread.Span, error) {
	if err := e.d.DecodeElement(v, &e.start); err != nil {
		return thread.Span{}, err
	}
	end, _ := e.d.InputPos()
	return thread.Span{StartLine: e.line, EndLine: end, Start: e.base + e.offset, End: e.base + int(e.d.InputOffset())}, nil
}

// elements yields the start elements of d whose local name is one of
// names; the caller decodes each (or leaves it, to read its children as
// elements too). An error ends the sequence, placed by xmlError.
func elements(name string, d *xml.Decoder, base int, names ...string) iter.Seq2[*xmlElement, error] {
	return func(yield func(*xmlElement, error) bool) {
		for {
			before := d.InputOffset()
			tok, err := d.Token()
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(nil, xmlError(name, d, err))
				return
			}
			se, ok := tok.(xml.StartElement)
			if !ok || !slices.Contains(names, se.Name.Local) {
				continue
			}
			line, _ := d.InputPos()
			if !yield(&xmlElement{name: se.Name.Local, d: d, start: se, offset: int(before), line: line, base: base}, nil) {
				return
			}
		}
	}
}

// exportNode is a comment read from an export, before the tree is built.
type exportNode struct {
	key    string // the export's id
	parent string // the export's id of the comment it answers, "" for the post
	node   thread.Node
	order  int
}

// buildComments makes a post's comments from its exported comments: in
// time order, each reply under the top-level comment of its thread (a
// reply to a reply goes under the comment above it, and keeps the id of
// the node it answers in ReplyTo). A reply whose parent is missing becomes
// a comment, with a warning.
func buildComments(p *thread.Post, ns []exportNode, warn func(string)) {
	slices.SortStableFunc(ns, func(a, b exportNode) int {
		switch {
		case a.node.Time != nil && b.node.Time != nil:
			return cmp.Or(a.node.Time.Compare(*b.node.Time), cmp.Compare(a.order, b.order))
		}
		return cmp.Compare(a.order, b.order)
	})
	byKey := make(map[string]*exportNode, len(ns))
	for i := range ns {
		byKey[ns[i].key] = &ns[i]
	}
	// top finds the top-level comment of a node's thread.
	top := func(n *exportNode) *exportNode {
		seen := 0
		for n.parent != "" && seen < len(ns) {
			up, ok := byKey[n.parent]
			if !ok {
				return nil
			}
			n = up
			seen++
		}
		return n
	}
	ids := map[string]string{} // export id -> our id
	comments := map[string]*thread.Comment{}
	p.Comments = []*thread.Comment{}
	for i := range ns {
		n := &ns[i]
		if n.parent != "" {
			if t := top(n); t != nil && t != n {
				if c, ok := comments[t.key]; ok {
					r := &thread.Reply{Node: n.node}
					r.Index = len(c.Replies) + 1
					r.ID = c.ID + "." + strconv.Itoa(r.Index)
					if n.parent != t.key {
						r.ReplyTo = ids[n.parent]
					}
					c.Replies = append(c.Replies, r)
					ids[n.key] = r.ID
					continue
				}
			}
			warn(fmt.Sprintf("reply %s answers %s, which is not in the export; kept as a comment", n.key, n.parent))
		}
		c := &thread.Comment{Node: n.node}
		c.Index = len(p.Comments) + 1
		c.ID = strconv.Itoa(c.Index)
		p.Comments = append(p.Comments, c)
		comments[n.key] = c
		ids[n.key] = c.ID
	}
}

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
	ID         string `xml:"id"`
	Published  string `xml:"published"`
	Title      string `xml:"title"`
	Content    string `xml:"content"`
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
	Total     string `xml:"http://purl.org/syndication/thread/1.0 total"`
	Type      string `xml:"http://schemas.google.com/blogger/2018 type"`
	Parent    string `xml:"http://schemas.google.com/blogger/2018 parent"`
	ReplyTo   string `xml:"http://schemas.google.com/blogger/2018 inReplyTo"`
	Status    string `xml:"http://schemas.google.com/blogger/2018 status"`
	line, col int
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

func sortedIDs(m map[string][]exportNode) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// parseTime reads an export's time, to the minute: blogs show comment
// times to the minute, and so the same comment read from a text dump and
// from the export has the same time.
func parseTime(s string, loc *time.Location) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			t = t.Truncate(time.Minute)
			return &t
		}
	}
	return nil
}

// parseAtom reads Blogger's backup and Takeout feeds.
func parseAtom(p *Parser, name string, src []byte) (*thread.Document, error) {
	loc := p.loc()
	doc := &thread.Document{Source: name, Encoding: normalize.UTF8, Warnings: []thread.Warning{}}
	d := xmlDecoder(bytes.NewReader(stripBOM(src)))
	var posts []*thread.Post
	var postIDs []string
	byID := map[string]*thread.Post{}
	comments := map[string][]exportNode{}
	var orphans []exportNode
	order := 0
	base := len(src) - len(stripBOM(src))
	for el, err := range elements(name, d, base, "entry") {
		if err != nil {
			return nil, err
		}
		var e atomEntry
		span, err := el.decode(&e)
		if err != nil {
			return nil, xmlError(name, d, err)
		}
		line := el.line
		if e.Status != "" && !strings.EqualFold(e.Status, "LIVE") && !p.IncludeHidden {
			continue
		}
		switch k := e.kind(); k {
		case "post":
			post := &thread.Post{Title: normalize.String(htmlText(e.Title, false)), Body: normalize.String(htmlText(e.Content, false)),
				Author: normalize.String(e.Author.Name), Span: span}
			if post.Author != "" {
				post.Author = strings.TrimSpace(post.Author)
			}
			if t := parseTime(e.Published, loc); t != nil {
				post.Time = t
				post.Published = &thread.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
			}
			if n, err := strconv.Atoi(strings.TrimSpace(e.Total)); err == nil {
				post.DeclaredComments = &n
			}
			posts = append(posts, post)
			postIDs = append(postIDs, tailID(e.ID))
			byID[tailID(e.ID)] = post
		case "comment":
			order++
			n := exportNode{key: tailID(e.ID), parent: e.parent(), order: order, node: thread.Node{
				Author: strings.TrimSpace(normalize.String(e.Author.Name)), AuthorSource: thread.SourceHeader,
				Time: parseTime(e.Published, loc), Body: normalize.String(htmlText(e.Content, false)),
				Span: span,
			}}
			if n.node.Author == "" {
				n.node.AuthorSource = ""
			}
			pid := e.post()
			if pid == "" {
				orphans = append(orphans, n)
				doc.Warnings = append(doc.Warnings, thread.Warning{Line: line, Message: "comment " + n.key + " names no post"})
				continue
			}
			comments[pid] = append(comments[pid], n)
		case "settings", "template", "page":
		default:
			doc.Warnings = append(doc.Warnings, thread.Warning{Line: line, Message: fmt.Sprintf("entry of kind %q skipped", k)})
		}
	}
	for i, post := range posts {
		id := postIDs[i]
		buildComments(post, comments[id], func(m string) { doc.Warnings = append(doc.Warnings, thread.Warning{Message: m}) })
		delete(comments, id)
	}
	for _, id := range sortedIDs(comments) {
		ns := comments[id]
		orphans = append(orphans, ns...)
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: ns[0].node.Span.StartLine, Message: fmt.Sprintf("%d comments of post %s, which is not in the export, kept in a post of their own", len(ns), id)})
	}
	if len(orphans) > 0 {
		post := &thread.Post{Title: "(comments whose post is not in the export)"}
		buildComments(post, orphans, func(m string) { doc.Warnings = append(doc.Warnings, thread.Warning{Message: m}) })
		posts = append(posts, post)
	}
	for _, post := range posts {
		checkDeclared(doc, post)
	}
	doc.Posts = posts
	return doc, nil
}

// checkDeclared warns when a post's declared count disagrees with what the
// export holds.
func checkDeclared(doc *thread.Document, p *thread.Post) {
	if p.DeclaredComments != nil && *p.DeclaredComments != p.Count() {
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: p.Span.StartLine, Message: fmt.Sprintf("declared %d comments, found %d", *p.DeclaredComments, p.Count())})
	}
}

func (p *Parser) loc() *time.Location {
	if p.Location == nil {
		return time.UTC
	}
	return p.Location
}

// wxrItem is an item of a WordPress export.
type wxrItem struct {
	Title    string `xml:"title"`
	Creator  string `xml:"creator"`
	Content  string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PostID   string `xml:"post_id"`
	PostDate string `xml:"post_date"`
	PostGMT  string `xml:"post_date_gmt"`
	PostType string `xml:"post_type"`
	Status   string `xml:"status"`
	Comments []struct {
		ID       string `xml:"comment_id"`
		Author   string `xml:"comment_author"`
		DateGMT  string `xml:"comment_date_gmt"`
		Date     string `xml:"comment_date"`
		Content  string `xml:"comment_content"`
		Approved string `xml:"comment_approved"`
		Type     string `xml:"comment_type"`
		Parent   string `xml:"comment_parent"`
	} `xml:"comment"`
}

// parseWXR reads a WordPress export whole.
func parseWXR(p *Parser, name string, src []byte) (*thread.Document, error) {
	doc := &thread.Document{Source: name, Encoding: normalize.UTF8, Warnings: []thread.Warning{}, Posts: []*thread.Post{}}
	for post, err := range p.wxrPosts(name, bytes.NewReader(src), func(w thread.Warning) { doc.Warnings = append(doc.Warnings, w) }) {
		if err != nil {
			return nil, err
		}
		doc.Posts = append(doc.Posts, post)
	}
	return doc, nil
}

// wxrPosts yields the posts of a WordPress export as their items end.
func (p *Parser) wxrPosts(name string, r io.Reader, warn func(thread.Warning)) iter.Seq2[*thread.Post, error] {
	return func(yield func(*thread.Post, error) bool) {
		loc := p.loc()
		br := bufio.NewReader(r)
		base := 0
		if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
			br.Discard(3)
			base = 3
		}
		d := xmlDecoder(br)
		for el, err := range elements(name, d, base, "item") {
			if err != nil {
				yield(nil, err)
				return
			}
			var it wxrItem
			// A comment's span is its item's: the item is decoded whole.
			span, err := el.decode(&it)
			if err != nil {
				yield(nil, xmlError(name, d, err))
				return
			}
			line := el.line
			if it.PostType != "post" || (it.Status != "publish" && it.Status != "" && !p.IncludeHidden) {
				continue
			}
			post := &thread.Post{Title: normalize.String(htmlText(it.Title, false)), Body: normalize.String(htmlText(it.Content, true)),
				Author: strings.TrimSpace(it.Creator), Span: span}
			if t := parseTime(it.PostDate, loc); t != nil {
				post.Published = &thread.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
			}
			if t := parseTime(it.PostGMT, time.UTC); t != nil && !t.IsZero() && t.Year() > 1 {
				u := t.In(loc)
				post.Time = &u
			}
			var ns []exportNode
			for i, c := range it.Comments {
				if c.Type == "pingback" || c.Type == "trackback" {
					continue
				}
				if c.Approved != "1" && !p.IncludeHidden {
					continue
				}
				n := exportNode{key: strings.TrimSpace(c.ID), order: i, node: thread.Node{
					Author: strings.TrimSpace(normalize.String(c.Author)), AuthorSource: thread.SourceHeader,
					Body: normalize.String(htmlText(c.Content, true)), Span: span,
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
				ns = append(ns, n)
			}
			buildComments(post, ns, func(m string) { warn(thread.Warning{Line: line, Message: m}) })
			if !yield(post, nil) {
				return
			}
		}
	}
}

// disqusPost is a post (a comment) of a Disqus export.
type disqusPost struct {
	ID        string `xml:"http://disqus.com/disqus-internals id,attr"`
	Message   string `xml:"message"`
	CreatedAt string `xml:"createdAt"`
	IsDeleted string `xml:"isDeleted"`
	IsSpam    string `xml:"isSpam"`
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
	ID        string `xml:"http://disqus.com/disqus-internals id,attr"`
	Link      string `xml:"link"`
	Title     string `xml:"title"`
	Message   string `xml:"message"`
	CreatedAt string `xml:"createdAt"`
	Author    struct {
		Name string `xml:"name"`
	} `xml:"author"`
}

// parseDisqus reads a Disqus export: threads become posts, posts comments.
func parseDisqus(p *Parser, name string, src []byte) (*thread.Document, error) {
	loc := p.loc()
	doc := &thread.Document{Source: name, Encoding: normalize.UTF8, Warnings: []thread.Warning{}, Posts: []*thread.Post{}}
	d := xmlDecoder(bytes.NewReader(stripBOM(src)))
	byID := map[string]*thread.Post{}
	comments := map[string][]exportNode{}
	var order []string
	n := 0
	base := len(src) - len(stripBOM(src))
	for el, err := range elements(name, d, base, "thread", "post") {
		if err != nil {
			return nil, err
		}
		switch el.name {
		case "thread":
			var t disqusThread
			span, err := el.decode(&t)
			if err != nil {
				return nil, xmlError(name, d, err)
			}
			post := &thread.Post{Title: normalize.String(htmlText(t.Title, false)), Body: normalize.String(htmlText(t.Message, false)),
				Author: strings.TrimSpace(t.Author.Name), Span: span}
			if tm := parseTime(t.CreatedAt, time.UTC); tm != nil {
				u := tm.In(loc)
				post.Time = &u
				post.Published = &thread.Date{Year: u.Year(), Month: u.Month(), Day: u.Day()}
			}
			byID[t.ID] = post
			order = append(order, t.ID)
		case "post":
			var dp disqusPost
			span, err := el.decode(&dp)
			if err != nil {
				return nil, xmlError(name, d, err)
			}
			if (dp.IsDeleted == "true" || dp.IsSpam == "true") && !p.IncludeHidden {
				continue
			}
			n++
			en := exportNode{key: dp.ID, parent: dp.Parent.ID, order: n, node: thread.Node{
				Author: strings.TrimSpace(cmp.Or(dp.Author.Name, dp.Author.Username)), AuthorSource: thread.SourceHeader,
				Body: normalize.String(htmlText(dp.Message, false)), Span: span,
			}}
			if en.node.Author == "" {
				en.node.AuthorSource = ""
			}
			if tm := parseTime(dp.CreatedAt, time.UTC); tm != nil {
				u := tm.In(loc)
				en.node.Time = &u
			}
			comments[dp.Thread.ID] = append(comments[dp.Thread.ID], en)
		}
	}
	for _, id := range order {
		post := byID[id]
		buildComments(post, comments[id], func(m string) { doc.Warnings = append(doc.Warnings, thread.Warning{Message: m}) })
		delete(comments, id)
		doc.Posts = append(doc.Posts, post)
	}
	for _, id := range sortedIDs(comments) {
		ns := comments[id]
		post := &thread.Post{Title: "(posts of thread " + id + ", which is not in the export)"}
		buildComments(post, ns, func(m string) { doc.Warnings = append(doc.Warnings, thread.Warning{Message: m}) })
		doc.Posts = append(doc.Posts, post)
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: ns[0].node.Span.StartLine, Message: fmt.Sprintf("%d posts of thread %s, which is not in the export, kept in a post of their own", len(ns), id)})
	}
	return doc, nil
}
