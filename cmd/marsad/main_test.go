package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs one command line and returns stdout, stderr and the status.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

func TestAnalyzeSample(t *testing.T) {
	out, errs, code := runCmd(t, "", "analyze", "--published", "2024-03-05", "../../examples/sample-ar.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON document: %v", err)
	}
	for _, k := range []string{"id", "title", "outlet", "dateline", "published", "lang", "text", "paragraphs", "sentences", "entities", "quotes", "times", "events", "warnings"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
	if _, ok := doc["tokens"]; ok {
		t.Error("tokens printed without --tokens")
	}
	if strings.Contains(doc["text"].(string), "للتصحيح") {
		t.Error("correction footer reached text")
	}
}

func TestAnalyzeBatchContinuesAfterBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("عنوان الخبر\n\nالقاهرة - قال المتحدث إن الاجتماع انتهى.\n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	out, errs, code := runCmd(t, "", "analyze", missing, good)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, "missing.txt") {
		t.Errorf("stderr does not name the bad file: %q", errs)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; strings.TrimSpace(out) == "" || n != 1 {
		t.Errorf("want one JSON line for the good file, got %q", out)
	}
}

func TestHelpOnEverySubcommand(t *testing.T) {
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			_, errs, code := runCmd(t, "", name, "--help")
			if code != 0 || !strings.Contains(errs, "Usage: marsad "+name) {
				t.Errorf("exit %d, stderr %q", code, errs)
			}
		})
	}
}

func TestUnknownCommand(t *testing.T) {
	if _, _, code := runCmd(t, "", "frobnicate"); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

func TestTrainNERDevLast(t *testing.T) {
	var b strings.Builder
	names := []string{"سمير", "ليلى", "كريم", "هدى", "يوسف", "منى", "طارق", "سلمى", "نادر", "رنا"}
	for _, n := range names {
		b.WriteString("وصل O\n" + n + " B-PERS\nإلى O\nطنجة B-LOC\n\n")
	}
	dir := t.TempDir()
	train := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(train, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, split, want string
	}{
		{"a fifth", "0.2", "training on 8 sentences, dev 2,"},
		{"three tenths", "0.3", "training on 7 sentences, dev 3,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCmd(t, "", "train", "ner", "--train", train, "--dev-last", "--dev-split", tt.split,
				"--epochs", "1", "--actors=false", "--out", filepath.Join(dir, tt.name))
			if code != 0 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want it to hold %q", code, stderr, tt.want)
			}
		})
	}
}
