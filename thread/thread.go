// Package thread is blogthread's data model: a Document holds Posts, a Post
// holds Comments, a Comment holds Replies. Blogger nests one level only, so a
// Reply has no replies of its own.
//
// The package imports nothing else of blogthread's, so that every parser and
// every consumer can share it. JSON tags follow the command line's output
// contract (see the README): absent values are omitted, never invented.
package thread

import (
	"fmt"
	"iter"
	"time"
)

// Document is the result of parsing one input: its posts, what the parser
// noticed on the way, and the markup lines it recognised and removed from the
// text (so that nothing of the input is lost).
type Document struct {
	// Source names the input: a file name, "-" for standard input, or what
	// the caller passed.
	Source string `json:"source"`
	// Format is the layout or export format the parser used, such as
	// "numbered", "flat", "copypaste", "classic" or "archive".
	Format string `json:"format"`
	// Encoding is the character encoding the input was decoded from.
	Encoding string `json:"encoding,omitempty"`
	// Language is the BCP 47 code of the interface language the page was
	// shown in ("en", "de", "pt-BR"), as its action links, count line and
	// dates tell; empty when nothing tells.
	Language string `json:"language,omitempty"`
	// Warnings lists input that was odd but readable. It is never nil after
	// a parse, so that JSON shows an empty list rather than null.
	Warnings []Warning `json:"warnings"`
	// Posts are the posts in input order.
	Posts []*Post `json:"posts"`
	// Markup lists the lines (or glued line prefixes) the parser recognised
	// as markup rather than text: action links, numbering, comment headers,
	// page chrome, separators. Each keeps its line number.
	Markup []Markup `json:"markup,omitempty"`
}

// Warning is something odd but readable found in the input, such as a
// declared comment count that disagrees with the comments found.
type Warning struct {
	// Line is the 1-based line the warning refers to, or 0 when it refers
	// to the whole input.
	Line int `json:"line,omitempty"`
	// Kind says what the warning is about, as a short fixed code, so that
	// a program can select warnings without reading their messages.
	Kind WarningKind `json:"kind"`
	// Message says what was found, in lower case without a final period.
	Message string `json:"message"`
}

// WarningKind is the code of a kind of warning. The parsers give the kinds
// below; a format registered by a program may add its own, and a warning
// it leaves without one is of kind WarnOther.
type WarningKind string

// The kinds of warnings.
const (
	// WarnEncoding: how the input's bytes were read (a declared charset,
	// UTF-16, repaired mojibake, a half character at the end).
	WarnEncoding WarningKind = "encoding"
	// WarnSkipped: input left unread (bytes before the XML, a malformed
	// element, an entry of an unknown kind, a script's contents).
	WarnSkipped WarningKind = "skipped"
	// WarnChrome: text kept as page chrome, outside every node.
	WarnChrome WarningKind = "chrome"
	// WarnStrayText: text outside the places its layout gives text, kept
	// in the node nearest to it.
	WarnStrayText WarningKind = "stray-text"
	// WarnEmpty: an action marker with no comment text before it.
	WarnEmpty WarningKind = "empty"
	// WarnCount: a declared comment count that the comments found do not
	// match, or that cannot be a count.
	WarnCount WarningKind = "count"
	// WarnNoLayout: what looks like a comment section that no layout
	// reads; its text stays in the post body.
	WarnNoLayout WarningKind = "no-layout"
	// WarnDuplicate: lines a scraper repeated, or an id given twice.
	WarnDuplicate WarningKind = "duplicate"
	// WarnNumbering: a comment's or reply's number that disagrees with
	// its place.
	WarnNumbering WarningKind = "numbering"
	// WarnReplyTo: a reply whose parent cannot be followed (missing, a
	// loop, itself), kept as a comment.
	WarnReplyTo WarningKind = "reply-to"
	// WarnOrphan: comments of a post that is not in the input, kept in a
	// post of their own.
	WarnOrphan WarningKind = "orphan"
	// WarnHidden: hidden items of an export (pingbacks, spam, drafts)
	// left out and counted.
	WarnHidden WarningKind = "hidden"
	// WarnLimit: input past a limit of the parser, read in a bounded way.
	WarnLimit WarningKind = "limit"
	// WarnNoText: an input with no text at all (empty, or only white
	// space).
	WarnNoText WarningKind = "no-text"
	// WarnOther: a warning its producer gave no kind.
	WarnOther WarningKind = "other"
)

// String formats the warning as "line N: message".
func (w Warning) String() string {
	if w.Line == 0 {
		return w.Message
	}
	return fmt.Sprintf("line %d: %s", w.Line, w.Message)
}

// Markup is a piece of the input that the parser recognised as structure or
// page furniture and therefore kept out of the nodes' text.
type Markup struct {
	// Line is the 1-based line number in the input.
	Line int `json:"line"`
	// Kind classifies the markup; see the Markup* constants.
	Kind string `json:"kind"`
	// Text is the markup as it stands in the input, without line end.
	Text string `json:"text"`
}

