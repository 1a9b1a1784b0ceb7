// Package quote extracts direct quotations in every quote style Arabic
// outlets use (” “ either way round, “ ”, « », "" ), and reported speech
// introduced by speech verbs (قال إن، أكد أن، أوضح أن ...) and attribution
// phrases (بحسب، وفقا لـ، نقلا عن), each tied to its speaker and cue.
//
// Speakers come from Arabic word order: the noun phrase after a speech verb
// (VSO), a person named earlier in the sentence (شكك لافروف ... وقال)
// or the subject of the sentence's first verb for a pronoun subject
// (وتقول إنها), or the subject before it after لكن، بينما، لأن (لأن الرئيس
// يقول إنه); continuations (وأضاف، مضيفا أن، وقالوا) take the
// previous speaker; a prepositional phrase after the verb (قال فيها، وأضاف
// في بيان) marks a pronoun subject. Quotations and reported speech are
// resolved in text order. A reported clause ends at the sentence's end or
// at a comma or a closing quotation mark before a participle cue ("..."
// مضيفا أن), a comma before a complementizer, an attribution
// phrase or the writer's comment (، في إشارة إلى), and before a refusal to
// say more or an apology (ورفض التعليق، ورفض المسؤول الإفصاح، وقدم اعتذارا). Short quoted words with
// no cue (scare quotes, titles) are not quotations; two words are when they
// are the whole complement of a cue (وصفها بأنها "خارج الزمن"). A quotation with no closing mark is closed at the
// end of its paragraph, with a warning. Cue words are data (cues.txt).
// The wording of a charge (بتهمة "..."، يحاكم متهما بـ"...") is no
// quotation. The subject between كان and قد speaks the verb after قد, not
// the one told after it (وكان الوزير قد أبلغ الرئيس أن)؛ a participle
// agreeing in gender with the verb the sentence opens with speaks for its
// subject (دعت الجزائر ... مجلس الأمن ...، محذرة), unless a clause with a
// subject of its own stands between; a state that speaks ends before the
// one it speaks to (قالت طهران للسفير). The one written to after إلى or ل
// of a verb of writing or sending or a letter (كتب الوزير إلى نظيره ...،
// قائلا; في خطاب لنظيره) is its object, not the writer a participle continues.
// A name alone after a verb of accusing and before بـ (واتهم منصور في
// حينه باستخدام ...: اتُّهم, passive, unvowelled), or after a verb of
// describing and before بأن (حيث وصف سليماني بأنه "..."), is the one
// accused or described: an accused speaks no charge; a description is
// that of one named before in the sentence or of the previous speaker.
//
// A hyphen written against a word joins the parts of one name in the
// speaker (تشونغ اوي-يونغ، #كوريا-الشمالية), and a place with the form of a
// participle (حكومة مالطا، العاصمة مانيلا) does not end it. إن written
// against a hyphen (محطة "إن-تي في") opens a name, not a reported clause,
// and a few quoted words after محطة are its name.
//
// A speaker named by a title takes the name between commas after it
// (وقال السفير، أولوف سكوغ،); an adjunct after a person's name or with
// the speaker's own pronoun (ترامب في المكتب البيضاوي، الصحيفة في
// افتتاحيتها) is not part of who speaks. A verb of describing with an
// object pronoun (ووصفته، واصفا إياه) or in a participle (متهما) speaks
// for the subject before it; أورد is a verb of speech with its clause;
// أصر is one only before على أن; "one of the ..." (أحد الناجين) speaks.
// تفيد and يفيد speak only with their subject after them and a clause
// (وتفيد تقارير بأن)، not when they describe the noun before them
// (معلومات تفيد بأن، التي تفيد); a subject before قد in a reported clause
// speaks the verb after قد (بأن الوزيرة قد قالت "...").
// After a verb of describing, a definite word (or two) before بأن or بـ
// after the describer's own definite word or name is the one described
// (ووصفت السلطة الفلسطينية الحادثة بأنها)، not part of who describes it.
// After a colon the words are said, not reported (ويجيب: ليس سهلا أن ...);
// a conjunction with a pronoun (لكنها استدركت) is the subject of its verb
// and opens a report of its own.
//
// A verb with no subject after it continues the speaker of the quotation
// before it in its sentence, not the last name of a clause between; a
// subject may stand after a complementizer with its head (إن وزارة
// الداخلية اليمنية قالت) or two names joined by و (كوشنر وغرينبلات أكدا);
// the noun before التي or الذي speaks only when the verb agrees with it
// (الرياض التي قال إنه: he said). علي right after the verb is a name; من
// جهته is an adverb, and so is an occasion of speech after ب (بمقابلة
// هاتفية); the outlet or programme spoken to (لبي بي سي، لبرنامج
// "...") is cut from the speaker even inside a name the tagger found; a
// quotation long enough to stand alone takes the speaker named after it
// (..."، كما أفادت الشرطة), and a subheading the name before its colon
// (أردوغان لميركل: "..."). A verb the segmenter left joined to its
// conjunction (وأردفت، وأضافوا) is still a verb of speech. A verb of the
// past written in the passive (وزُعم أن، كُتب عليه) names no speaker, and
// the one before does not speak its words. A quotation with no subject for
// its words takes the person its sentence opens with, after a verb that is
// no cue (ودعا سامر الحسن إلى ضرورة "..."), when no other person is named
// between; a later verb with no subject then continues him. So does the
// one who issues a statement (أصدر سامر بيانا، دفعت الانتقادات اللاعب
// سامر إلى إصدار بيان). A relative joined by و after a clause of هي or هو
// (حليمة، وهي ربة منزل ...، والتي قالت) goes back to the noun that clause
// describes. Words in the first person after a verb of speech (وتضيف
// الكثير يشجعونني) are said, not who says them. An attribution that opens
// the sentence before a comma (وبحسب منظمة هيومن رايتس ووتش، تعرض منصور
// "...") names the source of a quotation with no cue in it, unless a
// person before it is the subject of a verb of his own (فإن نصرالله يعتبر).
//
// A participle of speech right after the verb (وأضاف قائلا إن، وتابع
// مشددا على أن) is its manner, not its subject, and the two make one
// report; so are adverbs (يصر دائما، حذر مرارا) and an attribution word
// (وتابع نقلا عن، وفقا لما نشرته). A verb of speech after عدم، دون or a
// participle of refusing (عدم كشف هويته، رافضا ذكر اسمه) is a verbal
// noun and no cue, and دون ends the speaker. The speaker ends before what
// is said of him: his seat (المنظمة ومقرها في لندن), a noun with his
// pronoun after his name (حداد خصمه، ترامب كلمته; not نفسه), and the one
// who only published a statement whose owner is named (بيان للتحالف
// نشرته الوكالة).
//
// Quotation marks round a name are no quotation: a name right after a
// bare verb of describing is its subject (ووصفت "الحملة" تعيينه بأنه;
// but ما تصفه "..." quotes), and a pair of short quoted names joined by و
// after a noun of named things (قناتا "..." و"..."، وهما "..." و"...") names
// them. Nor are the name of operations or of a body founded (عمليات "...",
// تأسيس "...") or a title after عنوان (جدولا بعنوان "...", of any length);
// a measure after حسب (حسب المحاصصة الطائفية، وفق الترتيب الأبجدي) names
// no source.
//
// A circumstantial participle (قائلا، مؤكدا) with no speaker before it in
// its sentence speaks for the person its sentence's first verb has for
// subject, after his title at most (وحيا رئيس الوزراء الياباني شينزو آبي
// جهود الرئيس ترامب قائلا: Abe), not for a person in the verb's object,
// unless that person is the subject of a clause of his own (الذي شدد فيه
// ماكرون ... مشيرا); a person named as the subject of a relative clause
// right before the participle speaks it (وهو الأمر الذي رد عليه الرئيس
// الإيراني، حسن روحاني قائلا).
//
// The clause after غير أن، إلا أن، بيد أن is the writer's turn, not the
// complement of a verb before it (وتؤكد بيونغيانغ عزمها ...، غير أن ترامب
// شكك); its subject, with the bare heads of a construct (غير أن رئيس دائرة
// الشرطة قال), speaks its own verb. An attribution followed by a figure
// (البالغ عددهم، بحسب لوائح الشطب 3,7 مليون شخص) gives only the figure. A
// verb of speech in the present right after another (وكتب يقول إنه) is its
// manner. A quotation with no cue in a sentence that opens with a verb and
// an organisation (بدأت الجامعة العربية اجتماعا ... "لمواجهة ...") is the
// organisation's.
//
// A time that opens the sentence before a comma (ويوم الأحد، تحدثت صحيفة
// محلية) is not the subject of the verb after it. A relative verb of speech
// whose antecedent is a thing spoken of inside the report before it
// (أعلنت المجموعة أنها ... نتائج الانتخابات التي قالت إنها) goes back to
// that report's speaker when the two agree; its subject may stand after
// the relative's pronoun (في الوقت الذي قال فيه الوزير إن). In an
// interview the one after مع asks (مقابلة لروبين مع الزميل وولف بليتزر):
// he is not the speaker. The subject after أما keeps the head of its
// construct (أما زعيم حزب الله فقال: the leader, not the party).
//
// A noun after ل with his pronoun after a person's name is whom he spoke to
// (نتانياهو لكتلته بالبرلمان), not part of the speaker; a person's name right
// after a title of eight words that names no one yet belongs to it
// (المتحدث باسم التحالف العربي لدعم الشرعية في اليمن تركي المالكي).
//
// A reported clause keeps the closing bracket of a bracket it opened
// ((18 عاما)), and ends before a speech verb joined by و that has a subject
// of its own and a complementizer (والنزاهة وقال السيسي إنه: his report,
// not the committee's). Promising is a participle cue (واعدا بأن، متعهدا
// بأن). An indefinite speech noun after a definite subject or a name is the
// verb's object, not part of the speaker (ونشرت شرطة المدينة تغريدة).
//
// A reply after the verb (وأضاف ردا على سؤال) is its manner, and the
// occasion after في، فى، ضمن or خلال (في ختام بيانه، ضمن خطابه) is not
// part of the speaker. A reported clause ends at a comma before كما and a
// verb of speech (، كما أوضحت أنها: a report of its own) and before the
// writer's note of what was left unsaid (لكنها لم تذكر، دون أن يحدد، من
// دون أن يكشف); a complementizer after a comma inside quoted words that
// close in the clause is the speaker's own (: "إنها رسالة ...، بأن ...").
// A verb of speech after إذا or لو (إذا رأت أن) is a condition, no report.
// An indefinite subject of three bare words after لكن or إن ends in a
// relation adjective (إلا أن وسائل إعلام أميركية ذكرت).
//
// The one who describes or accuses speaks next: the subject between كان
// and the verb (وكان السفير ... وصف التقارير ... قائلا: not the one in
// its object), or a person named after his title with the thing described
// after his name (وصف رئيس الوزراء سامر العلي ما حصل بأنه), but not a name
// after a plural subject or before الذي (ويتهم المنتقدون سامر الذي: the
// one accused). So does the one who gives his words (وأدلى البابا
// بتعليقاته) and a state or body that issues a statement (وفي المقابل
// أصدرت إسرائيل بيانا قالت فيه).
//
// Quoted words spelt in Latin letters (لـ«بى إن سبورت»، قناة “إن بي سي”)
// name a channel or firm: no quotation, and إن after a channel noun or an
// opening mark before such letters opens no clause (but وقالت إن سي إن إن
// ...). The body after باسم keeps its quoted name and the person after it
// (الناطق باسم "غرفة العمليات المركزية في الجنوب" سامر الخطيب). A
// sentence that opens with في after و (وفي نص رسالتهم، وفي العام الماضي)
// has no subject in its first words. Chants and slogans quoted after their
// noun (وأطلق المتظاهرون هتافات مثل "...") are of the subject of the verb
// the sentence opens with. The subject between كان and a time between
// commas speaks the verb after it (وكان مكتب ... التابع للأمم المتحدة،
// الاثنين، قال), not the body after its ل. A person's name that the
// eight words of a speaker cut goes on to its end, hyphen and all (وزير
// ... في كوريا الجنوبية شو ميونغ-غيون); the body speaks, not the one who
// heads it (مجلس الوزراء برئاسة الأمير ...). A comma set astray after عن
// of a relay (نقلت الوكالة عن، سامر الخطيب، قوله) does not hide the one
// relayed, and "one of the ..." describes, not the thing after him (ووصف
// أحد المصدرين النقاش بأنه). The pronoun of لكنه before a verb of speech
// is not one named inside a clause after a complementizer before it (ولم
// يصل إلى حد القول إن الأمير أمر بذلك، لكنه رأى أن: the previous speaker).
//
// A verb with the ف of أما has for subject the words between them (أما
// الرئيس ترامب فاتهم إيران بنشر "...": not the one accused), unless they
// are a time, a place or a matter (أما اليوم، فأكد؛ أما بخصوص الولاية،
// فأشار الوفد). A verb of accusing after its subject accuses with that
// subject (الحوثي يتهم فرنسا بـ"..."), and a state or body named after a
// subject ending in a definite word is the one accused (واتهمت الحكومة
// الفلسطينية إسرائيل بارتكاب "..."). A name in a reply that fronts the sentence up to its first
// comma (وردا على سؤال حول شعورها وهي تنتظر سامي في الخارج، قالت) is
// what the reply is about, not the one who replies. في حين turns the
// sentence to the writer before its أن (نادرا ما تؤكد غاراتها، في حين أن
// رئيس الوزراء قال). A title after عنوان and a colon (دراسة بعنوان:
// "...")، charges quoted with no cue (ووجهت النيابة إليه "تهم ...") and an
// order after وفقا (وفقا لتسلسلهم) are no quotation. A straight mark joined
// to the word before it and to punctuation after, with no mark after it in
// the paragraph (تحت الأنقاض"، مشيرا), is a stray closing mark and opens
// nothing. A relative joined by و ends the speaker (رئيس لجنة العلاقات
// الخارجية والتي تتمتع بنفوذ واسع), unless its clause names a person.
// A noun of manner with ب and an adjective after the verb (شدد بشكل واضح
// أن، نفى بشكل متكرر) is how one spoke, not who.
//
// A speaker named before the verb, or one a verb with no subject
// continues, agrees with it in number (a subject after its verb leaves
// it in the singular: وقال المتظاهرون). A plural or dual verb (وقالوا،
// قالتا، أكدا) that would go to one person goes to him and the one joined
// to him by و (كان فلان ومساعده أكدا), else to the nearest many named as
// its subject before it in the sentence (وردد المحتجون شعارات ضد الرئيس
// ... وقالوا، لكن بعض مسؤولي الإدارة قالوا، امرأتان قالتا، وقفت قطر
// وتركيا ضده وقالتا، بدفع أموال لامرأتين، قالتا), else to the
// last many who spoke a few sentences before; a singular verb that opens
// its sentence (وأضاف) passes over many who spoke last (المحتجون) for the
// last one who spoke with a verb of its gender, or, for the masculine, the
// last man named in its sentence or the one before (وكان الصحفي فلان بين
// الصحفيين المدعوين. وقال). Nouns of many people are
// data (people.txt), with sound plurals read from their form.
//
// A verb of telling (أبلغ، أخبر) whose subject stands before it has the
// one told after it: the pronoun of a complementizer before it stands for
// the speaker of the report it is in (وأكد ترودو أنه أبلغ السياسيين أن),
// and a noun phrase after a complementizer, كان or a clause link that ends
// in a name or a definite word right before it speaks (إن مسؤولا كبيرا في
// وزارة العدل أبلغ البيت الأبيض أن، وكان عباس أبلغ بوتين بأن). With its
// subject after it, a named body or place after an adjective of relation
// or a name is the one told (وأبلغ ضباط بالجيش الروسي الولايات المتحدة
// أن). After a verb of describing with no subject of its own, ما, من or a
// definite word that names no one who could speak before بأن (ووصفت ما
// حدث بأنه، ووصف الاتفاق بأنه "...") is what is described, not who
// describes. The clause of a verb of speech before نقلا عن (من جانبها
// ذكرت القناة نقلا عن الوزير قوله "...") is who relays, not a report of
// the one relayed.
//
// إن written against a hyphen after a word is the last part of a name (مون
// جاي-إن), no complementizer. A social platform named where words were
// posted (على فيسبوك، عبر "تويتر"، بموقع التواصل الاجتماعي، فيسبوك) is not
// the one a verb with no subject after it goes back to; as the subject
// after its verb (وقال فيسبوك إن) it speaks. Admitting is a participle
// cue (معترفا بأن), recognised is not (معترفا بها). The words after the
// source of an attribution (وبحسب التقرير، فإن ...) end before a singular
// participle of speech after a comma (، مشيرا إلى أن: the source's own
// report); an attribution set inside a short clause that opens with a
// verb (ويدعو البيان حسب مسودة حصلت عليها الصحيفة إلى ...) reports the
// whole sentence; and the source ends before a relative clause with no
// relative pronoun (وفق وثيقة اطلعت عليها رويترز: the document). A verb
// of speech and its subject before a source whose words come after it,
// past the source's quoted name and a comma, at a colon, a mark or a
// complementizer (وقال بوتين في الفيلم، بحسب تقرير الوكالة: "...") are no
// report of the source. A preposition the tokenizer leaves apart before a
// quotation (ونددت الرسالة بـ"...") ends the subject of the opening verb.
// A sentence that opens with قد has its verb after it (وقد انتقده رئيس
// البرلمان، وقال: the critic, not انتقده in his name), and a verb of
// explaining right after a closing mark with its subject after it
// ("..." يشرح علي مضيفا) speaks the words before it.
//
// An attribution to one's own words (بحسب تصريحاته، وفق تقديرها، حسب بيان
// له) names no source: the words are those of the subject of the verb the
// sentence opens with, past an opening phrase and its comma (في المقابل،
// انتقدت الحكومة ...، وفق تقديرها), cut before an object with its pronoun
// (أكد الحزب تمسكه), or of the last speaker when that verb has no subject
// after it (ودعا إلى ...، وبرر اختياره ...). A verb that opens its sentence
// with no subject, when no one spoke before, speaks for the subject of the
// verb the sentence before opens with if the two agree in gender, though
// that verb reported nothing (أعلنت النائبة، فلانة، عن استقالتها. وأكدت
// أنها): a person named, with his title, a body or a title, never the
// verb's object (أوردت تقارير خبرا عاجلا: the reports). A deputy is named
// with the party he sits for and his name after it (النائب عن الجبهة،
// فلان)، and a spokesman after باسم, his name closed by a comma or a day
// (المتحدث باسم البيت الأبيض، فلان اليوم), speaks a participle after it.
// A body no tagger named whose name is a construct (أصدر تحالف دعم الشرعية
// ...، مضيفا) speaks a participle of its sentence; a verb in the masculine
// singular that opens its sentence never continues sources or reports
// (وفق المصادر ذاتها ... وأوضح أن) but the last man who spoke, while one in
// the feminine does (وقالت المصادر ... وأضافت).
//
// The writer's note "in his words" before punctuation ends the words
// reported even with no comma before it (كان "يدفعنا نحو كارثة" على حد
// تعبيره.), and وذلك before an attribution after the words is the
// writer's link (... وذلك حسبما ذكرت مصادر). A circumstantial clause
// (ترامب وهو يستعد ...) and an adverb of time (قال فلان يوما، مؤخرا)
// end the speaker; a report that opens with a verb of speech and its own
// complementizer (يُنقل عن فلان أنه قال يوما إن) is that verb's report
// alone. An unnamed source (وأكد مصدر طبي الحصيلة، قائلا) or a title
// (في الوقت ذاته، انتقد الرئيس الروسي ...، قائلا; وأثنت رئيسة الوزراء
// على فلانة، قائلة) opening the sentence speaks its participle, not the
// last speaker nor the one after a preposition. A person's whole name in
// quotation marks (الرئيس التركي "رجب طيب أردوغان") and a charge opening
// with ب after a bare noun of charge (يواجه اتهامات "بالتجسس ...") are no
// quotation; لذا، لذلك، بالتالي that open a sentence are no verb.
//
// فان without its hamza before a definite word is فإن (وحسب المعلومات
// المتوفرة فان المقاتلين), not the Dutch particle of a name. Words quoted in
// Latin letters only are a title or a name (نجمة المسلسل "..."), unless
// a colon, a complementizer or a participle of speech opens them. A verb
// of speech with ف and no subject continues the person named after the
// verb its sentence opens with (ويشرح فلان، ... لفلان آخر فيقول إن; وسئل
// الوزير ... فقال). After a comma, دون or من دون before a verbal noun of
// naming (، دون الإعلان عن، من دون ذكر) and في إشارة إلى with or without a
// comma are the writer's note and end the words reported. عبر at the head
// of a clause before a definite word or a name and عن is a verb of speech
// (وعبر الحزب عن استغرابه من "..."), not "via". A participle of speech
// with its own complementizer ends the words before it with no comma too
// (إن الوضع مستقر مشيرة إلى أن، موضحا بالقول), but not right after a verb
// of speech (غرد قائلا إن). The wording of two charges (بتهمتي "..."
// و"...") is no quotation. A participle in the feminine speaks for the
// feminine subject of the verb of its sentence or of a clause after بينما
// or فيما (بينما نفت السلطات احتجازه قائلة)، not for a man named in its
// object. A report after ، بعد أن قال (قبل أن، عقب أن) is another's and
// ends the words before it. A headline's subject before its verb in the
// present speaks a second verb joined by و (وزير العدل يشدد على ...
// ويؤكد أن). لي or لنا after a verb of speech and before a title is the
// one spoken to (وقال لي وزير الخارجية).
package quote
