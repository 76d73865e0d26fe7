package normalize

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decodeMap maps an offset in decoded text back to the input's bytes.
type decodeMap struct {
	base   int            // bytes before the text (a byte order mark)
	text   string         // the decoded text, for width counting
	width  func(rune) int // input bytes per decoded rune; nil: one per byte
	points []edit         // checkpoints (decoded offset, input offset), every cpEvery bytes
	edits  stage          // for UTF-8 with bad bytes replaced
	size   int            // the input length: a last odd byte of UTF-16 decodes to one U+FFFD
}

const cpEvery = 1024

func (m *decodeMap) input(p int) int {
	switch {
	case m.width != nil:
		i := sort.Search(len(m.points), func(i int) bool { return int(m.points[i].out) > p }) - 1
		out, in := 0, m.base
		if i >= 0 {
			out, in = int(m.points[i].out), int(m.points[i].in)
		}
		for out < p && out < len(m.text) {
			r, n := utf8.DecodeRuneInString(m.text[out:])
			out += n
			in += m.width(r)
		}
		return min(in, m.size)
	case m.edits != nil:
		return m.base + m.edits.input(p)
	}
	return m.base + p
}

// build fills the checkpoints of a map with a width function.
func (m *decodeMap) build() {
	in := m.base
	next := cpEvery
	for out := 0; out < len(m.text); {
		if out >= next {
			m.points = append(m.points, edit{out: int32(out), in: int32(in)})
			next = out + cpEvery
		}
		r, n := utf8.DecodeRuneInString(m.text[out:])
		out += n
		in += m.width(r)
	}
}

func oneByte(rune) int { return 1 }

func utf16Width(r rune) int {
	if r >= 0x10000 {
		return 4
	}
	return 2
}

// decode is Decode with the map back to the input. shared, when not
// empty, holds the same bytes as b as a string, which valid UTF-8 input
// then shares instead of copying.
func decode(b []byte, name string, shared string) (Decoded, decodeMap, error) {
	switch strings.ToLower(name) {
	case "", Auto:
		switch {
		case bytes.HasPrefix(b, bomUTF8):
			return decodeUTF8(b[len(bomUTF8):], len(bomUTF8), shared)
		case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
			return decodeUTF16(b, nil)
		case utf8.Valid(b):
			return Decoded{Text: str(b, shared, 0), Encoding: UTF8}, decodeMap{}, nil
		case looksUTF16(b) != nil:
			return decodeUTF16(b, looksUTF16(b))
		default:
			return decode1252(b)
		}
	case UTF8, "utf8":
		if bytes.HasPrefix(b, bomUTF8) {
			return decodeUTF8(b[len(bomUTF8):], len(bomUTF8), shared)
		}
		return decodeUTF8(b, 0, shared)
	case UTF16, "utf16":
		if p := looksUTF16(b); p != nil && !bytes.HasPrefix(b, bomUTF16LE) && !bytes.HasPrefix(b, bomUTF16BE) {
			return decodeUTF16(b, p)
		}
		return decodeUTF16(b, nil)
	case Windows1252, "cp1252":
		return decode1252(b)
	}
	return Decoded{}, decodeMap{}, fmt.Errorf("%w %q (want auto, utf-8, utf-16 or windows-1252)", ErrEncoding, name)
}

// decodeUTF8 keeps valid UTF-8 and replaces each bad byte by U+FFFD.
func decodeUTF8(b []byte, skipped int, shared string) (Decoded, decodeMap, error) {
	m := decodeMap{base: skipped}
	if utf8.Valid(b) {
		return Decoded{Text: str(b, shared, skipped), Encoding: UTF8, Skipped: skipped}, m, nil
	}
	var w writer
	w.grow(len(b) + 16)
	run := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if i > run {
				w.write(string(b[run:i]), run)
			}
			w.replace("\uFFFD", i)
			i++
			run = i
			continue
		}
		i += n
	}
	if len(b) > run {
		w.write(string(b[run:]), run)
	}
	m.edits = w.edits
	if m.edits == nil {
		m.edits = stage{}
	}
	return Decoded{Text: w.String(), Encoding: UTF8, Skipped: skipped}, m, nil
}

// decodeUTF16 decodes UTF-16 with a byte order mark (order nil) or in the
// given order without one.
func decodeUTF16(b []byte, order *xunicode.Endianness) (Decoded, decodeMap, error) {
	m := decodeMap{width: utf16Width}
	e := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
	if order != nil {
		e = xunicode.UTF16(*order, xunicode.IgnoreBOM)
	} else if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		m.base = 2
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return Decoded{}, decodeMap{}, fmt.Errorf("decoding %s: %w", UTF16, err)
	}
	m.text, m.size = string(out), len(b)
	m.build()
	return Decoded{Text: m.text, Encoding: UTF16}, m, nil
}

func decode1252(b []byte) (Decoded, decodeMap, error) {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return Decoded{}, decodeMap{}, fmt.Errorf("decoding %s: %w", Windows1252, err)
	}
	m := decodeMap{width: oneByte, text: string(out), size: len(b)}
	m.build()
	return Decoded{Text: m.text, Encoding: Windows1252}, m, nil
}

// str returns b as a string: shared[skipped:] when the caller gave the
// input as a string, else a copy.
func str(b []byte, shared string, skipped int) string {
	if shared != "" {
		return shared[skipped:]
	}
	return string(b)
}
