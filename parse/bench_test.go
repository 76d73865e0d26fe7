package parse_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/export"
	"github.com/blogthread/blogthread/internal/gen"
	"github.com/blogthread/blogthread/parse"
)

// enriched is the stage of package enrich, as the command installs it.
var enriched = []parse.Stage{parse.StageFunc(enrich.Apply)}

// benchDump is a generated dump of about 4 MB in the layout.
func benchDump(b *testing.B, layout string) []byte {
	var buf bytes.Buffer
	if _, err := gen.Write(&buf, layout, 1, 4<<20); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkLayouts parses a generated dump of each layout (and a Blogger
// backup of such threads): the structure alone, and with every enrichment
// pass. SetBytes makes the figures MB/s of input.
func BenchmarkLayouts(b *testing.B) {
	for _, layout := range gen.Layouts {
		src := benchDump(b, layout)
		for _, mode := range []string{"structure", "full"} {
			b.Run(layout+"/"+mode, func(b *testing.B) {
				p := parse.Parser{}
				if mode == "full" {
					p.Stages = enriched
				}
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.ParseBytes(layout, src); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkStream parses a generated archive with Posts, a post at a time:
// the structure alone, and with every enrichment pass; on GOMAXPROCS
// workers, as Parser.Workers defaults to, and on one (the "1" runs measure
// the CPU time a byte costs).
func BenchmarkStream(b *testing.B) {
	src := benchDump(b, "numbered")
	for _, mode := range []string{"structure", "full", "structure/1", "full/1"} {
		b.Run(mode, func(b *testing.B) {
			p := parse.Parser{}
			if !strings.HasPrefix(mode, "structure") {
				p.Stages = enriched
			}
			if strings.HasSuffix(mode, "/1") {
				p.Workers = 1
			}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				for _, err := range p.Posts("x", bytes.NewReader(src)) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkEnrich runs the enrichment passes alone over parsed trees.
func BenchmarkEnrich(b *testing.B) {
	src := benchDump(b, "numbered")
	var p parse.Parser
	doc, err := p.ParseBytes("x", src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		enrich.Document(doc, enrich.Options{})
	}
}

// BenchmarkJSON writes a parsed document as JSON.
func BenchmarkJSON(b *testing.B) {
	src := benchDump(b, "numbered")
	var p parse.Parser
	doc, err := p.ParseBytes("x", src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if err := export.WriteJSON(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// markupDense is the input of BenchmarkMarkupDense and TestMarkupDenseBytes:
// n action markers, one a line, after one comment (issue 20, row 16).
func markupDense(n int) []byte {
	return []byte("Alice said...\nThe one comment.\n" + strings.Repeat("ReplyDelete\n", n))
}

// BenchmarkMarkupDense parses a dump that is almost all markers: each is a
// Markup entry and a flat segment, so what those cost per marker is what a
// byte of it costs. It justifies the blocks of builder.markup and the
// index-only segments of flat.parse.
func BenchmarkMarkupDense(b *testing.B) {
	src := markupDense(200_000)
	p := parse.Parser{Workers: 1, Stages: enriched}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.ParseBytes("dense", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkXMLTokens reads the generated Blogger backup and WXR export
// with encoding/xml's Decoder.Token alone, nothing decoded into structs:
// the ceiling of any reader built on encoding/xml, beside the project's
// readers (BenchmarkLayouts/blogger, /wxr).
func BenchmarkXMLTokens(b *testing.B) {
	for _, layout := range []string{"blogger", "wxr"} {
		src := benchDump(b, layout)
		b.Run(layout, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				d := xml.NewDecoder(bytes.NewReader(src))
				d.Strict = false
				for {
					if _, err := d.Token(); err == io.EOF {
						break
					} else if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
