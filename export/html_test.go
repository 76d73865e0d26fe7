package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/thread"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostileDump is a dump whose comments hold markup and script.
const hostileDump = "Monday, 2 June 2025\n\nA post about <b>markup</b>\n\nThe body.\n\n3 comments:\n\n" +
	"Ann 2 June 2025 at 10:00\n<script>document.title='owned'</script> hello\nReplyDelete\n\n" +
	"Bob 2 June 2025 at 11:30\n\"><img src=x onerror=alert(1)> and @10:00\nReplyDelete\n\n" +
	"Cy 3 June 2025 at 09:15\nAnn said: \"hello\"\nReplyDelete\n"

// pageDocs parses the dumps the page tests show: our own, and the hostile
// one.
func pageDocs(t *testing.T) []*thread.Document {
	t.Helper()
	var docs []*thread.Document
	for _, f := range []string{"../testdata/enrich/headers.txt", "../testdata/numbered/owner.txt"} {
		doc, err := blogthread.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	doc, err := blogthread.Parse(strings.NewReader(hostileDump), blogthread.WithSource("hostile.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return append(docs, doc)
}

// checkPage holds the DOM of a page (as written, or as a browser renders
// it) to the documents: every node has its anchor, every link resolves,
// each timeline has a bar per bucket, and no markup from the input came
// through as markup.
func checkPage(t *testing.T, root *html.Node, docs []*thread.Document) {
	t.Helper()
	ids := map[string]bool{}
	var hrefs []string
	var scripts, imgs, bars, svgs int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					ids[a.Val] = true
				case "href":
					hrefs = append(hrefs, a.Val)
				case "src", "onerror", "onload":
					if n.DataAtom != atom.Img {
						t.Errorf("element %s has %s=%q", n.Data, a.Key, a.Val)
					}
				}
			}
			switch {
			case n.DataAtom == atom.Script:
				scripts++
			case n.DataAtom == atom.Img:
				imgs++
			case n.Data == "rect":
				bars++
			case n.Data == "svg":
				svgs++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if scripts != 0 || imgs != 0 {
		t.Errorf("%d scripts and %d images in the page: input markup came through", scripts, imgs)
	}
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "#") || !ids[h[1:]] {
			t.Errorf("link %q points nowhere on the page", h)
		}
	}
	wantBars, wantSVGs := 0, 0
	for di, doc := range docs {
		for _, p := range doc.Posts {
			anchor := "d" + strconv.Itoa(di+1) + "-" + p.ID
			if !ids[anchor] {
				t.Errorf("post %s has no anchor %s", p.ID, anchor)
			}
			for n := range p.Nodes() {
				if !ids[anchor+"-c"+n.ID] {
					t.Errorf("%s: node %s has no anchor", doc.Source, n.ID)
				}
			}
			if tl := newTimeline(p); tl != nil {
				wantBars += len(tl.Bars)
				wantSVGs++
			}
		}
	}
	if bars != wantBars || svgs != wantSVGs {
		t.Errorf("%d bars in %d timelines, want %d in %d", bars, svgs, wantBars, wantSVGs)
	}
	text := nodeText(root)
	for _, s := range []string{"<script>document.title='owned'</script>", `"><img src=x onerror=alert(1)>`} {
		if !strings.Contains(text, s) {
			t.Errorf("the page does not show %q as text", s)
		}
	}
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestWriteHTML checks the page as written.
func TestWriteHTML(t *testing.T) {
	docs := pageDocs(t)
	var b bytes.Buffer
	if err := WriteHTML(&b, docs); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, root, docs)
}

// TestHTMLInBrowser opens the page in headless Chromium and checks the DOM
// it renders (--dump-dom): what a reader's browser makes of it. It needs
// Debian's chromium; .ci/run installs it and sets BLOGTHREAD_CONVERTERS=1,
// which makes a missing browser a failure rather than a skip.
func TestHTMLInBrowser(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		if os.Getenv("BLOGTHREAD_CONVERTERS") != "" {
			t.Fatal("BLOGTHREAD_CONVERTERS is set but no chromium is installed")
		}
		t.Skip("no chromium installed")
	}
	docs := pageDocs(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "thread.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(f, docs); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+page)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s --dump-dom: %v", browser, err)
	}
	root, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, root, docs)
	if title := findTitle(root); title == "owned" {
		t.Errorf("a script from the input ran")
	}
}

func findTitle(n *html.Node) string {
	if n.DataAtom == atom.Title && n.FirstChild != nil {
		return n.FirstChild.Data
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := findTitle(c); s != "" {
			return s
		}
	}
	return ""
}
