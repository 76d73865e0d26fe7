// Package swar holds the word-at-a-time byte tests the scanners share:
// eight bytes of a string read as one uint64, and masks with the high bit
// set in each byte that passes a test.
package swar

// Lo and Hi repeat 0x01 and 0x80 in every byte of a word.
const (
	Lo = 0x0101010101010101
	Hi = 0x8080808080808080
)

// Load8 reads s[k:k+8] as a little-endian word: byte k in the low byte.
func Load8(s string, k int) uint64 {
	w := s[k : k+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// ZeroBytes returns the high bit of each byte of z that is zero.
func ZeroBytes(z uint64) uint64 {
	const low7 = 0x7F7F7F7F7F7F7F7F
	return ^((z&low7 + low7) | z | low7)
}

// InRange returns the high bit of each byte of y (all below 0x80) from a
// to b.
func InRange(y uint64, a, b byte) uint64 {
	return (y + uint64(0x80-a)*Lo) &^ (y + uint64(0x80-b-1)*Lo) & Hi
}
