package cli

import (
	"fmt"
	"slices"
	"strings"
)

// enumValue is a string flag restricted to a set of values, checked when the
// flag is parsed.
type enumValue struct {
	value   *string
	allowed []string
}

func newEnum(p *string, def string, allowed ...string) *enumValue {
	*p = def
	return &enumValue{value: p, allowed: allowed}
}

// String returns the current value (pflag.Value).
func (e *enumValue) String() string { return *e.value }

// Type names the value in help output (pflag.Value).
func (e *enumValue) Type() string { return "string" }

// Set accepts one of the allowed values (pflag.Value).
func (e *enumValue) Set(s string) error {
	if !slices.Contains(e.allowed, s) {
		return fmt.Errorf("must be one of %s", strings.Join(e.allowed, ", "))
	}
	*e.value = s
	return nil
}
