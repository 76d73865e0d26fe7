// Package blogthread turns raw dumps of blog comment sections into typed
// trees: thread.Post → thread.Comment → thread.Reply, with authors, times and
// each node's place in the input, losing no text on the way.
//
// A dump is text copied from a browser, scraped by a crawler or converted by
// an html-to-text tool (w3m, lynx, html2text, links, elinks, pandoc), in any
// of Blogger's interface languages. Parse and ParseFile read the Blogger text
// layouts (numbered, flat, copy-paste, classic, the 2004 footers, and archive
// pages of several posts), saved pages (Blogger, WordPress) and the
// platforms' exports (Blogger and Takeout Atom, WordPress WXR, Disqus XML),
// detecting which unless an Option names it:
//
//	doc, err := blogthread.ParseFile("dump.txt", blogthread.WithLocation(london))
//	if err != nil {
//		log.Fatal(err) // "dump.txt:12:1: ..." for input that cannot be read
//	}
//	for _, w := range doc.Warnings {
//		log.Print(w) // odd but readable input
//	}
//	for _, c := range doc.Posts[0].Comments {
//		fmt.Println(c.ID, c.Author, len(c.Replies))
//	}
//
// After the structure, the passes of package enrich find each comment's
// signature, the tweets and passages it quotes (and whose time a quotation
// states), and the comments it mentions by time or name. They run as a
// stage of the parser (parse.Parser.Stages), which the functions here
// install unless WithoutEnrichment; WithStage adds stages of your own.
//
// The packages below do the work: thread is the data model, parse the
// parsers, enrich the authors, quotes and mentions, normalize the text
// clean-up. The command blogthread (in
// cmd/blogthread) puts it all on the command line.
package blogthread

import (
	"io"
	"iter"
	"os"
	"time"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
)

// Option configures Parse and ParseFile.
type Option func(*config)

type config struct {
	parser   parse.Parser
	name     string
	noEnrich bool
}

// WithFormat names the layout or format to read ("numbered", "flat",
// "copypaste", "classic", "footer", "archive", "blogger", "wxr", ...: see
// parse.Formats); the default "auto" detects it.
func WithFormat(name string) Option { return func(c *config) { c.parser.Format = name } }

// WithLocation sets the location comment times are read in; the default is
// UTC.
func WithLocation(loc *time.Location) Option { return func(c *config) { c.parser.Location = loc } }

// WithEncoding names the input's encoding ("utf-8", "utf-16",
// "windows-1252"); the default "auto" detects it.
func WithEncoding(name string) Option { return func(c *config) { c.parser.Encoding = name } }

// WithLimits bounds the input; zero fields keep parse.DefaultLimits.
func WithLimits(l parse.Limits) Option { return func(c *config) { c.parser.Limits = l } }

// WithoutEnrichment skips the passes of package enrich: no signatures,
// quotes, mentions or inferred times, only what the layout itself shows.
func WithoutEnrichment() Option { return func(c *config) { c.noEnrich = true } }

// WithStage adds a stage that runs over each post after the parser has
// built it (and after enrichment): see parse.Stage. Stages run in the order
// given.
func WithStage(s parse.Stage) Option {
	return func(c *config) { c.parser.Stages = append(c.parser.Stages, s) }
}

// WithDropDuplicates removes runs of lines a scraper repeated verbatim
// right after themselves; without it they are only reported as warnings.
func WithDropDuplicates() Option { return func(c *config) { c.parser.DropDuplicates = true } }

// WithHidden keeps what an export holds but its blog does not show:
// pingbacks, trackbacks, spam and unapproved comments, drafts, private
// posts and pages without comments (see parse.Parser.IncludeHidden).
// Without it they are left out and counted in the warnings.
func WithHidden() Option { return func(c *config) { c.parser.IncludeHidden = true } }

// WithFoldTypography folds curly quotes, dashes and ellipses in the output
// text to ASCII; by default the text keeps them.
func WithFoldTypography() Option { return func(c *config) { c.parser.FoldTypography = true } }

// WithWorkers sets how many goroutines parse and enrich the posts of an
// input in parallel (see parse.Parser.Workers); 1 parses on the calling
// goroutine alone.
func WithWorkers(n int) Option { return func(c *config) { c.parser.Workers = n } }

// WithFormats adds formats of your own for this parse (see
// parse.Parser.Formats); parse.Register adds them for every parse.
func WithFormats(fs ...parse.Format) Option {
	return func(c *config) { c.parser.Formats = append(c.parser.Formats, fs...) }
}

// WithSource sets the name Parse gives the input in the Document and in
// errors; ParseFile uses the file name.
func WithSource(name string) Option { return func(c *config) { c.name = name } }

// enrichStage is the stage that runs the passes of package enrich, which
// Parse, ParseFile and Posts install first unless WithoutEnrichment.
var enrichStage parse.Stage = parse.StageFunc(enrich.Apply)

func newConfig(opts []Option) *config {
	c := &config{}
	for _, o := range opts {
		o(c)
	}
	if !c.noEnrich {
		c.parser.Stages = append([]parse.Stage{enrichStage}, c.parser.Stages...)
	}
	return c
}

// Parse reads a dump from r and returns its tree. The error, when input
// cannot be read, is a *parse.Error with the place where reading stopped.
func Parse(r io.Reader, opts ...Option) (*thread.Document, error) {
	c := newConfig(opts)
	return c.parser.Parse(c.name, r)
}

// Posts reads a dump from r and yields its posts one at a time as they are
// complete, holding one post in memory, for archives larger than memory;
// see parse.Parser.Posts. A post's warnings are in its Warnings. The
// sequence ends after an error.
func Posts(r io.Reader, opts ...Option) iter.Seq2[*thread.Post, error] {
	c := newConfig(opts)
	return c.parser.Posts(c.name, r)
}

// Stream starts a streamed parse of r: its Posts yields the posts as Posts
// does, and its Summary then tells what the input as a whole showed (format,
// encoding, language, every warning); see parse.Stream.
func Stream(r io.Reader, opts ...Option) *parse.Stream {
	c := newConfig(opts)
	return c.parser.Stream(c.name, r)
}

// ParseFile reads the dump in the named file.
func ParseFile(name string, opts ...Option) (*thread.Document, error) {
	c := newConfig(opts)
	if c.name == "" {
		c.name = name
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return c.parser.Parse(c.name, f)
}
