// Package event codes political events in the CAMEO ontology natively in
// Arabic: verb and noun triggers from a pattern lexicon, source and target
// from word order, prepositional frames and quote speakers, with negation,
// modality, dates, places and in-article merging of duplicates. A
// participle after a clause (متهما إيران بـ، داعيا واشنطن إلى) is the act of
// that clause's subject or speaker (also منددا بـ، مشيدا بـ، مطالبا X بـ). A
// noun of a stance owned by a pronoun after a verb of stating in its
// clause (أكدت السعودية دعمها التام لمصر، عبرت قطر عن تضامنها مع تركيا،
// جددت الأردن إدانتها للهجوم الإسرائيلي) is the act of that verb's
// subject; not one it is known for (المعروفة بمساندتها). So is a stance
// of the speaker's country (أعرب الوزير العراقي عن مساندة بلاده لتركيا).
// A past verb of stating, calling or of the feminine joined by و opens a
// new clause (انتقدت قطر القرار وطالبت مصر بالتراجع): its names are no
// object of the verb before. Names joined by
// و to a source or a target give one event each, as CAMEO coders split
// compound actors (قطعت السعودية والإمارات العلاقات مع قطر: two events);
// not a name after a comma, the two sides after بين, nor the partners of
// a joint act (meetings, agreements), where the second name is the
// partner.
//
// Verbs ending in a long vowel have their own past and present forms
// (التقت، دعت، التقوا، يلتقون). Meetings and calls are also told with a
// light verb and its noun (عقد اجتماعا مع، أجرى محادثات مع، أجرى اتصالا
// هاتفيا بـ), a host receives a visitor (استقبل), and a counterpart with his
// country's adjective is that country's government (نظيره التركي). A
// demand (طالب) targets the one asked, not a name inside the thing
// demanded after ب (طالبت فرنسا بإجراء تحقيق في مقتل الصحفي), but the one
// whose dismissal is demanded (طالب بإقالة رئيس الوزراء). An attack or an
// occupation whose object is a place, right after the verb or its frame's
// preposition (قصفت الطائرات مدينة إدلب، شن غارات على قطاع غزة), falls on
// the place's country, as CAMEO country dictionaries have cities stand for
// their country; not a place after another word (مواقع في إدلب).
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
// احتجاجات: Wednesday), after بعد يوم من of the day before, and a noun's
// own relative clause may date it (الاحتجاجات التي اندلعت يوم الجمعة). An
// act after بعد، إثر or عقب that has only the day of the clause before it
// (طالب ترودو الأربعاء بتحقيق بعد قتل عشرات الفلسطينيين) takes the day a
// later report of it in the article names, within a week before. Its
// place is the place of the sentence nearest
// the trigger in its own clause; an act done in words (a charge, a call,
// support) takes no place its words are about, none from another clause
// and none where someone lives; a call by telephone takes none, a place
// negated (وليس في غزة فحسب) or after على خلفية is no scene, and the city
// after العاصمة and its adjective (العاصمة العراقية بغداد) is the place.
// An act of words in a relative clause takes no place from its antecedent
// (بلدة خان شيخون التي تتهم واشنطن النظام بشنه), nor one timed by a link
// (زيارة إلى القامشلي عقب تصريحات هدد فيها); a presence talked of
// (الوجود الإيراني في سوريا) is no place of words or of a meeting to come.
// A place to withdraw from (مقترحات بالانسحاب من الحديدة) is no place of
// words, nor is a charge's matter (اتهم المتمردين بنهب المساعدات في
// الحديدة) of the participle after it (داعيا الأمم المتحدة); an act told
// in a quotation takes no place where the speaker arrived or spoke (قالت
// ماي عند وصولها إلى بروكسل: "شنت روسيا هجوما"), and an act of words a
// correspondent reports none where he is posted (أفاد مراسل قناة في
// نيويورك بأن الحوثيين رفضوا); a place after للرد على is the act
// answered (ضربات في تحرك قالت إنه للرد على هجوم في دوما). Protesters not named at a state's mission
// (أمام السفارة الإيرانية في لندن) or against it (احتجاجات نقل السفارة
// الأمريكية) are of no country: the protest keeps no source and the
// mission's state as target.
//
// A state's part after في، على or ب (تشنها تركيا في شمال سوريا، غارات على
// شرق سوريا) is the place of an act not of words, and a place before a cause (محادثات في أنقرة على خلفية
// العملية التي تشنها تركيا في شمال سوريا) yields to the caused act's own.
// A capital a state is to have (دولة مستقلة عاصمتها القدس الشرقية) and a
// place one came from (لدى وصوله من لندن) are no scene; an act of words
// about another's doing (رفضها لقيام واشنطن بإقامة قواعد في العراق) or a
// party's body (انتقد النظام القضائي في إيران) takes no place of it; a
// capital after العاصمة and an adjective is the city, even read as its
// government (قرب العاصمة السورية دمشق).
package event
