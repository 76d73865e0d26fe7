package parse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"unicode/utf8"

	"github.com/blogthread/blogthread/thread"
)

// xmlReader reads the elements an export parser wants from a whole export,
// and reads past damage as the importers of these exports do: bytes before
// the XML declaration are skipped, and an element that is not well formed
// is skipped from the error to the next wanted element, each with a
// warning at its line and column. An input that holds no XML at all is an
// error.
type xmlReader struct {
	name  string
	src   []byte
	names []string // the local names of the wanted elements
	warn  func(thread.Warning)
}

// each calls fn with each wanted element, in order; fn decodes it (or
// reads its children). An XML error, from the decoder or from fn, skips
// past the element it is in to the next wanted element; any other error
// from fn ends the read. Offsets stay offsets of the input, lines and
// columns its lines and columns, and the work is linear in the input
// however many elements are broken.
func (r *xmlReader) each(fn func(el *xmlElement) error) error {
	st := xmlRun{r: r}
	pos, prefix := r.begin(), []byte(nil)
	for {
		d := xmlDecoder(io.MultiReader(bytes.NewReader(prefix), bytes.NewReader(r.src[pos:])))
		pass := xmlPass{d: d, pos: pos, prefix: prefix, base: pos - len(prefix), prefixLines: bytes.Count(prefix, []byte("\n"))}
		pass.lineBase = st.lines.at(r.src, pos) - pass.prefixLines
		err := st.read(&pass, fn)
		if err == nil && !st.seenRoot {
			return &Error{File: r.name, Line: 1, Col: 1, Err: errors.New("xml: no element in the input")}
		}
		if err == nil {
			return nil
		}
		if !isXMLError(err) {
			return err
		}
		next, err := st.skip(&pass, err)
		if next < 0 || err != nil {
			return err
		}
		pos, prefix, st.open = next, bytes.Join(st.open, nil), nil // the prefix's tags are read again
	}
}

// begin decodes an input in a declared charset other than UTF-8 (once,
// so that the decoder's offsets are offsets of what it is given) and
// returns where the XML starts, warning of what comes before it.
func (r *xmlReader) begin() int {
	if !utf8.Valid(r.src) {
		if u, charset, ok := decodeDeclared(r.src); ok {
			r.src = u
			r.warn(thread.Warning{Line: 1, Kind: thread.WarnEncoding, Message: fmt.Sprintf("read as %s: spans are byte offsets in its UTF-8 text", charset)})
		}
	}
	start := xmlStart(r.src)
	if start > len(r.src)-len(stripBOM(r.src)) {
		r.warn(thread.Warning{Line: 1, Kind: thread.WarnSkipped, Message: fmt.Sprintf("%d bytes before the XML skipped", start)})
	}
	return start
}

// xmlRun is the state of an xmlReader's read across its restarts.
type xmlRun struct {
	r     *xmlReader
	lines lineCounter
	// open holds the start tags of the elements open around the read
	// (the root, WXR's channel): a restart begins with them, so that the
	// namespaces hold and their end tags close something.
	open     [][]byte
	seenRoot bool // an element was read
	seen     bool // a wanted element was read
	// current is the wanted element being read when an error comes, and
	// currentAt where it starts.
	current   string
	currentAt int
}

// xmlPass is one pass of the decoder, from pos in the input after the
// start tags of prefix. Offsets and lines of the decoder are of
// prefix+src[pos:]: base and lineBase turn them into the input's.
type xmlPass struct {
	d           *xml.Decoder
	pos         int
	prefix      []byte
	base        int
	prefixLines int
	lineBase    int
}

// raw returns the bytes of a pass's input from from to to.
func (p *xmlPass) raw(src []byte, from, to int64) []byte {
	if int(to) <= len(p.prefix) {
		return p.prefix[from:to]
	}
	return src[p.base+int(from) : p.base+int(to)]
}

