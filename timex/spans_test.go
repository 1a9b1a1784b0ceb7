package timex

import "testing"

// spanCase is one sentence, its publication date, and the expression
// expected in it with its value; an empty value wants no expression of
// that span.
type spanCase struct {
	name, text, pub, span, value string
}

// checkSpans runs table cases: the span found with its value, or, for
// an empty value, no expression of that span.
func checkSpans(t *testing.T, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := Find(c.text, c.pub)
			var got []string
			for _, m := range ms {
				s := c.text[m.Start:m.End]
				if s == c.span {
					if c.value == "" {
						t.Errorf("%q read as %s, want none", s, m.Value)
					} else if m.Value != c.value {
						t.Errorf("%q: value %q, want %q", s, m.Value, c.value)
					}
					return
				}
				got = append(got, s+"="+m.Value)
			}
			if c.value != "" {
				t.Errorf("no %q in %v", c.span, got)
			}
		})
	}
}
