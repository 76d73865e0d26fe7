// Command benchcompare measures, in one run and on the same generated
// threads, three ways of reading them:
//
//	(a) the floor: reading the text dump and splitting it into lines with
//	    bufio.Scanner;
//	(b) blogthread: parse.Posts over the text dump with every enrichment
//	    pass (the -o stats path), and the structure alone (-enrich=false);
//	(c) the route a blog owner would otherwise take: encoding/xml decoding
//	    the same threads from a Blogger backup into structs.
//
// It prints MB/s and the ratios b/a (time over the same bytes) and c/b
// (time over the same threads), and the peak heap of the streaming parse.
// Each is the fastest of -reps runs (3): on a shared machine the slower
// runs measure the neighbours too. GOGC is set as blogthread parse sets it
// for -o stats (see internal/tune).
//
//	go run ./internal/cmd/benchcompare -mb 100 -layout numbered
//
// With -real FILES (file names or patterns, separated by commas) it
// measures real text the same way, beside the generated: the files are
// written one after another, repeated to the generated dump's size.
// For both it then prints what each stage costs a byte on one core (the
// normaliser, the structure, the enrichment; ns per byte) and how the
// generated figures compare with the real: internal/gen is calibrated so
// that they stay within 20%.
//
//	go run ./internal/cmd/benchcompare -mb 100 -reps 5 \
//		-real '../shared/corpus/*.txt,../shared/external/pages/*.txt'
package main

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/internal/gen"
	"github.com/blogthread/blogthread/internal/tune"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/parse"
)

func main() {
	mb := flag.Float64("mb", 100, "size of the text dump in MB")
	layout := flag.String("layout", "numbered", "text layout of the dump")
	seed := flag.Uint64("seed", 1, "seed")
	dir := flag.String("dir", os.TempDir(), "where to write the generated files")
	reps := flag.Int("reps", 3, "times to run each measurement; the fastest is reported")
	real := flag.String("real", "", "files of real text (names or patterns, separated by commas) to measure the same way, repeated to the generated dump's size")
	flag.Parse()

	text := filepath.Join(*dir, "benchcompare-"+*layout+".txt")
	atom := filepath.Join(*dir, "benchcompare-blogger.xml")
	nodes := mustWrite(text, func(w io.Writer) (int, error) { return gen.Write(w, *layout, *seed, int64(*mb*1e6)) })
	p := countPosts(text)
	atomNodes := mustWrite(atom, func(w io.Writer) (int, error) { return gen.WritePosts(w, "blogger", *seed, p) })
	if atomNodes != nodes {
		log.Fatalf("the Atom file has %d comments, the dump %d", atomNodes, nodes)
	}
	textMB, atomMB := sizeMB(text), sizeMB(atom)
	fmt.Printf("threads: %d posts, %d comments and replies; %s dump %.1f MB, Blogger Atom %.1f MB; %d CPUs\n\n", p, nodes, *layout, textMB, atomMB, runtime.NumCPU())

	gc := tune.Streaming() // as blogthread parse sets it for -o stats
	fmt.Printf("GOGC %d, as blogthread parse -o stats runs; the fastest of %d runs of each\n\n", gc, *reps)
	floor := best(*reps, func() time.Duration { return timeIt(func() { scanLines(text) }) })
	var heap uint64
	full := best(*reps, func() time.Duration {
		d, h := timeHeap(func() { parsePosts(text, false, nodes) })
		heap = max(heap, h)
		return d
	})
	structure := best(*reps, func() time.Duration { return timeIt(func() { parsePosts(text, true, nodes) }) })
	viaXML := best(*reps, func() time.Duration { return timeIt(func() { decodeAtom(atom, nodes) }) })

	row := func(name string, d time.Duration, mb float64) {
		fmt.Printf("%-46s %8.2f s %9.1f MB/s\n", name, d.Seconds(), mb/d.Seconds())
	}
	row("(a) floor: bufio.Scanner lines of the dump", floor, textMB)
	row("(b) blogthread, every pass (parse -o stats)", full, textMB)
	row("    blogthread, structure only (-enrich=false)", structure, textMB)
	row("(c) encoding/xml into structs, Blogger Atom", viaXML, atomMB)
	fmt.Printf("\nb/a = %.1f (target 8)   structure/a = %.1f (target 4)   c/b per thread = %.2f (target 20)\n",
		full.Seconds()/floor.Seconds(), structure.Seconds()/floor.Seconds(), viaXML.Seconds()/full.Seconds())
	fmt.Printf("peak heap of the streaming parse: %.1f MiB\n", float64(heap)/(1<<20))
	if *real == "" {
		return
	}
	files := globs(*real)
	realFile := filepath.Join(*dir, "benchcompare-real.txt")
	mustWrite(realFile, func(w io.Writer) (int, error) { return 0, repeatFiles(w, files, int64(textMB*1e6)) })
	realMB := sizeMB(realFile)
	floor = best(*reps, func() time.Duration { return timeIt(func() { scanLines(realFile) }) })
	full = best(*reps, func() time.Duration { return timeIt(func() { parsePosts(realFile, false, -1) }) })
	structure = best(*reps, func() time.Duration { return timeIt(func() { parsePosts(realFile, true, -1) }) })
	fmt.Printf("\nreal text: %d files repeated, %.1f MB\n", len(files), realMB)
	row("(a) floor: bufio.Scanner lines", floor, realMB)
	row("(b) blogthread, every pass", full, realMB)
	row("    blogthread, structure only", structure, realMB)
	fmt.Printf("\nb/a = %.1f (target 8)   structure/a = %.1f (target 4) (real text)\n", full.Seconds()/floor.Seconds(), structure.Seconds()/floor.Seconds())

	fmt.Printf("\nwhat each stage costs a byte on one core (ns/B; the fastest of %d runs):\n\n", *reps)
	fmt.Printf("%-12s %10s %10s %8s\n", "stage", "generated", "real", "gen/real")
	g, r := stages(text, *reps), stages(realFile, *reps)
	for i, name := range []string{"normalise", "structure", "enrich", "all"} {
		fmt.Printf("%-12s %10.2f %10.2f %8.2f\n", name, g[i], r[i], g[i]/r[i])
	}
}

