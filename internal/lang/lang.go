// Package lang holds, as data, the words Blogger shows around a comment
// section in each interface language: the action links, the count heading,
// the classic "said..." header, the sentences that stand in for a removed
// comment, the page furniture, the byline, and the month and weekday names
// and joining words of its dates.
//
// Adding a language is adding one entry to Languages; the parsers build
// their lookup tables from the whole list, so a page is read whatever its
// language, and Votes tells which language its markers were in.
package lang

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language holds the words Blogger shows around a comment section in one
// interface language, spelled as a text dump shows them.
type Language struct {
	Code string // BCP 47 code: "en", "de", "pt-BR"
	Name string // English name

	Reply   []string // the action link that answers a comment: "Reply"
	Delete  []string // "Delete"
	Replies []string // the heading of a comment's thread: "Replies"

	// Count lists the comment-count headings; "#" stands for the number:
	// "# comments:", "1 comment:"; a heading without "#" ("Kommentare:")
	// declares no number.
	Count []string
	// None lists the headings of an empty comment section: "No comments:".
	None []string
	// Said lists the classic template's header; "#" stands for the name:
	// "# said...".
	Said []string
	// Removed lists the sentences that stand in for a removed comment.
	Removed []string
	// Chrome lists whole lines of page furniture: "Post a Comment", "Older
	// Post", "Subscribe to: Post Comments (Atom)".
	Chrome []string
	// ChromePrefix lists the starts of furniture lines: "Labels:".
	ChromePrefix []string
	// PostedBy lists the byline's start: "Posted by".
	PostedBy []string

	// Months lists every spelling of each month in lower case, the full
	// name first (declined forms too: Polish "stycznia").
	Months [12][]string
	// Weekdays lists the weekday names in lower case, Sunday first.
	Weekdays [7][]string
	// At lists the words that stand between a date and a time: "at", "um".
	At []string
	// DateWords lists filler words inside dates: "de", "г.".
	DateWords []string
	// Meridiem lists the spellings of am and pm, lower case.
	Meridiem [2][]string
}

// Set is a set of languages, a bit for each index of Languages.
type Set uint64

// Votes counts, per index of Languages, the markers found in each.
type Votes [64]int

// Add counts one marker of the languages in s.
func (v *Votes) Add(s Set) {
	for i := 0; s != 0; i, s = i+1, s>>1 {
		if s&1 != 0 {
			v[i]++
		}
	}
}

// Merge adds the counts of w.
func (v *Votes) Merge(w *Votes) {
	for i := range v {
		v[i] += w[i]
	}
}

// Best returns the code of the language with the most markers, preferring
// the earlier in Languages on a tie, or "" when no marker was counted.
func (v *Votes) Best() string {
	best, n := -1, 0
	for i := range Languages {
		if v[i] > n {
			best, n = i, v[i]
		}
	}
	if best < 0 {
		return ""
	}
	return Languages[best].Code
}

// AppendFold appends s lower-cased to dst, rune by rune as strings.ToLower
// does: a caller that folds into a buffer of its own allocates nothing.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// Fold lower-cases s for the tables' comparisons: ASCII quickly, the rest
// with strings.ToLower.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// Entry is a string of the table with the languages that use it.
type Entry struct {
	Text  string
	Langs Set
}

// collect gathers the strings pick returns for each language, each once,
// with the set of languages that list it; fold lower-cases them first.
func collect(pick func(*Language) []string, fold bool) []Entry {
	idx := map[string]int{}
	var out []Entry
	for i := range Languages {
		for _, s := range pick(&Languages[i]) {
			if fold {
				s = Fold(s)
			}
			if j, ok := idx[s]; ok {
				out[j].Langs |= 1 << i
				continue
			}
			idx[s] = len(out)
			out = append(out, Entry{s, 1 << i})
		}
	}
	return out
}

// Strings returns the strings pick chooses of every language, each once,
// with the languages that use it.
func Strings(pick func(*Language) []string) []Entry { return collect(pick, false) }

// FoldedStrings is Strings with every string lower-cased by Fold.
func FoldedStrings(pick func(*Language) []string) []Entry { return collect(pick, true) }

