// Package parse reads blog comment sections into thread.Documents: text
// dumps (below), the platforms' exports (formats blogger, takeout, wxr and
// disqus) and saved pages (blogger-html, wordpress-html), and formats a
// program registers (Register). Parser.Parse, ParseBytes and Posts run one
// engine: Posts yields each post as soon as it is complete, and Parse
// gathers the posts with what the input as a whole holds (markup, warnings,
// encoding, language) into a Document. Post-processing such as package
// enrich's plugs in as Stages.
//
// A dump is a run of posts. Each post has an optional date line, a title, a
// body, and a comment section that starts at "N comments:" or, when that
// line is missing, where the layout's first comment starts. The comment
// section is read by one of the Layouts:
//
//   - numbered: an html-to-text conversion, comments as an indented list
//   - flat: a crawler's extraction, action links glued to the next comment
//   - copypaste: a browser's select-all copy, a header line per comment
//   - classic: the classic template, "Name said..." and a time line
//   - footer: the 2004-2005 templates, a footer "posted by Name : time"
//
// An archive page (several posts in a row, or several dumps in one file) is
// split into posts first, and each post's comment section is read in the
// layout detected for it. Parser.Format names a layout to skip detection.
//
// Parsing is lenient: text that no rule recognises stays in the tree, and odd
// but readable input gives warnings in the Document. Only input that cannot
// be read (not text, or beyond the Limits) gives an *Error.
package parse

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

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// Limits bound the resources a parse may use. A zero field takes its
// default from DefaultLimits; a negative field means no limit.
type Limits struct {
	// MaxInputBytes is the largest input read into memory whole (Parse,
	// ParseBytes, and Posts for the formats it reads whole); Posts streams
	// text dumps of any size.
	MaxInputBytes int64
	// MaxLineBytes is the longest line, in bytes.
	MaxLineBytes int
	// MaxNodes is the most comments and replies in one input (in one
	// post's region when streaming with Posts, which holds one at a time).
	MaxNodes int
	// MaxIndent is the deepest indentation considered, in columns: a line
	// indented deeper is read as indented this far, with a warning that
	// names the limit and the first such line. Its text is kept whole.
	MaxIndent int
}

// DefaultLimits are the limits used for zero fields of Limits: 1 GiB of
// input, lines of 16 MiB, a million nodes.
var DefaultLimits = Limits{
	MaxInputBytes: 1 << 30,
	MaxLineBytes:  16 << 20,
	MaxNodes:      1_000_000,
	MaxIndent:     256,
}

