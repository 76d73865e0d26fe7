// Package gen writes synthetic comment dumps of any size, in every text
// layout and as a Blogger backup, from a seed: for benchmarks, the
// comparison script and scale tests. Its shape is calibrated on the real
// dumps of ../shared (the corpus and the text of the external pages):
// posts of about 5 KB in many short paragraphs and a few long ones,
// comments of one paragraph or a few, a fifth of them with replies,
// curly quotes and other non-ASCII text, quotations of the post and of
// earlier comments, tweets, signatures and time mentions. benchcompare
// -real prints how the cost of each stage compares with the real text's.
package gen

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Layouts are the layouts Write can produce.
var Layouts = []string{"numbered", "flat", "copypaste", "classic", "blogger", "wxr"}

// Node is a generated comment or reply.
type Node struct {
	Author  string
	At      time.Time
	Paras   []string
	Replies []Node
}

// Post is a generated post with its comments.
type Post struct {
	Date     time.Time
	Title    string
	Body     []string
	Comments []Node
}

// Count returns the number of comments and replies.
func (p Post) Count() int {
	n := 0
	for _, c := range p.Comments {
		n += 1 + len(c.Replies)
	}
	return n
}

var words = strings.Fields(`the a of to and in that is for it on was with as be at by this had not are but from
or have an they which one you were her all she there would their we him been has when who will more no if out
so said what up its about into than them can only other new some could time these two may then do first any my
now such like our over man me even most made after also did many before must through back years where much your
way well down should because each just those people how too little state good very make world still own see men
work long get here between both life being under never day same another know while last might us great old year
off come since against go came right used take three probation service office staff council harbour library
ferry bus village school road week month plan budget report review meeting letter change officers managers
public money cases workload training union members ministry justice inspection court family committee
organisation experience management government practitioners supervision inspectorate unfortunately recruitment
absolutely professional understand everything community themselves different important colleagues
responsibility interventions accommodation assessment performance unification privatisation
RNLI BBC Cornwall Falmouth Harbour Trust Council DfT NHS 2021 2022 17 43 85 300 £30k don’t it’s I’m café naïve`)

var names = []string{"Anonymous", "Anonymous", "Anonymous", "Jane Doe", "Tom Pascoe", "Nell Trewin", "Marek Nowak",
	"Ruth Adeyemi", "Old Salt", "Harbour Watch", "Unknown", "Sam Ito", "Lena Fischer", "Pearly Gates"}

type gen struct {
	r   *rand.Rand
	now time.Time
}

