package timex

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// GoldTimex is one TIMEX3 of a TimeML document, with byte offsets into the
// document's text without tags.
type GoldTimex struct {
	Start, End  int
	Type, Value string
	Mod         string
	Text        string
}

var (
	timexRe = regexp.MustCompile(`(?s)<TIMEX3([^>]*)>(.*?)</TIMEX3>`)
	attrRe  = regexp.MustCompile(`(\w+)="([^"]*)"`)
	tagRe   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// ReadTimeML returns the text of a TimeML document without its tags and the
// TIMEX3 annotations in it. Other tags (EVENT, SIGNAL ...) are dropped.
func ReadTimeML(doc string) (string, []GoldTimex, error) {
	if i := strings.Index(doc, "<TimeML>"); i >= 0 {
		doc = doc[i+len("<TimeML>"):]
	}
	if i := strings.LastIndex(doc, "</TimeML>"); i >= 0 {
		doc = doc[:i]
	}
	doc = strings.TrimPrefix(doc, "\ufeff")
	var b strings.Builder
	var gold []GoldTimex
	last := 0
	for _, m := range timexRe.FindAllStringSubmatchIndex(doc, -1) {
		b.WriteString(stripTags(doc[last:m[0]]))
		attrs := map[string]string{}
		for _, a := range attrRe.FindAllStringSubmatch(doc[m[2]:m[3]], -1) {
			attrs[a[1]] = a[2]
		}
		inner := stripTags(doc[m[4]:m[5]])
		start := b.Len()
		b.WriteString(inner)
		gold = append(gold, GoldTimex{Start: start, End: b.Len(), Type: attrs["type"], Value: attrs["value"], Mod: attrs["mod"], Text: inner})
		last = m[1]
	}
	b.WriteString(stripTags(doc[last:]))
	if strings.Contains(doc, "<TIMEX3") && len(gold) == 0 {
		return "", nil, fmt.Errorf("unbalanced TIMEX3 tags")
	}
	return b.String(), gold, nil
}

func stripTags(s string) string { return tagRe.ReplaceAllString(s, "") }

// AnchorFromGold infers the document creation time from gold values of
// deictic expressions (اليوم, أمس, غدا), as the TimeML annotators resolved
// them; ok is false when the gold has none.
func AnchorFromGold(gold []GoldTimex) (string, bool) {
	offsets := map[string]int{"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1, "غد": 1}
	for _, g := range gold {
		k := strings.TrimSpace(normalizeWord(g.Text))
		off, ok := offsets[k]
		if !ok {
			continue
		}
		t, err := time.Parse("2006-01-02", g.Value)
		if err != nil {
			continue
		}
		return t.AddDate(0, 0, -off).Format("2006-01-02"), true
	}
	return "", false
}
