package thread

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestDateJSON(t *testing.T) {
	p := Post{ID: "p1", Published: &Date{2024, time.October, 27}}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Post
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Published == nil || *back.Published != *p.Published {
		t.Errorf("round trip gave %v from %s", back.Published, b)
	}
}

func TestWalkOrderAndStop(t *testing.T) {
	d := &Document{Posts: []*Post{{Comments: []*Comment{
		{Node: Node{ID: "1"}, Replies: []*Reply{{Node{ID: "1.1"}}, {Node{ID: "1.2"}}}},
		{Node: Node{ID: "2"}},
	}}}}
	var ids []string
	Walk(d, func(_ *Post, parent *Comment, n *Node) bool {
		ids = append(ids, n.ID)
		if (parent == nil) != (len(n.ID) == 1) {
			t.Errorf("node %s: parent %v", n.ID, parent)
		}
		return n.ID != "1.2"
	})
	if got := len(ids); got != 3 || ids[2] != "1.2" {
		t.Errorf("visited %v, want 1 1.1 1.2 then stop", ids)
	}
	if n := d.Posts[0].Count(); n != 4 {
		t.Errorf("Count = %d, want 4", n)
	}
}

// TestPostNodes: a post's nodes in order, and a loop that stops early.
func TestPostNodes(t *testing.T) {
	p := &Post{Comments: []*Comment{
		{Node: Node{ID: "1"}, Replies: []*Reply{{Node: Node{ID: "1.1"}}, {Node: Node{ID: "1.2"}}}},
		{Node: Node{ID: "2"}},
	}}
	var ids []string
	for n := range p.Nodes() {
		ids = append(ids, n.ID)
	}
	if strings.Join(ids, " ") != "1 1.1 1.2 2" {
		t.Errorf("nodes %v", ids)
	}
	for n := range p.Nodes() {
		if n.ID != "1" {
			t.Errorf("the loop went on after break: %s", n.ID)
		}
		break
	}
}
