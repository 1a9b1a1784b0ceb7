-- The cleaned text beside the document, so that search snippets need not
-- decode the whole document.
ALTER TABLE articles ADD COLUMN text TEXT NOT NULL DEFAULT '';
UPDATE articles SET text = json_extract(doc, '$.text');
