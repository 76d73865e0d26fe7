package enrich

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/thread"
)

// sign gives a node without an author the author its signature names.
//
// A node whose header names no one (Anonymous, Unknown) keeps that author,
// but a signature in its text still names it for mentions ("Old Salt, the
// club keeps a log").
func (e *postEnricher) sign(ni *nodeInfo) {
	n := ni.n
	if n.Author != "" && n.AuthorSource != thread.SourceSignature {
		if _, anon := lang.LookupFold(anonNames, n.Author); anon {
			if name, start, end, ok := e.scratch.signature(n.Body, ni.passages); ok {
				ni.alias, ni.sigStart, ni.sigEnd = name, start, end
			}
		}
		return
	}
	name, start, end, ok := e.scratch.signature(n.Body, ni.passages)
	if !ok {
		if n.AuthorSource == thread.SourceSignature {
			n.Author, n.AuthorSource = "", ""
		}
		return
	}
	n.Author, n.AuthorSource = name, thread.SourceSignature
	ni.sigStart, ni.sigEnd = start, end
}

// Signature returns the name a comment's text is signed with, by the rules
// in the package documentation, or false when it is not signed.
func Signature(body string) (string, bool) {
	var sc scratch
	name, _, _, ok := sc.signature(body, findPassages(body))
	return name, ok
}

