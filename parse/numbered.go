package parse

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

// numbered reads an html-to-text conversion of a comment list:
//
//  9. [blank.gif]
//     AnonymousSunday, January 24, 2016
//     First line of the comment
//     further lines
//
//     ReplyDelete
//     Replies
//
//  1. [photo.jpg]
//     Jane Doe January 25, 2016 at 10:02 AM
//     A reply.
//     Delete
//
//  10. The next comment
//
// Converters right-align the item numbers (w3m " 9." then "10.", lynx
// "    9." then "   10."), so an item is known by the column where its text
// starts, not by the indent of its number: the first item sets the column
// of the comments, and an item whose text starts further right is a reply
// inside a thread (after "Replies", or when a header follows it). A
// numbered line whose text starts elsewhere is a list in a comment's text;
// a numbered list at column 0 is never a comment. Bullets ("•", "*") open
// items the same way, as the templates of 2004 to 2006 list comments with a
// footer ("By Jane, at 1:53 PM") under each.
//
// An item's first line may be the commenter's picture ("[blank.gif]",
// markup of kind avatar) and its first text line a header, the author's
// name glued to the date in the blog's own format and language. The action
// links, in any interface language of package lang, close items and open
// threads. Once an item is closed, a line left of the comments' column
// ends the comment section: what follows is the page's furniture.
type numbered struct{}

func (numbered) Name() string { return "numbered" }
func (numbered) Description() string {
	return "html-to-text: comments as an indented numbered or bulleted list, replies nested, action links or footers"
}

// listMarker is the marker that opens a list item.
type listMarker struct {
	number int    // the item's number, 0 for a bullet
	rest   string // the item's text on the marker's line
	col    int    // the column where that text starts
}

// bullets are the characters converters print for the items of an
// unnumbered list.
const bullets = "•*●○◦▪■+-"

// marker reads the number ("12. ") or bullet ("• ") that opens a list
// item at an indent of at most sixteen columns.
func marker(l *line) (listMarker, bool) {
	if l.indent > 16 || l.blank() {
		return listMarker{}, false
	}
	s := l.trim()
	if n, rest, ok := numberedItem(s); ok {
		if l.indent == 0 && n < 10 && !(rest == "" || isAvatar(rest) || avatarStart(rest) || itemHeader(rest)) {
			// A list at column 0 is text, unless its item opens with a
			// picture or a header, as pandoc prints comments.
			return listMarker{}, false
		}
		// The text's column is taken one space after the dot, however
		// many spaces stand there (elinks pads with no-break spaces).
		return listMarker{n, rest, int(l.indent) + strings.IndexByte(s, '.') + 2}, true
	}
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(bullets, r) && n == len(s) && strings.ContainsRune("-*+•", r) {
		// A bullet alone on its line, the item's text below it, as
		// pandoc writes an item that opens with a block ("-   ").
		return listMarker{0, "", int(l.indent) + 2}, true
	}
	if l.indent == 0 || !strings.ContainsRune(bullets, r) || n >= len(s) || s[n] != ' ' {
		return listMarker{}, false
	}
	rest := strings.TrimLeft(s[n:], " ")
	if rest == "" {
		return listMarker{}, false
	}
	return listMarker{0, rest, int(l.indent) + 1 + (len(s) - n - len(rest))}, true
}

// isItem reports whether l opens a numbered item as a comment list does:
// a number at an indent of one to eight columns (or 0 for a number of two
// digits or more, right-aligned).
func isItem(l line) bool {
	m, ok := marker(&l)
	return ok && m.number > 0
}

