package parse

import (
	"bytes"
	"go/build"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/thread"
)

// enriched is the stage of package enrich, which the tests install as
// package blogthread and the command do.
var enriched = []Stage{StageFunc(enrich.Apply)}

// TestParseImportsNoEnrich: parse builds structure only; enrichment plugs
// in as a stage (issue 15).
func TestParseImportsNoEnrich(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(pkg.Imports, func(s string) bool { return strings.HasSuffix(s, "/enrich") }); i >= 0 {
		t.Errorf("parse imports %s", pkg.Imports[i])
	}
}

// TestStagesSeeFinalIDs: the stages run in the order given, on every post,
// after the post has its final id and its typography is folded, whether
// the posts come whole or streamed, on one worker or several.
func TestStagesSeeFinalIDs(t *testing.T) {
	var src strings.Builder
	for i := range 40 {
		src.WriteString("Monday, 2 June 2025\n\nPost “number” " + string(rune('A'+i%26)) + "\n\nA body.\n\n")
	}
	type seen struct{ id, stage, title string }
	for _, workers := range []int{1, 4} {
		var got []seen
		var mu = make(chan struct{}, 1)
		record := func(name string) Stage {
			return StageFunc(func(post *thread.Post, loc *time.Location) {
				mu <- struct{}{}
				got = append(got, seen{post.ID, name, post.Title})
				<-mu
			})
		}
		p := Parser{Workers: workers, FoldTypography: true, Stages: []Stage{record("a"), record("b")}}
		doc, err := p.ParseBytes("x", []byte(src.String()))
		if err != nil {
			t.Fatal(err)
		}
		whole := len(got)
		for post, err := range p.Posts("x", bytes.NewReader([]byte(src.String()))) {
			if err != nil {
				t.Fatal(err)
			}
			_ = post
		}
		if whole != 2*len(doc.Posts) || len(got) != 4*len(doc.Posts) || len(doc.Posts) != 40 {
			t.Fatalf("workers %d: %d stage calls for %d posts whole, %d in all", workers, whole, len(doc.Posts), len(got))
		}
		byID := map[string][]string{}
		for _, s := range got {
			if !strings.HasPrefix(s.id, "p") || strings.ContainsRune(s.title, '“') {
				t.Errorf("workers %d: stage %s saw post %q titled %q", workers, s.stage, s.id, s.title)
			}
			byID[s.id] = append(byID[s.id], s.stage)
		}
		for id, stages := range byID {
			if !slices.Equal(stages, []string{"a", "b", "a", "b"}) {
				t.Errorf("workers %d: post %s went through %v", workers, id, stages)
			}
		}
	}
}
