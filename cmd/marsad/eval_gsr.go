package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/event"
	"github.com/marsad/marsad/timex"
)

func init() {
	registerEval("gsr", "precision and recall of protest or assault event detection on a GSR CSV file", runEvalGSR)
}

func runEvalGSR(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	kind := fs.String("kind", "", "event `kind`: protest (root 14) or assault (roots 18, 19, 20)")
	verbose := fs.Bool("v", false, "print misses and false alarms")
	errors := fs.Bool("errors", false, "print misses and false alarms in full, with the label and the triggers found")
	// Allow the file before or after the flags.
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	roots := map[string][]string{"protest": {"14"}, "assault": {"18", "19", "20"}}[*kind]
	if file == "" || roots == nil {
		fmt.Fprintln(e.stderr, "Usage: marsad eval gsr FILE.csv --kind protest|assault")
		return errUsage
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	if _, ok := col["text"]; !ok {
		return fmt.Errorf("%s: no text column", file)
	}
	st, _ := arabic.NewStage()
	tx, _ := timex.New()
	var tp, fp, fn, tn, skipped, fpHard int
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
		label := rec[col["label"]]
		if label == "ambiguous" {
			skipped++
			continue
		}
		gold := label == "yes"
		text := rec[col["text"]]
		d := marsad.NewDocument(text)
		d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
		id := ""
		if c, ok := col["id"]; ok {
			id = rec[c]
		}
		d.Published = gigawordDate(id)
		if err := st.Process(d); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
		if err := tx.Process(d); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
		dets, err := event.Detect(d)
		if err != nil {
			return err
		}
		pred := false
		var trig []string
		for _, dt := range dets {
			for _, rt := range roots {
				if dt.Root == rt {
					pred = true
					trig = append(trig, dt.Code+" "+d.Slice(dt.Trigger))
				}
			}
		}
		switch {
		case pred && gold:
			tp++
		case pred && !gold:
			fp++
			if label == "difficult no" {
				fpHard++
			}
			if *errors {
				fmt.Fprintf(e.stdout, "FP\t%s\t%s\t%s\t%s\n", label, id, strings.Join(trig, "; "), text)
			} else if *verbose {
				fmt.Fprintf(e.stdout, "FALSE ALARM %s: %s\n", label, clip(text, 160))
			}
		case !pred && gold:
			fn++
			if *errors {
				fmt.Fprintf(e.stdout, "FN\t%s\t%s\t\t%s\n", label, id, text)
			} else if *verbose {
				fmt.Fprintf(e.stdout, "MISS: %s\n", clip(text, 160))
			}
		default:
			tn++
		}
	}
	p, rc, f1 := prf(tp, tp+fp, tp+fn)
	fmt.Fprintf(e.stdout, "%s: %d sentences (%d ambiguous skipped); precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d tn %d)\n",
		*kind, tp+fp+fn+tn, skipped, p, rc, f1, tp, fp, fn, tn)
	// "difficult no" rows are split votes (a dissenting accept, some with as
	// many accepts as rejects): scored as negatives above, as the README
	// labels them; precision without them shows how much of the rest is
	// annotator disagreement.
	ps, _, _ := prf(tp, tp+fp-fpHard, tp+fn)
	fmt.Fprintf(e.stdout, "%s: precision against unanimous labels only (difficult no left out): %.3f (%d of the %d false alarms are difficult no)\n", *kind, ps, fpHard, fp)
	return nil
}

// gigawordIDRe matches the document part of a Gigaword sentence id
// (AAW_ARB_20080305.0072-11), which carries the publication date.
var gigawordIDRe = regexp.MustCompile(`^[A-Z]{3}_[A-Z]{3}_(\d{4})(\d{2})(\d{2})\.`)

// gigawordDate returns the publication date (YYYY-MM-DD) a GSR sentence
// id carries, or "" when it carries none.
func gigawordDate(id string) string {
	m := gigawordIDRe.FindStringSubmatch(id)
	if m == nil {
		return ""
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}