// itemEvidence reports whether the item at ls[i] looks like a comment: an
// action link, a footer or a header follows within its lines, or its first
// text is a picture or a header.
func itemEvidence(ls []line, i int, m listMarker) bool {
	if isAvatar(m.rest) || avatarStart(m.rest) || m.rest != "" && itemHeader(m.rest) {
		return true
	}
	for j := i + 1; j < len(ls) && j < i+200; j++ {
		l := &ls[j]
		if l.blank() {
			continue
		}
		if n, ok := marker(l); ok && n.col == m.col {
			return false // the next item, with no evidence in between
		}
		if l.indent >= 1 && wholeAction(l.trim()) != actNone {
			return true
		}
		if _, _, ok := header.Footer(l.trim()); ok {
			return true
		}
		if j == nextText(ls, i+1) && (m.rest == "" || isAvatar(m.rest)) && itemHeader(l.trim()) {
			return true
		}
	}
	return false
}

// opensComment reports whether the item at ls[i] opens as a comment does,
// by itself: a picture, a header, or a picture's alt text or nothing with
// a header on the next line; not by an action link further on, which a
// list inside a comment may have below it.
func opensComment(ls []line, i int, m listMarker) bool {
	if isAvatar(m.rest) || avatarStart(m.rest) || m.rest != "" && itemHeader(m.rest) || altText(ls, i, m.rest) {
		return true
	}
	j := nextText(ls, i+1)
	return m.rest == "" && j >= 0 && j <= i+2 && itemHeader(ls[j].trim())
}

// itemHeader reports whether s reads as a comment header in an item's
// first text line.
func itemHeader(s string) bool {
	if _, _, ok := header.GluedHeader(s); ok {
		return true
	}
	if _, ok := header.Said(s); ok {
		return true
	}
	_, _, ok := header.SaidAt(s, nil)
	return ok
}

func (numbered) score(ls []line) int {
	items, marks := 0, 0
	for i := range ls {
		l := &ls[i]
		if m, ok := marker(l); ok {
			if m.number > 0 {
				items++
			}
			if isAvatar(m.rest) || avatarStart(m.rest) {
				marks++
			}
			continue
		}
		if l.indent >= 1 {
			if wholeAction(l.trim()) != actNone {
				marks++
			} else if _, _, ok := header.Footer(l.trim()); ok {
				marks++
				items++
			}
		}
	}
	if marks == 0 || items == 0 {
		return 0
	}
	return 3*marks + items
}

func (numbered) start(ls []line) int {
	for i := range ls {
		if m, ok := marker(&ls[i]); ok && itemEvidence(ls, i, m) {
			return i
		}
	}
	return -1
}

func (numbered) parse(b *builder, ls []line) []*pending {
	r := numberedRun{b: b, ls: ls, topCol: -1, topInd: -1, topNum: true, replyCol: -1, replyInd: -1, trailer: -1}
	for i := 0; i < len(ls); i++ {
		l := &ls[i]
		if l.blank() {
			if r.cur != nil {
				r.cur.text.add("")
			}
			continue
		}
		s := l.trim()
		if m, ok := marker(l); ok {
			if j, ok := r.item(i, m, s); ok {
				i = j
				continue
			}
		}
		if j, ok := r.commentLine(i, s); ok {
			i = j
			continue
		}
		if r.topCol >= 0 && int(l.indent) < r.topCol-1 || r.cur == nil {
			switch r.outside(i, s) {
			case lineTaken:
				continue
			case sectionEnds:
				i = len(ls)
				continue
			}
		}
		r.header = false
		b.bodyLine(r.cur, *l)
	}
	if r.trailer >= 0 {
		b.pageTrailer(ls[r.trailer:])
	}
	return r.out
}

// numberedRun is what numbered.parse knows as it reads a section's lines.
type numberedRun struct {
	b        *builder
	ls       []line
	out      []*pending
	cur      *pending
	topCol   int // the column of the comments' text
	topInd   int // the indent of the first comment's marker
	topNum   bool
	replyCol int
	replyInd int
	inThread bool
	lastTop  int  // the number of the last top-level item
	header   bool // the next text line of cur may be its header
	trailer  int  // the line where the page's furniture starts
}

