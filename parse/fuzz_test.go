package parse

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse feeds the parser arbitrary input in every format: it must not
// panic, must return a Document or an *Error, and when the input is valid
// UTF-8 it must keep every character (see checkLossless).
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0))
	}
	f.Add([]byte("ReplyDelete\nDelete\nReplies\nReply\n"), uint8(1))
	f.Add([]byte("  1. a\n    ReplyDelete\n    Replies\n    1. b\n      Delete\n"), uint8(2))
	formats := append([]string{""}, Archive)
	for _, l := range layouts {
		formats = append(formats, l.Name())
	}
	f.Fuzz(func(t *testing.T, src []byte, format uint8) {
		p := Parser{Format: formats[int(format)%len(formats)], Location: time.UTC}
		doc, err := p.ParseBytes("fuzz", src)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *parse.Error", err)
			}
			return
		}
		if doc == nil {
			t.Fatal("nil Document without error")
		}
		if utf8.Valid(src) {
			checkLossless(t, string(src), doc)
		}
	})
}
