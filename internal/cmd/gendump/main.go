// Command gendump writes a synthetic comment dump of a given size in a
// given layout (see package internal/gen):
//
//	go run ./internal/cmd/gendump -layout numbered -mb 100 -seed 1 > dump.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/blogthread/blogthread/internal/gen"
)

func main() {
	layout := flag.String("layout", "numbered", fmt.Sprintf("layout, one of %v", gen.Layouts))
	mb := flag.Float64("mb", 10, "size in MB")
	seed := flag.Uint64("seed", 1, "seed")
	flag.Parse()
	nodes, err := gen.Write(os.Stdout, *layout, *seed, int64(*mb*1e6))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendump:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gendump: %s, %.0f MB, %d comments and replies\n", *layout, *mb, nodes)
}