// item reads the list item that marker m opens on line i (trimmed s), when
// it is a comment or a reply: the item's number as markup, then what
// follows it on the line (its header, an avatar, or its text). It
// returns the last line it read.
func (r *numberedRun) item(i int, m listMarker, s string) (int, bool) {
	b, ls, l := r.b, r.ls, &r.ls[i]
	if r.topCol < 0 && itemEvidence(ls, i, m) {
		r.topCol, r.topInd, r.topNum = m.col, int(l.indent), m.number > 0
	}
	// Numbers right-aligned keep the text's column, numbers
	// left-aligned the marker's indent.
	top := (m.col == r.topCol || int(l.indent) == r.topInd) && (m.number > 0) == r.topNum
	if !top && m.number > 0 && m.number == r.lastTop+1 && r.topCol >= 0 &&
		(m.col == r.topCol+1 || m.col == r.topCol-1) && int(l.indent) <= r.topInd {
		// 99 then 100: a converter that right-aligns to two
		// digits pushes the third out by a column, and the
		// items after it follow.
		top = true
		r.topCol, r.topInd = m.col, int(l.indent)
	}
	reply := !top && r.cur != nil && r.topCol >= 0 && int(l.indent) > r.topInd && m.number > 0 &&
		(r.replyCol < 0 || m.col == r.replyCol || int(l.indent) == r.replyInd) && (r.inThread || itemEvidence(ls, i, m)) ||
		// A reply nested deeper than Blogger shows (a reply to a
		// reply) is one more reply of the thread when it opens
		// as a comment does.
		!top && r.cur != nil && r.replyCol >= 0 && m.col > r.replyCol && m.number > 0 && r.inThread && opensComment(ls, i, m)
	if !top && !reply {
		return i, false
	}
	p := b.newNode(*l)
	p.number, p.numLine = m.number, l.num
	p.span.line(*l)
	if top {
		r.inThread = false
		r.lastTop = m.number
	} else {
		p.reply = true
		if r.replyCol < 0 {
			r.replyCol, r.replyInd = m.col, int(l.indent)
		}
	}
	if !b.noMarkup {
		b.markup(*l, thread.MarkupNumber, strings.TrimRight(s[:len(s)-len(m.rest)], " \t"))
	}
	r.out = append(r.out, p)
	r.cur = p
	r.header = false
	switch {
	case m.rest == "":
		r.header = true // elinks: the number alone, the header below
	case isAvatar(m.rest):
		b.markup(*l, thread.MarkupAvatar, m.rest)
		r.header = true
	case avatarStart(m.rest):
		b.markup(*l, thread.MarkupAvatar, m.rest)
		i = b.wrappedAvatar(ls, i, p)
		r.header = true
	case altText(ls, i, m.rest):
		b.markup(*l, thread.MarkupAvatar, m.rest)
		r.header = true
	case !b.headerLine(p, *l, m.rest):
		if j, ok := b.twoLineHeaderName(p, ls, i, m.rest); ok {
			return j, true
		}
		if langs := lang.Removed(m.rest); langs != 0 {
			p.deleted = true
			b.vote(langs)
		}
		p.text.add(m.rest)
		r.header = false
	}
	return i, true
}

// commentLine reads line i (trimmed s) of the comment being read when it
// is one of its own lines that are not text: an action link, its header
// (or the avatar before it), a footer. It returns the last line it read.
func (r *numberedRun) commentLine(i int, s string) (int, bool) {
	b, cur, l := r.b, r.cur, &r.ls[i]
	if cur == nil {
		return i, false
	}
	if l.indent >= 1 {
		if act, ok := b.actionLine(*l, s, cur); ok {
			r.header = false
			r.inThread = threadAfter(act, cur, r.inThread)
			return i, true
		}
	}
	if int(l.indent) < r.topCol-1 {
		return i, false
	}
	if r.header {
		r.header = false
		if isAvatar(s) || altText(r.ls, i, s) {
			b.markup(*l, thread.MarkupAvatar, s)
			cur.span.line(*l)
			r.header = true
			return i, true
		}
		if b.headerLine(cur, *l, s) {
			cur.span.line(*l)
			return i, true
		}
		if j, ok := b.twoLineHeader(cur, r.ls, i); ok {
			return j, true
		}
	}
	return i, b.footerLine(cur, *l, s)
}

