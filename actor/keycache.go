package actor

import "github.com/marsad/marsad/internal/wordcache"

// wordKeys remembers tokenKey's answer for the words of recent articles:
// the same few thousand words come back in every article, and tokenKey
// segments and normalises each of them.
var wordKeys = wordcache.New[string](1024)

// tokenKey is the matching form of one word.
func tokenKey(w string) string {
	if k, ok := wordKeys.Get(w); ok {
		return k
	}
	k := computeTokenKey(w)
	wordKeys.Put(w, k)
	return k
}