// Kinds of Markup.
const (
	MarkupAction    = "action"    // ReplyDelete, Reply, Delete, Replies, ...
	MarkupNumber    = "number"    // the "3. " of a numbered list item
	MarkupHeader    = "header"    // a comment header: author and time
	MarkupChrome    = "chrome"    // page furniture: share links, navigation
	MarkupByline    = "byline"    // "Posted by NAME at 07:00"
	MarkupCount     = "count"     // "28 comments:"
	MarkupSeparator = "separator" // "--oo00oo--" between sections
	MarkupDate      = "date"      // a post's date line
	MarkupTitle     = "title"     // a post's title line
	MarkupTime      = "time"      // a comment's time line (classic template)
	MarkupDuplicate = "duplicate" // a line a scraper repeated, when asked to drop it
	MarkupAvatar    = "avatar"    // a commenter's picture as alt text or file name: "[blank.gif]"
	MarkupFooter    = "footer"    // a comment's footer: "By Jane, at 1:53 PM", "# posted by Jane : 11:58 AM"
	MarkupHeading   = "heading"   // the stars html2text puts around a heading: "***** Title *****"
)

// Post is one blog post with its comment section.
type Post struct {
	// ID is "p1", "p2", ... in input order.
	ID string `json:"id"`
	// Title is the post's title, when the input shows one.
	Title string `json:"title,omitempty"`
	// Published is the post's date from its date line or byline.
	Published *Date `json:"published,omitempty"`
	// Author is the post's author when a byline gives it.
	Author string `json:"author,omitempty"`
	// Time is the post's time when a byline gives it.
	Time *time.Time `json:"time,omitempty"`
	// Body is the post's text: paragraphs joined by a blank line, markup
	// (separators, chrome, byline) removed.
	Body string `json:"body"`
	// Sections splits Body at separator lines; it is empty when the post
	// has no separators.
	Sections []Section `json:"sections,omitempty"`
	// DeclaredComments is N from an "N comments:" line, nil when absent.
	DeclaredComments *int `json:"declared_comments,omitempty"`
	// Layout is the text layout of the comment section, when it has one.
	Layout string `json:"layout,omitempty"`
	// Status is the post's status in an export that gives one, in lower
	// case: "publish", "draft", "private" (WordPress), "live", "draft"
	// (Blogger).
	Status string `json:"status,omitempty"`
	// Type is the post's type in an export that gives one: "post", "page".
	Type string `json:"type,omitempty"`
	// Comments are the top-level comments in order.
	Comments []*Comment `json:"comments"`
	// Span is where the post (with its comments) stands in the input.
	Span Span `json:"span"`
	// Warnings lists what was odd but readable in the post when it was
	// read on its own, by a streaming parse; a Document holds the
	// warnings of a whole parse instead.
	Warnings []Warning `json:"warnings,omitempty"`
}

// Section is a part of a post's body between separator lines.
type Section struct {
	// Body is the section's text, paragraphs joined by a blank line.
	Body string `json:"body"`
	// Span is where the section stands in the input.
	Span Span `json:"span"`
}

// Node holds what comments and replies share.
type Node struct {
	// ID is the node's stable id: "3" for the third comment, "3.2" for its
	// second reply.
	ID string `json:"id"`
	// Index is the 1-based position among its siblings.
	Index int `json:"index"`
	// Author is who wrote the node, when the input says.
	Author string `json:"author,omitempty"`
	// AuthorSource says where Author came from; see the Source* constants.
	AuthorSource string `json:"author_source,omitempty"`
	// AuthorURL is the address the author's name links to (a profile or a
	// web site), when the input is a saved page that links it.
	AuthorURL string `json:"author_url,omitempty"`
	// Time is when the node was written, when the input says.
	Time *time.Time `json:"time,omitempty"`
	// Date is the day the node was written when the input shows a date
	// without a time of day ("Sunday, January 24, 2016" under the
	// author's name); Time is then absent.
	Date *Date `json:"date,omitempty"`
	// Clock is the time of day, as 15:04, when the input gives one without
	// a date (a template that prints "7:30 pm" only); Time is then absent.
	Clock string `json:"clock,omitempty"`
	// TimeInferred is true when Time (or Clock) was not in the node's own
	// header but stated by another node of the thread that quotes it.
	TimeInferred bool `json:"time_inferred,omitempty"`
	// Body is the node's text: markup removed, indentation stripped,
	// paragraphs joined by a blank line, signature kept.
	Body string `json:"body"`
	// Deleted is true for a comment that was removed but keeps its place
	// ("This comment has been removed by the author."): its text is that
	// sentence, and its replies stay under it.
	Deleted bool `json:"deleted,omitempty"`
	// ReplyTo is the id of the node a reply answers when that is not its
	// comment: an export (WordPress, Disqus) nests deeper than Blogger
	// shows, and the model keeps such a reply under the comment that
	// heads its thread.
	ReplyTo string `json:"reply_to,omitempty"`
	// Quotes are the passages the node quotes, in the order they appear.
	Quotes []Quote `json:"quotes,omitempty"`
	// Mentions are the node's references to other nodes.
	Mentions []Mention `json:"mentions,omitempty"`
	// Span is where the node stands in the input, markup included.
	Span Span `json:"span"`
}

