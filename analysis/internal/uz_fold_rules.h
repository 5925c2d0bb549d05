#pragma once

// The uz-fold transliteration rules: Uzbek in either script, with any
// apostrophe form and the reform spellings, to one lower-case Latin search
// key in the 1995 orthography. Written for Qonun from the 1995 spelling rules
// and their appendix; analysis/README.md explains every rule and the tests in
// tests/analysis/ hold the vectors they must satisfy.

namespace qonun::analysis::internal {

inline constexpr const char* kUzFoldRules = R"RULES(
# Pass 1: every apostrophe-like character becomes U+02BC before NFKC can
# decompose the acute accent; invisible characters go; then NFKC and lower case.
$apos = [\u0027 \u0060 \u00B4 \u02B9 \u02BB \u02BC \u02BD \u02BE \u02BF \u2018 \u2019 \u201B \u2032 \uFF07] ;
$apos > \u02BC ;
[:Default_Ignorable_Code_Point:] > ;
:: NFKC ;
:: Any-Lower ;
:: Null ;

# Pass 2: reform and variant Latin letters, then the modifier letter after o/g
# (any apostrophe there is the oʻ/gʻ sign), then the tutuq, which is dropped.
[şș] > sh ;
ç > ch ;
[ğḡǧ] > g\u02BB ;
[ŏōõö] > o\u02BB ;
ñ > ng ;
o \u02BC > o\u02BB ;
g \u02BC > g\u02BB ;
\u02BC > ;
:: Null ;

# Pass 3: Cyrillic to Latin by the 1995 rules.
$cyrvowel = [аеёиоуэюяў] ;
$latvowel = [aeiou\u02BB] ;
ў > o\u02BB ;
ғ > g\u02BB ;
қ > q ;
ҳ > h ;
ш > sh ;
щ > sh ;
ч > ch ;
ж > j ;
х > x ;
# е is ye at the start of a word, after a vowel and after ъ/ь; e elsewhere.
[ъь] е > ye ;
[:^L:] { е > ye ;
$latvowel { е > ye ;
$cyrvowel { е > ye ;
е > e ;
# ё ю я are y + vowel; after ъ/ь the sign itself disappears.
[ъь] ё > yo ;
[ъь] ю > yu ;
[ъь] я > ya ;
ё > yo ;
ю > yu ;
я > ya ;
ь о > yo ;
ь и > yi ;
[ъь] > ;
# ц is ts between vowels inside a word, s elsewhere.
$latvowel { ц } $cyrvowel > ts ;
ц > s ;
а > a ; б > b ; в > v ; г > g ; д > d ; з > z ; и > i ; й > y ; к > k ; л > l ;
м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; э > e ;
ы > i ;
:: Null ;

# Pass 4: loosening, for spellings that vary in practice whichever script a
# text came from.
$cons = [bcdfghjklmnpqrstvxz] ;
$vow = [aeiou] ;
sentyabr > sentabr ;
oktyabr > oktabr ;
[:^L:] { ts > s ;
ts } $cons > s ;
ts } [:^L:] > s ;
# ts after a consonant is s, as Cyrillic ц there (frantsuz = француз,
# shveytsariya = швейцария), except a verb root's t before the conditional
# -sa or the imperative -sin (aytsa, qaytsin).
$consy = [bcdfghjklmnpqrstvxyz] ;
$consy { ts } a [:^L:] > ts ;
$consy { ts } am [:^L:] > ts ;
$consy { ts } ang [:^L:] > ts ;
$consy { ts } angiz [:^L:] > ts ;
$consy { ts } ak [:^L:] > ts ;
$consy { ts } alar [:^L:] > ts ;
$consy { ts } ada [:^L:] > ts ;
$consy { ts } in [:^L:] > ts ;
$consy { ts } inlar [:^L:] > ts ;
$consy { ts > s ;
$vow { ye > e ;
# ye after a consonant is e: the sign before it (ъ, ь, ʼ) is dropped or kept
# in practice (объект = ob'ekt, пьеса = pesa). At a word start ye stays
# (yer ≠ er, yetti ≠ etti).
$cons { ye > e ;
$cons { yu > u ;
$cons { yo > o ;
l { yap > yap ;
l { y } [ao] > ;
)RULES";

}  // namespace qonun::analysis::internal
