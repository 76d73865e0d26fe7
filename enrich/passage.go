package enrich

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
)

// A passage is a quoted stretch of a node's body.
type passage struct {
	lead     string // the lead-in: text before the opening mark on its line, or the line before
	sameLine bool   // the lead-in stands on the passage's own line
	leadAt   int    // byte offset of the lead-in in the body, -1 when none
	open     int    // byte offset of the opening mark
	end      int    // byte offset just after the closing mark, or the end of the passage's line
	text     string // the quoted text without its marks
}

// maxLeadBytes bounds a lead-in on the passage's own line ("PI :- ", or an
// author and a date and time).
const maxLeadBytes = 120

// maxPassageLines bounds how many non-blank lines a passage may run to find
// its closing mark (a quoted article of many paragraphs fits).
const maxPassageLines = 60

// bodyLine is a line of a body with its offset.
type bodyLine struct {
	start int
	text  string // trimmed
	off   int    // offset of text in the body
}

// splitBody appends the lines of body to out[:0].
func splitBody(out []bodyLine, body string) []bodyLine {
	out = out[:0]
	start := 0
	for start <= len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		raw := body[start:end]
		lead := len(raw) - len(strings.TrimLeftFunc(raw, textutil.IsSpace))
		out = append(out, bodyLine{start: start, text: textutil.TrimSpace(raw), off: start + lead})
		start = end + 1
	}
	return out
}

func isOpenMark(r rune) bool  { return r == '"' || r == '“' || r == '„' || r == '«' }
func isCloseMark(r rune) bool { return r == '"' || r == '”' || r == '»' }

// findPassages returns the quoted passages of body in order.
func findPassages(body string) []passage {
	if strings.IndexByte(body, '"') < 0 && !strings.Contains(body, "“") && !strings.Contains(body, "„") && !strings.Contains(body, "«") {
		return nil
	}
	lines := splitBody(nil, body)
	var out []passage
	prev := -1 // the last non-blank line not inside a passage
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if ln.text == "" {
			continue
		}
		led := prev >= 0 && introduces(lines[prev].text)
		p, ok := passageAt(body, lines, i, led)
		if !ok {
			prev = i
			continue
		}
		if p.lead == "" && led {
			p.lead, p.leadAt = lines[prev].text, lines[prev].off
		}
		out = append(out, p)
		// Go on after the passage's last line.
		for i+1 < len(lines) && lines[i+1].start < p.end {
			i++
		}
		prev = -1
	}
	return out
}

// introduces reports whether a line ahead of a passage leads into it: it
// ends in a colon (":", ":-"), or it is a short phrase naming Twitter or X
// without a sentence's end ("From Twitter", "Seen on X this morning").
func introduces(s string) bool {
	t := strings.TrimRight(s, " -–—")
	if strings.HasSuffix(t, ":") {
		return true
	}
	if textutil.CountFields(s, 9) > 8 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if r == '.' || r == '!' || r == '?' {
		return false
	}
	_, ok := TweetSource(s)
	return ok
}

