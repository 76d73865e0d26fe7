package parse

import (
	"fmt"
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

// copypaste reads what select-all and copy in a browser gives: a header line
// with author and time opens each comment, and the action links stand on
// lines of their own.
//
//	Anonymous28 October 2022 at 19:30
//	The comment's text.
//	ReplyDelete
//	Replies
//	Jane Doe 28 October 2022 at 19:45
//	A reply.
//	Delete
//	Reply
//
// "Replies" opens the thread of the comment above it and "Reply" after a
// reply closes it; "ReplyDelete" and "Delete" only close a comment. A
// reader's copy, which has no Delete links, has the same shape with "Reply"
// in place of "ReplyDelete", and parses the same way: headers delimit the
// comments, the thread markers place them. Page chrome (share links, "Post
// a Comment", navigation) is markup wherever it stands.
type copypaste struct{}

func (copypaste) Name() string { return "copypaste" }
func (copypaste) Description() string {
	return "browser copy: a header (author and time) opens each comment, action links on their own lines"
}

func (copypaste) score(ls []line) int {
	n, headers := 0, 0
	for i := range ls {
		l := &ls[i]
		if l.indent > 3 {
			continue
		}
		if l.isHeader() {
			n += 3
			headers++
		} else if _, _, ok := twoLineHeader(ls, i, true); ok {
			n += 3
			headers++
		} else if _, _, ok := gluedDateHeader(l.trim()); ok {
			n += 3
			headers++
		} else if wholeAction(l.trim()) != actNone {
			n++
		}
	}
	if headers == 0 {
		return 0 // action lines alone: a flat dump's last marker
	}
	return n
}

func (copypaste) start(ls []line) int {
	for i := range ls {
		l := &ls[i]
		if l.indent > 3 {
			continue
		}
		if l.isHeader() {
			return i
		}
		if _, _, ok := twoLineHeader(ls, i, true); ok {
			return i
		}
		if _, _, ok := gluedDateHeader(l.trim()); ok {
			return i
		}
		if _, ok := header.Said(l.trim()); ok {
			return i
		}
	}
	return -1
}

func (copypaste) parse(b *builder, ls []line) []*pending { return parseHeadered(b, ls) }

// classic reads Blogger's classic template, which has no threads:
//
//	Jane Doe said...
//	The comment's text.
//	September 20, 2023 7:37 AM
//
// "Name said..." opens a comment and the time line after its text closes
// it; every comment is top-level.
type classic struct{}

func (classic) Name() string { return "classic" }
func (classic) Description() string {
	return "classic template: \"Name said...\", the text, then the time on its own line; no threads"
}

func (classic) score(ls []line) int {
	n := 0
	for _, l := range ls {
		if l.indent > 3 {
			continue
		}
		if _, ok := header.Said(l.trim()); ok {
			n += 3
		} else if _, ok := when.TimeLine(l.trim(), time.UTC); ok {
			n++
		}
	}
	return n
}

func (classic) start(ls []line) int { return copypaste{}.start(ls) }

func (classic) parse(b *builder, ls []line) []*pending { return parseHeadered(b, ls) }

// parseHeadered reads the copy-paste and classic layouts, which differ only
// in their headers; both may appear in one section. A commenter's picture
// ("[photo]", or a bullet where there is none) stands before a header as
// avatar markup; the classic template's time line may be indented and end
// with the delete icon ("November 12, 2012 4:26 PM [icon_delete13.gif]").
// Once the last comment is closed, a line of page furniture ends the
// section: what follows is the page's.
func parseHeadered(b *builder, ls []line) []*pending {
	r := headeredRun{b: b, ls: ls, trailer: -1}
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.blank() {
			if r.cur != nil {
				r.cur.text.add("")
			}
			continue
		}
		s := l.trim()
		if act, ok := b.actionLine(l, s, r.cur); ok {
			r.inThread = threadAfter(act, r.cur, r.inThread)
			continue
		}
		if isChrome(s) {
			b.markup(l, thread.MarkupChrome, s)
			b.vote(chromeLang(s))
			if r.cur != nil && !r.cur.awaitsTm && endsSection(s) {
				r.trailer = i + 1
				break
			}
			continue
		}
		if _, ok, _ := parseCount(s); ok {
			b.markup(l, thread.MarkupCount, s)
			continue
		}
		if isAvatar(s) && (r.cur == nil || r.cur.closed || !r.cur.awaitsTm) && (headerAhead(ls, i+1) || sectionEndAhead(ls, i+1)) {
			// A picture before a header, or the delete icon the
			// templates of 2005 print after a comment with its time in
			// its header ("[icon_delete13.gif]").
			b.markup(l, thread.MarkupAvatar, s)
			continue
		}
		if l.indent <= 3 {
			if j, ok := r.header(i, s); ok {
				i = j
				continue
			}
		}
		if r.cur != nil && r.cur.awaitsTm && r.timeLine(l, s) {
			continue
		}
		if r.cur != nil && !r.cur.closed && b.footerLine(r.cur, l, s) {
			r.cur.awaitsTm = false
			continue
		}
		if r.cur == nil {
			b.warn(thread.WarnStrayText, l.num, "text before the first comment header kept as a comment")
			r.open(l)
		} else if r.cur.closed {
			b.warn(thread.WarnStrayText, l.num, "text after comment %d's closing line kept in it", len(r.out))
		}
		b.bodyLine(r.cur, l)
	}
	if r.trailer >= 0 {
		b.pageTrailer(ls[r.trailer:])
	}
	if r.underscored {
		spaceNames(r.out)
	}
	return r.out
}

