// Package when reads the dates and times that Blogger's templates print:
//
//	Saturday, 15 May 2021        Wednesday 20 September 2023
//	Saturday, May 15, 2021       15/05/2021
//	28 October 2022 at 19:30     October 28, 2022 at 7:30 PM
//	September 20, 2023 7:37 AM   28/10/2022 19:30
//
// It is a small hand-written scanner rather than a regular expression: it
// runs on every line of every dump. It is shared by the layout parsers
// (package parse) and the enrichment passes (package enrich).
package when

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true,
}

// dateName looks up a word of ASCII letters, in any case, among the month
// and weekday names: the month, or whether it is a weekday. It reads a
// table made from monthNames and weekdayNames, without allocating.
func dateName(w string) (m time.Month, weekday, ok bool) {
	code, fits := nameCode(w)
	if !fits {
		return 0, false, false
	}
	for h := code * 0x9E3779B97F4A7C15 >> 57; ; h = (h + 1) & 127 {
		switch e := dateNames[h]; e.code {
		case 0:
			return 0, false, false
		case code:
			return e.month, e.weekday, true
		}
	}
}

// nameCode packs a word of one to twelve ASCII letters, in lower case,
// into five bits a letter.
func nameCode(w string) (uint64, bool) {
	if w == "" || len(w) > 12 {
		return 0, false
	}
	var code uint64
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return 0, false
		}
		code = code<<5 | uint64(c-'a'+1)
	}
	return code, true
}

// dateNames is the open-addressed table of dateName.
var dateNames = func() (t [128]struct {
	code    uint64
	month   time.Month
	weekday bool
}) {
	put := func(w string, m time.Month, weekday bool) {
		code, _ := nameCode(w)
		h := code * 0x9E3779B97F4A7C15 >> 57
		for t[h].code != 0 {
			h = (h + 1) & 127
		}
		t[h].code, t[h].month, t[h].weekday = code, m, weekday
	}
	for w, m := range monthNames {
		put(w, m, false)
	}
	for w := range weekdayNames {
		put(w, 0, true)
	}
	return
}()

// dateScanner reads tokens from the front of s.
type dateScanner struct {
	s string
	i int
	// swap is the month-first reading of the last numeric date read, when
	// it reads both ways.
	swap *thread.Date
	// meridiem is set when the last clock read had am or pm.
	meridiem bool
}

func (sc *dateScanner) space() {
	for sc.i < len(sc.s) {
		r, n := utf8.DecodeRuneInString(sc.s[sc.i:])
		if !normalize.IsSpace(r) {
			return
		}
		sc.i += n
	}
}

func (sc *dateScanner) word() string {
	j := sc.i
	for j < len(sc.s) && IsLetter(sc.s[j]) {
		j++
	}
	w := sc.s[sc.i:j]
	sc.i = j
	return w
}

// number reads up to maxDigits digits; it returns -1 when there are none
// or more than maxDigits.
func (sc *dateScanner) number(maxDigits int) int {
	j := sc.i
	for j < len(sc.s) && IsDigit(sc.s[j]) {
		j++
	}
	if j == sc.i || j-sc.i > maxDigits {
		return -1
	}
	n := 0
	for _, c := range []byte(sc.s[sc.i:j]) {
		n = n*10 + int(c-'0')
	}
	sc.i = j
	return n
}

func (sc *dateScanner) lit(c byte) bool {
	if sc.i < len(sc.s) && sc.s[sc.i] == c {
		sc.i++
		return true
	}
	return false
}

