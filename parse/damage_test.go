package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blogthread/blogthread/thread"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// damages are the ways real dumps arrive broken. Each takes a clean UTF-8
// dump and returns its damaged bytes, or false when the damage cannot be
// made (a character Windows-1252 lacks).
var damages = []struct {
	name string
	do   func(string) ([]byte, bool)
}{
	{"crlf windows-1252", func(s string) ([]byte, bool) {
		b, err := charmap.Windows1252.NewEncoder().String(strings.ReplaceAll(s, "\n", "\r\n"))
		return []byte(b), err == nil
	}},
	{"cr utf-16", func(s string) ([]byte, bool) {
		s = strings.ReplaceAll(s, "\n", "\r")
		b := []byte{0xFF, 0xFE}
		for _, r := range s {
			if r >= 0x10000 {
				return nil, false
			}
			b = append(b, byte(r), byte(r>>8))
		}
		return b, true
	}},
	{"mojibake via windows-1252", func(s string) ([]byte, bool) {
		if lostIn1252(s) {
			return nil, false
		}
		m, err := charmap.Windows1252.NewDecoder().String(s)
		return []byte(m), err == nil
	}},
	{"mojibake via latin-1", func(s string) ([]byte, bool) {
		m, err := charmap.ISO8859_1.NewDecoder().String(s)
		return []byte(m), err == nil
	}},
	{"double mojibake", func(s string) ([]byte, bool) {
		if lostIn1252(s) {
			return nil, false
		}
		m, err := charmap.Windows1252.NewDecoder().String(s)
		if err != nil {
			return nil, false
		}
		m, err = charmap.Windows1252.NewDecoder().String(m)
		return []byte(m), err == nil
	}},
	{"nbsp, zero-width, boms, decomposed", func(s string) ([]byte, bool) {
		var b strings.Builder
		b.WriteString("\uFEFF")
		for i, l := range strings.SplitAfter(s, "\n") {
			switch i % 4 {
			case 1:
				l = strings.Replace(l, " ", "\u00A0", 2) // a no-break space
			case 2:
				l = strings.Replace(l, "e", "e\u200B", 1) // a zero-width space in a word
			case 3:
				l = "\uFEFF" + l // a stray byte order mark
			}
			b.WriteString(l)
		}
		return []byte(norm.NFD.String(b.String())), true // decomposed accents
	}},
}

// TestDamagedDumps parses every testdata dump clean and damaged in each way
// above: the trees and their text must be the same, and the damaged one's
// JSON must be clean NFC text.
func TestDamagedDumps(t *testing.T) {
	files, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata dumps: %v", err)
	}
	for _, file := range files {
		if testing.Short() && strings.Contains(filepath.ToSlash(file), "/pages/") && !strings.HasSuffix(file, ".w3m.txt") {
			continue // -short: one converter's dumps of the pages
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p := Parser{Stages: enriched}
		want, err := p.ParseBytes(file, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range damages {
			t.Run(filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file)+"/"+d.name, func(t *testing.T) {
				bad, ok := d.do(string(src))
				if !ok {
					t.Skip("this dump cannot be damaged this way")
				}
				got, err := p.ParseBytes(file, bad)
				if err != nil {
					t.Fatal(err)
				}
				checkSpans(t, string(bad), got)
				if diff := cmp.Diff(comparable(want), comparable(got)); diff != "" {
					t.Errorf("damaged dump parses differently (-clean +damaged):\n%s", diff)
				}
				js, err := json.Marshal(got)
				if err != nil {
					t.Fatal(err)
				}
				var text string
				if err := json.Unmarshal(js, new(any)); err != nil {
					t.Fatal(err)
				}
				text = jsonText(t, js)
				for _, bad := range []string{"â€", "Ã", "\uFFFD", "\u200B", "\uFEFF", "\r", "\u00A0"} {
					if strings.Contains(text, bad) {
						t.Errorf("output holds %q", bad)
					}
				}
				if !norm.NFC.IsNormalString(text) || !utf8.ValidString(text) {
					t.Errorf("output is not NFC UTF-8")
				}
			})
		}
	}
}

// comparable is a Document without what damage may change: the input's
// encoding, byte offsets, and the warning that mojibake was repaired.
func comparable(d *thread.Document) *thread.Document {
	js, _ := json.Marshal(d)
	var c thread.Document
	if err := json.Unmarshal(js, &c); err != nil {
		panic(err)
	}
	c.Encoding = ""
	var ws []thread.Warning
	for _, w := range c.Warnings {
		if !strings.Contains(w.Message, "mojibake") {
			ws = append(ws, w)
		}
	}
	c.Warnings = ws
	for _, p := range c.Posts {
		p.Span.Start, p.Span.End = 0, 0
		for i := range p.Sections {
			p.Sections[i].Span.Start, p.Sections[i].Span.End = 0, 0
		}
		for _, cm := range p.Comments {
			cm.Span.Start, cm.Span.End = 0, 0
			for _, r := range cm.Replies {
				r.Span.Start, r.Span.End = 0, 0
			}
		}
	}
	return &c
}

// jsonText returns every string in a JSON document, decoded, one per line.
func jsonText(t *testing.T, js []byte) string {
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			b.WriteString(v)
			b.WriteByte('\n')
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return b.String()
}

// lostIn1252 reports whether reading s as Windows-1252 loses a byte no
// repair can know again: a byte 1252 leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D), which the decoder replaces by U+FFFD, in any character but
// the two the normalizer restores by their frequency ("”" and "●"): "Á"
// (C3 81) and "Í" (C3 8D) both become "Ã�".
func lostIn1252(s string) bool {
	for _, r := range s {
		if r == '\u201D' || r == '\u25CF' || r < 0x80 {
			continue
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[1:n] {
			switch c {
			case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
				return true
			}
		}
	}
	return false
}
