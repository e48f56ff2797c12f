package rules_test

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/scorecard"
)

// TestDumpClaims measures the claim rules in isolation on a generated
// corpus and writes their findings and the scorecard as JSON, to compare
// runs before and after a change byte for byte. It runs only when asked:
//
//	SRCLINT_DUMP=/tmp/out.json SRCLINT_N=10000 [SRCLINT_ONLY=rule-id] go test ./rules/ -run TestDumpClaims -v
func TestDumpClaims(t *testing.T) {
	out := os.Getenv("SRCLINT_DUMP")
	if out == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("SRCLINT_N"))
	arts, _, cfg := benchCorpus(t, n)
	var all []any
	ids := []string{"claim-unsupported", "number-mismatch", "unattributed-copy"}
	if only := os.Getenv("SRCLINT_ONLY"); only != "" {
		ids = []string{only}
	}
	for _, id := range ids {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		t0, c0 := time.Now(), cpuTime()
		fs, _, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Only: []string{id}, Log: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&m1)
		fmt.Printf("%s: %v wall, %v cpu, %d findings, alloc %d MB\n", id, time.Since(t0), cpuTime()-c0, len(fs), (m1.TotalAlloc-m0.TotalAlloc)>>20)
		all = append(all, fs)
	}
	c := corpus.New(arts)
	t0, c0 := time.Now(), cpuTime()
	sc := scorecard.Build(c, nil, scorecard.Options{Config: cfg})
	fmt.Printf("scorecard (with extraction): %v wall, %v cpu\n", time.Since(t0), cpuTime()-c0)
	data, _ := json.MarshalIndent(struct {
		F any
		S any
	}{all, sc}, "", " ")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
