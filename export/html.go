package export

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/blogthread/blogthread/thread"
)

// WriteHTML writes one self-contained page that shows docs: each post with
// its title, date and body, then its comments and replies as a nested
// tree with author, time (marked when inferred, not shown) and text; every
// quotation and mention a link to the node it points at, and on that node
// the links back ("quoted by 3.2, 7"); per post a timeline of its comments
// (inline SVG, a bar per hour or per day, as the span asks) and a table of
// its authors with their comments and whom they answer most; the
// warnings, folded, at the top; and a list of contents when there is more
// than one post. The page loads nothing (no scripts, fonts, images or
// styles from elsewhere), and html/template escapes every text from the
// input: nothing in a dump can put markup or script into it.
func WriteHTML(w io.Writer, docs []*thread.Document) error {
	page := htmlPage{}
	for di, doc := range docs {
		for _, wn := range doc.Warnings {
			page.Warnings = append(page.Warnings, htmlWarning{Source: doc.Source, Warning: wn})
		}
		for _, post := range doc.Posts {
			page.Posts = append(page.Posts, newHTMLPost(fmt.Sprintf("d%d-%s", di+1, post.ID), doc.Source, post))
		}
		page.Sources = append(page.Sources, doc.Source)
	}
	page.Title = "blogthread"
	if len(page.Posts) == 1 && page.Posts[0].Post.Title != "" {
		page.Title = page.Posts[0].Post.Title
	}
	return htmlTemplate.Execute(w, page)
}

// htmlPage is what the template shows.
type htmlPage struct {
	Title    string
	Sources  []string
	Warnings []htmlWarning
	Posts    []*htmlPost
}

type htmlWarning struct {
	Source string
	thread.Warning
}

// htmlPost is a post with what the page shows of it beside its tree.
type htmlPost struct {
	Anchor   string
	Source   string
	Post     *thread.Post
	Nodes    []*htmlNode // the comments, each with its replies
	Timeline *timeline
	Authors  []authorRow
	backs    map[string][]string // a node's id -> the ids of the nodes that quote or mention it
}

// htmlNode is a comment or reply on the page.
type htmlNode struct {
	*thread.Node
	Anchor  string
	Replies []*htmlNode
	Links   []htmlLink // its quotations and mentions
	Backs   []htmlLink // the nodes that quote or mention it
}

// htmlLink is a link to a node or the post, with the text that makes it.
type htmlLink struct {
	Kind   string // "quote" or "mention", or "quoted by" for a back link
	Text   string
	Target string // the anchor, or "" when the target is not known
	Label  string // the target's id
}

func newHTMLPost(anchor, source string, p *thread.Post) *htmlPost {
	hp := &htmlPost{Anchor: anchor, Source: source, Post: p, backs: map[string][]string{}}
	nodeAnchor := func(id string) string {
		if id == p.ID {
			return anchor
		}
		return anchor + "-c" + id
	}
	link := func(kind, text, target string) htmlLink {
		l := htmlLink{Kind: kind, Text: text, Label: target}
		if target != "" {
			l.Target = nodeAnchor(target)
		}
		return l
	}
	mk := func(n *thread.Node) *htmlNode {
		hn := &htmlNode{Node: n, Anchor: nodeAnchor(n.ID)}
		for _, q := range n.Quotes {
			hn.Links = append(hn.Links, link("quote", string(q.Kind)+": "+q.Text, q.Target))
			if q.Target != "" {
				hp.backs[q.Target] = append(hp.backs[q.Target], n.ID)
			}
		}
		for _, m := range n.Mentions {
			hn.Links = append(hn.Links, link("mention", m.Text, m.Target))
			if m.Target != "" {
				hp.backs[m.Target] = append(hp.backs[m.Target], n.ID)
			}
		}
		return hn
	}
	var all []*htmlNode
	for _, c := range p.Comments {
		hc := mk(&c.Node)
		all = append(all, hc)
		for _, r := range c.Replies {
			hr := mk(&r.Node)
			hc.Replies = append(hc.Replies, hr)
			all = append(all, hr)
		}
		hp.Nodes = append(hp.Nodes, hc)
	}
	for _, hn := range all {
		for _, id := range slices.Compact(hp.backs[hn.ID]) {
			hn.Backs = append(hn.Backs, link("quoted by", id, id))
		}
	}
	hp.Timeline = newTimeline(p)
	hp.Authors = authorTable(p)
	return hp
}

