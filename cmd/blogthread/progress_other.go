//go:build !unix

package main

import "os"

// sameFile reports whether a and b may be the same terminal: without a
// way to tell, two terminals are taken to be one.
func sameFile(a, b *os.File) bool { return true }
