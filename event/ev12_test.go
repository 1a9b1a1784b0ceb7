package event_test

import "testing"

// TestReadingsEv12 checks the readings added after the draws of stop 18:
// (seed 57, first pool) a role named alone takes the country the article
// is about rather than the last place it named, when one country
// stands out.
func TestReadingsEv12(t *testing.T) {
	tests := []reading{
		{"the authorities of the story's country, not of its last place",
			"قالت السلطة القضائية في إيران إن قوات الأمن الإيرانية احتجزت ناشطين. وقال مسؤولون إيرانيون إن النشطاء جمعوا معلومات. وقال مركز حقوقي مقره في نيويورك إن موظفين اعتقلوا. وانتقد وزير الاستخبارات الإيراني السابق تعامل السلطات مع القضية.",
			"IRNSPY>IRNGOV:111", ">USAGOV"},
		{"the last place when no country stands out",
			"تظاهر آلاف الأشخاص في باريس احتجاجا على الضرائب. واعتقلت الشرطة عشرات المحتجين.",
			"FRACOP>FRACVL:173", ""},
		{"the police of the story's country after a place abroad",
			"قالت السلطات التونسية إن الاحتجاجات تتواصل في تونس. وقال مسؤول تونسي إن الحكومة ستستمع للمحتجين. وكان رئيس الحكومة التونسية في زيارة إلى روما الأسبوع الماضي. واعتقلت الشرطة عشرات المحتجين.",
			"TUNCOP>", "ITACOP"},
	}
	checkReadings(t, tests)
}
