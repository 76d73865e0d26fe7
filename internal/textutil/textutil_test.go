package textutil

import (
	"strings"
	"testing"
)

func TestIndentAndSpace(t *testing.T) {
	if n := Indent("\u00A0 \tx"); n != 6 {
		t.Errorf("Indent = %d, want 6", n)
	}
	if s := TrimSpace("\u200B\u00A0 word \uFEFF"); s != "word" {
		t.Errorf("TrimSpace = %q", s)
	}
	if s := LowerASCII("Ab É"); s != "ab É" {
		t.Errorf("LowerASCII = %q", s)
	}
}

// TestTrimSpaceMatchesTrimFunc checks the ASCII fast path of TrimSpace
// against strings.TrimFunc with IsSpace.
func TestTrimSpaceMatchesTrimFunc(t *testing.T) {
	for _, s := range []string{"", " ", "\t\t", "a", " a ", "\ta b\t", "  \u00A0x", "x\u2009 ", "\u200B", " \u3000 y \n", "é ", " é", "\v\fz\r"} {
		if got, want := TrimSpace(s), strings.TrimFunc(s, IsSpace); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzTrimSpace compares TrimSpace with strings.TrimFunc on any input.
func FuzzTrimSpace(f *testing.F) {
	f.Add(" \u00A0a\u200B ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TrimSpace(s), strings.TrimFunc(s, IsSpace); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
