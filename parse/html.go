package parse

import (
	"encoding/xml"
	"strings"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
	"golang.org/x/net/html"
)

// htmlLineEnds says what a line end in HTML source is.
type htmlLineEnds bool

const (
	htmlLineEndsSpace htmlLineEnds = false // white space, as a browser reads it
	htmlLineEndsBreak htmlLineEnds = true  // a <br>: WordPress keeps comments as text with line ends
)

// htmlText turns the HTML of an exported post or comment into the text a
// reader sees, as a body in the model holds it: <br> is a line break, two
// of them or a <p> or <div> end a paragraph (paragraphs are joined by a
// blank line), tags are dropped with the text inside them kept (a link's
// text, or its address when it has none), entities are decoded, and runs
// of white space in the HTML collapse as a browser collapses them. When
// lineEnds is htmlLineEndsBreak, line ends in the source count as <br> (WordPress keeps
// comments as text with line ends). A "<" that opens no tag ("x < 5",
// "I <3 this") is text. What <script> and <style> hold is no text: see
// htmlTextDropped.
func htmlText(s string, lineEnds htmlLineEnds) string {
	t, _ := htmlTextDropped(s, lineEnds)
	return t
}

// htmlTextDropped is htmlText, and reports whether it dropped the
// contents of a <script> or <style> element.
func htmlTextDropped(s string, lineEnds htmlLineEnds) (string, bool) {
	w := htmlWriter{keepLines: lineEnds == htmlLineEndsBreak}
	w.out.Grow(len(s))
	if !strings.ContainsAny(s, "<&\r\x00") {
		// No markup, entity, carriage return or NUL: the tokenizer
		// would give s as one text token, and costs a buffer of its own
		// (BenchmarkLayouts/blogger: most titles and many comments are
		// plain).
		w.text(s)
		return w.out.String(), false
	}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := "" // inside <script> or <style>
	dropped := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if raw := z.Raw(); len(raw) > 0 && skip == "" {
				w.text(string(raw)) // a tag never closed ("a<b"): its text kept
			}
			return w.out.String(), dropped
		case html.TextToken:
			if skip != "" {
				dropped = dropped || strings.TrimSpace(string(z.Text())) != ""
				continue
			}
			w.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			if tag := w.startTag(z); (tag == "script" || tag == "style") && tt == html.StartTagToken {
				skip = tag
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == skip {
				skip = ""
			}
			w.endTag(string(name))
		}
	}
}

// htmlWriter writes the text of HTML as htmlText does: white space
// collapsed, paragraphs apart, line breaks kept when keepLines, and a
// link's address where it has no text.
type htmlWriter struct {
	out       strings.Builder
	keepLines bool
	space     bool   // a space is due before the next text
	breaks    int    // line breaks due before the next text
	href      string // the address of the link being read
	linkText  bool   // the link has text
}

// emit writes t after the space or line breaks due.
func (w *htmlWriter) emit(t string) {
	if t == "" {
		return
	}
	if w.out.Len() > 0 {
		switch {
		case w.breaks >= 2:
			w.out.WriteString("\n\n")
		case w.breaks == 1:
			w.out.WriteString("\n")
		case w.space:
			w.out.WriteByte(' ')
		}
	}
	w.breaks, w.space = 0, false
	w.out.WriteString(t)
}

// text writes a text token, its white space collapsed (a no-break space
// kept).
func (w *htmlWriter) text(t string) {
	for t != "" {
		i := strings.IndexFunc(t, func(r rune) bool { return textutil.IsSpace(r) && r != '\u00A0' })
		if i < 0 {
			w.emit(t)
			w.linkText = true
			return
		}
		if i > 0 {
			w.emit(t[:i])
			w.linkText = true
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if w.keepLines && r == '\n' {
			w.breaks++
		} else {
			w.space = true
		}
		t = t[i+n:] // the whole space, however many bytes it takes
		for t != "" && strings.IndexByte(" \t\r\n", t[0]) >= 0 && !(w.keepLines && t[0] == '\n') {
			t = t[1:]
		}
	}
}

// startTag reads a start tag: a line break, a paragraph, a link's
// address. It returns the tag's name.
func (w *htmlWriter) startTag(z *html.Tokenizer) string {
	name, hasAttr := z.TagName()
	tag := string(name)
	switch tag {
	case "br":
		w.breaks++
	case "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr":
		w.paragraph()
	case "a":
		w.href, w.linkText = "", false
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			if string(k) == "href" {
				w.href = string(v)
			}
		}
	}
	return tag
}

// endTag reads an end tag: the end of a paragraph, or of a link, whose
// address is written when it had no text.
func (w *htmlWriter) endTag(tag string) {
	switch tag {
	case "p", "div", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "table", "tr":
		w.paragraph()
	case "a":
		if !w.linkText && w.href != "" {
			w.emit(w.href)
		}
		w.href = ""
	}
}

// paragraph puts a blank line before the next text, unless nothing was
// written yet.
func (w *htmlWriter) paragraph() {
	if w.out.Len() > 0 {
		w.breaks = max(w.breaks, 2)
	}
}

// xmlText is the content of an export's element that holds HTML, as one
// string of HTML for htmlText: escaped ("&lt;p&gt;"), in CDATA, or as
// child elements (Atom's type="xhtml", a <b> inside a Disqus message),
// whose text is kept.
type xmlText string

// UnmarshalXML reads the element's character data and writes its child
// elements back as tags.
func (t *xmlText) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var b strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch v := tok.(type) {
		case xml.CharData:
			b.Write(v)
		case xml.StartElement:
			depth++
			b.WriteString("<" + v.Name.Local)
			for _, a := range v.Attr {
				b.WriteString(" " + a.Name.Local + `="` + html.EscapeString(a.Value) + `"`)
			}
			b.WriteString(">")
		case xml.EndElement:
			if depth == 0 {
				*t = xmlText(b.String())
				return nil
			}
			depth--
			b.WriteString("</" + v.Name.Local + ">")
		}
	}
}
