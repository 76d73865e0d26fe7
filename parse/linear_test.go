package parse

import (
	"runtime"
	"strings"
	"testing"
)

// allocBytes returns the bytes f allocates: a measure of work that does
// not depend on the machine's speed or load.
func allocBytes(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// linearIn checks that the bytes make(n) takes to parse grow at most
// linearly from n to 4n: at most 7 times, as slices that double as they
// grow may take 5 or 6 times at 4n; a quadratic path takes 16.
func linearIn(t *testing.T, name string, n int, make func(n int) string) {
	t.Helper()
	p := Parser{Stages: enriched, Workers: 1}
	cost := func(n int) uint64 {
		src := []byte(make(n))
		return allocBytes(func() {
			if _, err := p.ParseBytes(name, src); err != nil {
				t.Fatal(err)
			}
		})
	}
	a, b := cost(n), cost(4*n)
	if b > 7*a {
		t.Errorf("%s: %d bytes allocated at N=%d, %d at 4N: more than linear", name, a, n, b)
	}
}

// TestFlatLeadInsLinear: a flat dump of many markers each followed only by
// a lead-in line (issue 20, row 1) carries the lead-ins forward once.
func TestFlatLeadInsLinear(t *testing.T) {
	linearIn(t, "flat", 2000, func(n int) string {
		return "A post.\n\n1 comment:\nFirst comment.\n" + strings.Repeat("ReplyDeleteFrom Twitter:-\n", n) + "ReplyDelete\n"
	})
	linearIn(t, "flat quoted", 2000, func(n int) string {
		return "A post.\n\n1 comment:\nFirst comment.\n" + strings.Repeat("ReplyDeleteAnonymous 28 October 2022 at 22:00: \"Yes\"\n", n) + "ReplyDelete\n"
	})
}

// TestMarkupDenseBytes: a dump of only markers (issue 20, row 16: 70 bytes
// of memory a byte of input when it was filed) allocates at most 28 bytes
// a byte of input, all passes together. The figure counts allocation, not
// peak memory; BenchmarkMarkupDense shows it too.
func TestMarkupDenseBytes(t *testing.T) {
	src := []byte("Alice said...\nThe one comment.\n" + strings.Repeat("ReplyDelete\n", 100_000))
	p := Parser{Stages: enriched, Workers: 1}
	got := allocBytes(func() {
		if _, err := p.ParseBytes("dense", src); err != nil {
			t.Fatal(err)
		}
	})
	if per := float64(got) / float64(len(src)); per > 28 {
		t.Errorf("%d bytes allocated for %d of input: %.1f a byte, want at most 28", got, len(src), per)
	}
}