// mayBeSigned is a quick test for signature: a body can be signed only
// when its last non-blank line can end with a name (see endsLikeName), or
// a line starts with a sign-off mark (or with a character beyond ASCII,
// which the test does not look into).
func mayBeSigned(body string) bool {
	t := textutil.TrimSpace(body)
	if t == "" {
		return false
	}
	if endsLikeName(t) { // it reads only the end of the last line
		return true
	}
	for i := 0; i < len(t); {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if i < len(t) {
			switch c := t[i]; {
			case c == '\'', c == '-', c == '~', c >= utf8.RuneSelf:
				return true
			}
		}
		j := strings.IndexByte(t[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// scratch holds buffers that signature reuses from node to node.
type scratch struct {
	lines  []bodyLine
	idx    []int
	quoted []bool
}

// signature finds the signature of body and its byte range, using the
// buffers of sc.
func (sc *scratch) signature(body string, ps []passage) (name string, start, end int, ok bool) {
	if !mayBeSigned(body) {
		return "", 0, 0, false
	}
	return sc.readSignature(body, ps)
}

// readSignature is signature without the quick test.
func (sc *scratch) readSignature(body string, ps []passage) (name string, start, end int, ok bool) {
	lines := splitBody(sc.lines, body)
	sc.lines = lines
	idx := sc.idx[:0] // non-blank lines
	for i, l := range lines {
		if l.text != "" {
			idx = append(idx, i)
		}
	}
	sc.idx = idx
	if len(idx) == 0 {
		return "", 0, 0, false
	}
	// quoted[i]: line i is inside a passage or is a passage's lead-in;
	// firstOwn: the first non-blank line that is neither.
	quoted := slices.Grow(sc.quoted[:0], len(lines))[:len(lines)]
	clear(quoted)
	sc.quoted = quoted
	for _, p := range ps {
		for i := sort.Search(len(lines), func(i int) bool { return lines[i].off+len(lines[i].text) > p.open }); i < len(lines) && lines[i].off < p.end; i++ {
			quoted[i] = true
		}
		if p.leadAt >= 0 {
			if i := sort.Search(len(lines), func(i int) bool { return lines[i].off >= p.leadAt }); i < len(lines) {
				quoted[i] = true
			}
		}
	}
	firstOwn := len(lines)
	for _, i := range idx {
		if !quoted[i] {
			firstOwn = i
			break
		}
	}
	// ownBefore reports whether the node has text of its own (not quoted,
	// not a lead-in) on a non-blank line before line k.
	ownBefore := func(k int) bool { return firstOwn < k }
	lastI := idx[len(idx)-1]
	last := lines[lastI]
	if !quoted[lastI] && endsLikeName(last.text) {
		if len(idx) >= 2 {
			if nm, ok := nameLine(last.text); ok && ownBefore(lastI) {
				return nm, last.off, last.off + len(last.text), true
			}
			prevI := idx[len(idx)-2]
			if isClosing(lines[prevI].text) && !quoted[prevI] {
				if nm, ok := nameWords(last.text, afterClosing); ok {
					return nm, lines[prevI].off, last.off + len(last.text), true
				}
			}
		}
		if nm, at, ok := closingName(last.text); ok && (at > 0 || len(idx) >= 2) {
			return nm, last.off + at, last.off + len(last.text), true
		}
		if nm, at, ok := tailName(last.text); ok {
			return nm, last.off + at, last.off + len(last.text), true
		}
	}
	// A line marked as a sign-off, followed by text the dump glued on.
	for k := len(idx) - 2; k >= 1; k-- {
		l := lines[idx[k]]
		if quoted[idx[k]] || !marked(l.text) {
			continue
		}
		if nm, ok := nameLine(l.text); ok && ownBefore(idx[k]) {
			return nm, l.off, l.off + len(l.text), true
		}
	}
	return "", 0, 0, false
}

// signMarks are the characters that can mark a sign-off: 'Name, -Name,
// ~Name.
const signMarks = "'’‘-–—~"

// marked reports whether s starts with a sign-off mark followed by a name.
func marked(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(signMarks, r) {
		return false
	}
	rest := strings.TrimLeft(s[n:], " ")
	if r == '\'' || r == '’' || r == '‘' {
		rest = s[n:] // an apostrophe is glued to the name
	}
	c, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(c)
}

// nameLine reads a line that is a name and nothing else, marked or not.
func nameLine(s string) (string, bool) {
	if marked(s) {
		_, n := utf8.DecodeRuneInString(s)
		return nameWords(textutil.TrimSpace(s[n:]), signed)
	}
	return nameWords(s, unmarked)
}

// How sure the context makes a name: a bare line must look like a name; a
// sign-off mark or a closing word on the same line makes a common word a
// pseudonym; a name on the line after "Yours," may be in lower case.
const (
	unmarked = iota
	signed
	afterClosing
)

// maxNameBytes is the longest signature, in bytes.
const maxNameBytes = 60

// nameWords reads one to three words that make a name, as sure as the
// context allows. A single unmarked word in capitals must have a vowel and
// three letters (so HMPPS is an acronym, not a name); a single capitalised
// one must not be a common English word (words.txt) or end like one.
func nameWords(s string, sure int) (string, bool) {
	s = textutil.TrimSpace(s)
	if s == "" || len(s) > maxNameBytes || strings.Contains(s, "://") || containsFold(s, "www.") {
		return "", false
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r), r == ' ', r == '\'', r == '’', r == '-', r == '.':
		default:
			return "", false
		}
	}
	words := strings.Fields(s)
	if len(words) > 3 {
		return "", false
	}
	if strings.HasSuffix(s, ".") && !isInitial(words[len(words)-1]) {
		return "", false
	}
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".'’-"))
		if lw == "" {
			return "", false
		}
		if particles[lw] && i > 0 && i < len(words)-1 {
			continue
		}
		if functionWords[lw] {
			return "", false
		}
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) && sure != afterClosing {
			return "", false
		}
	}
	if len(words) == 1 {
		w := strings.Trim(words[0], ".'’-")
		lw := strings.ToLower(w)
		if notNames[lw] {
			return "", false
		}
		if sure == unmarked {
			if isAllCaps(w) {
				if utf8.RuneCountInString(w) < 3 || !hasVowel(lw) || commonSuffix(lw) {
					return "", false
				}
			} else if !anonNames[lw] && (commonSuffix(lw) || isCommonWord(lw)) {
				return "", false
			}
		}
	} else if sure == unmarked {
		for _, w := range words {
			if notNames[strings.ToLower(strings.Trim(w, ".'’-"))] {
				return "", false
			}
		}
	}
	return s, true
}

