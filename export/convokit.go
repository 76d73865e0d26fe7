package export

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/blogthread/blogthread/thread"
)

// Utterance is a line of ConvoKit's utterances.jsonl.
type Utterance struct {
	ID             string         `json:"id"`              // "p1", "p1/3", "p1/3.2"
	Speaker        string         `json:"speaker"`         // the author, or UnknownSpeaker
	ConversationID string         `json:"conversation_id"` // the post's utterance id
	ReplyTo        *string        `json:"reply_to"`        // the parent's id; null for the post
	Timestamp      *int64         `json:"timestamp"`       // Unix seconds, or null
	Text           string         `json:"text"`            // the body
	Meta           map[string]any `json:"meta"`            // source, kind, author_source, quotes, mentions...
	Vectors        []string       `json:"vectors"`         // always empty
}

// UnknownSpeaker is the speaker of an utterance whose author is not known.
const UnknownSpeaker = "[unknown]"

// Utterances turns a post into ConvoKit utterances: the post is the root of
// its conversation, every comment replies to the post and every reply to
// its comment, or to the reply it answers (ReplyTo). Ids are prefix + the post's id for the post and prefix + the
// post's id + "/" + the node's id for the rest ("p1", "p1/3", "p1/3.2");
// give each input a different prefix when several go into one corpus.
func Utterances(prefix, source string, p *thread.Post) []Utterance {
	root := prefix + p.ID
	out := []Utterance{{
		ID: root, Speaker: speaker(p.Author), ConversationID: root,
		Timestamp: postTime(p), Text: p.Body,
		Meta:    map[string]any{"source": source, "kind": "post", "title": p.Title, "author_source": authorSource(p)},
		Vectors: []string{},
	}}
	add := func(n *thread.Node, parent string) {
		pid := parent
		out = append(out, Utterance{
			ID: root + "/" + n.ID, Speaker: speaker(n.Author), ConversationID: root, ReplyTo: &pid,
			Timestamp: unix(n.Time), Text: n.Body,
			Meta: map[string]any{
				"source": source, "kind": kind(parent == root), "index": n.Index,
				"author_source": n.AuthorSource, "time_inferred": n.TimeInferred, "clock": n.Clock,
				"quotes": quotesOf(root, n.Quotes), "mentions": mentionsOf(root, n.Mentions),
			},
			Vectors: []string{},
		})
	}
	for _, c := range p.Comments {
		add(&c.Node, root)
		for _, r := range c.Replies {
			add(&r.Node, root+"/"+cmp.Or(r.ReplyTo, c.ID)) // the reply it answers, if any
		}
	}
	return out
}

// target turns a node id of the post root into an utterance id.
func target(root, id string) string {
	switch {
	case id == "":
		return ""
	case strings.HasPrefix(id, "p"):
		return root
	}
	return root + "/" + id
}

// quotesOf and mentionsOf give the quotes and mentions of a node with
// utterance ids as targets.
func quotesOf(root string, qs []thread.Quote) []thread.Quote {
	out := make([]thread.Quote, len(qs))
	for i, q := range qs {
		q.Target = target(root, q.Target)
		out[i] = q
	}
	return out
}

func mentionsOf(root string, ms []thread.Mention) []thread.Mention {
	out := make([]thread.Mention, len(ms))
	for i, m := range ms {
		m.Target = target(root, m.Target)
		out[i] = m
	}
	return out
}

func kind(top bool) string {
	if top {
		return "comment"
	}
	return "reply"
}

func speaker(a string) string {
	if a == "" {
		return UnknownSpeaker
	}
	return a
}

func authorSource(p *thread.Post) string {
	if p.Author != "" {
		return thread.SourceByline
	}
	return ""
}

func postTime(p *thread.Post) *int64 {
	if p.Time != nil {
		return unix(p.Time)
	}
	if p.Published != nil {
		u := p.Published.In(timeUTC).Unix()
		return &u
	}
	return nil
}

// ConvoKit writes utterances.jsonl lines, and with a folder the whole corpus
// that convokit.Corpus(filename=folder) loads.
type ConvoKit struct {
	w        io.Writer
	f        *os.File
	dir      string
	prefix   func(source string) string
	speakers map[string]bool
	convs    map[string]map[string]any
}

// NewConvoKit writes utterance lines to w. prefix gives the id prefix of a
// source's posts (nil: none).
func NewConvoKit(w io.Writer, prefix func(source string) string) *ConvoKit {
	return &ConvoKit{w: w, prefix: prefix}
}

// NewConvoKitDir creates the corpus folder dir (and its parents) and
// writes the corpus there; Close finishes it.
func NewConvoKitDir(dir string, prefix func(source string) string) (*ConvoKit, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(dir, "utterances.jsonl"))
	if err != nil {
		return nil, err
	}
	return &ConvoKit{w: f, f: f, dir: dir, prefix: prefix, speakers: map[string]bool{}, convs: map[string]map[string]any{}}, nil
}

// Write writes the utterances of p.
func (c *ConvoKit) Write(source string, p *thread.Post) error {
	prefix := ""
	if c.prefix != nil {
		prefix = c.prefix(source)
	}
	e := json.NewEncoder(c.w)
	e.SetEscapeHTML(false)
	us := Utterances(prefix, source, p)
	for _, u := range us {
		if err := e.Encode(u); err != nil {
			return err
		}
		if c.speakers != nil {
			c.speakers[u.Speaker] = true
		}
	}
	if c.convs != nil {
		c.convs[us[0].ID] = map[string]any{"title": p.Title, "source": source, "declared_comments": p.DeclaredComments, "utterances": len(us)}
	}
	return nil
}

// Close writes the corpus files besides utterances.jsonl, when writing a
// folder.
func (c *ConvoKit) Close() error {
	if c.f == nil {
		return nil
	}
	if err := c.f.Close(); err != nil {
		return err
	}
	obj := func(meta map[string]any) map[string]any { return map[string]any{"meta": meta, "vectors": []string{}} }
	speakers := map[string]any{}
	for s := range c.speakers {
		speakers[s] = obj(map[string]any{})
	}
	convs := map[string]any{}
	for id, m := range c.convs {
		convs[id] = obj(m)
	}
	str, integer, boolean, list := []string{"<class 'str'>"}, []string{"<class 'int'>"}, []string{"<class 'bool'>"}, []string{"<class 'list'>"}
	files := []struct {
		name string
		v    any
	}{
		{"speakers.json", speakers},
		{"conversations.json", convs},
		{"corpus.json", map[string]any{"name": "blogthread", "conversations": len(convs), "speakers": len(speakers)}},
		{"index.json", map[string]any{
			"utterances-index": map[string]any{
				"source": str, "kind": str, "title": str, "index": integer, "author_source": str,
				"time_inferred": boolean, "clock": str, "quotes": list, "mentions": list,
			},
			"speakers-index":      map[string]any{},
			"conversations-index": map[string]any{"title": str, "source": str, "declared_comments": integer, "utterances": integer},
			"overall-index":       map[string]any{"name": str, "conversations": integer, "speakers": integer},
			"version":             1,
			"vectors":             []string{},
		}},
	}
	for _, f := range files {
		b, err := json.Marshal(f.v)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(c.dir, f.name), b, 0o644); err != nil {
			return fmt.Errorf("convokit: %w", err)
		}
	}
	return nil
}

// sortedKeys returns m's keys in order, for stable output in tests.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
