package parse

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/thread"
	"golang.org/x/text/unicode/norm"
)

// externalTruth is an entry of truth.json in $BLOGTHREAD_EXTERNAL.
type externalTruth struct {
	File     string `json:"file"`
	Kind     string `json:"kind"`
	Posts    int    `json:"posts"`
	Comments int    `json:"comments"`
	Replies  int    `json:"replies"`
	Declared *int   `json:"declared"`
}

// externalNode is a node of a page in nodes.json.
type externalNode struct {
	ID       string  `json:"id"`
	Parent   *string `json:"parent"`
	Author   string  `json:"author"`
	TimeText string  `json:"time_text"`
	TimeUTC  *string `json:"time_utc"`
	First    string  `json:"first"`
	Last     string  `json:"last"`
	Deleted  bool    `json:"deleted"`
	Kind     string  `json:"kind"`
}

// externalDir returns the folder named by $BLOGTHREAD_EXTERNAL (a relative
// path is taken from the module root), skipping when it is unset and
// failing when it is missing.
func externalDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BLOGTHREAD_EXTERNAL")
	if dir == "" {
		t.Skip("BLOGTHREAD_EXTERNAL is not set")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("BLOGTHREAD_EXTERNAL: %v", err)
	}
	return dir
}

// TestExternal parses the text dumps of real Blogger pages in
// $BLOGTHREAD_EXTERNAL/pages (w3m, lynx and html2text dumps of pages of
// other blogs) and holds each to truth.json and nodes.json, which were
// made from the saved pages, not by this parser: one post; the comments
// and replies, each under its parent; the declared count; and for every
// node its author, its time as shown, whether it was removed, and the
// first and last words of its text. Each dump must also lose no text.
func TestExternal(t *testing.T) {
	dir := externalDir(t)
	var truths []externalTruth
	readJSON(t, filepath.Join(dir, "truth.json"), &truths)
	var pages map[string]struct {
		Platform string         `json:"platform"`
		Nodes    []externalNode `json:"nodes"`
	}
	readJSON(t, filepath.Join(dir, "nodes.json"), &pages)
	truth := map[string]externalTruth{}
	for _, tr := range truths {
		truth[filepath.Base(tr.File)] = tr
	}
	files, err := filepath.Glob(filepath.Join(dir, "pages", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("BLOGTHREAD_EXTERNAL=%s: no pages/*.txt", dir)
	}
	for _, file := range files {
		base := filepath.Base(file)
		t.Run(base, func(t *testing.T) {
			tr, ok := truth[base]
			if !ok {
				t.Fatalf("%s has no entry in truth.json", base)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			page := strings.TrimSuffix(base, filepath.Ext(base))
			page = page[:strings.LastIndexByte(page, '.')] // NAME.w3m -> NAME
			checkExternalDump(t, base, src, tr, pages[page].Nodes)
		})
	}
}

// checkExternalDump parses the dump src of a real page and holds it to the
// page's truth and, when it has comments, to its nodes.
func checkExternalDump(t *testing.T, base string, src []byte, tr externalTruth, want []externalNode) {
	t.Helper()
	doc, err := (&Parser{Stages: enriched}).ParseBytes(base, src)
	if err != nil {
		t.Fatal(err)
	}
	checkLossless(t, string(src), doc)
	if len(doc.Posts) != 1 {
		var titles []string
		for _, p := range doc.Posts {
			titles = append(titles, strconv.Quote(p.Title))
		}
		t.Fatalf("%d posts (%s), want 1", len(doc.Posts), strings.Join(titles, ", "))
	}
	post := doc.Posts[0]
	if want == nil {
		if post.Count() != tr.Comments+tr.Replies {
			t.Errorf("%d comments and replies, want %d", post.Count(), tr.Comments+tr.Replies)
		}
		return
	}
	if (tr.Declared == nil) != (post.DeclaredComments == nil) || tr.Declared != nil && *tr.Declared != *post.DeclaredComments {
		t.Errorf("declared %s, want %s", intText(post.DeclaredComments), intText(tr.Declared))
	}
	got := flatten(post)
	if len(got) != len(want) {
		t.Errorf("%d nodes, want %d", len(got), len(want))
	}
	mode := textMode{html2text: strings.Contains(base, ".html2text."), caseless: strings.Contains(base, ".chromium.")}
	for i := 0; i < len(got) && i < len(want); i++ {
		checkExternalNode(t, got[i], want[i], post, mode)
	}
}

// textMode says how a converter changes the text, for comparisons:
// html2text joins a link's words with "_"; a browser's copy keeps the
// capitals a template's CSS (text-transform) sets.
type textMode struct{ html2text, caseless bool }

// externalNodeRef is a node of the parse with its parent's id.
type externalNodeRef struct {
	n      *thread.Node
	parent string
}

func flatten(p *thread.Post) []externalNodeRef {
	var out []externalNodeRef
	for _, c := range p.Comments {
		out = append(out, externalNodeRef{&c.Node, ""})
		for _, r := range c.Replies {
			parent := c.ID
			if r.ReplyTo != "" {
				parent = r.ReplyTo
			}
			out = append(out, externalNodeRef{&r.Node, parent})
		}
	}
	return out
}

func checkExternalNode(t *testing.T, got externalNodeRef, want externalNode, post *thread.Post, mode textMode) {
	t.Helper()
	n := got.n
	wantParent := ""
	if want.Parent != nil {
		wantParent = *want.Parent
	}
	if n.ID != want.ID || got.parent != wantParent {
		t.Errorf("node %s (parent %q), want %s (parent %q)", n.ID, got.parent, want.ID, wantParent)
	}
	if externalText(n.Author, mode) != externalText(want.Author, mode) {
		t.Errorf("node %s: author %q, want %q", want.ID, n.Author, want.Author)
	}
	if n.Deleted != want.Deleted {
		t.Errorf("node %s: deleted %v, want %v", want.ID, n.Deleted, want.Deleted)
	}
	// Converters wrap lines inside words ("kdelibs/kinit/" then
	// "README.wrapper"): the words are compared without white space.
	body := noSpace(externalText(n.Body, mode))
	if first := noSpace(externalText(want.First, mode)); !strings.HasPrefix(body, first) {
		t.Errorf("node %s: text starts %.60q, want %q", want.ID, body, first)
	}
	if last := noSpace(externalText(want.Last, mode)); !strings.HasSuffix(body, last) {
		t.Errorf("node %s: text ends %q, want %q", want.ID, tail(body, 60), last)
	}
	checkExternalTime(t, n, want, post)
}

// clockText finds the time of day in a shown time: "1:24 PM", "10:23".
var clockText = regexp.MustCompile(`(?i)(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:([ap])\.?\s?m\.?)?`)

// checkExternalTime holds the node's time to the time the page shows and
// the exact time of its permalink: a shown clock must be the node's clock;
// a shown date must be within a day of the exact time (the blog's time
// zone is not known here).
func checkExternalTime(t *testing.T, n *thread.Node, want externalNode, post *thread.Post) {
	t.Helper()
	if want.TimeText == "" {
		return
	}
	var clock string
	if m := clockText.FindStringSubmatch(strings.ReplaceAll(want.TimeText, "_", " ")); m != nil {
		h, _ := strconv.Atoi(m[1])
		switch strings.ToLower(m[3]) {
		case "p":
			if h != 12 {
				h += 12
			}
		case "a":
			if h == 12 {
				h = 0
			}
		}
		clock = strconv.Itoa(h/10) + strconv.Itoa(h%10) + ":" + m[2]
	}
	var day time.Time
	switch {
	case n.Time != nil:
		if clock != "" && n.Time.Format("15:04") != clock {
			t.Errorf("node %s: time %s, shown %q", want.ID, n.Time.Format(time.RFC3339), want.TimeText)
		}
		day = *n.Time
	case n.Clock != "" && post.Published == nil:
		if n.Clock != clock {
			t.Errorf("node %s: clock %s, shown %q", want.ID, n.Clock, want.TimeText)
		}
		return
	case n.Date != nil:
		if clock != "" {
			t.Errorf("node %s: date %s without the clock shown in %q", want.ID, n.Date, want.TimeText)
		}
		day = time.Date(n.Date.Year, n.Date.Month, n.Date.Day, 12, 0, 0, 0, time.UTC)
	default:
		t.Errorf("node %s: no time, shown %q", want.ID, want.TimeText)
		return
	}
	if want.TimeUTC == nil {
		return
	}
	exact, err := time.Parse(time.RFC3339, *want.TimeUTC)
	if err != nil {
		t.Fatalf("nodes.json: %v", err)
	}
	// The shown time is the blog's local time: within 14 hours of the
	// exact one (a day and a half for a date alone).
	limit := 14 * time.Hour
	if n.Time == nil {
		limit = 36 * time.Hour
	}
	local := time.Date(day.Year(), day.Month(), day.Day(), day.Hour(), day.Minute(), 0, 0, time.UTC)
	if d := local.Sub(exact); math.Abs(float64(d)) > float64(limit) {
		t.Errorf("node %s: time %s is %s from the exact %s", want.ID, local.Format(time.RFC3339), d, exact.Format(time.RFC3339))
	}
}

// externalText folds a text for comparison as nodes.json was made: NFC,
// straight quotes, spaces collapsed; and, for html2text's dumps, link words
// joined by "_" apart again.
func externalText(s string, mode textMode) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u00a0", " ").Replace(s)
	if mode.html2text {
		s = strings.ReplaceAll(s, "_", " ")
	}
	if mode.caseless {
		s = strings.ToLower(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func noSpace(s string) string { return strings.ReplaceAll(s, " ", "") }

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func intText(p *int) string {
	if p == nil {
		return "none"
	}
	return strconv.Itoa(*p)
}

func readJSON(t *testing.T, file string, v any) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
}

// TestExternalExports parses the real exports and the importers' own
// fixtures in $BLOGTHREAD_EXTERNAL/exports and holds each to the counts of
// truth.json under its rules (no approved comment dropped, a deleted
// parent kept as a placeholder, an orphan in a post of its own), and to
// the peers' own assertions quoted there.
func TestExternalExports(t *testing.T) {
	dir := externalDir(t)
	var truths []struct {
		File     string `json:"file"`
		Expected struct {
			Comments int `json:"comments"`
			Replies  int `json:"replies"`
		} `json:"expected"`
		Peer string `json:"peer_assertion"`
	}
	readJSON(t, filepath.Join(dir, "truth.json"), &truths)
	n := 0
	for _, tr := range truths {
		if !strings.HasPrefix(tr.File, "exports/") {
			continue
		}
		n++
		t.Run(filepath.Base(tr.File), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, tr.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := (&Parser{Stages: enriched}).ParseBytes(tr.File, src)
			if err == nil {
				checkWarningKinds(t, doc.Warnings)
			}
			if err != nil {
				t.Fatal(err)
			}
			comments, replies := 0, 0
			for _, p := range doc.Posts {
				comments += len(p.Comments)
				for _, c := range p.Comments {
					replies += len(c.Replies)
				}
			}
			if comments != tr.Expected.Comments || replies != tr.Expected.Replies {
				t.Errorf("%d comments and %d replies, want %d and %d (%s)", comments, replies, tr.Expected.Comments, tr.Expected.Replies, tr.Peer)
			}
			if check := peerChecks[filepath.Base(tr.File)]; check != nil {
				check(t, doc)
			}
		})
	}
	if n == 0 {
		t.Fatalf("BLOGTHREAD_EXTERNAL=%s: no exports in truth.json", dir)
	}
}

// peerChecks are the assertions of the peers' own tests, as truth.json
// quotes them, on the trees of their fixtures.
var peerChecks = map[string]func(t *testing.T, doc *thread.Document){
	// isso/tests/test_migration.py: reply 3 has parent 1; the deleted
	// post 9 keeps its place, and reply 11 hangs under it.
	"isso-disqus.xml": func(t *testing.T, doc *thread.Document) {
		p := doc.Posts[0]
		if len(p.Comments) != 2 || len(p.Comments[0].Replies) != 1 || len(p.Comments[1].Replies) != 1 {
			t.Fatalf("thread 2: %d comments, want 2 with a reply each", len(p.Comments))
		}
		if d := p.Comments[1]; !d.Deleted || d.Body != "" {
			t.Errorf("post 9: deleted %v, body %q, want a deleted placeholder", d.Deleted, d.Body)
		}
		last := doc.Posts[len(doc.Posts)-1]
		if !strings.Contains(last.Title, "1337") || last.Count() != 1 {
			t.Errorf("the orphan of thread 1337 is not in a post of its own: %q", last.Title)
		}
	},
	// isso/tests/test_migration.py:81-94: 2 threads, 8 comments, 3, 4 and
	// 5 answer 2.
	"isso-wordpress.xml": func(t *testing.T, doc *thread.Document) {
		threads, total := 0, 0
		for _, p := range doc.Posts {
			if p.Count() > 0 {
				threads++
				total += p.Count()
			}
		}
		if threads != 2 || total != 8 {
			t.Errorf("%d threads, %d comments, want 2 and 8", threads, total)
		}
		if c := doc.Posts[0].Comments[1]; len(c.Replies) != 3 {
			t.Errorf("comment 2 has %d replies, want 3", len(c.Replies))
		}
	},
	// phpunit/tests/import.php:291-292: the comment keeps its backslashes.
	"wpimporter-slashes.xml": func(t *testing.T, doc *thread.Document) {
		var body string
		for _, p := range doc.Posts {
			for _, c := range p.Comments {
				body = c.Body
			}
		}
		if body != `\o/ ¯\_(ツ)_/¯` {
			t.Errorf("comment %q, want the backslashes kept", body)
		}
	},
}

// converters are the html-to-text tools TestExternalConverters runs on
// the saved pages, beyond the w3m, lynx and html2text dumps the folder
// holds: each writes the text of the page named by its last argument to
// standard output. Chromium's is the page's innerText, what select-all
// and copy give (testdata/pages/gen/innertext.sh).
var converters = []struct {
	name string
	args []string
}{
	{"links", []string{"links", "-dump", "-width", "80", "-codepage", "utf-8"}},
	{"elinks", []string{"elinks", "-no-home", "-dump", "-dump-width", "80", "-no-references", "-no-numbering", "-dump-charset", "utf-8"}},
	{"pandoc", []string{"pandoc", "-f", "html", "-t", "plain", "--wrap=auto", "--columns=80"}},
	{"chromium", []string{"sh", "../testdata/pages/gen/innertext.sh"}},
}

// TestExternalConverters dumps the real saved pages of
// $BLOGTHREAD_EXTERNAL/pages with links, elinks, pandoc and Chromium and
// holds each dump to the page's truth as TestExternal holds the folder's
// own dumps: text the parser was never tuned on, from real templates. It
// runs when BLOGTHREAD_CONVERTERS is set (.ci/run installs the tools and
// sets it) and fails when a tool is missing then.
func TestExternalConverters(t *testing.T) {
	dir := externalDir(t)
	if os.Getenv("BLOGTHREAD_CONVERTERS") == "" {
		t.Skip("BLOGTHREAD_CONVERTERS is not set")
	}
	var truths []externalTruth
	readJSON(t, filepath.Join(dir, "truth.json"), &truths)
	var pages map[string]struct {
		Nodes []externalNode `json:"nodes"`
	}
	readJSON(t, filepath.Join(dir, "nodes.json"), &pages)
	truth := map[string]externalTruth{}
	for _, tr := range truths {
		if name, ok := strings.CutSuffix(filepath.Base(tr.File), ".w3m.txt"); ok {
			truth[name] = tr
		}
	}
	htmls, _ := filepath.Glob(filepath.Join(dir, "pages", "*.html"))
	if len(htmls) == 0 {
		t.Fatalf("BLOGTHREAD_EXTERNAL=%s: no pages/*.html", dir)
	}
	for _, c := range converters {
		if _, err := exec.LookPath(c.args[0]); err != nil {
			t.Fatalf("%s: %v (.ci/run installs it)", c.name, err)
		}
		if c.name == "chromium" {
			if _, err := exec.LookPath("chromium"); err != nil {
				t.Fatalf("chromium: %v (.ci/run installs it)", err)
			}
		}
		for _, h := range htmls {
			name := strings.TrimSuffix(filepath.Base(h), ".html")
			t.Run(name+"."+c.name, func(t *testing.T) {
				t.Parallel()
				tr, ok := truth[name]
				if !ok {
					t.Fatalf("%s has no w3m entry in truth.json", name)
				}
				cmd := exec.Command(c.args[0], append(c.args[1:], h)...)
				cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=C.UTF-8")
				out, err := cmd.Output()
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				checkExternalDump(t, name+"."+c.name+".txt", out, tr, pages[name].Nodes)
			})
		}
	}
}

// TestExternalHTML parses the saved pages themselves ($BLOGTHREAD_EXTERNAL/
// pages/*.html, Blogger, and wordpress/*.html) and holds each to its truth:
// one post; every comment and reply, each under its parent (WordPress nests
// deeper than the model, so parents are compared by their place in the
// page, not by id); the declared count; and each node's author, removal,
// first and last words, shown time and, where the permalink or a datetime
// attribute gives it, exact time.
func TestExternalHTML(t *testing.T) {
	dir := externalDir(t)
	var truths []externalTruth
	readJSON(t, filepath.Join(dir, "truth.json"), &truths)
	var pages map[string]struct {
		Platform string         `json:"platform"`
		Declared *int           `json:"declared"`
		Nodes    []externalNode `json:"nodes"`
	}
	readJSON(t, filepath.Join(dir, "nodes.json"), &pages)
	blogger, _ := filepath.Glob(filepath.Join(dir, "pages", "*.html"))
	wordpress, _ := filepath.Glob(filepath.Join(dir, "wordpress", "*.html"))
	if len(blogger) == 0 || len(wordpress) == 0 {
		t.Fatalf("BLOGTHREAD_EXTERNAL=%s: no pages/*.html or wordpress/*.html", dir)
	}
	for _, file := range append(blogger, wordpress...) {
		page := strings.TrimSuffix(filepath.Base(file), ".html")
		t.Run(page, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := (&Parser{Stages: enriched}).ParseBytes(file, src)
			if err != nil {
				t.Fatal(err)
			}
			checkWarningKinds(t, doc.Warnings)
			want := pages[page].Nodes
			platform := BloggerHTML
			var declared *int
			if pages[page].Platform == "wordpress" {
				platform, declared = WordPressHTML, pages[page].Declared
				want = slices.DeleteFunc(slices.Clone(want), func(n externalNode) bool { return n.Kind == "pingback" || n.Kind == "trackback" })
			} else {
				i := slices.IndexFunc(truths, func(tr externalTruth) bool { return tr.File == "pages/"+page+".w3m.txt" })
				if i < 0 {
					t.Fatalf("no truth for %s", page)
				}
				declared = truths[i].Declared
				if want == nil && truths[i].Comments+truths[i].Replies > 0 {
					t.Fatalf("truth counts %d nodes, nodes.json none", truths[i].Comments+truths[i].Replies)
				}
			}
			if doc.Format != platform || len(doc.Posts) != 1 {
				t.Fatalf("format %s, %d posts; want %s, 1 post", doc.Format, len(doc.Posts), platform)
			}
			post := doc.Posts[0]
			if (declared == nil) != (post.DeclaredComments == nil) || declared != nil && *declared != *post.DeclaredComments {
				t.Errorf("declared %s, want %s", intText(post.DeclaredComments), intText(declared))
			}
			got := flatten(post)
			if len(got) != len(want) {
				t.Errorf("%d nodes, want %d", len(got), len(want))
			}
			place := map[string]int{} // our id -> place in the page
			wantPlace := map[string]int{}
			for i, g := range got {
				place[g.n.ID] = i
			}
			for i, w := range want {
				wantPlace[w.ID] = i
			}
			for i := 0; i < len(got) && i < len(want); i++ {
				g, w := got[i], want[i]
				gp, wp := -1, -1
				if g.parent != "" {
					gp = place[g.parent]
				}
				if w.Parent != nil {
					wp = wantPlace[*w.Parent]
				}
				if gp != wp {
					t.Errorf("node %s (%s): answers the node in place %d, want %d", w.ID, g.n.ID, gp, wp)
				}
				w.ID, w.Parent = g.n.ID, nil
				g.parent = "" // compared above
				checkExternalNode(t, g, w, post, textMode{})
				if w.TimeUTC != nil && g.n.Time != nil {
					exact, _ := time.Parse(time.RFC3339, *w.TimeUTC)
					if !g.n.Time.Truncate(time.Minute).Equal(exact.Truncate(time.Minute)) {
						t.Errorf("node %s: time %s, exact %s", g.n.ID, g.n.Time.Format(time.RFC3339), *w.TimeUTC)
					}
				}
			}
		})
	}
}

// TestExternalPageMatchesDumps: each shared Blogger page read as HTML and
// each of its text dumps give the same tree: the same nodes in the same
// threads, the same authors, and texts with the same first and last words.
func TestExternalPageMatchesDumps(t *testing.T) {
	dir := externalDir(t)
	pages, _ := filepath.Glob(filepath.Join(dir, "pages", "*.html"))
	if len(pages) == 0 {
		t.Fatalf("BLOGTHREAD_EXTERNAL=%s: no pages/*.html", dir)
	}
	for _, page := range pages {
		stem := strings.TrimSuffix(page, ".html")
		src, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		want, err := (&Parser{Stages: enriched}).ParseBytes(page, src)
		if err != nil {
			t.Fatal(err)
		}
		dumps, _ := filepath.Glob(stem + ".*.txt")
		for _, dump := range dumps {
			t.Run(filepath.Base(dump), func(t *testing.T) {
				src, err := os.ReadFile(dump)
				if err != nil {
					t.Fatal(err)
				}
				got, err := (&Parser{Stages: enriched}).ParseBytes(dump, src)
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Posts) != 1 || len(want.Posts) != 1 {
					t.Fatalf("%d posts from the dump, %d from the page", len(got.Posts), len(want.Posts))
				}
				g, w := flatten(got.Posts[0]), flatten(want.Posts[0])
				if len(g) != len(w) {
					t.Fatalf("%d nodes from the dump, %d from the page", len(g), len(w))
				}
				mode := textMode{html2text: strings.Contains(dump, ".html2text.")}
				for i := range g {
					gn, wn := g[i].n, w[i].n
					gThread, _, _ := strings.Cut(gn.ID, ".")
					wThread, _, _ := strings.Cut(wn.ID, ".")
					if gThread != wThread || (g[i].parent == "") != (w[i].parent == "") {
						t.Errorf("node %d: %s in the dump, %s in the page", i, gn.ID, wn.ID)
					}
					if externalText(gn.Author, mode) != externalText(wn.Author, mode) {
						t.Errorf("node %s: author %q in the dump, %q in the page", wn.ID, gn.Author, wn.Author)
					}
					words := strings.Fields(externalText(wn.Body, mode))
					body := noSpace(externalText(gn.Body, mode))
					first := noSpace(strings.Join(words[:min(6, len(words))], " "))
					last := noSpace(strings.Join(words[max(0, len(words)-6):], " "))
					if !strings.HasPrefix(body, first) || !strings.HasSuffix(body, last) {
						t.Errorf("node %s: the dump's text %.60q… does not start with %q and end with %q as the page's does", wn.ID, body, first, last)
					}
				}
			})
		}
	}
}
