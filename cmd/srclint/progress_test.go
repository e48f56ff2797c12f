package main

import (
	"bytes"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	env := func(tty bool, ci string) *env {
		return &env{stderr: &buf, stderrTTY: tty, getenv: func(k string) string {
			if k == "CI" {
				return ci
			}
			return ""
		}}
	}
	for _, tt := range []struct {
		name    string
		tty     bool
		ci      string
		enabled bool
	}{{"terminal", true, "", true}, {"not a terminal", false, "", false}, {"CI", true, "true", false}} {
		if got := newProgress(env(tt.tty, tt.ci)).enabled; got != tt.enabled {
			t.Errorf("%s: enabled = %v, want %v", tt.name, got, tt.enabled)
		}
	}
	p := newProgress(env(true, ""))
	p.begin(10)
	for range 4 {
		p.fileDone()
	}
	p.rulesBegin(11)
	p.ruleDone("variant")
	p.draw(p.start.Add(2 * time.Second))
	p.end()
	want := "\r\x1b[Ksrclint: read 4/10 files (2 files/s), rules 1/11\r\x1b[K"
	if buf.String() != want {
		t.Errorf("progress output = %q, want %q", buf.String(), want)
	}
	// A run shorter than the delay draws nothing.
	buf.Reset()
	p = newProgress(env(true, ""))
	p.begin(1)
	p.end()
	if buf.Len() != 0 {
		t.Errorf("short run drew %q", buf.String())
	}
}
