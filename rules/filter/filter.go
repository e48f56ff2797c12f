package filter

import (
	"fmt"

	"github.com/srclint/srclint/rules/finding"
)

// Processor is one stage of the chain. Process receives findings sorted by
// finding.Less and returns the findings to keep, still sorted.
type Processor interface {
	// Name names the stage in error messages.
	Name() string
	Process(fs []finding.Finding) ([]finding.Finding, error)
}

// Apply runs the processors in order.
func Apply(fs []finding.Finding, ps ...Processor) ([]finding.Finding, error) {
	for _, p := range ps {
		var err error
		if fs, err = p.Process(fs); err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name(), err)
		}
	}
	return fs, nil
}
