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
