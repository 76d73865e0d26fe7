package parse

import (
	"unicode/utf8"

	"bufio"
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
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
	head = head[xmlStart(head):] // past a byte order mark and junk
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
		case bytes.HasPrefix(head, []byte("<!DOCTYPE")) || bytes.HasPrefix(head, []byte("<!doctype")):
			end := doctypeEnd(head)
			if end < 0 {
				return head
			}
			head = head[end+1:]
		default:
			return head
		}
	}
}

// doctypeEnd returns the offset of the ">" that ends the document type at
// the start of h, its internal subset and quoted strings and all, or -1.
func doctypeEnd(h []byte) int {
	var quote byte
	depth := 0
	for i := len("<!DOCTYPE"); i < len(h); i++ {
		switch c := h[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case c == '>' && depth == 0:
			return i
		}
	}
	return -1
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
	d.CharsetReader = charsetReader
	return d
}

// charsetReader reads an export that declares an encoding other than
// UTF-8, a piece at a time: the declaration may name an encoding, but the
// bytes decide. When the start of the input is valid UTF-8 the input is
// read as it is (exports often declare ISO-8859-1 over UTF-8), else it is
// decoded with the declared charset (Windows-1252 when it names none that
// x/text knows, as browsers read ISO-8859-1).
func charsetReader(charset string, in io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(64 << 10)
	for i := len(head) - 1; i >= max(0, len(head)-utf8.UTFMax); i-- {
		if utf8.RuneStart(head[i]) {
			if !utf8.FullRune(head[i:]) {
				head = head[:i] // a character the peek cut in two
			}
			break
		}
	}
	if utf8.Valid(head) {
		return br, nil
	}
	enc, _ := charsetEncoding(charset)
	return transform.NewReader(br, enc.NewDecoder()), nil
}

// charsetEncoding is the encoding a declaration's charset names, or
// Windows-1252 (as browsers read ISO-8859-1) when x/text knows none, with
// the name it goes by.
func charsetEncoding(charset string) (encoding.Encoding, string) {
	enc, err := htmlindex.Get(charset)
	if err != nil || enc == nil {
		return charmap.Windows1252, "windows-1252"
	}
	return enc, charset
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
	offset int // byte offset of its start tag in what the decoder reads
	line   int
	// base is added to the decoder's offsets and lineBase to its lines to
	// place them in the input (a byte order mark, junk, a restart).
	base, lineBase int
}

// decode reads the element into v and returns the span it covers.
func (e *xmlElement) decode(v any) (thread.Span, error) {
	if err := e.d.DecodeElement(v, &e.start); err != nil {
		return thread.Span{}, err
	}
	return e.span(e.offset, e.line), nil
}

// span is the span from the decoder offset start, on line, to where the
// decoder is.
func (e *xmlElement) span(start, line int) thread.Span {
	end, _ := e.d.InputPos()
	return thread.Span{StartLine: line, EndLine: end + e.lineBase, Start: e.base + start, End: e.base + int(e.d.InputOffset())}
}

