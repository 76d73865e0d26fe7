package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws one line on standard error while the files are read:
// files done, megabytes read (of how many, when the sizes are known), the
// speed, the time left and the warnings so far. It is drawn only when
// standard error is a terminal that standard output is not written to
// (with both on one terminal the line would mix into the output), is
// redrawn every progressEvery while a file is read, and ends with a line
// end.
type progress struct {
	w        io.Writer
	files    int
	total    int64 // the files' sizes added, 0 when one is unknown
	read     atomic.Int64
	done     atomic.Int64
	warnings atomic.Int64
	start    time.Time

	mu    sync.Mutex
	width int // the length of the line last drawn
	stop  chan struct{}
	over  chan struct{}
}

// progressEvery is how often the line is redrawn.
const progressEvery = 250 * time.Millisecond

// newProgress returns the progress line for files, or nil when it is not
// to be drawn: quiet, standard error not a terminal, or standard output on
// the same terminal.
func newProgress(stderr, stdout io.Writer, quiet bool, files []string) *progress {
	ef, ok := stderr.(*os.File)
	if quiet || !ok || !isTerminal(ef) {
		return nil
	}
	if of, ok := stdout.(*os.File); ok && isTerminal(of) && sameFile(ef, of) {
		return nil
	}
	p := &progress{w: stderr, files: len(files), start: time.Now(), stop: make(chan struct{}), over: make(chan struct{})}
	for _, name := range files {
		fi, err := os.Stat(name)
		if name == "-" || err != nil {
			p.total = 0
			break
		}
		p.total += fi.Size()
	}
	go p.loop()
	return p
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) loop() {
	defer close(p.over)
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.draw("")
		}
	}
}

// counting returns r counting what is read from it.
func (p *progress) counting(r io.Reader) io.Reader {
	if p == nil {
		return r
	}
	return &countingReader{r: r, n: &p.read}
}

// fileDone counts a file read, with its warnings.
func (p *progress) fileDone(warnings int) {
	if p == nil {
		return
	}
	p.done.Add(1)
	p.warnings.Add(int64(warnings))
}

// finish draws the last line, with its line end.
func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.over
	p.draw("\n")
}

// clear wipes the line drawn, so that a message can stand on its own line.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
}

// draw writes the line over the one before.
func (p *progress) draw(end string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	elapsed := max(time.Since(p.start).Seconds(), 1e-9)
	read := p.read.Load()
	rate := float64(read) / 1e6 / elapsed
	size := fmt.Sprintf("%.1f MB", float64(read)/1e6)
	left := ""
	if p.total > 0 {
		size = fmt.Sprintf("%.1f of %.1f MB", float64(read)/1e6, float64(p.total)/1e6)
		if rate > 0 && read < p.total && end == "" {
			left = fmt.Sprintf(", %s left", time.Duration(float64(p.total-read)/1e6/rate*float64(time.Second)).Round(100*time.Millisecond))
		}
	}
	line := fmt.Sprintf("blogthread: %d/%d files, %s, %.1f MB/s%s, %s", p.done.Load(), p.files, size, rate, left, plural(int(p.warnings.Load()), "warning"))
	pad := max(0, p.width-len(line))
	p.width = len(line)
	fmt.Fprintf(p.w, "\r%s%s%s", line, strings.Repeat(" ", pad), end)
}

// plural writes n and the noun, in the plural unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	k, err := c.r.Read(b)
	c.n.Add(int64(k))
	return k, err
}
