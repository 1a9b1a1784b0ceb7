package main

import (
	"context"
	"fmt"
	"runtime"
)

func init() {
	register(&command{
		name:    "version",
		summary: "print Marsad's version",
		usage:   "marsad version",
		run: func(ctx context.Context, e *env, args []string) error {
			fs := commands["version"].flags(e)
			if err := parse(fs, args); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "marsad %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	})
}
