package event_test

import "testing"

// TestReadingsEv16 checks the readings added after the draws of stop 26
// (seed 92, middle pool): a state condemning through its envoy (على لسان
// سفيرها) judges the act named after the envoy, it is not his; a place
// after إلى is where something went, not where a protest was; a verbal
// noun owned by a third person in a quotation is not the speaker's act;
// pointing the finger of blame (وجه أصابع الاتهام إلى) accuses; and
// استنكر and شجب denounce as أدان does; missiles fired by warplanes are an
// air strike (195); and a nationality after a quoted
// name (صحيفة "لوموند" الفرنسية) qualifies it, it is no target.
func TestReadingsEv16(t *testing.T) {
	tests := []reading{
		{"a killing condemned through an envoy is not the envoy's",
			"وأدانت مصر على لسان وزير خارجيتها سامح شكري قتل المتظاهرين في قطاع غزة.",
			"", ":18"},
		{"a killing condemned through an envoy after an apposition",
			"وأدانت الكويت، العضو غير الدائم في مجلس الأمن، على لسان سفيرها منصور العتيبي قتل الفلسطينيين في قطاع غزة وقال العتيبي: \"ندين ما حدث\".",
			"", ":18"},
		{"a place a transfer goes to is no protester",
			"وقتل شرطي فلسطيني منذ بدء احتجاجات نقل السفارة الأمريكية إلى القدس أمس.",
			"", "ISR>:14"},
		{"the place of what happens at the same time is no protester",
			"وقد تصاعدت الاحتجاجات الأخيرة بالتزامن مع حفل افتتاح أول سفارة أمريكية في القدس.",
			"", "ISR>:14"},
		{"the place a protest is held in stays its source",
			"وتظاهر آلاف الأشخاص في العاصمة الأردنية عمان احتجاجا على رفع الأسعار.",
			"JOR>:14", ""},
		{"support owned by two leaders is not the speaker's",
			"وقال المتحدث باسم الرئاسة المصرية، أحمد علي، في بيان، إن اللقاء تناول \"آخر المستجدات\"، مشيرا إلى أن \"الزعيمين شددا على دعمهما للحقوق المشروعة للشعب الفلسطيني\".",
			"", "EGYGOV>PSE:051"},
		{"a rejection owned by another in a quotation is not the speaker's",
			"وأكد وزير الخارجية الأردني وقوف بلاده مع الكنائس المسيحية في القدس \"في رفضها إجراءات إسرائيل التي تستهدف ممتلكات الكنائس\".",
			"", "JORGOV>ISR:12"},
		{"the speaker's own support in a quotation stays his",
			"وقال الرئيس المصري عبد الفتاح السيسي: \"ندعم الشعب الفلسطيني في نضاله\".",
			"EGYGOV>PSE:051", ""},
		{"pointing the finger of blame at a state accuses it",
			"ووجهت الحكومة البريطانية أصابع الاتهام إلى موسكو في محاولة اغتيال العميل السابق.",
			"GBRGOV>RUSGOV:112", ""},
		{"pointing the finger of blame with ل",
			"ووجه الرئيس الفلسطيني أصابع الاتهام لحركة حماس بعد انفجار العبوة.",
			"PSEGOV>PSEREBHMS:112", ""},
		{"pointing the finger of blame in the present",
			"وعادة ما توجه دمشق أصابع الاتهام إلى إسرائيل في هذه الضربات.",
			"SYRGOV>ISR:112", ""},
		{"not pointing the finger accuses no one",
			"وقال الوزير البريطاني إنه لا يوجه أصابع الاتهام إلى روسيا في هذه المرحلة.",
			"", ":112"},
		{"a refused pointing of the finger accuses no one",
			"ورفض البيت الأبيض توجيه أصابع الاتهام لروسيا.",
			"", ":112"},
		{"going to a capital is no accusation",
			"وتوجه الرئيس الفرنسي إلى بيروت حيث سيلتقي الرئيس اللبناني.",
			"", ":112"},
		{"sending a letter is no accusation",
			"ووجه وزير الخارجية الإيراني رسالة إلى الأمين العام للأمم المتحدة.",
			"", ":112"},
		{"استنكر denounces like أدان",
			"وتستنكر إيران العقوبات الأمريكية الجديدة على قطاعها النفطي.",
			"IRN>USA:111", ""},
		{"شجب denounces like أدان",
			"وشجب الرئيس الفلسطيني محمود عباس قرار الرئيس الأمريكي دونالد ترامب.",
			"PSEGOV>USAGOV:111", ""},
		{"denouncing through an envoy judges the killing named after him",
			"واستنكرت الأردن على لسان وزير خارجيتها أيمن الصفدي قتل المتظاهرين في قطاع غزة.",
			"", ":18"},
		{"missiles fired by warplanes are an air strike",
			"وقالت وزارة الدفاع الروسية إن المقاتلات الإسرائيلية أطلقت 60 صاروخا على سوريا خلال ساعتين.",
			"ISRMIL>SYR:195", ""},
		{"missiles fired after the aircraft used are an air strike",
			"وأعلنت الوزارة أن الجيش الإسرائيلي استخدم 28 طائرة وأطلق 70 صاروخا على مواقع سورية.",
			"ISRMIL>SYR:195", ""},
		{"a missile fired at an aircraft stays a missile",
			"وقالت الوزارة إن إسرائيل أطلقت صاروخا من نظام باتريوت على الطائرة السورية.",
			"ISR>SYR:194", ""},
		{"a paper's nationality after its quoted name is no target",
			"انتقدت صحيفة \"لوموند\" الفرنسية المضايقات التي تعرض لها مراسلها.",
			"", ">FRA:"},
		{"a target after a paper's quoted name and nationality stays",
			"انتقدت صحيفة \"لوموند\" الفرنسية الرئيس التركي رجب طيب أردوغان.",
			"FRAMED>TURGOV:111", ""},
	}
	checkReadings(t, tests)
}