// globs returns the files the comma-separated patterns name.
func globs(patterns string) []string {
	var files []string
	for _, p := range strings.Split(patterns, ",") {
		m, err := filepath.Glob(strings.TrimSpace(p))
		if err != nil {
			log.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		log.Fatalf("-real %q names no files", patterns)
	}
	return files
}

// repeatFiles writes the files one after another, each ending with a
// blank line, until size bytes are written.
func repeatFiles(w io.Writer, files []string, size int64) error {
	var texts [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		texts = append(texts, append(bytes.TrimRight(b, "\n"), "\n\n"...))
	}
	for n := int64(0); n < size; {
		for _, t := range texts {
			if _, err := w.Write(t); err != nil {
				return err
			}
			n += int64(len(t))
		}
	}
	return nil
}

// stages returns what the normaliser, the structure and the enrichment
// cost a byte of the file on one core, in ns, and all three together:
// the normaliser over the file in chunks of lines, the structure as
// parse.Posts with one worker and no stages less the normaliser, the
// enrichment as the same with the enrichment less that.
func stages(name string, reps int) [4]float64 {
	src, err := os.ReadFile(name)
	if err != nil {
		log.Fatal(err)
	}
	perByte := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(len(src)) }
	norm := perByte(best(reps, func() time.Duration {
		return timeIt(func() {
			for rest := src; len(rest) > 0; {
				n := min(len(rest), 1<<20)
				if i := bytes.LastIndexByte(rest[:n], '\n'); i > 0 && n < len(rest) {
					n = i + 1
				}
				if _, err := normalize.Normalize(rest[:n], ""); err != nil {
					log.Fatal(err)
				}
				rest = rest[n:]
			}
		})
	}))
	run := func(enriched bool) float64 {
		return perByte(best(reps, func() time.Duration {
			return timeIt(func() {
				p := parse.Parser{Workers: 1}
				if enriched {
					p.Stages = []parse.Stage{parse.StageFunc(enrich.Apply)}
				}
				for _, err := range p.Posts(name, bytes.NewReader(src)) {
					if err != nil {
						log.Fatal(err)
					}
				}
			})
		}))
	}
	structure, all := run(false), run(true)
	return [4]float64{norm, structure - norm, all - structure, all}
}

func mustWrite(name string, write func(io.Writer) (int, error)) int {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	n, err := write(f)
	if err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	return n
}

func sizeMB(name string) float64 {
	fi, err := os.Stat(name)
	if err != nil {
		log.Fatal(err)
	}
	return float64(fi.Size()) / 1e6
}

func countPosts(name string) int {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	n := 0
	for _, err := range parse.Posts(f) {
		if err != nil {
			log.Fatal(err)
		}
		n++
	}
	return n
}

// best runs measure n times and returns the shortest time: on a shared
// machine the other times measure the neighbours too.
func best(n int, measure func() time.Duration) time.Duration {
	d := measure()
	for range n - 1 {
		d = min(d, measure())
	}
	return d
}

func timeIt(f func()) time.Duration {
	runtime.GC()
	start := time.Now()
	f()
	return time.Since(start)
}

// timeHeap runs f and samples the live heap every few milliseconds.
func timeHeap(f func()) (time.Duration, uint64) {
	runtime.GC()
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var max uint64
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				peak <- max
				return
			case <-t.C:
				metrics.Read(s)
				max = maxU(max, s[0].Value.Uint64())
			}
		}
	}()
	start := time.Now()
	f()
	d := time.Since(start)
	close(done)
	return d, <-peak
}

func maxU(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

func scanLines(name string) {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n += len(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

func parsePosts(name string, bare bool, want int) {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	p := parse.Parser{}
	if !bare {
		p.Stages = []parse.Stage{parse.StageFunc(enrich.Apply)}
	}
	n := 0
	for post, err := range p.Posts(name, f) {
		if err != nil {
			log.Fatal(err)
		}
		n += post.Count()
	}
	if want >= 0 && n != want {
		log.Fatalf("parsed %d comments and replies, generated %d", n, want)
	}
}

// entry is what a blog owner would decode from the Atom backup.
type entry struct {
	ID        string `xml:"id"`
	Published string `xml:"published"`
	Title     string `xml:"title"`
	Content   string `xml:"content"`
	Category  []struct {
		Term string `xml:"term,attr"`
	} `xml:"category"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Author struct {
		Name string `xml:"name"`
	} `xml:"author"`
	InReplyTo struct {
		Ref string `xml:"ref,attr"`
	} `xml:"http://purl.org/syndication/thread/1.0 in-reply-to"`
}

type feed struct {
	Entries []entry `xml:"entry"`
}

func decodeAtom(name string, want int) {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var fd feed
	if err := xml.NewDecoder(bufio.NewReader(f)).Decode(&fd); err != nil {
		log.Fatal(err)
	}
	n := 0
	for _, e := range fd.Entries {
		if e.InReplyTo.Ref != "" {
			n++
		}
	}
	if n != want {
		log.Fatalf("decoded %d comments, generated %d", n, want)
	}
}
