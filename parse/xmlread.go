package parse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"

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
// reads its children). An XML error, from the decoder or from fn, skips to
// the next wanted element after it; any other error from fn ends the read.
func (r *xmlReader) each(fn func(el *xmlElement) error) error {
	start := xmlStart(r.src)
	if start > len(r.src)-len(stripBOM(r.src)) {
		r.warn(thread.Warning{Line: 1, Message: fmt.Sprintf("%d bytes before the XML skipped", start)})
	}
	var root []byte // the root element's start tag, for its namespaces
	pos, prefix := start, []byte(nil)
	seen := false
	current := "" // the wanted element being read, when an error comes
	for {
		d := xmlDecoder(io.MultiReader(bytes.NewReader(prefix), bytes.NewReader(r.src[pos:])))
		// Offsets and lines of the decoder are of prefix+src[pos:].
		base := pos - len(prefix)
		lineBase := bytes.Count(r.src[:pos], []byte("\n")) - bytes.Count(prefix, []byte("\n"))
		err := func() error {
			for {
				before := d.InputOffset()
				tok, err := d.Token()
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return err
				}
				se, ok := tok.(xml.StartElement)
				if !ok {
					continue
				}
				if root == nil {
					root = append([]byte(nil), r.src[base+int(before):base+int(d.InputOffset())]...)
				}
				if !slices.Contains(r.names, se.Name.Local) {
					continue
				}
				seen = true
				line, _ := d.InputPos()
				el := &xmlElement{name: se.Name.Local, d: d, start: se, offset: int(before), line: line + lineBase, lineBase: lineBase, base: base}
				current = se.Name.Local
				if err := fn(el); err != nil {
					return err
				}
				current = ""
			}
		}()
		if err == nil && root == nil {
			return &Error{File: r.name, Line: 1, Col: 1, Err: errors.New("xml: no element in the input")}
		}
		if err == nil {
			return nil
		}
		if !isXMLError(err) {
			return err
		}
		line, col := d.InputPos()
		at := base + int(d.InputOffset())
		if !seen && root == nil {
			return &Error{File: r.name, Line: line + lineBase, Col: col, Err: fmt.Errorf("xml: %w", err)}
		}
		from := max(at, pos+1)
		if k := bytes.LastIndexByte(r.src[:min(at, len(r.src))], '<'); current == "" && k >= 0 {
			// The error in a wanted element's own start tag.
			for _, n := range r.names {
				if bytes.HasPrefix(r.src[k+1:], []byte(n)) {
					current = n
				}
			}
		}
		if current != "" {
			// Past the end of the broken element, so that an element of
			// a wanted name inside it (a post's thread) is not taken for
			// the next one.
			if k := bytes.Index(r.src[from:], []byte("</"+current)); k >= 0 {
				from += k
			}
			current = ""
		}
		next := r.nextElement(from)
		msg := err.Error()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			msg = se.Msg // its line is the decoder's, not the input's
		}
		if next < 0 {
			r.warn(thread.Warning{Line: line + lineBase, Message: fmt.Sprintf("%d:%d: xml: %s; the rest of the input skipped", line+lineBase, col, msg)})
			return nil
		}
		r.warn(thread.Warning{Line: line + lineBase, Message: fmt.Sprintf("%d:%d: xml: %s; skipped to line %d", line+lineBase, col, msg, 1+bytes.Count(r.src[:next], []byte("\n")))})
		pos, prefix = next, root
	}
}

// nextElement returns the offset of the first start tag of a wanted
// element at or after from, or -1.
func (r *xmlReader) nextElement(from int) int {
	best := -1
	for _, n := range r.names {
		for i := from; i < len(r.src); {
			k := bytes.Index(r.src[i:], []byte("<"+n))
			if k < 0 {
				break
			}
			j := i + k
			if end := j + 1 + len(n); end < len(r.src) && (r.src[end] == '>' || r.src[end] == ' ' || r.src[end] == '\t' || r.src[end] == '\n' || r.src[end] == '\r') {
				if best < 0 || j < best {
					best = j
				}
				break
			}
			i = j + 1
		}
	}
	return best
}

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
		out = append(out, thread.Warning{Message: fmt.Sprintf("%d %s left out (IncludeHidden, -hidden, keeps them)", h.n[k], plural(k, h.n[k]))})
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
