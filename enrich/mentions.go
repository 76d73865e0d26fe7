package enrich

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/swar"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// resolver finds mentions node by node, in order, and resolves each to the
// latest earlier node with its time or author.
type resolver struct {
	e        *postEnricher
	byClock  map[string]string // "22:00" -> id
	byTime   map[int64]string  // Unix seconds -> id
	byName   map[string]int    // key of the first word of a name -> most words of a name so starting
	names    map[string]string // keys of a name's words, joined by spaces -> id
	prefixes map[string]bool   // the keys of the first words of longer names, joined
	initials map[string]string // "PG" -> id
	pairs    [26 * 26]bool     // the first two letters of the keys of byName, when letters

	work int // words looked up as names, for the tests

	// The node being scanned, its mentions so far, and the spans its
	// scan skips.
	cur  *thread.Node
	seen map[thread.Mention]bool
	skip []span
}

func newResolver(e *postEnricher) *resolver {
	r := &resolver{e: e} // the maps are made when first written
	if e.post.Author != "" {
		r.addName(e.post.Author, e.post.ID)
	}
	return r
}

func clockString(h, m int) string {
	if h < 0 || h > 23 || m < 0 || m > 59 {
		return fmt.Sprintf("%02d:%02d", h, m)
	}
	return clockStrings[h*60+m]
}

// clockStrings are the times of day as 15:04, made once.
var clockStrings = func() (t [24 * 60]string) {
	for i := range t {
		t[i] = fmt.Sprintf("%02d:%02d", i/60, i%60)
	}
	return
}()

// clockOf returns a node's time of day as 15:04, or "".
func clockOf(n *thread.Node) string {
	if n.Time != nil {
		h, m, _ := n.Time.Clock()
		return clockString(h, m)
	}
	return n.Clock
}

// add records node n as the latest with its time and author.
func (r *resolver) add(n *thread.Node) {
	if c := clockOf(n); c != "" {
		if r.byClock == nil {
			r.byClock = make(map[string]string)
		}
		r.byClock[c] = n.ID
	}
	if n.Time != nil {
		if r.byTime == nil {
			r.byTime = make(map[int64]string)
		}
		r.byTime[n.Time.Unix()] = n.ID
	}
	if n.Author != "" {
		r.addName(n.Author, n.ID)
	}
}

func (r *resolver) addName(author, id string) {
	raw := strings.Fields(author)
	if len(raw) == 0 {
		return
	}
	if len(raw) == 1 {
		_, anon := lang.LookupFold(anonNames, raw[0])
		_, function := lang.LookupFold(functionWords, raw[0])
		_, not := lang.LookupFold(notNames, raw[0])
		short := len(raw[0]) < 2 || !isASCII(raw[0]) && utf8.RuneCountInString(strings.ToLower(raw[0])) < 2
		if anon || function || not || short {
			return
		}
	}
	words := make([]string, len(raw))
	for i, w := range raw {
		words[i] = normalize.Key(w)
	}
	if k := words[0]; len(k) >= 2 && textutil.IsLetter(k[0]) && textutil.IsLetter(k[1]) {
		r.pairs[pairOf(k)] = true
	}
	if r.byName == nil {
		r.byName = make(map[string]int)
		r.names = make(map[string]string)
		r.prefixes = make(map[string]bool)
	}
	// One map lookup a name, however many share its first word (issue
	// 20, row 3).
	if len(words) > maxNameWords {
		return // no one's name: a sentence in the author field
	}
	r.byName[words[0]] = max(r.byName[words[0]], len(words))
	r.names[strings.Join(words, " ")] = id
	for n := 1; n < len(words); n++ {
		r.prefixes[strings.Join(words[:n], " ")] = true
	}
	if len(raw) >= 2 {
		var in strings.Builder
		for _, w := range raw {
			c, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(c) {
				return
			}
			in.WriteRune(c)
		}
		if r.initials == nil {
			r.initials = make(map[string]string)
		}
		r.initials[in.String()] = id
	}
}

