package enrich

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// Kinds of Quote.
const (
	KindTweet    = "tweet"
	KindPost     = "post"
	KindComment  = "comment"
	KindExternal = "external"
)

// minMatchBytes is the shortest quoted text (as a key) attributed to the
// thread: shorter quotations ("yes", a single word) match too much.
const minMatchBytes = 16

// quotes classifies the passages of node i and fills in what a citation
// states about the node it quotes.
func (e *postEnricher) quotes(i int, ni *nodeInfo) {
	for _, p := range ni.passages {
		q := thread.Quote{Kind: KindExternal, Text: p.text}
		if src, ok := TweetSource(p.lead); ok {
			q.Kind, q.Source = KindTweet, src
			ni.n.Quotes = append(ni.n.Quotes, q)
			continue
		}
		target := -1
		if k := matchKey(p.text); len(k) >= minMatchBytes {
			if contains(e.postKeyText(), k) {
				q.Kind, q.Target = KindPost, e.post.ID
			} else {
				for j := 0; j < i; j++ {
					if contains(e.nodes[j].keyText(), k) {
						q.Kind, q.Target = KindComment, e.nodes[j].n.ID
						target = j
						break
					}
				}
			}
		}
		ni.n.Quotes = append(ni.n.Quotes, q)
		if target >= 0 && p.lead != "" {
			e.infer(e.nodes[target].n, p.lead)
		}
	}
}

// infer fills in the time (and author) of node t from the lead-in of a
// passage that quotes it.
func (e *postEnricher) infer(t *thread.Node, lead string) {
	c, ok := readCitation(lead, e.loc)
	if !ok {
		return
	}
	if t.Time == nil && t.Clock == "" {
		switch {
		case c.time != nil:
			t.Time, t.TimeInferred = c.time, true
		case c.clock != "":
			t.Clock, t.TimeInferred = c.clock, true
		}
	}
	if t.Author == "" && c.author != "" {
		t.Author, t.AuthorSource = c.author, thread.SourceCited
	}
}

// citation is what a lead-in such as "Anonymous 28 October 2022 at 22:00:"
// or "Anon 22:37 -" says about the node it quotes.
type citation struct {
	author string
	time   *time.Time
	clock  string
}

// readCitation reads a lead-in that ends with a date and time or a time of
// day, with an optional author before it.
func readCitation(lead string, loc *time.Location) (citation, bool) {
	s := normalize.TrimSpace(strings.TrimRight(lead, " :-–—,"))
	if s == "" {
		return citation{}, false
	}
	for p := 0; p < len(s); p++ {
		if p > 0 && !(s[p-1] == ' ' || s[p-1] == '@') && !(when.IsDigit(s[p]) && !when.IsDigit(s[p-1])) {
			continue
		}
		if t, end, ok := when.DateTimeAt(s, p, loc); ok && end == len(s) {
			return citedBy(s[:p], citation{time: &t})
		}
		if h, m, end, _, ok := clockAt(s, p); ok && end == len(s) {
			return citedBy(s[:p], citation{clock: clockString(h, m)})
		}
	}
	return citation{}, false
}

// citedBy completes a citation with the author named before its time.
func citedBy(before string, c citation) (citation, bool) {
	a := normalize.TrimSpace(strings.TrimRight(before, " @,"))
	a = strings.TrimSuffix(a, " at")
	if a != "" && when.PlausibleAuthor(a) && startsUpper(a) {
		c.author = a
	}
	return c, true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// TweetSource reports whether a lead-in names Twitter or X, and which: a
// word "Twitter" or "tweet" ("tweeted", "tweets", "retweet") gives
// "Twitter"; an "X" after "on", "via", "from", "at" or "in", or "x.com",
// gives "X". When both are named the first wins.
func TweetSource(lead string) (string, bool) {
	if lead == "" {
		return "", false
	}
	prev := ""
	for i := 0; i < len(lead); {
		r, n := utf8.DecodeRuneInString(lead[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(lead) {
			r, n := utf8.DecodeRuneInString(lead[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		w := lead[i:j]
		lw := strings.ToLower(w)
		switch {
		case lw == "twitter" || strings.HasPrefix(lw, "tweet") || strings.HasPrefix(lw, "retweet"):
			return "Twitter", true
		case w == "X" && (xPrepositions[prev] || strings.HasPrefix(lead[j:], ".com")):
			return "X", true
		case lw == "x" && strings.HasPrefix(strings.ToLower(lead[j:]), ".com"):
			return "X", true
		}
		prev = lw
		i = j
	}
	return "", false
}

var xPrepositions = wordSet("on via from at in over")

// matchKey is the key of a quoted text for matching: normalize.Key without
// the ellipses and punctuation a quoter adds at its ends.
func matchKey(s string) string {
	k := normalize.Key(s)
	return strings.TrimFunc(k, func(r rune) bool {
		return r == '.' || r == ' ' || r == '"' || r == '\'' || r == ',' || r == '-'
	})
}

// contains reports whether the key q occurs in the key hay; a long quotation
// matches when its beginning and its end both occur (the quoter trimmed or
// edited its middle).
func contains(hay, q string) bool {
	if strings.Contains(hay, q) {
		return true
	}
	const part = 100
	if len(q) < 3*part {
		return false
	}
	head := q[:part]
	for !utf8.ValidString(head) {
		head = head[:len(head)-1]
	}
	tail := q[len(q)-part:]
	for !utf8.ValidString(tail) {
		tail = tail[1:]
	}
	i := strings.Index(hay, head)
	return i >= 0 && strings.Contains(hay[i:], tail)
}

func (e *postEnricher) postKeyText() string {
	if !e.keyed {
		e.postKey = matchKey(e.post.Title + "\n" + e.post.Body)
		e.keyed = true
	}
	return e.postKey
}

func (ni *nodeInfo) keyText() string {
	if !ni.keyed {
		ni.key = normalize.Key(ni.n.Body)
		ni.keyed = true
	}
	return ni.key
}
