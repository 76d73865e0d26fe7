package tune

import (
	"runtime/debug"
	"testing"
)

// TestStreaming sets GOGC for streaming, and leaves a GOGC from the
// environment alone.
func TestStreaming(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	if got := Streaming(); got != StreamGCPercent {
		t.Errorf("Streaming() = %d, want %d", got, StreamGCPercent)
	}
	if got := debug.SetGCPercent(100); got != StreamGCPercent {
		t.Errorf("GOGC is %d after Streaming, want %d", got, StreamGCPercent)
	}
	t.Setenv("GOGC", "150")
	debug.SetGCPercent(150)
	if got := Streaming(); got != 150 {
		t.Errorf("Streaming() with GOGC=150 = %d, want 150 kept", got)
	}
}
