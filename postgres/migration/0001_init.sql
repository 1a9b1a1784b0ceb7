-- Marsad store schema for PostgreSQL, version 1.
--
-- Every table has the article id as the leading column of its primary key,
-- so that the tables can be distributed (sharded) by article. Identifiers,
-- codes and dates use the "C" collation: they compare and sort bytewise as
-- in SQLite, whatever the database's locale, and their plain B-tree
-- indexes serve LIKE 'prefix%'.
CREATE TABLE articles (
	id        TEXT COLLATE "C" PRIMARY KEY,
	title     TEXT NOT NULL DEFAULT '',
	outlet    TEXT COLLATE "C" NOT NULL DEFAULT '',
	published TEXT COLLATE "C" NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	doc       TEXT NOT NULL,                     -- the document as JSON, as analyze prints it
	simhash   BIGINT NOT NULL DEFAULT 0,
	dup_of    TEXT COLLATE "C" NOT NULL DEFAULT '', -- an earlier article this one reprints
	terms     TSVECTOR NOT NULL,                 -- Marsad's own analysed terms, config 'simple'
	stored_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp() -- orders the articles of one transaction too
);
CREATE INDEX articles_terms ON articles USING GIN (terms);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet, published);

CREATE TABLE entities (
	article    TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
	seq        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	actor_code TEXT COLLATE "C" NOT NULL DEFAULT '',
	actor_name TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article, seq)
);
CREATE INDEX entities_actor ON entities (actor_code, article);

CREATE TABLE quotes (
	article      TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
	seq          INTEGER NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	text         TEXT NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '',
	speaker_code TEXT COLLATE "C" NOT NULL DEFAULT '',
	published    TEXT COLLATE "C" NOT NULL DEFAULT '', -- the article's date
	PRIMARY KEY (article, seq)
);
CREATE INDEX quotes_published ON quotes (published, article, span_start);
CREATE INDEX quotes_speaker ON quotes (speaker_code, published);

CREATE TABLE times (
	article    TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
	seq        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article, seq)
);

CREATE TABLE events (
	article     TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
	seq         INTEGER NOT NULL,
	code        TEXT COLLATE "C" NOT NULL,
	root        TEXT COLLATE "C" NOT NULL,
	quad        INTEGER NOT NULL,
	goldstein   DOUBLE PRECISION NOT NULL,
	source_code TEXT COLLATE "C" NOT NULL,
	target_code TEXT COLLATE "C" NOT NULL,
	date        TEXT COLLATE "C" NOT NULL DEFAULT '', -- the event's date, else the article's
	event       TEXT NOT NULL,                     -- the event as JSON
	PRIMARY KEY (article, seq)
);
CREATE INDEX events_date ON events (date, article, seq);
CREATE INDEX events_source ON events (source_code, date);
CREATE INDEX events_target ON events (target_code, date);
CREATE INDEX events_root ON events (root, date);
