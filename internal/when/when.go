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
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/thread"
)

// nameInfo is what a month or weekday name stands for.
type nameInfo struct {
	month   time.Month // 0 for a weekday
	weekday bool
}

// names maps every month and weekday name of every language in package
// lang, in lower case, to what it stands for; a spelling that is a month in
// one language and a weekday in another is the month.
var names = func() map[string]nameInfo {
	m := map[string]nameInfo{}
	for i := range lang.Languages {
		l := &lang.Languages[i]
		for _, day := range l.Weekdays {
			for _, w := range day {
				m[lang.Fold(w)] = nameInfo{weekday: true}
			}
		}
	}
	for i := range lang.Languages {
		l := &lang.Languages[i]
		for mi, month := range l.Months {
			for _, w := range month {
				m[lang.Fold(w)] = nameInfo{month: time.Month(mi + 1)}
			}
		}
	}
	return m
}()

// dateName looks up a word, in any case, among the month and weekday
// names: the month, or whether it is a weekday. An ASCII word is looked up
// in a table made from names without allocating.
func dateName(w string) (m time.Month, weekday, ok bool) {
	code, fits := nameCode(w)
	if !fits {
		if w == "" || len(w) > 40 {
			return 0, false, false
		}
		var buf [128]byte
		e, found := names[string(lang.AppendFold(buf[:0], w))]
		return e.month, e.weekday, found
	}
	for h := code * 0x9E3779B97F4A7C15 >> (64 - nameBits); ; h = (h + 1) & (1<<nameBits - 1) {
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

// nameBits is the log2 of the size of dateNames: room for four times the
// names of the languages there may be.
const nameBits = 12

// dateNames is the open-addressed table of dateName for the ASCII names.
var dateNames = func() (t [1 << nameBits]struct {
	code    uint64
	month   time.Month
	weekday bool
}) {
	for w, e := range names {
		code, ok := nameCode(w)
		if !ok {
			continue
		}
		h := code * 0x9E3779B97F4A7C15 >> (64 - nameBits)
		for t[h].code != 0 {
			h = (h + 1) & (1<<nameBits - 1)
		}
		t[h].code, t[h].month, t[h].weekday = code, e.month, e.weekday
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
	// meridiem is set when the last clock read had am or pm; dotted
	// when it was spelt "a. m." or "p.m.", as Spanish Blogger does after
	// a day-first date ("30/12/14 2:07 a. m."), not "AM" as American
	// Blogger does after a month-first one.
	meridiem, dotted bool
}

func (sc *dateScanner) space() {
	for sc.i < len(sc.s) {
		r, n := utf8.DecodeRuneInString(sc.s[sc.i:])
		if !textutil.IsSpace(r) {
			return
		}
		sc.i += n
	}
}

// word reads a run of letters, ASCII or not.
func (sc *dateScanner) word() string {
	j := sc.i
	for j < len(sc.s) {
		if c := sc.s[j]; c < utf8.RuneSelf {
			if !textutil.IsLetter(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(sc.s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	w := sc.s[sc.i:j]
	sc.i = j
	return w
}

// joiner skips one of the words in set (lower case, possibly several
// words, possibly ending in a dot) and the space after it, reporting
// whether it did.
func (sc *dateScanner) joiner(set []string) bool {
	for _, w := range set {
		if len(sc.s)-sc.i < len(w) || !strings.EqualFold(sc.s[sc.i:sc.i+len(w)], w) {
			continue
		}
		end := sc.i + len(w)
		if end < len(sc.s) && w[len(w)-1] != '.' {
			// a whole word only
			if r, _ := utf8.DecodeRuneInString(sc.s[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		sc.i = end
		sc.space()
		return true
	}
	return false
}

// number reads up to maxDigits digits; it returns -1 when there are none
// or more than maxDigits.
func (sc *dateScanner) number(maxDigits int) int {
	j := sc.i
	for j < len(sc.s) && textutil.IsDigit(sc.s[j]) {
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

// ordinal skips an English ordinal suffix after a day number.
func (sc *dateScanner) ordinal() {
	if sc.i+2 <= len(sc.s) {
		switch textutil.LowerASCII(sc.s[sc.i : sc.i+2]) {
		case "st", "nd", "rd", "th":
			if sc.i+2 == len(sc.s) || !textutil.IsLetter(sc.s[sc.i+2]) {
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
			sc.joiner(dateWords) // Danish "søndag den 24. januar 2016"
		} else {
			sc.i = save
		}
	}
	start := sc.i
	d, ok = sc.dayMonthYear()
	if !ok {
		sc.i = start
		d, ok = sc.monthDayYear()
	}
	if !ok {
		sc.i = start
		d, ok = sc.numericDate()
	}
	if !ok {
		sc.i = save
		return thread.Date{}, false, false
	}
	if !weekday {
		// Turkish puts the weekday last: "24 Ocak 2016 Pazar".
		end := sc.i
		sc.lit(',')
		sc.space()
		if _, isDay, found := dateName(sc.word()); found && isDay && sc.wordEnd() {
			weekday = true
		} else {
			sc.i = end
		}
	}
	return d, weekday, true
}

func (sc *dateScanner) dayMonthYear() (thread.Date, bool) {
	day := sc.number(2)
	if day < 1 {
		return thread.Date{}, false
	}
	sc.ordinal()
	sc.lit('.')
	sc.space()
	sc.joiner(dateWords)
	m, weekday, ok := dateName(sc.word())
	ok = ok && !weekday
	if !ok {
		return thread.Date{}, false
	}
	sc.lit('.')
	sc.lit(',')
	sc.space()
	sc.joiner(dateWords)
	d, ok := validDate(sc.number(4), m, day)
	if ok {
		sc.yearMark()
	}
	return d, ok
}

// yearMark skips a word that follows a year in some languages ("2016 г.").
func (sc *dateScanner) yearMark() {
	save := sc.i
	sc.space()
	if !sc.joiner(yearMarks) {
		sc.i = save
	}
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
	sc.joiner(dateWords)
	d, ok := validDate(sc.number(4), m, day)
	if ok {
		sc.yearMark()
	}
	return d, ok
}

// numericDate reads DD/MM/YYYY, day first as British Blogger prints it,
// or MM/DD/YYYY when only that order gives a real date (10/28/2022). It
// records a date that reads either way in sc.swap, for dateTime to settle.
// The year may have two digits (10/28/12); the separator may be a dot
// (24.01.2016), and a date may be in ISO order (2016-01-24).
func (sc *dateScanner) numericDate() (thread.Date, bool) {
	start := sc.i
	a := sc.number(4)
	if a < 0 || sc.i-start == 3 || sc.i >= len(sc.s) {
		return thread.Date{}, false
	}
	sep := sc.s[sc.i]
	if sep != '/' && sep != '.' && sep != '-' {
		return thread.Date{}, false
	}
	sc.i++
	if sc.i-start == 5 { // a four-digit year first: YYYY-MM-DD
		b := sc.number(2)
		if b < 1 || !sc.lit(sep) {
			return thread.Date{}, false
		}
		d := sc.number(2)
		return validDate(a, time.Month(b), d)
	}
	if sep == '-' || a < 1 {
		return thread.Date{}, false
	}
	b := sc.number(2)
	if b < 1 || !sc.lit(sep) {
		return thread.Date{}, false
	}
	ys := sc.i
	y := sc.number(4)
	switch sc.i - ys {
	case 2:
		y += 2000
		if y > 2069 {
			y -= 100
		}
	case 4:
	default:
		return thread.Date{}, false
	}
	if d, ok := validDate(y, time.Month(b), a); ok {
		if a != b && a <= 12 && sep == '/' {
			sc.swap = &thread.Date{Year: y, Month: time.Month(a), Day: b}
		}
		return d, true
	}
	if sep != '/' {
		return thread.Date{}, false
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

// clock reads H:MM or H.MM, optional seconds, with an optional am/pm in
// any of its spellings ("PM", "p.m.", "p. m.") or a trailing "Uhr".
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
	if sc.i+2 < len(sc.s) && sc.s[sc.i] == ':' && textutil.IsDigit(sc.s[sc.i+1]) && textutil.IsDigit(sc.s[sc.i+2]) &&
		(sc.i+3 == len(sc.s) || !textutil.IsDigit(sc.s[sc.i+3])) {
		sc.i += 3 // seconds
	}
	afterMin := sc.i
	sc.space()
	sc.dotted = false
	switch pm, found := sc.meridiemWord(); {
	case found && (h < 1 || h > 12):
		sc.i = save
		return 0, 0, false
	case found:
		sc.meridiem = true
		if pm && h != 12 {
			h += 12
		} else if !pm && h == 12 {
			h = 0
		}
	default:
		sc.i = afterMin
		k := sc.i
		sc.space()
		if w := sc.word(); !strings.EqualFold(w, "uhr") || !sc.wordEnd() {
			sc.i = k
		}
	}
	if h > 23 {
		sc.i = save
		return 0, 0, false
	}
	return h, m, true
}

// wordEnd reports whether no letter or digit follows.
func (sc *dateScanner) wordEnd() bool {
	if sc.i >= len(sc.s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sc.s[sc.i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// meridiemWord reads "am", "a.m.", "a. m.", "a" and the like, or their pm
// forms and those of the other languages, reporting whether it is pm.
func (sc *dateScanner) meridiemWord() (pm, ok bool) {
	if sc.i >= len(sc.s) {
		return false, false
	}
	switch sc.s[sc.i] | 0x20 {
	case 'a', 'p':
		pm = sc.s[sc.i]|0x20 == 'p'
		save := sc.i
		sc.i++
		sc.dotted = sc.lit('.')
		k := sc.i
		sc.space()
		if sc.i < len(sc.s) && sc.s[sc.i]|0x20 == 'm' {
			sc.i++
			sc.lit('.')
		} else {
			sc.i = k
		}
		if sc.wordEnd() {
			return pm, true
		}
		sc.i = save
	}
	for i, set := range meridiems {
		if sc.joiner(set) {
			return i == 1, true
		}
	}
	return false, false
}

// dateTime reads a date, then optionally "at" or a comma, then a clock. A
// numeric date that reads both ways is month first before a 12-hour clock
// spelt AM or PM (10/11/2022 7:30 PM, as American Blogger prints it) and day
// first before a 24-hour one (10/11/2022 19:30, as British Blogger does) or
// "a. m." (2/1/15 8:30 p. m., as Spanish Blogger does).
func (sc *dateScanner) dateTime() (d thread.Date, h, m int, ok bool) {
	save := sc.i
	sc.swap = nil
	d, _, ok = sc.date()
	if !ok {
		return d, 0, 0, false
	}
	sc.lit(',')
	sc.space()
	sc.joiner(atWords)
	sc.lit(',')
	sc.space()
	h, m, ok = sc.clock()
	if !ok {
		sc.i = save
		return d, 0, 0, false
	}
	if sc.meridiem && !sc.dotted && sc.swap != nil {
		d = *sc.swap
	}
	return d, h, m, true
}

// DateLine reports whether s (trimmed) is a date and nothing else.
func DateLine(s string) (d thread.Date, weekday, ok bool) {
	if s == "" || !(textutil.IsDigit(s[0]) || textutil.IsLetter(s[0]) || s[0] >= utf8.RuneSelf) {
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
	if !EndsWithClock(textutil.TrimRightSpace(s)) {
		return time.Time{}, false
	}
	return timeLine(s, loc)
}

// timeLine is TimeLine without the quick test.
func timeLine(s string, loc *time.Location) (time.Time, bool) {
	if s == "" || !(textutil.IsDigit(s[0]) || textutil.IsLetter(s[0])) {
		return time.Time{}, false
	}
	sc := dateScanner{s: s}
	d, h, m, ok := sc.dateTime()
	if !ok || !sc.done() {
		return time.Time{}, false
	}
	return time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
}

// EndsWithClock reports whether s can end with a time of day as the
// clock scanner reads it: two digits after ":" or ".", then nothing but an
// am or pm marker, dots and white space. It is a quick test that a
// header's reader runs before trying every place the date may start.
func EndsWithClock(s string) bool {
	j := len(s)
	for j > 0 && !textutil.IsDigit(s[j-1]) {
		switch c := s[j-1]; {
		case c == ' ', c >= '\t' && c <= '\r', c == '.', c|0x20 == 'a', c|0x20 == 'p', c|0x20 == 'm', c|0x20 == 'u', c|0x20 == 'h', c|0x20 == 'r', c >= utf8.RuneSelf:
			j--
		default:
			return false
		}
	}
	return j >= 3 && textutil.IsDigit(s[j-1]) && textutil.IsDigit(s[j-2]) && (s[j-3] == ':' || s[j-3] == '.')
}

// ClockLine reports whether s (trimmed) is a time of day and nothing else,
// such as "7:30 pm" or "19:30", as a template that omits the date prints
// it. It returns the hour and minute.
func ClockLine(s string) (h, m int, ok bool) {
	if s == "" || !textutil.IsDigit(s[0]) {
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

// Stamp is the time a comment header or footer shows: a date and a time of
// day, or one of the two.
type Stamp struct {
	Date     thread.Date
	HasDate  bool
	Hour     int
	Minute   int
	HasClock bool
	// Other is the other reading of a numeric date that reads both ways
	// (7/10/2012), nil for any other date; MonthFirst tells whether Date
	// is the month-first reading. A caller that knows the page's order
	// (its other dates) takes the right one.
	Other      *thread.Date
	MonthFirst bool
}

// Time returns the stamp as a time in loc, taking day when the stamp has
// no date; ok is false when there is neither a date nor a clock, or no day
// for a clock alone. A date without a clock is midnight.
func (st Stamp) Time(day *thread.Date, loc *time.Location) (time.Time, bool) {
	d := st.Date
	if !st.HasDate {
		if day == nil || !st.HasClock {
			return time.Time{}, false
		}
		d = *day
	}
	return time.Date(d.Year, d.Month, d.Day, st.Hour, st.Minute, 0, 0, loc), true
}

// StampAt reads a date with an optional time, or a time alone, from byte
// i of s to its end (white space after it allowed).
func StampAt(s string, i int) (Stamp, bool) {
	sc := dateScanner{s: s, i: i}
	if d, h, m, ok := sc.dateTime(); ok && sc.done() {
		st := Stamp{Date: d, HasDate: true, Hour: h, Minute: m, HasClock: true}
		if sc.swap != nil {
			if d == *sc.swap { // swapped for the 12-hour clock
				st.MonthFirst = true
				st.Other = &thread.Date{Year: d.Year, Month: time.Month(d.Day), Day: int(d.Month)}
			} else {
				st.Other = sc.swap
			}
		}
		return st, true
	}
	sc = dateScanner{s: s, i: i}
	if d, _, ok := sc.date(); ok && sc.done() {
		return Stamp{Date: d, HasDate: true, Other: sc.swap}, true
	}
	sc = dateScanner{s: s, i: i}
	if h, m, ok := sc.clock(); ok && sc.done() {
		return Stamp{Hour: h, Minute: m, HasClock: true}, true
	}
	return Stamp{}, false
}

// DateWord reports whether the word w (ASCII letters) may be a month or
// weekday name or abbreviation, in any case, as a date spelled out starts
// with one: a quick test on its first three letters.
func DateWord(w string) bool {
	if len(w) < 3 || !textutil.IsLetter(w[0]) || !textutil.IsLetter(w[1]) || !textutil.IsLetter(w[2]) {
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
	for w := range names {
		if len(w) >= 3 && textutil.IsLetter(w[0]) && textutil.IsLetter(w[1]) && textutil.IsLetter(w[2]) {
			t[prefixCode(w)] = true
		}
	}
	return
}()

// The joining words of the languages' dates, lower case, longest first.
var (
	dateWords = lang.Words(func(l *lang.Language) []string { return l.DateWords }, func(w string) bool { return !strings.HasSuffix(w, ".") })
	yearMarks = lang.Words(func(l *lang.Language) []string { return l.DateWords }, func(w string) bool { return strings.HasSuffix(w, ".") })
	atWords   = lang.Words(func(l *lang.Language) []string { return l.At }, nil)
	meridiems = [2][]string{
		lang.Words(func(l *lang.Language) []string { return l.Meridiem[0] }, longMeridiem),
		lang.Words(func(l *lang.Language) []string { return l.Meridiem[1] }, longMeridiem),
	}
)

// longMeridiem keeps the meridiem spellings that meridiemWord does not
// read by itself (those that do not start with a or p).
func longMeridiem(w string) bool { return w != "" && w[0] != 'a' && w[0] != 'p' }

// DateTimeRest reads a date and a time of day from byte i of s to its end
// (white space after them allowed), as a header that ends a line has them.
func DateTimeRest(s string, i int) (d thread.Date, h, m int, ok bool) {
	sc := dateScanner{s: s, i: i}
	d, h, m, ok = sc.dateTime()
	if !ok || !sc.done() {
		return thread.Date{}, 0, 0, false
	}
	return d, h, m, true
}

// ClockRest reads a time of day from byte i of s, after white space, to
// its end.
func ClockRest(s string, i int) (h, m int, ok bool) {
	sc := dateScanner{s: s, i: i}
	sc.space()
	h, m, ok = sc.clock()
	if !ok || !sc.done() {
		return 0, 0, false
	}
	return h, m, true
}

// SkipSpace returns the offset of the first byte from i of s that does
// not start white space (see textutil.IsSpace), or len(s).
func SkipSpace(s string, i int) int {
	sc := dateScanner{s: s, i: i}
	sc.space()
	return sc.i
}

// WeekdayName reports whether w is the name of a weekday in a language of
// package lang, in any case.
func WeekdayName(w string) bool {
	_, weekday, ok := dateName(w)
	return ok && weekday
}

// AtWords returns the words that join a date and its time of day in the
// languages of package lang ("at", "um", "a las"), folded, longest first.
func AtWords() []string { return slices.Clone(atWords) }