// TestReadingsEv16Participle checks the participles after a clause (seed
// 90, first pool: a missed event): متهما X بـ accuses X, منتقدا X
// criticises, محذرا X من warns and داعيا X إلى calls on X, and the
// clause's subject or speaker does it.
func TestReadingsEv16Participle(t *testing.T) {
	tests := []reading{
		{"the subject of the clause accuses with a participle",
			"وطالبت منظمة العفو الدولية بالإفراج عن الناشطة، متهمة إسرائيل بالعنصرية تجاه الأطفال.",
			"NGOHRIAMN>ISR:112", ""},
		{"the speaker of the clause accuses after his words",
			"وقالت الخارجية التركية إن القرار \"مقلق للغاية\" متهمة واشنطن بـ\"القضاء\" على آمال السلام.",
			"TURGOV>USAGOV:112", ""},
		{"a masculine participle after a verb and its object",
			"وانتقد الوزير الإيراني الموقف الأوروبي، متهما الاتحاد الأوروبي بالخضوع للضغوط الأمريكية.",
			"IRNGOV>IGOEUREEC:112", ""},
		{"a participle of calling on after a clause",
			"وقال الرئيس الفرنسي إن الوضع خطير، داعيا إيران إلى احترام التزاماتها.",
			"FRAGOV>IRN:020", ""},
		{"a participle of warning after a clause",
			"وقال وزير الخارجية الروسي إن الضربات غير قانونية، محذرا الولايات المتحدة من عواقب وخيمة.",
			"RUSGOV>USA:130", ""},
		{"a participle of criticising after a clause",
			"وأصدرت الخارجية المصرية بيانا، منتقدة إسرائيل لاستخدامها القوة.",
			"EGYGOV>ISR:111", ""},
		{"a critic of a regime is no act of criticism",
			"وككاتب في صحيفة واشنطن بوست، كان منتقدا للنظام السعودي.",
			"", ":111"},
		{"a call with no one called on names no target",
			"وحذر الوزير الأردني من تدهور الوضع، داعيا إلى ضبط النفس.",
			"", ":020"},
		{"companies said to be accused accuse no one",
			"وفرضت واشنطن عقوبات على شركات صينية متهمة بالقيام بأنشطة محظورة.",
			"", ":112"},
		{"the accused of a trial accuse no one",
			"وحكمت المحكمة على ثلاثة متهمين آخرين بالسجن المؤبد.",
			"", ":112"},
		{"a participle with a pronoun names no one accused",
			"وقطعت السعودية علاقاتها مع قطر، متهمة إياها بدعم الإرهاب.",
			"", ":112"},
	}
	checkReadings(t, tests)
}
