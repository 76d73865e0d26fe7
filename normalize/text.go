package normalize

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/blogthread/blogthread/internal/swar"
	"github.com/blogthread/blogthread/internal/textutil"
	"golang.org/x/text/unicode/norm"
)

// Text is a dump decoded and cleaned for the parsers, with the way back to
// the bytes of the input as given.
//
// What Normalize does to the text, in order, until nothing changes:
//   - decodes it (see Decode) and drops a leading byte order mark;
//   - turns "\r\n" and lone "\r" line ends into "\n";
//   - repairs mojibake: a run of characters that are the Windows-1252 (or
//     Latin-1) reading of the bytes of UTF-8 characters ("â€™" for "’",
//     "Ã©" for "é", "Â " for a no-break space) becomes those characters;
//     a run is repaired only when its bytes are valid UTF-8 of two to four
//     bytes for a printable character, so text that merely contains "Ã" or
//     "â" (São Paulo, château) is left alone;
//   - removes zero-width spaces, word joiners and stray byte order marks,
//     and zero-width joiners and non-joiners except between letters of
//     scripts that use them (and in emoji);
//   - turns the no-break space and the other Unicode spaces into " ";
//   - puts the text in Unicode Normalization Form C.
//
// Typographic quotes, dashes and ellipses are kept; FoldTypography folds
// them when a caller wants ASCII.
type Text struct {
	// Text is the normalized text.
	Text string
	// Encoding names the encoding the input was read as.
	Encoding string
	// Mojibake counts the sequences repaired; MojibakeAt is the byte offset
	// in Text of the first, or -1.
	Mojibake   int
	MojibakeAt int
	// OddByte reports UTF-16 input of an odd length: its last byte,
	// half a character, is read as U+FFFD.
	OddByte bool

	dec    decodeMap
	stages []stage // applied in order after decoding
}

// Normalize decodes b in the named encoding (see Decode) and cleans the
// text as Text describes. On clean UTF-8 it only verifies: the text is the
// input, shared, not copied.
func Normalize(b []byte, encoding string) (*Text, error) {
	return normalize(b, encoding, "")
}

// NormalizeString is Normalize of the bytes of s. On clean UTF-8 the text
// is s itself, not a copy.
func NormalizeString(s string, encoding string) (*Text, error) {
	return normalize(unsafe.Slice(unsafe.StringData(s), len(s)), encoding, s)
}

// normalize is Normalize; shared, when not empty, is b as a string (see
// decode). b is only read.
func normalize(b []byte, encoding string, shared string) (*Text, error) {
	if len(b) > math.MaxInt32 {
		return nil, ErrTooLarge
	}
	d, dm, err := decode(b, encoding, shared)
	if err != nil {
		return nil, err
	}
	t := &Text{Encoding: d.Encoding, MojibakeAt: -1, dec: dm, OddByte: d.Encoding == UTF16 && len(b)%2 == 1}
	t.Text = t.clean(d.Text)
	return t, nil
}

// String normalizes s as Normalize does text that is already decoded.
func String(s string) string {
	t := &Text{MojibakeAt: -1}
	return t.clean(s)
}

// clean runs the passes until none changes the text.
func (t *Text) clean(s string) string {
	if alreadyClean(s) || len(s) > math.MaxInt32 {
		return s
	}
	for range 4 {
		changed := false
		if out, st, n := cleanPass(s); st != nil {
			if n > 0 && t.Mojibake == 0 {
				t.MojibakeAt = st.firstRepair
			}
			t.Mojibake += n
			s = out
			t.stages = append(t.stages, st.edits)
			changed = true
		}
		if out, st, ok := nfcPass(s); ok {
			s = out
			t.stages = append(t.stages, st)
			changed = true
		}
		if !changed {
			break
		}
	}
	if t.MojibakeAt >= 0 {
		// The offset was recorded in the text of its pass; later passes
		// only shorten what comes before it by little, so keep it as a
		// hint of where the first repair stands.
		t.MojibakeAt = min(t.MojibakeAt, len(s))
	}
	return s
}

