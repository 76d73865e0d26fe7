package parse

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// Posts parses r with the zero Parser; see Parser.Posts.
func Posts(r io.Reader) iter.Seq2[*thread.Post, error] {
	var p Parser
	return p.Posts("", r)
}

// chunkBytes is how much input the streaming parser reads and normalizes at
// a time (more when a line is longer), unless Parser.chunkBytes says.
const chunkBytes = 256 << 10

// Posts parses r as ParseBytes does but yields each post as soon as it is
// complete — when the next post's date line and title, or the end of the
// input, close it — holding a few posts' lines in memory at a time, so
// that an archive far larger than memory streams through.
//
// With Parser.Workers above one, r is read ahead on a goroutine of its own
// while earlier posts are parsed and enriched on others; the posts still
// come in input order. A loop that stops early makes Posts stop reading:
// it returns once the read in progress, if any, is over, and r is not read
// after that.
//
// A post's warnings (and those of the text before it) are in its Warnings.
// The encoding is settled per chunk of input: a byte order mark at the
// start, else each chunk is read as UTF-8 when it is valid and as
// Windows-1252 when not; UTF-16 input is read whole. The sequence ends
// after the first error, which is a *Error.
//
// Parser.Stream gives the same sequence and, at its end, what the input as
// a whole showed (format, encoding, language, every warning).
func (p *Parser) Posts(name string, r io.Reader) iter.Seq2[*thread.Post, error] {
	return p.Stream(name, r).Posts()
}

// finished yields the posts of a stream that is not read whole, built and
// run through the stages on p.workers() goroutines, in input order.
func (s *stream) finished() iter.Seq2[*thread.Post, error] {
	if s.reg.Posts != nil {
		return s.p.finishStream(s.all(), s.loc)
	}
	if w := s.p.workers(); w > 1 {
		return s.parallel(w)
	}
	return s.all() // build runs the stages
}

// all yields the posts of a stream that is not read whole, one at a time:
// those of a registered format before the stages (see
// Parser.finishStream), those of text through them (see build).
func (s *stream) all() iter.Seq2[*thread.Post, error] {
	return func(yield func(*thread.Post, error) bool) {
		p := s.p
		if s.reg.Posts != nil {
			var pending []thread.Warning
			var held *thread.Post
			nodes := 0
			warn := func(w thread.Warning) {
				w.Kind = cmp.Or(w.Kind, thread.WarnOther)
				pending = append(pending, w)
			}
			for post, err := range s.reg.Posts(p, s.name, s.br, warn) {
				if err != nil {
					yield(nil, err)
					return
				}
				if post == nil {
					continue // a registered format's empty yield
				}
				completeIDs(post, s.postID+1)
				if nodes += post.Count(); s.lim.MaxNodes > 0 && nodes > s.lim.MaxNodes {
					yield(nil, &Error{File: s.name, Line: post.Span.StartLine, Col: 1, Err: errLimit("more than %d comments and replies (Limits.MaxNodes)", s.lim.MaxNodes)})
					return
				}
				s.postID++
				post.Warnings, pending = append(post.Warnings, pending...), nil
				// A post waits for the next, so that the warnings given
				// after the last (an export's counts of what it left
				// out) go on the last.
				if held != nil && !yield(held, nil) {
					return
				}
				held = post
			}
			if held == nil {
				s.pending = append(s.pending, pending...)
				return
			}
			held.Warnings = append(held.Warnings, pending...)
			yield(held, nil)
			return
		}
		for {
			post, err := s.next()
			if err != nil {
				if err != io.EOF {
					yield(nil, err)
				}
				return
			}
			if !yield(post, nil) {
				return
			}
		}
	}
}

