package parse

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
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
	if textutil.CountFields(s, 4) > 3 {
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

// segLine is a piece of text of a flat segment: line li from byte skip of
// its trimmed text (past a glued marker) to its end.
type segLine struct {
	li, skip int32
}

// segment is the text between two markers and the marker that closes it.
// A dump of a million markers makes a million segments, so a segment holds
// indexes, not slices (BenchmarkMarkupDense): its lines are all[lo:hi] of
// the one array in input order that flat.parse builds, and the markers of
// the lead-in segments joined to it are those of segs[extraLo:extraHi].
type segment struct {
	lo, hi           int32
	extraLo, extraHi int32
	marker           int32 // the line of the closing marker, when closer is set
	markerLen        int32 // the marker's length in bytes
	closer           action
	leadIn           bool // the segment was only lead-in lines, moved to the next
}

// flatLines reads the segLines of a flat parse.
type flatLines []line

func (ls flatLines) text(sl segLine) string { return ls[sl.li].trim()[sl.skip:] }

// start is the byte offset of sl's text in the input.
func (ls flatLines) start(sl segLine) int {
	l := &ls[sl.li]
	return l.start + leading(l.text) + int(sl.skip)
}

// marker is the text of the marker that closes s.
func (ls flatLines) marker(s *segment) string { return ls[s.marker].trim()[:s.markerLen] }

// addMarker adds the marker that closes s to the span of p.
func (ls flatLines) addMarker(p *pending, s *segment) {
	start := ls.start(segLine{li: s.marker})
	p.span.add(ls[s.marker].num, start, start+int(s.markerLen))
}

func (ls flatLines) empty(sls []segLine) bool { return ls.firstText(sls) == len(sls) }

func (ls flatLines) firstText(sls []segLine) int {
	for i, sl := range sls {
		if ls.text(sl) != "" {
			return i
		}
	}
	return len(sls)
}

func (flat) parse(b *builder, lines []line) []*pending {
	ls := flatLines(lines)
	segs, all := ls.segments(b)
	carryLeadIns(ls, segs, all)
	return ls.nodes(b, segs, all)
}

// segments cuts ls at its markers: a segment per marker, holding the lines
// before it (all[lo:hi]), and one after the last. all is every line's
// text in input order, a line past its glued marker.
func (ls flatLines) segments(b *builder) ([]segment, []segLine) {
	all := make([]segLine, 0, len(ls)) // a line gives at most one
	// Room for a segment per line that may start with a marker, so that
	// the segments are allocated once.
	maybe := 1
	for i := range ls {
		if t := ls[i].trim(); t != "" && actionsByFirst[t[0]] != nil {
			maybe++
		}
	}
	segs := append(make([]segment, 0, maybe), segment{})
	for li := range ls {
		l := &ls[li]
		cur := &segs[len(segs)-1]
		if a, rest := gluedAction(l.trim()); a != actNone {
			mk := len(l.trim()) - len(rest)
			b.markup(*l, thread.MarkupAction, l.trim()[:mk])
			cur.hi = int32(len(all))
			cur.closer, cur.marker, cur.markerLen = a, int32(li), int32(mk)
			if rest != "" {
				all = append(all, segLine{li: int32(li), skip: int32(mk)})
			}
			segs = append(segs, segment{lo: cur.hi}) // the rest, if any, is all[cur.hi]
			continue
		}
		all = append(all, segLine{li: int32(li)})
	}
	segs[len(segs)-1].hi = int32(len(all))
	return segs, all
}

// carryLeadIns moves trailing lead-in lines to the segment that follows. A
// segment that is only lead-in lines goes on whole, with its marker for
// the span. Every line is in one segment, in input order, so the lines
// carried and those of the segment that takes them are one run of all:
// carrying them moves that segment's start back.
func carryLeadIns(ls flatLines, segs []segment, all []segLine) {
	carry := int32(-1)    // where the lines carried start in all, or -1
	extraFrom := int32(0) // the first of the lead-in segments in a row
	for i := range segs {
		s := &segs[i]
		lo := s.lo
		own := all[lo:s.hi]
		j := len(own)
		if i+1 < len(segs) {
			for j > 0 && (ls.text(own[j-1]) == "" || isLeadIn(ls.text(own[j-1]))) {
				j--
			}
			for j < len(own) && ls.text(own[j]) == "" {
				j++
			}
			first := ls.firstText(own)
			if first == len(own) && carry >= 0 || first < len(own) && j == first {
				// Only lead-in lines (or blanks after carried ones).
				if carry < 0 {
					carry = lo + int32(first) // no blank lines ahead of the first carried
				}
				s.leadIn = true
				continue
			}
		}
		if carry >= 0 {
			s.lo, s.extraLo, s.extraHi = carry, extraFrom, int32(i)
		}
		s.hi = lo + int32(j)
		carry, extraFrom = -1, int32(i+1)
		if j < len(own) {
			carry = s.hi
		}
	}
}

// nodes makes a node of each segment with text; the text after the last
// marker is page chrome, or a comment whose marker the extraction lost.
func (ls flatLines) nodes(b *builder, segs []segment, all []segLine) []*pending {
	var out []*pending
	last := len(segs) - 1
	for i := range segs {
		s := &segs[i]
		if s.leadIn {
			continue
		}
		sls := all[s.lo:s.hi]
		if i == last {
			var kept []segLine
			for _, sl := range sls {
				if t := ls.text(sl); isChrome(t) {
					b.markup(ls[sl.li], thread.MarkupChrome, t)
				} else {
					kept = append(kept, sl)
				}
			}
			sls = kept
			if ls.empty(sls) {
				continue
			}
			b.warn(thread.WarnStrayText, ls[sls[0].li].num, "text after the last action marker kept as a comment")
		}
		if ls.empty(sls) {
			if s.closer != actNone {
				b.warn(thread.WarnEmpty, ls[s.marker].num, "empty comment before %q", ls.marker(s))
			}
			continue
		}
		p := b.newNode(ls[sls[0].li])
		p.reply = s.closer.closesReply()
		for k := s.extraLo; k < s.extraHi; k++ {
			ls.addMarker(p, &segs[k])
		}
		for _, sl := range sls {
			t := ls.text(sl)
			p.text.add(t)
			if t != "" {
				start := ls.start(sl)
				p.span.add(ls[sl.li].num, start, start+len(t))
			}
		}
		if s.closer != actNone {
			ls.addMarker(p, s)
		}
		out = append(out, p)
	}
	return out
}