func (g *gen) sentence() string {
	n := 6 + g.r.IntN(18)
	var b strings.Builder
	for i := range n {
		w := words[g.r.IntN(len(words))]
		if i == 0 {
			if w[0] < 0x80 { // "£30k" stays as it is
				w = strings.ToUpper(w[:1]) + w[1:]
			}
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	switch g.r.IntN(10) {
	case 0:
		b.WriteString("?")
	case 1:
		b.WriteString("!")
	default:
		b.WriteString(".")
	}
	return b.String()
}

func (g *gen) para() string {
	n := 1 + g.r.IntN(2)
	if g.r.IntN(8) == 0 {
		n = 3 + g.r.IntN(10)
	}
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence()
	}
	return strings.Join(s, " ")
}

func (g *gen) paras(max int) []string {
	n := 1 + g.r.IntN(max)
	p := make([]string, n)
	for i := range p {
		p[i] = g.para()
	}
	return p
}

func (g *gen) node(p *Post) Node {
	g.now = g.now.Add(time.Duration(1+g.r.IntN(90)) * time.Minute)
	n := Node{Author: names[g.r.IntN(len(names))], At: g.now, Paras: g.paras(1 + 3*g.r.IntN(2))}
	switch g.r.IntN(20) {
	case 3:
		n.Paras[0] = fmt.Sprintf("@%s %s", g.now.Add(-time.Duration(g.r.IntN(120))*time.Minute).Format("15:04"), n.Paras[0])
	case 4, 5:
		q := g.sentence() // a quotation from elsewhere
		switch k := g.r.IntN(20); {
		case k < 3 && len(p.Comments) > 0: // an earlier comment
			q = p.Comments[g.r.IntN(len(p.Comments))].Paras[0]
		case k < 5: // the post
			q = p.Body[g.r.IntN(len(p.Body))]
		}
		if i := strings.Index(q, ". "); i > 0 {
			q = q[:i+1]
		}
		n.Paras = append([]string{"“" + q + "”"}, n.Paras...)
	case 0:
		n.Paras = append(n.Paras, "'"+strings.Fields(names[4+g.r.IntN(len(names)-4)])[0])
	case 1:
		n.Paras = append([]string{"From Twitter:-"}, "\""+g.sentence()+"\"")
	case 2:
		n.Paras[0] = fmt.Sprintf("@%s %s", g.now.Add(-time.Duration(g.r.IntN(120))*time.Minute).Format("15:04"), n.Paras[0])
	}
	return n
}

// NewPost generates a post.
func (g *gen) post() Post {
	g.now = g.now.Add(time.Duration(20+g.r.IntN(40)) * time.Hour).Truncate(24 * time.Hour).Add(7 * time.Hour)
	p := Post{Date: g.now, Title: strings.TrimSuffix(strings.TrimSuffix(g.sentence(), "."), "?"), Body: g.paras(45)}
	if len(p.Title) > 60 {
		p.Title = strings.TrimSpace(strings.ToValidUTF8(p.Title[:60], ""))
	}
	p.Title = strings.TrimRight(p.Title, "!?. ")
	comments := g.r.IntN(24)
	for range comments {
		c := g.node(&p)
		if g.r.IntN(5) == 0 {
			for range 1 + g.r.IntN(4) {
				c.Replies = append(c.Replies, g.node(&p))
			}
		}
		p.Comments = append(p.Comments, c)
	}
	return p
}

// Write writes posts in the named layout to w until at least size bytes
// are written, and returns the posts' count of comments and replies. The
// same seed gives the same dump.
func Write(w io.Writer, layout string, seed uint64, size int64) (nodes int, err error) {
	nodes, _, err = write(w, layout, seed, size, -1)
	return nodes, err
}

// WritePosts writes exactly posts posts in the named layout; the same seed
// gives the same threads in every layout. It returns the count of comments
// and replies.
func WritePosts(w io.Writer, layout string, seed uint64, posts int) (nodes int, err error) {
	nodes, _, err = write(w, layout, seed, -1, posts)
	return nodes, err
}

// write stops at size bytes (size >= 0) or after max posts (max >= 0).
func write(w io.Writer, layout string, seed uint64, size int64, max int) (nodes, posts int, err error) {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), now: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := &countWriter{w: bw}
	switch layout {
	case "blogger":
		cw.WriteString("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>\n")
	case "wxr":
		cw.WriteString(`<?xml version="1.0" encoding="UTF-8" ?>` + "\n" + `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">` + "\n<channel>\n")
	}
	id := 0
	var comments []string // Blogger lists comments after every post
	var pending int64     // their bytes
	for size >= 0 && cw.n < size || max >= 0 && posts < max {
		p := g.post()
		posts++
		nodes += p.Count()
		switch layout {
		case "numbered":
			writeNumbered(cw, p)
		case "flat":
			writeFlat(cw, p)
		case "copypaste":
			writeCopyPaste(cw, p)
		case "classic":
			writeClassic(cw, p)
		case "wxr":
			id++
			writeWXR(cw, p, id)
		case "blogger":
			id++
			cs := writeBlogger(cw, p, id)
			for _, c := range cs {
				pending += int64(len(c))
			}
			comments = append(comments, cs...)
			if size >= 0 && cw.n+pending >= size {
				for _, c := range comments {
					cw.WriteString(c)
				}
				comments = nil
				cw.WriteString("</feed>\n")
				return nodes, posts, bw.Flush()
			}
		default:
			return 0, 0, fmt.Errorf("gen: unknown layout %q (want one of %v)", layout, Layouts)
		}
		if cw.err != nil {
			return nodes, posts, cw.err
		}
	}
	switch layout {
	case "blogger":
		for _, c := range comments {
			cw.WriteString(c)
		}
		cw.WriteString("</feed>\n")
	case "wxr":
		cw.WriteString("</channel>\n</rss>\n")
	}
	return nodes, posts, bw.Flush()
}

type countWriter struct {
	w   *bufio.Writer
	n   int64
	err error
}

func (c *countWriter) WriteString(s string) {
	if c.err != nil {
		return
	}
	n, err := c.w.WriteString(s)
	c.n += int64(n)
	c.err = err
}

func (c *countWriter) printf(format string, args ...any) { c.WriteString(fmt.Sprintf(format, args...)) }

func head(w *countWriter, p Post, blank bool) {
	sep := "\n"
	if blank {
		sep = "\n\n"
	}
	w.printf("%s%s%s%s%s", p.Date.Format("Monday, 2 January 2006"), sep, p.Title, sep, strings.Join(p.Body, "\n\n"))
	w.WriteString("\n\n")
}

// countLine is Blogger's comment count line.
func countLine(n int) string {
	switch n {
	case 0:
		return "No comments:"
	case 1:
		return "1 comment:"
	}
	return fmt.Sprintf("%d comments:", n)
}

func indent(s, pre string) string {
	return pre + strings.ReplaceAll(s, "\n", "\n"+pre)
}

func writeNumbered(w *countWriter, p Post) {
	head(w, p, true)
	w.printf("%s\n\n", countLine(p.Count()))
	for i, c := range p.Comments {
		first, rest := c.Paras[0], c.Paras[1:]
		w.printf("  %d. %s\n\n", i+1, first)
		for _, para := range rest {
			w.printf("%s\n\n", indent(para, "    "))
		}
		w.WriteString("    ReplyDelete\n")
		if len(c.Replies) > 0 {
			w.WriteString("    Replies\n")
			for j, r := range c.Replies {
				w.printf("    %d. %s\n\n", j+1, r.Paras[0])
				for _, para := range r.Paras[1:] {
					w.printf("%s\n\n", indent(para, "      "))
				}
				w.WriteString("      Delete\n")
			}
		}
	}
	w.WriteString("\n")
}