// scan finds the mentions in s, the body of r.cur, outside the spans of
// r.skip (sorted by start) and emits them. A mention starts at a word's start: after a character
// that is not a letter or digit, or at the start of s or of the text after
// a skipped span. It looks only at the bytes that can start one (see
// nextCandidate).
func (r *resolver) scan(s string) {
	// Without a digit or "@" only names and initials can be mentions:
	// none when no name is known, else they start with a capital or a
	// character beyond ASCII.
	candidates := nextCandidate
	if !hasDigitOrAt(s) {
		if len(r.byName) == 0 && len(r.initials) == 0 {
			return
		}
		candidates = nextCapital
	}
	skip := r.skip
	si := 0
	next := len(s) // where the next skipped span starts
	if len(skip) > 0 {
		next = skip[0].start
	}
	wordStart := 0 // an offset that starts a word whatever comes before it
	for k := 0; k < len(s); {
		if k >= next {
			for si < len(skip) && skip[si].end <= k {
				si++
			}
			if si < len(skip) && skip[si].start <= k {
				k, wordStart = skip[si].end, skip[si].end
				continue
			}
			next = len(s)
			if si < len(skip) {
				next = skip[si].start
			}
		}
		k = candidates(s, k, next)
		if k >= next {
			continue
		}
		size := 1
		if c := s[k]; c >= utf8.RuneSelf {
			var rn rune
			rn, size = utf8.DecodeRuneInString(s[k:])
			if !mayMention(rn) {
				k += size
				continue
			}
		} else if !mentionStart[c] {
			k++
			continue
		}
		if k != wordStart && wordBefore(s, k) {
			k += size
			continue
		}
		if end, ok := r.mentionAt(s, k); ok {
			k = end
			continue
		}
		k += size
	}
}

// wordBefore reports whether the character before byte k is a letter or
// digit.
func wordBefore(s string, k int) bool {
	if k == 0 {
		return false
	}
	if c := s[k-1]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return isWordRune(r)
}

// nextCandidate returns the offset of the first byte at or after k and
// before end that may start a mention: a byte from "0" to "Z" (digits, "@"
// and capitals among them), the first byte of a multi-byte character, or
// an "a" or "u" followed by "n" (anon, unknown, in any case after the first
// letter); end if there is none. It tests eight bytes at a time.
func nextCandidate(s string, k, end int) int {
	const lo, hi = swar.Lo, swar.Hi
	for ; k+8 <= end; k += 8 {
		x := swar.Load8(s, k)
		y := x &^ hi
		digitsToZ := swar.InRange(y, '0', 'Z')
		// "ano" and "unk", the second and third letters in any case,
		// read on past the word (past the end of s, where neither word
		// fits, anything will do). One test each for a or u (and e, q:
		// 0x61^0x75 = 0x14), n, and o or k (0x6F^0x6B = 0x04): the few
		// extra candidates are ruled out later.
		var n1, n2 uint64
		if k+10 <= len(s) {
			n1 = uint64(s[k+8])
			n2 = n1 | uint64(s[k+9])<<8
		}
		au := swar.ZeroBytes((y ^ 'a'*lo) &^ (0x14 * lo))
		n := swar.ZeroBytes((x>>8 | n1<<56 | 0x20*lo) ^ 'n'*lo)
		ko := swar.ZeroBytes(((x>>16 | n2<<48 | 0x20*lo) ^ 'o'*lo) &^ (0x04 * lo))
		if m := x&hi | digitsToZ | au&n&ko; m != 0 {
			return k + bits.TrailingZeros64(m)/8
		}
	}
	for ; k < end; k++ {
		c := s[k]
		if c >= '0' && c <= 'Z' || c >= utf8.RuneSelf || (c == 'a' || c == 'u') && (k+1 >= len(s) || s[k+1]|0x20 == 'n') {
			return k // beyond the words, a looser test will do
		}
	}
	return end
}

