package enrich

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestSignature(t *testing.T) {
	tests := []struct {
		body string
		want string // "" for no signature
	}{
		// Names on their own closing line.
		{"The board never answered.\n\n'Getafix", "Getafix"},
		{"The board never answered.\nBIONIC", "BIONIC"},
		{"The board never answered.\n\nPearly Gates", "Pearly Gates"},
		{"The board never answered.\n-Anon", "Anon"},
		{"The board never answered.\n~ Old Lag", "Old Lag"},
		{"The board never answered.\n— J. Smith", "J. Smith"},
		{"The board never answered.\nAnonymous", "Anonymous"},
		{"The board never answered.\nLudwig van Beethoven", "Ludwig van Beethoven"},
		// A name after a closing word.
		{"Sign the letter at the shop.\n\nYours,\nHilltop Residents", "Hilltop Residents"},
		{"Sign the letter at the shop.\nRegards\nmarigold", "marigold"},
		{"Sign the letter at the shop.\nYours, BIONIC", "BIONIC"},
		{"Sign the letter at the shop, yours BIONIC", "BIONIC"},
		{"Sign the letter at the shop. Kind regards, Jane Doe", "Jane Doe"},
		// A sign-off after the text on the last line.
		{"I'll leave it there. - Pearly Gates", "Pearly Gates"},
		{"Good point. I'll take that. BIONIC", "BIONIC"},
		{"They never learn 'Getafix", "Getafix"},
		// A marked sign-off with another voice glued after it.
		{"Too many forms.\n'Getafix\nI disagree, the forms are needed.", "Getafix"},

		// Near misses: sentences, shouts, common words, URLs.
		{"Will they listen?\nNo!", ""},
		{"Will they listen?\nGood luck.", ""},
		{"Will they listen?\nhttps://example.org/report", ""},
		{"Will they listen?\nwww.example.org", ""},
		{"Will they listen?\nShocking", ""},
		{"Will they listen?\nDisgraceful", ""},
		{"Will they listen?\nWell said", ""},
		{"Will they listen?\nAgreed.", ""},
		{"Will they listen?\nHappy Christmas", ""},
		{"Will they listen?\nThe End", ""},
		{"Will they listen?\nI agree", ""},
		{"Will they listen?\nThanks for this", ""},
		{"Will they listen?\nHMPPS", ""},
		{"Will they listen?\nSee you at 7", ""},
		{"Will they listen?\n@Getafix", ""},
		{"Will they listen?\n\"Never Again\"", ""},
		{"BIONIC", ""},
		{"Getafix", ""},
		{"It is all about money - and they know it", ""},
		{"It is all about money - Tory Greed", ""},
		{"The management call it 'the top table'", ""},
		{"I said it before. Enough", ""},
		// A name that only follows a quotation attributes the quotation.
		{"From Twitter:-\n\"The service is stretched to breaking point this winter.\"\nJustin Case", ""},
		{"\"The service is stretched to breaking point this winter.\"\nJustin Case", ""},
		// A closing line inside a quotation is the quoted letter's.
		{"He wrote to us:\n\"Please stop writing to this office.\nYours,\nThe Director\"", ""},
	}
	for _, tt := range tests {
		got, ok := Signature(tt.body)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("Signature(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestTweetSource(t *testing.T) {
	tests := []struct {
		lead, want string
	}{
		{"From Twitter:-", "Twitter"},
		{"via Twitter:-", "Twitter"},
		{"From Twitter August:-", "Twitter"},
		{"Interesting to see the union has weighed in via twitter:-", "Twitter"},
		{"The minister tweeted:", "Twitter"},
		{"Seen on X this morning:-", "X"},
		{"Posted on x.com:", "X"},
		{"Seen on X (formerly Twitter):", "X"},
		{"From Twitter, now called X:", "Twitter"},
		// Near misses.
		{"From the report:-", ""},
		{"Figure X:", ""},
		{"Malcolm X said:", ""},
		{"The union said:", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, _ := TweetSource(tt.lead)
		if got != tt.want {
			t.Errorf("TweetSource(%q) = %q, want %q", tt.lead, got, tt.want)
		}
	}
}

// mkPost builds a post whose comments are the given bodies; a body
// prefixed with "> " is a reply to the comment before it.
func mkPost(body string, nodes ...string) *thread.Post {
	p := &thread.Post{ID: "p1", Title: "A Post", Body: body}
	for _, s := range nodes {
		if r, ok := strings.CutPrefix(s, "> "); ok && len(p.Comments) > 0 {
			c := p.Comments[len(p.Comments)-1]
			id := fmt.Sprintf("%s.%d", c.ID, len(c.Replies)+1)
			c.Replies = append(c.Replies, &thread.Reply{Node: thread.Node{ID: id, Index: len(c.Replies) + 1, Body: r}})
			continue
		}
		id := fmt.Sprint(len(p.Comments) + 1)
		p.Comments = append(p.Comments, &thread.Comment{Node: thread.Node{ID: id, Index: len(p.Comments) + 1, Body: s}})
	}
	return p
}

func nodesOf(p *thread.Post) []*thread.Node {
	var out []*thread.Node
	for _, c := range p.Comments {
		out = append(out, &c.Node)
		for _, r := range c.Replies {
			out = append(out, &r.Node)
		}
	}
	return out
}

const postBody = "The council will close the library on Mondays from next month.\n\nThe saving, it says, pays for the new roof."

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		body string   // the node under test, after the comments in before
		prev []string // earlier comments
		want []thread.Quote
	}{
		{"tweet on the next line", "From Twitter:-\n\"Closing on Mondays hits the pensioners hardest of all.\"\nQuite right too.", nil,
			[]thread.Quote{{Kind: "tweet", Source: "Twitter", Text: "Closing on Mondays hits the pensioners hardest of all."}}},
		{"tweet after a blank line, curly quotes", "Seen on X this morning:-\n\n“Nobody asked the readers. Not one of them.”", nil,
			[]thread.Quote{{Kind: "tweet", Source: "X", Text: "Nobody asked the readers. Not one of them."}}},
		{"tweet on the same line", "The councillor tweeted: \"We listened and we decided.\" Did they?", nil,
			[]thread.Quote{{Kind: "tweet", Source: "Twitter", Text: "We listened and we decided."}}},
		{"tweet over two paragraphs", "via Twitter:-\n\n\"First they cut the hours.\n\nThen they cut the staff.\"\n\nSounds familiar.", nil,
			[]thread.Quote{{Kind: "tweet", Source: "Twitter", Text: "First they cut the hours.\n\nThen they cut the staff."}}},
		{"tweet that never closes", "From Twitter:-\n\"They will call it “modernising” no doubt.\nI would call it something else.", nil,
			[]thread.Quote{{Kind: "tweet", Source: "Twitter", Text: "They will call it “modernising” no doubt."}}},
		{"scare quotes in a sentence", "I liked the line about \"saving money\" in the letter.", nil, nil},
		{"scare quotes opening a sentence", "\"Saving\" is what they call it.", nil, nil},
		{"a word in quotes", "\"Modernising\"", nil, nil},
		{"the post, quoted ahead of the reply", "“The saving, it says, pays for the new roof.” Which roof?", nil,
			[]thread.Quote{{Kind: "post", Target: "p1", Text: "The saving, it says, pays for the new roof."}}},
		{"the post, with an ellipsis and other case", "\"...the council will close the LIBRARY on Mondays\"\nShameful.", nil,
			[]thread.Quote{{Kind: "post", Target: "p1", Text: "...the council will close the LIBRARY on Mondays"}}},
		{"an earlier comment", "\"Mondays were always the quietest day anyway.\"\nNot at our branch they weren't.",
			[]string{"Honestly, Mondays were always the quietest day anyway.", "Another view entirely."},
			[]thread.Quote{{Kind: "comment", Target: "1", Text: "Mondays were always the quietest day anyway."}}},
		{"something else", "\"Libraries are the last free indoor space in most towns.\"\nA librarian said that to me once.", nil,
			[]thread.Quote{{Kind: "external", Text: "Libraries are the last free indoor space in most towns."}}},
		{"a lead-in with a colon on the line", "The union :- \"We will ballot our members next week.\"", nil,
			[]thread.Quote{{Kind: "external", Text: "We will ballot our members next week."}}},
		{"nested quotes", "\"They said the word \"temporary\" and meant it for ten years.\"\nTypical.", nil,
			[]thread.Quote{{Kind: "external", Text: "They said the word \"temporary\" and meant it for ten years."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mkPost(postBody, append(tt.prev, tt.body)...)
			Post(p, Options{})
			n := nodesOf(p)
			got := n[len(n)-1].Quotes
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("quotes of %q (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

func TestInferredTime(t *testing.T) {
	p := mkPost(postBody,
		"Close it on Sundays instead, nobody comes.",
		"> Sundays are when the families come in.",
		"> Anonymous 27 October 2024 at 08:46: \"Close it on Sundays instead, nobody comes.\"\nFamilies come on Sundays, as you were told.",
		"Jo 27 October 2024 at 09:10 - \"Sundays are when the families come in.\" Quite.",
	)
	known := time.Date(2024, 10, 27, 9, 0, 0, 0, time.UTC)
	nodesOf(p)[1].Time = &known // 1.1 has its own time: it stays
	loc := time.FixedZone("BST", 3600)
	Post(p, Options{Location: loc})
	n := nodesOf(p)
	if n[0].Time == nil || !n[0].Time.Equal(time.Date(2024, 10, 27, 8, 46, 0, 0, loc)) || !n[0].TimeInferred {
		t.Errorf("comment 1: time %v inferred %v, want 08:46 BST inferred", n[0].Time, n[0].TimeInferred)
	}
	if n[0].Author != "Anonymous" || n[0].AuthorSource != thread.SourceCited {
		t.Errorf("comment 1: author %q from %q, want Anonymous cited", n[0].Author, n[0].AuthorSource)
	}
	if !n[1].Time.Equal(known) || n[1].TimeInferred {
		t.Errorf("reply 1.1: time %v inferred %v, want its own time kept", n[1].Time, n[1].TimeInferred)
	}
	if n[2].Time != nil {
		t.Errorf("reply 1.2: time %v, want none: a time is never invented", n[2].Time)
	}
	if len(n[3].Quotes) != 1 || n[3].Quotes[0].Target != "1.1" {
		t.Errorf("comment 2 quotes %+v, want one quote of 1.1", n[3].Quotes)
	}
}

func TestMentions(t *testing.T) {
	clock := func(h, m int) *time.Time {
		t := time.Date(2022, 10, 28, h, m, 0, 0, time.UTC)
		return &t
	}
	type node struct {
		author string
		at     *time.Time
		body   string
	}
	// The thread: the last node holds the mentions under test.
	thread0 := []node{
		{"", clock(9, 1), "Privatisation is off the table for now."},
		{"", clock(12, 9), "It was never off the table."},
		{"", clock(17, 54), "Ask the staff, not the managers."},
		{"", clock(19, 30), "Some of us have been here twenty years."},
		{"Pearly Gates", clock(22, 0), "Leave if you do not like it."},
		{"", clock(22, 37), "That is no way to talk to colleagues."},
		{"", nil, "Too many forms.\n'Getafix"},
		{"", clock(10, 9), "The forms are there for a reason."},
		{"", clock(19, 30), "A second comment at half past seven, later in the thread."},
		{"Mary-Jane O’Neill", nil, "The forms were never the problem."},
	}
	tests := []struct {
		body string
		want []thread.Mention
	}{
		{"@22:00 that was uncalled for.", []thread.Mention{{Text: "@22:00", Target: "5"}}},
		{"@ 12.09 fair point.", []thread.Mention{{Text: "@ 12.09", Target: "2"}}},
		{"@09:01, you misunderstand.", []thread.Mention{{Text: "@09:01", Target: "1"}}},
		{"19.30 please leave the service.", []thread.Mention{{Text: "19.30", Target: "9"}}},
		{"19;30 you are so right.", []thread.Mention{{Text: "19;30", Target: "9"}}},
		{"People like 19:30 keep the place going.", []thread.Mention{{Text: "19:30", Target: "9"}}},
		{"What 1930 says is how it is.", []thread.Mention{{Text: "1930", Target: "9"}}},
		{"Anon 22:37 has a point.", []thread.Mention{{Text: "Anon 22:37", Target: "6"}}},
		{"Anon at 17:54 is right.", []thread.Mention{{Text: "Anon at 17:54", Target: "3"}}},
		{"As @10:09 points out, the forms matter.", []thread.Mention{{Text: "@10:09", Target: "8"}}},
		{"Anonymous 28 October 2022 at 22:00 should apologise.", []thread.Mention{{Text: "Anonymous 28 October 2022 at 22:00", Target: "5"}}},
		{"Getafix nails it again!", []thread.Mention{{Text: "Getafix", Target: "7"}}},
		{"Well, PG, that is one view.", []thread.Mention{{Text: "PG", Target: "5"}}},
		{"Pearly Gates is wrong.", []thread.Mention{{Text: "Pearly Gates", Target: "5"}}},
		{"@23:59 where are you?", []thread.Mention{{Text: "@23:59"}}},
		// Near misses.
		{"The meeting is at 19:30 on Thursday.", nil},
		{"Doors open 7:30pm sharp.", nil},
		{"It went up by £12.09 a week.", nil},
		{"A rise of 19.30 per cent, in fact.", nil},
		{"Back in 1930 the service was founded.", nil},
		{"Open 10:00-12:00 only.", nil},
		{"Anonymous is not a name.", nil},
		{"\"19.30 please leave\" is what was said.", nil},
		{"getafix in lower case is a word, not a name.", nil},
		{"Getafix's point stands.", []thread.Mention{{Text: "Getafix", Target: "7"}}},
		{"Ask Mary-Jane O’Neill, she knows.", []thread.Mention{{Text: "Mary-Jane O’Neill", Target: "10"}}},
		{"Ask Mary-Jane O'Neill, she knows.", []thread.Mention{{Text: "Mary-Jane O'Neill", Target: "10"}}},
	}
	for _, tt := range tests {
		var bodies []string
		for _, n := range thread0 {
			bodies = append(bodies, n.body)
		}
		p := mkPost(postBody, append(bodies, tt.body)...)
		ns := nodesOf(p)
		for i, n := range thread0 {
			ns[i].Author, ns[i].Time = n.author, n.at
			if n.author != "" {
				ns[i].AuthorSource = thread.SourceHeader
			}
		}
		Post(p, Options{})
		got := ns[len(ns)-1].Mentions
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("mentions of %q (-want +got):\n%s", tt.body, diff)
		}
	}
}

func TestMentionsResolveEarlierOnly(t *testing.T) {
	p := mkPost(postBody,
		"First at ten.",
		"@10:00 I agree with you.",
		"Second at ten.",
	)
	ns := nodesOf(p)
	ten := time.Date(2022, 1, 1, 10, 0, 0, 0, time.UTC)
	ns[0].Time, ns[2].Time = &ten, &ten
	Post(p, Options{})
	want := []thread.Mention{{Text: "@10:00", Target: "1"}}
	if diff := cmp.Diff(want, ns[1].Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

func TestPostIsIdempotent(t *testing.T) {
	p := mkPost(postBody,
		"Close it on Sundays instead, nobody comes.\nBIONIC",
		"> Anonymous 27 October 2024 at 08:46: \"Close it on Sundays instead, nobody comes.\"\nNo.",
		"> @08:46 BIONIC is right.",
		"From Twitter:-\n\"A tweet about the library, with enough words.\"",
	)
	Post(p, Options{})
	once := fmt.Sprintf("%+v", dump(p))
	Post(p, Options{})
	twice := fmt.Sprintf("%+v", dump(p))
	if diff := cmp.Diff(once, twice); diff != "" {
		t.Errorf("a second run changed the tree (-once +twice):\n%s", diff)
	}
	if !strings.Contains(once, "BIONIC") || !strings.Contains(once, "tweet") {
		t.Fatalf("the passes found nothing: %s", once)
	}
}

func dump(p *thread.Post) []thread.Node {
	var out []thread.Node
	for _, n := range nodesOf(p) {
		out = append(out, *n)
	}
	return out
}

func TestCitationWithDash(t *testing.T) {
	p := mkPost(postBody,
		"Sundays are when the families come in.",
		"Jo 27 October 2024 at 09:10 – “Sundays are when the families come in.” Quite.",
	)
	Post(p, Options{})
	n := nodesOf(p)
	want := []thread.Quote{{Kind: "comment", Target: "1", Text: "Sundays are when the families come in."}}
	if diff := cmp.Diff(want, n[1].Quotes); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	if n[0].Time == nil || n[0].Time.Hour() != 9 || n[0].Author != "Jo" {
		t.Errorf("comment 1: time %v author %q, want 09:10 by Jo", n[0].Time, n[0].Author)
	}
}

func TestMentionsWithMeridiem(t *testing.T) {
	p := mkPost(postBody, "Evening.", "Later.", "@7:30 PM has it right, and Anon at 8:02pm too; @9:15 a.m. does not exist.")
	ns := nodesOf(p)
	ns[0].Clock, ns[1].Clock = "19:30", "20:02"
	Post(p, Options{})
	want := []thread.Mention{{Text: "@7:30 PM", Target: "1"}, {Text: "Anon at 8:02pm", Target: "2"}, {Text: "@9:15 a.m."}}
	if diff := cmp.Diff(want, ns[2].Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// TestSignatureCommonEndings: comments often end with a word or two of
// their own; none of these is a signature.
func TestSignatureCommonEndings(t *testing.T) {
	endings := []string{
		"Spot on.", "Hear hear!", "Well said that man", "Absolutely", "Exactly this", "Sad times",
		"Typical", "Disgusting", "Unbelievable", "Shambles", "What a mess", "Never again",
		"Enough is enough", "So true", "Keep up the good work", "Thanks", "Cheers", "Rubbish",
		"Same here", "Me too", "Nothing changes", "Watch this space", "Time will tell",
		"Good riddance", "Says it all", "Job done", "Karma", "Ditto", "Respect", "Solidarity",
		"Onwards", "Bring it on", "Merry Christmas everyone", "Happy New Year", "RIP Probation",
		"God help us", "Smoke and mirrors", "Vote Labour", "Discuss", "Rant over",
		"Answers on a postcard", "Food for thought", "Seriously", "Really?", "WTF", "SHAMEFUL",
		"DISGRACEFUL", "NEVER AGAIN", "GET OUT", "Sent from my phone",
	}
	for _, e := range endings {
		for _, body := range []string{"Some text of the comment here.\n" + e, "Some text of the comment here. " + e} {
			if n, ok := Signature(body); ok {
				t.Errorf("Signature(%q) = %q, want none", body, n)
			}
		}
	}
}

// TestAnonymousSignatureNamesMentions: a header's Anonymous stays the
// author, and its signature names the node for later mentions.
func TestAnonymousSignatureNamesMentions(t *testing.T) {
	p := mkPost(postBody, "Ask the club for the log.\n\nRegards,\nOld Salt", "> Old Salt, the log is in the hut.")
	ns := nodesOf(p)
	ns[0].Author, ns[0].AuthorSource = "Anonymous", thread.SourceHeader
	Post(p, Options{})
	if ns[0].Author != "Anonymous" {
		t.Errorf("author %q, want the header's Anonymous kept", ns[0].Author)
	}
	want := []thread.Mention{{Text: "Old Salt", Target: "1"}}
	if diff := cmp.Diff(want, ns[1].Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}
