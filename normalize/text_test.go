package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ASCII\nlines\n", "plain ASCII\nlines\n"},
		{"crlf\r\nlines\r\n", "crlf\nlines\n"},
		{"bare\rcr\r", "bare\ncr\n"},
		// Mojibake: UTF-8 read as Windows-1252 and saved again.
		{"It doesnâ€™t", "It doesn’t"},
		{"â€œquotedâ€\u009d", "“quoted”"}, // 0x9D, undefined in 1252, as a C1 control
		{"â€œquotedâ€\uFFFD", "“quoted”"}, // 0x9D replaced by a decoder
		{"â—\uFFFD Jane", "● Jane"},       // 0x8F replaced by a decoder: w3m's bullet
		{"cafÃ© and naÃ¯ve", "café and naïve"},
		{"Ã\u0081frica", "África"}, // 0x81 undefined
		{"price Â£5", "price £5"},
		{"noÂ\u00a0break", "no break"}, // a mojibake no-break space, then plain
		{"Ã¢â‚¬â„¢", "’"},              // encoded twice
		{"emoji ðŸ™‚", "emoji 🙂"},
		// Correct text with Ã or â is left alone.
		{"São Paulo, château, Ã la carte, â€", "São Paulo, château, Ã la carte, â€"},
		{"Âge and ÂME", "Âge and ÂME"},
		{"café” she said", "café” she said"},
		// Invisible characters and spaces.
		{"zero\u200bwidth\u2060 and\ufeff bom", "zerowidth and bom"},
		{"no\u00a0break\u2009thin\u3000ideographic", "no break thin ideographic"},
		{"family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"},
		{"می\u200cخواهم", "می\u200cخواهم"}, // Persian keeps its non-joiner
		{"Latin\u200ctext", "Latintext"},
		// Decomposed accents compose.
		{"cafe\u0301 na\u0131\u0308ve", "café na\u0131\u0308ve"},
		{"Cafe\u0301\r\n", "Café\n"},
		// Typography is kept.
		{"“Yes” — she said… ‘no’", "“Yes” — she said… ‘no’"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeEncodingsAndOffsets(t *testing.T) {
	clean := "Title line\nCafé “menu” — naïve\n\nThird line, ok\n"
	wantLines := strings.SplitAfter(clean, "\n")
	crlf := strings.ReplaceAll(clean, "\n", "\r\n")
	enc1252, err := charmap.Windows1252.NewEncoder().String(crlf)
	if err != nil {
		t.Fatal(err)
	}
	u16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(clean)
	if err != nil {
		t.Fatal(err)
	}
	moji, err := charmap.Windows1252.NewDecoder().String(clean) // UTF-8 read as 1252
	if err != nil {
		t.Fatal(err)
	}
	damaged := strings.NewReplacer("Café", "Cafe\u0301", "Third", "\ufeffThird", " ", "\u00a0", "menu", "me\u200bnu").Replace(clean)
	tests := []struct {
		name, in, enc string
	}{
		{"clean", clean, UTF8},
		{"crlf windows-1252", enc1252, Windows1252},
		{"utf-16 bom", u16, UTF16},
		{"mojibake", moji, UTF8},
		{"bom", "\ufeff" + clean, UTF8},
		{"damaged", damaged, UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []byte(tt.in)
			nt, err := Normalize(in, "")
			if err != nil {
				t.Fatal(err)
			}
			if nt.Text != clean {
				t.Fatalf("Text = %q, want %q", nt.Text, clean)
			}
			if nt.Encoding != tt.enc {
				t.Errorf("Encoding = %s, want %s", nt.Encoding, tt.enc)
			}
			// Each line start maps to the start of the same line in the
			// input, and the end of the text to the end of the input.
			inLines := splitAnyLineEnd(tt.in)
			out := 0
			for i, l := range wantLines {
				got := nt.InputOffset(out)
				want := inLines[i]
				for _, inv := range []string{"\ufeff", "\u200b"} {
					if strings.HasPrefix(tt.in[want:], inv) {
						want += len(inv) // a removed character maps to what follows it
					}
				}
				if got != want {
					t.Errorf("line %d starts at %d in the text, maps to input %d, want %d", i+1, out, got, want)
				}
				out += len(l)
			}
			if got := nt.InputOffset(len(nt.Text)); got != len(in) {
				t.Errorf("end maps to %d, want %d", got, len(in))
			}
		})
	}
}