// InputOffset maps a byte offset in t.Text to the offset of the same place
// in the input given to Normalize: where the input bytes of the character
// at that offset start (for a line end made from "\r\n", where the "\r"
// is), and for the end of the text, the end of the input. Characters
// Normalize removed belong to what follows them only when nothing does.
func (t *Text) InputOffset(p int) int {
	for i := len(t.stages) - 1; i >= 0; i-- {
		p = t.stages[i].input(p)
	}
	return t.dec.input(p)
}

// An edit says that from output offset out on (until the next edit),
// output bytes correspond one to one to input bytes from offset in; or, when
// flat, that they all stand for the place in (a replacement's bytes).
type edit struct {
	out, in int32 // offsets of at most 2 GiB (Normalize refuses more): 12 bytes an edit, not 24
	flat    bool
}

// A stage maps the output of one pass back to its input.
type stage []edit

func (s stage) input(p int) int {
	i := sort.Search(len(s), func(i int) bool { return int(s[i].out) > p }) - 1
	if i < 0 {
		return p
	}
	if s[i].flat {
		return int(s[i].in)
	}
	return int(s[i].in) + (p - int(s[i].out))
}

// writer builds a pass's output and its stage.
type writer struct {
	b     []byte
	edits stage
	delta int  // input offset minus output offset at the end of the output
	flat  bool // the output ends with a replacement
}

func (w *writer) grow(n int)     { w.b = make([]byte, 0, n) }
func (w *writer) len() int       { return len(w.b) }
func (w *writer) String() string { return string(w.b) }

// write appends s, a copy of the input from offset in.
func (w *writer) write(s string, in int) {
	out := len(w.b)
	if in-out != w.delta || w.flat {
		w.edits = append(w.edits, edit{out: int32(out), in: int32(in)})
		w.delta, w.flat = in-out, false
	}
	w.b = append(w.b, s...)
}

// replace appends s, which replaces the input from offset in: every place
// inside s maps to in.
func (w *writer) replace(s string, in int) {
	w.edits = append(w.edits, edit{out: int32(len(w.b)), in: int32(in), flat: true})
	w.flat = true
	w.b = append(w.b, s...)
}

// truncate cuts the output back to out bytes, and returns the input offset
// that out stood for.
func (w *writer) truncate(out int) int {
	in := w.edits.input(out)
	for len(w.edits) > 0 && int(w.edits[len(w.edits)-1].out) >= out {
		w.edits = w.edits[:len(w.edits)-1]
	}
	w.b = w.b[:out]
	return in
}

// cleanStage is what cleanPass changed.
type cleanStage struct {
	edits       stage
	firstRepair int
}

// cleanPass normalizes line ends, repairs mojibake, removes zero-width
// characters and plain-spaces Unicode spaces. It returns a nil stage when
// s needs none of it.
//
// Mojibake is repaired at the end of the output each time a character that
// can stand for a continuation byte is written: the characters before it
// that stand for a lead byte and its other continuations become the
// character their bytes encode, and the check repeats, so text encoded
// twice or more is repaired in the one pass.
func cleanPass(s string) (string, *cleanStage, int) {
	i := firstDirty(s)
	if i == len(s) {
		return s, nil, 0
	}
	var w writer
	w.grow(len(s))
	st := &cleanStage{firstRepair: -1}
	repairs := 0
	run := 0 // start of the bytes not yet written
	flush := func(end int) {
		if end > run {
			w.write(s[run:end], run)
		}
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != '\r' {
				i++
				continue
			}
			flush(i)
			// "\r\n" and "\r" become "\n", which maps to where the
			// line end starts, so that a line's text ends before it.
			w.replace("\n", i)
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			run = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isContinuation(r) && precededByNonASCII(s, i, run, &w) {
			flush(i)
			start := w.len()
			w.write(s[i:i+n], i)
			if !w.repairAll(st, &repairs) && isOddSpace(r) {
				w.truncate(start)
				w.replace(" ", i)
			}
			i += n
			run = i
			continue
		}
		switch {
		case removable(s, i, r, n):
			flush(i)
			i += n
			run = i
		case isOddSpace(r):
			flush(i)
			w.replace(" ", i)
			i += n
			run = i
		default:
			i += n
		}
	}
	flush(len(s))
	w.write("", len(s)) // the end maps to the end
	out := w.String()
	if out == s {
		return s, nil, 0
	}
	st.edits = w.edits
	return out, st, repairs
}

