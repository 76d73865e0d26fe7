package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"

	"github.com/blogthread/blogthread/export"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
)

// output writes what the parse of each file yields, in the order of the
// files, in the format asked for.
type output struct {
	kind     string
	w        *bufio.Writer
	stderr   io.Writer
	files    int
	forced   string
	csv      *export.CSV
	convokit *export.ConvoKit
	total    export.Stats
	docs     int                // JSON documents written
	pages    []*thread.Document // -o html: the documents of the page
	progress *progress          // nil when no progress line is drawn
}

// A file parsed ahead of the one being printed holds its posts until their
// turn, so that files parse in parallel while the output keeps their
// order. What it may hold is counted in tokens of tokenBytes of input, a
// post taking at least one: memory is bounded by -j times aheadTokens
// tokens (8 MB of input, or 128 posts).
const (
	tokenBytes  = 64 << 10
	aheadTokens = 128
)

// item is a piece of a file's result: a post (streaming outputs), a whole
// document (-o json), or the file's end with its error and, for -o stats,
// its figures.
type item struct {
	post   *thread.Post
	format string // the registered format the post's input was sniffed as
	enc    string // the encoding the start of the post's input reads as
	doc    *thread.Document
	stats  *export.Stats
	err    error
	size   int64
	tokens int // tokens the post holds
}

// fileQueue carries one file's items to the printer, in order.
type fileQueue struct {
	items  chan item
	tokens chan struct{} // one per token held
}

// say writes a message on standard error, on a line of its own: the
// progress line, if one is drawn, is cleared first (and drawn again at its
// next turn).
func (o *output) say(format string, args ...any) {
	o.progress.clear()
	fmt.Fprintf(o.stderr, format, args...)
}

// send queues a post, waiting while the file holds all its tokens.
func (q *fileQueue) send(post *thread.Post, format, enc string) {
	n := min(aheadTokens, 1+(post.Span.End-post.Span.Start)/tokenBytes)
	for range n {
		q.tokens <- struct{}{}
	}
	q.items <- item{post: post, format: format, enc: enc, tokens: n}
}

// done gives back the tokens of a printed item.
func (q *fileQueue) done(it item) {
	for range it.tokens {
		<-q.tokens
	}
}

// run parses the files, jobs at a time, and writes their results in order.
// It returns the exit status.
func (o *output) run(p *parse.Parser, files []string, stdin io.Reader, jobs int) int {
	queues := make([]*fileQueue, len(files))
	for i := range queues {
		queues[i] = &fileQueue{items: make(chan item, aheadTokens+2), tokens: make(chan struct{}, aheadTokens)}
	}
	sem := make(chan struct{}, jobs)
	go func() {
		for i, name := range files {
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				o.parseFile(p, name, stdin, queues[i])
			}()
		}
	}()
	status := 0
	for i, name := range sourceNames(files) {
		st := &export.Stats{Files: 1}
		failed := false
		for it := range queues[i].items {
			queues[i].done(it)
			switch {
			case it.err != nil:
				o.say("blogthread: %v\n", it.err)
				status, failed = 1, true
			case it.doc != nil:
				st.AddWarnings(len(it.doc.Warnings))
				for _, post := range it.doc.Posts {
					st.Add(post)
				}
				if err := o.writeDoc(it.doc); err != nil {
					o.say("blogthread: %v\n", err)
					return 1
				}
			case it.stats != nil:
				st = it.stats
			case it.post != nil:
				st.Add(it.post)
				if err := o.writePost(name, it.format, it.enc, it.post); err != nil {
					o.say("blogthread: %v\n", err)
					return 1
				}
			}
		}
		if st.Posts == 0 && !failed && o.kind != "json" && o.kind != "html" {
			// -o json says so in the document's warnings.
			o.say("blogthread: %s: no posts (no text in it, or none that reads as a post)\n", export.Visible(name, false))
		}
		if o.kind == "stats" {
			st.Write(o.w, name)
		}
		o.total.Merge(st)
		o.progress.fileDone(st.Warnings)
	}
	return status
}

