package ner

import "testing"

func TestFeatIndex(t *testing.T) {
	x := newFeatIndex(0)
	want := map[uint64]int32{}
	for i := range 5000 {
		k := uint64(i) * 0x10000 // low bits all zero: the spread must come from home
		if i%7 == 0 {
			k = feat("w", string(rune('a'+i%26)), string(rune(i)))
		}
		if r, ok := want[k]; ok {
			if got := x.add(k); got != r {
				t.Fatalf("add(%x) again = %d, want %d", k, got, r)
			}
			continue
		}
		want[k] = x.add(k)
		if want[k] != int32(len(want)-1) {
			t.Fatalf("add(%x) = %d, want %d", k, want[k], len(want)-1)
		}
	}
	if x.len() != len(want) {
		t.Fatalf("len = %d, want %d", x.len(), len(want))
	}
	for k, r := range want {
		if got, ok := x.get(k); !ok || got != r {
			t.Fatalf("get(%x) = %d, %v, want %d", k, got, ok, r)
		}
	}
	for r, k := range x.keys() {
		if want[k] != int32(r) {
			t.Fatalf("keys()[%d] = %x, whose row is %d", r, k, want[k])
		}
	}
	if _, ok := x.get(1); ok {
		t.Fatal("get of an absent feature found it")
	}
	if _, ok := newFeatIndex(0).get(0); ok {
		t.Fatal("empty index found a feature")
	}
}