func writeFlat(w *countWriter, p Post) {
	head(w, p, false)
	w.printf("%s\n", countLine(p.Count()))
	marker := ""
	for _, c := range p.Comments {
		w.printf("%s%s\n", marker, strings.Join(c.Paras, "\n"))
		marker = "ReplyDelete"
		for _, r := range c.Replies {
			w.printf("%s%s\n", marker, strings.Join(r.Paras, "\n"))
			marker = "Delete"
		}
	}
	w.printf("%s\n", marker)
}

func writeCopyPaste(w *countWriter, p Post) {
	head(w, p, false)
	w.printf("Posted by Quayside Notes at %s\n", p.Date.Format("15:04"))
	w.printf("%s\n\n", countLine(p.Count()))
	node := func(n Node) {
		w.printf("%s%s\n%s\n", n.Author, n.At.Format("2 January 2006 at 15:04"), strings.Join(n.Paras, "\n\n"))
	}
	for _, c := range p.Comments {
		node(c)
		w.WriteString("ReplyDelete\n")
		if len(c.Replies) > 0 {
			w.WriteString("Replies\n\n")
			for _, r := range c.Replies {
				node(r)
				w.WriteString("Delete\n\n")
			}
			w.WriteString("Reply\n")
		}
	}
	w.WriteString("Add comment\nLoad more...\n\n")
}

func writeClassic(w *countWriter, p Post) {
	head(w, p, true)
	w.printf("%s\n\n", countLine(p.Count()))
	node := func(n Node) {
		w.printf("%s said...\n%s\n%s\n\n", n.Author, strings.Join(n.Paras, "\n\n"), n.At.Format("January 2, 2006 3:04 PM"))
	}
	for _, c := range p.Comments {
		node(c)
		for _, r := range c.Replies {
			node(r)
		}
	}
}

// writeBlogger writes the post's entry and returns its comments' entries.
func writeBlogger(w *countWriter, p Post, id int) []string {
	const blog = "tag:blogger.com,1999:blog-42"
	h := func(paras []string) string {
		return html.EscapeString(strings.Join(paras, "<br /><br />"))
	}
	w.printf("<entry><id>%s.post-%d</id><published>%s</published><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title type='text'>%s</title><content type='html'>%s</content><author><name>Quayside Notes</name></author><thr:total>%d</thr:total></entry>\n",
		blog, id*1000, p.Date.Format(time.RFC3339), html.EscapeString(p.Title), h(p.Body), p.Count())
	var out []string
	entry := func(n Node, cid, parent int) {
		related := ""
		if parent != 0 {
			related = fmt.Sprintf("<link rel='related' href='https://www.blogger.com/feeds/42/%d/comments/default/%d'/>", id*1000, parent)
		}
		out = append(out, fmt.Sprintf("<entry><id>%s.post-%d</id><published>%s</published><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/><content type='html'>%s</content>%s<author><name>%s</name></author><thr:in-reply-to ref='%s.post-%d' type='text/html'/></entry>\n",
			blog, cid, n.At.Format(time.RFC3339), h(n.Paras), related, n.Author, blog, id*1000))
	}
	cid := id * 1000
	for _, c := range p.Comments {
		cid++
		top := cid
		entry(c, top, 0)
		for _, r := range c.Replies {
			cid++
			entry(r, cid, top)
		}
	}
	return out
}

// writeWXR writes the post as a WordPress item with its comments; a reply
// answers its comment, or now and then the reply before it (WordPress
// nests deeper than Blogger shows).
func writeWXR(w *countWriter, p Post, id int) {
	cdata := func(s string) string { return "<![CDATA[" + strings.ReplaceAll(s, "]]>", "]]]]><![CDATA[>") + "]]>" }
	w.printf("<item><title>%s</title><dc:creator>%s</dc:creator><content:encoded>%s</content:encoded><wp:post_id>%d</wp:post_id><wp:post_date>%s</wp:post_date><wp:post_date_gmt>%s</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>\n",
		html.EscapeString(p.Title), "quayside", cdata(strings.Join(p.Body, "\n\n")), id, p.Date.Format("2006-01-02 15:04:05"), p.Date.UTC().Format("2006-01-02 15:04:05"))
	cid := id * 1000
	comment := func(n Node, parent int) int {
		cid++
		w.printf("<wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author>%s</wp:comment_author><wp:comment_date_gmt>%s</wp:comment_date_gmt><wp:comment_content>%s</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>%d</wp:comment_parent></wp:comment>\n",
			cid, cdata(n.Author), n.At.UTC().Format("2006-01-02 15:04:05"), cdata(strings.Join(n.Paras, "\n\n")), parent)
		return cid
	}
	for _, c := range p.Comments {
		top := comment(c, 0)
		prev := top
		for j, r := range c.Replies {
			parent := top
			if j%2 == 1 {
				parent = prev
			}
			prev = comment(r, parent)
		}
	}
	w.WriteString("</item>\n")
}
