package blogthread_test

import (
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
