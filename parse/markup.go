package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/lang"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/thread"
)

// action is one of the action links Blogger prints under comments.
type action uint8

const (
	actNone        action = iota
	actReplyDelete        // ReplyDelete: closes a top-level comment (owner's copy)
	actReply              // Reply: closes a top-level comment (reader's copy) or a thread
	actDelete             // Delete: closes a reply (owner's copy)
	actReplies            // Replies: opens a thread
	actReplyDeleteReplies
	actDeleteReply
)

// actReplyOrReplies is a word that is both the Reply link and the
// Replies heading in its language (German "Antworten"): it opens the
// thread of a comment, and after a reply it closes the thread.
const actReplyOrReplies action = actDeleteReply + 1

// actionEntry is an action link as some languages spell it.
type actionEntry struct {
	text  string
	act   action
	langs lang.Set
}

// actionTexts maps every spelling of every action, and the glued pairs
// and triples Blogger's markup leaves ("ReplyDelete"), to its action.
var actionTexts, actionsByFirst, actionLen = func() (map[string]actionEntry, [256][]actionEntry, [2]int) {
	m := map[string]actionEntry{}
	add := func(text string, act action, langs lang.Set) {
		if e, ok := m[text]; ok {
			if e.act != act {
				if (e.act == actReply || e.act == actReplies || e.act == actReplyOrReplies) && (act == actReply || act == actReplies) {
					act = actReplyOrReplies
				} else {
					act = e.act // the first language's meaning stands
				}
			}
			langs |= e.langs // "Responder" is Spanish and Portuguese
		}
		m[text] = actionEntry{text, act, langs}
	}
	for i := range lang.Languages {
		l := &lang.Languages[i]
		set := lang.Set(1) << i
		for _, r := range l.Reply {
			add(r, actReply, set)
			for _, d := range l.Delete {
				add(r+d, actReplyDelete, set)
				add(d+r, actDeleteReply, set)
				for _, rs := range l.Replies {
					add(r+d+rs, actReplyDeleteReplies, set)
				}
			}
		}
		for _, d := range l.Delete {
			add(d, actDelete, set)
		}
		for _, rs := range l.Replies {
			add(rs, actReplies, set)
		}
	}
	var byFirst [256][]actionEntry
	n := [2]int{1 << 30, 0}
	for _, e := range m {
		byFirst[e.text[0]] = append(byFirst[e.text[0]], e)
		n[0], n[1] = min(n[0], len(e.text)), max(n[1], len(e.text))
	}
	for _, es := range byFirst {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].text) != len(es[j].text) {
				return len(es[i].text) > len(es[j].text)
			}
			return es[i].text < es[j].text
		})
	}
	return m, byFirst, n
}()

// single reports whether a is one action word, not a glued pair.
func (a action) single() bool {
	return a == actReply || a == actDelete || a == actReplies || a == actReplyOrReplies
}

// closesTop reports whether a closes a top-level comment.
func (a action) closesTop() bool { return a == actReplyDelete || a == actReplyDeleteReplies }

// closesReply reports whether a closes a reply.
func (a action) closesReply() bool { return a == actDelete || a == actDeleteReply }

// opensThread reports whether a opens the thread of the comment it
// follows.
func (a action) opensThread() bool {
	return a == actReplies || a == actReplyDeleteReplies || a == actReplyOrReplies
}

// actionLine reads s, the trimmed line l, when it is a whole action link
// (Reply, Delete, Replies, in any language): it takes the line as markup,
// counts its languages, and closes the comment cur (nil before the first)
// with it. The list layouts (numbered, copypaste, classic) all read action
// links so; what follows one is threadAfter's.
func (b *builder) actionLine(l line, s string, cur *pending) (action, bool) {
	act, langs := wholeActionLang(s)
	if act == actNone {
		return actNone, false
	}
	b.markup(l, thread.MarkupAction, s)
	b.vote(langs)
	if cur != nil {
		cur.span.line(l)
		cur.closed = true
	}
	return act, true
}

// threadAfter says whether the comments after the action link act, which
// closes cur, are replies in a thread (inThread: whether they were before
// it). Replies and "Reply Delete Replies" open a thread; a Delete link of a
// reply and a Reply link after a reply (the thread's own) close it. The
// German "Antworten" is both words: after a comment it opens its thread,
// after a reply it closes it.
func threadAfter(act action, cur *pending, inThread bool) bool {
	switch {
	case act == actReplyOrReplies:
		return cur != nil && !cur.reply
	case act.opensThread():
		return true
	case act == actDeleteReply:
		return false
	case act == actReply && cur != nil && cur.reply:
		return false
	}
	return inThread
}

// wholeAction reports the action a trimmed line consists of.
func wholeAction(s string) action {
	a, _ := wholeActionLang(s)
	return a
}

// wholeActionLang is wholeAction with the languages that spell it so.
func wholeActionLang(s string) (action, lang.Set) {
	if len(s) < actionLen[0] || len(s) > actionLen[1] || actionsByFirst[s[0]] == nil {
		return actNone, 0 // the actions' lengths and first bytes
	}
	if e, ok := actionTexts[s]; ok {
		return e.act, e.langs
	}
	if e, ok := upperActions[s]; ok {
		// In capitals, as a template's CSS (text-transform) shows them
		// and a browser copies them: "REPLYDELETE".
		return e.act, e.langs
	}
	return actNone, 0
}