// Words returns the strings pick chooses of every language that keep
// accepts (all when keep is nil), folded, longest first: the joining
// words of dates ("um", "a las") and the prefixes of bylines, tried in
// that order so that the longest matches.
func Words(pick func(*Language) []string, keep func(string) bool) []string {
	var out []string
	for _, e := range FoldedStrings(pick) {
		if keep == nil || keep(e.Text) {
			out = append(out, e.Text)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// Table is a set of strings matched whole after Fold, with their
// languages.
type Table struct {
	m      map[string]Set
	maxLen int
	lens   [8]uint64 // the byte lengths of the folded strings, up to 511
	// starts marks the pairs of ASCII bytes that start a folded string
	// (see pairCode), last the ASCII bytes that end one: a line that starts
	// or ends otherwise is none of them, and is not folded to find that
	// out (most lines of a page are not chrome: BenchmarkIsChrome, 400 →
	// 635 MB/s).
	starts [utf8.RuneSelf * utf8.RuneSelf]bool
	last   [utf8.RuneSelf]bool
}

// NewTable makes a Table of the strings pick chooses of every language.
func NewTable(pick func(*Language) []string) *Table {
	t := &Table{m: map[string]Set{}}
	for _, e := range FoldedStrings(pick) {
		t.m[e.Text] |= e.Langs
		t.maxLen = max(t.maxLen, len(e.Text))
		if e.Text == "" {
			continue
		}
		if code, ok := pairCode(e.Text); ok {
			t.starts[code] = true
		} else if len(e.Text) < 2 {
			t.starts[0] = true // a string of one byte: pairs tell nothing
		}
		if c := e.Text[len(e.Text)-1]; c < utf8.RuneSelf {
			t.last[c] = true
		}
		if n := len(e.Text); n < 512 {
			t.lens[n/64] |= 1 << (n % 64)
		}
	}
	return t
}

// Lookup reports the languages that use s (compared after Fold), 0 when
// none.
func (t *Table) Lookup(s string) Set {
	if len(s) > t.maxLen*2 || len(s) == 0 {
		return 0
	}
	if code, ok := pairCode(s); ok && !t.starts[0] && !t.starts[code] {
		return 0
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf && !t.last[lowerASCII(c)] {
		return 0
	}
	if n := len(s); n < 512 && t.lens[n/64]&(1<<(n%64)) == 0 && isASCII(s) {
		return 0 // no string of this length: folding keeps an ASCII line's
	}
	var buf [256]byte
	if len(s) <= len(buf)/2 {
		return t.m[string(AppendFold(buf[:0], s))] // no allocation
	}
	return t.m[Fold(s)]
}

// pairCode returns the first two bytes of s, folded, as one number, when
// they are ASCII.
func pairCode(s string) (int, bool) {
	if len(s) < 2 || s[0] >= utf8.RuneSelf || s[1] >= utf8.RuneSelf {
		return 0, false
	}
	return int(lowerASCII(s[0]))<<7 | int(lowerASCII(s[1])), true
}

// lowerASCII returns the ASCII byte c in lower case.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Count reads a comment-count heading in any language: "28 comments:",
// "1 Kommentar:", "No comments :", "Комментариев: 5", "Kommentare:". The
// line may be decorated as html2text writes headings ("*** 33 comments:
// ***"). n is the number, -1 when the heading gives none; big reports a
// number too large for an int.
//
// The line is folded into a key, its number replaced by "#" and its spaces
// collapsed ("28  Comments :" is "# comments"), and looked up in one map:
// the work is one pass over the line whatever the number of languages, and
// an ASCII line allocates nothing.
func Count(s string) (n int, langs Set, big bool) {
	s = trimDecoration(s)
	if s == "" || len(s) > 60 {
		return 0, 0, false
	}
	var buf [64]byte
	key, num, ok := countKey(s, &buf)
	if !ok {
		return 0, 0, false
	}
	p, found := countPatterns[string(key)]
	if !found {
		return 0, 0, false
	}
	if !p.number {
		if p.none {
			return 0, p.langs, false
		}
		return -1, p.langs, false
	}
	v, ok, big := digits(num)
	if !ok {
		return 0, 0, false
	}
	return v, p.langs, big
}

// countKey folds s into buf as Count's key: lower case, the first run of
// digits as "#" (returned in num), runs of spaces as one, without a final
// colon and the spaces around it.
func countKey(s string, buf *[64]byte) (key []byte, num string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = strings.ToLower(s)
			break
		}
	}
	k, space, numbered := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			space = k > 0
			continue
		case '0' <= c && c <= '9' && !numbered:
			j := i
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			num, numbered = s[i:j], true
			i = j - 1
			c = '#'
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			if k == len(buf) {
				return nil, "", false
			}
			buf[k] = ' '
			k++
			space = false
		}
		if k == len(buf) {
			return nil, "", false
		}
		buf[k] = c
		k++
	}
	for k > 0 && (buf[k-1] == ':' || buf[k-1] == ' ') {
		k--
	}
	return buf[:k], num, true
}