// hasDigitOrAt reports whether s holds an ASCII digit or "@", eight bytes
// at a time.
func hasDigitOrAt(s string) bool {
	const lo = swar.Lo
	k := 0
	for ; k+8 <= len(s); k += 8 {
		x := swar.Load8(s, k)
		y := x &^ (0x80 * lo)
		// &^ x: a byte beyond ASCII is neither, whatever its low bits.
		if (swar.InRange(y, '0', '9')|swar.ZeroBytes(x^'@'*lo))&^x != 0 {
			return true
		}
	}
	for ; k < len(s); k++ {
		if c := s[k]; c >= '0' && c <= '9' || c == '@' {
			return true
		}
	}
	return false
}

// nextCapital is nextCandidate for a text without digits or "@": the
// offset of the first capital or first byte of a multi-byte character at
// or after k and before end, or end.
func nextCapital(s string, k, end int) int {
	const lo, hi = swar.Lo, swar.Hi
	for ; k+8 <= end; k += 8 {
		x := swar.Load8(s, k)
		if m := x&hi | swar.InRange(x&^hi, 'A', 'Z'); m != 0 {
			return k + bits.TrailingZeros64(m)/8
		}
	}
	for ; k < end; k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return k
		}
	}
	return end
}

// pairOf indexes the first two ASCII letters of w, in any case.
func pairOf(w string) int {
	return int(w[0]|0x20-'a')*26 + int(w[1]|0x20-'a')
}

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// emit records a mention in the node being scanned, once.
func (r *resolver) emit(text, target string) {
	m := thread.Mention{Text: text, Target: target}
	if r.seen == nil {
		r.seen = map[thread.Mention]bool{}
	}
	if !r.seen[m] {
		r.seen[m] = true
		r.cur.Mentions = append(r.cur.Mentions, m)
	}
}

// span is a byte range of a body the mention scan skips.
type span struct{ start, end int }

