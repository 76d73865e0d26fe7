package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/export"
	"github.com/blogthread/blogthread/parse"
	"github.com/blogthread/blogthread/thread"
)

func init() {
	register.Function4x1(parseFile)
	register.Emitter1[string]()
	register.Function2x1(formatCount)
}

// Build adds the pipeline to s: match the files of glob, parse each with
// blogthread a post at a time, write each post as a JSON line to posts and
// the number of comments and replies per author to authors.
func Build(s beam.Scope, glob, posts, authors string) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
	lines, names := beam.ParDo2(s, parseFile, files)
	textio.Write(s, posts, lines)
	counts := stats.Count(s, names)
	textio.Write(s, authors, beam.ParDo(s, formatCount, counts))
}

// parseFile parses one dump, emitting each post as JSON and each comment's
// and reply's author (export.UnknownSpeaker when the dump does not say).
// The lines of posts.jsonl are those of the command's -o jsonl.
func parseFile(ctx context.Context, f fileio.ReadableFile, emitPost, emitAuthor func(string)) error {
	data, err := f.Read(ctx)
	if err != nil {
		return err
	}
	src := f.Metadata.Path
	sniffed := parse.Sniff(data[:min(len(data), parse.SniffBytes)]) // an export's format
	for post, err := range blogthread.Posts(bytes.NewReader(data), blogthread.WithSource(src)) {
		if err != nil {
			return err
		}
		var b strings.Builder
		line := export.PostLine{Source: src, Format: cmp.Or(post.Layout, sniffed), Post: post}
		if err := export.WriteJSONLine(&b, line); err != nil {
			return err
		}
		emitPost(strings.TrimSuffix(b.String(), "\n"))
		for _, c := range post.Comments {
			emitAuthor(authorOf(&c.Node))
			for _, r := range c.Replies {
				emitAuthor(authorOf(&r.Node))
			}
		}
	}
	return nil
}

func authorOf(n *thread.Node) string {
	if n.Author == "" {
		return export.UnknownSpeaker
	}
	return n.Author
}

// formatCount formats an author's count as a CSV line (RFC 4180 quoting).
func formatCount(author string, n int) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write([]string{author, strconv.Itoa(n)})
	w.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}