// Where an author came from.
const (
	SourceHeader    = "header"    // a comment header or "Name said..."
	SourceByline    = "byline"    // a post's "Posted by NAME"
	SourceSignature = "signature" // a closing line of the text
	SourceCited     = "cited"     // another node names it when quoting it
)

// Comment is a top-level comment of a post.
type Comment struct {
	Node
	// Replies are the comment's replies in order.
	Replies []*Reply `json:"replies,omitempty"`
}

// QuoteKind says what a Quote quotes.
type QuoteKind string

// The kinds of Quote.
const (
	QuoteTweet    QuoteKind = "tweet"    // a tweet (Source says from where)
	QuotePost     QuoteKind = "post"     // the post (Target is its id)
	QuoteComment  QuoteKind = "comment"  // an earlier comment or reply (Target is its id)
	QuoteExternal QuoteKind = "external" // a passage from elsewhere
)

// Reply is a reply in a comment's thread.
type Reply struct {
	Node
}

// Quote is a passage a node quotes: a tweet, the post, an earlier comment,
// or something else.
type Quote struct {
	// Kind is what is quoted: QuoteTweet, QuotePost, QuoteComment or
	// QuoteExternal.
	Kind QuoteKind `json:"kind"`
	// Source names where a tweet came from ("Twitter", "X").
	Source string `json:"source,omitempty"`
	// Target is the id of the quoted node for kinds "post" and "comment".
	Target string `json:"target,omitempty"`
	// Text is the quoted text without its quote marks.
	Text string `json:"text"`
}

// Mention is a node's reference to another node by time or name.
type Mention struct {
	// Text is the reference as written, such as "@22:00".
	Text string `json:"text"`
	// Target is the id of the node referred to, when it could be resolved.
	Target string `json:"target,omitempty"`
}

// Span is where a node stands in the input. Lines are 1-based and
// inclusive; byte offsets are 0-based, End exclusive, and count bytes of
// the input as given, whatever its encoding (a text dump in UTF-16 or
// Windows-1252 too). An export in UTF-16 or another declared charset is
// the exception: its offsets count bytes of its UTF-8 text, as a warning
// says. A saved page's nodes have no span (all zero): the HTML parser
// keeps no positions.
type Span struct {
	StartLine int `json:"start_line"` // the first line
	EndLine   int `json:"end_line"`   // the last line
	Start     int `json:"start_byte"` // the offset of the first byte
	End       int `json:"end_byte"`   // the offset just past the last byte
}

// Date is a calendar day without time or location.
type Date struct {
	Year  int        // four digits
	Month time.Month // 1-12
	Day   int        // 1-31
}

// String formats the date as 2006-01-02.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText formats the date as 2006-01-02.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written as 2006-01-02.
func (d *Date) UnmarshalText(b []byte) error {
	t, err := time.Parse(time.DateOnly, string(b))
	if err != nil {
		return err
	}
	*d = Date{t.Year(), t.Month(), t.Day()}
	return nil
}

// In returns midnight of the date in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Count returns the number of comments and replies of the post, the figure
// an "N comments:" line declares.
func (p *Post) Count() int {
	n := 0
	for _, c := range p.Comments {
		n += 1 + len(c.Replies)
	}
	return n
}

// Nodes yields the comments and replies of the post in order (each
// comment, then its replies), for a post on its own, such as one that
// parse.Posts streams:
//
//	for n := range post.Nodes() {
//		fmt.Println(n.ID, n.Author)
//	}
func (p *Post) Nodes() iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		for _, c := range p.Comments {
			if c == nil {
				continue
			}
			if !yield(&c.Node) {
				return
			}
			for _, r := range c.Replies {
				if r != nil && !yield(&r.Node) {
					return
				}
			}
		}
	}
}

// Walk calls fn for every comment and reply of d in document order: each
// comment, then its replies. parent is nil for a comment and the comment for
// a reply. Walk stops when fn returns false.
func Walk(d *Document, fn func(p *Post, parent *Comment, n *Node) bool) {
	for _, p := range d.Posts {
		for _, c := range p.Comments {
			if !fn(p, nil, &c.Node) {
				return
			}
			for _, r := range c.Replies {
				if !fn(p, c, &r.Node) {
					return
				}
			}
		}
	}
}
