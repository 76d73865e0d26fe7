package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// benchText is about 1 MB of comment text in the given style.
func benchText(style string) []byte {
	para := "The board met on Tuesday and decided, once again, that nothing would change until spring.\n" +
		"“It isn’t ideal,” said the chair — but the café stays open… for now.\n\n"
	if style == "ascii" {
		para = "The board met on Tuesday and decided, once again, that nothing would change until spring.\n" +
			"\"It is not ideal,\" said the chair - but the cafe stays open... for now.\n\n"
	}
	s := strings.Repeat(para, (1<<20)/len(para))
	switch style {
	case "crlf":
		s = strings.ReplaceAll(s, "\n", "\r\n")
	case "mojibake":
		s, _ = charmap.Windows1252.NewDecoder().String(s)
	case "windows-1252":
		s, _ = charmap.Windows1252.NewEncoder().String(s)
	case "nbsp":
		s = strings.ReplaceAll(s, "the ", "the\u00a0")
	case "rule":
		s = "\u2501\u2501\u2501\u2501 Comments \u2501\u2501\u2501\u2501\n" + s // a page dump's rule, as w3m draws it
	}
	return []byte(s)
}

// BenchmarkNormalize measures the cost per MB: on clean text (ASCII or
// UTF-8 with typography, or with a character NFC must check on its first
// line, "rule") Normalize only verifies; the damaged styles pay for their
// repair.
func BenchmarkNormalize(b *testing.B) {
	for _, style := range []string{"ascii", "utf-8", "rule", "crlf", "nbsp", "windows-1252", "mojibake"} {
		in := benchText(style)
		b.Run(style, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Normalize(in, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkKey keys a long text of ASCII, typography and a few accented
// words, as real posts are: the case that the word-at-a-time key serves.
func BenchmarkKey(b *testing.B) {
	para := "The council’s “plan” — announced on Friday — will close the café on Rue de la Paix; Zoë says it’s a shame… "
	s := strings.Repeat(para, 2000)
	b.Run("words", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			Key(s)
		}
	})
	b.Run("full", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			fullKey(s)
		}
	})
}