// PostBacks are the ids of the nodes that quote or mention the post.
func (hp *htmlPost) PostBacks() []htmlLink {
	var out []htmlLink
	for _, id := range slices.Compact(hp.backs[hp.Post.ID]) {
		out = append(out, htmlLink{Kind: "quoted by", Text: id, Label: id, Target: hp.Anchor + "-c" + id})
	}
	return out
}

// timeline is the comments of a post over time: a bar per bucket.
type timeline struct {
	Unit   string // "hour" or "day"
	Bars   []bar
	Width  int
	Height int
	First  string
	Last   string
}

type bar struct {
	X, Y, W, H int
	Label      string
}

// maxBuckets bounds the bars of a timeline: a thread that goes on for
// years is shown a bar per week or month... per day up to this many days.
const maxBuckets = 400

func newTimeline(p *thread.Post) *timeline {
	var times []time.Time
	for n := range p.Nodes() {
		if n.Time != nil {
			times = append(times, n.Time.UTC())
		}
	}
	if len(times) == 0 {
		return nil
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	first, last := times[0], times[len(times)-1]
	unit, step := "hour", time.Hour
	if last.Sub(first) > 72*time.Hour {
		unit, step = "day", 24*time.Hour
	}
	start := first.Truncate(step)
	n := int(last.Truncate(step).Sub(start)/step) + 1
	for n > maxBuckets {
		step *= 7
		unit = "week"
		if step > 7*24*time.Hour {
			unit = fmt.Sprintf("%d days", step/(24*time.Hour))
		}
		start = first.Truncate(step)
		n = int(last.Truncate(step).Sub(start)/step) + 1
	}
	counts := make([]int, n)
	for _, t := range times {
		counts[int(t.Sub(start)/step)]++
	}
	most := slices.Max(counts)
	const h, bw = 80, 8
	tl := &timeline{Unit: unit, Width: n * bw, Height: h + 2, First: first.Format("2006-01-02 15:04"), Last: last.Format("2006-01-02 15:04")}
	for i, c := range counts {
		bh := c * h / most
		from := start.Add(time.Duration(i) * step)
		tl.Bars = append(tl.Bars, bar{X: i * bw, Y: h + 1 - bh, W: bw - 1, H: bh,
			Label: fmt.Sprintf("%s: %d", from.Format("2006-01-02 15:04"), c)})
	}
	return tl
}

// authorRow is an author of a post's comments: how many, and whom they
// answer most.
type authorRow struct {
	Name     string
	Comments int
	Answers  string
}

func authorTable(p *thread.Post) []authorRow {
	count := map[string]int{}
	answers := map[string]map[string]int{}
	byID := map[string]string{}
	for n := range p.Nodes() {
		byID[n.ID] = cmp.Or(n.Author, "?")
	}
	for _, c := range p.Comments {
		a := cmp.Or(c.Author, "?")
		count[a]++
		for _, r := range c.Replies {
			ra := cmp.Or(r.Author, "?")
			count[ra]++
			to := byID[cmp.Or(r.ReplyTo, c.ID)]
			if answers[ra] == nil {
				answers[ra] = map[string]int{}
			}
			answers[ra][to]++
		}
	}
	var rows []authorRow
	for name, n := range count {
		row := authorRow{Name: name, Comments: n}
		best := 0
		for to, k := range answers[name] {
			if k > best || k == best && to < row.Answers {
				row.Answers, best = to, k
			}
		}
		rows = append(rows, row)
	}
	slices.SortFunc(rows, func(a, b authorRow) int { return cmp.Or(b.Comments-a.Comments, strings.Compare(a.Name, b.Name)) })
	return rows
}

// paragraphs splits a text at its blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func htmlTime(n *thread.Node) string {
	switch {
	case n.Time != nil:
		return n.Time.Format("2006-01-02 15:04 MST")
	case n.Date != nil:
		return n.Date.String()
	}
	return n.Clock
}

var htmlTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"paragraphs": paragraphs,
	"time":       htmlTime,
	"author":     func(s string) string { return cmp.Or(s, "?") },
	"count":      countOf,
	"nodes": func(n int) string {
		if n == 1 {
			return "1 comment or reply"
		}
		return fmt.Sprintf("%d comments and replies", n)
	},
}).Parse(htmlSource))

