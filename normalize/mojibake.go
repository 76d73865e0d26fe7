package normalize

import (
	"unicode"
	"unicode/utf8"
)

// win1252High maps the characters Windows-1252 gives bytes 0x80-0x9F to
// those bytes.
var win1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// win1252Byte returns the byte from 0x80 up that Windows-1252 reads as r.
// The bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come back
// from the C1 control characters that Latin-1 readings give them, and so
// does every other byte from 0x80 to 0x9F.
func win1252Byte(r rune) (byte, bool) {
	switch {
	case r < 0x80:
		return 0, false
	case r <= 0xFF:
		return byte(r), true
	}
	b, ok := win1252High[r]
	return b, ok
}

// isContinuation reports whether r can stand for a UTF-8 continuation byte
// (0x80-0xBF) in mojibake: its Windows-1252 or Latin-1 byte, or U+FFFD,
// which a decoder leaves for the undefined 0x9D of "”".
func isContinuation(r rune) bool {
	b, ok := win1252Byte(r)
	return ok && b >= 0x80 && b <= 0xBF || r == utf8.RuneError
}

// decodeMojibake reads rs, a character for a UTF-8 lead byte (0xC2-0xF4)
// and the characters for exactly the continuation bytes it needs, as the
// character their bytes encode, when that is valid UTF-8 for a printable
// character, a space or a format character.
func decodeMojibake(rs []rune) (rune, bool) {
	lead, ok := win1252Byte(rs[0])
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return 0, false
	}
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	if len(rs) != need+1 {
		return 0, false
	}
	var buf [4]byte
	buf[0] = lead
	for k := 1; k <= need; k++ {
		b, ok := win1252Byte(rs[k])
		if rs[k] == utf8.RuneError && k == 2 && lead == 0xE2 && buf[1] == 0x80 {
			// A decoder that replaced the undefined byte gives "â€�": of
			// U+2001, U+200D, U+200F, U+2010 and U+201D that it may have
			// been, the closing double quote is the one text is full of.
			b, ok = 0x9D, true
		}
		if rs[k] == utf8.RuneError && k == 2 && lead == 0xE2 && buf[1] == 0x97 {
			// "â—�": of U+25C1, U+25CD, U+25CF, U+25D0 and U+25DD, the
			// black circle w3m prints for a linked picture ("●").
			b, ok = 0x8F, true
		}
		if !ok || b < 0x80 || b > 0xBF {
			return 0, false
		}
		buf[k] = b
	}
	fixed, size := utf8.DecodeRune(buf[:need+1])
	if size != need+1 || !unicode.IsPrint(fixed) && !unicode.IsSpace(fixed) && !unicode.Is(unicode.Cf, fixed) {
		return 0, false
	}
	return fixed, true
}
