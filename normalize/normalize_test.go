package normalize

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blogthread/blogthread/internal/textutil"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, enc string
		in        []byte
		text      string
		used      string
		skipped   int
	}{
		{"utf-8", "", []byte("café"), "café", UTF8, 0},
		{"utf-8 bom", "auto", []byte("\xEF\xBB\xBFcafé"), "café", UTF8, 3},
		{"utf-16le bom", "", []byte("\xFF\xFEc\x00a\x00f\x00\xE9\x00"), "café", UTF16, 0},
		{"utf-16be bom", "", []byte("\xFE\xFF\x00c\x00a\x00f\x00\xE9"), "café", UTF16, 0},
		{"utf-16le no bom", "", []byte("c\x00a\x00f\x00\xE9\x00"), "café", UTF16, 0},
		{"windows-1252", "", []byte("caf\xE9 \x93quoted\x94"), "café “quoted”", Windows1252, 0},
		{"forced 1252", "windows-1252", []byte("caf\xE9"), "café", Windows1252, 0},
		{"forced utf-8 invalid", "utf-8", []byte("caf\xE9"), "caf\uFFFD", UTF8, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(tt.in, tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.text || d.Encoding != tt.used || d.Skipped != tt.skipped {
				t.Errorf("Decode = %q %s %d, want %q %s %d", d.Text, d.Encoding, d.Skipped, tt.text, tt.used, tt.skipped)
			}
		})
	}
	if _, err := Decode([]byte("x"), "ebcdic"); !errors.Is(err, ErrEncoding) {
		t.Errorf("unknown encoding: err = %v", err)
	}
}

// FuzzDecode: decoding never panics, always yields valid UTF-8, and valid
// UTF-8 without a byte order mark passes through unchanged.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("caf\xE9"), "")
	f.Add([]byte("\xFF\xFEa\x00"), "utf-16")
	f.Add([]byte("plain text\n"), "utf-8")
	f.Fuzz(func(t *testing.T, b []byte, enc string) {
		d, err := Decode(b, enc)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Decode(%q, %q) gave invalid UTF-8", b, enc)
		}
		if (enc == "" || enc == Auto) && utf8.Valid(b) && len(b) > 0 && b[0] != 0xEF && d.Text != string(b) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", b, d.Text)
		}
	})
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"It doesn’t need “people” like you…", "it doesn't need \"people\" like you..."},
		{"  Two\u00a0 spaces\n\nand lines ", "two spaces and lines"},
		{"Cafe\u0301 — ＦＵＬＬ width", "café - full width"},
		{"zero\u200bwidth", "zerowidth"},
		{"STRASSE", "strasse"},
	}
	for _, tt := range tests {
		if got, want := Key(tt.a), Key(tt.b); got != want {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", tt.a, got, tt.b, want)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"It doesn’t “need” it…", "Cafe\u0301 ＦＵＬＬ", "a\u200b b\u00a0c", "ǅ ß ﬁ", "`Plain` ASCII\t TEXT ", "a\u2000b\u0085c — ‘d’ «e» ´f", "ΟΔΟΣ Σίσυφος ς", "é\u0301 e\u0301 Ǆemal ǅ", "Жёлтый ЁЖ", "한국어 \u1100\u1161", "İstanbul ı ŉ ǰ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key is not idempotent: Key(%q) = %q, Key of that = %q", s, k, Key(k))
		}
		if strings.ContainsFunc(k, textutil.IsZeroWidth) {
			t.Fatalf("Key(%q) = %q keeps a zero-width character", s, k)
		}
		if full := fullKey(s); k != full {
			t.Fatalf("Key(%q) = %q, by every step %q", s, k, full)
		}
	})
}

// TestDuplicatesLinear: a million one-byte lines cost a few comparisons a
// line, not thousands, and the work grows linearly (issue 20, row 5).
func TestDuplicatesLinear(t *testing.T) {
	for _, line := range []string{"a", "ab", "a line of some length that repeats"} {
		work := func(n int) int {
			lines := make([]string, n)
			for i := range lines {
				lines[i] = line
			}
			_, w := duplicates(lines)
			return w
		}
		a, b := work(10000), work(40000)
		if b > 5*a || a > 100*10000 {
			t.Errorf("%q: %d comparisons at N=10000, %d at 4N", line, a, b)
		}
	}
}

// TestManyMarksKept: a letter with a hundred combining marks comes out as
// it went in, with no U+034F put in every 30 marks (issue 20, row 14).
func TestManyMarksKept(t *testing.T) {
	in := "Z" + strings.Repeat("\u0301", 100) + " and e\u0301 composed"
	got, err := Normalize([]byte(in), Auto)
	if err != nil {
		t.Fatal(err)
	}
	want := "\u0179" + strings.Repeat("\u0301", 99) + " and \u00e9 composed" // Z and the first mark compose
	if got.Text != want {
		t.Errorf("Normalize = %+q, want %+q", got.Text, want)
	}
}

// TestEncodingsDecode: Decode knows every name Encodings lists.
func TestEncodingsDecode(t *testing.T) {
	for _, e := range Encodings() {
		if _, err := Decode([]byte{0xFF, 0xFE, 'x', 0}, e); errors.Is(err, ErrEncoding) {
			t.Errorf("Decode(%q): %v", e, err)
		}
	}
}
