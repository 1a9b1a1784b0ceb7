// Package clean turns raw articles, as scrapers deliver them, into clean
// Documents: it decodes the bytes (UTF-8 with or without BOM, UTF-16,
// Windows-1256), splits the headline from the outlet's name, drops repeated
// headlines, reads the dateline, and removes boilerplate (correction
// footers, obfuscated e-mails, related-article lists, share prompts,
// copyright lines) following rules kept as data in rules.txt.
package clean
