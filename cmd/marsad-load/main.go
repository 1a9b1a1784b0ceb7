// Command marsad-load is a bounded load generator for the search API of
// "marsad serve": N clients send search queries for a fixed duration and
// it prints the request rate and latency percentiles.
//
//	marsad-load [-url http://127.0.0.1:8080] [-clients 20] [-duration 60s] [-queries FILE]
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

// defaultQueries are plain news queries, one or two words.
var defaultQueries = strings.Split("غزة|الضربات الجوية|لافروف|مجلس الأمن|الرئيس الأمريكي|النفط|الانتخابات|سوريا|العراق|داعش|الحكومة|الاحتجاجات|المفاوضات|القدس|اليمن|الاقتصاد|كرة القدم|وزير الخارجية|الأمم المتحدة|مصر", "|")

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server `URL`")
	clients := flag.Int("clients", 20, "concurrent `clients`")
	duration := flag.Duration("duration", 60*time.Second, "how long to run")
	qfile := flag.String("queries", "", "`file` of queries, one per line (default: built-in news queries)")
	flag.Parse()
	queries := defaultQueries
	if *qfile != "" {
		f, err := os.Open(*qfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "marsad-load:", err)
			os.Exit(1)
		}
		queries = nil
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if q := strings.TrimSpace(sc.Text()); q != "" {
				queries = append(queries, q)
			}
		}
		f.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *clients}}
	var (
		mu     sync.Mutex
		lat    []time.Duration
		errors int
		wg     sync.WaitGroup
	)
	start := time.Now()
	for c := range *clients {
		wg.Go(func() {
			var mine []time.Duration
			bad := 0
			for i := c; ctx.Err() == nil; i += *clients {
				u := *base + "/api/search?q=" + url.QueryEscape(queries[i%len(queries)])
				t := time.Now()
				resp, err := client.Get(u)
				if err != nil {
					if ctx.Err() == nil {
						bad++
					}
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					bad++
					continue
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errors += bad
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(lat) == 0 {
		fmt.Println("no successful request")
		os.Exit(1)
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Printf("%d requests in %s with %d clients: %.0f req/s, %d errors\n", len(lat), elapsed.Round(time.Millisecond), *clients, float64(len(lat))/elapsed.Seconds(), errors)
	fmt.Printf("latency p50 %s  p90 %s  p99 %s  max %s\n", pct(0.50).Round(time.Microsecond), pct(0.90).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))
}
