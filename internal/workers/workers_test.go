package workers

import (
	"sync/atomic"
	"testing"
)

func TestForCallsEachIndexOnce(t *testing.T) {
	for _, tc := range []struct{ n, jobs int }{{0, 2}, {1, 4}, {5, 1}, {100, 0}, {100, 3}, {7, 16}} {
		calls := make([]atomic.Int32, tc.n)
		For(tc.n, tc.jobs, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Errorf("n=%d jobs=%d: f(%d) called %d times", tc.n, tc.jobs, i, c)
			}
		}
	}
}
