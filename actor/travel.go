package actor

import (
	"strings"

	"github.com/marsad/marsad"
)

// travelVerbs are the verbs and participles of going, whose object after
// إلى is the city reached (سيتوجه إلى دمشق، الطائرة المتجهة إلى أنقرة،
// الطائرة التي أقلته إلى واشنطن، ذهبت إلى لاهاي), keyed as the tokens
// are. يعود and تعود are left out: يعود الأمر إلى واشنطن is up to the
// government.
var travelVerbs = keySet(`توجه توجهت توجهوا يتوجه تتوجه يتوجهون سيتوجه ستتوجه متوجها متوجهة متوجهين المتجه المتجهة
	متجها متجهة متجهين اتجه اتجهت ذهب ذهبت ذهبوا يذهب تذهب سيذهب ستذهب أقلته أقلتها أقلتهم تقله تقلها تقلهم`)

// travelNouns are the nouns of a journey whose traveller may be named
// with his title between the noun and إلى (وصول وزير الخارجية الأمريكي،
// مايك بومبيو، إلى الرياض، عودة السفير جون باس إلى أنقرة، زيارات عدة
// إلى دمشق), keyed as the tokens are.
var travelNouns = keySet("وصول وصوله وصولها زيارة زيارته زيارتها زيارات زياراته عودة عودته عودتها العودة رحلة رحلته رحلتها رحلات")

// travelTitles are the words of a title that may name a traveller before
// his name (وصول وزير الخارجية، عودة السفير), keyed as the tokens are.
var travelTitles = keySet("وزير وزيرة رئيس رئيسة سفير مبعوث ملك أمير الوزير الوزيرة الرئيس الرئيسة السفير المبعوث الملك الأمير عدة")

// travelledTo reports a capital at token i after إلى and a verb or noun
// of going (travelVerbs, travelNouns, arrivals) some words before it: the
// traveller's name may stand between (ووصل تيلرسون إلى بيروت), set off by
// commas, and after a noun of a journey also his title and its definite
// words (زيارة الرئيس الأميركي دونالد ترامب إلى الرياض). One travels to
// the city, not to its government. Any other word between ends the
// search (توجه رسالة إلى طهران: a message to the government).
func travelledTo(d *marsad.Document, keys []string, i int) bool {
	if i < 2 || keys[i-1] != "الي" {
		return false
	}
	titled := false // a word of a title or a definite word seen between
	for j := i - 2; j >= 0 && j >= i-12; j-- {
		k := keys[j]
		if arrived(k) {
			return true // ووصل الوزير الأمريكي إلى بيروت
		}
		if inSet(travelVerbs, k, "وفس") {
			return !titled // توجه الاتهام إلى موسكو: a charge the verb directs
		}
		if inSet(travelNouns, k, "وب") {
			return true
		}
		t := d.Tokens[j]
		switch {
		case k == "،" || visitTimes[k]: // توجه الخميس إلى موسكو
		case t.Kind != marsad.TokenWord:
			return false
		case inEntity(d, t.Span):
		case travelTitles[k] || strings.HasPrefix(k, "ال"):
			titled = true
		default:
			return false
		}
	}
	return false
}

// projectiles are the words of a shell, a missile, a bomb or a raid,
// whose target after على is the city struck (سقوط قذائف على دمشق، أطلقوا
// صاروخا باليستيا على الرياض، غارات على صنعاء), keyed as the tokens are.
var projectiles = keySet(`قذيفة قذيفتين قذائف القذائف صاروخ صاروخا صاروخين صواريخ الصواريخ صاروخي الصاروخي صاروخية
	قنبلة قنابل القنابل غارة غارات الغارات برميل براميل قصف القصف قصفا`)

// shelledAt reports a capital at token i after على with a word of
// projectiles at most three words before it, no punctuation between: the
// city struck, a place.
func shelledAt(d *marsad.Document, keys []string, i int) bool {
	if i < 2 || keys[i-1] != "علي" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if inSet(projectiles, keys[j], "وب") {
			return true
		}
		if d.Tokens[j].Kind != marsad.TokenWord {
			return false
		}
	}
	return false
}

// distances are the words of a distance before من or عن and a place
// (على بعد 50 كيلومترا من دمشق، تبعد ساعتين عن رام الله، ساعتين برا من
// كابول), keyed as the tokens are. بعد alone is also "after" (بعد طلب من
// واشنطن) and is left out.
var distances = keySet("كيلومتر كيلومترا كيلومترات كلم كم ميل ميلا أميال مترا متر تبعد يبعد تبعدان يبعدان ساعتين برا جوا")

// distantFrom reports a capital at token i after من or عن with a word of
// distance at most three words before it: a place measured from.
func distantFrom(d *marsad.Document, keys []string, i int) bool {
	if i < 2 || keys[i-1] != "من" && keys[i-1] != "عن" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if distances[keys[j]] {
			return true
		}
		if d.Tokens[j].Kind != marsad.TokenWord && d.Tokens[j].Kind != marsad.TokenNumber {
			return false
		}
	}
	return false
}
