package main

import "context"

var trainers = map[string]subcommand{}

// registerTrain adds "marsad train NAME" (train_NAME.go).
func registerTrain(name, summary string, run func(ctx context.Context, e *env, args []string) error) {
	trainers[name] = subcommand{summary, run}
}

func init() {
	register(&command{
		name:    "train",
		summary: "train a model from annotated data (ner)",
		usage:   "marsad train KIND [flags]",
		run: func(ctx context.Context, e *env, args []string) error {
			return dispatch(ctx, e, "train", trainers, args)
		},
	})
}
