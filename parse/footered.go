package parse

import (
	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/thread"
)

// footered reads the comment sections of the templates of 2004 and 2005
// that print no list and no header, only the text of each comment and a
// footer under it:
//
//	We lost power for an hour over here too.
//	# posted by Mabel : 9:14 PM
//
//	Nothing beats the smell of rain on hot pavement.
//	# posted by Anonymous : 10:02 PM
//
// A comment is the text since the previous footer ("# posted by Jane :
// 11:58 AM", "By Jane, at 1:53 PM"); what follows the last footer is the
// page's furniture. Footers inside a numbered or bulleted list are the
// numbered layout's.
type footered struct{}

func (footered) Name() string { return "footer" }
func (footered) Description() string {
	return "2004-2005 templates: each comment's text, then a footer \"# posted by Jane : 11:58 AM\""
}

func (footered) score(ls []line) int {
	footers, firstMarker := 0, -1
	for i := range ls {
		l := &ls[i]
		if l.blank() {
			continue
		}
		if _, ok := marker(l); ok && firstMarker < 0 {
			firstMarker = i
		}
		if _, _, ok := header.Footer(l.trim()); ok {
			if firstMarker >= 0 {
				return 0 // footers in a list: numbered (a sidebar's list after them is not)
			}
			footers++
		}
	}
	if footers == 0 {
		return 0
	}
	return 4*footers + 1 // above numbered's 3 a mark and 1 an item
}

func (footered) start(ls []line) int {
	for i := range ls {
		if _, _, ok := header.Footer(ls[i].trim()); ok {
			// The first comment starts after the blank line before its footer.
			for j := i - 1; j >= 0; j-- {
				if ls[j].blank() {
					return nextText(ls, j+1)
				}
			}
			return nextText(ls, 0)
		}
	}
	return -1
}

func (footered) parse(b *builder, ls []line) []*pending {
	last := -1 // the last footer: the page's furniture follows it
	for i := range ls {
		if _, _, ok := header.Footer(ls[i].trim()); ok {
			last = i
		}
	}
	var (
		out []*pending
		cur *pending
	)
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.blank() {
			if cur != nil {
				cur.text.add("")
			}
			continue
		}
		if i > last && len(out) > 0 && cur == nil {
			b.pageTrailer(ls[i:])
			break
		}
		s := l.trim()
		if cur != nil && b.footerLine(cur, l, s) {
			cur = nil
			continue
		}
		if cur == nil {
			if isChrome(s) {
				b.markup(l, thread.MarkupChrome, s)
				b.vote(chromeLang(s))
				continue
			}
			cur = b.newNode(l)
			out = append(out, cur)
		}
		b.bodyLine(cur, l)
	}
	return out
}