// read reads the tokens of a pass, calling fn with each wanted element,
// until the input ends (nil) or an error.
func (st *xmlRun) read(p *xmlPass, fn func(el *xmlElement) error) error {
	r, d := st.r, p.d
	for {
		before := d.InputOffset()
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if _, ok := tok.(xml.EndElement); ok && len(st.open) > 0 {
			st.open = st.open[:len(st.open)-1]
			continue
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		st.seenRoot = true
		if !slices.Contains(r.names, se.Name.Local) {
			st.open = append(st.open, append([]byte(nil), p.raw(r.src, before, d.InputOffset())...))
			continue
		}
		st.seen = true
		line, _ := d.InputPos()
		el := &xmlElement{name: se.Name.Local, d: d, start: se, offset: int(before), line: line + p.lineBase, lineBase: p.lineBase, base: p.base}
		st.current, st.currentAt = se.Name.Local, p.base+int(before)
		if err := fn(el); err != nil {
			return err
		}
		st.current = ""
	}
}

// skip reads past the XML error err of a pass: it returns where the next
// wanted element starts, with a warning at the error's line and column,
// or -1 when none does (the rest skipped, with a warning), or the error
// to return when nothing was read before it.
func (st *xmlRun) skip(p *xmlPass, err error) (int, error) {
	r, d, pos := st.r, p.d, p.pos
	line, col := d.InputPos()
	if line == p.prefixLines+1 {
		// The error is on the line where the restart began: its
		// column counts from that line's start in the input.
		col += pos - (bytes.LastIndexByte(r.src[:pos], '\n') + 1) - (len(p.prefix) - (bytes.LastIndexByte(p.prefix, '\n') + 1))
	}
	at := min(max(p.base+int(d.InputOffset()), pos), len(r.src))
	if !st.seen && !st.seenRoot {
		return -1, &Error{File: r.name, Line: line + p.lineBase, Col: col, Err: fmt.Errorf("xml: %w", err)}
	}
	next := r.nextElement(st.resumeFrom(pos, at))
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg // its line is the decoder's, not the input's
	}
	if next < 0 {
		r.warn(thread.Warning{Line: line + p.lineBase, Kind: thread.WarnSkipped, Message: fmt.Sprintf("%d:%d: xml: %s; the rest of the input skipped", line+p.lineBase, col, msg)})
		return -1, nil
	}
	r.warn(thread.Warning{Line: line + p.lineBase, Kind: thread.WarnSkipped, Message: fmt.Sprintf("%d:%d: xml: %s; skipped to line %d", line+p.lineBase, col, msg, st.lines.at(r.src, next)+1)})
	return next, nil
}

// resumeFrom returns where to look for the next wanted element after an
// error at at, in a pass that began at pos: past the end of the broken
// element, found from its start, so that a wanted element inside it (a
// post's thread) is not taken for the next one, nor the next one's end
// for its own. A sibling of the same name cannot start before it ends:
// the search stops there (each byte is scanned a bounded number of
// times, however many elements are broken).
func (st *xmlRun) resumeFrom(pos, at int) int {
	src := st.r.src
	if st.current == "" {
		// The error in a wanted element's own start tag: the last such
		// start before the error.
		st.currentAt = -1
		for _, n := range st.r.names {
			if k := lastStartTag(src[pos:at], n); k >= 0 && pos+k > st.currentAt {
				st.current, st.currentAt = n, pos+k
			}
		}
	}
	from := max(at, pos+1)
	if st.current == "" {
		return from
	}
	limit := len(src)
	if k := startTag(src, st.currentAt+1, st.current); k >= 0 {
		limit = k
	}
	if k := endTag(src[:limit], st.currentAt, st.current); k >= 0 {
		from = max(k, pos+1)
	} else {
		from = max(limit, pos+1)
	}
	st.current = ""
	return from
}

// lineCounter counts the line ends before an offset, carrying on from the
// last offset asked about: offsets that only grow cost one pass in all.
type lineCounter struct{ off, n int }

// at returns the number of "\n" in src before off.
func (c *lineCounter) at(src []byte, off int) int {
	if off < c.off {
		c.off, c.n = 0, 0
	}
	c.n += bytes.Count(src[c.off:off], []byte("\n"))
	c.off = off
	return c.n
}

// isNameEnd reports whether c may follow a tag's name.
func isNameEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// lastStartTag returns the offset of the last start tag of the element n
// in b ("<post " or "<post>", not "<posts>"), or -1.
func lastStartTag(b []byte, n string) int {
	for end := len(b); end > 0; {
		k := bytes.LastIndex(b[:end], []byte("<"+n))
		if k < 0 {
			return -1
		}
		if e := k + 1 + len(n); e < len(b) && isNameEnd(b[e]) {
			return k
		}
		end = k
	}
	return -1
}

// nextElement returns the offset of the first start tag of a wanted
// element at or after from, outside CDATA sections and comments, or -1.
func (r *xmlReader) nextElement(from int) int {
	return scanTags(r.src, from, func(rest []byte) bool {
		for _, n := range r.names {
			if e := 1 + len(n); len(rest) > e && bytes.HasPrefix(rest[1:], []byte(n)) && isNameEnd(rest[e]) {
				return true
			}
		}
		return false
	})
}

