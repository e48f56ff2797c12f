//go:build race

package text

// raceEnabled is true when the tests run with the race detector, under
// which sync.Pool drops items at random and allocation counts do not hold.
const raceEnabled = true