// lineOutcome says what became of a line outside the comments' column.
type lineOutcome int

const (
	lineText    lineOutcome = iota // text of the comment being read
	lineTaken                      // read: markup, or a comment of its own
	sectionEnds                    // the page's furniture: the section ends
)

// outside reads line i (trimmed s), which stands left of the comments'
// column or before the first: page furniture, text before the first
// comment (kept as a comment of its own), or stray text.
func (r *numberedRun) outside(i int, s string) lineOutcome {
	b, l := r.b, &r.ls[i]
	if isChrome(s) {
		b.markup(*l, thread.MarkupChrome, s)
		b.vote(chromeLang(s))
		if r.cur != nil && r.cur.closed {
			r.trailer = i + 1
			return sectionEnds
		}
		return lineTaken
	}
	switch {
	case r.cur == nil:
		// Text before the first numbered comment: keep it as a
		// comment of its own rather than lose it.
		b.warn(thread.WarnStrayText, l.num, "text before the first numbered comment kept as a comment")
		r.cur = b.newNode(*l)
		r.out = append(r.out, r.cur)
	case r.cur.closed:
		r.trailer = i
		return sectionEnds
	default:
		b.warn(thread.WarnStrayText, l.num, "unindented line kept in the comment above it")
	}
	return lineText
}

// wrappedAvatar takes the lines of a picture's address that a converter
// wrapped after ls[i] (html2text: "[//2.bp.blogspot.com/.../" then
// "S45-s35/photo.jpg]") as avatar markup, and returns the index of its
// last line.
func (b *builder) wrappedAvatar(ls []line, i int, p *pending) int {
	for j := i + 1; j < len(ls) && j <= i+6; j++ {
		s := ls[j].trim()
		if ls[j].blank() || strings.IndexByte(s, ' ') >= 0 {
			return i
		}
		if strings.HasSuffix(s, "]") {
			for k := i + 1; k <= j; k++ {
				b.markup(ls[k], thread.MarkupAvatar, ls[k].trim())
				p.span.line(ls[k])
			}
			return j
		}
	}
	return i
}

// altText reports whether s, the text of ls[i], is a picture's alt text
// printed as a line of its own: the next text line is a header and s names
// its author ("Jane Doe" or "Jane Doe profile picture" above "Jane
// DoeJanuary 24, 2016 at 10:23 AM").
func altText(ls []line, i int, s string) bool {
	j := nextText(ls, i+1)
	if j < 0 || j > i+2 || len(s) > 120 {
		return false
	}
	next := ls[j].trim()
	var author string
	if h, ok := parseHeader(next, time.UTC); ok {
		author = h.author
	} else if a, _, ok := header.GluedHeader(next); ok {
		author = a
	}
	author = header.Deunderscore(author)
	return author != "" && len(s) <= len(author)+40 && strings.Contains(lang.Fold(header.Deunderscore(s)), lang.Fold(author))
}

// headerLine reads s, the first text of p's item on line l, as a comment
// header: an author glued to a date (and time) in any format and language,
// "Name said...", or "At DATE, Name said...". It reports whether it was one.
func (b *builder) headerLine(p *pending, l line, s string) bool {
	if b.dateOrder != orderUnknown {
		// The page's order settles numeric dates that read both ways:
		// the reading that knows both goes first.
		if a, st, ok := header.GluedHeader(s); ok {
			b.markup(l, thread.MarkupHeader, s)
			p.author, p.source = a, thread.SourceHeader
			b.setStamp(p, st)
			return true
		}
	}
	if h, ok := parseHeader(s, b.loc); ok {
		b.markup(l, thread.MarkupHeader, s)
		t := h.time
		p.author, p.source, p.time = h.author, thread.SourceHeader, &t
		return true
	}
	if a, st, ok := header.GluedHeader(s); ok {
		b.markup(l, thread.MarkupHeader, s)
		p.author, p.source = a, thread.SourceHeader
		b.setStamp(p, st)
		return true
	}
	if a, t, ok := header.SaidAt(s, b.loc); ok {
		b.markup(l, thread.MarkupHeader, s)
		tm := t
		p.author, p.source, p.time = a, thread.SourceHeader, &tm
		return true
	}
	if a, langs, ok := header.SaidLang(s); ok {
		b.markup(l, thread.MarkupHeader, s)
		b.vote(langs)
		p.author, p.source = a, thread.SourceHeader
		return true
	}
	return false
}