// passageAt reads a passage that starts on line i, if one does; led says
// that the line before leads into it.
func passageAt(body string, lines []bodyLine, i int, led bool) (passage, bool) {
	ln := lines[i]
	p := passage{leadAt: -1}
	r, _ := utf8.DecodeRuneInString(ln.text)
	switch {
	case isOpenMark(r):
		p.open = ln.off
	default:
		at := leadColon(ln.text)
		if at < 0 {
			return passage{}, false
		}
		p.lead = textutil.TrimSpace(ln.text[:at])
		p.sameLine, p.leadAt = true, ln.off
		k := at
		for k < len(ln.text) {
			r, n := utf8.DecodeRuneInString(ln.text[k:])
			if isOpenMark(r) {
				break
			}
			k += n
		}
		p.open = ln.off + k
	}
	_, markLen := utf8.DecodeRuneInString(body[p.open:])
	textStart := p.open + markLen
	closeAt, ok := findClose(body, lines, i, textStart)
	lineEnd := ln.start + len(body[ln.start:]) // end of line i
	if j := strings.IndexByte(body[ln.start:], '\n'); j >= 0 {
		lineEnd = ln.start + j
	}
	var text string
	if ok {
		_, n := utf8.DecodeRuneInString(body[closeAt:])
		p.end = closeAt + n
		text = body[textStart:closeAt]
		// A passage that closes inside a line with text after it must
		// read as a quoted sentence, not a scare-quoted word.
		if p.end <= lineEnd && hasLetter(body[p.end:lineEnd]) {
			if !endsSentence(text) && textutil.CountFields(text, 6) < 6 {
				return passage{}, false
			}
		}
	} else {
		p.end = lineEnd
		text = strings.TrimRightFunc(body[textStart:lineEnd], textutil.IsSpace)
	}
	text = textutil.TrimSpace(text)
	if textutil.CountFields(text, 3) < 3 && p.lead == "" && !led {
		return passage{}, false
	}
	if text == "" {
		return passage{}, false
	}
	p.text = text
	return p, true
}

// leadColon finds a lead-in on the line itself: a colon (":", ":-", ":–")
// within maxLeadBytes of the start followed by an opening quote mark, or a
// dash after a citation's time ("Jo 27 October 2024 at 09:10 - "...").
// It returns the offset of the colon or dash, or -1.
func leadColon(s string) int {
	limit := min(len(s), maxLeadBytes)
	for i := 1; i < limit; i++ {
		dash := false
		switch {
		case s[i] == ':':
		case s[i] == '-' && s[i-1] == ' ', strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—"):
			dash = true
		default:
			continue
		}
		if dash {
			if _, ok := readCitation(s[:i], time.UTC); !ok {
				continue
			}
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		k := i + w
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if r == '-' || r == '–' || r == '—' || textutil.IsSpace(r) {
				k += n
				continue
			}
			if isOpenMark(r) && k+n < len(s) {
				return i
			}
			break
		}
	}
	return -1
}

// findClose finds the closing mark of a passage whose text starts at byte
// from on line i. Marks inside the passage nest; a nested quotation left
// open at a line's end does not carry over (each paragraph of a long
// quotation reopens it), and a line that reopens the passage itself at its
// start, with the mark that opened it, does not nest.
func findClose(body string, lines []bodyLine, i, from int) (int, bool) {
	opener, _ := utf8.DecodeLastRuneInString(body[:from])
	depth := 1
	seen := 0
	for j := i; j < len(lines) && seen < maxPassageLines; j++ {
		ln := lines[j]
		if ln.text == "" {
			continue
		}
		seen++
		start := ln.off
		if j == i {
			start = from
		} else if ln.text != "" {
			if r, n := utf8.DecodeRuneInString(ln.text); r == opener && depth == 1 {
				start += n
			}
		}
		end := ln.off + len(ln.text)
		for k := start; k < end; {
			r, n := utf8.DecodeRuneInString(body[k:])
			if r == '"' || isOpenMark(r) || isCloseMark(r) {
				switch {
				case r == '"':
					if straightOpens(body, k, ln.off, end) {
						depth++
					} else {
						depth--
					}
				case isOpenMark(r):
					depth++
				default:
					depth--
				}
				if depth == 0 {
					return k, true
				}
			}
			k += n
		}
		if depth > 1 {
			depth = 1
		}
	}
	return 0, false
}

// straightOpens decides whether the straight quote at k opens a quotation:
// it stands after a space or an opening bracket (or starts the line) and
// before a non-space.
func straightOpens(body string, k, lineStart, lineEnd int) bool {
	if k+1 >= lineEnd {
		return false
	}
	next, _ := utf8.DecodeRuneInString(body[k+1:])
	if textutil.IsSpace(next) {
		return false
	}
	if k == lineStart {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(body[:k])
	return textutil.IsSpace(prev) || strings.ContainsRune("([{", prev)
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// endsSentence reports whether s ends with a sentence's final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, textutil.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
