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
	keepLines := lineEnds == htmlLineEndsBreak
	var out strings.Builder
	out.Grow(len(s))
	space := false  // a space is due before the next text
	breaks := 0     // line breaks due before the next text
	var href string // the address of the link being read
	linkText := false
	dropped := false
	emit := func(t string) {
		if t == "" {
			return
		}
		if out.Len() > 0 {
			switch {
			case breaks >= 2:
				out.WriteString("\n\n")
			case breaks == 1:
				out.WriteString("\n")
			case space:
				out.WriteByte(' ')
			}
		}
		breaks, space = 0, false
		out.WriteString(t)
	}
	text := func(t string) {
		for t != "" {
			i := strings.IndexFunc(t, func(r rune) bool { return textutil.IsSpace(r) && r != '\u00A0' })
			if i < 0 {
				emit(t)
				linkText = true
				return
			}
			if i > 0 {
				emit(t[:i])
				linkText = true
			}
			r, n := utf8.DecodeRuneInString(t[i:])
			if keepLines && r == '\n' {
				breaks++
			} else {
				space = true
			}
			t = t[i+n:] // the whole space, however many bytes it takes
			for t != "" && strings.IndexByte(" \t\r\n", t[0]) >= 0 && !(keepLines && t[0] == '\n') {
				t = t[1:]
			}
		}
	}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := "" // inside <script> or <style>
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if raw := z.Raw(); len(raw) > 0 && skip == "" {
				text(string(raw)) // a tag never closed ("a<b"): its text kept
			}
			return out.String(), dropped
		case html.TextToken:
			if skip != "" {
				dropped = dropped || strings.TrimSpace(string(z.Text())) != ""
				continue
			}
			text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			if tt == html.EndTagToken {
				if tag == skip {
					skip = ""
				}
				switch tag {
				case "p", "div", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "table", "tr":
					if out.Len() > 0 {
						breaks = max(breaks, 2)
					}
				case "a":
					if !linkText && href != "" {
						emit(href)
					}
					href = ""
				}
				continue
			}
			switch tag {
			case "script", "style":
				if tt == html.StartTagToken {
					skip = tag
				}
			case "br":
				breaks++
			case "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr":
				if out.Len() > 0 {
					breaks = max(breaks, 2)
				}
			case "a":
				href, linkText = "", false
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "href" {
						href = string(v)
					}
				}
			}
		}
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
