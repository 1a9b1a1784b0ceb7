package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/ner"
)

func init() {
	register(&command{
		name:    "ner",
		summary: "tag named entities in CoNLL input: token<TAB>tag per line",
		usage:   "marsad ner --conll FILE [--model FILE]",
		run:     runNER,
	})
	registerEval("ner", "precision, recall and F1 per type of the NER tagger on gold CoNLL (conlleval rules)", runEvalNER)
	registerTrain("ner", "train the NER tagger (averaged perceptron) on BIO-tagged CoNLL", runTrainNER)
}

func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func readCoNLL(path string, labelled bool) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadCoNLL(f, labelled)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func runNER(ctx context.Context, e *env, args []string) error {
	fs := commands["ner"].flags(e)
	conll := fs.String("conll", "", "CoNLL `FILE` with tokens in the first column (- for stdin)")
	model := fs.String("model", "", "model `FILE` (default: the embedded model)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *conll == "" {
		fmt.Fprintln(e.stderr, "marsad ner: --conll FILE is required")
		return errUsage
	}
	m, err := loadModel(*model)
	if err != nil {
		return err
	}
	var r io.Reader = e.stdin
	if *conll != "-" {
		f, err := os.Open(*conll)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	sents, err := ner.ReadCoNLL(r, false)
	if err != nil {
		return fmt.Errorf("%s: %w", *conll, err)
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	for i, s := range sents {
		if i > 0 {
			w.WriteByte('\n')
		}
		tags, _ := m.Tag(s.Tokens)
		for k, t := range s.Tokens {
			fmt.Fprintf(w, "%s\t%s\n", t, tags[k])
		}
	}
	return nil
}

func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	gold := fs.String("gold", "", "gold CoNLL `FILE` (token ... tag)")
	aqmar := fs.String("aqmar", "", "`DIR` of AQMAR CoNLL files (*.txt) to score instead, its tags mapped (MIS0-3 as MISC)")
	model := fs.String("model", "", "model `FILE` (default: the embedded model)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if (*gold == "") == (*aqmar == "") {
		fmt.Fprintln(e.stderr, "marsad eval ner: one of --gold FILE or --aqmar DIR is required")
		return errUsage
	}
	m, err := loadModel(*model)
	if err != nil {
		return err
	}
	var sents []ner.Sentence
	if *aqmar != "" {
		sents, err = readAQMAR(*aqmar)
	} else {
		sents, err = readCoNLL(*gold, true)
	}
	if err != nil {
		return err
	}
	sc := ner.NewScore()
	for _, s := range sents {
		pred, _ := m.Tag(s.Tokens)
		sc.Add(s.Tags, pred)
	}
	printScore(e.stdout, sc)
	return nil
}

func printScore(w io.Writer, sc *ner.Score) {
	for _, t := range []string{"PER", "LOC", "ORG", "MISC", ""} {
		p, r, f := sc.PRF(t)
		name := t
		if t == "" {
			name = "overall"
		}
		fmt.Fprintf(w, "%-8s precision %6.2f  recall %6.2f  F1 %6.2f  (gold %d, predicted %d, correct %d)\n", name, 100*p, 100*r, 100*f, sc.Gold[t], sc.Pred[t], sc.Correct[t])
	}
}

func runTrainNER(ctx context.Context, e *env, args []string) error {
	fs := commands["train"].flags(e)
	train := fs.String("train", "", "training CoNLL `FILE`")
	dev := fs.String("dev", "", "dev CoNLL `FILE` (default: hold out --dev-split of the training sentences)")
	split := fs.Float64("dev-split", 0.1, "share of training sentences held out as dev when --dev is not given (0: none)")
	last := fs.Bool("dev-last", false, "hold out the last --dev-split of the training sentences (articles unseen in training) instead of a random share")
	seed := fs.Uint64("seed", 1, "random `seed` for the split and the shuffling")
	shuffle := fs.Uint64("shuffle-seed", 0, "random `seed` for the shuffling alone (default: --seed)")
	epochs := fs.Int("epochs", 15, "at most `N` epochs")
	members := fs.Int("members", 1, "train `K` perceptrons side by side (shuffle seeds S, S+1, ...) and keep the mean of their weights")
	patience := fs.Int("patience", 3, "stop after `N` epochs without dev gain")
	gaz := fs.String("gazetteers", "", "`DIR` of reference data holding ner/anergazet and gazetteer/ (e.g. ../shared/data)")
	actors := fs.Bool("actors", true, "add the names of the embedded actor lexicon (people, organisations, countries, cities) to the gazetteer")
	clusters := fs.String("clusters", "", "word classes `FILE` from marsad train clusters (.gz or plain)")
	vectors := fs.String("vectors", "", "word vectors `FILE` from marsad train vectors (.gz or plain)")
	out := fs.String("out", "", "output `DIR` for ner.bin.gz")
	update := fs.String("update", "perceptron", "training `RULE`: perceptron, or crf (linear-chain CRF, AdaGrad steps; use with --decay 0.1)")
	rate := fs.Float64("rate", 1, "base AdaGrad `RATE` of --update crf")
	decay := fs.Float64("decay", 0, "shrink every weight by the share `D` after each epoch")
	trigrams := fs.Bool("trigrams", false, "add the letter trigrams of each word's stem to its features")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *train == "" || *out == "" {
		fmt.Fprintln(e.stderr, "marsad train ner: --train FILE and --out DIR are required")
		return errUsage
	}
	all, err := readCoNLL(*train, true)
	if err != nil {
		return err
	}
	trainSet, devSet := all, []ner.Sentence(nil)
	if *dev != "" {
		if devSet, err = readCoNLL(*dev, true); err != nil {
			return err
		}
	} else if *split > 0 && *last {
		k := int(float64(len(all)) * (1 - *split))
		trainSet, devSet = all[:k], all[k:]
	} else if *split > 0 {
		trainSet, devSet = ner.Split(all, *split, *seed)
	}
	g := map[string]uint8{}
	if *gaz != "" {
		if g, err = ner.ReadGazetteers(*gaz); err != nil {
			return err
		}
	}
	if *actors {
		if err := addActorNames(g); err != nil {
			return err
		}
	}
	shuffleSeed := *seed
	if *shuffle != 0 {
		shuffleSeed = *shuffle
	}
	var cl *ner.Clusters
	if *clusters != "" {
		if cl, err = readClusters(*clusters); err != nil {
			return err
		}
	}
	var vec *ner.Vectors
	if *vectors != "" {
		if vec, err = readVectors(*vectors); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "training on %d sentences, dev %d, gazetteer %d entries\n", len(trainSet), len(devSet), len(g))
	info := fmt.Sprintf("Marsad NER model v%d. Trained on %s (%d sentences", ner.ModelVersion, filepath.Base(*train), len(trainSet))
	if len(devSet) > 0 {
		info += fmt.Sprintf("; %d held out for early stopping", len(devSet))
	}
	info += "). ANERcorp (Benajiba 2007) and ANERgazet are research-use data; the gazetteer features are stored as hashes."
	if *actors {
		info += " The gazetteer also holds the names of Marsad's actor lexicon."
	}
	if cl != nil {
		info += fmt.Sprintf(" Word classes: %s (%d words in %d classes, learned by marsad train clusters from unlabelled news; see ner/model/README.md), stored as hashes.", filepath.Base(*clusters), len(cl.Words), len(cl.Paths))
	}
	if vec != nil {
		info += fmt.Sprintf(" Word vectors: %s (%d words, %d dimensions, learned by marsad train vectors from unlabelled news; see ner/model/README.md), stored as hashes of the words with the tag scores of their vectors.", filepath.Base(*vectors), len(vec.Words), vec.Dims)
	}
	if *trigrams {
		info += " Features: also the letter trigrams of each word's stem."
	}
	if *members > 1 {
		kind := "perceptrons"
		if *update == "crf" {
			kind = "CRFs"
		}
		info += fmt.Sprintf(" Weights: the mean of %d averaged %s (shuffle seeds %d-%d).", *members, kind, shuffleSeed, shuffleSeed+uint64(*members)-1)
	}
	o := ner.TrainOptions{Epochs: *epochs, Patience: *patience, Seed: shuffleSeed, Log: e.stderr, Gazetteer: g, Info: info, Clusters: cl, Members: *members, Vectors: vec, Update: *update, Rate: *rate, Decay: *decay, Trigrams: *trigrams}
	m, err := ner.Train(trainSet, devSet, o)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	path := filepath.Join(*out, "ner.bin.gz")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(path)
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes, %s)\n", path, st.Size(), strings.SplitN(info, ".", 2)[0])
	return nil
}

