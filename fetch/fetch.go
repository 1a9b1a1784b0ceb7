package fetch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options configure a Client. Zero fields take the defaults shown.
type Options struct {
	UserAgent string        // default "marsad/1 (+offline news analysis)"
	Timeout   time.Duration // per request, default 20 s
	MaxBytes  int64         // largest body read, default 16 MiB
	Retries   int           // further attempts after the first, default 3
	Backoff   time.Duration // first retry delay, doubled each time, default 1 s
	MaxDelay  time.Duration // cap on one delay, default 30 s
	// IgnoreRobots turns robots.txt checks off (for tests and own servers).
	IgnoreRobots bool
	// Transport is used for requests; nil means http.DefaultTransport.
	Transport http.RoundTripper
}

// Validators are what a previous fetch said about a resource, sent back
// for a conditional GET.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	URL         string // final URL after redirects
	Status      int
	ContentType string
	Body        []byte
	NotModified bool       // 304: Body is empty, the caller's copy is current
	Validators  Validators // for the next conditional GET
}

// ErrDisallowed reports a URL that robots.txt forbids to Marsad.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// ErrTooLarge reports a body over the size limit.
var ErrTooLarge = errors.New("response body over the size limit")

// Client fetches URLs politely. It is safe for concurrent use.
type Client struct {
	opts   Options
	hc     *http.Client
	mu     sync.Mutex
	robots map[string]*robotsRules // by scheme://host
	sleep  func(context.Context, time.Duration) error
}

// New returns a Client.
func New(o Options) *Client {
	if o.UserAgent == "" {
		o.UserAgent = "marsad/1 (+offline news analysis)"
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 16 << 20
	}
	if o.Retries < 0 {
		o.Retries = 0
	} else if o.Retries == 0 {
		o.Retries = 3
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxDelay <= 0 {
		o.MaxDelay = 30 * time.Second
	}
	tr := o.Transport
	if tr == nil {
		tr = http.DefaultTransport
	}
	return &Client{
		opts:   o,
		hc:     &http.Client{Transport: tr, Timeout: o.Timeout},
		robots: map[string]*robotsRules{},
		sleep:  sleepCtx,
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Get fetches rawURL. With v, it sends a conditional GET and reports
// NotModified on 304. Errors name the URL.
func (c *Client) Get(ctx context.Context, rawURL string, v *Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: not an http(s) URL", rawURL)
	}
	if !c.opts.IgnoreRobots {
		ok, err := c.allowed(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("%s: robots.txt: %w", rawURL, err)
		}
		if !ok {
			return nil, fmt.Errorf("%s: %w", rawURL, ErrDisallowed)
		}
	}
	delay := c.opts.Backoff
	var last error
	for attempt := 0; attempt <= c.opts.Retries; attempt++ {
		if attempt > 0 {
			if err := c.sleep(ctx, delay); err != nil {
				return nil, fmt.Errorf("%s: %w", rawURL, err)
			}
			delay = min(2*delay, c.opts.MaxDelay)
		}
		resp, retry, wait, err := c.once(ctx, u.String(), v)
		if err == nil {
			return resp, nil
		}
		last = err
		if !retry || ctx.Err() != nil {
			break
		}
		if wait > 0 {
			delay = min(wait, c.opts.MaxDelay)
		}
	}
	return nil, fmt.Errorf("%s: %w", rawURL, last)
}

// once makes one request; retry says whether another attempt may succeed.
func (c *Client) once(ctx context.Context, u string, v *Validators) (r *Response, retry bool, wait time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, false, 0, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	if v != nil {
		if v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, true, 0, err
	}
	defer resp.Body.Close()
	out := &Response{
		URL:         resp.Request.URL.String(),
		Status:      resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if v != nil {
			if out.Validators.ETag == "" {
				out.Validators.ETag = v.ETag
			}
			if out.Validators.LastModified == "" {
				out.Validators.LastModified = v.LastModified
			}
		}
		return out, false, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, true, retryAfter(resp.Header.Get("Retry-After")), fmt.Errorf("HTTP %d", resp.StatusCode)
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, false, 0, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	if resp.ContentLength > c.opts.MaxBytes {
		return nil, false, 0, fmt.Errorf("%w (%d bytes announced, limit %d)", ErrTooLarge, resp.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, true, 0, fmt.Errorf("reading body: %w", err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, false, 0, fmt.Errorf("%w (limit %d)", ErrTooLarge, c.opts.MaxBytes)
	}
	out.Body = body
	return out, false, 0, nil
}

// retryAfter reads a Retry-After header in seconds or as an HTTP date.
func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return time.Until(t)
	}
	return 0
}

// robotsRules are the Allow/Disallow prefixes that apply to Marsad.
type robotsRules struct {
	allow, disallow []string
}

func (c *Client) allowed(ctx context.Context, u *url.URL) (bool, error) {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	rules, ok := c.robots[key]
	c.mu.Unlock()
	if !ok {
		rules = c.fetchRobots(ctx, key)
		c.mu.Lock()
		c.robots[key] = rules
		c.mu.Unlock()
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return rules.allows(path), nil
}

// fetchRobots reads key/robots.txt; a missing or unreadable file allows all.
func (c *Client) fetchRobots(ctx context.Context, key string) *robotsRules {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, key+"/robots.txt", nil)
	if err != nil {
		return &robotsRules{}
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	resp, err := c.hc.Do(req)
	if err != nil {
		return &robotsRules{}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return &robotsRules{}
	}
	return parseRobots(io.LimitReader(resp.Body, 512<<10), c.opts.UserAgent)
}

// parseRobots keeps the rules of the group for our agent, else those for *.
func parseRobots(r io.Reader, userAgent string) *robotsRules {
	agent := strings.ToLower(strings.SplitN(userAgent, "/", 2)[0])
	groups := map[string]*robotsRules{}
	var current []string
	inAgents := false
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if !inAgents {
				current = nil
			}
			inAgents = true
			a := strings.ToLower(v)
			current = append(current, a)
			if groups[a] == nil {
				groups[a] = &robotsRules{}
			}
		case "allow", "disallow":
			inAgents = false
			for _, a := range current {
				if k == "allow" {
					groups[a].allow = append(groups[a].allow, v)
				} else if v != "" {
					groups[a].disallow = append(groups[a].disallow, v)
				}
			}
		default:
			inAgents = false
		}
	}
	if g, ok := groups[agent]; ok {
		return g
	}
	if g, ok := groups["*"]; ok {
		return g
	}
	return &robotsRules{}
}

// allows applies the longest matching rule; Allow wins ties.
func (r *robotsRules) allows(path string) bool {
	best, allow := -1, true
	for _, p := range r.disallow {
		if strings.HasPrefix(path, p) && len(p) > best {
			best, allow = len(p), false
		}
	}
	for _, p := range r.allow {
		if p != "" && strings.HasPrefix(path, p) && len(p) >= best {
			best, allow = len(p), true
		}
	}
	return allow
}

// Fetch returns the body and content type of url (a plain GET with the
// client's politeness rules); it satisfies input.Fetcher.
func (c *Client) Fetch(ctx context.Context, url string) ([]byte, string, error) {
	r, err := c.Get(ctx, url, nil)
	if err != nil {
		return nil, "", err
	}
	return r.Body, r.ContentType, nil
}
