package parse

// What the parse does with what the layouts and formats give: indentation
// and duplicate lines, warnings counted past a hundred, limits, ids and
// spans completed, typography folded, clocks given their day.

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// maxSameWarnings is how many warnings of the same text a parse lists one
// by one; the rest are counted in one more.
const maxSameWarnings = 100

// capWarnings keeps the first maxSameWarnings warnings of each text and
// adds, for a text that came more often, one that counts the rest: an
// input of a million empty comments gets a readable list, not a million
// lines. The counts the builders kept (finishWarnings) are added up, one
// line for each kind.
func capWarnings(ws []thread.Warning) []thread.Warning {
	n := map[string]int{}
	more := map[string]int{}
	kinds := map[string]thread.WarningKind{}
	var order []string
	out := ws[:0]
	for _, w := range ws {
		if c, ex, ok := parseMore(w.Message); ok {
			if more[ex] == 0 {
				order = append(order, ex)
				kinds[ex] = w.Kind
			}
			more[ex] += c
			continue
		}
		n[w.Message]++
		if n[w.Message] <= maxSameWarnings {
			out = append(out, w)
			continue
		}
		if more[w.Message] == 0 {
			order = append(order, w.Message)
			kinds[w.Message] = w.Kind
		}
		more[w.Message]++
	}
	for _, m := range order {
		out = append(out, thread.Warning{Kind: kinds[m], Message: fmt.Sprintf("%d more warnings like this one: %s", more[m], m)})
	}
	return out
}

// parseMore reads a warning that counts others (see finishWarnings).
func parseMore(msg string) (n int, example string, ok bool) {
	num, rest, found := strings.Cut(msg, " more warnings like this one: ")
	if !found {
		return 0, "", false
	}
	n, err := strconv.Atoi(num)
	return n, rest, err == nil
}

// checkNodes reports an *Error when posts hold more than max comments and
// replies (0: no limit), at the first node past it.
func checkNodes(name string, posts []*thread.Post, max int) error {
	if max <= 0 {
		return nil
	}
	n := 0
	for _, p := range posts {
		if n += p.Count(); n > max {
			line := p.Span.StartLine
			return &Error{File: name, Line: line, Col: 1, Err: errLimit("more than %d comments and replies (Limits.MaxNodes)", max)}
		}
	}
	return nil
}

// parseRegistered reads src with a registered format and completes its
// Document.
func (p *Parser) parseRegistered(f Format, name string, src []byte) (*thread.Document, error) {
	lim := p.Limits.withDefaults()
	if lim.MaxInputBytes > 0 && int64(len(src)) > lim.MaxInputBytes {
		return nil, &Error{File: name, Err: errLimit("input larger than %d bytes (Limits.MaxInputBytes)", lim.MaxInputBytes)}
	}
	utf16, enc := false, normalize.UTF8
	if f.Text {
		nt, err := normalize.Normalize(src, p.Encoding)
		if err != nil {
			return nil, &Error{File: name, Err: err}
		}
		src, enc = []byte(nt.Text), nt.Encoding
	} else if u := utf16Text(src); u != nil {
		src, utf16 = u, true // the export parsers read UTF-8
	}
	doc, err := f.Parse(p, name, src)
	if err == nil && doc != nil && utf16 {
		doc.Encoding = normalize.UTF16
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: 1, Kind: thread.WarnEncoding, Message: "read as UTF-16: spans are byte offsets in its UTF-8 text"})
	}
	if err == nil && doc != nil && doc.Encoding == "" {
		doc.Encoding = enc
	}
	if err != nil {
		var pe *Error
		if !errors.As(err, &pe) {
			err = &Error{File: name, Err: err}
		}
		return nil, err
	}
	if doc == nil {
		return nil, &Error{File: name, Err: fmt.Errorf("format %s returned no document", f.Name)}
	}
	if doc.Source == "" {
		doc.Source = name
	}
	if doc.Format == "" {
		doc.Format = f.Name
	}
	if doc.Warnings == nil {
		doc.Warnings = []thread.Warning{}
	}
	for i := range doc.Warnings {
		doc.Warnings[i].Kind = cmp.Or(doc.Warnings[i].Kind, thread.WarnOther)
	}
	sort.SliceStable(doc.Warnings, func(i, j int) bool { return doc.Warnings[i].Line < doc.Warnings[j].Line })
	if doc.Posts == nil {
		doc.Posts = []*thread.Post{}
	}
	doc.Posts = slices.DeleteFunc(doc.Posts, func(p *thread.Post) bool { return p == nil }) // a format's empty entries
	for i, post := range doc.Posts {
		completeIDs(post, i+1) // and no nil comments or replies
	}
	if err := checkNodes(name, doc.Posts, lim.MaxNodes); err != nil {
		return nil, err // a registered format is held to the limits too
	}
	if !f.spansSet {
		fillSpans(src, doc.Posts)
	}
	p.finishDocument(doc, cmp.Or(p.Location, time.UTC))
	return doc, nil
}

