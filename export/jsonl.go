package export

import (
	"encoding/json"
	"io"

	"github.com/blogthread/blogthread/thread"
)

// PostLine is a line of JSON Lines output (the command's -o jsonl): a post
// with the input it came from, that input's format and its encoding, the
// post's own fields beside them.
type PostLine struct {
	Source   string `json:"source"`
	Format   string `json:"format"`             // the post's layout, or the export's format
	Encoding string `json:"encoding,omitempty"` // as the start of the input reads
	*thread.Post
}

// WriteJSONLine writes l as one line of JSON, with <, > and & as they are
// (not escaped for HTML).
func WriteJSONLine(w io.Writer, l PostLine) error {
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	return e.Encode(l)
}