func (sc *dateScanner) done() bool {
	sc.space()
	return sc.i == len(sc.s)
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// ordinal skips an English ordinal suffix after a day number.
func (sc *dateScanner) ordinal() {
	if sc.i+2 <= len(sc.s) {
		switch normalize.LowerASCII(sc.s[sc.i : sc.i+2]) {
		case "st", "nd", "rd", "th":
			if sc.i+2 == len(sc.s) || !IsLetter(sc.s[sc.i+2]) {
				sc.i += 2
			}
		}
	}
}

// date reads a date with an optional weekday in front. It reports whether
// a weekday was present.
func (sc *dateScanner) date() (d thread.Date, weekday, ok bool) {
	save := sc.i
	if w := sc.word(); w != "" {
		if _, isDay, found := dateName(w); found && isDay {
			weekday = true
			sc.lit(',')
			sc.space()
		} else {
			sc.i = save
		}
	}
	start := sc.i
	if d, ok := sc.dayMonthYear(); ok {
		return d, weekday, true
	}
	sc.i = start
	if d, ok := sc.monthDayYear(); ok {
		return d, weekday, true
	}
	sc.i = start
	if d, ok := sc.numericDate(); ok {
		return d, weekday, true
	}
	sc.i = save
	return thread.Date{}, false, false
}

func (sc *dateScanner) dayMonthYear() (thread.Date, bool) {
	day := sc.number(2)
	if day < 1 {
		return thread.Date{}, false
	}
	sc.ordinal()
	sc.space()
	m, weekday, ok := dateName(sc.word())
	ok = ok && !weekday
	if !ok {
		return thread.Date{}, false
	}
	sc.lit('.')
	sc.lit(',')
	sc.space()
	return validDate(sc.number(4), m, day)
}

func (sc *dateScanner) monthDayYear() (thread.Date, bool) {
	m, weekday, ok := dateName(sc.word())
	ok = ok && !weekday
	if !ok {
		return thread.Date{}, false
	}
	sc.lit('.')
	sc.space()
	day := sc.number(2)
	if day < 1 {
		return thread.Date{}, false
	}
	sc.ordinal()
	sc.lit(',')
	sc.space()
	return validDate(sc.number(4), m, day)
}

// numericDate reads DD/MM/YYYY, day first as British Blogger prints it,
// or MM/DD/YYYY when only that order gives a real date (10/28/2022). It
// records a date that reads either way in sc.swap, for dateTime to settle.
func (sc *dateScanner) numericDate() (thread.Date, bool) {
	a := sc.number(2)
	if a < 1 || !sc.lit('/') {
		return thread.Date{}, false
	}
	b := sc.number(2)
	if b < 1 || !sc.lit('/') {
		return thread.Date{}, false
	}
	y := sc.number(4)
	if d, ok := validDate(y, time.Month(b), a); ok {
		if a != b && a <= 12 {
			sc.swap = &thread.Date{Year: y, Month: time.Month(a), Day: b}
		}
		return d, true
	}
	return validDate(y, time.Month(a), b)
}

func validDate(y int, m time.Month, d int) (thread.Date, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return thread.Date{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return thread.Date{}, false
	}
	return thread.Date{Year: y, Month: m, Day: d}, true
}

// clock reads H:MM or H.MM with an optional am/pm.
func (sc *dateScanner) clock() (h, m int, ok bool) {
	save := sc.i
	sc.meridiem = false
	h = sc.number(2)
	if h < 0 || !(sc.lit(':') || sc.lit('.')) {
		sc.i = save
		return 0, 0, false
	}
	j := sc.i
	m = sc.number(2)
	if m < 0 || sc.i-j != 2 || m > 59 {
		sc.i = save
		return 0, 0, false
	}
	afterMin := sc.i
	sc.space()
	switch normalize.LowerASCII(strings.ReplaceAll(sc.word(), ".", "")) {
	case "am", "a":
		sc.meridiemRest()
		sc.meridiem = true
		if h < 1 || h > 12 {
			sc.i = save
			return 0, 0, false
		}
		if h == 12 {
			h = 0
		}
	case "pm", "p":
		sc.meridiemRest()
		sc.meridiem = true
		if h < 1 || h > 12 {
			sc.i = save
			return 0, 0, false
		}
		if h != 12 {
			h += 12
		}
	default:
		sc.i = afterMin
	}
	if h > 23 {
		sc.i = save
		return 0, 0, false
	}
	// "a.m." leaves its dots; take them.
	for sc.i < len(sc.s) && sc.s[sc.i] == '.' && sc.i > afterMin {
		sc.i++
	}
	return h, m, true
}

// meridiemRest takes the rest of "a.m." or "p.m." after its first letter.
func (sc *dateScanner) meridiemRest() {
	if sc.lit('.') && sc.i < len(sc.s) && (sc.s[sc.i]|0x20) == 'm' {
		sc.i++
		sc.lit('.')
	}
}

// dateTime reads a date, then optionally "at" or a comma, then a clock. A
// numeric date that reads both ways is month first before a 12-hour clock
// (10/11/2022 7:30 PM, as American Blogger prints it) and day first before a
// 24-hour one (10/11/2022 19:30, as British Blogger does).
func (sc *dateScanner) dateTime() (d thread.Date, h, m int, ok bool) {
	save := sc.i
	sc.swap = nil
	d, _, ok = sc.date()
	if !ok {
		return d, 0, 0, false
	}
	sc.lit(',')
	sc.space()
	at := sc.i
	if w := sc.word(); !strings.EqualFold(w, "at") {
		sc.i = at
	}
	sc.lit(',')
	sc.space()
	h, m, ok = sc.clock()
	if !ok {
		sc.i = save
		return d, 0, 0, false
	}
	if sc.meridiem && sc.swap != nil {
		d = *sc.swap
	}
	return d, h, m, true
}

// DateLine reports whether s (trimmed) is a date and nothing else.
func DateLine(s string) (d thread.Date, weekday, ok bool) {
	if s == "" || !(IsDigit(s[0]) || IsLetter(s[0])) {
		return
	}
	sc := dateScanner{s: s}
	d, weekday, ok = sc.date()
	if !ok || !sc.done() {
		return thread.Date{}, false, false
	}
	return d, weekday, true
}

// TimeLine reports whether s (trimmed) is a date and time and nothing
// else, as the classic template prints under each comment.
func TimeLine(s string, loc *time.Location) (time.Time, bool) {
	if !endsWithClock(trimRightSpace(s)) {
		return time.Time{}, false
	}
	return timeLine(s, loc)
}

// timeLine is TimeLine without the quick test.
func timeLine(s string, loc *time.Location) (time.Time, bool) {
	if s == "" || !(IsDigit(s[0]) || IsLetter(s[0])) {
		return time.Time{}, false
	}
	sc := dateScanner{s: s}
	d, h, m, ok := sc.dateTime()
	if !ok || !sc.done() {
		return time.Time{}, false
	}
	return time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
}

// maxAuthorBytes bounds the author part of a header line; a longer prefix
// is a sentence that happens to end with a time.
const maxAuthorBytes = 80

// Header reads a comment header line such as
// "Anonymous28 October 2022 at 19:30" or "Jane Doe October 28, 2022 at
// 7:30 PM": an author followed by a date and time that end the line.
func Header(s string, loc *time.Location) (author string, t time.Time, ok bool) {
	p, ok := HeaderStart(s)
	if !ok {
		return "", time.Time{}, false
	}
	return HeaderAt(s, p, loc)
}

// HeaderStart reports whether s is a comment header as Header reads it,
// and the byte offset where its date starts (always more than 0), for
// HeaderAt: a caller that asks several times about one line keeps it.
func HeaderStart(s string) (p int, ok bool) {
	if !endsWithClock(s) || len(s) < 8 || !IsDigit(s[len(s)-1]) && s[len(s)-1]|0x20 != 'm' {
		return 0, false
	}
	limit := min(len(s), maxAuthorBytes+1)
	for p := 1; p < limit; p++ {
		c := s[p]
		digitStart := IsDigit(c) && !IsDigit(s[p-1])
		wordStart := 'A' <= c && c <= 'Z'
		if !digitStart && !wordStart {
			continue
		}
		sc := dateScanner{s: s, i: p}
		if _, _, _, ok := sc.dateTime(); !ok || !sc.done() {
			continue
		}
		return p, PlausibleAuthor(normalize.TrimSpace(s[:p]))
	}
	return 0, false
}

// HeaderAt reads the header s whose date starts at p, as HeaderStart
// found it.
func HeaderAt(s string, p int, loc *time.Location) (author string, t time.Time, ok bool) {
	if p <= 0 || p >= len(s) {
		return "", time.Time{}, false
	}
	sc := dateScanner{s: s, i: p}
	d, h, m, ok := sc.dateTime()
	if !ok || !sc.done() {
		return "", time.Time{}, false
	}
	return normalize.TrimSpace(s[:p]), time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
}

// header is Header by its first definition, without the quick test: the
// fuzz test holds Header to it.
func header(s string, loc *time.Location) (author string, t time.Time, ok bool) {
	if len(s) < 8 || !IsDigit(s[len(s)-1]) && s[len(s)-1]|0x20 != 'm' {
		return "", time.Time{}, false
	}
	limit := min(len(s), maxAuthorBytes+1)
	for p := 1; p < limit; p++ {
		c := s[p]
		prev := s[p-1]
		digitStart := IsDigit(c) && !IsDigit(prev)
		wordStart := 'A' <= c && c <= 'Z'
		if !digitStart && !wordStart {
			continue
		}
		sc := dateScanner{s: s, i: p}
		d, h, m, ok := sc.dateTime()
		if !ok || !sc.done() {
			continue
		}
		author := normalize.TrimSpace(s[:p])
		if !PlausibleAuthor(author) {
			return "", time.Time{}, false
		}
		return author, time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
	}
	return "", time.Time{}, false
}

// trimRightSpace returns s without trailing IsSpace characters (see
// normalize.IsSpace), as the scanner's done() skips them.
func trimRightSpace(s string) string {
	if s != "" && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimRightFunc(s, normalize.IsSpace)
}

// endsWithClock reports whether s can end with a time of day as the
// clock scanner reads it: two digits after ":" or ".", then nothing but an
// am or pm marker, dots and white space. It is a quick test that Header
// runs before trying every place the date may start.
func endsWithClock(s string) bool {
	j := len(s)
	for j > 0 && !IsDigit(s[j-1]) {
		switch c := s[j-1]; {
		case c == ' ', c >= '\t' && c <= '\r', c == '.', c|0x20 == 'a', c|0x20 == 'p', c|0x20 == 'm', c >= utf8.RuneSelf:
			j--
		default:
			return false
		}
	}
	return j >= 3 && IsDigit(s[j-1]) && IsDigit(s[j-2]) && (s[j-3] == ':' || s[j-3] == '.')
}

// ClockLine reports whether s (trimmed) is a time of day and nothing else,
// such as "7:30 pm" or "19:30", as a template that omits the date prints
// it. It returns the hour and minute.
func ClockLine(s string) (h, m int, ok bool) {
	if s == "" || !IsDigit(s[0]) {
		return 0, 0, false
	}
	sc := dateScanner{s: s}
	h, m, ok = sc.clock()
	if !ok || !sc.done() {
		return 0, 0, false
	}
	return h, m, true
}

// DateTimeAt reads a date followed by a time of day ("28 October 2022 at
// 22:00", "October 28, 2022 at 7:30 PM", "28/10/2022 19:30") starting at
// byte i of s. It returns the time in loc and the byte offset just after
// it.
func DateTimeAt(s string, i int, loc *time.Location) (t time.Time, end int, ok bool) {
	sc := dateScanner{s: s, i: i}
	d, h, m, ok := sc.dateTime()
	if !ok {
		return time.Time{}, i, false
	}
	return time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), sc.i, true
}