// completeIDs gives a registered format's post, the n-th, the ids and
// indexes it left empty: "p" and n for the post, "3" for its third comment,
// "3.2" for that comment's second reply (and nil reply lists none), so
// that mentions and quotes have targets and every output its ids.
func completeIDs(post *thread.Post, n int) {
	if post.ID == "" {
		post.ID = "p" + strconv.Itoa(n)
	}
	if post.Comments == nil {
		post.Comments = []*thread.Comment{}
	}
	post.Comments = slices.DeleteFunc(post.Comments, func(c *thread.Comment) bool { return c == nil })
	for i, c := range post.Comments {
		if c.Index == 0 {
			c.Index = i + 1
		}
		if c.ID == "" {
			c.ID = strconv.Itoa(c.Index)
		}
		c.Replies = slices.DeleteFunc(c.Replies, func(r *thread.Reply) bool { return r == nil })
		for j, r := range c.Replies {
			if r.Index == 0 {
				r.Index = j + 1
			}
			if r.ID == "" {
				r.ID = c.ID + "." + strconv.Itoa(r.Index)
			}
		}
	}
}

// duplicateMode says what becomes of lines a scraper repeated.
type duplicateMode bool

const (
	warnDuplicates duplicateMode = false // kept, and reported
	dropDuplicates duplicateMode = true  // removed (kept as markup), and reported
)

// duplicates warns of runs of lines a scraper repeated, and with drop
// removes the repeats from ls, keeping them as markup.
func (b *builder) duplicates(ls []line, mode duplicateMode) []line {
	drop := mode == dropDuplicates
	texts := make([]string, len(ls))
	for i, l := range ls {
		texts[i] = l.trim() // Duplicates trims; trimmed lines take its quick path
	}
	dups := normalize.Duplicates(texts)
	if len(dups) == 0 {
		return ls
	}
	skip := make(map[int]bool)
	for _, d := range dups {
		verb := "kept (-drop-duplicates, Parser.DropDuplicates, removes it)"
		if drop {
			verb = "removed"
			for i := d.RepeatStart; i <= d.RepeatEnd; i++ {
				skip[i] = true
				if !ls[i].blank() {
					b.markup(ls[i], thread.MarkupDuplicate, ls[i].trim())
				}
			}
		}
		b.warn(thread.WarnDuplicate, ls[d.RepeatStart].num, "lines %d-%d repeat lines %d-%d verbatim, a scraper's duplicate; %s",
			ls[d.RepeatStart].num, ls[d.RepeatEnd].num, ls[d.FirstStart].num, ls[d.FirstEnd].num, verb)
	}
	if !drop {
		return ls
	}
	out := ls[:0:0]
	for i, l := range ls {
		if !skip[i] {
			out = append(out, l)
		}
	}
	return out
}

// mapPostSpans maps the byte offsets of the spans of p with input.
func mapPostSpans(p *thread.Post, input func(int) int) {
	m := func(s *thread.Span) {
		s.Start, s.End = input(s.Start), input(s.End)
	}
	m(&p.Span)
	for i := range p.Sections {
		m(&p.Sections[i].Span)
	}
	for _, c := range p.Comments {
		m(&c.Span)
		for _, r := range c.Replies {
			m(&r.Span)
		}
	}
}

// foldPost folds the typography of the texts of p to ASCII.
func foldPost(p *thread.Post) {
	f := normalize.FoldTypography
	p.Title, p.Body, p.Author = f(p.Title), f(p.Body), f(p.Author)
	for i := range p.Sections {
		p.Sections[i].Body = f(p.Sections[i].Body)
	}
	for _, c := range p.Comments {
		c.Body, c.Author = f(c.Body), f(c.Author)
		for _, r := range c.Replies {
			r.Body, r.Author = f(r.Body), f(r.Author)
		}
	}
}

// datedClocks gives the comments of post that show a time of day without
// a date ("By Jane, at 1:53 PM") the post's date, as the templates that
// print them mean it.
func datedClocks(post *thread.Post, loc *time.Location) {
	d := post.Published
	if d == nil {
		return
	}
	set := func(n *thread.Node) {
		if n.Time != nil || n.Clock == "" || n.Date != nil {
			return
		}
		var h, m int
		if _, err := fmt.Sscanf(n.Clock, "%d:%d", &h, &m); err != nil {
			return
		}
		t := time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc)
		n.Time = &t
	}
	for _, c := range post.Comments {
		set(&c.Node)
		for _, r := range c.Replies {
			set(&r.Node)
		}
	}
}

// clampIndent reads lines indented deeper than max as indented max, and
// warns of it once.
func clampIndent(ls []line, max int, warn func(kind thread.WarningKind, line int, format string, args ...any)) {
	if max < 0 || max >= math.MaxInt32 {
		return // no limit
	}
	first, n := 0, 0
	for i := range ls {
		if int(ls[i].indent) > max {
			if n == 0 {
				first = ls[i].num
			}
			n++
			ls[i].indent = int32(max)
		}
	}
	if n > 0 {
		warn(thread.WarnLimit, first, "%d lines indented deeper than %d columns read as indented %d (Limits.MaxIndent), the first here", n, max, max)
	}
}

// declaredFound says that a post declares declared comments and holds
// found: "declared 3 comments, found 2", "declared 1 comment, found 2".
func declaredFound(declared, found int) string {
	return fmt.Sprintf("declared %d %s, found %d", declared, commentNoun(declared), found)
}

// commentNoun is "comment" for one, "comments" for any other number.
func commentNoun(n int) string {
	if n == 1 {
		return "comment"
	}
	return "comments"
}