// splitAnyLineEnd returns the byte offsets of the line starts of s, for
// lines ended by \n or \r\n, in the bytes of s's encoding (UTF-16 counts two
// bytes per unit after its BOM).
func splitAnyLineEnd(s string) []int {
	var out []int
	if strings.HasPrefix(s, "\xff\xfe") {
		out = append(out, 2)
		for i := 2; i+1 < len(s); i += 2 {
			if s[i] == '\n' && s[i+1] == 0 {
				out = append(out, i+2)
			}
		}
		return out
	}
	start := 0
	if strings.HasPrefix(s, "\ufeff") {
		start = 3
	}
	out = append(out, start)
	for i := start; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

func TestNormalizeCleanIsShared(t *testing.T) {
	in := []byte(strings.Repeat("A clean line of text, with “quotes” and café.\n", 100))
	nt, err := Normalize(in, "")
	if err != nil {
		t.Fatal(err)
	}
	if nt.Text != string(in) || len(nt.stages) != 0 || nt.Mojibake != 0 {
		t.Errorf("clean text changed: %d stages", len(nt.stages))
	}
	if nt.InputOffset(100) != 100 {
		t.Errorf("InputOffset(100) = %d", nt.InputOffset(100))
	}
}

// untouched reports whether s has nothing Normalize changes, by a
// definition independent of its code: valid NFC UTF-8 with no CR, no
// character a Windows-1252 or Latin-1 reading of UTF-8 produces, no
// zero-width character and no space but " ", tab and newline.
func untouched(s string) bool {
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r == '\r', r >= 0x80 && r <= 0xFF, win1252High[r] != 0, textutil.IsZeroWidth(r):
			return false
		case unicode.IsSpace(r) && r != ' ' && r != '\t' && r != '\n':
			return false
		}
	}
	return true
}

// FuzzNormalize: no input panics; the text is valid UTF-8 in NFC without
// CR or zero-width spaces; normalising twice equals normalising once;
// untouched text passes unchanged; offsets stay inside the input and never
// go backwards.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"It doesnâ€™t\r\n", "Ã¢â‚¬â„¢", "cafe\u0301\u200b\u00a0", "\xff\xfea\x00\r\x00", "caf\xe9 \x93q\x94", "São Paulo"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		nt, err := Normalize(b, "")
		if err != nil {
			return
		}
		s := nt.Text
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.ContainsAny(s, "\r\u200b\ufeff\u00a0") {
			t.Fatalf("Normalize(%q) = %q: not clean", b, s)
		}
		if again := String(s); again != s {
			t.Fatalf("normalising twice differs: %q -> %q -> %q", b, s, again)
		}
		if untouched(string(b)) && s != string(b) {
			t.Fatalf("untouched text changed: %q -> %q", b, s)
		}
		prev := 0
		for p := 0; p <= len(s); p++ {
			in := nt.InputOffset(p)
			if in < prev || in > len(b) {
				t.Fatalf("InputOffset(%d) = %d after %d (input %d bytes) for %q -> %q", p, in, prev, len(b), b, s)
			}
			prev = in
		}
	})
}

