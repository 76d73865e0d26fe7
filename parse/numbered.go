package parse

import (
	"strings"

	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

// numbered reads an html-to-text conversion of a comment list:
//
//  1. First line of the comment
//     further lines, indented four
//
//     ReplyDelete
//     Replies
//
//  1. A reply
//     further lines, indented six
//
//     Delete
//
//  2. The next comment
//
// The indentation is taken from the dump (the first item sets the comment
// level), not fixed at two and four. An indented numbered line is a reply
// only inside a thread (after "Replies"); elsewhere it is a list in the
// comment's text. A numbered list at column 0 is never a comment.
type numbered struct{}

func (numbered) Name() string { return "numbered" }
func (numbered) Description() string {
	return "html-to-text: comments as an indented numbered list, replies nested, ReplyDelete/Delete lines"
}

// isItem reports whether l opens a top-level item: a number at an indent of
// one to three spaces.
func isItem(l line) bool {
	if l.indent < 1 || l.indent > 3 {
		return false
	}
	_, _, ok := numberedItem(l.trim())
	return ok
}

func (numbered) score(ls []line) int {
	items, marks := 0, 0
	for _, l := range ls {
		switch {
		case isItem(l):
			items++
		case l.indent >= 4 && wholeAction(l.trim()) != actNone:
			marks++
		}
	}
	if marks == 0 || items == 0 {
		return 0
	}
	return 3*marks + items
}

func (numbered) start(ls []line) int {
	for i, l := range ls {
		if isItem(l) {
			for _, m := range ls[i+1:] {
				if m.indent > l.indent && wholeAction(m.trim()) != actNone {
					return i
				}
			}
			return -1
		}
	}
	return -1
}

func (numbered) parse(b *builder, ls []line) []*pending {
	var (
		out      []*pending
		cur      *pending
		c0, r0   int32 = -1, -1
		inThread bool
	)
	for _, l := range ls {
		if l.blank() {
			if cur != nil {
				cur.text.add("")
			}
			continue
		}
		if c0 < 0 && isItem(l) {
			c0 = l.indent
		}
		if cur != nil && l.indent > c0 {
			if act := wholeAction(l.trim()); act != actNone {
				b.markup(l, thread.MarkupAction, l.trim())
				cur.span.line(l)
				cur.closed = true
				switch act {
				case actReplies, actReplyDeleteReplies:
					inThread = true
				case actDeleteReply:
					inThread = false
				case actReply:
					if cur.reply {
						inThread = false
					}
				}
				continue
			}
		}
		if n, rest, ok := numberedItem(l.trim()); ok && (l.indent == c0 || inThread && l.indent > c0 && (r0 < 0 || l.indent == r0)) {
			p := b.newNode(l)
			p.number, p.numLine = n, l.num
			if l.indent == c0 {
				inThread = false
			} else {
				p.reply = true
				r0 = l.indent
			}
			if !b.noMarkup {
				num := l.trim()[:len(l.trim())-len(rest)]
				b.markup(l, thread.MarkupNumber, strings.TrimRight(num, " \t"))
			}
			p.span.line(l)
			if h, ok := parseHeader(rest, b.loc); ok {
				b.markup(l, thread.MarkupHeader, rest)
				p.author, p.source, p.time = h.author, thread.SourceHeader, &h.time
			} else if a, ok := when.Said(rest); ok {
				b.markup(l, thread.MarkupHeader, rest)
				p.author, p.source = a, thread.SourceHeader
			} else {
				p.text.add(rest)
			}
			out = append(out, p)
			cur = p
			continue
		}
		if l.indent <= c0 || cur == nil {
			if isChrome(l.trim()) {
				b.markup(l, thread.MarkupChrome, l.trim())
				continue
			}
			if cur == nil {
				// Text before the first item: keep it as a comment of
				// its own rather than lose it.
				b.warn(l.num, "text before the first numbered comment kept as a comment")
				cur = b.newNode(l)
				out = append(out, cur)
			} else {
				b.warn(l.num, "unindented line kept in the comment above it")
			}
		}
		cur.addText(l)
	}
	return out
}