// parseFile parses one file into q: whole for -o json, its figures for -o
// stats, post by post for the others.
func (o *output) parseFile(p *parse.Parser, name string, stdin io.Reader, q *fileQueue) {
	ch := q.items
	defer close(ch)
	r := o.progress.counting(stdin)
	var size int64
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			ch <- item{err: err}
			return
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
		r = o.progress.counting(f)
	}
	if o.kind == "json" || o.kind == "html" {
		doc, err := p.Parse(name, r)
		if err != nil {
			ch <- item{err: err, size: size}
			return
		}
		ch <- item{doc: doc, size: size}
		return
	}
	var st *export.Stats
	if o.kind == "stats" {
		st = &export.Stats{Files: 1}
	}
	br := bufio.NewReaderSize(r, parse.SniffBytes)
	head, _ := br.Peek(parse.SniffBytes)
	sniffed := ""
	if p.Format == "" || p.Format == "auto" {
		sniffed = parse.Sniff(head)
	}
	enc := inputEncoding(p.Encoding, head)
	for post, err := range p.Posts(name, br) {
		if err != nil {
			ch <- item{err: err}
			break
		}
		if st != nil {
			st.Add(post)
			continue
		}
		q.send(post, sniffed, enc)
	}
	ch <- item{size: size, stats: st}
}

func (o *output) writeDoc(doc *thread.Document) error {
	if o.kind == "html" {
		o.pages = append(o.pages, doc) // one page of them all, at the end
		return nil
	}
	if o.files > 1 {
		sep := ",\n"
		if o.docs == 0 {
			sep = "[\n"
		}
		o.w.WriteString(sep)
	}
	o.docs++
	return export.WriteJSON(o.w, doc)
}

func (o *output) writePost(source, sniffed, enc string, post *thread.Post) error {
	switch o.kind {
	case "jsonl":
		format := o.forced
		if format == "" || format == "auto" {
			format = cmp.Or(post.Layout, sniffed) // a layout of text, or the export's format
		}
		return export.WriteJSONLine(o.w, export.PostLine{Source: source, Format: format, Encoding: enc, Post: post})
	case "csv":
		return o.csv.Write(source, post)
	case "convokit":
		return o.convokit.Write(source, post)
	case "tree":
		return export.Tree(o.w, source, post)
	}
	return nil
}

// finish ends the output: the JSON array, the CSV buffer, the ConvoKit
// folder, the total of the stats.
func (o *output) finish() error {
	switch o.kind {
	case "html":
		if err := export.WriteHTML(o.w, o.pages); err != nil {
			return err
		}
	case "json":
		if o.files > 1 {
			if o.docs == 0 {
				o.w.WriteString("[")
			}
			o.w.WriteString("]\n")
		}
	case "csv":
		if err := o.csv.Flush(); err != nil {
			return err
		}
	case "convokit":
		if err := o.convokit.Close(); err != nil {
			return err
		}
	case "stats":
		if o.files > 1 {
			if err := o.total.Write(o.w, fmt.Sprintf("total (%d files)", o.total.Files)); err != nil {
				return err
			}
		}
	}
	return o.w.Flush()
}

// inputEncoding names the encoding a streamed input is read in: the one
// asked for, or the one its start shows (a byte order mark, UTF-16, valid
// UTF-8, else Windows-1252), as Parser.Posts settles it.
func inputEncoding(asked string, head []byte) string {
	if asked != "" && asked != normalize.Auto {
		return asked
	}
	if len(head) == parse.SniffBytes {
		if i := bytes.LastIndexByte(head, '\n'); i > 0 {
			head = head[:i+1] // not a character cut in two
		}
	}
	d, err := normalize.Decode(head, normalize.Auto)
	if err != nil {
		return ""
	}
	return d.Encoding
}

// sourceNames are the names the outputs give the files: each file's own,
// and for a file given again, its name with "#2", "#3" (so that a ConvoKit
// corpus of both has no utterance id twice).
func sourceNames(files []string) []string {
	seen := map[string]int{}
	out := make([]string, len(files))
	for i, f := range files {
		seen[f]++
		out[i] = f
		if n := seen[f]; n > 1 {
			out[i] = fmt.Sprintf("%s#%d", f, n)
		}
	}
	return out
}