// mentions finds the mentions of node i, then records the node.
func (r *resolver) mentions(i int, ni *nodeInfo) {
	n := ni.n
	skip := r.skip[:0]
	for _, p := range ni.passages {
		skip = append(skip, span{p.open, p.end})
	}
	if ni.sigStart >= 0 {
		skip = append(skip, span{ni.sigStart, ni.sigEnd})
	}
	if len(skip) > 1 {
		slices.SortFunc(skip, func(a, b span) int { return a.start - b.start })
	}
	r.skip, r.cur = skip, n
	if len(r.seen) > 32 {
		r.seen = nil // clearing a big map costs its size at every node
	} else {
		clear(r.seen)
	}
	r.e.scan(r, n.Body)
	r.add(n)
	if ni.alias != "" {
		r.addName(ni.alias, n.ID)
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// keyOf is normalize.Key of a word, without allocating for a short ASCII
// word that is not a known name.
func keyOf(w string) string {
	var buf [64]byte
	if len(w) > len(buf) {
		return normalize.Key(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == ' ' {
			return normalize.Key(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}

// asciiWord and mentionStart are isWordRune and mayMention for ASCII, and
// false for the other bytes.
var asciiWord, mentionStart = func() (w, m [256]bool) {
	for c := range rune(utf8.RuneSelf) {
		w[c], m[c] = isWordRune(c), mayMention(c)
	}
	return
}()

// mayMention reports whether a mention can start with r: "@", a digit, a
// capital (names, dates, Anon), or the a and u of anon and unknown.
func mayMention(r rune) bool {
	switch {
	case r == '@', '0' <= r && r <= '9', 'A' <= r && r <= 'Z', r == 'a', r == 'u':
		return true
	case r < utf8.RuneSelf:
		return false
	}
	return unicode.IsUpper(r)
}

// mentionAt reads a mention starting at byte k of s, emits it and returns
// where it ends.
func (r *resolver) mentionAt(s string, k int) (int, bool) {
	loc := r.e.loc
	c := s[k]
	switch {
	case c == '@':
		j := k + 1
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if h, m, end, ok := clockMeridiem(s, j); ok {
			r.emit(s[k:end], r.byClock[clockString(h, m)])
			return end, true
		}
		if id, end, ok := r.nameAt(s, j); ok {
			r.emit(s[k:end], id)
			return end, true
		}
		return 0, false
	case textutil.IsDigit(c):
		if t, end, ok := when.DateTimeAt(s, k, loc); ok {
			r.emit(s[k:end], r.byTime[t.Unix()])
			return end, true
		}
		h, m, end, form, ok := clockAt(s, k)
		if !ok || !bareClockMentions(s, k, end, form) {
			return 0, false
		}
		r.emit(s[k:end], r.byClock[clockString(h, m)])
		return end, true
	case c == 'a' || c == 'u':
		// Only Anon, Anonymous and Unknown start in lower case.
		if !textutil.HasPrefixFold(s[k:], "anon") && !textutil.HasPrefixFold(s[k:], "unknown") {
			return 0, false
		}
		fallthrough
	case c >= utf8.RuneSelf || textutil.IsLetter(c):
		if r.noMentionAt(s, k) {
			return 0, false
		}
		return r.wordMentionAt(s, k)
	}
	return 0, false
}

// wordMentionAt reads a mention that starts with the word at byte k of s
// (a name, Anon, initials, a date spelled out), emits it and returns where
// it ends. mentionAt calls it where noMentionAt cannot rule the word out.
func (r *resolver) wordMentionAt(s string, k int) (int, bool) {
	loc := r.e.loc
	c := s[k]
	w := wordAt(s, k)
	if w == "" {
		return 0, false
	}
	id, nameEnd, isName := r.nameAt(s, k)
	anon := isAnon(w)
	if anon {
		nameEnd = k + len(w)
	}
	if isName || anon {
		if end, t, h, m, ok := timeAfterName(s, nameEnd, loc); ok {
			if t != nil {
				r.emit(s[k:end], r.byTime[t.Unix()])
			} else {
				r.emit(s[k:end], r.byClock[clockString(h, m)])
			}
			return end, true
		}
		if isName {
			r.emit(s[k:nameEnd], id)
			return nameEnd, true
		}
		return k + len(w), true
	}
	if len(r.initials) > 0 && isAllCaps(w) {
		if id, ok := r.initials[w]; ok {
			r.emit(w, id)
			return k + len(w), true
		}
	}
	// A date spelled out starts with a capitalised month or weekday.
	if len(w) >= 3 && len(w) <= 9 && 'A' <= c && c <= 'Z' && when.DateWord(w) {
		if t, end, ok := when.DateTimeAt(s, k, loc); ok {
			r.emit(s[k:end], r.byTime[t.Unix()])
			return end, true
		}
	}
	return 0, false
}

// noMentionAt reports, from the first letters of the word at k alone, that
// no mention starts there: no known name's key starts with its first two
// letters, they are not the "an" of Anon or the "un" of Unknown, the word
// is not in capitals (initials), and it does not start like a month or
// weekday. It reports false when it cannot tell (a letter beyond ASCII
// among the first three, which could change a key's first two).
func (r *resolver) noMentionAt(s string, k int) bool {
	if k+2 >= len(s) || s[k+2] >= utf8.RuneSelf {
		return false
	}
	c0, c1 := s[k], s[k+1]
	if !textutil.IsLetter(c0) || !textutil.IsLetter(c1) || r.pairs[pairOf(s[k:])] {
		return false
	}
	switch {
	case c0|0x20 == 'a' && c1|0x20 == 'n', c0|0x20 == 'u' && c1|0x20 == 'n':
		return false // Anon, Unknown
	case c1 <= 'Z' && len(r.initials) > 0:
		return false // initials
	case c0 <= 'Z' && when.DateWord(s[k:k+3]):
		return false // a month or weekday
	}
	return true
}

// nameWordAt returns the word starting at k with the apostrophes and
// hyphens inside it ("O’Neill", "Mary-Jane").
func nameWordAt(s string, k int) string {
	j := k
	for j < len(s) {
		w := wordAt(s, j)
		j += len(w)
		if w == "" || j >= len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r != '\'' && r != '’' && r != '-' {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[j+n:])
		if !unicode.IsLetter(next) {
			break
		}
		j += n
	}
	return s[k:j]
}

// isAnon reports whether w is Anon, Anonymous or Unknown in any case.
func isAnon(w string) bool {
	return strings.EqualFold(w, "anon") || strings.EqualFold(w, "anonymous") || strings.EqualFold(w, "unknown")
}

// wordAt returns the word of letters starting at k.
func wordAt(s string, k int) string {
	j := k
	for j < len(s) && textutil.IsLetter(s[j]) {
		j++
	}
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[k:j]
}

// nameAt matches a known author's name starting at k, ending at a word
// boundary. Words compare by normalize.Key, and the text must capitalise
// the name (or write it in capitals), so that a pseudonym that is also a
// word in lower case is not a mention.
func (r *resolver) nameAt(s string, k int) (id string, end int, ok bool) {
	first := nameWordAt(s, k)
	if c, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(c) {
		return "", 0, false
	}
	if len(first) >= 2 && textutil.IsLetter(first[0]) && textutil.IsLetter(first[1]) && isASCII(first) && !r.pairs[pairOf(first)] {
		// No known name's key starts with these two letters: the key of
		// an ASCII word is the word in lower case.
		return "", 0, false
	}
	maxWords := r.byName[keyOf(first)]
	if base, ok := cutPossessive(first); ok && maxWords == 0 {
		maxWords = r.byName[normalize.Key(base)]
	}
	if maxWords == 0 {
		return "", 0, false
	}
	// The name's words are read one at a time and looked up whole: the
	// longest known name wins. The last word may carry a possessive
	// ("Getafix's").
	bestEnd := -1
	var prefix strings.Builder
	j := k
	for wi := 0; wi < maxWords; wi++ {
		r.work++
		if wi > 0 {
			if j >= len(s) || s[j] != ' ' {
				break
			}
			j++
			prefix.WriteByte(' ')
		}
		got := nameWordAt(s, j)
		if got == "" {
			break
		}
		gk := normalize.Key(got)
		key := prefix.String() + gk
		if nid, ok := r.names[key]; ok {
			bestEnd, id = j+len(got), nid
		}
		if base, ok := cutPossessive(got); ok {
			if nid, ok := r.names[prefix.String()+normalize.Key(base)]; ok && j+len(base) > bestEnd {
				bestEnd, id = j+len(base), nid
			}
		}
		if !r.prefixes[key] {
			break // no longer name starts so
		}
		prefix.WriteString(gk)
		j += len(got)
	}
	if bestEnd < 0 {
		return "", 0, false
	}
	return id, bestEnd, true
}

// maxNameWords is the most words a name that mentions are looked for by
// may have.
const maxNameWords = 12

// cutPossessive returns w without its possessive "'s".
func cutPossessive(w string) (string, bool) {
	for _, poss := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(w, poss); ok {
			return base, true
		}
	}
	return w, false
}

// timeAfterName reads what may follow a name in a mention: " at 17:54",
// " 22:37", " @ 22:37", " 28 October 2022 at 22:00".
func timeAfterName(s string, k int, loc *time.Location) (end int, t *time.Time, h, m int, ok bool) {
	j := k
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j == k && (j >= len(s) || s[j] != '@') {
		return 0, nil, 0, 0, false
	}
	if textutil.HasPrefixFold(s[j:], "at ") {
		j += 3
	} else if j < len(s) && s[j] == '@' {
		j++
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if tt, e, ok := when.DateTimeAt(s, j, loc); ok {
		return e, &tt, 0, 0, true
	}
	if h, m, e, ok := clockMeridiem(s, j); ok {
		return e, nil, h, m, true
	}
	return 0, nil, 0, 0, false
}

// Forms of a clock time.
const (
	formColon   = iota // 22:00, and 19;30 typed for it
	formDot            // 12.09
	formCompact        // 1930
)

// clockAt reads a time of day at k: H:MM, H;MM, H.MM or HHMM, hours 0-23,
// not followed by another digit. It does not read am or pm.
func clockAt(s string, k int) (h, m, end, form int, ok bool) {
	j := k
	for j < len(s) && textutil.IsDigit(s[j]) {
		j++
	}
	digits := j - k
	switch {
	case digits == 4:
		h = int(s[k]-'0')*10 + int(s[k+1]-'0')
		m = int(s[k+2]-'0')*10 + int(s[k+3]-'0')
		form = formCompact
	case digits == 1 || digits == 2:
		if j+3 > len(s) || !textutil.IsDigit(s[j+1]) || !textutil.IsDigit(s[j+2]) || j+3 < len(s) && textutil.IsDigit(s[j+3]) {
			return 0, 0, 0, 0, false
		}
		switch s[j] {
		case ':', ';':
			form = formColon
		case '.':
			form = formDot
		default:
			return 0, 0, 0, 0, false
		}
		for i := k; i < j; i++ {
			h = h*10 + int(s[i]-'0')
		}
		m = int(s[j+1]-'0')*10 + int(s[j+2]-'0')
		j += 3
	default:
		return 0, 0, 0, 0, false
	}
	if h > 23 || m > 59 {
		return 0, 0, 0, 0, false
	}
	return h, m, j, form, true
}

// clockMeridiem reads a time of day as clockAt does, followed by an
// optional "am" or "pm" ("@7:30 PM", "Anon at 8:02pm").
func clockMeridiem(s string, k int) (h, m, end int, ok bool) {
	h, m, end, form, ok := clockAt(s, k)
	if !ok || form == formCompact {
		return h, m, end, ok
	}
	j := end
	if j < len(s) && s[j] == ' ' {
		j++
	}
	w := textutil.LowerASCII(wordAt(s, j))
	pm := false
	switch w {
	case "am", "pm":
		pm = w == "pm"
		j += 2
	case "a", "p":
		if !textutil.HasPrefixFold(s[j:], w+".m.") {
			return h, m, end, true
		}
		pm = w == "p"
		j += 4
	default:
		return h, m, end, true
	}
	if h < 1 || h > 12 {
		return h, m, end, true
	}
	h %= 12
	if pm {
		h += 12
	}
	return h, m, j, true
}

// timePrepositions introduce a time that is not a comment's: "at 19:30",
// "by 10:00", "from 9:00".
var timePrepositions = wordSet(`at by until till til from since before after around about between past approx approximately circa`)

// sayVerbs after a time make it a reference to the comment posted then:
// "1930 says", "12.09 is right".
var sayVerbs = wordSet(`says said writes wrote asks asked claims claimed suggests suggested argues argued
points pointed comments commented posted mentions mentioned states stated thinks makes made is was`)

// bareClockMentions decides whether a time written without @ or a name
// refers to a comment, by the rules in the package documentation.
func bareClockMentions(s string, k, end, form int) bool {
	rest := s[end:]
	lr := strings.TrimLeft(rest, " ")
	// A time of day in the text: 7:30pm, 10:00-12:00, 12:30:45, 19.30%.
	if textutil.HasPrefixFold(lr, "am") || textutil.HasPrefixFold(lr, "pm") || textutil.HasPrefixFold(lr, "a.m") || textutil.HasPrefixFold(lr, "p.m") {
		return false
	}
	if rest != "" {
		switch r, _ := utf8.DecodeRuneInString(rest); {
		case r == '%', r == '-' && len(rest) > 1 && textutil.IsDigit(rest[1]), r == '–', r == ':', r == '/':
			return false
		}
	}
	if k > 0 {
		switch r, _ := utf8.DecodeLastRuneInString(s[:k]); {
		case r == '£', r == '$', r == '€', r == '-', r == '/', r == '.', r == ':', r == '#', r == '+':
			return false
		}
	}
	if _, ok := lang.LookupFold(timePrepositions, prevWord(s, k)); ok {
		return false
	}
	_, says := lang.LookupFold(sayVerbs, wordAt(rest, len(rest)-len(lr)))
	says = says || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
	switch form {
	case formColon:
		return true
	case formDot:
		return atLineStart(s, k) || says
	default:
		return says
	}
}

// prevWord returns the word before byte k, skipping spaces.
func prevWord(s string, k int) string {
	j := k
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:j]
}

// atLineStart reports whether only spaces stand between the start of k's
// line and k.
func atLineStart(s string, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if s[j] == '\n' {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:j+1])
		if !textutil.IsSpace(r) {
			return false
		}
	}
	return true
}
