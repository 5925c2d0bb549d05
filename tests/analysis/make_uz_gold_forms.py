#!/usr/bin/env python3
"""Writes uz_gold_forms.tsv: inflected Uzbek forms with their lemma, for the
conflation test in analyzer_test.cc. The lemmas are the project's choice;
the forms follow Uzbek morphophonology (1995 Latin, oʻ/gʻ with U+02BB):
suffix order, harmony of -ga/-ka/-qa and -gan/-kan/-qan after k/q, k→g and
q→gʻ before a vowel in words of two syllables or more, the vowel drop of
shahar/shahri, -si after a vowel and -i after a consonant, -a-/-y- in the
present tense, -il/-in/-n for the passive.

    python3 tests/analysis/make_uz_gold_forms.py > tests/analysis/uz_gold_forms.tsv
"""

M = "\u02bb"
VOWELS = "aeiou"

NOUNS = (
    "qonun jinoyat hujjat sud kun yoʻl ish koʻz asos rais tizim hokim bola modda savdo "
    "tanga jazo komissiya yurak qishloq tuproq shahar burun oʻgʻil oʻrin daftar dollar "
    "mahalla tashkilot fuqaro vazifa muddat shartnoma jarima guvoh prokuror xodim talim "
    "rejim avtobus kitob maktab ota uy oila daraja masala hudud qaror farmon kodeks soliq "
    "qarz bayroq terak vatan inson muassasa loyiha ariza dalil organ viloyat tuman sabab "
    "natija jamiyat mulk "
    # not in the stemmer's lexicon: the rules alone must cope
    "ombor devor garov meros vasiyat ijara pensiya mahsulot tovon bojxona tadbirkor "
    "guvohnoma sugʻurta kafil dehqon zamin devon qoʻrgʻon xavf tahlil"
).split()
ADJECTIVES = "yangi katta kichik muhim yaxshi qizil keng toza ochiq qattiq".split()
VERBS = (
    "ber kel ol qil yoz oʻqi ishla boshla koʻr bor ayt sot tuz yarat bajar tekshir aniqla "
    "belgila jazola chiqar oshir kuzat tashla yubor soʻra tayyorla saqla kut chiq tik "
    # not in the stemmer's lexicon
    "tingla soʻzla ogohlantir kafolatla tarqat undir oʻgʻirla sugʻurtala ishontir tarbiyala "
    "tikla qoʻriqla sovut yondir"
).split()
VOWEL_DROP = {"shahar": "shahr", "burun": "burn", "oʻgʻil": "oʻgʻl", "oʻrin": "oʻrn"}


def ends_vowel(w):
    return w[-1] in VOWELS or w.endswith("o" + M)


def syllables(w):
    return sum(1 for c in w.replace("o" + M, "o") if c in VOWELS)


def before_vowel(w):
    """The noun's form before a vowel-initial suffix."""
    if w in VOWEL_DROP:
        return VOWEL_DROP[w]
    if syllables(w) >= 2 and w.endswith("k"):
        return w[:-1] + "g"
    if syllables(w) >= 2 and w.endswith("q"):
        return w[:-1] + "g" + M
    return w


def dative(w):
    if w.endswith("k"):
        return w + "ka"
    if w.endswith("q"):
        return w + "qa"
    return w + "ga"


def harmonic(w, rest):
    """-ga, -gacha, -gina: g becomes k after k and q after q."""
    if w.endswith("k"):
        return w + "k" + rest
    if w.endswith("q"):
        return w + "q" + rest
    return w + "g" + rest


def cases(w):
    return [w + "ning", w + "ni", dative(w), w + "da", w + "dan", w + "dagi",
            harmonic(w, "acha")]


