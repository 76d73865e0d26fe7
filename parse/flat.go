package parse

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

// flat reads a crawler's text extraction: no numbering, no indentation, no
// blank lines, and each comment's action links glued to the first line of
// the next comment:
//
//	First comment's text.
//	ReplyDeleteSecond comment's text,
//	which goes on.
//	DeleteA reply to the second comment.
//	ReplyDelete
//
// "ReplyDelete" closes a top-level comment and "Delete" a reply (which
// belongs to the last top-level comment before it); "ReplyDeleteReplies"
// and "DeleteReply", which some extractions keep, close the same way.
//
// A lead-in line that introduces a quotation ("From Twitter:-", any short
// line ending in ":-", or a lone line quoting another comment by its time,
// `Anonymous 28 October 2022 at 22:00: "..."`) stands in these dumps just
// before the marker that belongs after it. Such lines at the end of a
// segment move to the start of the next one, and a segment that was only a
// lead-in is joined to the next.
//
// Where the comment section begins when no "N comments:" line marks it:
// the first comment is the text just before the first marker. It starts at
// the trailing lead-in lines when there are any; otherwise just after the
// last line before it that ends a post (page chrome, a byline, a separator,
// a blank line, or a short signature such as "Jane Smith"); otherwise it is
// the single line before the first marker.
type flat struct{}

func (flat) Name() string { return "flat" }
func (flat) Description() string {
	return "crawler text: no indentation, ReplyDelete/Delete glued to the next comment's first line"
}

func (flat) score(ls []line) int {
	n := 0
	for i, l := range ls {
		if l.indent != 0 {
			continue
		}
		if a, rest := gluedAction(l.trim()); a != actNone && rest != "" {
			n += 3
		} else if a := wholeAction(l.trim()); (a.closesTop() || a.closesReply()) && i > 0 && !ls[i-1].blank() {
			n++ // the last comment's marker, alone on the last line
		}
	}
	return n
}

func (flat) start(ls []line) int {
	m := -1
	for i, l := range ls {
		if a, _ := gluedAction(l.trim()); a != actNone {
			m = i
			break
		}
	}
	if m < 0 {
		return -1
	}
	last := m - 1
	for last >= 0 && ls[last].blank() {
		last--
	}
	if last < 0 {
		return m
	}
	j := last
	for j >= 0 && (ls[j].blank() || isLeadIn(ls[j].trim())) {
		j--
	}
	if j < last {
		k := j + 1
		for ls[k].blank() {
			k++
		}
		return k
	}
	for k := last - 1; k >= 0; k-- {
		if endsPost(ls[k]) {
			return k + 1
		}
	}
	return last
}

// endsPost reports whether l can be the last line of a post's body.
func endsPost(l line) bool {
	if l.blank() || isChrome(l.trim()) || isSeparator(l.trim()) {
		return true
	}
	if strings.HasPrefix(l.trim(), "Posted by ") {
		return true
	}
	return looksLikeName(l.trim())
}

// looksLikeName reports whether s is a short signature: one to three words,
// at most 30 bytes, no closing punctuation, starting with a capital letter
// or an apostrophe.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 30 {
		return false
	}
	if when.CountFields(s, 4) > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !('A' <= r && r <= 'Z' || r == '\'' || r == '’') {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;,\"”)", last)
}

// isLeadIn reports whether a trimmed line introduces a quotation that
// follows it.
func isLeadIn(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	if strings.HasSuffix(s, ":-") || strings.HasSuffix(s, ":–") || strings.HasSuffix(s, ": -") {
		return len(s) <= 120
	}
	if strings.HasSuffix(s, ":") && len(s) <= 60 {
		lw := strings.ToLower(s)
		if strings.Contains(lw, "twitter") || strings.HasSuffix(lw, " x:") || strings.HasPrefix(lw, "on x") {
			return true
		}
	}
	return citesComment(s)
}

// citesComment reports whether s is a lone quotation of another comment
// named by its header: `Anonymous 28 October 2022 at 22:00: "..."`.
func citesComment(s string) bool {
	for i := 0; i < len(s) && i < 120; i++ {
		if s[i] != ':' {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], " ")
		if !startsWithQuote(rest) {
			continue
		}
		prefix := strings.TrimSpace(s[:i])
		if _, ok := parseHeader(prefix, time.UTC); ok {
			return true
		}
		if _, ok := when.TimeLine(prefix, time.UTC); ok {
			return true
		}
	}
	return false
}

func startsWithQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '\'' || r == '‘' || r == '«'
}

// segLine is a piece of text of a flat segment: of line ls[li].
type segLine struct {
	li    int32
	text  string
	start int // byte offset of text in the input
}

// segment is the text between two markers and the marker that closes it.
type segment struct {
	lines  []segLine
	closer action
	marker segLine // the closing marker, when there is one
	leadIn bool    // the segment was only lead-in lines, moved to the next
	extra  []segLine
}

func (s *segment) empty() bool {
	for _, l := range s.lines {
		if l.text != "" {
			return false
		}
	}
	return true
}

func (flat) parse(b *builder, ls []line) []*pending {
	segs := []*segment{{}}
	for li, l := range ls {
		cur := segs[len(segs)-1]
		off := l.start + leading(l.text)
		if a, rest := gluedAction(l.trim()); a != actNone {
			mk := l.trim()[:len(l.trim())-len(rest)]
			b.markup(l, thread.MarkupAction, mk)
			cur.closer = a
			cur.marker = segLine{li: int32(li), text: mk, start: off}
			next := &segment{}
			if rest != "" {
				next.lines = append(next.lines, segLine{li: int32(li), text: rest, start: off + len(mk)})
			}
			segs = append(segs, next)
			continue
		}
		cur.lines = append(cur.lines, segLine{li: int32(li), text: l.trim(), start: off})
	}
	// Move trailing lead-in lines to the segment that follows. A segment
	// that is only lead-in lines goes on whole, with its marker for the
	// span; the lines carried are copied once, into the segment that takes
	// them, however many such segments stand in a row.
	var carry, carryExtra []segLine
	for i := range segs {
		s := segs[i]
		own := s.lines
		j := len(own)
		if i+1 < len(segs) {
			for j > 0 && (own[j-1].text == "" || isLeadIn(own[j-1].text)) {
				j--
			}
			for j < len(own) && own[j].text == "" {
				j++
			}
			first := firstText(own)
			if first == len(own) && len(carry) > 0 || first < len(own) && j == first {
				// Only lead-in lines (or blanks after carried ones).
				if len(carry) == 0 {
					own = own[first:] // no blank lines ahead of the first carried
				}
				carry = append(carry, own...)
				carryExtra = append(carryExtra, s.marker)
				s.lines, s.leadIn = nil, true
				continue
			}
		}
		if len(carry) > 0 {
			s.lines = append(append(make([]segLine, 0, len(carry)+j), carry...), own[:j]...)
			s.extra = carryExtra
		} else {
			s.lines = own[:j]
		}
		carry, carryExtra = append([]segLine(nil), own[j:]...), nil
	}
	var out []*pending
	last := len(segs) - 1
	for i, s := range segs {
		if s.leadIn {
			continue
		}
		if i == last {
			// Text after the last marker: page chrome, or a comment
			// whose marker the extraction lost.
			var kept []segLine
			for _, sl := range s.lines {
				if isChrome(sl.text) {
					b.markup(ls[sl.li], thread.MarkupChrome, sl.text)
				} else {
					kept = append(kept, sl)
				}
			}
			s.lines = kept
			if s.empty() {
				continue
			}
			b.warn(ls[s.lines[0].li].num, "text after the last action marker kept as a comment")
		}
		if s.empty() {
			if s.closer != actNone {
				b.warn(ls[s.marker.li].num, "empty comment before %q", s.marker.text)
			}
			continue
		}
		p := b.newNode(ls[s.lines[0].li])
		p.reply = s.closer.closesReply()
		for _, sl := range s.extra {
			p.span.add(ls[sl.li].num, sl.start, sl.start+len(sl.text))
		}
		for _, sl := range s.lines {
			p.text.add(sl.text)
			if sl.text != "" {
				p.span.add(ls[sl.li].num, sl.start, sl.start+len(sl.text))
			}
		}
		if s.closer != actNone {
			p.span.add(ls[s.marker.li].num, s.marker.start, s.marker.start+len(s.marker.text))
		}
		out = append(out, p)
	}
	return out
}

func firstText(ls []segLine) int {
	for i, l := range ls {
		if l.text != "" {
			return i
		}
	}
	return len(ls)
}
