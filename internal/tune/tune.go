// Package tune holds the runtime settings the command uses, so that the
// benchmarks measure what users run.
package tune

import (
	"os"
	"runtime/debug"
)

// StreamGCPercent is the garbage collector's GOGC while the command streams
// (every output but -o json). A streamed parse holds a few megabytes live
// and allocates its output as it goes, so at the default of 100 the
// collector runs every few megabytes of input; at 400 it runs a quarter as
// often and the peak heap stays within tens of megabytes.
const StreamGCPercent = 400

// Streaming sets GOGC to StreamGCPercent unless the user set GOGC in the
// environment. It returns the setting in force.
func Streaming() int {
	if os.Getenv("GOGC") != "" {
		old := debug.SetGCPercent(100)
		debug.SetGCPercent(old)
		return old
	}
	debug.SetGCPercent(StreamGCPercent)
	return StreamGCPercent
}