def noun_forms(n):
    v = ends_vowel(n)
    pv = before_vowel(n)
    p3 = n + "si" if v else pv + "i"
    p1 = n + "m" if v else pv + "im"
    p2 = n + "ng" if v else pv + "ing"
    p1p = n + "miz" if v else pv + "imiz"
    p2p = n + "ngiz" if v else pv + "ingiz"
    out = [n, n + "lar", n + "dir", n + "mi", harmonic(n, "ina")]
    out += cases(n)
    out += [p3, p1, p2, p1p, p2p]
    out += [p3 + "ning", p3 + "ni", p3 + "ga", p3 + "da", p3 + "dan", p3 + "dagi"]
    out += [p1p + "ning", p1p + "ni", p1p + "ga", p1p + "dan", p1 + "ni", p1 + "ga"]
    pl = n + "lar"
    out += [pl + "ning", pl + "ni", pl + "ga", pl + "da", pl + "dan", pl + "i"]
    out += [pl + "i" + "ning", pl + "i" + "ni", pl + "i" + "ga", pl + "i" + "da", pl + "imiz"]
    out += [pl + "imizning", pl + "dir", pl + "imizga"]
    return out


def adjective_forms(a):
    v = ends_vowel(a)
    pv = before_vowel(a)
    p3 = a + "si" if v else pv + "i"
    return [a, a + "roq", a + "lar", a + "ni", dative(a), a + "da", a + "dan", a + "dir",
            p3, p3 + "ni", a + "larga", a + "larning", a + "mi"]


def gan(r):
    if r.endswith("k"):
        return r + "kan"
    if r.endswith("q"):
        return r + "qan"
    return r + "gan"


def g(r, rest):
    """-gach, -guncha after k/q."""
    if r.endswith("k"):
        return r + "k" + rest
    if r.endswith("q"):
        return r + "q" + rest
    return r + "g" + rest


def passive(r):
    if ends_vowel(r):
        return r + "n"
    if r.endswith("l"):
        return r + "in"
    return r + "il"


def verb_forms(r):
    v = ends_vowel(r)
    a = r + ("y" if v else "a")
    out = []
    out += [a + "man", a + "san", a + "di", a + "miz", a + "siz", a + "dilar"]
    out += [r + "di", r + "dim", r + "ding", r + "dik", r + "dingiz", r + "dilar"]
    out += [r + "madi", r + "madim", r + "mayman", r + "maydi", r + "maymiz", r + "mas"]
    out += [gan(r), gan(r) + "man", gan(r) + "miz", gan(r) + "lar", gan(r) + "i",
            gan(r) + "ni", gan(r) + "da", gan(r) + "dan", gan(r) + "larning", gan(r) + "di",
            r + "magan", r + "magandi"]
    out += [r + "moqda", r + "moqdaman", r + "moqdamiz", r + "moqdalar", r + "yapti",
            r + "yapman", r + ("yotgan" if v else "ayotgan"), r + "moqchiman", r + "moq"]
    out += [a + "digan", r + "maydigan"]
    out += [r + ("b" if v else "ib"), g(r, "ach"), g(r, "uncha"), r + "masdan", r + "may"]
    out += [r + "sa", r + "sam", r + "sang", r + "sak", r + "salar", r + "sin", r + "sinlar",
            r + "mang"]
    vn = r + ("sh" if v else "ish")
    out += [vn, vn + "i", vn + "ni", vn + "ga", vn + "da", vn + "ning", vn + "imiz"]
    p = passive(r)
    pa = p + "a"
    out += [p + "di", pa + "di", gan(p), p + "moqda", p + "ishi", p + "madi", pa + "digan",
            gan(p) + "lar", p + "sa", p + "ib"]
    out += [r + "dimi", a + "dimi"]
    return out


def main():
    print("# Inflected Uzbek forms with their lemma, for the conflation test "
          "(analyzer_test.cc).")
    print("# Written by tests/analysis/make_uz_gold_forms.py; see its header. "
          "Passive forms count as forms of the root verb.")
    print("# pos\tlemma\tform")
    for pos, lemmas, forms in (("noun", NOUNS, noun_forms), ("adj", ADJECTIVES, adjective_forms),
                               ("verb", VERBS, verb_forms)):
        for lemma in lemmas:
            seen = set()
            for f in forms(lemma):
                if f not in seen:
                    seen.add(f)
                    print(f"{pos}\t{lemma}\t{f}")


main()