// endsLikeName reports whether s can end with a name as nameWords reads
// it: a letter, an apostrophe or hyphen, or the period of an initial
// ("J."). Every sign-off of a node's last line ends the line, so a line
// that ends otherwise ("... as I said.") needs no closer look.
func endsLikeName(s string) bool {
	s = textutil.TrimSpace(s)
	r, n := utf8.DecodeLastRuneInString(s)
	switch {
	case unicode.IsLetter(r), r == '\'', r == '’', r == '-':
		return true
	case r != '.':
		return false
	}
	// An initial: a capital before the period, and no letter before it
	// (the rules cut a name after a space, mark or punctuation).
	w := s[:len(s)-n]
	r, n = utf8.DecodeLastRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	r, _ = utf8.DecodeLastRuneInString(w[:len(w)-n])
	return !unicode.IsLetter(r)
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[n:] == "."
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func hasVowel(lw string) bool { return strings.ContainsAny(lw, "aeiouy") }

// commonSuffix reports whether a single capitalised word ends like an
// English adjective, adverb or abstract noun rather than a name.
func commonSuffix(lw string) bool {
	for _, suf := range []string{"ing", "ed", "ly", "ful", "ous", "ness", "less", "able", "ible", "tion", "ment", "ive", "ish"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// closings are the words that close a letter before the writer's name,
// longest first.
var closings = []string{
	"yours sincerely", "yours faithfully", "yours truly", "kind regards", "best regards",
	"warm regards", "best wishes", "many thanks", "all the best", "yours", "regards",
	"cheers", "thanks", "respectfully", "sincerely", "signed",
}

// isClosing reports whether s is a closing word alone ("Yours," "Regards").
func isClosing(s string) bool {
	t := strings.TrimRight(s, " ,.!-–—:")
	if len(t) > len("yours faithfully") {
		return false
	}
	t = strings.ToLower(t)
	for _, c := range closings {
		if t == c {
			return true
		}
	}
	return false
}

// closingName finds a closing word followed by a name that ends s ("Yours,
// BIONIC", "... so there, yours BIONIC"). at is where the closing starts.
func closingName(s string) (name string, at int, ok bool) {
	// A closing word and a name fit in the line's last bytes.
	base := 0
	if len(s) > 120 {
		base = len(s) - 120
		for base < len(s) && !utf8.RuneStart(s[base]) {
			base++
		}
		s = s[base:]
		defer func() { at += base }()
	}
	// The words that can start a closing, last first; ASCII lower case
	// keeps the offsets of s.
	var starts []int
	for i := 0; i < len(s); {
		for i < len(s) && !textutil.IsLetter(s[i]) {
			i++
		}
		j := i
		for j < len(s) && textutil.IsLetter(s[j]) {
			j++
		}
		if j-i >= 3 && mayClose(s[i:j]) && (i == 0 || s[i-1] < utf8.RuneSelf) {
			starts = append(starts, i)
		}
		i = j
	}
	for k := len(starts) - 1; k >= 0; k-- {
		i := starts[k]
		for _, c := range closings {
			if !textutil.HasPrefixFold(s[i:], c) {
				continue
			}
			rest := s[i+len(c):]
			trimmed := strings.TrimLeft(rest, " ,.!-–—:")
			if len(trimmed) == len(rest) && rest != "" {
				continue // "yoursBIONIC" or "thanksgiving"
			}
			if nm, ok := nameWords(trimmed, signed); ok && nameCased(nm) {
				return nm, i, true
			}
		}
	}
	return "", 0, false
}

// mayClose reports whether the ASCII word w is the first word of a
// closing, in any case.
func mayClose(w string) bool {
	c := w[0] | 0x20
	if c < 'a' || c > 'z' || len(w) >= 32 || closingShape[c-'a']&(1<<len(w)) == 0 {
		return false
	}
	_, ok := lang.LookupFold(closingFirst, w)
	return ok
}

// closingShape has bit n of entry c set when a closing's first word has n
// letters and starts with letter c: a quick test before the map.
var closingShape = func() (t [26]uint32) {
	for w := range closingFirst {
		t[w[0]-'a'] |= 1 << len(w)
	}
	return
}()

// closingFirst are the first words of the closings.
var closingFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range closings {
		m[strings.Fields(c)[0]] = true
	}
	return m
}()

// nameCased reports whether every word of a name after a closing word is
// capitalised, so that "thanks for this" is not a signature.
func nameCased(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// tailName finds a sign-off that ends a line of text: after a dash or tilde
// that follows a sentence (". - Pearly Gates"), or after the last sentence
// when it is unmistakably a name: marked, or one word in capitals ("... I'll
// take that. 'Getafix", "... that's all. BIONIC"); a closing word and a name
// are closingName's.
func tailName(s string) (name string, at int, ok bool) {
	// A sign-off fits in the line's last bytes.
	base := 0
	if len(s) > 160 {
		base = len(s) - 160
		for base < len(s) && !utf8.RuneStart(s[base]) {
			base++
		}
		s = s[base:]
		defer func() {
			if ok {
				at += base
			}
		}()
	}
	// After a dash or tilde set off by a space (" - ", " – ", " — ", " ~"),
	// the last three of them.
	tries := 0
	solid := 0 // ASCII bytes other than space after i: a name has at most maxNameBytes
	for i := len(s) - 2; i > 0 && tries < 3 && solid <= maxNameBytes; i-- {
		if c := s[i+1]; c > ' ' && c < utf8.RuneSelf {
			solid++
		}
		if s[i] != ' ' {
			continue
		}
		m := 0 // the mark's length
		switch {
		case s[i+1] == '-' || s[i+1] == '~':
			m = 1
		case strings.HasPrefix(s[i+1:], "–") || strings.HasPrefix(s[i+1:], "—"):
			m = 3
		default:
			continue
		}
		tries++
		tail := textutil.TrimSpace(s[i+1+m:])
		if tail == "" || !endsSentence(s[:i]) && !strings.HasSuffix(strings.TrimSpace(s[:i]), ",") {
			continue
		}
		if nm, ok := nameWords(tail, unmarked); ok {
			return nm, i + 1, true
		}
	}
	// After the last sentence.
	end := -1
	for i := len(s) - 2; i > 0; i-- {
		if s[i] == ' ' && (s[i-1] == '.' || s[i-1] == '!' || s[i-1] == '?') {
			end = i
			break
		}
	}
	if end > 0 {
		tail := textutil.TrimSpace(s[end:])
		if marked(tail) {
			if nm, ok := nameLine(tail); ok {
				return nm, end + 1, true
			}
			return "", 0, false
		}
		// A closing word in the tail: signature tried closingName on the
		// whole line already.
		if nm, ok := nameWords(tail, unmarked); ok && len(strings.Fields(nm)) == 1 && isAllCaps(nm) {
			return nm, end + 1, true
		}
	}
	// A name glued to an apostrophe after the text: "... the lot 'Getafix".
	if i := max(strings.LastIndexByte(s, '\''), lastRightQuote(s)); i > 0 && s[i-1] == ' ' {
		if nm, ok := nameLine(s[i:]); ok && marked(s[i:]) {
			return nm, i, true
		}
	}
	return "", 0, false
}

// functionWords never appear in a signed name.
var functionWords = wordSet(`a an the and or but nor so yet if then than that this these those
i me my mine we us our you your he him his she her it its they them their
is am are was were be been being do does did done have has had will would shall should can could may might must
not no yes of in on at to for from by with about as into onto upon over under up down out off
what why how when where who whom which there here all any some every each both either neither
very too just only also even still again ever never always`)

// notNames are words that end a comment as a sentence of one or a few
// words ("Agreed", "Shocking", "Well said") rather than as a name.
var notNames = wordSet(`agreed agree exactly indeed absolutely totally quite true correct right wrong
yes yeah yep no nope nah ok okay fine well good great brilliant excellent superb spot bravo
thanks thank cheers regards best wishes love sincerely respectfully signed ta
shameful shocking disgraceful disgrace shame sad sadly pathetic appalling awful terrible
nonsense rubbish rot tosh bollocks crap garbage drivel
wow oh ah aha hmm hmmm er erm um lol lmao rofl omg ffs wtf smh imho imo fyi btw
rip vote amen hear please sorry help stop enough why what how who when where whatever
happy merry hello hi hey dear everyone anyone someone nobody all
nice lovely sure maybe perhaps probably definitely certainly clearly obviously
again also more less much many few same other another next last first final
done over gone ended finished continued part update edit ps pps nb
today tomorrow yesterday now soon later never always sometimes
mate folks guys people colleagues friends comrades
god bless jesus christ heavens`)

// particles may stand inside a name in lower case ("Mother of Dragons" is
// not one, but "Ludwig van Beethoven" is).
var particles = wordSet(`van von der de da di du la le del dos das bin ibn`)

// anonNames are the names of commenters who give none; they sign with them
// and may be cited by them.
var anonNames = wordSet(`anonymous anon unknown`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// containsFold reports whether s contains sub, ignoring the case of ASCII
// letters; sub is in lower case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if textutil.HasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

// lastRightQuote is strings.LastIndex(s, "’") without the general search.
func lastRightQuote(s string) int {
	for j := len(s); ; {
		i := strings.LastIndexByte(s[:j], 0x99) // the last byte of "’"
		if i < 2 {
			return -1
		}
		if s[i-2] == 0xE2 && s[i-1] == 0x80 {
			return i - 2
		}
		j = i
	}
}