// stream is the state of Parser.Posts.
type stream struct {
	p      *Parser
	name   string
	lim    Limits
	loc    *time.Location
	forced textLayout
	br     *bufio.Reader
	enc    string // the encoding asked for
	chunk  int    // bytes read at a time (chunkBytes)
	eof    bool

	inBase   int     // input offset of the next chunk
	normBase int     // normalized-stream offset of the next chunk
	lineNum  int     // number of the next line
	chunks   []chunk // chunks that lines in ls may point into
	carry    []byte  // input read but not yet normalized (after the last line end)

	ls      []line // lines not yet given to a post
	lineBuf []line // the array that ls is a slice of
	shared  bool   // regions go to other goroutines: lineBuf is not reused

	regions   int // regions parsed so far
	posts     []*thread.Post
	warnings  []thread.Warning // warnings of the input read, for the next region
	pending   []thread.Warning // warnings of regions without posts, for the next post
	whole     *thread.Document // a registered format's input, parsed whole
	lastStart int              // index in ls from which to look for a split
	postID    int              // posts numbered so far
	reg       Format           // a registered format that streams

	// For a Document (ParseBytes, Parse): what it holds beside the
	// posts, gathered in input order.
	doc        bool
	docWarn    []thread.Warning  // every warning, in the order given
	markups    [][]thread.Markup // markup, in blocks
	preMark    []thread.Markup   // markup of a skipped page header, for the next region
	votes      lang.Votes        // the interface languages of the markers read
	encoding   string            // the encoding of the first chunk
	readErr    error             // the reader's failure, reported at the next read
	sawText    bool              // a chunk held more than white space
	readFailed bool              // the reader failed: the posts before stand
}

// chunk is a run of normalized text and the way back to the input.
type chunk struct {
	norm int // normalized-stream offset of the chunk
	in   int // input offset of the chunk
	text *normalize.Text
}

// newStream starts the parse of r: for a Document when doc (a registered
// format then reads its input whole, with its Parse), else for Posts.
func (p *Parser) newStream(name string, r io.Reader, doc bool) (*stream, error) {
	s := &stream{p: p, name: name, lim: p.Limits.withDefaults(), loc: p.Location, enc: p.Encoding, lineNum: 1, doc: doc}
	if s.loc == nil {
		s.loc = time.UTC
	}
	s.chunk = cmp.Or(p.chunkBytes, chunkBytes)
	hint := sizeHint(r)
	s.br = bufio.NewReaderSize(r, s.chunk)
	head, _ := s.br.Peek(SniffBytes)
	reg, isReg := Format{}, false
	switch p.Format {
	case "", "auto":
		reg, isReg = p.sniff(head)
	case Archive:
	default:
		if reg, isReg = p.registered(p.Format); !isReg {
			l, err := lookupLayout(p.Format)
			if err != nil {
				return nil, &Error{File: name, Err: err}
			}
			s.forced = l
		}
	}
	if isReg && reg.Posts != nil && utf16Text(head) == nil && !doc {
		s.reg = reg
		return s, nil
	}
	if isReg {
		// A registered format reads its input whole.
		b, err := readAll(s.br, s.lim, name, hint)
		var re *readError
		if errors.As(err, &re) {
			return nil, &Error{File: name, Line: 1 + bytes.Count(re.read, []byte("\n")), Col: 1, Err: re.err}
		}
		if err != nil {
			return nil, err
		}
		doc, err := p.parseRegistered(reg, name, b)
		if err != nil {
			return nil, err
		}
		s.whole = doc
		return s, nil
	}
	if _, err := normalize.Decode(nil, p.Encoding); err != nil {
		return nil, &Error{File: name, Err: err}
	}
	enc := strings.ToLower(p.Encoding)
	utf16 := enc == normalize.UTF16 || enc == "utf16" ||
		(enc == "" || enc == normalize.Auto) && (bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || looksUTF16(head))
	if utf16 {
		// Its line ends are two bytes: it is read whole, as one chunk.
		b, err := readAll(s.br, s.lim, name, hint)
		var re *readError
		if errors.As(err, &re) {
			return nil, &Error{File: name, Line: 1, Col: 1, Err: re.err}
		}
		if err != nil {
			return nil, err
		}
		nt, err := normalize.Normalize(b, p.Encoding)
		if err != nil {
			return nil, &Error{File: name, Err: err}
		}
		if err := s.addChunk(nt, len(b)); err != nil {
			return nil, err
		}
		if nt.OddByte {
			s.warnings = append(s.warnings, thread.Warning{Line: 1 + strings.Count(nt.Text, "\n"), Kind: thread.WarnEncoding, Message: "the UTF-16 input ends in half a character, read as U+FFFD"})
		}
		s.eof = true
		return s, nil
	}
	if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
		s.br.Discard(3)
		s.inBase = 3
	}
	return s, nil
}