func TestDuplicates(t *testing.T) {
	para := "A paragraph long enough to count as text that a scraper might have copied twice over."
	other := "Another paragraph, also long enough to be counted as real text of the post itself."
	tests := []struct {
		name  string
		lines []string
		want  []Duplicate
	}{
		{"one line twice", []string{"Title", para, para, "End"}, []Duplicate{{1, 1, 2, 2}}},
		{"two paragraphs twice, blank lines between", []string{para, "", other, "", para, "", other}, []Duplicate{{0, 2, 4, 6}}},
		{"three lines twice", []string{"x", para, other, "short line", para, other, "short line"}, []Duplicate{{1, 3, 4, 6}}},
		{"short lines repeated", []string{"Delete", "Delete", "Reply", "Reply"}, nil},
		{"same paragraph, not adjacent", []string{para, other, "y", para}, nil},
		{"indentation ignored", []string{"  " + para, "    " + para}, []Duplicate{{0, 0, 1, 1}}},
	}
	for _, tt := range tests {
		got := Duplicates(tt.lines)
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("%s: Duplicates = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestMojibakeNested repairs text encoded wrongly many times over in one
// go, and in time linear in its length.
func TestMojibakeNested(t *testing.T) {
	want := "It doesn’t matter — “really” … café"
	s := want
	for range 6 {
		m, err := charmap.Windows1252.NewDecoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		s = m
	}
	if got := String(s); got != want {
		t.Errorf("six times encoded: got %q, want %q", got, want)
	}
	big := strings.Repeat(s+"\n", 2000) // about 2 MB
	if got := String(big); got != strings.Repeat(want+"\n", 2000) {
		t.Errorf("repeated six times encoded text not repaired")
	}
}

// duplicatesByDefinition is Duplicates as its documentation states it,
// comparing every run length in turn: the reference for the fast one.
func duplicatesByDefinition(lines []string) []Duplicate {
	var idx []int
	var texts []string
	for i, l := range lines {
		if t := strings.TrimFunc(l, textutil.IsSpace); t != "" {
			idx, texts = append(idx, i), append(texts, t)
		}
	}
	var out []Duplicate
	for i := 0; i < len(texts); {
		found := 0
		for k := 1; k <= maxDupLines && i+2*k <= len(texts); k++ {
			size, ok := 0, true
			for j := 0; j < k; j++ {
				if texts[i+j] != texts[i+k+j] {
					ok = false
					break
				}
				size += len(texts[i+j])
			}
			if ok && size >= minDupBytes {
				found = k
				break
			}
		}
		if found == 0 {
			i++
			continue
		}
		out = append(out, Duplicate{idx[i], idx[i+found-1], idx[i+found], idx[i+2*found-1]})
		i += 2 * found
	}
	return out
}

// TestDuplicatesAcrossBlocks repeats runs of every length up to the limit,
// some of them straddling the boundaries of the blocks that Duplicates
// hashes at a time, among lines that share beginnings, ends and lengths.
func TestDuplicatesAcrossBlocks(t *testing.T) {
	var lines []string
	n := 0
	line := func() string {
		n++
		return fmt.Sprintf("line %05d of a text long enough to count, with the same end", n%700)
	}
	for len(lines) < 20000 {
		size := 1 + n%maxDupLines
		if b := len(lines) % 4096; b > 4096-size-3 && b < 4096-1 {
			size = 4096 - b + 2 // the repeat starts before a boundary and ends after it
		}
		run := make([]string, min(size, maxDupLines))
		for i := range run {
			run[i] = line()
		}
		lines = append(lines, run...)
		if n%3 == 0 || len(run) != 1+(n-len(run))%maxDupLines {
			lines = append(lines, run...)
		}
		lines = append(lines, line())
	}
	got, want := Duplicates(lines), duplicatesByDefinition(lines)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Duplicates differs from its definition (-want +got):\n%s", diff)
	}
	straddle := 0
	for _, d := range want {
		if d.FirstStart/4096 != d.RepeatEnd/4096 {
			straddle++
		}
	}
	if len(want) < 50 || straddle < 3 {
		t.Fatalf("%d duplicates in the test input, %d across a block boundary", len(want), straddle)
	}
}

// FuzzDuplicates compares Duplicates with its definition on any lines.
func FuzzDuplicates(f *testing.F) {
	f.Add("a long enough line of text to be counted as a real paragraph\na long enough line of text to be counted as a real paragraph\nx")
	f.Add("Delete\nReply\nDelete\nReply\n\nsome words here and there, repeated\nsome words here and there, repeated\nsome words here and there, repeated")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		got, want := Duplicates(lines), duplicatesByDefinition(lines)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Duplicates differs from its definition (-want +got):\n%s", diff)
		}
	})
}

// FuzzAlreadyClean holds the one-pass test to the two passes it stands for.
func FuzzAlreadyClean(f *testing.F) {
	for _, s := range []string{"plain", "crlf\r\n", "It doesn’t — “x” …", "nbsp\u00a0", "zw\u200b", "Cafe\u0301", "doesnâ€™t", "Ã©", "\xff", "😀 ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := alreadyClean(s)
		want := firstDirty(s) == len(s) && nfcFrom(s) == len(s)
		if got != want {
			t.Fatalf("alreadyClean(%q) = %v, the passes say %v", s, got, want)
		}
	})
}

// nfcPassDefinition is nfcPass as it was before nfcQuickSpan: the quick
// check of all the text from the line of the first character that is not
// nfcSafe, then norm's iterator from where it stops.
func nfcPassDefinition(s string) (string, bool) {
	from := nfcFrom(s)
	q := from + norm.NFC.QuickSpanString(s[from:])
	if q == len(s) {
		return s, false
	}
	var it norm.Iter
	it.InitString(norm.NFC, s[q:])
	var b strings.Builder
	b.WriteString(s[:q])
	for !it.Done() {
		p0 := q + it.Pos()
		seg := it.Next()
		p1 := q + it.Pos()
		if src := s[p0:p1]; string(seg) == src || strings.Count(string(seg), cgj) > strings.Count(src, cgj) {
			b.WriteString(src)
		} else {
			b.Write(seg)
		}
	}
	return b.String(), b.String() != s
}

// FuzzNFCQuickSpan holds nfcPass, which quick-checks only the lines that
// need it (nfcQuickSpan), to nfcPassDefinition. Where the two quick checks
// stop may differ (the old one stops before a line end that a mark
// follows, the new one after it: no mark composes with a line end), the
// text they give may not.
func FuzzNFCQuickSpan(f *testing.F) {
	for _, s := range []string{"plain\ntext", "\u2501\u2501 rule\nand text e\u0301\n", "a\n\u0301b\ncafe\u0301", "x\u2501\ny\u1100\u1161\nz", "0\u0312\n\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		want, wantChanged := nfcPassDefinition(s)
		got, _, changed := nfcPass(s)
		if got != want || changed != wantChanged {
			t.Errorf("nfcPass(%q) = %q %v, by the definition %q %v", s, got, changed, want, wantChanged)
		}
	})
}
