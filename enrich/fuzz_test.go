package enrich

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPost runs the passes over a post whose nodes are pieces of the fuzzed
// text: they must not panic, every quote, mention and signature must come
// from the node's own text, and a second run must change nothing.
func FuzzPost(f *testing.F) {
	for _, s := range []string{
		"From Twitter:-\n\"A tweet with some words.\"\n|@22:00 and Anon at 19.30\n'Getafix",
		"\"Unclosed quote\nsecond line\"\"\"|Anonymous 27 October 2024 at 08:46: \"x y z\"|> 1930 says PG",
		"Yours,\nBIONIC|“nested “deep” quotes” here|> – ~ ' - @ @@ 99:99 23;59",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		parts := strings.Split(s, "|")
		p := mkPost(parts[0], parts[1:]...)
		Post(p, Options{})
		once := fmt.Sprintf("%+v", dump(p))
		for _, n := range nodesOf(p) {
			for _, m := range n.Mentions {
				if !strings.Contains(n.Body, m.Text) {
					t.Fatalf("mention %q not in body %q", m.Text, n.Body)
				}
			}
			if n.AuthorSource == "signature" && !strings.Contains(n.Body, n.Author) {
				t.Fatalf("signature %q not in body %q", n.Author, n.Body)
			}
			for _, q := range n.Quotes {
				if q.Text == "" {
					t.Fatalf("empty quote in %q", n.Body)
				}
			}
		}
		Post(p, Options{})
		if twice := fmt.Sprintf("%+v", dump(p)); twice != once {
			t.Fatalf("second run differs:\n%s\n%s", once, twice)
		}
	})
}
