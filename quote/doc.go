// Package quote extracts direct quotations in every quote style Arabic
// outlets use (” “ either way round, “ ”, « », "" ), and reported speech
// introduced by speech verbs (قال إن، أكد أن، أوضح أن ...) and attribution
// phrases (بحسب، وفقا لـ، نقلا عن), each tied to its speaker and cue.
//
// Speakers come from Arabic word order: the noun phrase after a speech verb
// (VSO), a person named earlier in the sentence (شكك لافروف ... وقال)
// or the subject of the sentence's first verb for a pronoun subject
// (وتقول إنها); continuations (وأضاف، مضيفا أن، وقالوا) take the
// previous speaker; a prepositional phrase after the verb (قال فيها، وأضاف
// في بيان) marks a pronoun subject. Quotations and reported speech are
// resolved in text order. A reported clause ends at the sentence's end or
// at a comma before a participle cue, a complementizer, an attribution
// phrase or the writer's comment (، في إشارة إلى). Short quoted words with
// no cue (scare quotes, titles) are not quotations; two words are when they
// are the whole complement of a cue (وصفها بأنها "خارج الزمن"). A quotation with no closing mark is closed at the
// end of its paragraph, with a warning. Cue words are data (cues.txt).
package quote
