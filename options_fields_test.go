package blogthread

import (
	"reflect"
	"testing"
	"time"

	"github.com/blogthread/blogthread/parse"
)

// TestOptionsCoverEveryField: each field of parse.Parser has an option
// that sets it, so that the root package configures all the parser does.
func TestOptionsCoverEveryField(t *testing.T) {
	options := []Option{
		WithFormat("flat"), WithLocation(time.FixedZone("X", 3600)), WithEncoding("utf-16"),
		WithLimits(parse.Limits{MaxNodes: 7}), WithDropDuplicates(), WithFoldTypography(),
		WithHidden(), WithoutEnrichment(), WithWorkers(3), WithStage(enrichStage), WithFormats(parse.Format{Name: "x"}),
	}
	set := map[string]bool{}
	for _, o := range options {
		var c config
		o(&c)
		v := reflect.ValueOf(c.parser)
		for i := range v.NumField() {
			if !v.Field(i).IsZero() {
				set[v.Type().Field(i).Name] = true
			}
		}
	}
	typ := reflect.TypeOf(parse.Parser{})
	for i := range typ.NumField() {
		if f := typ.Field(i); f.IsExported() && !set[f.Name] {
			t.Errorf("parse.Parser.%s has no option", f.Name)
		}
	}
}