// wholeDoc gives the warnings of a Document parsed whole to its first
// post, for Posts to yield.
func wholeDoc(doc *thread.Document) *thread.Document {
	for _, post := range doc.Posts {
		post.Warnings = nil
	}
	if len(doc.Posts) > 0 {
		doc.Posts[0].Warnings = doc.Warnings
	}
	return doc
}

// readAll reads r whole within the input limit, into a buffer of about
// hint bytes (what sizeHint says of it) that grows when that was too
// little: a 4 MB export read into a buffer that grew from nothing cost
// 10 MB of copies (BenchmarkLayouts/blogger).
func readAll(r io.Reader, lim Limits, name string, hint int) ([]byte, error) {
	if lim.MaxInputBytes > 0 {
		r = io.LimitReader(r, lim.MaxInputBytes+1)
		hint = int(min(int64(hint), lim.MaxInputBytes+1))
	}
	buf := bytes.NewBuffer(make([]byte, 0, hint+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	b := buf.Bytes()
	if err != nil {
		return nil, &readError{read: b, err: err}
	}
	if lim.MaxInputBytes > 0 && int64(len(b)) > lim.MaxInputBytes {
		return nil, &Error{File: name, Err: errLimit("input larger than %d bytes (Limits.MaxInputBytes)", lim.MaxInputBytes)}
	}
	return b, nil
}

// sizeHint returns how many bytes r holds, when it says (a bytes or
// strings reader, a regular file), else 0.
func sizeHint(r io.Reader) int {
	switch v := r.(type) {
	case interface{ Len() int }:
		return max(v.Len(), 0)
	case *os.File:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return int(min(fi.Size(), 1<<30))
		}
	}
	return 0
}

// readError is a reader's failure, with what it gave before.
type readError struct {
	read []byte
	err  error
}

func (e *readError) Error() string { return e.err.Error() }
func (e *readError) Unwrap() error { return e.err }

// looksUTF16 is normalize's check for UTF-16 without a byte order mark.
func looksUTF16(b []byte) bool {
	d, err := normalize.Decode(b[:len(b)&^1], normalize.Auto)
	return err == nil && d.Encoding == normalize.UTF16
}

// read reads and normalizes the next chunk of input into s.ls. It returns
// io.EOF at the end of the input.
func (s *stream) read() error {
	if s.readErr != nil {
		// The lines read before the failure are in: report it at the
		// line it reached.
		s.readFailed = !errors.Is(s.readErr, ErrLimit)
		return &Error{File: s.name, Line: s.lineNum, Col: 1, Err: s.readErr}
	}
	if s.eof {
		return io.EOF
	}
	buf := append(make([]byte, 0, len(s.carry)+s.chunk), s.carry...)
	for len(buf) < s.chunk || lastLineEnd(buf) <= 0 {
		if lastLineEnd(buf) <= 0 && len(buf) > s.lim.MaxLineBytes {
			return &Error{File: s.name, Line: s.lineNum, Col: s.lim.MaxLineBytes + 1, Err: errLimit("line longer than %d bytes (Limits.MaxLineBytes)", s.lim.MaxLineBytes)}
		}
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, s.chunk)...)[:len(buf)]
		}
		n, err := s.br.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			s.eof = true
			break
		}
		if err != nil {
			s.readErr = err
			break
		}
	}
	cut := len(buf)
	if !s.eof {
		cut = lastLineEnd(buf)
	}
	s.carry = append([]byte(nil), buf[cut:]...)
	raw := buf[:cut]
	if len(raw) == 0 {
		return nil
	}
	// raw is this read's own buffer and is never written again: the
	// normalized text of clean UTF-8 shares it.
	nt, err := normalize.NormalizeString(unsafe.String(unsafe.SliceData(raw), len(raw)), s.enc)
	if err != nil {
		return &Error{File: s.name, Err: err}
	}
	return s.addChunk(nt, cut)
}

