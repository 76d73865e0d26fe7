package enrich

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/header"
	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// Kinds of Quote, as package thread names them.
const (
	KindTweet    = thread.QuoteTweet
	KindPost     = thread.QuotePost
	KindComment  = thread.QuoteComment
	KindExternal = thread.QuoteExternal
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
			switch j := e.quoted(i, k); {
			case j == postQuoted:
				q.Kind, q.Target = KindPost, e.post.ID
			case j >= 0:
				q.Kind, q.Target = KindComment, e.nodes[j].n.ID
				target = j
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
	s := textutil.TrimSpace(strings.TrimRight(lead, " :-–—,"))
	if s == "" {
		return citation{}, false
	}
	for p := 0; p < len(s); p++ {
		if p > 0 && !(s[p-1] == ' ' || s[p-1] == '@') && !(textutil.IsDigit(s[p]) && !textutil.IsDigit(s[p-1])) {
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
	a := textutil.TrimSpace(strings.TrimRight(before, " @,"))
	a = strings.TrimSuffix(a, " at")
	if a != "" && header.PlausibleAuthor(a) && startsUpper(a) {
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

// postQuoted is what quoted returns for a quotation of the post.
const postQuoted = -2

// windowBytes is the length of the windows the quotation index holds.
const windowBytes = 8

// quoteIndex finds quotations in the post and the nodes read so far. It
// first compares each quotation with the texts in full, which costs
// nothing to prepare and is the fastest way for the few quotations most
// posts hold; once those comparisons have read a few times the post's text
// (directFactor), it indexes where each window of windowBytes that starts a
// word stands, and a quotation is then looked for only where its rarest
// such window is, and checked there, so that the work stays in proportion
// to the text and the quotations, not to their product (issue 20, row 2).
// On the shared corpus repeated to 20 MB the index was built for every
// quoting post and cost 44% of the parse (BenchmarkRealDumps).
type quoteIndex struct {
	started bool // a quotation has been looked for
	direct  int  // bytes the full comparisons may still read
	at      *windowTable
	indexed int // nodes indexed: 0..indexed-1
	posted  bool
	// fallback is what is left of the bytes that quotations without a
	// word start in them (a long single word, an address) may be
	// compared with; they are looked for in full while it lasts.
	fallback int
	work     int // bytes indexed and compared, for the tests
}

// directFactor is how many times the post's text the full comparisons of
// quotations may read before the index is built.
const directFactor = 32

// textPos is a place in the key text of a node (node -1: the post).
type textPos struct{ node, off int32 }

func (x *quoteIndex) add(node int, text string) {
	x.work += len(text)
	for s := 0; s+windowBytes <= len(text); s++ {
		if s > 0 && text[s-1] != ' ' {
			continue
		}
		x.at.add(windowKey(text, s), textPos{int32(node), int32(s)})
	}
}

// quoted returns the node before i whose text holds the quotation key k
// (the first such), postQuoted for the post, or -1: the post and the
// nodes are read in that order, as quotedInFull reads them.
func (e *postEnricher) quoted(i int, k string) int {
	x := &e.index
	if x.at == nil {
		if !x.started {
			x.started, x.direct = true, directFactor*e.textBytes()
		}
		if j, ok := e.quotedInFull(i, k); ok {
			return j
		}
		x.at = newWindowTable(e.textBytes() / 24) // a quarter of the words, at about six bytes a word: it grows
		x.fallback = 64 << 20
	}
	return e.quotedIndexed(i, k)
}

// textBytes is the length of the post's text and its nodes', and
// textCost for each.
func (e *postEnricher) textBytes() int {
	n := len(e.post.Title) + len(e.post.Body) + textCost
	for _, ni := range e.nodes {
		n += len(ni.n.Body) + textCost
	}
	return n + 1024
}

// textCost is what the full comparison counts for visiting a text, beside
// its bytes: without it, nodes of no text (a zero-width character) would
// cost nothing, and the comparisons the product of nodes and quotations.
const textCost = 16

// quotedInFull compares k with the post and the nodes before i, in full,
// while the allowance lasts; ok is false when it ran out first.
func (e *postEnricher) quotedInFull(i int, k string) (j int, ok bool) {
	x := &e.index
	texts := func(yield func(int, string) bool) {
		if yield(postQuoted, e.postKeyText()) {
			for j := range i {
				if !yield(j, e.nodes[j].keyText()) {
					return
				}
			}
		}
	}
	for j, hay := range texts {
		found, work := containsCounted(hay, k, x.direct)
		x.direct -= work + textCost // an empty text costs its visit
		x.work += work + 1
		if x.direct < 0 {
			return -1, false
		}
		if found {
			return j, true
		}
	}
	return -1, true
}

// anchorBytes is how much of a quotation's start the full comparison
// looks for with strings.Index: short enough for its vector search
// (longer needles take a Rabin-Karp loop several times slower).
const anchorBytes = 32

// containsCounted is contains, by another road: it looks for the first
// anchorBytes of q and checks each place found. It returns the answer and
// the bytes it read; when those pass budget it stops, and its answer is
// not to be used.
func containsCounted(hay, q string, budget int) (found bool, work int) {
	head := q
	if len(q) >= 3*quoteHead {
		head = quoteHeadOf(q)
	}
	anchor := head[:min(len(head), anchorBytes)]
	for from := 0; ; {
		i := strings.Index(hay[from:], anchor)
		if i < 0 {
			return false, work + len(hay) - from
		}
		at := from + i
		work += i + len(head)
		if work > budget {
			return false, work
		}
		if strings.HasPrefix(hay[at:], head) {
			// The first place of the head: the whole quotation, or for a
			// long one its tail after it (see contains).
			if len(head) == len(q) {
				return true, work
			}
			return strings.Contains(hay[at:], tailOf(q)), work + len(hay) - at
		}
		from = at + 1
	}
}

// tailOf is the tail a long quotation is found by after its head: its
// last quoteHead bytes, whole characters.
func tailOf(q string) string {
	tail := q[len(q)-quoteHead:]
	for !utf8.ValidString(tail) {
		tail = tail[1:]
	}
	return tail
}

// quotedIndexed is quoted once the index is in use.
func (e *postEnricher) quotedIndexed(i int, k string) int {
	x := &e.index
	if !x.posted {
		x.add(-1, e.postKeyText())
		x.posted = true
	}
	for ; x.indexed < i; x.indexed++ {
		x.add(x.indexed, e.nodes[x.indexed].keyText())
	}
	// The window: at a word start inside k (which is a word start
	// wherever k stands), within its first 100 bytes (the head a long
	// quotation is matched by), the one with the fewest places.
	best, bestN := -1, 0
	limit := len(k) // a short quotation is found whole: any window of it
	if len(k) >= 3*quoteHead {
		limit = len(quoteHeadOf(k)) // a long one by its head
	}
	for w := 1; w+windowBytes <= limit; w++ {
		if k[w-1] != ' ' {
			continue
		}
		n := x.at.count(windowKey(k, w))
		if n == 0 {
			return -1 // a window no text has: no text holds k
		}
		if best < 0 || n < bestN {
			best, bestN = w, n
		}
	}
	text := func(node int32) string {
		if node < 0 {
			return e.postKeyText()
		}
		return e.nodes[node].keyText()
	}
	if best < 0 {
		// No word starts in k: compare in full, while the allowance lasts.
		if contains(e.postKeyText(), k) {
			return postQuoted
		}
		for j := 0; j < i && x.fallback > 0; j++ {
			x.fallback -= len(e.nodes[j].keyText())
			x.work += len(e.nodes[j].keyText())
			if contains(e.nodes[j].keyText(), k) {
				return j
			}
		}
		return -1
	}
	failed := int32(-3) // a node whose first head match failed: no later one can do better
	for at := range x.at.places(windowKey(k, best)) {
		if at.node == failed {
			continue
		}
		hay := text(at.node)
		start := int(at.off) - best
		if start < 0 {
			continue
		}
		x.work += len(k)
		switch containsAt(hay, start, k) {
		case matched:
			if at.node < 0 {
				return postQuoted
			}
			return int(at.node)
		case tailMissing:
			failed = at.node
			x.work += len(hay) - start
		}
	}
	return -1
}

// Results of containsAt.
const (
	noMatch     = iota
	matched     // k stands there
	tailMissing // a long k's head stands there, its tail nowhere after
)

// quoteHeadOf is the head a long quotation is found by: its first
// quoteHead bytes, whole characters.
func quoteHeadOf(k string) string {
	head := k[:min(len(k), quoteHead)]
	for !utf8.ValidString(head) {
		head = head[:len(head)-1]
	}
	return head
}

// quoteHead is how much of a long quotation's start must be found as it
// is (see contains).
const quoteHead = 100

// containsAt reports whether k stands in hay at start, as contains reads
// it: whole, or a long quotation by its head there and its tail after the
// head's start.
func containsAt(hay string, start int, k string) int {
	if strings.HasPrefix(hay[start:], k) {
		return matched
	}
	if len(k) < 3*quoteHead {
		return noMatch
	}
	head := quoteHeadOf(k)
	tail := k[len(k)-quoteHead:]
	for !utf8.ValidString(tail) {
		tail = tail[1:]
	}
	if !strings.HasPrefix(hay[start:], head) {
		return noMatch
	}
	if strings.Contains(hay[start:], tail) {
		return matched
	}
	return tailMissing
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
