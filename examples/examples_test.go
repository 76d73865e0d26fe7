// Package examples holds runnable programs, one folder each; this test
// runs every one of them as a user would.
package examples

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestExamplesRun runs `go run ./examples/NAME` from the repository's root
// for every example, with no arguments: each must exit 0 and print
// something.
func TestExamplesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every example")
	}
	dirs, err := filepath.Glob("*/main.go")
	if err != nil || len(dirs) < 4 {
		t.Fatalf("want at least four examples, found %v (%v)", dirs, err)
	}
	for _, d := range dirs {
		name := filepath.Dir(d)
		if _, err := os.Stat(filepath.Join(name, "go.mod")); err == nil {
			continue // a module of its own (beam): its own tests run it
		}
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command("go", "run", "./examples/"+name)
			cmd.Dir = ".."
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("go run ./examples/%s: %v\n%s", name, err, out)
			}
			if len(out) == 0 {
				t.Errorf("go run ./examples/%s printed nothing", name)
			}
		})
	}
}