// headeredRun is what parseHeadered knows as it reads a section's lines.
type headeredRun struct {
	b        *builder
	ls       []line
	out      []*pending
	cur      *pending
	inThread bool
	trailer  int // the line where the page's furniture starts
	// underscored: the section's times came with html2text's
	// underscores, and so did its linked names
	underscored bool
}

// open starts a comment (a reply in a thread) at line l.
func (r *headeredRun) open(l line) *pending {
	p := r.b.newNode(l)
	p.reply = r.inThread && len(r.out) > 0
	p.span.line(l)
	r.out = append(r.out, p)
	r.cur = p
	return p
}

// header reads line i (trimmed s) when it is a comment's header, of any
// template: an author and a time, glued or apart, on one line or two;
// "At TIME, NAME said..."; "NAME said..." with the time on a line below.
// It opens the comment, and returns the header's last line.
func (r *headeredRun) header(i int, s string) (int, bool) {
	b, ls, l := r.b, r.ls, r.ls[i]
	awaiting := r.cur != nil && r.cur.awaitsTm
	if h, ok := ls[i].header(b.loc); ok {
		p := r.open(l)
		b.markup(l, thread.MarkupHeader, s)
		if a, st, ok := header.GluedHeader(s); ok && st.Other != nil && b.dateOrder != orderUnknown {
			// A numeric date that reads both ways: the page's
			// order settles it.
			p.author, p.source = a, thread.SourceHeader
			b.setStamp(p, st)
			return i, true
		}
		t := h.time // only a header's time goes to the heap
		p.author, p.source, p.time = h.author, thread.SourceHeader, &t
		return i, true
	}
	if a, st, ok := gluedDateHeader(s); ok && !awaiting {
		p := r.open(l)
		b.markup(l, thread.MarkupHeader, s)
		p.author, p.source = a, thread.SourceHeader
		b.setStamp(p, st)
		return i, true
	}
	if j, st, ok := twoLineHeader(ls, i, true); ok && !awaiting {
		p := r.open(l)
		b.markup(l, thread.MarkupHeader, s)
		b.markup(ls[j], thread.MarkupHeader, ls[j].trim())
		p.span.line(ls[j])
		p.author, p.source = header.Deunderscore(s), thread.SourceHeader
		b.setStamp(p, st)
		return j, true
	}
	if a, t, ok := header.SaidAt(s, b.loc); ok {
		p := r.open(l)
		b.markup(l, thread.MarkupHeader, s)
		tm := t
		p.author, p.source, p.time = a, thread.SourceHeader, &tm
		return i, true
	}
	if a, langs, ok := header.SaidLang(s); ok {
		p := r.open(l)
		b.markup(l, thread.MarkupHeader, s)
		b.vote(langs)
		p.author, p.source, p.awaitsTm = a, thread.SourceHeader, true
		return i, true
	}
	return i, false
}

// timeLine reads line l (trimmed s) when it is the time the classic
// template prints under a comment whose header said "NAME said...": a
// date and time, or a time of day alone, maybe with the delete icon.
func (r *headeredRun) timeLine(l line, s string) bool {
	b, cur := r.b, r.cur
	t := trimIcons(header.Deunderscore(s))
	if t != trimIcons(s) {
		r.underscored = true
	}
	t = trimDeleteLabel(t, b.loc)
	if tm, ok := when.TimeLine(t, b.loc); ok {
		b.markup(l, thread.MarkupTime, s)
		cur.time, cur.awaitsTm, cur.closed = &tm, false, true
		cur.span.line(l)
		return true
	}
	if h, m, ok := when.ClockLine(t); ok {
		b.markup(l, thread.MarkupTime, s)
		cur.clock = fmt.Sprintf("%02d:%02d", h, m)
		cur.awaitsTm, cur.closed = false, true
		cur.span.line(l)
		return true
	}
	return false
}

// spaceNames gives back the spaces of header names that html2text joined
// with underscores ("Jason_Smith"), in a section whose times show that it
// did.
func spaceNames(ps []*pending) {
	for _, p := range ps {
		if p.source == thread.SourceHeader && strings.IndexByte(p.author, ' ') < 0 {
			p.author = strings.ReplaceAll(p.author, "_", " ")
		}
	}
}

// endsSection reports whether a furniture line is one that follows a
// comment section ("Post a Comment", "Newer Post Older Post Home"), not one
// that stands between comments.
func endsSection(s string) bool {
	return !isAvatar(s)
}

