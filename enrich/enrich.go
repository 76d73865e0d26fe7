// Package enrich finds who said what, when, quoting whom, in a parsed
// thread: it fills in the authors, times, quotes and mentions of the
// comments and replies of a thread.Document. It works on the tree alone, so
// it serves every parser, text layouts and XML exports alike; package parse
// runs it after every parse unless told not to.
//
// The passes run per post, in this order, and each rule is one sentence:
//
// Quoted passages. A passage is text in double quotes (straight, curly or
// angle) that opens a line, or follows a lead-in ending in a colon on the
// same line ("PI :- "...""), and runs to its closing mark, across lines if
// need be; a passage that opens a line and closes in the middle of it must
// end with a sentence's punctuation or have six words, so that scare quotes
// such as "saving fuel" in a sentence are not passages; a passage that never
// closes is its first line.
//
// Quoted tweets. A passage whose lead-in (the text before it on its line, or
// the line before it ending in a colon) names Twitter, a tweet, or X ("on X",
// "via X", "X.com") is a Quote of kind "tweet" whose Source is "Twitter" or
// "X".
//
// Quotations of the thread. Any other passage whose matching key (see
// normalize.Key) occurs in the post's body is a Quote of kind "post", else
// one that occurs in an earlier node is of kind "comment" with that node's
// id (the earliest such node, the one that said it first), else it is of
// kind "external".
//
// Inferred times. When a passage's lead-in gives an author and a full date
// and time ("Anonymous 27 October 2024 at 08:46:") or a time of day, and the
// passage is attributed to a node that has no time, that node takes the
// stated time with TimeInferred set, and the stated author when it has none
// (AuthorSource "cited"). Times are read in Options.Location.
//
// Signatures. A node without an author is signed by its last line when that
// line is a name and not a sentence: one to three capitalised words with no
// function word ("the", "is") or stock ending ("Agreed", "Well said") among
// them, where a lone word in capitals has three letters and a vowel (not
// HMPPS) and a lone capitalised word is no common English word ("Typical"),
// without a sentence's final punctuation, digits, URL or @ ("'Getafix",
// "BIONIC", "Pearly Gates");
// by a name after a closing word ("Yours, BIONIC", "Regards" then a name on
// the last line); by a marked or unmistakable name that ends the last line
// after its last sentence ("... I'll leave it there. - Pearly Gates"); or by a
// line marked as a sign-off ('Name, -Name, ~Name) anywhere after the node's
// first line, when the dump glued another voice after it. A name that only
// follows a quoted passage with no text of the node's own is the passage's
// attribution, not a signature. The signature stays in the body.
//
// Mentions. Outside its quoted passages and its signature, a node refers to
// another node by time when it writes "@" and a time ("@22:00", "@ 12.09",
// "@1930"), a time after Anon or Anonymous or a known author ("Anon 22:37",
// "Anon at 17:54"), a date and time ("28 October 2022 at 22:00"), a time that
// opens a line ("19.30 please leave", "19;30 you are"), a time with a colon
// anywhere that no preposition such as "at" or "by" introduces ("people
// like 19:30"), or a time followed by a verb of saying ("1930 says"); and by
// name when it writes the name of an earlier node's author other than
// Anonymous, or the signature of an earlier node headed Anonymous ("Getafix
// nails it"), or the initials of a name of two or more
// words ("PG"). A mention's Target is the latest earlier node of the post with
// that time (or date and time) or that author; a mention that resolves to
// nothing is kept without a target.
package enrich

import (
	"time"

	"github.com/blogthread/blogthread/thread"
)

// Options configure the passes.
type Options struct {
	// Location is where the times the text states are read; nil means UTC.
	Location *time.Location
}

// Document runs every pass over every post of d.
func Document(d *thread.Document, o Options) {
	for _, p := range d.Posts {
		Post(p, o)
	}
}

// Apply runs every pass over post with times read in loc: it is Post with
// Options{Location: loc}, in the shape of a parser stage
// (parse.StageFunc(enrich.Apply)).
func Apply(post *thread.Post, loc *time.Location) { Post(post, Options{Location: loc}) }

// Post runs every pass over the comments and replies of p. It replaces what
// an earlier run found (quotes and mentions), so running it twice gives the
// same tree as running it once.
func Post(p *thread.Post, o Options) { post(p, o) }

// post is Post, returning the enricher for the tests to read its work.
func post(p *thread.Post, o Options) *postEnricher { return postWith(p, o, (*resolver).scan) }

// postWith is post with the mention scan given (the tests give its
// definition).
func postWith(p *thread.Post, o Options, scan func(*resolver, string)) *postEnricher {
	loc := o.Location
	if loc == nil {
		loc = time.UTC
	}
	e := &postEnricher{post: p, loc: loc, scan: scan}
	n := len(p.Comments)
	for _, c := range p.Comments {
		n += len(c.Replies)
	}
	e.infos = make([]nodeInfo, 0, n)
	e.nodes = make([]*nodeInfo, 0, n)
	for _, c := range p.Comments {
		e.add(&c.Node)
		for _, r := range c.Replies {
			e.add(&r.Node)
		}
	}
	e.run()
	return e
}

// nodeInfo is what the passes learn about one node.
type nodeInfo struct {
	n        *thread.Node
	passages []passage
	sigStart int // byte offset of the signature in the body, -1 when none
	sigEnd   int
	alias    string // the signature of a node whose header says Anonymous
	key      string // normalize.Key of the body, computed when first needed
	keyed    bool
}

type postEnricher struct {
	post    *thread.Post
	loc     *time.Location
	scan    func(*resolver, string) // the mention scan: (*resolver).scan
	nodes   []*nodeInfo
	postKey string
	keyed   bool
	scratch scratch
	infos   []nodeInfo // what nodes points into, allocated at once
	index   quoteIndex // where the quotations may stand
	// nameWork is the words the mention scan looked up as names, for
	// the tests.
	nameWork int
}

func (e *postEnricher) add(n *thread.Node) {
	e.infos = append(e.infos, nodeInfo{n: n, sigStart: -1, sigEnd: -1})
	e.nodes = append(e.nodes, &e.infos[len(e.infos)-1])
}

func (e *postEnricher) run() {
	for _, ni := range e.nodes {
		ni.passages = findPassages(ni.n.Body)
		ni.n.Quotes = nil
		ni.n.Mentions = nil
	}
	for _, ni := range e.nodes {
		e.sign(ni)
	}
	for i, ni := range e.nodes {
		e.quotes(i, ni)
	}
	r := newResolver(e)
	for i, ni := range e.nodes {
		r.mentions(i, ni)
	}
	e.nameWork = r.work
}
