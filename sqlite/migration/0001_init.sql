-- Marsad store schema, version 1.
CREATE TABLE articles (
	id        TEXT PRIMARY KEY,
	title     TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	doc       TEXT NOT NULL,             -- the document as JSON, as analyze prints it
	simhash   INTEGER NOT NULL DEFAULT 0,
	dup_of    TEXT NOT NULL DEFAULT '',  -- an earlier article this one reprints
	stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

-- Full text over Marsad's own analysis: normalised, clitic-split, stemmed terms.
CREATE VIRTUAL TABLE article_fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0');

CREATE TABLE entities (
	article    TEXT NOT NULL REFERENCES articles(id),
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	actor_code TEXT NOT NULL DEFAULT '',
	actor_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_article ON entities(article);
CREATE INDEX entities_actor ON entities(actor_code);

CREATE TABLE quotes (
	article      TEXT NOT NULL REFERENCES articles(id),
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	text         TEXT NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '',
	speaker_code TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker_code);

CREATE TABLE times (
	article TEXT NOT NULL REFERENCES articles(id),
	start   INTEGER NOT NULL,
	end     INTEGER NOT NULL,
	text    TEXT NOT NULL,
	type    TEXT NOT NULL,
	value   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX times_article ON times(article);

CREATE TABLE events (
	article     TEXT NOT NULL REFERENCES articles(id),
	seq         INTEGER NOT NULL,
	code        TEXT NOT NULL,
	root        TEXT NOT NULL,
	quad        INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	source_code TEXT NOT NULL,
	target_code TEXT NOT NULL,
	date        TEXT NOT NULL DEFAULT '',
	event       TEXT NOT NULL -- the event as JSON
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_source ON events(source_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_date ON events(date);
