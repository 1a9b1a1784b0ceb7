// Package fetch is Marsad's polite HTTP client for feeds and article pages:
// timeouts, a size limit on every body, robots.txt honoured per host,
// conditional GET with ETag and Last-Modified, and retries with exponential
// backoff (honouring Retry-After) on network errors, 429 and 5xx.
package fetch
