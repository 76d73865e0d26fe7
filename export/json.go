package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/blogthread/blogthread/thread"
)

// WriteJSON writes doc as one indented JSON object, the same value that
// encoding/json gives, but a comment (with its replies) and a markup entry
// at a time, so that a document of a million comments does not need its
// whole JSON in memory at once.
func WriteJSON(w io.Writer, doc *thread.Document) error {
	bw := bufio.NewWriter(w)
	e := &jsonWriter{w: bw}
	head := *doc
	head.Posts, head.Markup, head.Warnings = []*thread.Post{}, nil, []thread.Warning{}
	b, err := e.marshal(&head, "")
	if err != nil {
		return err
	}
	// The warnings too go one at a time: an input may earn a million.
	wbefore, wafter, ok := bytes.Cut(b, []byte(`"warnings": []`))
	if !ok {
		return errors.New("export: no warnings field in a document's JSON")
	}
	e.write(wbefore)
	e.write([]byte(`"warnings": [`))
	for i, w := range doc.Warnings {
		if i > 0 {
			e.write([]byte(","))
		}
		b, err := e.marshal(w, "    ")
		if err != nil {
			return err
		}
		e.write([]byte("\n    "))
		e.write(b)
	}
	if len(doc.Warnings) > 0 {
		e.write([]byte("\n  "))
	}
	e.write([]byte("]"))
	before, after, ok := bytes.Cut(wafter, []byte(`"posts": []`))
	if !ok {
		return errors.New("export: no posts field in a document's JSON")
	}
	e.write(before)
	e.write([]byte(`"posts": [`))
	for i, p := range doc.Posts {
		if i > 0 {
			e.write([]byte(","))
		}
		e.write([]byte("\n    "))
		if err := e.post(p, "    "); err != nil {
			return err
		}
	}
	if len(doc.Posts) > 0 {
		e.write([]byte("\n  "))
	}
	e.write([]byte("]"))
	after = bytes.TrimSuffix(bytes.TrimRight(after, "\n"), []byte("}"))
	e.write(bytes.TrimRight(after, "\n "))
	if len(doc.Markup) > 0 {
		e.write([]byte(",\n  \"markup\": ["))
		for i, m := range doc.Markup {
			if i > 0 {
				e.write([]byte(","))
			}
			b, err := json.Marshal(m)
			if err != nil {
				return err
			}
			e.write([]byte("\n    "))
			e.write(b)
		}
		e.write([]byte("\n  ]"))
	}
	e.write([]byte("\n}\n"))
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

type jsonWriter struct {
	w   *bufio.Writer
	err error
}

func (e *jsonWriter) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

// marshal encodes v indented as if it stood at prefix, without HTML
// escaping and without the final newline.
func (e *jsonWriter) marshal(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// post writes a post, its comments one at a time.
func (e *jsonWriter) post(p *thread.Post, prefix string) error {
	head := *p
	head.Comments = []*thread.Comment{}
	b, err := e.marshal(&head, prefix)
	if err != nil {
		return err
	}
	before, after, ok := bytes.Cut(b, []byte(`"comments": []`))
	if !ok {
		return errors.New("export: no comments field in a post's JSON")
	}
	e.write(before)
	e.write([]byte(`"comments": [`))
	inner := prefix + "    "
	for i, c := range p.Comments {
		if i > 0 {
			e.write([]byte(","))
		}
		e.write([]byte("\n" + inner))
		b, err := e.marshal(c, inner)
		if err != nil {
			return err
		}
		e.write(b)
	}
	if len(p.Comments) > 0 {
		e.write([]byte("\n" + prefix + "  "))
	}
	e.write([]byte("]"))
	e.write(after)
	return e.err
}
