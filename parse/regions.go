package parse

// The regions of a text dump: where a post begins (its date line and
// title), what of its text is body and what is comment section, and the
// posts of a region that share its date line.

import (
	"strings"
	"time"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

// postDateLine reports whether l can open a post: an unindented date with
// its weekday, alone on its line or as html2text's heading.
func postDateLine(l *line) bool {
	if l.indent != 0 || l.blank() {
		return false
	}
	s := l.trim()
	if c := s[len(s)-1]; c == '*' {
		s = headingText(s)
	} else if !textutil.IsDigit(c) && c != '.' && !(textutil.IsDigit(s[0]) && (textutil.IsLetter(c) || c >= 0x80)) {
		return false // a date ends in its year, "г.", or (Turkish) a weekday
	}
	_, weekday, ok := when.DateLine(s)
	return ok && weekday
}

// isPageHeader reports whether the text before the first dated post is a
// blog's page header (name, description, navigation) rather than a post:
// no date line and no comments.
func isPageHeader(ls []line) bool {
	if t := nextText(ls, 0); t < 0 {
		return true
	} else if _, _, ok := when.DateLine(ls[t].trim()); ok {
		return false
	}
	for _, l := range ls {
		if _, ok, _ := parseCount(l.trim()); ok {
			return false
		}
	}
	return detect(ls) == nil
}

// nextText returns the index of the first non-blank line at or after i, or
// -1.
func nextText(ls []line, i int) int {
	for ; i < len(ls); i++ {
		if !ls[i].blank() {
			return i
		}
	}
	return -1
}

// titleLike reports whether l can be a post title: a short unindented line
// that does not end like a sentence and is not markup.
func titleLike(l line) bool {
	s := headingText(l.trim())
	if s == "" || l.indent > 3 || len(s) > 150 || textutil.CountFields(s, 21) > 20 {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '-':
		return false
	}
	if isChrome(s) || isSeparator(s) || isByline(s) {
		return false
	}
	if _, ok, _ := parseCount(s); ok {
		return false
	}
	if _, _, ok := when.DateLine(s); ok {
		return false
	}
	if a, _ := gluedAction(s); a != actNone {
		return false
	}
	if _, _, ok := numberedItem(s); ok {
		return false
	}
	if _, ok := parseHeader(s, time.UTC); ok {
		return false
	}
	if _, ok := header.Said(s); ok {
		return false
	}
	return true
}

// commentStart reports whether l opens a comment in some layout.
func commentStart(l *line) bool {
	if isItem(*l) {
		return true
	}
	if a, _ := gluedAction(l.trim()); a != actNone {
		return true
	}
	if l.isHeader() {
		return true
	}
	_, ok := header.Said(l.trim())
	return ok
}

// sharedDateSplit finds where a second post starts inside a region whose
// posts share one date line: after a byline and the chrome and count line
// that follow it, a title rather than a comment. It returns -1 when there
// is none.
func sharedDateSplit(ls []line) int {
	for i, l := range ls {
		if l.indent != 0 || !isByline(l.trim()) {
			continue
		}
		j := i + 1
		for j < len(ls) {
			if ls[j].blank() || isChrome(ls[j].trim()) {
				j++
				continue
			}
			if _, ok, _ := parseCount(ls[j].trim()); ok {
				j++
				continue
			}
			break
		}
		if j < len(ls) && titleLike(ls[j]) && !commentStart(&ls[j]) && laterByline(ls[j+1:]) {
			return j
		}
	}
	return -1
}

// laterByline reports whether a byline stands in ls before any comment
// count: the post that a title opens has one of its own; a page's
// furniture after a byline does not.
func laterByline(ls []line) bool {
	for _, l := range ls {
		if l.indent != 0 {
			continue
		}
		s := l.trim()
		if isByline(s) {
			return true
		}
		if _, ok, _ := parseCount(s); ok {
			return false
		}
	}
	return false
}

// isByline reports whether a trimmed line starts like a post's byline
// ("Posted by", in any language).
func isByline(s string) bool {
	_, ok := header.BylineRest(s)
	return ok
}

// commentSigns reports whether ls shows signs of a comment section that no
// layout read (action links or said-headers in any language, two or
// more), and the line of the first.
func commentSigns(ls []line) (int, bool) {
	first, n := -1, 0
	for i := range ls {
		s := ls[i].trim()
		if ls[i].blank() {
			continue
		}
		if !commentSign(s) {
			continue
		}
		if first < 0 {
			first = i
		}
		n++
	}
	return first, n >= 2
}

// commentSign reports whether the trimmed line s is one a comment section
// shows: an action link, a said-header or a removed comment's sentence.
func commentSign(s string) bool {
	if a, _ := gluedAction(s); a != actNone {
		return true
	}
	if _, ok := header.Said(s); ok {
		return true
	}
	return lang.Removed(s) != 0
}

// splitRegion splits a region into the lines of its posts: one post, or
// several that share its date line (see sharedDateSplit). It is what
// parsePart reads, cut where parsePart would cut, so that the sequential
// reader knows the posts, and their ids, before any worker builds them.
func splitRegion(ls []line) [][]line {
	var parts [][]line
	first := true
	for len(ls) > 0 {
		i := nextText(ls, 0)
		if i < 0 {
			break
		}
		if first {
			if _, _, ok := when.DateLine(headingText(ls[i].trim())); ok && ls[i].indent == 0 {
				i = nextText(ls, i+1)
			}
		}
		first = false
		if i >= 0 && titleLike(ls[i]) {
			i++
		}
		if i < 0 {
			i = len(ls)
		}
		next := sharedDateSplit(ls[i:])
		if next < 0 {
			parts = append(parts, ls)
			break
		}
		parts = append(parts, ls[:i+next])
		ls = ls[i+next:]
	}
	return parts
}

// parsePart parses a post of a region (see splitRegion): the first part
// may open with the region's date line, which *date then holds for the
// parts after it.
func (b *builder) parsePart(ls []line, first bool, date **thread.Date, forced textLayout) *thread.Post {
	post := &thread.Post{Comments: []*thread.Comment{}}
	var span spanBuf
	i := nextText(ls, 0)
	if first && i >= 0 {
		if d, _, ok := when.DateLine(headingText(ls[i].trim())); ok && ls[i].indent == 0 {
			*date = &d
			b.markup(ls[i], thread.MarkupDate, ls[i].trim())
			span.line(ls[i])
			i = nextText(ls, i+1)
		}
	}
	post.Published = *date
	if i >= 0 && titleLike(ls[i]) {
		post.Title = headingText(ls[i].trim())
		if t := ls[i].trim(); len(post.Title) < len(t) {
			// html2text's "**** Title ****": the stars on each side.
			if k := strings.Index(t, post.Title); k >= 0 {
				b.markup(ls[i], thread.MarkupHeading, strings.TrimSpace(t[:k]))
				b.markup(ls[i], thread.MarkupHeading, strings.TrimSpace(t[k+len(post.Title):]))
			}
		}
		span.line(ls[i])
		i++
	}
	if i < 0 {
		i = len(ls)
	}
	b.parsePost(post, ls[i:], forced, &span)
	post.Span = span.Span
	return post
}

// parsePost reads a post's body and comment section from ls (the lines
// after its title).
func (b *builder) parsePost(post *thread.Post, ls []line, forced textLayout, span *spanBuf) {
	body := ls
	var section []line
	countAt := b.countLine(post, ls, span)
	layout := forced
	if countAt >= 0 {
		body, section = ls[:countAt], ls[countAt+1:]
		if layout == nil {
			layout = detect(section)
		}
	} else {
		if layout == nil {
			layout = detect(ls)
		}
		if layout != nil {
			if s := layout.start(ls); s >= 0 {
				body, section = ls[:s], ls[s:]
			}
		}
	}
	if layout == nil && chromeOnly(section) {
		for _, l := range section {
			if !l.blank() {
				b.markup(l, thread.MarkupChrome, l.trim())
				span.line(l)
			}
		}
		section = nil
	}
	if layout == nil && countAt >= 0 && post.DeclaredComments != nil && *post.DeclaredComments == 0 && nextText(section, 0) >= 0 {
		// "No comments:" and no comment after it: the rest is the
		// page's furniture.
		b.pageTrailer(section)
		section = nil
	}
	if layout == nil && nextText(section, 0) >= 0 {
		// A count line with text after it that no layout reads: keep
		// the text in the body.
		b.warn(thread.WarnNoLayout, section[nextText(section, 0)].num, "no comment layout recognised after the comment count; text kept in the post body")
		body = append(append([]line(nil), body...), section...)
		section = nil
	}
	if layout == nil && countAt < 0 {
		if at, ok := commentSigns(ls); ok {
			b.warn(thread.WarnNoLayout, ls[at].num, "this looks like a comment section (action links or a said-header), but no comment layout reads it; text kept in the post body")
		}
	}
	b.postBody(post, body, span)
	if layout != nil && len(section) > 0 {
		post.Layout = layout.Name()
		b.dateOrder = numericOrder(section)
		post.Comments = b.assemble(layout.parse(b, section))
		b.dateOrder = orderUnknown
		b.release()
		datedClocks(post, b.loc)
		for _, l := range section {
			if !l.blank() {
				span.line(l)
			}
		}
	}
	if d := post.DeclaredComments; d != nil && *d != post.Count() {
		b.warn(thread.WarnCount, ls[countAt].num, "declared %d %s, found %d", *d, commentNoun(*d), post.Count())
	}
}

// countLine finds the "N comments:" line of a post, gives the post its
// declared count and returns the line's index in ls, or -1.
func (b *builder) countLine(post *thread.Post, ls []line, span *spanBuf) int {
	for k, l := range ls {
		if l.indent > 8 {
			continue // links and elinks indent the heading by four
		}
		if n, langs, big := lang.Count(l.trim()); langs != 0 {
			b.markup(l, thread.MarkupCount, l.trim())
			b.vote(langs)
			if big {
				b.warn(thread.WarnCount, l.num, "declared comment count %q is too large", l.trim())
			} else if n >= 0 {
				post.DeclaredComments = &n
			}
			span.line(l)
			return k
		}
	}
	return -1
}

// postBody adds ls to the post's body, splitting sections at separators
// and taking bylines and chrome out as markup.
func (b *builder) postBody(post *thread.Post, ls []line, span *spanBuf) {
	var (
		sec   textBuf
		sspan spanBuf
	)
	flush := func() {
		if !sec.empty() {
			post.Sections = append(post.Sections, thread.Section{Body: sec.String(), Span: sspan.Span})
		}
		sec, sspan = textBuf{}, spanBuf{}
	}
	separated := false
	for _, l := range ls {
		switch {
		case l.blank():
			sec.add("")
			continue
		case isSeparator(l.trim()):
			b.markup(l, thread.MarkupSeparator, l.trim())
			flush()
			separated = true
		case isChrome(l.trim()):
			b.markup(l, thread.MarkupChrome, l.trim())
		case isByline(l.trim()):
			a, t, ok := header.Byline(l.trim(), post.Published, b.loc)
			if !ok {
				sec.add(l.trim())
				sspan.line(l)
				break
			}
			b.markup(l, thread.MarkupByline, l.trim())
			post.Author, post.Time = a, t
		default:
			sec.add(l.trim())
			sspan.line(l)
		}
		span.line(l)
	}
	flush()
	var all textBuf
	for _, s := range post.Sections {
		all.add(s.Body)
		all.add("")
	}
	post.Body = all.String()
	if !separated && len(post.Sections) <= 1 {
		post.Sections = nil
	}
}

// chromeOnly reports whether ls holds page chrome and blank lines only
// (an empty comment section: "Add comment", "Load more...").
func chromeOnly(ls []line) bool {
	for _, l := range ls {
		if !l.blank() && !isChrome(l.trim()) {
			return false
		}
	}
	return true
}
