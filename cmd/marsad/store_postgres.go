package main

import (
	"context"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/postgres"
)

// openPostgres opens a PostgreSQL store.
func openPostgres(ctx context.Context, url string) (marsad.Store, error) {
	return postgres.Open(ctx, url)
}
