package blogthread_test

import (
	"strings"
	"testing"

	"github.com/blogthread/blogthread"
	"github.com/google/go-cmp/cmp"
)

// TestOptionsReachTheParser checks that each option changes what Parse
// gives on a testdata dump, or (WithWorkers) gives the same.
func TestOptionsReachTheParser(t *testing.T) {
	const file = "testdata/enrich/signatures.txt"
	def, err := blogthread.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	one, err := blogthread.ParseFile(file, blogthread.WithWorkers(1))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(def, one); diff != "" {
		t.Errorf("WithWorkers(1) changes the document (-default +one):\n%s", diff)
	}
	bare, err := blogthread.ParseFile(file, blogthread.WithoutEnrichment(), blogthread.WithWorkers(3))
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Equal(def, bare) {
		t.Errorf("WithoutEnrichment gives the enriched document")
	}
	const export = "testdata/exports/wxr-rules.xml"
	shown, err := blogthread.ParseFile(export)
	if err != nil {
		t.Fatal(err)
	}
	all, err := blogthread.ParseFile(export, blogthread.WithHidden())
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Posts) <= len(shown.Posts) {
		t.Errorf("WithHidden: %d posts, without %d, want more", len(all.Posts), len(shown.Posts))
	}
}

// TestStream: the root Stream yields what Posts yields and then its summary.
func TestStream(t *testing.T) {
	st := blogthread.Stream(strings.NewReader("Monday, 2 June 2025\n\nA Title\n\nBody.\n\n1 comment:\n\nAnn said...\n\nHallo.\n\nJune 2, 2025 at 10:00 AM\n"), blogthread.WithSource("x.txt"))
	n := 0
	for _, err := range st.Posts() {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if sum := st.Summary(); n != 1 || !sum.Complete || sum.Format == "" || sum.Encoding != "utf-8" {
		t.Errorf("%d posts, summary %+v", n, sum)
	}
}