// startTag returns the offset of the first start tag of the element n at
// or after from, outside CDATA sections and comments, or -1.
func startTag(src []byte, from int, n string) int {
	return scanTags(src, from, func(rest []byte) bool {
		e := 1 + len(n)
		return len(rest) > e && bytes.HasPrefix(rest[1:], []byte(n)) && isNameEnd(rest[e])
	})
}

// endTag returns the offset of the first end tag of the element n at or
// after from, outside CDATA sections and comments, or -1.
func endTag(src []byte, from int, n string) int {
	return scanTags(src, from, func(rest []byte) bool {
		e := 2 + len(n)
		return len(rest) > e && bytes.HasPrefix(rest, []byte("</"+n)) && isNameEnd(rest[e])
	})
}

// scanTags returns the offset of the first "<" at or after from, outside
// CDATA sections and comments, where match(src[offset:]) holds, or -1.
func scanTags(src []byte, from int, match func(rest []byte) bool) int {
	for i := from; i < len(src); {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			return -1
		}
		j := i + k
		rest := src[j:]
		switch {
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			e := bytes.Index(rest, []byte("]]>"))
			if e < 0 {
				return -1
			}
			i = j + e + 3
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			e := bytes.Index(rest, []byte("-->"))
			if e < 0 {
				return -1
			}
			i = j + e + 3
			continue
		}
		if match(rest) {
			return j
		}
		i = j + 1
	}
	return -1
}

// decodeDeclared decodes src, which is not UTF-8, in the charset its XML
// declaration names (Windows-1252 when it names none that x/text knows).
func decodeDeclared(src []byte) ([]byte, string, bool) {
	charset := "windows-1252"
	if m := declEncoding.FindSubmatch(src[:min(len(src), 200)]); m != nil {
		charset = string(m[1])
	}
	enc, charset := charsetEncoding(charset)
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, "", false
	}
	return out, charset, true
}

// declEncoding finds the encoding an XML declaration names.
var declEncoding = regexp.MustCompile(`encoding\s*=\s*["']([A-Za-z0-9._-]+)["']`)

// xmlStart returns where the XML of src starts: after a byte order mark,
// and after any junk before the XML declaration or, without one, before
// the first tag (a stray character, blank lines).
func xmlStart(src []byte) int {
	i := len(src) - len(stripBOM(src))
	rest := bytes.TrimLeft(src[i:], " \t\r\n")
	if len(rest) > 0 && rest[0] == '<' {
		return i
	}
	head := src[i:min(len(src), i+4096)]
	if k := bytes.Index(head, []byte("<?xml")); k >= 0 {
		return i + k
	}
	if k := bytes.IndexByte(head, '<'); k >= 0 {
		return i + k
	}
	return i
}

// isXMLError reports whether err comes from reading XML that is not well
// formed.
func isXMLError(err error) bool {
	var se *xml.SyntaxError
	var ue xml.UnmarshalError
	var te *xml.TagPathError
	return errors.As(err, &se) || errors.As(err, &ue) || errors.As(err, &te) || errors.Is(err, io.ErrUnexpectedEOF)
}

// hidden counts, by kind, what an export holds but its blog does not
// show (pingbacks, spam, unapproved comments, drafts, pages without
// comments), for one warning per kind.
type hidden struct {
	kinds []string
	n     map[string]int
}

func (h *hidden) add(kind string) {
	if h.n == nil {
		h.n = map[string]int{}
	}
	if h.n[kind] == 0 {
		h.kinds = append(h.kinds, kind)
	}
	h.n[kind]++
}

// warnings returns a warning for each kind: "2 pingbacks left out".
func (h *hidden) warnings() []thread.Warning {
	var out []thread.Warning
	for _, k := range h.kinds {
		out = append(out, thread.Warning{Kind: thread.WarnHidden, Message: fmt.Sprintf("%d %s left out (IncludeHidden, -hidden, keeps them)", h.n[k], plural(k, h.n[k]))})
	}
	return out
}

// plural spells kind ("pingback", "unapproved comment", "item of type
// attachment") for n of them.
func plural(kind string, n int) string {
	if n == 1 {
		return kind
	}
	if i := bytes.Index([]byte(kind), []byte(" of ")); i >= 0 {
		return kind[:i] + "s" + kind[i:]
	}
	return kind + "s"
}