// addChunk adds the lines of nt, the normalized text of the next n bytes of
// input, to s.ls.
func (s *stream) addChunk(nt *normalize.Text, n int) error {
	if i := strings.IndexByte(nt.Text, 0); i >= 0 {
		ln := s.lineNum + strings.Count(nt.Text[:i], "\n")
		col := nt.InputOffset(i) - nt.InputOffset(strings.LastIndexByte(nt.Text[:i], '\n')+1) + 1
		return &Error{File: s.name, Line: ln, Col: col, Err: fmt.Errorf("%w: NUL byte", ErrBinary)}
	}
	if !s.sawText && strings.TrimSpace(nt.Text) != "" {
		s.sawText = true
	}
	switch {
	case s.encoding == "":
		s.encoding = nt.Encoding
	case nt.Encoding != s.encoding && nt.Text != "":
		s.warnings = append(s.warnings, thread.Warning{Line: s.lineNum, Kind: thread.WarnEncoding,
			Message: fmt.Sprintf("read as %s from here (the input before as %s)", nt.Encoding, s.encoding)})
	}
	s.chunks = append(s.chunks, chunk{norm: s.normBase, in: s.inBase, text: nt})
	if nt.Mojibake > 0 {
		s.warnings = append(s.warnings, thread.Warning{
			Kind:    thread.WarnEncoding,
			Line:    s.lineNum + strings.Count(nt.Text[:nt.MojibakeAt], "\n"),
			Message: fmt.Sprintf("repaired %d mojibake sequences (UTF-8 read as Windows-1252), the first here", nt.Mojibake),
		})
	}
	if s.shared {
		// Regions handed to other goroutines point into the array:
		// the lines not yet given out start a new one.
		s.ls = append(make([]line, 0, len(s.ls)+strings.Count(nt.Text, "\n")+1), s.ls...)
	} else {
		// The lines given to earlier regions are parsed and no longer
		// referenced: move the rest to the front of the buffer.
		s.ls = s.lineBuf[:copy(s.lineBuf[:cap(s.lineBuf)], s.ls)]
	}
	had := len(s.ls)
	all, err := splitLines(s.ls, nt.Text, s.normBase, s.lineNum, s.lim.MaxLineBytes, s.name)
	if err != nil {
		return err
	}
	s.ls, s.lineBuf = all, all[:0]
	ls := all[had:]
	clampIndent(ls, s.lim.MaxIndent, func(kind thread.WarningKind, line int, format string, args ...any) {
		s.warnings = append(s.warnings, thread.Warning{Line: line, Kind: kind, Message: fmt.Sprintf(format, args...)})
	})
	if len(ls) > 0 {
		s.lineNum = ls[len(ls)-1].num + 1 // a line split in two counts once (gluedPostStart)
	}
	s.normBase += len(nt.Text)
	s.inBase += n
	return nil
}

// lastLineEnd returns the offset just after the last line end of b that is
// surely complete ("\n", or "\r" not at the very end), or -1.
func lastLineEnd(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		switch b[i] {
		case '\n':
			return i + 1
		case '\r':
			if i < len(b)-1 {
				return i + 1
			}
		}
	}
	return -1
}

// inputOffset maps a normalized-stream offset to an input offset through
// chunks.
func inputOffset(chunks []chunk, p int) int {
	i := sort.Search(len(chunks), func(i int) bool { return chunks[i].norm > p }) - 1
	if i < 0 {
		return p
	}
	c := chunks[i]
	return c.in + c.text.InputOffset(p-c.norm)
}