// elements yields the start elements of d whose local name is one of
// names; the caller decodes each (or leaves it, to read its children as
// elements too). An error ends the sequence, placed by xmlError.
func elements(name string, d *xml.Decoder, base, lineBase int, names ...string) iter.Seq2[*xmlElement, error] {
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
			if !yield(&xmlElement{name: se.Name.Local, d: d, start: se, offset: int(before), line: line + lineBase, lineBase: lineBase, base: base}, nil) {
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
	// hidden is the kind of a comment the blog does not show ("pingback",
	// "unapproved comment", "deleted comment"), "" for one it shows.
	hidden string
}

// buildComments makes a post's comments from its exported comments: in
// time order, each reply under the top-level comment of its thread (a
// reply to a reply goes under the comment above it, and keeps the id of
// the node it answers in ReplyTo). A hidden comment that a shown one
// answers, directly or through other hidden ones, stays as a placeholder
// (deleted, without its text) so that its replies keep their place; the
// other hidden ones are left out and counted in h. A reply whose parent is
// missing becomes a comment, with a warning. The work is linear in the
// number of comments, however deep the threads.
func buildComments(p *thread.Post, ns []exportNode, h *hidden, warn func(thread.WarningKind, string)) (steps int) {
	slices.SortStableFunc(ns, func(a, b exportNode) int {
		switch {
		case a.node.Time != nil && b.node.Time != nil:
			return cmp.Or(a.node.Time.Compare(*b.node.Time), cmp.Compare(a.order, b.order))
		}
		return cmp.Compare(a.order, b.order)
	})
	byKey := make(map[string]*exportNode, len(ns))
	for i := range ns {
		if _, dup := byKey[ns[i].key]; dup && ns[i].key != "" {
			warn(thread.WarnDuplicate, fmt.Sprintf("comment id %s appears more than once; replies to it go to the last", ns[i].key))
		}
		byKey[ns[i].key] = &ns[i]
	}
	needed := map[string]bool{}
	for i := range ns {
		if ns[i].hidden != "" {
			continue
		}
		for k := ns[i].parent; k != "" && !needed[k]; {
			steps++
			up, ok := byKey[k]
			if !ok || up.hidden == "" {
				break
			}
			needed[k] = true
			k = up.parent
		}
	}
	kept := ns[:0:0]
	for _, n := range ns {
		switch {
		case n.hidden == "":
		case needed[n.key]:
			n.node.Deleted, n.node.Body = true, ""
		default:
			if h != nil {
				h.add(n.hidden)
			}
			delete(byKey, n.key)
			continue
		}
		kept = append(kept, n)
	}
	ns = kept
	for i := range ns {
		byKey[ns[i].key] = &ns[i]
	}
	// tops maps each node to the top-level node of its thread, each found
	// once. A node whose parent is missing, or that answers itself, heads
	// a thread of its own, and so does the first node found in a loop of
	// replies: why holds the reason, for the warning.
	tops := make(map[*exportNode]*exportNode, len(ns))
	why := map[*exportNode]string{}
	onPath := map[*exportNode]bool{} // the nodes of the walk under way: a loop is seen at once
	var path []*exportNode
	top := func(n *exportNode) *exportNode {
		path = path[:0]
		var t *exportNode
		for cur := n; ; {
			steps++
			if known, ok := tops[cur]; ok {
				t = known
				break
			}
			if onPath[cur] {
				// cur is in the loop (n may only lead to it): it heads
				// the thread, which breaks the loop.
				t, why[cur] = cur, "is in a thread of replies that loops back on itself"
				break
			}
			onPath[cur] = true
			path = append(path, cur)
			if cur.parent == "" {
				t = cur
				break
			}
			next, ok := byKey[cur.parent]
			switch {
			case cur.parent == cur.key:
				t, why[cur] = cur, "answers itself"
			case !ok:
				t, why[cur] = cur, "answers "+cur.parent+", which is not in the export"
			default:
				cur = next
				continue
			}
			break
		}
		for _, q := range path {
			tops[q] = t
			delete(onPath, q)
		}
		return t
	}
	// The comments first, then each reply under the comment of its thread,
	// whatever their times (a reply a minute before its parent, by a
	// skewed clock, still goes under it).
	ids := map[string]string{} // export id -> our id
	comments := map[string]*thread.Comment{}
	p.Comments = []*thread.Comment{}
	for i := range ns {
		n := &ns[i]
		if top(n) != n {
			continue
		}
		if n.parent != "" {
			warn(thread.WarnReplyTo, fmt.Sprintf("reply %s %s; kept as a comment", n.key, why[n]))
		}
		c := &thread.Comment{Node: n.node}
		c.Index = len(p.Comments) + 1
		c.ID = strconv.Itoa(c.Index)
		p.Comments = append(p.Comments, c)
		comments[n.key] = c
		ids[n.key] = c.ID
	}
	type answer struct {
		r      *thread.Reply
		parent string
	}
	var answers []answer
	for i := range ns {
		n := &ns[i]
		t := tops[n]
		if t == n {
			continue
		}
		c := comments[t.key]
		r := &thread.Reply{Node: n.node}
		r.Index = len(c.Replies) + 1
		r.ID = c.ID + "." + strconv.Itoa(r.Index)
		c.Replies = append(c.Replies, r)
		ids[n.key] = r.ID
		if n.parent != t.key {
			answers = append(answers, answer{r, n.parent})
		}
	}
	for _, a := range answers {
		a.r.ReplyTo = ids[a.parent]
	}
	return steps
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

func sortedIDs(m map[string][]exportNode) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// exportText is htmlText of an export's HTML, with a warning at line when
// the contents of a <script> or <style> element were dropped.
func exportText(x xmlText, keepLines bool, line int, warn func(thread.Warning)) string {
	t, dropped := htmlTextDropped(string(x), keepLines)
	if dropped {
		warn(thread.Warning{Line: line, Kind: thread.WarnSkipped, Message: "the contents of a <script> or <style> element dropped"})
	}
	return t
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
			post := &thread.Post{Title: normalize.String(htmlText(string(e.Title), false)), Body: normalize.String(exportText(e.Content, false, el.line, warn)),
				Author: normalize.TrimSpace(normalize.String(e.Author.Name)), Span: span, Type: k}
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
			n := exportNode{key: tailID(e.ID), parent: e.parent(), order: order, node: thread.Node{
				Author: normalize.TrimSpace(normalize.String(e.Author.Name)), AuthorSource: thread.SourceHeader,
				Time: parseTime(e.Published, loc), Body: normalize.String(exportText(e.Content, false, el.line, warn)),
				Span: span,
			}}
			if n.node.Author == "" {
				n.node.AuthorSource = ""
			}
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
	kept := posts[:0]
	for i, post := range posts {
		id := postIDs[i]
		buildComments(post, comments[id], &h, func(k thread.WarningKind, m string) {
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
		buildComments(post, orphans, &h, func(k thread.WarningKind, m string) { warn(thread.Warning{Kind: k, Message: m}) })
		posts = append(posts, post)
	}
	for _, post := range posts {
		checkDeclared(doc, post)
	}
	doc.Warnings = append(doc.Warnings, h.warnings()...)
	doc.Posts = posts
	return doc, nil
}

// checkDeclared warns when a post's declared count disagrees with what the
// export holds.
func checkDeclared(doc *thread.Document, p *thread.Post) {
	if p.DeclaredComments != nil && *p.DeclaredComments != p.Count() {
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: p.Span.StartLine, Kind: thread.WarnCount, Message: fmt.Sprintf("declared %d comments, found %d", *p.DeclaredComments, p.Count())})
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
	post := &thread.Post{Title: normalize.String(htmlText(it.Title, false)), Body: normalize.String(exportText(xmlText(it.Content), true, line, warn)),
		Author: normalize.TrimSpace(normalize.String(it.Creator)), Span: span, Status: status, Type: typ}
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
			Author: normalize.TrimSpace(normalize.String(c.Author)), AuthorSource: thread.SourceHeader,
			Body: normalize.String(exportText(c.Content, true, c.span.StartLine, warn)), Span: c.span,
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
			post := &thread.Post{Title: normalize.String(htmlText(string(t.Title), false)), Body: normalize.String(exportText(t.Message, false, el.line, warn)),
				Author: normalize.TrimSpace(normalize.String(t.Author.Name)), Span: span}
			if tm := parseTime(t.CreatedAt, time.UTC); tm != nil {
				u := tm.In(loc)
				post.Time = &u
				post.Published = &thread.Date{Year: u.Year(), Month: u.Month(), Day: u.Day()}
			}
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
			en := exportNode{key: dp.ID, parent: dp.Parent.ID, order: n, node: thread.Node{
				Author: normalize.TrimSpace(normalize.String(cmp.Or(dp.Author.Name, dp.Author.Username))), AuthorSource: thread.SourceHeader,
				Body: normalize.String(exportText(dp.Message, false, el.line, warn)), Span: span,
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
