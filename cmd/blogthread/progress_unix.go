//go:build unix

package main

import (
	"os"
	"syscall"
)

// sameFile reports whether a and b are the same device or file (standard
// error and standard output on one terminal).
func sameFile(a, b *os.File) bool {
	ai, err1 := a.Stat()
	bi, err2 := b.Stat()
	if err1 != nil || err2 != nil {
		return false
	}
	as, ok1 := ai.Sys().(*syscall.Stat_t)
	bs, ok2 := bi.Sys().(*syscall.Stat_t)
	if !ok1 || !ok2 {
		return os.SameFile(ai, bi)
	}
	return as.Rdev == bs.Rdev && as.Dev == bs.Dev && as.Ino == bs.Ino || os.SameFile(ai, bi)
}