// upperActions are the actions in capitals ("REPLYDELETE", "LÖSCHEN").
var upperActions = func() map[string]actionEntry {
	m := make(map[string]actionEntry, len(actionTexts))
	for text, e := range actionTexts {
		u := strings.ToUpper(text)
		if prev, ok := m[u]; ok {
			if prev.act != e.act {
				continue // the meanings differ: no capitals for it
			}
			e.langs |= prev.langs
		}
		e.text = u
		m[u] = e
	}
	return m
}()

// wordTails are endings that turn an action word into an ordinary word:
// "Deleted", "Deletes", "Deletion", "Replying"... A line that starts with one
// of these is text, not a glued marker.
var wordTails = []string{"d", "s", "r", "rs", "ion", "ions", "rious", "riously", "ing"}

// gluedAction reports an action glued to the start of a line, as a crawler's
// text extraction leaves it ("ReplyDeleteThanks for this"), and the text
// after it. A line that is only the action also counts. An action followed by
// a lower-case letter counts unless the two make an ordinary word.
func gluedAction(s string) (action, string) {
	if len(s) < actionLen[0] || actionsByFirst[s[0]] == nil {
		return actNone, ""
	}
	for _, a := range actionsByFirst[s[0]] {
		if !strings.HasPrefix(s, a.text) {
			continue
		}
		rest := s[len(a.text):]
		if rest == "" {
			return a.act, ""
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLower(r) && a.act.single() {
			// One action word then small letters is a word of its own
			// ("Silego" is not Turkish "Sil" and "ego").
			return actNone, ""
		}
		if 'a' <= r && r <= 'z' {
			w := rest
			if i := strings.IndexFunc(rest, func(r rune) bool { return !('a' <= r && r <= 'z') }); i >= 0 {
				w = rest[:i]
			}
			for _, t := range wordTails {
				if w == t {
					return actNone, ""
				}
			}
			// "Reply" followed by "ing" and the like is caught above;
			// "Replies" is an ordinary word only when followed by space.
		}
		if textutil.IsSpace(r) && a.act != actNone {
			// "Reply to Bob" or "Delete this" read as words.
			return actNone, ""
		}
		return a.act, rest
	}
	return actNone, ""
}

// chromeLines are lines of Blogger's page furniture in every language,
// matched whole.
var chromeLines = lang.NewTable(func(l *lang.Language) []string {
	return append(append([]string(nil), l.Chrome...), "Load more…", "●", "•", "Pin It", "[INS::INS]", "[INS: :INS]")
})

// chromePrefixes start lines of page furniture, by first byte.
var chromePrefixes = func() (t [256][]string) {
	for _, e := range lang.Strings(func(l *lang.Language) []string { return l.ChromePrefix }) {
		t[e.Text[0]] = append(t[e.Text[0]], e.Text)
	}
	return
}()

// isChrome reports whether a trimmed line is page furniture.
func isChrome(s string) bool {
	if s == "" {
		return false
	}
	if chromeLines.Lookup(s) != 0 {
		return true
	}
	if strings.IndexByte(s, '_') > 0 && strings.IndexByte(s, ' ') < 0 && chromeLines.Lookup(strings.ReplaceAll(s, "_", " ")) != 0 {
		return true // html2text joins a link's words: "Post_a_Comment"
	}
	for _, p := range chromePrefixes[s[0]] {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// headingText returns the text of a heading as html2text decorates it
// ("***** Monday, November 01, 2004 *****"), or s itself.
func headingText(s string) string {
	n := 0
	for n < len(s) && s[n] == '*' {
		n++
	}
	if n < 2 || len(s) < 2*n+3 || s[n] != ' ' || !strings.HasSuffix(s, " "+s[:n]) {
		return s
	}
	return strings.TrimSpace(s[n : len(s)-n])
}

// chromeLang reports the languages of a furniture line, 0 for none or for
// a line every language shares.
func chromeLang(s string) lang.Set { return chromeLines.Lookup(s) }

// isAvatar reports whether a trimmed line is a commenter's picture as a
// converter prints it: its alt text or file name in brackets ("[blank.gif]",
// "[photo]", "[]", "[*]", "[//img1.blogblog.com/img/blank.gif]"), one or
// more such groups on a line, or a lone bullet where the picture was.
func isAvatar(s string) bool {
	if s == "" || len(s) > 300 {
		return false
	}
	switch s {
	case "●", "•", "*", "○", "■":
		return true
	}
	if s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			if depth > 0 {
				return false
			}
			depth++
		case ']':
			if depth == 0 {
				return false
			}
			depth--
		case ' ':
			if depth == 0 {
				continue
			}
		default:
			if depth == 0 {
				return false
			}
		}
	}
	return depth == 0
}

// avatarStart reports whether a trimmed line opens a picture's address
// that a converter wrapped over several lines ("[//2.bp.blogspot.com/x/").
func avatarStart(s string) bool {
	return len(s) > 1 && s[0] == '[' && strings.IndexByte(s, ']') < 0 && strings.IndexByte(s, ' ') < 0
}

// isSeparator reports whether a trimmed line separates sections of a post:
// a short run of punctuation such as "--oo00oo--", "----//----" or "* * *".
func isSeparator(s string) bool {
	if len(s) < 3 || len(s) > 40 {
		return false
	}
	marks := 0
	for _, r := range s {
		switch r {
		case '-', '=', '_', '*', '~', '/', '\\', '#', '+', '•', '·', '–', '—':
			marks++
		case 'o', 'O', '0', ' ':
		default:
			return false
		}
	}
	return marks >= 2
}

// numberedItem reads the "12. " that opens a list item and returns the
// number and the text after it.
func numberedItem(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && i < 7 && textutil.IsDigit(s[i]) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' {
		return 0, "", false
	}
	rest = s[i+1:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false
	}
	return n, textutil.TrimSpace(rest), true
}
