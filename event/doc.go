// Package event codes political events in the CAMEO ontology natively in
// Arabic: verb and noun triggers from a pattern lexicon, source and target
// from word order, prepositional frames and quote speakers, with negation,
// modality, dates, places and in-article merging of duplicates. A
// participle after a clause (متهما إيران بـ، داعيا واشنطن إلى) is the act of
// that clause's subject or speaker. Names joined by و to a source or a
// target give one event each, as CAMEO coders split compound actors
// (قطعت السعودية والإمارات العلاقات مع قطر: two events); not a name after
// a comma, the two sides after بين, nor the partners of a joint act
// (meetings, agreements), where the second name is the partner.
//
// What a trigger says is not always an event: a negated or conditioned act
// (لن تستهدف، إذا قصفت), a possibility, a plan or a call (خيار شن ضربات،
// دعا إلى التظاهر), an attack in words (هجوم إعلامي), a dawn (فجر أمس), a
// case or an inquiry into an act, and the words of a match (يلتقي
// المنتخبان، الهجمات على مرمى، خطف المنتخب فوزا) are none.
//
// An event's date is the day its own clause names, else the sentence's
// first, else the publication date; a day named only in another clause
// after the trigger (ردا على هجوم استهدف السبت، منذ بدء المسيرات في 30
// آذار) is that clause's, and a month or a year of its own (صرح الثلاثاء
// بأن نتانياهو اجتمع مع السيسي في مايو) or a full stop of a quote between
// (تحدثت عنهم بالأمس. واعتقلت) parts it from the sentence's day; an act
// after غداة is of the day before the clause's (أغلقت المتاجر الخميس غداة
// احتجاجات: Wednesday). Its place is the place of the sentence nearest
// the trigger in its own clause; an act done in words (a charge, a call,
// support) takes no place its words are about, none from another clause
// and none where someone lives; a call by telephone takes none, a place
// negated (وليس في غزة فحسب) or after على خلفية is no scene, and the city
// after العاصمة and its adjective (العاصمة العراقية بغداد) is the place.
// An act of words in a relative clause takes no place from its antecedent
// (بلدة خان شيخون التي تتهم واشنطن النظام بشنه), nor one timed by a link
// (زيارة إلى القامشلي عقب تصريحات هدد فيها); a presence talked of
// (الوجود الإيراني في سوريا) is no place of words or of a meeting to come.
package event
