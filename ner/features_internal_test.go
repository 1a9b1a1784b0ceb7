package ner

import (
	"testing"

	"github.com/marsad/marsad/arabic"
)

// TestTriggersNormalised checks that every trigger word is in the normal
// form of the tokens it is matched with: a word with a hamza or a tā'
// marbūṭa (الرئيس، مدينة) would never fire.
func TestTriggersNormalised(t *testing.T) {
	for w := range triggers {
		if n := arabic.Normalize(w); n != w {
			t.Errorf("trigger %q is matched as %q", w, n)
		}
	}
}
