package enrich_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
)

// BenchmarkDocument runs the passes over every dump in testdata, parsed
// once without them. SetBytes counts the dumps' bytes.
func BenchmarkDocument(b *testing.B) {
	files, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	benchDocuments(b, files)
}

// BenchmarkRealDumps runs the passes over the real dumps: the files of
// $BLOGTHREAD_CORPUS and the text dumps of the pages in
// $BLOGTHREAD_EXTERNAL/pages. Real posts are long, typographic and quoted
// by their comments, which the generated dumps are not; this is where the
// quotation search shows (see quoteIndex).
func BenchmarkRealDumps(b *testing.B) {
	corpus, external := os.Getenv("BLOGTHREAD_CORPUS"), os.Getenv("BLOGTHREAD_EXTERNAL")
	if corpus == "" && external == "" {
		b.Skip("BLOGTHREAD_CORPUS and BLOGTHREAD_EXTERNAL unset")
	}
	var files []string
	for _, pattern := range []string{filepath.Join(corpus, "*.txt"), filepath.Join(external, "pages", "*.txt")} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		b.Fatal("no real dumps found")
	}
	benchDocuments(b, files)
}

// benchDocuments parses files once without the passes, then measures the
// passes over them; SetBytes counts the files' bytes.
func benchDocuments(b *testing.B, files []string) {
	var docs []*thread.Document
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var p parse.Parser
		doc, err := p.ParseBytes(f, src)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			enrich.Document(d, enrich.Options{})
		}
	}
}
