// Package workers runs a loop's iterations on several goroutines: the one
// worker pool srclint's extraction, indexes and rules share.
package workers

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(i) for every i in [0, n) on at most jobs goroutines
// (GOMAXPROCS when jobs < 1), handing out indexes in increasing order, and
// returns when all calls have. f must only write state that belongs to its
// i. With one worker, or one index, f runs on the calling goroutine.
func For(n, jobs int, f func(i int)) {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, n)
	if jobs <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}
