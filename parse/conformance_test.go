package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
)

// TestConformance parses the real dumps in the folder named by
// $BLOGTHREAD_CORPUS (.ci/run sets it to ../shared/corpus; a relative path
// is taken from the module root). It skips when
// the variable is unset and fails when it names a folder that is missing.
// The dumps are not part of the repository; what is checked of them is
// counted from the raw text here, independently of the parser.
func TestConformance(t *testing.T) {
	dir := os.Getenv("BLOGTHREAD_CORPUS")
	if dir == "" {
		t.Skip("BLOGTHREAD_CORPUS is not set")
	}
	if !filepath.IsAbs(dir) {
		// A relative path is relative to the module root, where
		// .ci/run and the README's commands run.
		dir = filepath.Join("..", dir)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("BLOGTHREAD_CORPUS: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("BLOGTHREAD_CORPUS=%s: no *.txt dumps there", dir)
	}
	checks := map[string]func(*testing.T, string, *thread.Document){
		"000": checkFlatCorpus,
		"001": checkArchiveCorpus,
		"002": checkNumberedCorpus,
	}
	seen := 0
	for _, file := range files {
		base := filepath.Base(file)
		t.Run(base, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p := Parser{Stages: enriched}
			doc, err := p.ParseBytes(base, src)
			if err != nil {
				t.Fatal(err)
			}
			checkLossless(t, string(src), doc)
			checkWords(t, string(src), doc)
			checkEnrichment(t, string(src), doc)
			if check := checks[strings.SplitN(base, "_", 2)[0]]; check != nil {
				seen++
				check(t, string(src), doc)
			}
		})
	}
	if seen != len(checks) {
		t.Errorf("found %d of the %d known corpus dumps in %s", seen, len(checks), dir)
	}
}

func nodes(p *thread.Post) (comments, all int) {
	return len(p.Comments), p.Count()
}

// checkNumberedCorpus: one post whose comment count line says 16; seven
// comments and nine replies.
func checkNumberedCorpus(t *testing.T, src string, doc *thread.Document) {
	if doc.Format != "numbered" || len(doc.Posts) != 1 {
		t.Fatalf("format %q with %d posts, want numbered with 1", doc.Format, len(doc.Posts))
	}
	p := doc.Posts[0]
	c, all := nodes(p)
	if c != 7 || all != 16 {
		t.Errorf("got %d comments and %d nodes, want 7 and 16", c, all)
	}
	if p.DeclaredComments == nil || *p.DeclaredComments != 16 {
		t.Errorf("declared = %v, want 16", p.DeclaredComments)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %v", doc.Warnings)
	}
	// Items at two spaces are comments, at four (inside a thread)
	// replies: count them in the raw text.
	var items2, items4 int
	for _, l := range strings.Split(src, "\n") {
		if _, _, ok := numberedItem(strings.TrimLeft(l, " ")); ok {
			switch len(l) - len(strings.TrimLeft(l, " ")) {
			case 2:
				items2++
			case 4:
				items4++
			}
		}
	}
	if items2 != c || items4 != all-c {
		t.Errorf("raw text has %d comment items and %d reply items; parse found %d and %d", items2, items4, c, all-c)
	}
}

// checkArchiveCorpus: three posts with their titles, no comments, the
// second split into three sections.
func checkArchiveCorpus(t *testing.T, src string, doc *thread.Document) {
	var titles []string
	for _, p := range doc.Posts {
		titles = append(titles, p.Title)
		if len(p.Comments) != 0 {
			t.Errorf("post %q has %d comments, want none", p.Title, len(p.Comments))
		}
	}
	want := []string{"A New Diktat", "Advice for NQOs", "New Year - Old Story"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Fatalf("titles (-want +got):\n%s", diff)
	}
	if doc.Format != Archive {
		t.Errorf("format = %q, want archive", doc.Format)
	}
	if n := len(doc.Posts[1].Sections); n != 3 {
		t.Errorf("second post has %d sections, want 3", n)
	}
	for i, p := range doc.Posts {
		if p.Published == nil {
			t.Errorf("post %d has no date", i+1)
		}
	}
}

