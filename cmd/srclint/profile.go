package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfile starts a CPU profile when --cpu-profile is set; the returned
// function stops it.
func startProfile(e *env, lf *lintFlags) (func(), error) {
	if lf.cpuProf == "" {
		return func() {}, nil
	}
	f, err := os.Create(absPath(e, lf.cpuProf))
	if err != nil {
		return nil, fmt.Errorf("--cpu-profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpu-profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(e.stderr, "srclint: --cpu-profile: %v\n", err)
		}
	}, nil
}

// writeHeapProfile writes the live heap to path when it is set.
func writeHeapProfile(e *env, path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(absPath(e, path))
	if err != nil {
		return fmt.Errorf("--mem-profile: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--mem-profile: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("--mem-profile: %w", err)
	}
	return nil
}
