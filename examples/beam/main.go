// Command beam parses a glob of comment dumps with blogthread on Apache
// Beam, and writes every post as a JSON line and a count of comments and
// replies per author.
//
//	go run . --input '../../testdata/*/*.txt' --output /tmp/blogthread-beam
//
// writes /tmp/blogthread-beam/posts.jsonl and /tmp/blogthread-beam/authors.csv
// on Beam's default local runner (prism, in process). Other runners take
// Beam's runner flags; see README.md.
package main

import (
	"context"
	"flag"
	"log"
	"path"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "../../testdata/*/*.txt", "glob of dump files (local paths, gs://, s3://...)")
	output = flag.String("output", "blogthread-beam-out", "folder (or bucket prefix) for posts.jsonl and authors.csv")
)

func main() {
	flag.Parse()
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	Build(s, *input, path.Join(*output, "posts.jsonl"), path.Join(*output, "authors.csv"))
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
