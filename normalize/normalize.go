// Package normalize turns the bytes of a dump into clean UTF-8 text for the
// parsers, the way a person reads it, and keeps the way back to the bytes.
//
// Normalize decodes (byte order marks, UTF-8, UTF-16, Windows-1252), turns
// line ends into "\n", repairs mojibake (UTF-8 read as Windows-1252 and
// saved again, once or many times), removes zero-width characters and stray
// byte order marks, makes the no-break and other Unicode spaces plain, and
// puts the text in NFC; Text.InputOffset maps any offset of the result back
// to the input as given. On clean UTF-8 it only verifies. Typographic quotes
// are kept; FoldTypography folds them to ASCII.
//
// Key is the form in which blogthread compares text (quotations, names);
// Duplicates finds runs of lines a scraper repeated. textutil.IsSpace, TrimSpace and
// Indent answer the questions structure detection asks.
//
// It is built on golang.org/x/text: its encodings, norm, cases and width.
package normalize

import (
	"errors"

	xunicode "golang.org/x/text/encoding/unicode"
)

// Encodings a caller may ask for by name.
const (
	Auto        = "auto"
	UTF8        = "utf-8"
	UTF16       = "utf-16"
	Windows1252 = "windows-1252"
)

// Encodings returns the encoding names Decode knows, Auto first.
func Encodings() []string { return []string{Auto, UTF8, UTF16, Windows1252} }

// ErrEncoding is returned for an encoding name Decode does not know.
var ErrEncoding = errors.New("unknown encoding")

// ErrTooLarge is returned by Normalize for an input of more than 2 GiB,
// whose offsets its maps do not hold; Parser.Posts reads such an input a
// piece at a time.
var ErrTooLarge = errors.New("input larger than 2 GiB to normalize at once")

// Decoded is text decoded from a dump.
type Decoded struct {
	// Text is the input as UTF-8, without its byte order mark.
	Text string
	// Encoding names the encoding the input was read as.
	Encoding string
	// Skipped is the number of input bytes before Text begins (a UTF-8
	// byte order mark), so that offsets in Text plus Skipped are offsets in
	// the input when the encoding is UTF-8.
	Skipped int
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode reads b in the named encoding (Auto, UTF8, UTF16 or Windows1252;
// the empty name means Auto). Auto takes a byte order mark when there is
// one, valid UTF-8 as it is, UTF-16 when every other byte of an ASCII text
// is NUL, and Windows-1252 otherwise. Invalid UTF-8 asked for explicitly is
// kept, each bad byte replaced by U+FFFD.
func Decode(b []byte, name string) (Decoded, error) {
	d, _, err := decode(b, name, "")
	return d, err
}

// looksUTF16 reports the byte order of b when b looks like UTF-16 text
// without a byte order mark: most of its even (or odd) bytes are NUL and
// almost none of the others are.
func looksUTF16(b []byte) *xunicode.Endianness {
	n := min(len(b)&^1, 4096)
	if n < 4 {
		return nil
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*8 && even*10 <= pairs:
		e := xunicode.LittleEndian
		return &e
	case even*10 >= pairs*8 && odd*10 <= pairs:
		e := xunicode.BigEndian
		return &e
	}
	return nil
}
