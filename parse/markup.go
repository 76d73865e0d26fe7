package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/normalize"
)

// action is one of the action links Blogger prints under comments.
type action int

const (
	actNone        action = iota
	actReplyDelete        // ReplyDelete: closes a top-level comment (owner's copy)
	actReply              // Reply: closes a top-level comment (reader's copy) or a thread
	actDelete             // Delete: closes a reply (owner's copy)
	actReplies            // Replies: opens a thread
	actReplyDeleteReplies
	actDeleteReply
)

// actions in longest-first order, for matching glued prefixes.
var actions = []struct {
	text string
	act  action
}{
	{"ReplyDeleteReplies", actReplyDeleteReplies},
	{"ReplyDelete", actReplyDelete},
	{"DeleteReply", actDeleteReply},
	{"Replies", actReplies},
	{"Delete", actDelete},
	{"Reply", actReply},
}

// closesTop reports whether a closes a top-level comment.
func (a action) closesTop() bool { return a == actReplyDelete || a == actReplyDeleteReplies }

// closesReply reports whether a closes a reply.
func (a action) closesReply() bool { return a == actDelete || a == actDeleteReply }

// wholeAction reports the action a trimmed line consists of.
func wholeAction(s string) action {
	if len(s) < len("Reply") || len(s) > len("ReplyDeleteReplies") || s[0] != 'R' && s[0] != 'D' {
		return actNone // the actions' lengths and first letters
	}
	for _, a := range actions {
		if s == a.text {
			return a.act
		}
	}
	return actNone
}

// wordTails are endings that turn an action word into an ordinary word:
// "Deleted", "Deletes", "Deletion", "Replying"... A line that starts with one
// of these is text, not a glued marker.
var wordTails = []string{"d", "s", "r", "rs", "ion", "ions", "rious", "riously", "ing"}

// gluedAction reports an action glued to the start of a line, as a crawler's
// text extraction leaves it ("ReplyDeleteThanks for this"), and the text
// after it. A line that is only the action also counts. An action followed by
// a lower-case letter counts unless the two make an ordinary word.
func gluedAction(s string) (action, string) {
	if len(s) < 5 || (s[0] != 'R' && s[0] != 'D') {
		return actNone, ""
	}
	for _, a := range actions {
		if !strings.HasPrefix(s, a.text) {
			continue
		}
		rest := s[len(a.text):]
		if rest == "" {
			return a.act, ""
		}
		r, _ := utf8.DecodeRuneInString(rest)
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
		if normalize.IsSpace(r) && a.act != actNone {
			// "Reply to Bob" or "Delete this" read as words.
			return actNone, ""
		}
		return a.act, rest
	}
	return actNone, ""
}

// chromeLines are lines of Blogger's page furniture, matched whole.
var chromeLines = map[string]bool{
	"Post a Comment":                     true,
	"Add comment":                        true,
	"Load more...":                       true,
	"Load more…":                         true,
	"Newer Post Older Post Home":         true,
	"Newer Post":                         true,
	"Older Post":                         true,
	"Newer PostOlder PostHome":           true,
	"Subscribe to: Post Comments (Atom)": true,
	"Subscribe to:":                      true,
	"Post Comments (Atom)":               true,
	"Share":                              true,
	"Share to X":                         true,
	"Share to Twitter":                   true,
	"Share to Facebook":                  true,
	"Share to Pinterest":                 true,
	"Email This":                         true,
	"BlogThis!":                          true,
}

// chromePrefixes start lines of page furniture.
var chromePrefixes = []string{
	"Labels:",
	"Email ThisBlogThis!",
	"Subscribe to: Post Comments",
	"Note: Only a member of this blog may post a comment",
}

// maxChromeLine is the length of the longest of chromeLines: longer lines
// need no lookup.
var maxChromeLine = func() int {
	n := 0
	for s := range chromeLines {
		n = max(n, len(s))
	}
	return n
}()

// isChrome reports whether a trimmed line is page furniture.
func isChrome(s string) bool {
	if len(s) <= maxChromeLine && chromeLines[s] {
		return true
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
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
	for i < len(s) && i < 7 && when.IsDigit(s[i]) {
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
	return n, normalize.TrimSpace(rest), true
}
