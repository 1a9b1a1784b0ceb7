package ner

import (
	"bufio"
	"encoding/csv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Split holds out a share of the sentences as a dev set, chosen with seed.
func Split(all []Sentence, share float64, seed uint64) (train, dev []Sentence) {
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	rand.New(rand.NewPCG(seed, 0x646576)).Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	nDev := int(float64(len(all)) * share)
	isDev := map[int]bool{}
	for _, i := range idx[:nDev] {
		isDev[i] = true
	}
	for i, s := range all {
		if isDev[i] {
			dev = append(dev, s)
		} else {
			train = append(train, s)
		}
	}
	return train, dev
}

// ReadGazetteers reads the name lists under dir (ANERgazet's person,
// location and organisation lists; country and city names), for training.
// Missing files are skipped.
func ReadGazetteers(dir string) (map[string]uint8, error) {
	g := map[string]uint8{}
	add := func(s string, bit uint8) {
		s = strings.TrimSpace(s)
		if s != "" && !strings.HasPrefix(s, "==") {
			g[s] |= bit
		}
	}
	lines := func(path string, bit uint8) error {
		f, err := os.Open(path)
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			add(sc.Text(), bit)
			if bit == gPER {
				if first, _, ok := strings.Cut(strings.TrimSpace(sc.Text()), " "); ok {
					g[first] |= gFirst
				} else {
					g[strings.TrimSpace(sc.Text())] |= gFirst
				}
			}
		}
		return sc.Err()
	}
	for _, p := range []struct {
		path string
		bit  uint8
	}{
		{"ner/anergazet/AlignedPersGazetteer/data", gPER},
		{"ner/anergazet/AlignedLocGazetteer/data", gLOC},
		{"ner/anergazet/AlignedOrgGazetteer/data", gORG},
	} {
		if err := lines(filepath.Join(dir, p.path), p.bit); err != nil {
			return nil, err
		}
	}
	if f, err := os.Open(filepath.Join(dir, "gazetteer/countries/countries-ar.tsv")); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			for _, k := range []int{4, 5, 6, 7} {
				if k < len(c) {
					add(c[k], gLOC)
				}
			}
		}
		f.Close()
	}
	if f, err := os.Open(filepath.Join(dir, "gazetteer/cities/world-cities-ar-wikidata.csv")); err == nil {
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if err != nil {
				break
			}
			if len(rec) > 2 {
				add(rec[2], gLOC)
			}
		}
		f.Close()
	}
	if f, err := os.Open(filepath.Join(dir, "gazetteer/cities/cities100000-arabic-script-names.tsv")); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) > 2 {
				for _, n := range strings.Split(c[2], "|") {
					add(n, gLOC)
				}
			}
		}
		f.Close()
	}
	return g, nil
}
