-- Per-article facet values, so that a search counts its facets in one
-- scan of the matching articles: actor codes and event roots, space-separated.
ALTER TABLE articles ADD COLUMN actors TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN roots TEXT NOT NULL DEFAULT '';
UPDATE articles SET
	actors = coalesce((SELECT group_concat(code, ' ') FROM (SELECT DISTINCT actor_code AS code FROM entities e WHERE e.article = articles.id AND actor_code != '')), ''),
	roots = coalesce((SELECT group_concat(root, ' ') FROM (SELECT DISTINCT root FROM events v WHERE v.article = articles.id)), '');
