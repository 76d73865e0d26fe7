// Package header reads the lines of Blogger's templates that name a
// comment's author and time: the headers ("Jane Doe 28 October 2022 at
// 19:30", "AnonymousSunday, January 24, 2016"), the classic "Name
// said..." (in every language of package lang), the footers of 2004 to
// 2006 ("# posted by Jane : 11:58 AM") and the posts' bylines ("Posted by
// NAME at 07:00"), and whether a name is plausible as an author's. The
// dates and times in them are package when's.
package header

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

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
	if !when.EndsWithClock(s) || len(s) < 8 || !textutil.IsDigit(s[len(s)-1]) && s[len(s)-1]|0x20 != 'm' {
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
		if _, _, _, ok := when.DateTimeRest(s, p); !ok {
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
	d, h, m, ok := when.DateTimeRest(s, p)
	if !ok {
		return "", time.Time{}, false
	}
	return textutil.TrimSpace(s[:gluedWeekday(s, p)]), time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc), true
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
	t, end, ok := when.DateTimeAt(name, when.SkipSpace(name, 3), loc)
	if !ok {
		return "", time.Time{}, false
	}
	if end < len(name) && name[end] == ',' {
		end++
	}
	rest := trimProfileIcon(textutil.TrimSpace(name[end:]))
	if !PlausibleAuthor(rest) {
		return "", time.Time{}, false
	}
	return rest, t, true
}

// StampLine reads a line that is only a comment's time as the newer
// templates print it under the author's name: a date with an optional time
// of day ("January 24, 2016 at 10:23 AM", "6. Juni 2015 um 10:23"), in any
// language, with html2text's underscores.
func StampLine(s string) (when.Stamp, bool) {
	s = Deunderscore(s)
	if s == "" || len(s) > 80 {
		return when.Stamp{}, false
	}
	st, ok := when.StampAt(s, 0)
	return st, ok && st.HasDate
}

// GluedHeader reads a comment header whose time may be a date alone, as
// the threaded templates print the author's name and the permalink's date
// one after the other: "AnonymousSunday, January 24, 2016", "Sana6. Juni
// 2015 um 10:23", "Ana Ruiz4 de febrero de 2016, 6:48". html2text joins
// the words of links with "_" ("mcSunday,_January_24,_2016"): such a line
// is read with spaces. It is for the line that must be a header by its
// place (after a list number or an avatar), not for any line.
func GluedHeader(s string) (author string, st when.Stamp, ok bool) {
	s = Deunderscore(s)
	if len(s) < 6 || len(s) > 200 || !textutil.IsDigit(s[len(s)-1]) && !strings.HasSuffix(s, ".") && !when.EndsWithClock(s) {
		return "", when.Stamp{}, false
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
		st, ok := when.StampAt(s, p)
		if !ok || !st.HasDate {
			continue
		}
		p = gluedWeekday(s, p)
		author = textutil.TrimSpace(s[:p])
		if !PlausibleAuthor(author) || endsSentence(author) {
			return "", when.Stamp{}, false
		}
		return author, st, true
	}
	return "", when.Stamp{}, false
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
		if when.WeekdayName(s[k:end]) {
			return k
		}
	}
	return p
}

// Footer reads a comment's footer as the templates of 2004 to 2006 print
// it after the text: "By Jane, at 1:53 PM", "# posted by Jane : 11:58 AM",
// "posted by Jane at 1:02 PM", with a time of day or a date and time.
func Footer(s string) (author string, st when.Stamp, ok bool) {
	s = Deunderscore(strings.TrimLeft(s, "#*•-–— \t"))
	var rest string
	switch {
	case textutil.HasPrefixFold(s, "by "):
		rest = s[3:]
	case textutil.HasPrefixFold(s, "posted by "):
		rest = s[10:]
	default:
		return "", when.Stamp{}, false
	}
	if len(rest) > 200 || !when.EndsWithClock(textutil.TrimRightSpace(rest)) {
		return "", when.Stamp{}, false
	}
	for _, sep := range [...]string{", at ", " at ", " : ", " @ ", ", "} {
		i := strings.LastIndex(rest, sep)
		if i <= 0 {
			continue
		}
		st, ok := when.StampAt(rest, i+len(sep))
		if !ok {
			continue
		}
		author = textutil.TrimSpace(rest[:i])
		if !PlausibleAuthor(author) {
			return "", when.Stamp{}, false
		}
		return author, st, true
	}
	return "", when.Stamp{}, false
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
		if h, m, ok := when.ClockRest(rest, i+len(at)); ok {
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
var bylinePrefixes = lang.Words(func(l *lang.Language) []string { return l.PostedBy }, nil)

// bylineAt are the words before a byline's time: " at " and the others.
var bylineAt = func() []string {
	out := []string{" at "}
	for _, w := range when.AtWords() {
		if w != "at" {
			out = append(out, " "+w+" ")
		}
	}
	return out
}()