// checkFlatCorpus: one comment per glued marker, less the segments that
// are only a lead-in line, which join the next.
func checkFlatCorpus(t *testing.T, src string, doc *thread.Document) {
	if doc.Format != "flat" || len(doc.Posts) != 1 {
		t.Fatalf("format %q with %d posts, want flat with 1", doc.Format, len(doc.Posts))
	}
	// Count markers and lead-in-only segments from the raw lines.
	markers, leadIns := 0, 0
	var seg []string
	for _, l := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		rest, ok := strings.CutPrefix(l, "ReplyDelete")
		if !ok {
			rest, ok = strings.CutPrefix(l, "Delete")
		}
		if !ok {
			seg = append(seg, l)
			continue
		}
		markers++
		if len(seg) > 0 && onlyLeadIn(seg[len(seg)-1:]) && (markers == 1 || len(seg) == 1) {
			leadIns++
		}
		seg = []string{rest}
	}
	_, all := nodes(doc.Posts[0])
	if markers == 0 || all != markers-leadIns {
		t.Errorf("found %d nodes; the raw text has %d markers and %d lead-in segments", all, markers, leadIns)
	}
	// The only warnings are of lines the scraper repeated, and the lines
	// they name are the same in the raw text.
	raw := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	dups := 0
	for _, w := range doc.Warnings {
		var a, b, c, d int
		if _, err := fmt.Sscanf(w.Message, "lines %d-%d repeat lines %d-%d verbatim", &a, &b, &c, &d); err != nil {
			t.Errorf("warning: %v", w)
			continue
		}
		dups++
		if b-a != d-c || strings.Join(raw[a-1:b], "\n") != strings.Join(raw[c-1:d], "\n") {
			t.Errorf("warning %q: the raw lines differ", w.Message)
		}
	}
	if dups == 0 {
		t.Errorf("no repeated lines reported; the dump repeats a run of its post's paragraphs")
	}
	// Dropping the repeat keeps every word (as markup) and shortens the
	// post's body by the repeated text.
	p := Parser{Stages: enriched, DropDuplicates: true}
	dropped, err := p.ParseBytes("flat", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkLossless(t, src, dropped)
	if len(dropped.Posts[0].Body) >= len(doc.Posts[0].Body) {
		t.Errorf("DropDuplicates: body of %d bytes, was %d", len(dropped.Posts[0].Body), len(doc.Posts[0].Body))
	}
}

// onlyLeadIn reports whether every line is a lead-in by the raw rules: a
// line ending ":-", or a line quoting a comment by its full time.
func onlyLeadIn(ls []string) bool {
	for _, l := range ls {
		l = strings.TrimSpace(l)
		if strings.HasSuffix(l, ":-") {
			continue
		}
		if i := strings.Index(l, ": \""); i > 0 && strings.Contains(l[:i], " at ") && len(l[:i]) < 60 {
			continue
		}
		return false
	}
	return true
}

// checkEnrichment checks what the enrichment passes find against counts
// taken from the raw text: one signature author per line that is only a
// name marked with an apostrophe, and no other; one tweet per lead-in line
// naming Twitter and ending ":-" that a quoted line follows; every comment
// quoted after a full date and time takes that time; every "@HH:MM"
// mention of a time some node has resolves.
func checkEnrichment(t *testing.T, src string, doc *thread.Document) {
	var raw []string
	for _, l := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		for _, m := range []string{"ReplyDelete", "Delete"} {
			l = strings.TrimPrefix(l, m)
		}
		if l != "" {
			raw = append(raw, l)
		}
	}
	marked, tweets := 0, 0
	for i, l := range raw {
		if strings.HasPrefix(l, "'") && len(strings.Fields(l)) == 1 && len(l) > 2 && l[1] >= 'A' && l[1] <= 'Z' {
			marked++
		}
		if strings.HasSuffix(l, ":-") && strings.Contains(l, "Twitter") && i+1 < len(raw) && strings.ContainsAny(raw[i+1][:1], "\"“") {
			tweets++
		}
	}
	signed, gotTweets := 0, 0
	byID := map[string]*thread.Node{}
	clocks := map[string]bool{}
	thread.Walk(doc, func(p *thread.Post, parent *thread.Comment, n *thread.Node) bool {
		byID[n.ID] = n
		if n.AuthorSource == thread.SourceSignature {
			signed++
			if !strings.Contains(n.Body, "'"+n.Author) {
				t.Errorf("node %s signed %q, but its body has no such sign-off", n.ID, n.Author)
			}
		}
		for _, q := range n.Quotes {
			if q.Kind == "tweet" {
				gotTweets++
				if q.Source != "Twitter" {
					t.Errorf("node %s: tweet from %q, want Twitter", n.ID, q.Source)
				}
			}
		}
		return true
	})
	if signed != marked {
		t.Errorf("%d nodes signed, the raw text has %d sign-off lines", signed, marked)
	}
	if gotTweets != tweets {
		t.Errorf("%d tweets found, the raw text has %d lead-ins to tweets", gotTweets, tweets)
	}
	thread.Walk(doc, func(p *thread.Post, parent *thread.Comment, n *thread.Node) bool {
		for _, q := range n.Quotes {
			if q.Kind != "comment" {
				continue
			}
			cited := false
			for _, l := range strings.Split(n.Body, "\n") {
				if i := strings.Index(l, ": \""); i > 0 && strings.Contains(l[:i], " at ") && strings.Contains(l, q.Text) {
					cited = true
				}
			}
			if target := byID[q.Target]; cited && (target == nil || target.Time == nil || !target.TimeInferred) {
				t.Errorf("node %s cites %s with its time; the time was not inferred", n.ID, q.Target)
			}
		}
		if n.Time != nil {
			clocks[n.Time.Format("15:04")] = true
		}
		return true
	})
	thread.Walk(doc, func(p *thread.Post, parent *thread.Comment, n *thread.Node) bool {
		for _, m := range n.Mentions {
			if c, ok := strings.CutPrefix(m.Text, "@"); ok && clocks[c] && m.Target == "" {
				t.Errorf("node %s: mention %q of a known time is unresolved", n.ID, m.Text)
			}
		}
		return true
	})
}
