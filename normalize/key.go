package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// FoldTypography replaces typographic characters by their ASCII
// counterparts: curly and angle quotes (and the backtick and acute accent
// typed for them) by ' and ", dashes and minus signs by
// -, the ellipsis by three periods, and every Unicode space by a plain
// space. Zero-width characters are removed. Other text is kept as it is.
func FoldTypography(s string) string {
	if isPlainASCII(s) && strings.IndexByte(s, '`') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldRune writes the typographic fold of r to b.
func foldRune(b *strings.Builder, r rune) {
	if f, ok := typographyFold(r); ok {
		b.WriteString(f)
		return
	}
	switch {
	case textutil.IsZeroWidth(r):
	case r != ' ' && textutil.IsSpace(r) && r != '\n':
		b.WriteByte(' ')
	default:
		b.WriteRune(r)
	}
}

// typographyFold is the ASCII that FoldTypography writes for a quotation
// mark, a dash or an ellipsis.
func typographyFold(r rune) (string, bool) {
	switch r {
	case '‘', '’', '‚', '‛', '′', '‹', '›', '`', '´':
		return "'", true
	case '“', '”', '„', '‟', '″', '«', '»':
		return `"`, true
	case '‐', '‑', '‒', '–', '—', '―', '−', '⁃':
		return "-", true
	case '…':
		return "...", true
	}
	return "", false
}

// Key returns the form of s that blogthread compares when it matches text:
// quotations against the text they quote, signatures and mentions against
// authors. It is s in NFC with typography folded (FoldTypography), full-
// and half-width forms folded to their usual width, case folded
// (x/text/cases, then lower case, so that scripts such as Cherokee, which
// fold to upper case, give one key), and every run of white space, line ends included,
// collapsed to one space, without leading or trailing space, in NFC.
//
// Two texts that a reader would call the same words (one with curly quotes
// and a no-break space, the other typed in ASCII) have the same Key.
func Key(s string) string {
	if isKey(s) {
		return s
	}
	// Every step of the key keeps to a word (a run between white space):
	// the key of s is the keys of its words, joined by single spaces. So
	// only the words that hold other characters than ASCII and typography
	// go through x/text's folds, not the whole text (a long post with one
	// "é" was keyed at 20 MB/s: BenchmarkKey).
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		word := s[i:j]
		mark := len(b)
		if mark > 0 {
			b = append(b, ' ')
		}
		start := len(b)
		var ok bool
		if b, ok = appendWordKey(b, word); !ok {
			b = append(b[:start], fullKey(word)...)
		}
		if len(b) == start {
			b = b[:mark] // a word of zero-width characters has no key
		}
		i = j
	}
	return string(b)
}

// fullKey is Key by every step.
func fullKey(s string) string {
	// NFC can make a character that folds (U+1FEF is a backtick) and
	// folding can leave a mark beside its letter: repeat to a fixed point,
	// which one more round reaches for all text seen so far.
	k := keyOnce(s)
	for range 3 {
		again := keyOnce(k)
		if again == k {
			break
		}
		k = again
	}
	return k
}

func keyOnce(s string) string {
	s = norm.NFC.String(s)
	s = width.Fold.String(FoldTypography(s))
	s = strings.Map(unicode.ToLower, cases.Fold().String(s))
	return collapseSpace(norm.NFC.String(s))
}

// appendWordKey appends the key of word, which holds no white space, when
// it is ASCII, typography (quotes, dashes, ellipses, zero-width
// characters) and letters of letterKeys, in one pass: the other steps of
// Key do nothing to those but lower their case. It reports false, with b
// as long or longer, for any other word.
func appendWordKey(b []byte, word string) ([]byte, bool) {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			case c == '`':
				b = append(b, '\'')
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		i += n
		if f, ok := typographyFold(r); ok {
			b = append(b, f...)
			continue
		}
		switch {
		case textutil.IsZeroWidth(r):
		case r < letterKeysEnd && letterKeys[r] != "":
			b = append(b, letterKeys[r]...)
		default:
			return b, false
		}
	}
	return b, true
}

// letterKeysEnd is where the table of letters' keys ends: Latin, Greek
// and Cyrillic.
const letterKeysEnd = 0x530

// letterKeys holds the key of each letter below letterKeysEnd that keys on
// its own, whatever stands beside it (a precomposed letter such as "é" or
// "Ж", never a combining mark): fullKey of the letter alone, made once.
// A word of ASCII, typography and such letters is keyed by the table, not
// by x/text's folds (BenchmarkKey).
var letterKeys = func() []string {
	t := make([]string, letterKeysEnd)
	for r := rune(0x80); r < letterKeysEnd; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(s) {
			continue
		}
		k := fullKey(s)
		if k == "" || !norm.NFC.IsNormalString(k) {
			continue
		}
		if q := norm.NFC.PropertiesString(k); !q.BoundaryBefore() {
			continue
		}
		t[r] = k
	}
	return t
}()

// isKey reports whether s is ASCII that is its own key: no capitals, no
// backtick, no white space but single spaces between words.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '`':
			return false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case textutil.ASCIISpace[c]:
			return false
		}
	}
	return true
}

// collapseSpace collapses runs of white space to one space and trims both
// ends.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if textutil.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
