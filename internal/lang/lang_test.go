package lang

import (
	"strings"
	"testing"
)

// TestLanguagesComplete holds every entry to the fields a comment section
// needs, so that adding a language cannot leave it half read.
func TestLanguagesComplete(t *testing.T) {
	seen := map[string]bool{}
	for i, l := range Languages {
		if l.Code == "" || l.Name == "" || seen[l.Code] {
			t.Errorf("entry %d: code %q, name %q: missing or repeated", i, l.Code, l.Name)
		}
		seen[l.Code] = true
		for field, v := range map[string][]string{
			"Reply": l.Reply, "Delete": l.Delete, "Replies": l.Replies, "Count": l.Count,
			"None": l.None, "Said": l.Said, "Removed": l.Removed, "Chrome": l.Chrome, "PostedBy": l.PostedBy,
		} {
			if len(v) == 0 {
				t.Errorf("%s: no %s", l.Code, field)
			}
			for _, s := range v {
				if s == "" || strings.TrimSpace(s) != s {
					t.Errorf("%s: %s has %q", l.Code, field, s)
				}
			}
		}
		for _, c := range l.Count {
			if strings.Count(c, "#") > 1 {
				t.Errorf("%s: count %q has more than one #", l.Code, c)
			}
		}
		for _, s := range l.Said {
			if !strings.Contains(s, "#") {
				t.Errorf("%s: said %q has no #", l.Code, s)
			}
		}
		for m, names := range l.Months {
			if len(names) == 0 {
				t.Errorf("%s: no name for month %d", l.Code, m+1)
			}
			for _, n := range names {
				if Fold(n) != n {
					t.Errorf("%s: month %q not in lower case", l.Code, n)
				}
			}
		}
		for d, names := range l.Weekdays {
			if len(names) == 0 {
				t.Errorf("%s: no name for weekday %d", l.Code, d)
			}
		}
	}
	if len(Languages) > 64 {
		t.Errorf("%d languages: Set holds 64", len(Languages))
	}
}

// TestMonthsAgree checks that no spelling names two different months in
// two languages.
func TestMonthsAgree(t *testing.T) {
	month := map[string]int{}
	who := map[string]string{}
	for _, l := range Languages {
		for m, names := range l.Months {
			for _, n := range names {
				if prev, ok := month[n]; ok && prev != m {
					t.Errorf("%q is month %d in %s and %d in %s", n, prev+1, who[n], m+1, l.Code)
				}
				month[n], who[n] = m, l.Code
			}
		}
	}
}

func TestCount(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		lang string
		ok   bool
	}{
		{"28 comments:", 28, "en", true},
		{"1 comment:", 1, "en", true},
		{"No comments:", 0, "en", true},
		{"No comments :", 0, "en", true},
		{"15 Comments:", 15, "en", true},
		{"*** 33 comments: ***", 33, "en", true},
		{"1 Kommentar:", 1, "de", true},
		{"Kommentare:", -1, "de", true},
		{"Keine Kommentare:", 0, "de", true},
		{"1 comentarios:", 1, "es", true},
		{"Комментариев: 5", 5, "ru", true},
		{"12 commenti:", 12, "it", true},
		{"Brak komentarzy:", 0, "pl", true},
		{"3 reacties:", 3, "nl", true},
		{"7 yorum:", 7, "tr", true},
		{"4 komentar:", 4, "id", true},
		{"2 kommentarer:", 2, "sv", true},
		{"9 kommenttia:", 9, "fi", true},
		{"comments about the plan:", 0, "", false},
		{"There were 28 comments:", 0, "", false},
	} {
		n, langs, _ := Count(tt.in)
		if ok := langs != 0; ok != tt.ok || ok && (n != tt.n || !has(langs, tt.lang)) {
			t.Errorf("Count(%q) = %d %b, want %d %s %v", tt.in, n, langs, tt.n, tt.lang, tt.ok)
		}
	}
}

func has(s Set, code string) bool {
	for i, l := range Languages {
		if l.Code == code {
			return s&(1<<i) != 0
		}
	}
	return false
}

func TestSaidAndRemoved(t *testing.T) {
	if name, langs, ok := Said("Jane Doe hat gesagt…"); !ok || name != "Jane Doe" || !has(langs, "de") {
		t.Errorf("Said = %q %b %v", name, langs, ok)
	}
	if _, _, ok := Said("he said..."[3:]); ok {
		t.Errorf("a bare said... is a header")
	}
	if !has(Removed("This comment has been removed by the author."), "en") {
		t.Errorf("removed sentence not known")
	}
	if Removed("This comment has been removed by the author, they say.") != 0 {
		t.Errorf("a longer sentence read as a removed comment")
	}
	var v Votes
	v.Add(Removed("Dieser Kommentar wurde vom Autor entfernt."))
	if v.Best() != "de" {
		t.Errorf("Best = %q, want de", v.Best())
	}
}

// FuzzAppendFold holds AppendFold to strings.ToLower, which the tables
// were folded with.
func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Reply", "ANTWORTEN", "Löschen", "İSTANBUL", "Комментариев: 5", "\xff\xfeA", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendFold(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("AppendFold(%q) = %q, strings.ToLower %q", s, got, want)
		}
	})
}

// TestCountKeys: the number becomes "#", case and runs of spaces fold, the
// final colon goes.
func TestCountKeys(t *testing.T) {
	for _, tt := range []struct {
		in  string
		key string
	}{
		{"28  Comments :", "# comments"},
		{"Комментариев: 5", "комментариев: #"},
		{"No comments:", "no comments"},
	} {
		var buf [64]byte
		key, _, ok := countKey(tt.in, &buf)
		if !ok || string(key) != tt.key {
			t.Errorf("countKey(%q) = %q %v, want %q", tt.in, key, ok, tt.key)
		}
	}
}

// FuzzTableLookup holds Table.Lookup, with its quick tests of the first
// two and the last bytes, to its definition: the map lookup of the folded
// line, on the chrome lines of every language and any text.
func FuzzTableLookup(f *testing.F) {
	t := NewTable(func(l *Language) []string { return l.Chrome })
	for _, e := range FoldedStrings(func(l *Language) []string { return l.Chrome }) {
		f.Add(e.Text)
		f.Add(strings.ToUpper(e.Text))
	}
	f.Add("K\u212a")
	f.Fuzz(func(tt *testing.T, s string) {
		want := Set(0)
		if len(s) > 0 && len(s) <= 2*t.maxLen {
			want = t.m[Fold(s)]
			if len(s) <= 128 {
				want = t.m[string(AppendFold(nil, s))]
			}
		}
		if got := t.Lookup(s); got != want {
			tt.Errorf("Lookup(%q) = %v, the map holds %v", s, got, want)
		}
	})
}
