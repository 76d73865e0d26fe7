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
	// "é" was keyed at 20 MB/s: BenchmarkKey). The rest is keyed in one
	// pass, a byte at a time where it is ASCII (asciiKey), without
	// decoding it (BenchmarkKey/words: 165 → 330 MB/s).
	b := make([]byte, 0, len(s))
	inWord, due := false, false // due: a space goes before the next byte of key
	wordStart, keyStart := 0, 0 // where the word started in s and in b
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			k := asciiKey[c]
			if k == ' ' {
				inWord = false
				i++
				continue
			}
			if !inWord {
				inWord, due, wordStart, keyStart = true, len(b) > 0, i, len(b)
			}
			if due {
				b, due = append(b, ' '), false
			}
			j := i + 1 // a run of bytes that are their own key, copied at once
			for j < len(s) && s[j] < utf8.RuneSelf && asciiKey[s[j]] == s[j] && s[j] != ' ' {
				j++
			}
			if k == c {
				b = append(b, s[i:j]...)
			} else {
				b = append(append(b, k), s[i+1:j]...)
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			inWord = false
			i += n
			continue
		}
		if !inWord {
			inWord, due, wordStart, keyStart = true, len(b) > 0, i, len(b)
		}
		i += n
		var k string
		if f, ok := typographyFold(r); ok {
			k = f
		} else if textutil.IsZeroWidth(r) {
			continue // a word of zero-width characters has no key
		} else if r < letterKeysEnd && letterKeys[r] != "" {
			k = letterKeys[r]
		} else {
			// A character the table does not key: the whole word by
			// every step.
			j := wordEnd(s, i)
			b = appendFullKey(b[:keyStart], s[wordStart:j])
			due, i = false, j
			continue
		}
		if due {
			b, due = append(b, ' '), false
		}
		b = append(b, k...)
	}
	return string(b)
}

// wordEnd returns where the word that runs through byte i of s ends: at
// the next white space, or at the end of s.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// appendFullKey appends to the key b the key of word by every step
// (fullKey), after a space when b holds a word already.
func appendFullKey(b []byte, word string) []byte {
	k := fullKey(word)
	if k == "" {
		return b
	}
	if len(b) > 0 {
		b = append(b, ' ')
	}
	return append(b, k...)
}

// asciiKey is the key of each ASCII byte: itself, lower case for a
// capital, ' for the backtick, and ' ' for white space (which Key
// collapses).
var asciiKey = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case textutil.ASCIISpace[c]:
			t[c] = ' '
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

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
