#include "analysis/internal/uz_lexicon.h"

// The roots the Uzbek stemmer prefers when a word can be read more than one
// way (asosi = asos + i, not aso + si; kuni = kun + i, not ku + ni). Keys are
// uz-fold keys (1995 Latin, oʻ/gʻ with U+02BB, tutuq dropped).
//
// Written for Qonun: the project's own list of common roots, and short roots
// and roots whose ending looks like a suffix, plus the nominal roots of the
// bundled corpus and thesaurus (corpus/) that occur both bare and inflected
// there (a plural, or two case forms). No outside word list is copied.

namespace qonun::analysis::internal {

const char* const kUzNominalRoots =
    "adolat advokat agentlik aholi aka alohida aloqa amaki amal aql arbitraj asos asosiy "
    "asr avlod avtobus avtomobil axborot ayb aybdor ayblov ayol azo azolik bagʻir baland "
    "band bank barg bayroq bel bino birlashma bitim bob bobo bogʻ bola bosh boshliq "
    "boshqarma boshqaruv bozor boʻlim boʻyin budjet bugungi bugʻdoy burch burun buvi "
    "byudjet chegara chelak chempionat chora choy choʻl daftar dala dalil daraxt darkor "
    "daromad dars daryo dastur dasturxon davlat davr dengiz depozitariy deputat dil "
    "direktor dollar dunyo edi ega ehtiyoj ekan ekspluatatsiya el emas er erkak erkinlik "
    "fan faoliyat farmon farzand fikr firma foiz fuqaro gap gaz gazeta goʻsht gul guruh "
    "guvoh gʻalaba hafta hamkorlik haq haqiqat harakat havo hayot himoya hissa hokim "
    "hokimlik holat hovli hozirgi hudud hujjat hukm hukumat huquq huquqbuzarlik ich ichki "
    "idora ijtimoiy imkon imkoniyat inflyatsiya inson institut internet iqtisod "
    "iqtisodiyot ish ishchi ishtirokchi ism issiq iz jabrlanuvchi jamiyat jamoa jarayon "
    "jarima jasad javob javobgarlik jazo jinoyat jinoyatchilik jins jinsi jon joy jurnal "
    "kafolat kassa katta kelishuv kema keng kengash kerak keyingi kichik kishi kitob kiyim "
    "kodeks komissiya kompaniya konferensiya konvensiya korrupsiya korxona kotibiyat "
    "koʻcha koʻk koʻl koʻngil koʻprik koʻz kredit kuch kumush kun kurs loyiha lozim "
    "mablagʻ madaniyat mahalla majburiyat majlis maktab maktub malumot mamlakat manba "
    "maqsad markaz masala mashina matn mavjud maxsus mayda maydon mehnat meva millat "
    "mintaqa modda muallim muammo muassasa muddat muhim mulk mumkin munosabat musobaqa "
    "mustaqillik mutaxassis nafas narx natija nazorat neft nizo nizom nom non nusxa nutq "
    "odam ogʻiz oila olam oldingi olov oltin ona opa oq ora organ orqa oson ost ot ota "
    "ovoz ovqat oy oyoq ozodlik oʻgʻil oʻquvchi oʻrin oʻrta oʻyin oʻz oʻzbekiston palata "
    "parlament partiya past paxta poyezd prezident prokuror protokol pul qadr qafas qamoq "
    "qaror qarshi qarz qasd qishloq qism qisqa qiyin qiz qizil qoida qon qonun qonunchilik "
    "qora qorin qoshiq qoʻl qoʻmita qoʻshimcha qoʻshni quloq qurbon quyi quyidagi rahbar "
    "rais raislik reja rejim respublika rubl sabab sabr sabzavot salomatlik samolyot sana "
    "sanksiya sariq savdo savol saylov sayt sekin senat shahar shahid shart shartnoma "
    "shaxs shugʻullanuvchi singil siyosat soat sogʻliq soliq son sovuq soʻm soʻnggi soʻrov "
    "soʻz sport standart sud sudya sut suv tadbir tadqiqot tajriba taklif talab talaba "
    "talim tan tanga tanlov taom taqdim taqib tartib tash tashkilot tashqi tavsiya telefon "
    "temir terak tergov tergovchi tez til tinchlik tizim togʻ togʻa tomon tor tosh tovus "
    "toʻliq toʻlov tuman tuproq tushuncha uka ulush umr umumiy un universitet ust ustoz "
    "usul uy uzoq uzun vada vakil vakolat valyuta vaqt vatan vazifa vazir vazirlik vaziyat "
    "vijdon viloyat vosita xabar xalq xarajat xat xavfsizlik xavotir xizmat xodim xola "
    "xona xonim xotin xususiyat yangi yangilik yaqin yashil yaxshi yer yevro yil yomon yon "
    "yordam yosh yoʻl yuqori yurak yurisdiksiya yuz zamon zarar zehn zulm ";

const char* const kUzVerbRoots =
    "ajral ajrat angla aniqla ayir ayla aylan aylantir ayt bahola bajar belgila ber bich "
    "bil birlash birlashtir bogʻla bogʻlan bor bos bosh boshla boshqar boʻl buyur chal "
    "chaqir charchat chiq chiqar chiz chop choʻz de ek erish es eshit esla eslat et "
    "foydalan gapir himoyla hisobla ich imzola ishla ishlat ishon izla jazola joyla "
    "joylash kamay kamaytir kamsit kech kechir kel kengay kengaytir kes ket kir kirit kiy "
    "kiyin koʻch koʻchir koʻpay koʻpaytir koʻr koʻrsat koʻtar kuchay kuchaytir kul "
    "kulimsira kurash kut kuy kuydir kuzat legallashtir moliyalashtir mustahkamla "
    "muvofiqlashtir och ogʻri ol oq oqar oqiz oshir ozod oʻch oʻl oʻldir oʻqi oʻqit oʻrgan "
    "oʻrgat oʻrna oʻrnash oʻrnat oʻs oʻstir oʻt oʻtir oʻtkaz oʻtqaz oʻxsha oʻyla oʻyna "
    "oʻzgar oʻzgartir pish pishir qara qarat qatnash qayna qaynat qayt qaytar qaz qichqir "
    "qil qisqar qisqartir qol qoldir qoʻlla qoʻrq qoʻrqit qoʻsh qoʻy qoʻzgʻa qoʻzgʻat "
    "quchoqla qur qutqar qutul rivojla rivojlan sana saqla sayla sayra sev sez shosh "
    "shugʻullan sin sina sinda sindir siq sol sot soʻra sur suy suz takomillashtir taminla "
    "tani tanla tasdiqla tashla tayinla tayyorla tebran tebrat teg tekis tekisla tekshir "
    "tepa ter tik tinch tinchla top tort tozala toʻl toʻla toʻpla toʻxta toʻxtat tugat "
    "tugʻ tugʻil tur tush tushir tushun tushuntir tut tuz tuzat uch uchir uchra ulash "
    "uqtir ur urin uxla uyal uygʻon uzat uzay uzaytir uzoqlash yaqinlash yarasha yarat "
    "yasa yasha yashir ye yech yet yetish yetkaz yigʻ yigʻla yiqil yiqit yogʻ yon yop yoq "
    "yoqla yorit yot yoy yoz yoʻqol yoʻqot yubor yugur yur yut yuv ";

}  // namespace qonun::analysis::internal