const htmlSource = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="generator" content="blogthread">
<title>{{.Title}}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 60em; padding: 0 1em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-top: 2em; border-top: 2px solid #ccc; padding-top: .8em; }
.meta, .head { color: #555; font-size: .9em; }
.head b { color: #000; }
ol.comments, ol.replies { list-style: none; padding-left: 0; }
ol.replies { margin-left: 1.5em; border-left: 2px solid #e3e3e3; padding-left: .8em; }
li.node { margin: .8em 0; }
li.node:target { background: #fff7cc; }
.text p { margin: .3em 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.links, .backs { font-size: .85em; color: #444; }
.deleted { color: #999; font-style: italic; }
svg.timeline rect.bar { fill: #4a7ab5; }
figure { margin: 1em 0; overflow-x: auto; }
table.authors { border-collapse: collapse; font-size: .9em; }
table.authors td, table.authors th { border-bottom: 1px solid #ddd; padding: .15em .6em; text-align: left; }
details.warnings { background: #fbf3e6; padding: .3em .8em; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="meta">{{count (len .Posts) "post"}} from {{range $i, $s := .Sources}}{{if $i}}, {{end}}{{$s}}{{end}}</p>
{{if .Warnings}}<details class="warnings"><summary>{{count (len .Warnings) "warning"}}</summary>
<ul>{{range .Warnings}}<li>{{.Source}}{{if .Line}}:{{.Line}}{{end}}: <code>{{.Kind}}</code> {{.Message}}</li>
{{end}}</ul></details>{{end}}
{{if gt (len .Posts) 1}}<nav><h2>Contents</h2><ol class="contents">{{range .Posts}}<li><a href="#{{.Anchor}}">{{if .Post.Title}}{{.Post.Title}}{{else}}{{.Post.ID}}{{end}}</a> <span class="meta">({{.Post.Count}})</span></li>
{{end}}</ol></nav>{{end}}
{{range .Posts}}{{$post := .}}<section class="post" id="{{.Anchor}}">
<h2>{{if .Post.Title}}{{.Post.Title}}{{else}}{{.Post.ID}}{{end}}</h2>
<p class="meta">{{.Source}} · {{.Post.ID}}{{with .Post.Published}} · {{.}}{{end}}{{with .Post.Author}} · {{.}}{{end}} · {{nodes .Post.Count}}{{with .Post.DeclaredComments}} ({{.}} declared){{end}}</p>
<div class="text">{{range paragraphs .Post.Body}}<p>{{.}}</p>{{end}}</div>
{{with .PostBacks}}<p class="backs">quoted or mentioned by {{range $i, $l := .}}{{if $i}}, {{end}}<a href="#{{$l.Target}}">{{$l.Label}}</a>{{end}}</p>{{end}}
{{with .Timeline}}<figure><svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" role="img"><title>comments per {{.Unit}}</title>{{range .Bars}}<rect class="bar" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}"><title>{{.Label}}</title></rect>{{end}}</svg>
<figcaption class="meta">comments per {{.Unit}}, {{.First}} to {{.Last}} (UTC)</figcaption></figure>{{end}}
{{if .Authors}}<table class="authors"><tr><th>author</th><th>comments</th><th>answers most</th></tr>
{{range .Authors}}<tr><td>{{.Name}}</td><td>{{.Comments}}</td><td>{{.Answers}}</td></tr>
{{end}}</table>{{end}}
<ol class="comments">{{range .Nodes}}{{template "node" .}}{{end}}</ol>
</section>
{{end}}
</body>
</html>
{{define "node"}}<li class="node" id="{{.Anchor}}">
<div class="head"><a href="#{{.Anchor}}">{{.ID}}</a>{{with .ReplyTo}} (to {{.}}){{end}} <b>{{author .Author}}</b> {{time .Node}}{{if .TimeInferred}} <span title="inferred, not shown">(inferred)</span>{{end}}</div>
<div class="text">{{if .Deleted}}<p class="deleted">(removed)</p>{{end}}{{range paragraphs .Body}}<p>{{.}}</p>{{end}}</div>
{{with .Links}}<div class="links">{{range .}}<div>{{.Kind}} {{if .Target}}<a href="#{{.Target}}">{{.Label}}</a>{{end}} “{{.Text}}”</div>{{end}}</div>{{end}}
{{with .Backs}}<div class="backs">quoted or mentioned by {{range $i, $l := .}}{{if $i}}, {{end}}<a href="#{{$l.Target}}">{{$l.Label}}</a>{{end}}</div>{{end}}
{{if .Replies}}<ol class="replies">{{range .Replies}}{{template "node" .}}{{end}}</ol>{{end}}
</li>{{end}}`
