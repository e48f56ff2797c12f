//go:build unix

package story

import (
	"syscall"
	"testing"
	"time"
)

// cpuClock measures the process's CPU time, which on a busy machine says
// more about a benchmark than wall time.
type cpuClock time.Duration

func startCPU() cpuClock { return cpuClock(cpuTime()) }

// report adds the CPU time per operation since the clock started.
func (c cpuClock) report(b *testing.B) {
	b.ReportMetric(float64(cpuTime()-time.Duration(c))/float64(b.N), "cpu-ns/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