// headerAhead reports whether the next text line from ls[i] is a comment
// header, so that a picture before it is the commenter's.
func headerAhead(ls []line, i int) bool {
	for end := i + 4; i < len(ls) && i < end; i++ {
		if ls[i].blank() {
			continue
		}
		s := ls[i].trim()
		if isAvatar(s) {
			continue
		}
		if ls[i].isHeader() {
			return true
		}
		if _, ok := header.Said(s); ok {
			return true
		}
		_, _, ok := header.SaidAt(s, time.UTC)
		return ok
	}
	return false
}

// gluedDateHeader reads a header of a name glued to a date with no time of
// day, as a browser copies the threaded template's "Jane DoeSunday, 24
// January 2016": the name must touch the date, so that a sentence that ends
// in a date ("See you on Sunday, 24 January 2016") is not one.
func gluedDateHeader(s string) (string, when.Stamp, bool) {
	if len(s) < 8 || !textutil.IsDigit(s[len(s)-1]) {
		return "", when.Stamp{}, false
	}
	a, st, ok := header.GluedHeader(s)
	if !ok || st.HasClock || !strings.HasPrefix(s, a) || len(s) == len(a) || s[len(a)] == ' ' {
		return "", when.Stamp{}, false
	}
	return a, st, true
}

// twoLineHeader reports whether ls[i] is an author's name with the
// comment's time on the next text line, as the newer templates print them
// ("Jane Doe" then "January 24, 2016 at 10:23 AM"), and returns the time
// line's index and the time. withClock asks for a time of day on it, so
// that a post's date line after a comment is not read as one.
func twoLineHeader(ls []line, i int, withClock bool) (int, when.Stamp, bool) {
	return twoLineHeaderName(ls, i, ls[i].trim(), withClock)
}

// twoLineHeaderName is twoLineHeader with the name s given: the text of
// ls[i] after a list number ("1. Jane Doe").
func twoLineHeaderName(ls []line, i int, s string, withClock bool) (int, when.Stamp, bool) {
	// Deunderscore keeps the length and the last character's class: the
	// quick tests go first (detection asks about most lines).
	if len(s) > 60 || len(s) < 2 || strings.ContainsAny(s[len(s)-1:], ".!?:,;") {
		return i, when.Stamp{}, false
	}
	if s = header.Deunderscore(s); !header.PlausibleAuthor(s) {
		return i, when.Stamp{}, false
	}
	j := nextText(ls, i+1)
	if j < 0 || j > i+2 || int(ls[j].indent) > int(ls[i].indent)+4 {
		return i, when.Stamp{}, false
	}
	st, ok := header.StampLine(ls[j].trim())
	if !ok || withClock && !st.HasClock || wholeAction(s) != actNone || isChrome(s) {
		return i, when.Stamp{}, false
	}
	// The comment's text follows; in the classic template a time line
	// closes a comment and the next header or the page's furniture
	// follows it.
	k := nextText(ls, j+1)
	if k < 0 {
		return i, when.Stamp{}, false
	}
	next := ls[k].trim()
	if _, said := header.Said(next); said || isChrome(next) || wholeAction(next) != actNone || ls[k].isHeader() {
		return i, when.Stamp{}, false
	}
	return j, st, true
}

// sectionEndAhead reports whether the next text line of ls from i is
// furniture that ends a comment section ("Post a Comment"), or there is
// none.
func sectionEndAhead(ls []line, i int) bool {
	j := nextText(ls, i)
	return j < 0 || isChrome(ls[j].trim()) && endsSection(ls[j].trim())
}

// deleteWords are the Delete links' words in every language, folded.
var deleteWords = lang.NewTable(func(l *lang.Language) []string { return l.Delete })

// trimDeleteLabel takes off the delete icon's alt text a converter prints
// after a time line when the template gives it one ("October 28, 2012 at
// 5:33 PM Delete Comment", "… Kommentar löschen"): up to three last words,
// one of them a Delete link's word in some language, that leave a time
// line before them. Otherwise it returns s.
func trimDeleteLabel(s string, loc *time.Location) string {
	isTime := func(s string) bool {
		_, ok := when.TimeLine(s, loc)
		_, _, clock := when.ClockLine(s)
		return ok || clock
	}
	if isTime(s) {
		return s
	}
	cut, label := len(s), false
	for k := 0; k < 3; k++ {
		i := strings.LastIndexByte(s[:cut], ' ')
		if i < 0 {
			return s
		}
		label = label || deleteWords.Lookup(s[i+1:cut]) != 0
		cut = i
		head := strings.TrimRight(s[:cut], " ")
		if label && isTime(head) {
			return head
		}
	}
	return s
}

// trimIcons takes off the pictures a converter leaves after a time line:
// "November 12, 2012 4:26 PM [icon_delete13.gif]".
func trimIcons(s string) string {
	for strings.HasSuffix(s, "]") {
		i := strings.LastIndexByte(s, '[')
		if i < 0 {
			break
		}
		s = textutil.TrimSpace(s[:i])
	}
	return s
}