// repairAll repairs the mojibake at the end of the output until none is
// left, counting the repairs in *repairs and noting the first in st; it
// reports whether it made any.
func (w *writer) repairAll(st *cleanStage, repairs *int) bool {
	repaired := false
	for {
		at, ok := w.repairTail()
		if !ok {
			return repaired
		}
		if *repairs == 0 {
			st.firstRepair = at
		}
		*repairs++
		repaired = true
	}
}

// precededByNonASCII reports whether the character before s[i] (in the
// unwritten run, else in the output) is not ASCII.
func precededByNonASCII(s string, i, run int, w *writer) bool {
	if i > run {
		return s[i-1] >= utf8.RuneSelf
	}
	return w.len() > 0 && w.b[w.len()-1] >= utf8.RuneSelf
}

// repairTail repairs mojibake that ends the output, if any, and returns
// where the repaired character starts.
func (w *writer) repairTail() (int, bool) {
	var runes [4]rune
	var starts [4]int
	end := w.len()
	n := 0
	for n < 4 && end > 0 {
		r, size := utf8.DecodeLastRune(w.b[:end])
		end -= size
		runes[3-n], starts[3-n] = r, end
		n++
		if r < utf8.RuneSelf {
			break
		}
	}
	// runes[4-n:] are the last n characters, the last one first from the
	// end. Try a lead 1, 2 or 3 characters before the last.
	for need := 1; need <= 3 && need < n; need++ {
		k := 3 - need // index of the lead
		fixed, ok := decodeMojibake(runes[k:4])
		if !ok {
			continue
		}
		in := w.truncate(starts[k])
		w.edits = append(w.edits, edit{out: int32(w.len()), in: int32(in), flat: true})
		w.flat = true
		w.b = utf8.AppendRune(w.b, fixed)
		return starts[k], true
	}
	return 0, false
}

// firstDirty returns the offset of the first byte cleanPass may change, or
// len(s): the fast path over clean text.
func firstDirty(s string) int {
	for i := 0; i < len(s); {
		i = skipASCII(s, i, stopAtCR)
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if textutil.IsZeroWidth(r) || isOddSpace(r) {
			return i
		}
		if isContinuation(r) && i > 0 && s[i-1] >= utf8.RuneSelf {
			return i
		}
		i += n
	}
	return len(s)
}

