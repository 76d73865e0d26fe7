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
	if !endsWithClock(trimRightSpace(s)) {
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
	if !endsWithClock(s) || len(s) < 8 || !textutil.IsDigit(s[len(s)-1]) && s[len(s)-1]|0x20 != 'm' {
		return 0, false
	}
	limit := min(len(s), maxAuthorBytes+1)
	for p := 1; p < limit; p++ {
		c := s[p]
		digitStart := textutil.IsDigit(c) && !textutil.IsDigit(s[p-1])
		wordStart := 'A' <= c && c <= 'Z'
		if !digitStart && !wordStart {
			continue
		}
		sc := dateScanner{s: s, i: p}
		if _, _, _, ok := sc.dateTime(); !ok || !sc.done() {
			continue
		}
		return p, PlausibleAuthor(textutil.TrimSpace(s[:p]))
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
	return textutil.TrimSpace(s[:gluedWeekday(s, p)]), time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
}

// trimRightSpace returns s without trailing IsSpace characters (see
// textutil.IsSpace), as the scanner's done() skips them.
func trimRightSpace(s string) string {
	if s != "" && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimRightFunc(s, textutil.IsSpace)
}

// endsWithClock reports whether s can end with a time of day as the
// clock scanner reads it: two digits after ":" or ".", then nothing but an
// am or pm marker, dots and white space. It is a quick test that Header
// runs before trying every place the date may start.
func endsWithClock(s string) bool {
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
		if len(a) >= len(w) && textutil.HasPrefixFold(a[len(a)-len(w):], w) {
			return false
		}
	}
	return true
}

// fieldsMoreThan reports whether a has more than n fields, as
// strings.Fields splits it.
func fieldsMoreThan(a string, n int) bool { return textutil.CountFields(a, n+1) > n }

// Said reads the classic template's "Name said..." header in any
// language of package lang ("Jane hat gesagt…", "Ana dijo...").
func Said(s string) (string, bool) {
	name, _, ok := SaidLang(s)
	return name, ok
}

// SaidLang is Said that also returns the languages whose header it is.
func SaidLang(s string) (string, lang.Set, bool) {
	name, langs, ok := lang.Said(s)
	if !ok {
		return "", 0, false
	}
	name = trimProfileIcon(textutil.TrimSpace(name))
	if !PlausibleAuthor(name) {
		return "", 0, false
	}
	return name, langs, true
}

// profileIcons are the alt texts of the little icon the templates of 2004
// to 2006 print before a commenter's name: "Blogger Jane said...",
// "Anonymous Anonymous said...".
var profileIcons = []string{"Blogger", "Anonymous", "OpenID"}

// trimProfileIcon takes a profile icon's alt text off the front of a name
// ("Blogger Jane" is Jane, "[Anonymous] Anonymous" is Anonymous), where a
// name follows it.
func trimProfileIcon(name string) string {
	if strings.HasPrefix(name, "[") {
		if i := strings.IndexByte(name, ']'); i > 0 && i < 40 {
			if rest := textutil.TrimSpace(name[i+1:]); rest != "" {
				return rest
			}
		}
	}
	for _, icon := range profileIcons {
		if len(name) > len(icon)+1 && strings.HasPrefix(name, icon) && textutil.IsSpace(rune(name[len(icon)])) {
			return textutil.TrimSpace(name[len(icon):])
		}
	}
	return name
}