// next returns the next post, or io.EOF.
func (s *stream) next() (*thread.Post, error) {
	for len(s.posts) == 0 {
		region, err := s.region()
		if err != nil {
			return nil, err
		}
		j := s.prepare(region)
		if j.skip {
			continue
		}
		s.build(j)
		if j.err != nil {
			return nil, j.err
		}
		s.posts = append(s.posts, s.finish(j)...)
	}
	post := s.posts[0]
	s.posts = s.posts[1:]
	return post, nil
}

// region returns the lines of the next region: up to the next date line
// that opens a post (a date line with a title after it), or to the end of the input.
func (s *stream) region() ([]line, error) {
	for {
		if i := s.split(); i > 0 {
			region := s.ls[:i]
			s.ls = s.ls[i:]
			s.lastStart = 0
			return region, nil
		}
		if err := s.read(); err != nil {
			if err != io.EOF {
				return nil, err
			}
			if i := s.split(); i > 0 {
				continue
			}
			if len(s.ls) == 0 {
				return nil, io.EOF
			}
			region := s.ls
			s.ls = nil
			return region, nil
		}
	}
}

// split returns the index in s.ls of the first date line after the first
// line that opens a post, or -1; a date line whose title may still be
// coming waits for more input.
func (s *stream) split() int {
	for i := max(s.lastStart, 1); i < len(s.ls); i++ {
		l := s.ls[i]
		if !postDateLine(&l) {
			continue
		}
		t := nextText(s.ls, i+1)
		if t < 0 && !s.eof {
			s.lastStart = i
			return -1
		}
		if t >= 0 && titleLike(s.ls[t]) {
			return i
		}
	}
	s.lastStart = max(len(s.ls), 1)
	return -1
}

// regionJob is a region of lines on its way through the parse: split
// into posts and their ids given in input order (prepare), parsed and run
// through the stages on any goroutine (build), and its posts given their
// warnings in input order again (finish).
type regionJob struct {
	region   []line
	parts    [][]line         // the lines of each post (splitRegion)
	firstID  int              // the number of its first post
	b        *builder         // the builder, when prepare made it (Parser.DropDuplicates)
	chunks   []chunk          // the chunks its lines point into, as they were
	warnings []thread.Warning // the stream's warnings read before it
	skip     bool             // a page header, kept as nothing
	err      error

	posts    []*thread.Post    // by build
	postWarn []thread.Warning  // by build: the warnings of the parse
	last     int               // by build: the number of its last line
	markups  [][]thread.Markup // by build, for a Document: the markup found
	votes    lang.Votes        // by build: the languages of its markers
}

// prepare takes a region from the stream.
func (s *stream) prepare(region []line) *regionJob {
	j := &regionJob{chunks: s.chunks}
	first := s.regions == 0
	s.regions++
	if first && len(s.ls) > 0 && isPageHeader(region) {
		// More regions follow: a dateless page header is chrome.
		if len(region) > 0 {
			s.warnings = append(s.warnings, thread.Warning{Line: region[0].num, Kind: thread.WarnChrome, Message: "text before the first dated post kept as page chrome"})
		}
		if s.doc {
			for _, l := range region {
				if !l.blank() {
					s.preMark = append(s.preMark, thread.Markup{Line: l.num, Kind: thread.MarkupChrome, Text: l.trim()})
				}
			}
		}
		j.skip = true
		return j
	}
	j.warnings, s.warnings = s.warnings, nil
	if s.preMark != nil {
		j.markups, s.preMark = [][]thread.Markup{s.preMark}, nil
	}
	if s.p.DropDuplicates {
		// Dropping lines may move where a post starts: it comes before
		// the split.
		j.b = s.newBuilder()
		region = j.b.duplicates(region, dropDuplicates)
	}
	j.region, j.parts = region, splitRegion(region)
	j.firstID = s.postID + 1
	s.postID += len(j.parts)
	// Chunks before the next region's first line are no longer needed.
	if len(s.ls) > 0 {
		keep := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].norm > s.ls[0].start }) - 1
		if keep > 0 {
			s.chunks = append([]chunk(nil), s.chunks[keep:]...)
		}
	}
	return j
}

