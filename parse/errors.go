package parse

import (
	"errors"
	"fmt"
)

// Sentinel errors, for errors.Is.
var (
	// ErrUnknownFormat is returned when a format name is not registered.
	ErrUnknownFormat = errors.New("unknown format")
	// ErrLimit is returned when the input exceeds one of the Limits.
	ErrLimit = errors.New("limit exceeded")
	// ErrBinary is returned for input that is not text (it holds NUL bytes
	// and is not UTF-16).
	ErrBinary = errors.New("input is not text")
)

// Error is an input that cannot be read, with the place where reading
// stopped. Line and Col are 1-based; Col counts bytes. A zero Line means the
// error concerns the input as a whole.
type Error struct {
	File string // the input's name
	Line int    // 1-based line, 0 when unknown
	Col  int    // 1-based column in bytes, 0 when unknown
	Err  error  // what went wrong; errors.Is finds the sentinels through it
}

// Error formats the error as "file:line:col: message", leaving out the
// parts that are unknown.
func (e *Error) Error() string {
	pos := e.File
	if pos == "" {
		pos = "input"
	}
	if e.Line > 0 {
		pos += fmt.Sprintf(":%d:%d", e.Line, max(e.Col, 1))
	}
	return pos + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, so that errors.Is finds the sentinel.
func (e *Error) Unwrap() error { return e.Err }

func errLimit(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrLimit}, args...)...)
}
