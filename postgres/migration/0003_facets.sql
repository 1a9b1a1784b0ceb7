-- Per-article facet values, so that a search counts its facets over the
-- matching articles alone rather than joining entities and events.
ALTER TABLE articles ADD COLUMN actors TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE articles ADD COLUMN roots TEXT[] NOT NULL DEFAULT '{}';
UPDATE articles a SET
	actors = coalesce((SELECT array_agg(DISTINCT e.actor_code) FROM entities e WHERE e.article = a.id AND e.actor_code != ''), '{}'),
	roots = coalesce((SELECT array_agg(DISTINCT v.root) FROM events v WHERE v.article = a.id AND v.root != ''), '{}');