// isOddSpace reports whether r is a space other than " ", tab and line
// ends: the no-break space and the Unicode space separators.
func isOddSpace(r rune) bool {
	switch {
	case r < 0x85:
		return false
	case r == 0x85, r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// removable reports whether the zero-width character r at s[i:i+n] goes:
// always for the zero-width space, word joiner and byte order mark; for the
// joiner and non-joiner unless they stand between two letters of a script
// other than Latin, or next to an emoji.
func removable(s string, i int, r rune, n int) bool {
	switch r {
	case '\u200B', '\u2060', '\uFEFF':
		return true
	case '\u200C', '\u200D':
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		if isEmoji(prev) || isEmoji(next) {
			return false
		}
		return !(unicode.IsLetter(prev) && unicode.IsLetter(next) && prev > 0x24F && next > 0x24F) &&
			!(unicode.Is(unicode.Mn, prev) || unicode.Is(unicode.Mc, prev))
	}
	return false
}

func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F
}

// nfcSafe reports whether r is in NFC whatever stands around it, and no
// mark follows it that NFC would compose with it (a mark is not safe): the
// scripts below U+0300, typographic punctuation, emoji.
func nfcSafe(r rune) bool {
	return r < 0x300 || r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205E ||
		r == 0x20AC || r >= 0x1F300 && r <= 0x1FAFF
}

// alreadyClean reports, in one pass, that neither cleanPass nor nfcPass
// has anything to do in s: no line end but "\n", no character they change,
// and every character safe for NFC. Most text is; the passes then need not
// read it twice.
func alreadyClean(s string) bool {
	for i := 0; i < len(s); {
		i = skipASCII(s, i, stopAtCR)
		if i == len(s) {
			return true
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcSafe(r) || textutil.IsZeroWidth(r) || isOddSpace(r) || isContinuation(r) && i > 0 && s[i-1] >= utf8.RuneSelf {
			return false
		}
		i += n
	}
	return true
}

// nfcFrom returns where NFC checking must start in s: the start of the line
// of the first character that is not nfcSafe, or len(s).
func nfcFrom(s string) int {
	for i := 0; i < len(s); {
		i = skipASCII(s, i, passCR)
		if i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcSafe(r) {
			return strings.LastIndexByte(s[:i], '\n') + 1
		}
		i += n
	}
	return len(s)
}

// nfcQuickSpan returns how much of s is in NFC for sure, and where
// nfcPass starts normalising: the quick check of norm
// (QuickSpanString), on only the lines that hold a character that is not
// nfcSafe (a line starts at a boundary of NFC, and ends with one: it may
// stop just after a line end where norm's quick check of the whole text
// stops before it, no mark composing with a line end); the rest is
// skipped a word at a time. A page dump with a
// box-drawing rule near its top had all the rest of it checked a byte at a
// time (BenchmarkNormalize/rule: 300 → 520 MB/s).
func nfcQuickSpan(s string) int {
	for i := nfcFrom(s); i < len(s); {
		i = skipASCII(s, i, passCR)
		if i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if nfcSafe(r) {
			i += n
			continue
		}
		start := strings.LastIndexByte(s[:i], '\n') + 1
		end := len(s)
		if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
			end = i + j + 1
		}
		if q := norm.NFC.QuickSpanString(s[start:end]); q < end-start {
			return start + q
		}
		i = end
	}
	return len(s)
}

// cgj is U+034F COMBINING GRAPHEME JOINER, which norm's Stream-Safe Text
// Format inserts.
const cgj = "\u034f"

// nfcPass puts s in NFC; it reports false when s already is.
func nfcPass(s string) (string, stage, bool) {
	q := nfcQuickSpan(s)
	if q == len(s) {
		return s, nil, false
	}
	var w writer
	w.grow(len(s))
	w.write(s[:q], 0)
	var it norm.Iter
	it.InitString(norm.NFC, s[q:])
	for !it.Done() {
		p0 := q + it.Pos()
		seg := it.Next()
		p1 := q + it.Pos()
		if src := s[p0:p1]; string(seg) == src || strings.Count(string(seg), cgj) > strings.Count(src, cgj) {
			// Unchanged, or changed only by the Stream-Safe Text Format,
			// which puts a U+034F after every 30 marks on one letter:
			// the text is kept as it is (issue 20, row 14).
			w.write(src, p0)
		} else {
			w.replace(string(seg), p0)
		}
	}
	w.write("", len(s))
	out := w.String()
	if out == s {
		return s, nil, false
	}
	return out, w.edits, true
}

// asciiStop says whether skipASCII stops at a carriage return.
type asciiStop bool

const (
	stopAtCR asciiStop = true  // "\r" is work for the caller, as non-ASCII is
	passCR   asciiStop = false // only non-ASCII stops the skip
)

// skipASCII returns the offset, at or after i, of the first 8-byte word of s
// that holds a non-ASCII byte (or, with cr, a "\r"), or the offset of the
// last few bytes that do not fill a word: the callers' byte loops take it
// from there. It reads a word at a time.
func skipASCII(s string, i int, stop asciiStop) int {
	const lo, hi = swar.Lo, swar.Hi
	var crs uint64
	if stop == stopAtCR {
		crs = '\r' * lo
	} else {
		crs = 0x80 * lo // never zero after the xor of an ASCII byte
	}
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		y := x ^ crs // a zero byte where x has "\r"
		if (x|(y-lo)&^y)&hi != 0 {
			return i
		}
	}
	return i
}
