package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blogthread/blogthread/thread"
	"unicode"
	"unicode/utf8"
)

// pageTruth is testdata/pages/NAME.truth.json: what the page NAME.html
// shows, written with the page, not read from a parse. A page of several
// posts lists them in Posts.
type pageTruth struct {
	Language string      `json:"language"`
	Posts    []postTruth `json:"posts"`
	postTruth
}

// postTruth is what a post of a page shows.
type postTruth struct {
	Title    string `json:"title"`
	Declared *int   `json:"declared"`
	Comments []struct {
		ID       string `json:"id"`
		Parent   string `json:"parent"`
		Author   string `json:"author"`
		TimeText string `json:"time_text"`
		Date     string `json:"date"`  // 2016-01-24, or "" when the page shows a time of day alone
		Clock    string `json:"clock"` // 10:23, or "" when the page shows no time of day
		First    string `json:"first"`
		Last     string `json:"last"`
		Deleted  bool   `json:"deleted"`
	} `json:"comments"`
}

// TestPages holds every converter's dump of the pages of testdata/pages
// (Blogger pages written for this project in several templates and
// interface languages, dumped by w3m, lynx, html2text, links, elinks,
// pandoc and Chromium: see testdata/pages/README.md), and the page itself
// read as a saved page (blogger-html), to the page's truth:
// one post, its language, its declared count, and every comment in order
// with its parent, author, date and time of day, removal, and first and
// last words. TestGolden compares the whole parse of each dump besides.
func TestPages(t *testing.T) {
	truths, err := filepath.Glob("../testdata/pages/*.truth.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(truths) == 0 {
		t.Fatal("no testdata/pages/*.truth.json")
	}
	for _, tf := range truths {
		stem := strings.TrimSuffix(tf, ".truth.json")
		var tr pageTruth
		readJSON(t, tf, &tr)
		dumps, _ := filepath.Glob(stem + ".*.txt")
		if len(dumps) < 3 {
			t.Errorf("%s: %d dumps, want one per converter", filepath.Base(stem), len(dumps))
		}
		// The page itself, read as a saved page, gives the same truth
		// (issue 17).
		for _, file := range append(dumps, stem+".html") {
			base := filepath.Base(file)
			t.Run(base, func(t *testing.T) {
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := (&Parser{Stages: enriched}).ParseBytes(base, src)
				if err != nil {
					t.Fatal(err)
				}
				posts := tr.Posts
				if posts == nil {
					posts = []postTruth{tr.postTruth}
				}
				if len(doc.Posts) != len(posts) {
					t.Fatalf("%d posts, want %d", len(doc.Posts), len(posts))
				}
				if doc.Language != tr.Language {
					t.Errorf("language %q, want %q", doc.Language, tr.Language)
				}
				for pi, tr := range posts {
					checkPageTruth(t, base, doc.Posts[pi], tr)
				}
			})
		}
	}
}

// ambiguousPlaces are the dumps whose text cannot tell where a node goes,
// with the reason; their nodes are held to everything but their place.
var ambiguousPlaces = map[string]string{
	"threaded-en-nested-bees.chromium.txt": "a browser copy of a reply to a reply: its thread's Reply link reads as the end of the comment's thread, and no indentation or number says otherwise",
}

// checkPageTruth holds a post to what its page shows.
func checkPageTruth(t *testing.T, base string, post *thread.Post, tr postTruth) {
	t.Helper()
	if (tr.Declared == nil) != (post.DeclaredComments == nil) || tr.Declared != nil && *tr.Declared != *post.DeclaredComments {
		t.Errorf("declared %s, want %s", intText(post.DeclaredComments), intText(tr.Declared))
	}
	got := flatten(post)
	if len(got) != len(tr.Comments) {
		t.Errorf("%d nodes, want %d", len(got), len(tr.Comments))
	}
	html2text := textMode{html2text: strings.Contains(base, ".html2text.")}
	page := strings.HasSuffix(base, ".html")
	for i := 0; i < len(got) && i < len(tr.Comments); i++ {
		g, w := got[i], tr.Comments[i]
		n := g.n
		parent := g.parent
		if page && g.parent != "" {
			// The page nests a reply to a reply where a dump shows it
			// in its thread: the truth gives the thread.
			parent, _, _ = strings.Cut(n.ID, ".")
		}
		if why, ok := ambiguousPlaces[base]; ok && n.ID != w.ID {
			t.Logf("node %s placed as %s: %s", w.ID, n.ID, why)
		} else if n.ID != w.ID || parent != w.Parent {
			t.Errorf("node %s (parent %q), want %s (parent %q)", n.ID, g.parent, w.ID, w.Parent)
		}
		if externalText(n.Author, html2text) != externalText(w.Author, html2text) {
			t.Errorf("node %s: author %q, want %q", w.ID, n.Author, w.Author)
		}
		if n.Deleted != w.Deleted {
			t.Errorf("node %s: deleted %v, want %v", w.ID, n.Deleted, w.Deleted)
		}
		// The truth's first and last words are without their
		// punctuation ("¡Qué" is "Qué").
		body := strings.TrimFunc(noSpace(externalText(n.Body, html2text)), func(r rune) bool {
			return unicode.IsPunct(r) || r < utf8.RuneSelf && strings.ContainsRune("+<=>^`|~$", r) // ASCII's punctuation, as the truth trims it
		})
		if first := noSpace(externalText(w.First, html2text)); !strings.HasPrefix(body, first) {
			t.Errorf("node %s: text starts %.60q, want %q", w.ID, body, first)
		}
		if last := noSpace(externalText(w.Last, html2text)); !strings.HasSuffix(body, last) {
			t.Errorf("node %s: text ends %q, want %q", w.ID, tail(body, 60), last)
		}
		var gotTime string
		switch {
		case n.Time != nil:
			gotTime = n.Time.Format("2006-01-02 15:04")
		case n.Date != nil:
			gotTime = n.Date.String()
		case n.Clock != "":
			gotTime = n.Clock
		}
		wantTime := strings.TrimSpace(w.Date + " " + w.Clock)
		if page && n.Time != nil && w.Clock == "" && w.Date != "" {
			gotTime = n.Time.Format("2006-01-02") // the permalink's exact time, where the page shows its day
		}
		if w.Date == "" && n.Time != nil {
			gotTime = n.Clock // a time of day alone takes the post's date
			if gotTime == "" {
				gotTime = n.Time.Format("15:04")
			}
		}
		if gotTime != wantTime {
			t.Errorf("node %s: time %q, want %q (shown %q)", w.ID, gotTime, wantTime, w.TimeText)
		}
	}
	if tr.Title != "" && post.Title != tr.Title {
		t.Errorf("title %q, want %q", post.Title, tr.Title)
	}
}
