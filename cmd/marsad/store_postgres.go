package main

import (
	"context"
	"errors"

	"github.com/marsad/marsad"
)

// openPostgres opens a PostgreSQL store.
func openPostgres(ctx context.Context, url string) (marsad.Store, error) {
	return nil, errors.New("postgres: not built in yet")
}