// build parses the region of j into posts. It reads only what the stream
// set up before its first post, so that regions can be built in parallel.
func (s *stream) build(j *regionJob) {
	b := j.b
	if b == nil {
		b = s.newBuilder()
		b.duplicates(j.region, warnDuplicates)
	}
	input := func(p int) int { return inputOffset(j.chunks, p) }
	var date *thread.Date
	for k, part := range j.parts {
		post := b.parsePart(part, k == 0, &date, s.forced)
		if b.err != nil {
			break
		}
		post.ID = "p" + strconv.Itoa(j.firstID+k)
		mapPostSpans(post, input)
		s.p.finishPost(post, s.loc)
		j.posts = append(j.posts, post)
	}
	b.finishWarnings()
	j.markups, j.votes = append(j.markups, b.markups...), b.votes
	if b.err != nil {
		j.err = b.err
		return
	}
	if len(j.region) > 0 {
		j.last = j.region[len(j.region)-1].num
	}
	j.postWarn = b.doc.Warnings
}

// newBuilder returns a builder for a region of the stream. MaxNodes bounds
// what it holds: a region's posts. Posts carry no markup: it is collected
// for a Document only.
func (s *stream) newBuilder() *builder {
	doc := &thread.Document{Source: s.name, Warnings: []thread.Warning{}}
	return &builder{doc: doc, loc: s.loc, file: s.name, maxNodes: s.lim.MaxNodes, noMarkup: !s.doc}
}

// finish gives each post of j the warnings of its lines
// (the last post those after it too); a region without posts passes its
// warnings on to the next.
func (s *stream) finish(j *regionJob) []*thread.Post {
	if s.doc {
		s.docWarn = append(append(s.docWarn, j.warnings...), j.postWarn...)
		s.markups = append(s.markups, j.markups...)
	}
	s.votes.Merge(&j.votes)
	warnings := append(append(s.pending, j.warnings...), j.postWarn...)
	s.pending = nil
	sort.SliceStable(warnings, func(i, k int) bool { return warnings[i].Line < warnings[k].Line })
	for i, post := range j.posts {
		end := j.last
		if i+1 < len(j.posts) {
			end = j.posts[i+1].Span.StartLine - 1
		}
		for len(warnings) > 0 && (warnings[0].Line <= end || i == len(j.posts)-1) {
			post.Warnings = append(post.Warnings, warnings[0])
			warnings = warnings[1:]
		}
	}
	if len(j.posts) == 0 {
		s.pending = warnings // for the next post
	}
	return j.posts
}

// parallel yields the posts of the text stream with regions built on
// workers goroutines while the input is read ahead on another, in input
// order, numbered. Its goroutines are finished before the sequence ends.
func (s *stream) parallel(workers int) iter.Seq2[*thread.Post, error] {
	return func(yield func(*thread.Post, error) bool) { s.parallelYield(workers, yield) }
}

func (s *stream) parallelYield(workers int, yield func(*thread.Post, error) bool) {
	s.shared = true
	inOrder(workers,
		func(emit func(*regionJob) bool) {
			for {
				region, err := s.region()
				switch {
				case err == io.EOF:
					return
				case err != nil:
					emit(&regionJob{err: err})
					return
				}
				if j := s.prepare(region); !j.skip && !emit(j) {
					return
				}
			}
		},
		func(j *regionJob) {
			if j.err == nil {
				s.build(j)
			}
		},
		func(j *regionJob) bool {
			if j.err != nil {
				yield(nil, j.err)
				return false
			}
			for _, post := range s.finish(j) {
				if !yield(post, nil) {
					return false
				}
			}
			return true
		})
}