func (l Limits) withDefaults() Limits {
	if l.MaxInputBytes == 0 {
		l.MaxInputBytes = DefaultLimits.MaxInputBytes
	}
	if l.MaxLineBytes == 0 {
		l.MaxLineBytes = DefaultLimits.MaxLineBytes
	}
	if l.MaxNodes == 0 {
		l.MaxNodes = DefaultLimits.MaxNodes
	}
	if l.MaxIndent == 0 {
		l.MaxIndent = DefaultLimits.MaxIndent
	}
	return l
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

// Parser reads dumps. The zero value detects the layout, reads times as UTC
// and detects the encoding. Set the fields before the first call; a Parser
// is then safe for concurrent use.
type Parser struct {
	// Format is a layout name (see Layouts), "archive", or "" / "auto" to
	// detect the layout of each post.
	Format string
	// Location is where comment times are read; nil means UTC.
	Location *time.Location
	// Encoding is "auto" (or ""), "utf-8", "utf-16" or "windows-1252".
	Encoding string
	// Limits bound the input; see Limits.
	Limits Limits
	// DropDuplicates removes runs of lines that repeat the run just before
	// them verbatim (a scraper's artifact), keeping them as markup of kind
	// "duplicate"; without it they are only reported as warnings.
	DropDuplicates bool
	// FoldTypography folds curly quotes, dashes and ellipses in the output
	// text to ASCII (see normalize.FoldTypography); by default they are
	// kept as the input has them.
	FoldTypography bool
	// IncludeHidden keeps what exports hold but blogs do not show:
	// pingbacks, trackbacks, spam, unapproved and deleted comments (a
	// deleted one marked Deleted), drafts, private posts and pages without
	// comments. Without it they are left out, each kind counted in a
	// warning ("2 pingbacks left out"), except a hidden comment that a
	// shown one answers, which stays as a placeholder: Deleted, without
	// its text. An item with comments is kept whatever its status or type.
	IncludeHidden bool
	// Stages run over each post once the parser has built it, given it
	// its id and folded its typography, in order: package enrich's passes
	// (signatures, inferred times, quotes, mentions) are one stage, which
	// package blogthread and the command install by default. Without
	// stages the tree carries only what the layout itself shows, such as
	// the authors and times of comment headers.
	Stages []Stage
	// Workers is how many goroutines parse the posts of an input and run
	// the stages over them, a region of posts each, while the input is
	// read: 0 means runtime.GOMAXPROCS(0), 1 runs everything on the
	// calling goroutine. Output and its order do not depend on it.
	Workers int
	// Formats are formats this Parser reads besides the registered ones
	// (see Register), and before them: Format may name one, and "auto"
	// considers them first.
	Formats []Format

	chunkBytes int // the stream's reads, when not chunkBytes (the tests make them small)
}

// A Stage is a pass over a parsed post, such as package enrich's. Apply
// reads and writes post and what it holds, nothing else: the Parser runs
// it on its worker goroutines, for several posts at once. Times without a
// zone are read in loc (Parser.Location; UTC when that is nil).
type Stage interface {
	Apply(post *thread.Post, loc *time.Location)
}

// StageFunc adapts a function to a Stage.
type StageFunc func(post *thread.Post, loc *time.Location)

// Apply calls f(post, loc).
func (f StageFunc) Apply(post *thread.Post, loc *time.Location) { f(post, loc) }

// finishPost folds the typography of post when p.FoldTypography and runs
// p's stages over it.
func (p *Parser) finishPost(post *thread.Post, loc *time.Location) {
	if p.FoldTypography {
		foldPost(post)
	}
	for _, s := range p.Stages {
		s.Apply(post, loc)
	}
}

// finishes reports whether finishPost does anything.
func (p *Parser) finishes() bool { return p.FoldTypography || len(p.Stages) > 0 }

// Layout is a text layout of a comment section. The built-in layouts are
// listed by Layouts.
type Layout interface {
	// Name is the layout's name, as given to Parser.Format.
	Name() string
	// Description says in one line what the layout looks like.
	Description() string

	score(ls []line) int                    // how strongly ls looks like this layout; 0 not at all
	start(ls []line) int                    // index of the first comment when no count line marks it, -1 if none
	parse(b *builder, ls []line) []*pending // the comment section's nodes in order
}

// layouts in the order that breaks ties in detection.
var layouts = []Layout{numbered{}, copypaste{}, classic{}, flat{}, footered{}}

// Archive is the format name of a dump of several posts, each read in the
// layout detected for it.
const Archive = "archive"

// Layouts returns the built-in comment layouts.
func Layouts() []Layout { return append([]Layout(nil), layouts...) }

// FormatInfo names a format and says what it reads.
type FormatInfo struct {
	Name        string // what Parser.Format and -format call it
	Description string // what it reads, in one line
}

// Formats lists the format names Parser.Format accepts besides "auto": the
// text layouts, "archive", then the registered formats.
func Formats() []FormatInfo {
	var fs []FormatInfo
	for _, l := range layouts {
		fs = append(fs, FormatInfo{l.Name(), l.Description()})
	}
	fs = append(fs, FormatInfo{Archive, "several posts in a row (an archive page, or dumps one after another), each in its own layout"})
	return append(fs, registry.info()...)
}

func lookupLayout(name string) (Layout, error) {
	for _, l := range layouts {
		if l.Name() == name {
			return l, nil
		}
	}
	names := []string{"auto"}
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return nil, fmt.Errorf("%w %q (want %s)", ErrUnknownFormat, name, strings.Join(names, ", "))
}

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

// detect returns the layout that scores best on ls, or nil.
func detect(ls []line) Layout {
	var best Layout
	bestScore := 0
	for _, l := range layouts {
		if s := l.score(ls); s > bestScore {
			best, bestScore = l, s
		}
	}
	return best
}

// parseRegistered reads src with a registered format and completes its
// Document.
func (p *Parser) parseRegistered(f Format, name string, src []byte) (*thread.Document, error) {
	lim := p.Limits.withDefaults()
	if lim.MaxInputBytes > 0 && int64(len(src)) > lim.MaxInputBytes {
		return nil, &Error{File: name, Err: errLimit("input larger than %d bytes (Limits.MaxInputBytes)", lim.MaxInputBytes)}
	}
	utf16 := false
	if u := utf16Text(src); u != nil {
		src, utf16 = u, true // the export parsers read UTF-8
	}
	doc, err := f.Parse(p, name, src)
	if err == nil && doc != nil && utf16 {
		doc.Encoding = normalize.UTF16
		doc.Warnings = append(doc.Warnings, thread.Warning{Line: 1, Kind: thread.WarnEncoding, Message: "read as UTF-16: spans are byte offsets in its UTF-8 text"})
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

// duplicates warns of runs of lines a scraper repeated, and with drop
// removes the repeats from ls, keeping them as markup.
func (b *builder) duplicates(ls []line, drop bool) []line {
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
		verb := "kept (Parser.DropDuplicates removes it)"
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

// postDateLine reports whether l can open a post: an unindented date with
// its weekday, alone on its line or as html2text's heading.
func postDateLine(l *line) bool {
	if l.indent != 0 || l.blank() {
		return false
	}
	s := l.trim()
	if c := s[len(s)-1]; c == '*' {
		s = headingText(s)
	} else if !when.IsDigit(c) && c != '.' && !(when.IsDigit(s[0]) && (when.IsLetter(c) || c >= 0x80)) {
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
	if s == "" || l.indent > 3 || len(s) > 150 || when.CountFields(s, 21) > 20 {
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
	if _, ok := when.Said(s); ok {
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
	_, ok := when.Said(l.trim())
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
	_, ok := when.BylineRest(s)
	return ok
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
	if _, ok := when.Said(s); ok {
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
func (b *builder) parsePart(ls []line, first bool, date **thread.Date, forced Layout) *thread.Post {
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
func (b *builder) parsePost(post *thread.Post, ls []line, forced Layout, span *spanBuf) {
	body := ls
	var section []line
	countAt := -1
	for k, l := range ls {
		if l.indent > 8 {
			continue // links and elinks indent the heading by four
		}
		if n, langs, big := lang.Count(l.trim()); langs != 0 {
			countAt = k
			b.markup(l, thread.MarkupCount, l.trim())
			b.vote(langs)
			if big {
				b.warn(thread.WarnCount, l.num, "declared comment count %q is too large", l.trim())
			} else if n >= 0 {
				post.DeclaredComments = &n
			}
			span.line(l)
			break
		}
	}
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
		b.warn(thread.WarnCount, ls[countAt].num, "declared %d comments, found %d", *d, post.Count())
	}
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
			a, t, ok := when.Byline(l.trim(), post.Published, b.loc)
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
