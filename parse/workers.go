package parse

import (
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blogthread/blogthread/thread"
)

// workers returns how many goroutines parse and finish posts
// (Parser.Workers).
func (p *Parser) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// finishDocument runs finishPost over the posts of doc, on up to
// p.workers() goroutines. Posts are independent: a stage reads and writes
// only the post it is given.
func (p *Parser) finishDocument(doc *thread.Document, loc *time.Location) {
	if !p.finishes() {
		return
	}
	w := min(p.workers(), len(doc.Posts))
	if w <= 1 {
		for _, post := range doc.Posts {
			p.finishPost(post, loc)
		}
		return
	}
	forEach(w, len(doc.Posts), func(i int) { p.finishPost(doc.Posts[i], loc) })
}

// forEach calls f for 0 to n-1 on workers goroutines, each taking the next
// index as it is free, and returns when all are done.
func forEach(workers, n int, f func(i int)) {
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

// aheadPerWorker is how many posts each enrichment worker may hold beyond
// the one the caller is given: it bounds the memory of a parallel stream.
const aheadPerWorker = 8

// finishStream yields the posts of src in order, each through finishPost,
// which runs on up to p.workers() goroutines while src is read ahead on
// another. At most a few posts per
// worker are held at once. src's goroutine is finished before finishStream
// returns, even when the caller stops early, so that the input is no longer
// read once the sequence is over.
func (p *Parser) finishStream(src iter.Seq2[*thread.Post, error], loc *time.Location) iter.Seq2[*thread.Post, error] {
	if !p.finishes() {
		return src
	}
	work := func(post *thread.Post) { p.finishPost(post, loc) }
	w := p.workers()
	if w <= 1 || len(p.Stages) == 0 {
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
	}
	return func(yield func(*thread.Post, error) bool) {
		inOrder(w,
			func(emit func(*job) bool) {
				for post, err := range src {
					if !emit(&job{post, err}) || err != nil {
						return
					}
				}
			},
			func(j *job) {
				if j.err == nil {
					work(j.post)
				}
			},
			func(j *job) bool { return yield(j.post, j.err) && j.err == nil })
	}
}

// inOrder runs a pipeline on workers+1 goroutines and the caller's: produce
// emits jobs in order (emit reports false when the pipeline is stopping),
// work runs on the workers in any order, and consume sees every job in the
// order emitted, once its work is done, until it returns false. At most
// aheadPerWorker jobs per worker are in flight. Every goroutine is finished
// before inOrder returns.
func inOrder[J any](workers int, produce func(emit func(J) bool), work func(J), consume func(J) bool) {
	type item struct {
		job  J
		done chan struct{}
	}
	var (
		order = make(chan item, workers*aheadPerWorker) // every job, in input order
		jobs  = make(chan item, workers*aheadPerWorker) // jobs for the workers
		stop  = make(chan struct{})
		wg    sync.WaitGroup
	)
	wg.Go(func() {
		defer close(order)
		defer close(jobs)
		produce(func(j J) bool {
			it := item{j, make(chan struct{})}
			select {
			case order <- it:
			case <-stop:
				return false
			}
			select {
			case jobs <- it:
				return true
			case <-stop:
				return false
			}
		})
	})
	for range workers {
		wg.Go(func() {
			for it := range jobs {
				work(it.job)
				close(it.done)
			}
		})
	}
	defer wg.Wait()
	defer close(stop)
	for it := range order {
		<-it.done
		if !consume(it.job) {
			return
		}
	}
}
