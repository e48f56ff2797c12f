//go:build !race

package text

// raceEnabled is true when the tests run with the race detector.
const raceEnabled = false
