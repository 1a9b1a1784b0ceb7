package event_test

import "testing"

// TestRecallEv27 checks the readings added for recall in stop 28: a
// statement deplored (استهجن), thanks (شكر), a lawsuit (رفع دعوى ضد), an
// urging (حث), a request (طلب من, the first من alone bringing the one
// asked, or the antecedent of منه in a relative clause), a clash (اشتبك
// مع) and a complaint (شكوى ضد); a threat verb
// keeps the act it announces a threat, and a request named as a matter
// (مسألة طلب قرض) is none.
func TestRecallEv27(t *testing.T) {
	tests := []reading{
		{"a statement deplored",
			"استهجنت وزارة الخارجية الأردنية تصريحات رئيس الوزراء الإسرائيلي.",
			"JORGOV>ISRGOV:111", ""},
		{"thanks to a counterpart",
			"وشكر رئيس الوزراء العراقي الرئيس الفرنسي على مساعدة بلاده.",
			"IRQGOV>FRAGOV:051", ""},
		{"a lawsuit against a state",
			"ورفعت قطر دعوى قضائية ضد الإمارات أمام محكمة العدل الدولية.",
			"QAT>ARE:115", ""},
		{"رفع with no lawsuit is none",
			"ورفعت الحكومة الأردنية أسعار الوقود على المواطنين.",
			"", ":115"},
		{"an urging",
			"وحثت بريطانيا الحكومة الإيرانية على ضبط النفس.",
			"GBR>IRNGOV:020", ""},
		{"a request of an organisation",
			"وطلبت مصر من الأمم المتحدة التدخل لوقف القتال.",
			"EGY>IGOUNO:020", ""},
		{"at the request of is no request made",
			"وجاء ذلك بطلب من الحكومة السورية.",
			"", ":020"},
		{"a request named as a matter is none",
			"وعلى الحكومة البت في مسألة طلب قرض من صندوق النقد الدولي.",
			"", ":020"},
		{"a later من is not the one asked",
			"وقال الرئيس الفلبيني إن حكومته طلبت من شركات طيران خاصة إجلاء العمال من الكويت.",
			"", ">KWT:020"},
		{"a clash with protesters",
			"واشتبكت قوات الأمن العراقية مع محتجين في البصرة.",
			"IRQCOP>IRQCVL:193", ""},
		{"a complaint lodged against a state",
			"وتقدمت قطر بشكوى ضد الإمارات إلى منظمة التجارة العالمية.",
			"QAT>ARE:114", ""},
		{"a vow of sanctions stays a threat of sanctions",
			"وتوعد الرئيس الأمريكي بفرض عقوبات اقتصادية على إيران.",
			"USAGOV>IRN:1312", ""},
		{"the one asked is the antecedent of منها",
			"ورحبت تركيا بالوفد الليبي الذي طلبت منه مصر مغادرة أراضيها.",
			"EGY>LBY", "LBY>EGY"},
		{"twelve is no praise",
			"وقتل اثنا عشر مدنيا واثنين من المسعفين في قصف للجيش الإسرائيلي.",
			"", ":051"},
	}
	checkReadings(t, tests)
}
