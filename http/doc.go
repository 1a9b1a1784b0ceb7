// Package http serves Marsad over HTTP: a JSON API documented by the
// OpenAPI file at /api/openapi.json, and a server-rendered Arabic web UI
// (right to left) for searching articles, reading them with their
// annotations marked inline, following actors over time and browsing the
// relations between them.
//
// The package depends only on the domain interfaces of package marsad: a
// marsad.Store for what is stored and an Analyzer for new text. Writes
// (POST /api/articles) need the bearer token given in Config.Token when one
// is set; ListenAndServe refuses a non-loopback address without one.
package http
