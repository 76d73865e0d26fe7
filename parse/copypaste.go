package parse

import (
	"fmt"
	"time"

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
		if _, ok := when.Said(l.trim()); ok {
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
		if _, ok := when.Said(l.trim()); ok {
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
// in their headers; both may appear in one section.
func parseHeadered(b *builder, ls []line) []*pending {
	var (
		out      []*pending
		cur      *pending
		inThread bool
	)
	open := func(l line) *pending {
		p := b.newNode(l)
		p.reply = inThread && len(out) > 0
		p.span.line(l)
		out = append(out, p)
		cur = p
		return p
	}
	for i, l := range ls {
		if l.blank() {
			if cur != nil {
				cur.text.add("")
			}
			continue
		}
		if act := wholeAction(l.trim()); act != actNone {
			b.markup(l, thread.MarkupAction, l.trim())
			if cur != nil {
				cur.span.line(l)
				cur.closed = true
			}
			switch act {
			case actReplies, actReplyDeleteReplies:
				inThread = true
			case actDeleteReply:
				inThread = false
			case actReply:
				if cur != nil && cur.reply {
					inThread = false
				}
			}
			continue
		}
		if isChrome(l.trim()) {
			b.markup(l, thread.MarkupChrome, l.trim())
			continue
		}
		if _, ok, _ := parseCount(l.trim()); ok {
			b.markup(l, thread.MarkupCount, l.trim())
			continue
		}
		if l.indent <= 3 {
			if h, ok := ls[i].header(b.loc); ok {
				p := open(l)
				b.markup(l, thread.MarkupHeader, l.trim())
				p.author, p.source, p.time = h.author, thread.SourceHeader, &h.time
				continue
			}
			if a, ok := when.Said(l.trim()); ok {
				p := open(l)
				b.markup(l, thread.MarkupHeader, l.trim())
				p.author, p.source, p.awaitsTm = a, thread.SourceHeader, true
				continue
			}
			if cur != nil && cur.awaitsTm {
				if t, ok := when.TimeLine(l.trim(), b.loc); ok {
					b.markup(l, thread.MarkupTime, l.trim())
					cur.time, cur.awaitsTm, cur.closed = &t, false, true
					cur.span.line(l)
					continue
				}
				if h, m, ok := when.ClockLine(l.trim()); ok {
					b.markup(l, thread.MarkupTime, l.trim())
					cur.clock = fmt.Sprintf("%02d:%02d", h, m)
					cur.awaitsTm, cur.closed = false, true
					cur.span.line(l)
					continue
				}
			}
		}
		if cur == nil {
			b.warn(l.num, "text before the first comment header kept as a comment")
			open(l)
		} else if cur.closed {
			b.warn(l.num, "text after comment %d's closing line kept in it", len(out))
		}
		cur.addText(l)
	}
	return out
}
