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
// section is read by one of the layouts (Formats lists them):
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
	"fmt"
	"strings"
	"time"

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

// Parser reads dumps. The zero value detects the layout, reads times as UTC
// and detects the encoding. Set the fields before the first call; a Parser
// is then safe for concurrent use.
type Parser struct {
	// Format is a layout's or format's name (see Formats), "archive", or "" / "auto" to
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

// textLayout is a text layout of a comment section; Formats lists the
// layouts (the variable layouts holds them).
type textLayout interface {
	// Name is the layout's name, as given to Parser.Format.
	Name() string
	// Description says in one line what the layout looks like.
	Description() string

	score(ls []line) int                    // how strongly ls looks like this layout; 0 not at all
	start(ls []line) int                    // index of the first comment when no count line marks it, -1 if none
	parse(b *builder, ls []line) []*pending // the comment section's nodes in order
}

// layouts in the order that breaks ties in detection.
var layouts = []textLayout{numbered{}, copypaste{}, classic{}, flat{}, footered{}}

// Archive is the format name of a dump of several posts, each read in the
// layout detected for it.
const Archive = "archive"

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

func lookupLayout(name string) (textLayout, error) {
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

// detect returns the layout that scores best on ls, or nil.
func detect(ls []line) textLayout {
	var best textLayout
	bestScore := 0
	for _, l := range layouts {
		if s := l.score(ls); s > bestScore {
			best, bestScore = l, s
		}
	}
	return best
}