// twoLineHeader reads an author's name on ls[i] and the time on the next
// text line (see the function twoLineHeader), in an item where a header is
// due. It returns the index of the time line.
func (b *builder) twoLineHeader(p *pending, ls []line, i int) (int, bool) {
	return b.twoLineHeaderName(p, ls, i, ls[i].trim())
}

// twoLineHeaderName is twoLineHeader with the name s given, the text after
// the item's number on ls[i] ("1. Jane Doe", the time on the next line).
func (b *builder) twoLineHeaderName(p *pending, ls []line, i int, s string) (int, bool) {
	j, st, ok := twoLineHeaderName(ls, i, s, false)
	if !ok {
		return i, false
	}
	b.markup(ls[i], thread.MarkupHeader, s)
	b.markup(ls[j], thread.MarkupHeader, ls[j].trim())
	p.span.line(ls[i])
	p.span.line(ls[j])
	p.author, p.source = header.Deunderscore(s), thread.SourceHeader
	b.setStamp(p, st)
	return j, true
}

// setStamp gives p the time a header or footer shows: a date and time, a
// date alone (no time is invented for it), or a clock alone (its date then
// comes from the post).
func (b *builder) setStamp(p *pending, st when.Stamp) {
	if st.Other != nil && b.dateOrder != orderUnknown && (b.dateOrder == orderMonthFirst) != st.MonthFirst {
		st.Date = *st.Other // the order the page's unambiguous dates show
	}
	switch {
	case st.HasDate && st.HasClock:
		t, _ := st.Time(nil, b.loc)
		p.time = &t
	case st.HasDate:
		d := st.Date
		p.date = &d
	case st.HasClock:
		p.clock = fmt.Sprintf("%02d:%02d", st.Hour, st.Minute)
	}
}

// footerLine reads s as a comment's footer ("By Jane, at 1:53 PM") and
// reports whether it was one; it closes p.
func (b *builder) footerLine(p *pending, l line, s string) bool {
	a, st, ok := header.Footer(s)
	if !ok {
		return false
	}
	b.markup(l, thread.MarkupFooter, s)
	p.span.line(l)
	if p.author == "" {
		p.author, p.source = a, thread.SourceHeader
	}
	if p.time == nil && p.clock == "" {
		b.setStamp(p, st)
	}
	p.closed = true
	return true
}

// bodyLine adds a line of text to p, noting a removed comment's sentence.
func (b *builder) bodyLine(p *pending, l line) {
	if langs := lang.Removed(l.trim()); langs != 0 {
		p.deleted = true
		b.vote(langs)
	}
	p.addText(l)
}

// pageTrailer keeps the lines after a comment section as the page's
// furniture: navigation, subscription links, the sidebar.
func (b *builder) pageTrailer(ls []line) {
	first := -1
	for _, l := range ls {
		if l.blank() {
			continue
		}
		b.markup(l, thread.MarkupChrome, l.trim())
		if isChrome(l.trim()) {
			b.vote(chromeLang(l.trim()))
		} else if first < 0 {
			first = l.num
		}
	}
	if first >= 0 {
		b.warn(thread.WarnChrome, first, "text after the comment section kept as page furniture, from here")
	}
}