// countPattern is what a count heading's key stands for.
type countPattern struct {
	langs  Set
	number bool // the heading gives a number
	none   bool // a heading of no comments
}

// countPatterns maps the keys of the count headings of all languages (see
// countKey) to what they stand for.
var countPatterns = func() map[string]countPattern {
	m := map[string]countPattern{}
	add := func(es []Entry, none bool) {
		for _, e := range es {
			var buf [64]byte
			key, _, _ := countKey(strings.ReplaceAll(e.Text, "#", "0"), &buf)
			p := m[string(key)]
			p.langs |= e.Langs
			p.number = strings.Contains(e.Text, "#")
			p.none = p.none || none
			m[string(key)] = p
		}
	}
	add(FoldedStrings(func(l *Language) []string { return l.None }), true)
	add(FoldedStrings(func(l *Language) []string { return l.Count }), false)
	return m
}()

func sortLongestFirst(es []Entry) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && len(es[j].Text) > len(es[j-1].Text); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// digits reads a number of ASCII digits.
func digits(s string) (n int, ok, big bool) {
	if s == "" || len(s) > 40 {
		return 0, false, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, false
		}
		if n > (1<<62)/10 {
			big = true
			continue
		}
		n = n*10 + int(c-'0')
	}
	return n, true, big
}

// trimDecoration takes off what html2text and markdown put around a
// heading: "***", "#", "=" and spaces.
func trimDecoration(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return r == '*' || r == '#' || r == '=' || r == ' ' || r == '\t' || r == '_'
	})
}

// Said reads a classic header, "Jane said..." in any language, and returns
// the name.
func Said(s string) (name string, langs Set, ok bool) {
	if len(s) < 5 {
		return "", 0, false
	}
	if last := s[len(s)-1]; last != '.' && last != ':' && last != 0xa6 {
		return "", 0, false // not "...", "…" (its last byte is 0xa6) or ":"
	}
	for _, p := range saidByEnd[saidEnd(s)] {
		if len(s) > len(p.Text) && strings.HasSuffix(s, p.Text) {
			return strings.TrimSpace(s[:len(s)-len(p.Text)]), p.Langs, true
		}
	}
	return "", 0, false
}

// saidEnd is the key of saidByEnd: the last two bytes of s before its
// final dots, ellipsis or colon ("id" of "said...").
func saidEnd(s string) string {
	s = strings.TrimRight(strings.TrimSuffix(s, "…"), ".:")
	if len(s) < 2 {
		return ""
	}
	return s[len(s)-2:]
}

// saidByEnd holds saidSuffixes by their saidEnd, longest first in each, so
// that a line is compared with the few that may end it.
var saidByEnd = func() map[string][]Entry {
	m := map[string][]Entry{}
	for _, e := range saidSuffixes {
		k := saidEnd(e.Text)
		m[k] = append(m[k], e)
	}
	return m
}()

// saidSuffixes are the endings of the said-headers: " said...", " said…".
var saidSuffixes = func() []Entry {
	var out []Entry
	for _, e := range Strings(func(l *Language) []string { return l.Said }) {
		suf := strings.TrimPrefix(e.Text, "#")
		out = append(out, Entry{suf, e.Langs})
		switch {
		case strings.HasSuffix(suf, "..."):
			out = append(out, Entry{strings.TrimSuffix(suf, "...") + "…", e.Langs})
		case strings.HasSuffix(suf, "…"):
			out = append(out, Entry{strings.TrimSuffix(suf, "…") + "...", e.Langs})
		}
	}
	sortLongestFirst(out)
	return out
}()

// removed holds the removed-comment sentences.
var removed = NewTable(func(l *Language) []string {
	var out []string
	for _, s := range l.Removed {
		out = append(out, s, strings.TrimSuffix(s, "."))
	}
	return out
})

// Removed reports the languages of a removed-comment sentence, 0 when s
// is not one.
func Removed(s string) Set { return removed.Lookup(strings.TrimSpace(s)) }

// LookupFold looks up w in m, whose keys are in lower case, as
// m[strings.ToLower(w)] does, without allocating for a short ASCII word.
func LookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf [64]byte
	if len(w) > len(buf)/2 {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	v, ok := m[string(AppendFold(buf[:0], w))]
	return v, ok
}