// PlausibleAuthor rejects header prefixes that are a sentence rather than a
// display name.
func PlausibleAuthor(a string) bool {
	if a == "" || len(a) > maxAuthorBytes || fieldsMoreThan(a, 6) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(a)
	if r == ':' || r == ',' || r == ';' || r == '"' || r == '“' {
		return false
	}
	for _, w := range [...]string{" at", " on", " by", " since", " until", " from", " of"} {
		if len(a) >= len(w) && HasPrefixFold(a[len(a)-len(w):], w) {
			return false
		}
	}
	return true
}

// fieldsMoreThan reports whether a has more than n fields, as
// strings.Fields splits it.
func fieldsMoreThan(a string, n int) bool { return CountFields(a, n+1) > n }

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

// Said reads the classic template's "Name said..." header.
func Said(s string) (string, bool) {
	var rest string
	switch {
	case strings.HasSuffix(s, " said..."):
		rest = s[:len(s)-len(" said...")]
	case strings.HasSuffix(s, " said…"):
		rest = s[:len(s)-len(" said…")]
	default:
		return "", false
	}
	rest = normalize.TrimSpace(rest)
	if !PlausibleAuthor(rest) {
		return "", false
	}
	return rest, true
}

// Byline reads "Posted by NAME at 07:00" (the time optional).
func Byline(s string, day *thread.Date, loc *time.Location) (author string, t *time.Time, ok bool) {
	const prefix = "Posted by "
	if !strings.HasPrefix(s, prefix) {
		return "", nil, false
	}
	rest := s[len(prefix):]
	if i := strings.LastIndex(rest, " at "); i >= 0 {
		sc := dateScanner{s: rest, i: i + len(" at ")}
		sc.space()
		if h, m, ok := sc.clock(); ok && sc.done() {
			author = normalize.TrimSpace(rest[:i])
			if day != nil {
				tt := time.Date(day.Year, day.Month, day.Day, h, m, 0, 0, loc)
				t = &tt
			}
			return author, t, author != ""
		}
	}
	author = normalize.TrimSpace(rest)
	return author, nil, author != "" && PlausibleAuthor(author)
}

// DateWord reports whether the word w (ASCII letters) may be a month or
// weekday name or abbreviation, in any case, as a date spelled out starts
// with one: a quick test on its first three letters.
func DateWord(w string) bool {
	if len(w) < 3 || !IsLetter(w[0]) || !IsLetter(w[1]) || !IsLetter(w[2]) {
		return false
	}
	return datePrefixes[prefixCode(w)]
}

func prefixCode(w string) int {
	return int(w[0]|0x20-'a')*26*26 + int(w[1]|0x20-'a')*26 + int(w[2]|0x20-'a')
}

// datePrefixes holds the first three letters of the month and weekday
// names.
var datePrefixes = func() (t [26 * 26 * 26]bool) {
	for w := range monthNames {
		if len(w) >= 3 {
			t[prefixCode(w)] = true
		}
	}
	for w := range weekdayNames {
		if len(w) >= 3 {
			t[prefixCode(w)] = true
		}
	}
	return
}()

// LookupFold looks up w in m, whose keys are in lower case, as
// m[strings.ToLower(w)] does, without allocating for a short ASCII word.
func LookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf [16]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

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
