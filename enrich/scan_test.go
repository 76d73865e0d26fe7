package enrich

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
)

// scanByDefinition is the mention scan as first written: a character at a
// time, tracking whether the one before is a letter or digit, and every
// word read in full. The test and fuzz target below hold resolver.scan to
// it.
func (r *resolver) scanByDefinition(s string) {
	skip := r.skip
	si := 0
	inWord := false // the character before k is a letter or digit
	next := len(s)  // where the next skipped span starts
	if len(skip) > 0 {
		next = skip[0].start
	}
	for k := 0; k < len(s); {
		if k >= next {
			for si < len(skip) && skip[si].end <= k {
				si++
			}
			if si < len(skip) && skip[si].start <= k {
				k, inWord = skip[si].end, false
				continue
			}
			next = len(s)
			if si < len(skip) {
				next = skip[si].start
			}
		}
		rn, size := utf8.DecodeRuneInString(s[k:])
		if !inWord && mayMention(rn) {
			if end, ok := r.mentionAtByDefinition(s, k); ok {
				last, _ := utf8.DecodeLastRuneInString(s[:end])
				k, inWord = end, isWordRune(last)
				continue
			}
		}
		inWord = isWordRune(rn)
		k += size
	}
}

// sameAsDefinition enriches the post built from parts with both scans and
// reports the first difference.
func sameAsDefinition(parts []string) string {
	fast := mkPost(parts[0], parts[1:]...)
	Post(fast, Options{})
	slow := mkPost(parts[0], parts[1:]...)
	postWith(slow, Options{}, (*resolver).scanByDefinition)
	a, b := fmt.Sprintf("%+v", dump(fast)), fmt.Sprintf("%+v", dump(slow))
	if a != b {
		return fmt.Sprintf("fast scan:\n%s\nby definition:\n%s", a, b)
	}
	return ""
}

// TestScanMatchesDefinition compares the word-at-a-time mention scan with
// its definition on bodies full of near-misses.
func TestScanMatchesDefinition(t *testing.T) {
	bodies := []string{
		"Getafix said it first.|anon 22:37 is right, aNON at 9.30 too; unknown@19:30|Anonymous 28 October 2022 at 22:00 and \"Getafix @ 12.09\" in quotes",
		"Émile wrote|@Émile 19.30 please. ÉMILE! x@22:00 1930 says so, 19;30 you are|PG and P.G. and pg|£12.09 at 19:30 by 10:00 in 1930",
		"a\u00a0b Anon\u2009at 17:54|— Anon 22:37 —|“Anon 22:37” and aanon 22:37, unanon 22:37, Anon22:37",
		"Name-With-Hyphen|Name-With-Hyphen's point at 7:30 PM, @7:30pm, @ 7.30 p.m.|9:00-10:00, 12:30:45, 19.30%",
	}
	for _, b := range bodies {
		if d := sameAsDefinition(strings.Split(b, "|")); d != "" {
			t.Errorf("%q:\n%s", b, d)
		}
	}
}

// FuzzScan compares the mention scan with its definition on any post.
func FuzzScan(f *testing.F) {
	f.Add("Getafix|@22:00 and Anon at 19.30 and anon 7:30 pm|Getafix's point, unknown 12.09")
	f.Add("Émile|ÉMILE @Émile 1930 says|\"x Anon 22:37\" Anon 22:37")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if d := sameAsDefinition(strings.Split(s, "|")); d != "" {
			t.Fatalf("%q:\n%s", s, d)
		}
	})
}

// FuzzEndsLikeName checks the quick test of a node's last line: when it
// says the line cannot end with a name, no rule that reads a name at the
// end of the line finds one.
func FuzzEndsLikeName(f *testing.F) {
	for _, s := range []string{"Yours, BIONIC", "I said so. - Pearly Gates", "Thanks J.", "... the lot 'Getafix", "End of story.", "Regards Mr.", "x ~É."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || endsLikeName(s) {
			return
		}
		for _, sure := range []int{unmarked, signed, afterClosing} {
			if nm, ok := nameWords(s, sure); ok {
				t.Fatalf("nameWords(%q, %d) = %q though the line cannot end with a name", s, sure, nm)
			}
		}
		if nm, ok := nameLine(s); ok {
			t.Fatalf("nameLine(%q) = %q", s, nm)
		}
		if nm, _, ok := closingName(s); ok {
			t.Fatalf("closingName(%q) = %q", s, nm)
		}
		if nm, _, ok := tailName(s); ok {
			t.Fatalf("tailName(%q) = %q", s, nm)
		}
	})
}

// TestScanEveryOffset puts mentions at every offset within the scan's
// eight-byte words, at the very end of a body too, and compares the scan
// with its definition.
func TestScanEveryOffset(t *testing.T) {
	for _, m := range []string{"anon 22:37", "aNON at 9.30", "unknown 22:37", "uNKNOWN@19:30", "Anon 22:37", "@22:00", "19:30 says", "an", "ano", "unk"} {
		for pad := range 20 {
			for _, tail := range []string{"", " x", ".", " and more text after it"} {
				body := strings.Repeat("x", pad) + " " + m + tail
				if d := sameAsDefinition([]string{"post", body}); d != "" {
					t.Fatalf("%q:\n%s", body, d)
				}
			}
		}
	}
}

// FuzzMayBeSigned checks the quick test of a body: when it says the body
// cannot be signed, the rules find no signature in it.
func FuzzMayBeSigned(f *testing.F) {
	for _, s := range []string{"Well said.\n- Pearly Gates", "Text.\n\nYours,\nBIONIC", "I agree.\n'Getafix\nglued text", "No name here.", "Thanks J.", "  ~Old Salt\nmore"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || mayBeSigned(s) {
			return
		}
		var sc scratch
		if nm, _, _, ok := sc.readSignature(s, findPassages(s)); ok {
			t.Fatalf("%q is signed %q, though the quick test says it cannot be", s, nm)
		}
	})
}

// TestScanNamesWithoutDigits puts names, possessives, initials and
// capitals at every offset of bodies without digits or "@", after nodes
// that sign with those names, and compares the scan with its definition.
func TestScanNamesWithoutDigits(t *testing.T) {
	for _, m := range []string{"Getafix", "Getafix's point", "GETAFIX", "Pearly Gates", "PG", "Émile", "ÉMILE", "Old Salt", "The end", "Anon", "anon"} {
		for pad := range 20 {
			for _, tail := range []string{"", " x", ".", " and more text after it"} {
				body := strings.Repeat("x", pad) + " " + m + tail
				parts := []string{"post", "First words.\nGetafix", "More words.\nPearly Gates", "Yet more.\nÉmile", body}
				if d := sameAsDefinition(parts); d != "" {
					t.Fatalf("%q:\n%s", body, d)
				}
			}
		}
	}
}

// mentionAtByDefinition is mentionAt without the quick test that rules
// words out (noMentionAt): every word is read in full.
func (r *resolver) mentionAtByDefinition(s string, k int) (int, bool) {
	switch c := s[k]; {
	case c == '@' || textutil.IsDigit(c):
		return r.mentionAt(s, k)
	case (c == 'a' || c == 'u') && !textutil.HasPrefixFold(s[k:], "anon") && !textutil.HasPrefixFold(s[k:], "unknown"):
		return 0, false
	case c >= utf8.RuneSelf || textutil.IsLetter(c):
		return r.wordMentionAt(s, k)
	}
	return 0, false
}
