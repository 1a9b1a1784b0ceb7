package event_test

import "testing"

// TestEv22 checks readings added after sampling events of two pools
// (seeds 97 and 98).
func TestEv22(t *testing.T) {
	tests := []reading{
		{"a country after a direction describes the subject, it is not it",
			"وأعلنت جماعات مسلحة شرقي السودان عن رفضها لمبادرة القاهرة.",
			"", "SDN>"},
		{"a country after a direction describes the subject of an SVO clause",
			"وقالت مصادر إن قبائل شمالي اليمن رفضت دعوة الرياض إلى الحوار.",
			"", "YEM>"},
		{"a country named as subject is still the doer",
			"وأعلنت مصر عن رفضها لمبادرة أنقرة.",
			"EGY>TURGOV:120", ""},
		{"a country after a direction in a VSO clause is no subject",
			"وهاجمت فصائل مسلحة جنوبي سوريا مواقع للجيش الأردني.",
			"", "SYR>"},
		{"members in a body before the verb act for the body",
			"لكن أعضاء في البرلمان البريطاني انتقدوا الحكومة الروسية بشدة.",
			"GBRLEG>RUSGOV:111", ""},
		{"members in a body with its adjective act for the body, not the country",
			"وقالت الصحيفة إن أعضاء في الكونغرس الأمريكي وجهوا أصابع الاتهام للحكومة الإيرانية.",
			"USALEG>IRNGOV:112", ""},
		{"states members of a body act for themselves",
			"وقالت الصحيفة إن دولا أعضاء في الاتحاد الأوروبي انتقدت الحكومة الروسية.",
			"", "IGOEUREEC>"},
		{"a body after في with no noun of members is no subject",
			"وقال مسؤول إن الخلاف في البرلمان البريطاني انتقد الحكومة الروسية.",
			"", "GBRLEG>"},
	}
	checkReadings(t, tests)
}

// TestPlaceEv22 checks the place of events.
func TestPlaceEv22(t *testing.T) {
	tests := []placed{
		{"the capital named after its adjective is the place, not the country",
			"وسبق ذلك قصف إسرائيل لمخزن أسلحة قرب العاصمة السورية دمشق.",
			"195", "دمشق"},
		{"the capital after its adjective with في stays the place",
			"واعتقلت الشرطة ثلاثة مسلحين في العاصمة العراقية بغداد.",
			"173", "بغداد"},
		{"a capital one arrived from is not where one was arrested",
			"واعتقلت الشرطة التركية الصحفي فور وصوله من العاصمة الألمانية برلين.",
			"173", ""},
		{"a country one came back from is not where one was arrested",
			"واعتقلت الشرطة المصرية صحفيا أمريكيا بعد عودته من فرنسا.",
			"173", ""},
		{"the place of the act stays beside a place one came back from",
			"واعتقلت الشرطة المصرية صحفيا أمريكيا في القاهرة بعد عودته من فرنسا.",
			"173", "القاهرة"},
	}
	checkLocations(t, tests)
}