// readAQMAR reads the AQMAR files of dir in name order, tags mapped by
// ner.AQMARTag.
func readAQMAR(dir string) ([]ner.Sentence, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.txt files", dir)
	}
	var all []ner.Sentence
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			if f := strings.Fields(l); len(f) >= 2 {
				lines[i] = f[0] + " " + ner.AQMARTag(f[len(f)-1])
			}
		}
		s, err := ner.ReadCoNLL(strings.NewReader(strings.Join(lines, "\n")), true)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		all = append(all, s...)
	}
	return all, nil
}

// addActorNames adds the names of the embedded actor lexicon to a training
// gazetteer: people as PER (the first word of a full name also as a first
// name), organisations and armed groups as ORG, countries, regions and
// cities as LOC.
func addActorNames(g map[string]uint8) error {
	lex, err := actor.DefaultLexicon()
	if err != nil {
		return err
	}
	for name, typ := range lex.Names() {
		switch typ {
		case marsad.ActorPerson:
			g[name] |= ner.GazPER
			if first, _, ok := strings.Cut(name, " "); ok {
				g[first] |= ner.GazFirst
			}
		case marsad.ActorOrg, marsad.ActorArmed:
			g[name] |= ner.GazORG
		case marsad.ActorCountry, marsad.ActorCity:
			g[name] |= ner.GazLOC
		}
	}
	return nil
}
