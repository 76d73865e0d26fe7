package enrich

import (
	"strings"
	"testing"

	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/thread"
)

// quotedDefinition is what quoted means: the first of the post and the
// nodes before i whose key text contains the quotation key k (see
// contains), read in that order; postQuoted for the post, -1 for none.
// quoted must give the same answer whichever of its two ways it takes.
func quotedDefinition(p *thread.Post, bodies []string, i int, k string) int {
	if contains(matchKey(p.Title+"\n"+p.Body), k) {
		return postQuoted
	}
	for j := range i {
		if contains(normalize.Key(bodies[j]), k) {
			return j
		}
	}
	return -1
}

// checkQuoted holds quoted, by full comparison and by the index, to
// quotedDefinition for the quotation q after every node of a post.
func checkQuoted(t *testing.T, title, body string, bodies []string, q string) {
	t.Helper()
	k := matchKey(q)
	if k == "" {
		return
	}
	p := &thread.Post{ID: "p1", Title: title, Body: body}
	for _, b := range bodies {
		p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{Body: b}})
	}
	for i := 0; i <= len(bodies); i++ {
		want := quotedDefinition(p, bodies, i, k)
		full := post(p, Options{})
		full.index = quoteIndex{}
		if got := full.quoted(i, k); got != want {
			t.Errorf("in full: quoted(%d, %q) = %d, want %d", i, k, got, want)
		}
		if full.index.at != nil && full.index.work < full.textBytes() {
			t.Errorf("in full: the index was built within the allowance")
		}
		// Allowances that run out before, during and after the full
		// comparisons: the index takes over wherever they stop.
		for _, allowance := range []int{0, 1, 20, 50, 100, 300, 1000} {
			e := post(p, Options{})
			e.index = quoteIndex{started: true, direct: allowance}
			if got := e.quoted(i, k); got != want {
				t.Errorf("allowance %d: quoted(%d, %q) = %d, want %d", allowance, i, k, got, want)
			}
		}
		indexed := post(p, Options{})
		indexed.index = quoteIndex{started: true} // no allowance: the index at once
		if got := indexed.quoted(i, k); got != want {
			t.Errorf("indexed: quoted(%d, %q) = %d, want %d", i, k, got, want)
		}
		if indexed.index.at == nil {
			t.Errorf("indexed: no index built")
		}
	}
}

// TestQuotedWays: the two ways quoted finds a quotation agree with its
// definition on the cases that tell them apart: the post and a comment
// both holding it, a quotation without a word start in it, a long one
// edited in the middle, typography and case folded.
func TestQuotedWays(t *testing.T) {
	long := strings.Repeat("the council met again and nothing was decided about the pier ", 8)
	tests := []struct {
		name, title, body string
		bodies            []string
		q                 string
	}{
		{"post first", "Title", "The ferry leaves at eleven.", []string{"the ferry leaves at eleven", "x"}, "ferry leaves at eleven"},
		{"a comment", "T", "Nothing here.", []string{"Filler.", "The Night Ferry\u2019s late again.", "x"}, "\u201cnight ferry's late\u201d"},
		{"one word", "T", "Body.", []string{"see https://example.org/a/long/path/here", "x"}, "https://example.org/a/long/path/here"},
		{"mid word", "T", "Body.", []string{"unbelievable things", "x"}, "believable thin"},
		{"long, edited", "T", "Body.", []string{long + "END OF IT", "x"}, long[:150] + " ... " + long[len(long)-150:] + "END OF IT"},
		{"long, tail missing", "T", long, []string{long + "tail", "x"}, long + "tail"},
		{"nowhere", "T", "Body.", []string{"a b c d e f g h", "x"}, "not written by anyone before now"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuoted(t, tt.title, tt.body, tt.bodies, tt.q) })
	}
}

// FuzzQuoted holds quoted to quotedDefinition on any post: the input's
// parts, split at "|", are the post's body, its comments and, last, the
// quotation.
func FuzzQuoted(f *testing.F) {
	f.Add("The ferry leaves at eleven.|Filler comment.|the Ferry leaves|ferry leaves at")
	f.Add("Body.|unbelievable things here and there|believable thin")
	f.Add("A\u00a0post \u201cwith\u201d typography\u2026|STRASSE und stra\u00dfe|stra\u00dfe")
	f.Fuzz(func(t *testing.T, s string) {
		parts := strings.Split(s, "|")
		if len(parts) < 2 || len(parts) > 40 {
			return
		}
		checkQuoted(t, "Title", parts[0], parts[1:len(parts)-1], parts[len(parts)-1])
	})
}
