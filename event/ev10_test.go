package event_test

import "testing"

// TestReadingsEv10 checks the readings added after the seed-43 draw on
// the first pool: support told by its verbal noun with its owner's pronoun
// (دعمها للرئيس) or given (قدمت دعما)، a verb written as a passive, what
// must be done, and stopping told by وقف.
func TestReadingsEv10(t *testing.T) {
	tests := []reading{
		{"support with its owner's pronoun", "أكدت فرنسا دعمها الكامل للرئيس اللبناني ميشال عون.", "FRA>LBNGOV:051", ""},
		{"support expressed after عن", "وأعربت فرنسا عن دعمها للحكومة اللبنانية.", "FRA>LBNGOV:051", ""},
		{"support owned by someone not named before", "وقال إن عودة الفلسطينيين إلى المفاوضات مستحيلة بالرغم من دعمه الثابت لإسرائيل.", "", "PSE>"},
		{"military support given", "قدمت فرنسا دعما عسكريا للمعارضة السورية.", "FRA>SYROPP:072", ""},
		{"a verb written as a passive has its victim after it", "قُتلت متطوعة بريطانية بوحدة حماية المرأة الكردية المسلحة في سوريا، حسبما قال والدها.", "", "GBR>"},
		{"what must be done is not done", "وقال إن هذا الإجراء يجب أن يواكبه دعم أمريكي قوي للمعارضة الإيرانية بهدف تغيير النظام في طهران.", "", ":05"},
		{"support to be stopped told by وقف", "ودعا الاتحاد الأوروبي إيران إلى وقف دعمها للحوثيين.", "", ">YEMREBHTH:05"},
		{"protests to be stopped", "ودعت الحكومة الفلسطينية إلى التهدئة ووقف الاحتجاجات في غزة.", "", ":14"},
	}
	checkReadings(t, tests)
}

// TestClauseReach checks that في وقت opens a new clause: the speech of
// the next clause does not make an attack one of words.
func TestClauseReach(t *testing.T) {
	checkReadings(t, []reading{
		{"في وقت ends the clause", "وشنت القوات الإسرائيلية هجوما على مواقع حماس في غزة، في وقت كان فيه الرئيس الفلسطيني يتحدث منتقدا الاحتلال.", "ISRMIL>PSEREBHMS:19", ":111"},
	})
}
