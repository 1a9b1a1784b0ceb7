// Package actor holds Marsad's curated actor lexicon (states, capitals,
// IGOs, armed groups, office holders with dated CAMEO codes, role words)
// and links mentions to canonical actors: names, aliases, metonymy of
// capitals, composed roles (وزير الخارجية الروسي → RUSGOV), nationality
// adjectives and in-document coreference of surnames and titles.
package actor