// SaidAt reads the said-header of the templates of 2004 and 2005 that put
// the time first: "At 4/19/2005 07:14:49 PM, Anonymous said...". It
// returns the name and the time in loc.
func SaidAt(s string, loc *time.Location) (string, time.Time, bool) {
	if len(s) < 12 || !textutil.HasPrefixFold(s, "at ") {
		return "", time.Time{}, false
	}
	s = Deunderscore(s)
	name, _, ok := lang.Said(s) // the name is checked after the date
	if !ok {
		return "", time.Time{}, false
	}
	sc := dateScanner{s: name, i: 3}
	sc.space()
	d, h, m, ok := sc.dateTime()
	if !ok {
		return "", time.Time{}, false
	}
	sc.lit(',')
	rest := trimProfileIcon(textutil.TrimSpace(name[sc.i:]))
	if !PlausibleAuthor(rest) {
		return "", time.Time{}, false
	}
	return rest, time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
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

// StampLine reads a line that is only a comment's time as the newer
// templates print it under the author's name: a date with an optional time
// of day ("January 24, 2016 at 10:23 AM", "6. Juni 2015 um 10:23"), in any
// language, with html2text's underscores.
func StampLine(s string) (Stamp, bool) {
	s = Deunderscore(s)
	if s == "" || len(s) > 80 {
		return Stamp{}, false
	}
	st, ok := stampAt(s, 0)
	return st, ok && st.HasDate
}

// stampAt reads a date with an optional time, or a time alone, from byte
// i of s to its end.
func stampAt(s string, i int) (Stamp, bool) {
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

// GluedHeader reads a comment header whose time may be a date alone, as
// the threaded templates print the author's name and the permalink's date
// one after the other: "AnonymousSunday, January 24, 2016", "Sana6. Juni
// 2015 um 10:23", "Ana Ruiz4 de febrero de 2016, 6:48". html2text joins
// the words of links with "_" ("mcSunday,_January_24,_2016"): such a line
// is read with spaces. It is for the line that must be a header by its
// place (after a list number or an avatar), not for any line.
func GluedHeader(s string) (author string, st Stamp, ok bool) {
	s = Deunderscore(s)
	if len(s) < 6 || len(s) > 200 || !textutil.IsDigit(s[len(s)-1]) && !strings.HasSuffix(s, ".") && !endsWithClock(s) {
		return "", Stamp{}, false
	}
	limit := min(len(s), maxAuthorBytes+1)
	for p := 1; p < limit; p++ {
		c := s[p]
		prev := s[p-1]
		switch {
		case textutil.IsDigit(c) && !textutil.IsDigit(prev):
		case 'A' <= c && c <= 'Z':
		case c >= utf8.RuneSelf && utf8.RuneStart(c):
			if r, _ := utf8.DecodeRuneInString(s[p:]); !unicode.IsUpper(r) {
				continue
			}
		default:
			continue
		}
		st, ok := stampAt(s, p)
		if !ok || !st.HasDate {
			continue
		}
		p = gluedWeekday(s, p)
		author = textutil.TrimSpace(s[:p])
		if !PlausibleAuthor(author) || endsSentence(author) {
			return "", Stamp{}, false
		}
		return author, st, true
	}
	return "", Stamp{}, false
}

// endsSentence reports whether s ends as a sentence does, not a name: a
// last word of small letters before a full stop, "!" or "?" ("I think
// so."), where a name ends in an initial or a title ("Jane D.").
func endsSentence(s string) bool {
	if s == "" || !strings.ContainsRune(".!?", rune(s[len(s)-1])) || strings.HasSuffix(s, "...") {
		return false // "Someone said..." is a name someone chose
	}
	w := strings.TrimRight(s, ".!?")
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	} else {
		return false
	}
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Deunderscore undoes what html2text does to the words of a link, which it
// joins with "_" ("October_29,_2012_1:24_PM"): when s has underscores but
// no spaces, or an underscore right before a digit or an am/pm, it returns
// s with spaces for underscores; otherwise s itself.
func Deunderscore(s string) string {
	i := strings.IndexByte(s, '_')
	if i < 0 {
		return s
	}
	if strings.IndexByte(s, ' ') >= 0 {
		glued := false
		for j := i; j >= 0 && j+1 < len(s); {
			if c := s[j+1]; textutil.IsDigit(c) || (c|0x20 == 'a' || c|0x20 == 'p') && j+2 < len(s) && s[j+2]|0x20 == 'm' {
				glued = true
				break
			}
			k := strings.IndexByte(s[j+1:], '_')
			if k < 0 {
				break
			}
			j += k + 1
		}
		if !glued {
			return s
		}
	}
	return strings.ReplaceAll(s, "_", " ")
}

// gluedWeekday returns where a weekday in lower case ends the text before
// byte p of s ("Annemercredi 10 mai 2017": the date starts at "mercredi"),
// or p.
func gluedWeekday(s string, p int) int {
	end := p
	for end > 0 && (s[end-1] == ' ' || s[end-1] == ',') {
		end--
	}
	for k := max(1, end-16); k < end; k++ {
		if !utf8.RuneStart(s[k]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsLower(r) || utf8.RuneCountInString(s[k:end]) < 4 {
			continue // a full name: "Anônimo" does not end in German "mo"
		}
		if _, weekday, ok := dateName(s[k:end]); ok && weekday {
			return k
		}
	}
	return p
}

// Footer reads a comment's footer as the templates of 2004 to 2006 print
// it after the text: "By Jane, at 1:53 PM", "# posted by Jane : 11:58 AM",
// "posted by Jane at 1:02 PM", with a time of day or a date and time.
func Footer(s string) (author string, st Stamp, ok bool) {
	s = Deunderscore(strings.TrimLeft(s, "#*•-–— \t"))
	var rest string
	switch {
	case textutil.HasPrefixFold(s, "by "):
		rest = s[3:]
	case textutil.HasPrefixFold(s, "posted by "):
		rest = s[10:]
	default:
		return "", Stamp{}, false
	}
	if len(rest) > 200 || !endsWithClock(trimRightSpace(rest)) {
		return "", Stamp{}, false
	}
	for _, sep := range [...]string{", at ", " at ", " : ", " @ ", ", "} {
		i := strings.LastIndex(rest, sep)
		if i <= 0 {
			continue
		}
		st, ok := stampAt(rest, i+len(sep))
		if !ok {
			continue
		}
		author = textutil.TrimSpace(rest[:i])
		if !PlausibleAuthor(author) {
			return "", Stamp{}, false
		}
		return author, st, true
	}
	return "", Stamp{}, false
}

// Byline reads "Posted by NAME at 07:00" (the time optional), in any
// language of package lang ("Eingestellt von NAME um 07:00").
func Byline(s string, day *thread.Date, loc *time.Location) (author string, t *time.Time, ok bool) {
	rest, ok := BylineRest(s)
	if !ok {
		return "", nil, false
	}
	rest = strings.TrimRight(Deunderscore(rest), "●•· \t")
	for strings.HasSuffix(rest, "]") { // an icon: "[icon18_edit_allbkg.gif]"
		i := strings.LastIndexByte(rest, '[')
		if i < 0 {
			break
		}
		rest = strings.TrimRight(rest[:i], "●•· \t")
	}
	for _, at := range bylineAt {
		i := strings.LastIndex(rest, at)
		if i < 0 {
			continue
		}
		sc := dateScanner{s: rest, i: i + len(at)}
		sc.space()
		if h, m, ok := sc.clock(); ok && sc.done() {
			author = textutil.TrimSpace(rest[:i])
			if day != nil {
				tt := time.Date(day.Year, day.Month, day.Day, h, m, 0, 0, loc)
				t = &tt
			}
			return author, t, author != ""
		}
	}
	author = textutil.TrimSpace(rest)
	return author, nil, author != "" && PlausibleAuthor(author)
}

// BylineRest reports whether s starts with a byline's prefix ("Posted
// by", "Publicado por") and returns what follows it.
func BylineRest(s string) (string, bool) {
	if len(s) < 8 {
		return "", false
	}
	c := s[0] | 0x20 // the prefixes' first letters, in either case
	if c < utf8.RuneSelf && !bylineFirst[c] {
		return "", false
	}
	for _, p := range bylinePrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && s[len(p)] == ' ' {
			return s[len(p)+1:], true
		}
	}
	return "", false
}

// bylineFirst marks the first bytes of bylinePrefixes, folded by |0x20.
var bylineFirst = func() (t [256]bool) {
	for _, p := range bylinePrefixes {
		t[p[0]|0x20] = true
		if p[0] >= utf8.RuneSelf {
			t[p[0]] = true
		}
	}
	return
}()

// bylinePrefixes are the bylines' prefixes of every language.
var bylinePrefixes = joiners(func(l *lang.Language) []string { return l.PostedBy }, nil)

// bylineAt are the words before a byline's time: " at " and the others.
var bylineAt = func() []string {
	out := []string{" at "}
	for _, w := range atWords {
		if w != "at" {
			out = append(out, " "+w+" ")
		}
	}
	return out
}()

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
	dateWords = joiners(func(l *lang.Language) []string { return l.DateWords }, func(w string) bool { return !strings.HasSuffix(w, ".") })
	yearMarks = joiners(func(l *lang.Language) []string { return l.DateWords }, func(w string) bool { return strings.HasSuffix(w, ".") })
	atWords   = joiners(func(l *lang.Language) []string { return l.At }, nil)
	meridiems = [2][]string{
		joiners(func(l *lang.Language) []string { return l.Meridiem[0] }, longMeridiem),
		joiners(func(l *lang.Language) []string { return l.Meridiem[1] }, longMeridiem),
	}
)

// longMeridiem keeps the meridiem spellings that meridiemWord does not
// read by itself (those that do not start with a or p).
func longMeridiem(w string) bool { return w != "" && w[0] != 'a' && w[0] != 'p' }

// joiners collects the words pick gives of every language that keep
// accepts (all when keep is nil), folded, longest first.
func joiners(pick func(*lang.Language) []string, keep func(string) bool) []string {
	var out []string
	for _, e := range lang.FoldedStrings(pick) {
		if keep == nil || keep(e.Text) {
			out = append(out, e.Text)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
