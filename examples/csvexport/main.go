// Command csvexport writes the comments and replies of dumps as CSV for a
// spreadsheet or a data frame: one row per comment and reply, with its
// parent, author, time, text, quotes and mentions.
//
//	go run ./examples/csvexport [FILE...] > comments.csv
//
// Without FILE it reads every dump in testdata/ (run it from the
// repository's root). Posts stream through one at a time, so the files may
// be larger than memory; cells that a spreadsheet would run as formulas are
// made inert.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/export"
)

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/*/*.txt")
		if len(files) == 0 {
			log.Fatal("no dumps in testdata/: run from the repository's root or name the files")
		}
	}
	w := export.NewCSV(os.Stdout)
	rows := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			log.Fatal(err)
		}
		for post, err := range blogthread.Posts(f, blogthread.WithSource(name)) {
			if err != nil {
				log.Fatal(err)
			}
			if err := w.Write(name, post); err != nil {
				log.Fatal(err)
			}
			rows += post.Count()
		}
		f.Close()
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "csvexport: %d rows from %d files\n", rows, len(files))
}
