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
	"unicode/utf8"

	"github.com/blogthread/blogthread/thread"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// The platforms' own exports: Blogger's backup (Atom, Settings → Back up
// content), Blogger's Google Takeout feed (Atom, the 2018 namespace),
// WordPress's WXR (RSS with wp: elements, versions 1.1 and 1.2) and Disqus's
// XML export. Each registers itself; -format auto picks them by their root
// element and namespaces. They decode with encoding/xml's token API, an
// entry at a time. WXR yields each post when its item ends (Parser.Posts
// streams it); Blogger's exports list every comment after every post and
// Disqus every post after every thread, so those need the whole file
// before the first post is complete. This file holds what they share
// (sniffing, decoding, the comment tree); each format is in a file of its
// own: exports_atom.go, exports_wxr.go, exports_disqus.go.

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
		f.spansSet = true
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
	ns, byKey, steps := shownNodes(ns, h, warn)
	tops, why, more := threadTops(ns, byKey)
	steps += more
	// The comments first, then each reply under the comment of its thread,
	// whatever their times (a reply a minute before its parent, by a
	// skewed clock, still goes under it).
	ids := map[string]string{} // export id -> our id
	comments := map[string]*thread.Comment{}
	p.Comments = []*thread.Comment{}
	for i := range ns {
		n := &ns[i]
		if tops[n] != n {
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

// shownNodes sorts ns by time (the export's order on a tie) and keeps the
// shown ones, and the hidden ones that a shown one answers, through
// hidden ones or not, as placeholders (Deleted, without text); the others
// are counted in h. It returns them with an index by export id (the last
// of an id given twice, with a warning).
func shownNodes(ns []exportNode, h *hidden, warn func(thread.WarningKind, string)) ([]exportNode, map[string]*exportNode, int) {
	steps := 0
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
	for i := range kept {
		byKey[kept[i].key] = &kept[i]
	}
	return kept, byKey, steps
}

// threadTops maps each node to the top-level node of its thread, each
// found once. A node whose parent is missing, or that answers itself,
// heads a thread of its own, and so does the first node found in a loop of
// replies: why holds the reason, for the warning.
func threadTops(ns []exportNode, byKey map[string]*exportNode) (tops map[*exportNode]*exportNode, why map[*exportNode]string, steps int) {
	tops = make(map[*exportNode]*exportNode, len(ns))
	why = map[*exportNode]string{}
	onPath := map[*exportNode]bool{} // the nodes of the walk under way: a loop is seen at once
	var path []*exportNode
	for i := range ns {
		path = path[:0]
		var t *exportNode
		for cur := &ns[i]; ; {
			steps++
			if known, ok := tops[cur]; ok {
				t = known
				break
			}
			if onPath[cur] {
				// cur is in the loop (the node may only lead to it): it
				// heads the thread, which breaks the loop.
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
	}
	return tops, why, steps
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
func exportText(x xmlText, lineEnds htmlLineEnds, line int, warn func(thread.Warning)) string {
	t, dropped := htmlTextDropped(string(x), lineEnds)
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

// checkDeclared warns when a post's declared count disagrees with what the
// export holds.
func checkDeclared(doc *thread.Document, p *thread.Post) {
	if p.DeclaredComments != nil && *p.DeclaredComments != p.Count() {
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: p.Span.StartLine, Kind: thread.WarnCount, Message: declaredFound(*p.DeclaredComments, p.Count())})
	}
}

func (p *Parser) loc() *time.Location {
	if p.Location == nil {
		return time.UTC
	}
	return p.Location
}
