package event_test

import (
	"testing"
)

// TestReadingsEv5 checks the readings added after the seed-8 sample:
// convictions, denials, conditions, plans, visits, rights groups,
// places qualifying an object, calls and judgements.
func TestReadingsEv5(t *testing.T) {
	tests := []reading{
		// Convictions are no condemnations.
		{"a court convicts", "وأدانت المحكمة العليا الإسرائيلية رئيس الوزراء السابق بتلقي رشوة.", "", ":111"},
		{"convicted of a charge", "وحكمت محكمة على عشر نساء تركيات بعد إدانتهن بتهمة الانتماء إلى تنظيم الدولة الإسلامية.", "", ":111"},
		{"convicted by a state of leaking", "وقدم الجاسوس إلى لندن بعد إدانته من قبل روسيا بتسريب معلومات إلى الاستخبارات البريطانية.", "", ":111"},
		{"a government condemns strongly", "وأدانت فرنسا بشدة الهجوم الإيراني.", "FRA>IRN:111", ""},
		{"a government condemns an act", "وأدانت الحكومة المصرية الاعتداء التركي.", "EGYGOV>TUR:111", ""},
		{"condemning an act and accusing in another clause", "وأدان نتانياهو عمل الشرطة واتهمها بالتحيز ضده.", "ISRGOV>", ""},
		// Judgements are no second event.
		{"an aggression in a judgement", "ويعتبر لبنان الغارات الإسرائيلية اعتداء على السيادة اللبنانية.", "", ":182"},
		{"an attack carried out", "وشنت القوات التركية السبت هجوما عنيفا على مواقع المسلحين السوريين.", "TURMIL>SYRREB:19", ""},
		{"protests judged the largest still happened", "وتعتبر هذه الاحتجاجات هي الأكبر في روسيا منذ سنوات.", "RUS>:141", ""},
		// Calls by a participle.
		{"a call to sanction by a participle", "وانتقد الوزير البريطاني روسيا، داعيا الاتحاد الأوروبي إلى فرض عقوبات على موسكو.", "GBRGOV>RUS:111", ":163"}, // الوزير البريطاني: a minister, the government
		// Warnings about a matter.
		{"a country at stake in a warning is no target", "وحذر وزير الخارجية التركي من محاولات تقسيم سوريا.", "", ">SYR"},
		{"a warning that a country does something", "وحذر وزير الخارجية التركي من أن إيران تسعى إلى السيطرة على المنطقة.", "TURGOV>IRN:13", ""},
		{"a direct object after the subject's own name", "وحذر الرئيس الأمريكي دونالد ترامب روسيا من أن الصواريخ قادمة.", "USAGOV>RUS:130", ""},
		// Discussions.
		{"a people in the matter discussed is no partner", "ويناقش موظفو الأمم المتحدة مسألة سعي الليبيين إلى التغيير.", "", "IGOUNO>LBY"},
		{"a partner with mae", "وناقش وزير الخارجية الأمريكي مع الرئيس التركي الأزمة السورية.", "USAGOV>TURGOV:040", ""},
		// Settings and owners.
		{"the conflict a country's adjective names is no object", "وتدعم السعودية في النزاع السوري جماعات معارضة للنظام.", "", ">SYR:"},
		{"a government supported", "وتدعم السعودية الحكومة اليمنية.", "SAU>YEMGOV:051", ""},
		{"the owner of a building's command is no doer", "وقتل عشرة في هجمات استهدفت مقر قيادة الجيش في بوركينا فاسو.", "", "BFAMIL>"},
		{"a strike's adjective after fi is its doer", "وقتلت المقاتلة في قصف تركي على جبهات مدينة عفرين في شمال سوريا.", "TUR>SYR:195", ""},
		// Pronoun subjects after أن.
		{"a pronoun subject: the region after the verb is discussed", "ويدعى بأنه ناقش سياسات الشرق الأوسط مع مساعدي ترامب.", "", "MEA>"},
		{"a speaker's pronoun subject", "وقال الرئيس السوري بشار الأسد إنه يدعم مقترحا روسيا بإقرار هدنة.", "SYRGOV>", ""},
		// Charges, names, verdicts.
		{"an assault one is charged with", "ووجهت واشنطن الاتهام لـ11 من حراس الرئيس التركي رجب طيب أردوغان بالاعتداء على متظاهرين.", "", ":182"},
		{"an assault that happened", "واعتدى حراس الرئيس التركي على متظاهرين أمريكيين.", "TURGOV>USACVL:182", ""},
		{"support in an organisation's name", "ونشرت مؤسسة دعم الديمقراطية الأميركية دراسة عن قطر.", "", ":051"},
		{"an arms race is no arming", "ونفت روسيا أي سباق تسلح مع الولايات المتحدة.", "", ":072"},
		{"a denial across quotation marks", `ونفت روسيا أن تكون ساعية للدخول في "سباق" مع الولايات المتحدة لتسليح الأكراد.`, "", ":072"},
		{"an aggression on sovereignty is a verdict", "برلين وباريس وواشنطن: حادثة سكريبال اعتداء على سيادة بريطانيا", "", ":182"},
		// Reactions and reporters.
		{"a response to an attack is no attack", `وقال ترامب إن واشنطن بصدد رد على "الهجوم البشع على المدنيين السوريين".`, "", "USAGOV>"},
		{"an agency that relays is no doer", `ووصلت قوات إلى عفرين لـ"دعم الأهالي ضد داعش" وفقا لما نقلته وكالة الأنباء السورية الرسمية.`, "", ":051"},
		{"a newspaper that reports is no speaker-doer", `وتقول صحيفة الغارديان إن وكيل الوزارة رفض طلب الرقابة الماليزية.`, "", "GBRMED>"},
		// Relative clauses with an adjective antecedent.
		{"a noun with its adjective before a relative is its subject", "وقالت روسيا إنها ستغلق المجلس البريطاني، الذي يدعم العلاقات الثقافية.", "", "RUS>GBR"},
		{"an adjective antecedent with an object pronoun is the target", "وتحدث عن البرنامج النووي الإيراني، الذي ينتقده الرئيس الأمريكي بشدة.", "USAGOV>IRN:111", ""},
		{"a town's adjective is not the subject after it", "وأشار إلى الهجوم على بلدة خان شيخون السورية التي تتهم واشنطن النظام السوري بشنه.", "USAGOV>SYRGOV:112", ""},
		{"a people in the plural before a relative is no doer", "وارتفع عدد البريطانيين الذين قتلوا وهم يقاتلون إلى جانب المقاتلين الأكراد.", "", "GBR>KUR"},
		{"a people supported by a pronoun's state", "وأعلنت واشنطن أن عددا من المقاتلين الأكراد الذين تدعمهم قد غادروا مواقعهم.", "USAGOV>KUR:051", ""},
		{"a country's own word after the relative is no object", "وأردف المسؤول الروسي، الذي تدعم بلاده النظام السوري، قائلا إن الهدنة صامدة.", "RUS>SYRGOV:051", ""},
		{"a plural verb agrees with the people before it", "ويقول الرئيس الفرنسي السابق إن الليبيين الذين يتهمونه يريدون الانتقام منه.", "", "FRAGOV>LBY"},
		// Joint forces and regions.
		{"joint forces in a region take no country", "وقصف التحالف مواقع الحوثيين في اليمن. وقال إن السعودية تدعم القوات المشتركة في دول الساحل.", "", ">YEMMIL"},
		// Roots.
		{"attacking an official is an assault", "وقال إن فلسطينيين هاجموا المسؤول القطري في غزة.", "PSE>QAT:180", ""},
		{"an insulting attack is in words", "ودأب الرئيس الفلبيني على الهجوم المهين على أجهزة الأمم المتحدة.", "PHLGOV>IGOUNO:111", ""},
		// Hypotheses, fears, searches and expectations.
		{"any possible strike", "ويرجح أن أي ضربة عسكرية أمريكية محتملة ضد النظام السوري لن تحصل قبل التصويت.", "", ":195"},
		{"support warned of", "وحذر وزير الخارجية التركي من أي دعم قد تقدمه القوات الحكومية السورية للفصائل الكردية.", "", ":051"},
		{"support sought", "ويبدو أن الرئيس التركي يبحث عن دعم في معركته ضد وحدات حماية الشعب الكردية.", "", ":051"},
		{"support given", "وتدعم الولايات المتحدة وحدات حماية الشعب الكردية.", "USA>SYRREBYPG:051", ""},
		{"an expected meeting is an intent to meet", "ويتوقع أن يبحث ولي العهد السعودي مع الرئيس المصري ملفات إقليمية.", "SAUGOV>EGYGOV:036", ":040"},
		{"an expected protest has not happened", "ويتوقع أن يحتج المتظاهرون في لندن على الحرب في اليمن.", "", ":141"},
		{"a verdict with a pronoun and bi", "وقضت محكمة بسجن الجهادية الفرنسية بعد إدانتها بالانتماء إلى تنظيم الدولة الإسلامية.", "", ":111"},
		{"a meeting during an expected visit", "من المتوقع أن يصل نائب رئيس الوزراء التركي إلى مقديشو الخميس في زيارة قصيرة يبحث خلالها مع المسؤولين الصوماليين العلاقات.", "TURGOV>SOM:036", ":040"},
		// Agreement of the verb with a state after it.
		{"a masculine verb's state after it is its object", "حذر وزير الدفاع الأميركي سوريا من استخدام الغاز، وانتقد روسيا لدعمها دمشق.", "", "RUS>SYRGOV"},
		{"a feminine verb agrees with the state after it", "وانتقدت روسيا الولايات المتحدة.", "RUS>USA:111", ""},
		{"a masculine state is a subject", "وانتقد لبنان إسرائيل.", "LBN>ISR:111", ""},
		{"SVO with a masculine verb", "ترامب يدعو كوريا الشمالية إلى طاولة التفاوض.", "USAGOV>PRK:020", ""},
		// Light verbs.
		{"support of a force that carries out a pronoun's act", "وأدى القصف الذي تقوم به قوات النظام السوري بدعم جوي روسي على الغوطة الشرقية إلى مقتل عشرات.", "", "SYRGOV>RUS"},
		{"a light verb carries its verbal noun", "وقامت القوات التركية بقصف مواقع وحدات حماية الشعب الكردية.", "TURMIL>SYRREBYPG:195", ""},
		// Objects of frameless nouns.
		{"the owner of another noun is no object", "وقتل شخص في تفجير انتحاري تبناه تنظيم داعش، وتزامن التفجير مع هجوم مسلح لطالبان.", "", ">AFGREBTLB"},
		{"a clash with a party", "وخاض الجيش التركي اشتباكات مع وحدات حماية الشعب الكردية في عفرين.", "TURMIL>SYRREBYPG:193", ""},
		// Doers of nouns and plural verbs.
		{"a joined noun with a pronoun is not the name's act", "وعبر الجنرال عن قلقه من النفوذ الإيراني عبر دعمها لجماعات مسلحة خاصة حزب الله وتسليحها لميليشيات الحوثي.", "", "LBNREBHZB>"},
		{"a noun with a pronoun after a support verb is the subject's", "وشنت تركيا هجومها على وحدات حماية الشعب الكردية.", "TUR>SYRREBYPG:190", ""},
		{"a plural verb in a quote is not the speaker's act", `وقال لافروف: "الدور الآن على المسلحين هناك الذين ما زالوا يقصفون دمشق".`, "", "RUSGOV>"},
		{"concern about a killing is no killing", "وتعبر الدول الغربية عن قلقها بشأن قتل الشرطة أكثر من أربعة آلاف فلبيني.", "", "WST>"},
		// Denials and conditions.
		{"a denied meeting did not happen", "ونفى البيت الأبيض أن تكون الإدارة الأمريكية قد ناقشت مع رئيس الوزراء الإسرائيلي ضم المستوطنات.", "", ":040"},
		{"a meeting after a denial of something else", "ونفى المتحدث الخبر، والتقى وزير الخارجية الأمريكي مع الرئيس التركي.", "USAGOV>TURGOV:040", ""},
		{"a second verb of a condition", "إذا أطلقت روسيا صاروخا بعيد المدى، أو استهدفت كوريا الشمالية القواعد الأمريكية فجأة، سيكون الرد قاسيا.", "", ":195"},
		{"a strike after a conditional clause closed by a full stop", "إذا استمر التصعيد فالحرب قادمة. وقصفت القوات الروسية مواقع المعارضة السورية.", "RUSMIL>SYROPP:195", ""},
		// Plans are no acts.
		{"studying sanctions", "وقال الوزير إن الولايات المتحدة تدرس فرض عقوبات على الصادرات الفنزويلية.", "", ":163"},
		{"a future refusal of easing", "وقال إنه سيرفض مد تعليق العقوبات الأمريكية على إيران.", "", ":081"},
		// Visits.
		{"a visited capital is no visitor", "وقال مسؤول إن الزعيم الكوري الشمالي كيم جونغ أون زار العاصمة الصينية بكين بشكل مفاجئ.", "", "CHNGOV>"},
		{"a visited country after an unknown visitor", "وقال القصر إن الأمير وليام سيزور إسرائيل في يونيو.", "", "ISR>"},
		{"a visitor before the visited country", "وزار الرئيس الفرنسي مصر الأسبوع الماضي.", "FRAGOV>EGY:042", ""},
		{"a visitor before a visited capital", "وزار وزير الخارجية الروسي دمشق أمس.", "RUSGOV>SYRGOV:042", ""},
		{"the visitor of a relative clause", "وقالت سيول إن المسؤول الكوري الشمالي الذي زار الصين لم يكن الزعيم.", "PRK>CHN:042", ""},
		// Rights groups.
		{"rights groups accuse a government", "وتتهم جماعات حقوقية النظام الحاكم في مصر بقمع المعارضة.", "NGO", "EGYGOV>EGYOPP"},
		{"rights organisations criticise", "وانتقدت منظمات حقوقية الحكومة المصرية.", "NGO", ""},
		// South Sudan's army.
		{"the SPLA is South Sudan's", "وشاهدت امرأة مقاتلي الجيش الشعبي لتحرير السودان يعذبون أنصار المعارضة.", "", "SDN>"},
	}
	checkReadings(t, tests)
}
