// Package textutil holds the byte- and rune-level helpers that normalize,
// parse and enrich share: white space as they all count it, trimming,
// indentation, ASCII case. They are not part of any package's API.
package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsSpace reports whether r is white space for structure detection: the
// Unicode White_Space characters (which include the no-break space U+00A0)
// and the zero-width characters that scrapers leave behind.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || IsZeroWidth(r)
}

// IsZeroWidth reports whether r is an invisible formatting character:
// zero-width space, joiners, word joiner, and a stray byte order mark.
func IsZeroWidth(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// TrimSpace returns s without leading and trailing IsSpace characters.
func TrimSpace(s string) string {
	if s == "" || s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s // nothing to trim: the common case, inlined
	}
	i, j := trimSpaceBounds(s)
	return s[i:j]
}

// TrimSpaceBounds returns the bounds of TrimSpace(s) in s: TrimSpace(s) is
// s[i:j].
func TrimSpaceBounds(s string) (i, j int) {
	if s == "" || s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return 0, len(s)
	}
	return trimSpaceBounds(s)
}

func trimSpaceBounds(s string) (i, j int) {
	i, j = 0, len(s)
	for i < j && ASCIISpace[s[i]] {
		i++
	}
	for j > i && ASCIISpace[s[j-1]] {
		j--
	}
	if i < j && s[i] >= utf8.RuneSelf {
		i = j - len(strings.TrimLeftFunc(s[i:j], IsSpace))
	}
	if i < j && s[j-1] >= utf8.RuneSelf {
		j = i + len(strings.TrimRightFunc(s[i:j], IsSpace))
	}
	return i, j
}

// ASCIISpace holds the ASCII bytes that unicode.IsSpace reports.
var ASCIISpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Indent returns the width of s's leading run of spaces and tabs, counting
// no-break spaces as spaces and a tab as four.
func Indent(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r == '\t':
			n += 4
		case r == ' ' || r == '\u00A0':
			n++
		case IsZeroWidth(r):
		default:
			return n
		}
	}
	return n
}

// LowerASCII lowers the ASCII letters of s and leaves every other byte as
// it is, so that an offset in s is the same offset in the result.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// HasPrefixFold reports whether s begins with prefix, ignoring the case of
// ASCII letters; prefix is in lower case.
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// CountFields counts the fields of s as strings.Fields splits it, up to
// limit: it returns limit when there are more. It does not allocate.
func CountFields(s string, limit int) int {
	fields, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if !sp && !in {
			if fields++; fields >= limit {
				return limit
			}
		}
		in = !sp
	}
	return fields
}

// TrimRightSpace returns s without trailing white space (see IsSpace).
func TrimRightSpace(s string) string {
	if s != "" && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimRightFunc(s, IsSpace)
}
