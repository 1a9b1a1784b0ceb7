-- Marsad store schema for PostgreSQL, version 1. Every table is keyed by
-- the article id first, so that it can be distributed by article.
CREATE TABLE articles (
	id        TEXT PRIMARY KEY,
	title     TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	doc       TEXT NOT NULL,            -- the document as JSON, as analyze prints it
	simhash   BIGINT NOT NULL DEFAULT 0,
	dup_of    TEXT NOT NULL DEFAULT '', -- an earlier article this one reprints
	terms     TSVECTOR NOT NULL,        -- Marsad's own analysed terms, config 'simple'
	stored_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp() -- orders the articles of one transaction too
);
CREATE INDEX articles_terms ON articles USING GIN (terms);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE entities (
	article    TEXT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	actor_code TEXT NOT NULL DEFAULT '',
	actor_name TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article, seq)
);
CREATE INDEX entities_actor ON entities (actor_code text_pattern_ops);

CREATE TABLE quotes (
	article      TEXT NOT NULL REFERENCES articles(id),
	seq          INTEGER NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	text         TEXT NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '',
	speaker_code TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_code text_pattern_ops, published);
CREATE INDEX quotes_published ON quotes (published);

CREATE TABLE times (
	article    TEXT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article, seq)
);

CREATE TABLE events (
	article     TEXT NOT NULL REFERENCES articles(id),
	seq         INTEGER NOT NULL,
	code        TEXT NOT NULL,
	root        TEXT NOT NULL,
	quad        INTEGER NOT NULL,
	goldstein   DOUBLE PRECISION NOT NULL,
	source_code TEXT NOT NULL,
	target_code TEXT NOT NULL,
	date        TEXT NOT NULL DEFAULT '',
	event       TEXT NOT NULL, -- the event as JSON
	PRIMARY KEY (article, seq)
);
CREATE INDEX events_source ON events (source_code text_pattern_ops, date);
CREATE INDEX events_target ON events (target_code text_pattern_ops, date);
CREATE INDEX events_root ON events (root, date);
CREATE INDEX events_date ON events (date);
