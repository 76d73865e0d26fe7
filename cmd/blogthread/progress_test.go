package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgressOnATerminal runs the command under a pseudo-terminal
// (script, from util-linux's bsdutils): with standard output on the
// terminal no progress line is drawn, so the tree comes out clean; with it
// redirected, the line is drawn on the terminal, ends with a line end, and
// none of it reaches the output.
func TestProgressOnATerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) is not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "blogthread")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	src := filepath.Join(dir, "big.txt")
	one, err := os.ReadFile("../../testdata/numbered/owner.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, []byte(strings.Repeat(string(one)+"\n", 400)), 0o644); err != nil {
		t.Fatal(err)
	}
	terminal := func(command string) string {
		out, err := exec.Command(script, "-qec", command, "/dev/null").CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", command, err, out)
		}
		return string(out)
	}
	onTerminal := terminal(bin + " parse -o tree " + src)
	if strings.Contains(onTerminal, "blogthread:") || !strings.Contains(onTerminal, "├─") {
		t.Errorf("stdout on the terminal: a progress line mixed into the tree, or no tree:\n%.400s", onTerminal)
	}
	outFile := filepath.Join(dir, "tree.txt")
	redirected := terminal(bin + " parse -o tree " + src + " > " + outFile)
	if !strings.Contains(redirected, "blogthread: 1/1 files") || !strings.HasSuffix(strings.TrimRight(redirected, "\r\n"), "warnings") && !strings.HasSuffix(strings.TrimRight(redirected, "\r\n"), "warning") || !strings.HasSuffix(redirected, "\n") {
		t.Errorf("stdout redirected: the terminal shows %q, want the progress line ending in a line end", redirected)
	}
	tree, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(tree), "blogthread:") || strings.Contains(string(tree), "\r") {
		t.Errorf("the progress line reached the output")
	}
	if quiet := terminal(bin + " parse -q -o tree " + src + " > " + outFile); strings.Contains(quiet, "blogthread:") {
		t.Errorf("-q: the terminal shows %q", quiet)
	}
}
