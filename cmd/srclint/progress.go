package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progressDelay is how long a run goes before the progress line appears.
const progressDelay = 2 * time.Second

// progress draws a one-line progress report on a terminal's stderr for runs
// that take longer than progressDelay: files read of the total and their
// rate, then rules done of the total. It draws nothing when disabled (stderr
// is not a terminal, or CI is set).
type progress struct {
	w       io.Writer
	enabled bool
	start   time.Time

	files, filesTotal int64
	rules, rulesTotal int64

	stop chan struct{}
	done sync.WaitGroup
	drew atomic.Bool
}

func newProgress(e *env) *progress {
	return &progress{w: e.stderr, enabled: e.stderrTTY && e.getenv("CI") == "" && e.getenv("GITHUB_ACTIONS") == ""}
}

// begin starts drawing (after the delay) for filesTotal files.
func (p *progress) begin(filesTotal int) {
	if !p.enabled {
		return
	}
	p.start = time.Now()
	atomic.StoreInt64(&p.filesTotal, int64(filesTotal))
	p.stop = make(chan struct{})
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				return
			case now := <-tick.C:
				if now.Sub(p.start) >= progressDelay {
					p.draw(now)
				}
			}
		}
	}()
}

func (p *progress) draw(now time.Time) {
	files, total := atomic.LoadInt64(&p.files), atomic.LoadInt64(&p.filesTotal)
	secs := now.Sub(p.start).Seconds()
	line := fmt.Sprintf("srclint: read %d/%d files (%.0f files/s)", files, total, float64(files)/secs)
	if rt := atomic.LoadInt64(&p.rulesTotal); rt > 0 {
		line += fmt.Sprintf(", rules %d/%d", atomic.LoadInt64(&p.rules), rt)
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.drew.Store(true)
}

// fileDone counts one file read.
func (p *progress) fileDone() { atomic.AddInt64(&p.files, 1) }

// rulesBegin sets the number of rules to run.
func (p *progress) rulesBegin(n int) { atomic.StoreInt64(&p.rulesTotal, int64(n)) }

// ruleDone counts one rule finished.
func (p *progress) ruleDone(string) { atomic.AddInt64(&p.rules, 1) }

// end stops drawing and clears the line.
func (p *progress) end() {
	if !p.enabled || p.stop == nil {
		return
	}
	close(p.stop)
	p.done.Wait()
	if p.drew.Load() {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
