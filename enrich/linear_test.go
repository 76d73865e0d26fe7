package enrich

import (
	"fmt"
	"strings"
	"testing"

	"github.com/blogthread/blogthread/thread"
)

// quoteWork enriches a post of n comments, each quoting a sentence nobody
// wrote before, and returns the bytes the quotation search indexed and
// compared.
func quoteWork(n int) int {
	p := &thread.Post{ID: "p1", Body: "A post about the harbour."}
	for i := range n {
		body := fmt.Sprintf("Someone said: \u201cThe crane number %d is a unique quoted sentence here.\u201d I doubt it.", i)
		p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: fmt.Sprint(i + 1), Body: body}})
	}
	return post(p, Options{}).index.work
}

// TestQuotesLinear: unmatched quotations cost work in proportion to the
// text, not to the text times the quotations (issue 20, row 2).
func TestQuotesLinear(t *testing.T) {
	a, b := quoteWork(1000), quoteWork(4000)
	if b > 5*a {
		t.Errorf("%d bytes of work at N, %d at 4N: more than linear", a, b)
	}
	// A quotation of an earlier comment is still found, by any window.
	p := &thread.Post{ID: "p1", Body: "Post."}
	for i := range 50 {
		p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: fmt.Sprint(i + 1), Body: fmt.Sprintf("Filler comment %d about nothing much at all.", i)}})
	}
	p.Comments[10].Body = "The night ferry leaves at eleven from the east pier."
	p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: "51", Body: "As someone wrote: \u201cferry leaves at eleven from the east\u201d. Wrong."}})
	Post(p, Options{})
	q := p.Comments[50].Quotes
	if len(q) != 1 || q[0].Kind != KindComment || q[0].Target != "11" {
		t.Errorf("quotes %+v, want comment 11", q)
	}
	if !strings.Contains(p.Comments[10].Body, "ferry") {
		t.Fatal("test text changed")
	}
}

// TestNamesLinear: n authors who share a first name, each mentioning it,
// cost work in proportion to n (issue 20, row 3).
func TestNamesLinear(t *testing.T) {
	work := func(n int) int {
		p := &thread.Post{ID: "p1", Body: "A post."}
		for i := range n {
			p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: fmt.Sprint(i + 1),
				Author: fmt.Sprintf("Jane Surname%d", i), Body: "I agree with Jane on this, and Jane Surname0 too."}})
		}
		return post(p, Options{}).nameWork
	}
	a, b := work(1000), work(4000)
	if b > 5*a {
		t.Errorf("%d names looked up at N, %d at 4N: more than linear", a, b)
	}
	// The longest known name still wins, possessive and all.
	p := &thread.Post{ID: "p1", Body: "Post."}
	p.Comments = []*thread.Comment{
		{Node: thread.Node{ID: "1", Author: "Jane", Body: "First."}},
		{Node: thread.Node{ID: "2", Author: "Jane Surname", Body: "Second."}},
		{Node: thread.Node{ID: "3", Author: "Bo", Body: "Jane Surname's point and Jane's too."}},
	}
	Post(p, Options{})
	var got []string
	for _, m := range p.Comments[2].Mentions {
		got = append(got, m.Text+">"+m.Target)
	}
	if strings.Join(got, ",") != "Jane Surname>2,Jane>1" {
		t.Errorf("mentions %v", got)
	}
}

// TestQuotedAsBefore: cases a review found where the index answered
// otherwise than the full scan: a head cut inside a character, a tail that
// overlaps the head; and a long quotation whose head is everywhere and
// tail nowhere costs work in proportion to the text.
func TestQuotedAsBefore(t *testing.T) {
	find := func(body, quote string) thread.QuoteKind {
		p := &thread.Post{ID: "p1", Body: body}
		p.Comments = []*thread.Comment{{Node: thread.Node{ID: "1", Body: "He wrote: \u201c" + quote + "\u201d"}}}
		Post(p, Options{})
		if q := p.Comments[0].Quotes; len(q) == 1 {
			return q[0].Kind
		}
		return ""
	}
	head := strings.Repeat("a", 91) + " ccccccc"
	if got := find(head+"ж other words"+strings.Repeat(" zz", 40), head+"é"+strings.Repeat(" mid", 60)+strings.Repeat(" zz", 40)); got != KindPost {
		t.Errorf("head cut in a character: %q, want post", got)
	}
	per := strings.Repeat("ab cd ef ", 40)
	if got := find(per[:150], strings.TrimSpace(per[:306])); got != KindPost {
		t.Errorf("tail overlapping the head: %q, want post", got)
	}
	work := func(n int) int {
		p := &thread.Post{ID: "p1", Body: strings.Repeat("ab ", n)}
		p.Comments = []*thread.Comment{{Node: thread.Node{ID: "1", Body: "\u201c" + strings.Repeat("ab ", 40) + strings.Repeat("zz ", 70) + "zz\u201d"}}}
		return post(p, Options{}).index.work
	}
	if a, b := work(10000), work(40000); b > 5*a {
		t.Errorf("a long quotation: %d bytes of work at N, %d at 4N", a, b)
	}
}

// TestLongAuthorName: an author field of thousands of words is no name to
// look for, and costs no more than a short one.
func TestLongAuthorName(t *testing.T) {
	work := func(n int) int {
		p := &thread.Post{ID: "p1", Body: "Post."}
		p.Comments = []*thread.Comment{
			{Node: thread.Node{ID: "1", Author: "Jane" + strings.Repeat(" Xy", n), Body: "Hi."}},
			{Node: thread.Node{ID: "2", Author: "Bo", Body: strings.Repeat("Jane ", n)}},
		}
		return post(p, Options{}).nameWork
	}
	if a, b := work(500), work(2000); b > 5*a {
		t.Errorf("%d lookups at N, %d at 4N", a, b)
	}
}

// TestQuotesOverEmptyNodes: nodes without text (a zero-width character)
// still cost their visit, so that many quotations over many of them do
// not cost their product (found by review: the comparisons in full never
// used up their allowance).
func TestQuotesOverEmptyNodes(t *testing.T) {
	work := func(n int) int {
		p := &thread.Post{ID: "p1", Body: "A post."}
		for i := range n {
			p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: fmt.Sprint(i + 1), Body: "\u200b"}})
		}
		var q strings.Builder
		for i := range n / 10 {
			fmt.Fprintf(&q, "\u201cA sentence nobody wrote, number %d.\u201d\n\n", i)
		}
		p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: fmt.Sprint(n + 1), Body: q.String()}})
		return post(p, Options{}).index.work
	}
	a, b := work(2000), work(8000)
	t.Logf("work %d %d", a, b)
	if b > 5*a {
		t.Errorf("%d bytes of work at N, %d at 4N: more than linear", a, b)
	}
}

// TestWindowTableCollisions: windows that differ only in their last
// bytes spread over the table: the slots looked at grow with the windows,
// not with their square (found by review: the hash took only the first
// bytes into account).
func TestWindowTableCollisions(t *testing.T) {
	window := func(i int) string { return "aaaaaa" + string([]byte{byte(i >> 8), byte(i)}) } // the last two bytes differ
	probes := func(n int) int {
		tab := newWindowTable(16)
		for i := range n {
			tab.add(windowKey(window(i), 0), textPos{0, int32(i)})
		}
		for i := range n {
			if tab.count(windowKey(window(i), 0)) != 1 {
				t.Fatalf("window %d lost", i)
			}
		}
		return tab.probe
	}
	if a, b := probes(1000), probes(4000); b > 8*a+4000 {
		t.Errorf("%d slots looked at for N windows, %d for 4N", a, b)
	}
}
