package parse

import (
	"html"
	"strings"

	"github.com/blogthread/blogthread/normalize"
)

// htmlText turns the HTML of an exported post or comment into the text a
// reader sees, as a body in the model holds it: <br> is a line break, two
// of them or a <p> or <div> end a paragraph (paragraphs are joined by a
// blank line), tags are dropped with the text inside them kept (a link's
// text, or its address when it has none), entities are decoded, and runs
// of white space in the HTML collapse as a browser collapses them. When
// keepLines is set, line ends in the source count as <br> (WordPress keeps
// comments as text with line ends).
func htmlText(s string, keepLines bool) string {
	var out strings.Builder
	out.Grow(len(s))
	space := false  // a space is due before the next text
	breaks := 0     // line breaks due before the next text
	var href string // the address of the link being read
	linkText := false
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
		t = html.UnescapeString(t)
		for t != "" {
			i := strings.IndexFunc(t, func(r rune) bool { return normalize.IsSpace(r) && r != '\u00A0' })
			if i < 0 {
				emit(t)
				linkText = linkText || t != ""
				return
			}
			if i > 0 {
				emit(t[:i])
				linkText = true
			}
			c := t[i]
			if keepLines && c == '\n' {
				breaks++
			} else {
				space = true
			}
			t = t[i+1:]
			for t != "" && strings.IndexByte(" \t\r\n", t[0]) >= 0 && !(keepLines && t[0] == '\n') {
				t = t[1:]
			}
		}
	}
	for s != "" {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			text(s)
			break
		}
		text(s[:lt])
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			text(s[lt:]) // a lone "<" is text
			break
		}
		tag := s[lt+1 : lt+gt]
		s = s[lt+gt+1:]
		name, attrs := tagName(tag)
		switch name {
		case "br":
			breaks++
		case "p", "/p", "div", "/div", "blockquote", "/blockquote", "li", "ul", "/ul", "ol", "/ol", "h1", "h2", "h3", "h4", "/h1", "/h2", "/h3", "/h4":
			if out.Len() > 0 {
				breaks = max(breaks, 2)
			}
		case "a":
			href, linkText = attr(attrs, "href"), false
		case "/a":
			if !linkText && href != "" {
				emit(href)
			}
			href = ""
		}
	}
	return out.String()
}

// tagName splits the inside of a tag into its lower-case name ("/p" for a
// closing tag) and its attributes.
func tagName(tag string) (string, string) {
	tag = strings.TrimSpace(strings.TrimSuffix(tag, "/"))
	i := strings.IndexAny(tag, " \t\r\n")
	if i < 0 {
		return strings.ToLower(tag), ""
	}
	return strings.ToLower(tag[:i]), tag[i:]
}

// attr returns the value of a tag's attribute, entities decoded.
func attr(attrs, name string) string {
	l := strings.ToLower(attrs)
	i := strings.Index(l, name+"=")
	if i < 0 {
		return ""
	}
	v := attrs[i+len(name)+1:]
	if v == "" {
		return ""
	}
	if q := v[0]; q == '"' || q == '\'' {
		if j := strings.IndexByte(v[1:], q); j >= 0 {
			return html.UnescapeString(v[1 : 1+j])
		}
		return html.UnescapeString(v[1:])
	}
	if j := strings.IndexAny(v, " \t>"); j >= 0 {
		v = v[:j]
	}
	return html.UnescapeString(v)
}
