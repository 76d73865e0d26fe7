package parse

import (
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/thread"
)

// workers returns how many goroutines enrich posts (Parser.Workers).
func (p *Parser) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// enrichDocument runs the enrichment passes over the posts of doc, on up to
// p.workers() goroutines. Posts are independent: a post's passes read and
// write only that post.
func (p *Parser) enrichDocument(doc *thread.Document, loc *time.Location) {
	o := enrich.Options{Location: loc}
	w := min(p.workers(), len(doc.Posts))
	if w <= 1 {
		enrich.Document(doc, o)
		return
	}
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for range w {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(doc.Posts) {
					return
				}
				enrich.Post(doc.Posts[i], o)
			}
		})
	}
	wg.Wait()
}

// aheadPerWorker is how many posts each enrichment worker may hold beyond
// the one the caller is given: it bounds the memory of a parallel stream.
const aheadPerWorker = 8

// enrichStream yields the posts of src in order, each enriched (and folded
// when p.FoldTypography), with the passes run on up to p.workers()
// goroutines while src is read ahead on another. At most a few posts per
// worker are held at once. src's goroutine is finished before enrichStream
// returns, even when the caller stops early, so that the input is no longer
// read once the sequence is over.
func (p *Parser) enrichStream(src iter.Seq2[*thread.Post, error], loc *time.Location) iter.Seq2[*thread.Post, error] {
	work := func(post *thread.Post) {
		if p.FoldTypography {
			foldPost(post)
		}
		if !p.NoEnrich {
			enrich.Post(post, enrich.Options{Location: loc})
		}
	}
	w := p.workers()
	if w <= 1 || p.NoEnrich {
		return func(yield func(*thread.Post, error) bool) {
			for post, err := range src {
				if err == nil {
					work(post)
				}
				if !yield(post, err) {
					return
				}
			}
		}
	}
	type job struct {
		post *thread.Post
		err  error
		done chan struct{}
	}
	return func(yield func(*thread.Post, error) bool) {
		var (
			order = make(chan *job, w*aheadPerWorker) // every job, in input order
			jobs  = make(chan *job, w*aheadPerWorker) // jobs for the workers
			stop  = make(chan struct{})
			wg    sync.WaitGroup
		)
		wg.Go(func() {
			defer close(order)
			defer close(jobs)
			for post, err := range src {
				j := &job{post: post, err: err, done: make(chan struct{})}
				select {
				case order <- j:
				case <-stop:
					return
				}
				if err != nil {
					close(j.done)
					return
				}
				select {
				case jobs <- j:
				case <-stop:
					return
				}
			}
		})
		for range w {
			wg.Go(func() {
				for j := range jobs {
					work(j.post)
					close(j.done)
				}
			})
		}
		defer wg.Wait()
		defer close(stop)
		for j := range order {
			<-j.done
			if !yield(j.post, j.err) || j.err != nil {
				return
			}
		}
	}
}
