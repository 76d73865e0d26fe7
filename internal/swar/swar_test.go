package swar

import "testing"

// TestMasks checks each mask byte by byte against its definition, for
// every byte value in every position.
func TestMasks(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			s := []byte("abcdefgh")
			s[pos] = byte(c)
			x := Load8(string(s), 0)
			if got := byte(x >> (8 * pos)); got != byte(c) {
				t.Fatalf("Load8 byte %d = %#x, want %#x", pos, got, c)
			}
			bit := uint64(0x80) << (8 * pos)
			if z := ZeroBytes(x)&bit != 0; z != (c == 0) {
				t.Errorf("ZeroBytes: byte %#x at %d reported %v", c, pos, z)
			}
			if c < 0x80 {
				if r := InRange(x&^Hi, '0', 'Z')&bit != 0; r != (c >= '0' && c <= 'Z') {
					t.Errorf("InRange: byte %#x at %d reported %v", c, pos, r)
				}
			}
		}
	}
}
