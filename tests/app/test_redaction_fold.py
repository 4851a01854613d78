"""Finding withheld names however they are typed (app.redaction: fold, distinctive, Withheld):
each way a protected person's name reached a partners' export in the issue, and what must be
left alone (particles in ordinary prose, a one-character Chinese surname, ordinary words).

Assertions on scrubbed text use the independent leak check of tests/app/redaction_strategies.py
(its own folding and tokenizer), so they do not lean on the code under test."""

from __future__ import annotations

import unicodedata

import pytest

from app.redaction import ORDINARY, PARTICLES, WITHHELD, Withheld, distinctive, fold
from tests.app.redaction_strategies import leaks, ref_fold

NFD = "NFD"


def scrubbed(name: str | list[str], text: str) -> str:
    names = [name] if isinstance(name, str) else name
    out = Withheld(names).scrub(text)
    found = set().union(*(distinctive(n) for n in names))
    assert not leaks(out, found), (out, leaks(out, found))
    assert not leaks(out, found, folder=fold)
    return out


# ---- fold -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("JOSÉ", "jose\u0301"),
        ("José", "Jose"),
        ("Straße", "STRASSE"),
        ("Núñez", unicodedata.normalize(NFD, "NÚÑEZ")),
        ("مُحَمَّد", "محمد"),
        ("محـــمد", "محمد"),  # tatweel
        ("فاطمة", "فاطمه"),  # ta marbuta
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلحسن", "الحسن"),
        ("مصطفى", "مصطفي"),
        ("مصطفی", "مصطفي"),  # alef maqsura, Persian yeh
        ("مؤمن", "مومن"),
        ("عائشة", "عايشه"),  # hamza on waw and yeh
        ("کریم", "كريم"),  # Persian keheh and yeh
        ("Пётр", "ПЕТР"),
        ("Андрей", "андреи"),  # ё, й
        ("ＨＡＤＤＡＤ", "haddad"),  # fullwidth
        ("Had\u200ddad", "Haddad"),
        ("Fat\u00adima", "Fatima"),
        ("\u200fمحمد\u200e", "محمد"),
        ("مح\u200cمد", "محمد"),
        ("Had\u2060dad", "haddad"),
        ("\ufeffHaddad", "haddad"),
    ],
)
def test_fold_makes_spellings_of_one_name_equal(a, b):
    assert fold(a).split() == fold(b).split()
    assert fold(a).split() == ref_fold(a).split()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("JOSÉ", ["jose"]),
        ("Straße", ["strasse"]),
        ("Fatima  HADDAD's\nhouse", ["fatima", "haddad", "s", "house"]),
        ("al-Hassan (Jean-Pierre)", ["al", "hassan", "jean", "pierre"]),
        ("王小明在家中", ["王小明在家中"]),
    ],
)
def test_fold_joins_words_with_one_space(text, words):
    assert fold(text).split() == words
    assert "  " not in fold(text) and "\n" not in fold(text)


def test_fold_examples_of_the_rules_exactly():
    assert fold("JOSÉ") == fold("jose\u0301") == "jose"
    assert fold("Straße") == "strasse"
    assert fold("مُحَمَّد") == fold("محمد")
    assert fold("فاطمة") == fold("فاطمه")


# ---- distinctive --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Fatima Haddad", {"fatima", "haddad"}),
        ("José de la Cruz", {"jose", "cruz"}),
        ("Jean-Pierre Dupont", {"jean", "pierre", "dupont"}),
        ("Abu Bakr al-Baghdadi", {"bakr", "baghdadi"}),
        ("Ahmad bin Ali", {"ahmad", "ali"}),
        ("Ludwig van der Berg", {"ludwig", "berg"}),
        ("Hans Weiß", {"hans", "weiss"}),
        ("Пётр Ковалёв", {"петр", "ковалев"}),
        ("Андрей Йовович", {"андреи", "иовович"}),
        ("J. Haddad", {"haddad"}),  # an initial is one character
    ],
)
def test_distinctive_tokens_of_names(name, tokens):
    assert distinctive(name) == tokens


def test_distinctive_arabic_names_without_and_with_the_article():
    assert distinctive("محمد الحسن") == {"محمد", "الحسن", "حسن"}
    assert distinctive("مُحَمَّد الحَسَن") == {"محمد", "الحسن", "حسن"}
    assert distinctive("فاطمة بنت أحمد") == {"فاطمه", "احمد"}
    assert distinctive("يوسف ابن قاسم") == {"يوسف", "قاسم"}
    assert distinctive("أبو محمد") == {"محمد"}


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("王小明", {"王小明", "小明"}),
        ("王 小明", {"王小明", "小明"}),
        ("李娜", {"李娜"}),  # neither a one-character surname nor a one-character given name
        ("欧阳娜娜", {"欧阳娜娜", "娜娜", "欧阳"}),
        ("司马伟", {"司马伟", "司马"}),
        ("诸葛建国", {"诸葛建国", "建国", "诸葛"}),
    ],
)
def test_distinctive_han_names(name, tokens):
    assert distinctive(name) == tokens


def test_particles_and_ordinary_words_are_never_distinctive():
    assert {
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "abu",
        "de",
        "del",
        "da",
        "van",
        "von",
        "la",
        "le",
    } <= PARTICLES
    assert {"بن", "ابن", "ابو", "عبد"} <= {fold(p) for p in PARTICLES}
    assert {"forces", "army"} <= ORDINARY
    for word in sorted(PARTICLES | ORDINARY):
        assert fold(word) not in distinctive(f"Zubayr {word} Qasimov"), word
        assert {"zubayr", "qasimov"} <= distinctive(f"Zubayr {word} Qasimov")


# ---- scrub: the examples ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Haddad was taken from the market.",  # the surname alone
        "Witnesses saw Fatima at the checkpoint.",  # the given name alone
        "FATIMA  HADDAD was taken.",  # capitals, two spaces
        "Fatima\nHaddad was taken.",  # a line break between the words
        "fatima\t\thaddad",
        "Fatima\u00a0Haddad",
        "Fatima\u2003Haddad",
        "Haddad's house was burnt.",
        "Haddad’s house",
        "(Haddad)",
        "«Fatima»",
        '"HADDAD"',
        "Mrs. Fátima Háddad",
        "ＦＡＴＩＭＡ ＨＡＤＤＡＤ",
        "Had\u200ddad",
        "Fat\u00adima",
        "F\u200bATIMA",
        "Haddad, Fatima",
        "haddad-fatima",
    ],
)
def test_latin_name_in_any_case_spacing_or_part(text):
    out = scrubbed("Fatima Haddad", text)
    assert WITHHELD in out


def test_nfd_text_and_nfc_name_both_ways():
    name = "José Núñez"
    nfc = unicodedata.normalize("NFC", name)
    nfd = unicodedata.normalize(NFD, name)
    for stored, typed in ((nfc, nfd), (nfd, nfc), (nfc, nfc.upper()), (nfd, "JOSE NUNEZ")):
        out = scrubbed(stored, f"Witnesses named {typed} and {typed.split()[1]}.")
        assert out.count(WITHHELD) >= 2 and out.startswith("Witnesses named")


def test_sharp_s_and_ss():
    for text in ("Mr Weiss", "MR WEISS", "Herr Weiß", "WEIẞ"):
        scrubbed("Hans Weiß", text)
    scrubbed("Hans Weiss", "Herr Weiß")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("محمد الحسن", "شوهد مُحَمَّد عند الحاجز"),  # harakat in the text
        ("مُحَمَّد الحسن", "شوهد محمد عند الحاجز"),  # harakat in the name
        ("محمد الحسن", "شوهد محـــمد عند الحاجز"),  # tatweel
        ("فاطمة حداد", "قالت فاطمه إنها"),  # ta marbuta as heh
        ("فاطمه حداد", "قالت فاطمة إنها"),
        ("أحمد قاسم", "اعتقل احمد"),
        ("احمد قاسم", "اعتقل إحمد"),
        ("أسامة قاسم", "اعتقل اسامه"),
        ("مصطفى قاسم", "اعتقل مصطفي"),
        ("مصطفي قاسم", "اعتقل مصطفى"),
        ("مصطفى قاسم", "مصطفی"),
        ("مؤمن قاسم", "اعتقل مومن"),
        ("عائشة قاسم", "اعتقلت عايشة"),
        ("فاطمة حداد", "اعتقل الجنود وفاطمة"),  # proclitic wa-
        ("علي الحسن", "ذهبوا بالحسن إلى السجن"),  # bi- + article
        ("علي الحسن", "والحسن"),
        ("علي الحسن", "للحسن"),
        ("علي الحسن", "فالحسن"),
        ("علي الحسن", "كالحسن"),
        ("علي الحسن", "الحسن"),
        ("علي الحسن", "حسن"),
        ("علي حسن", "بالحسن"),
        ("علي حسن", "وحسن"),
        ("فاطمة حداد", "لفاطمة"),
        ("فاطمة حداد", "فاط\u200dمة"),
        ("فاطمة حداد", "\u200fفاطمة\u200f"),
    ],
)
def test_arabic_spellings_and_proclitics(name, text):
    out = scrubbed(name, text)
    assert WITHHELD in out


@pytest.mark.parametrize(
    "text",
    [
        "Пётр Ковалёв задержан",
        "ПЕТР КОВАЛЕВ задержан",
        "петр  ковалев",
        "Ковалев, Петр",
        "Ковалёва",
        "Ковалёв\nПётр",
        unicodedata.normalize(NFD, "Пётр Ковалёв"),
    ],
)
def test_cyrillic_with_yo_and_short_i(text):
    out = scrubbed(["Пётр Ковалёв", "Андрей Йовович"], text + " и Андреи ЙОВОВИЧ")
    assert "задержан" in out or "задержан" not in text


@pytest.mark.parametrize(
    "text",
    [
        "昨天王小明在家中被捕。",
        "据报道，王 小明被带走了",
        "王\n小明",
        "王小明",
        "“王小明”",
        "小明被带走了",
        "目击者说小明在家中",
        "小 明",
    ],
)
def test_chinese_full_name_and_two_character_given_name_inside_sentences(text):
    out = scrubbed("王小明", text)
    assert WITHHELD in out
    assert "小明" not in "".join(out.split())


def test_chinese_compound_surname_and_one_character_given_name():
    scrubbed("欧阳娜", "目击者说欧阳被带走了")  # a compound surname is withheld
    out = scrubbed("李娜", "昨天李娜在家中被捕")
    assert WITHHELD in out and "李娜" not in out
    scrubbed("李娜", "昨天李 娜在家中被捕")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("王小明", "王先生在家中"),  # a one-character surname alone
        ("李娜", "李先生和娜娜"),  # the surname and a one-character given name, apart
        ("王小明", "国王说"),
    ],
)
def test_one_character_surname_alone_is_left(name, text):
    assert Withheld([name]).scrub(text) == text
    assert not Withheld([name]).found(text)


def test_compound_names_with_particles():
    name = "José de la Cruz"
    for prose in ("Rue de la Paix", "La casa de la familia", "DE LA", "de la", "El Salvador"):
        assert Withheld([name]).scrub(prose) == prose
    out = scrubbed(name, "The family of JOSÉ DE LA CRUZ lives on the Rue de la Paix.")
    assert out.endswith("lives on the Rue de la Paix.")
    scrubbed(name, "Cruz")
    scrubbed(name, "de la Cruz")
    scrubbed("Abu Bakr al-Baghdadi", "al-Baghdadi's men; Baghdadi; AL BAGHDADI; Bakr")
    assert Withheld(["Abu Bakr al-Baghdadi"]).scrub("Abu Ali al-Hassan") == "Abu Ali al-Hassan"


@pytest.mark.parametrize(
    "text",
    [
        "Jean-Pierre",
        "jean pierre",
        "JEAN",
        "Pierre's",
        "Dupont-Jean",
        "Jean‑Pierre",  # U+2011
        "Jean–Pierre Dupont",
    ],
)
def test_hyphenated_names(text):
    out = scrubbed("Jean-Pierre Dupont", text)
    assert WITHHELD in out


def test_ordinary_words_and_other_words_are_left_alone():
    withheld = Withheld(
        [
            "Fatima Haddad",
            "José de la Cruz",
            "王小明",
            "محمد الحسن",
            "Popular Mobilisation Forces",
            "Army of Khalid Zubair",
        ]
    )
    for text in (
        "The army and the forces of the state arrived.",
        "Hassanein",
        "Cruzado",
        "Haddadin",
        "Fatimah",
        "Josefina",
        "المحمدية",
        "حسنين",
        "小学",
        "明天",
        "forces",
        "ARMY",
        "of the",
        "Khalidiya",
    ):
        assert withheld.scrub(text) == text, text
        assert not withheld.found(text), text


def test_found_and_scrub_agree_and_scrub_keeps_the_rest():
    withheld = Withheld(["Fatima Haddad"])
    text = "On 3 October, FATIMA  HADDAD was taken from the market (Tuesday)."
    out = withheld.scrub(text)
    assert withheld.found(text) and not withheld.found(out)
    assert out.startswith("On 3 October, ") and out.endswith(
        " was taken from the market (Tuesday)."
    )
    assert withheld.scrub(out) == out  # scrubbing twice changes nothing more
    assert Withheld([]).scrub(text) == text and not Withheld([]).found(text)


def test_several_names_in_one_text():
    text = (
        "Fatima Haddad, وفاطمة, 王小明 and Пётр were seen by Haddad's neighbour; "
        "小明 和 ПЕТР КОВАЛЕВ; بالحسن"
    )
    out = scrubbed(["Fatima Haddad", "فاطمة حداد", "王小明", "Пётр Ковалёв", "محمد الحسن"], text)
    assert "were seen by" in out and "neighbour" in out


# ---- scripts written without spaces: Burmese, Thai, Khmer, Lao, Japanese kana ------------------
@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        # the name runs into the words around it, as Burmese is written
        ("အောင်ကိုကို", "ကာကွယ်ပါအောင်ကိုကိုကို", ("ကာကွယ်ပါ", "ကို")),
        ("အောင်ကိုကို", "ကာကွယ်ပါ အောင်ကိုကို ကို", ("ကာကွယ်ပါ",)),
        ("အောင် ကို ကို", "ဖမ်းဆီးခံရသူအောင်ကိုကိုဖြစ်သည်", ("ဖမ်းဆီးခံရသူ", "ဖြစ်သည်")),
        ("အောင်ကိုကို", "ဖမ်းဆီးခံရသူအောင်\u200bကို\u200cကိုဖြစ်သည်", ("ဖမ်းဆီးခံရသူ",)),
        # Thai: given name and surname, spaced in the name, run together in the text
        ("สมชาย ใจดี", "ตำรวจจับสมชายใจดีเมื่อวาน", ("ตำรวจจับ", "เมื่อวาน")),
        ("สมชาย ใจดี", "ตำรวจจับ สมชาย  ใจดี เมื่อวาน", ("ตำรวจจับ", "เมื่อวาน")),
        ("សុខ ចាន់ថា", "ប៉ូលីសបានចាប់សុខចាន់ថាកាលពីម្សិលមិញ", ("ប៉ូលីសបានចាប់",)),
        ("ບຸນມີ ສີວົງ", "ຕຳຫຼວດຈັບບຸນມີສີວົງມື້ວານ", ("ຕຳຫຼວດຈັບ",)),
        ("さくら", "けいさつはさくらをたいほした", ("けいさつは", "をたいほした")),
    ],
)
def test_a_name_in_a_script_without_spaces_is_found_inside_a_run(name, text, kept):
    withheld = Withheld([name])
    assert withheld.found(text)
    out = withheld.scrub(text)
    assert WITHHELD in out and not withheld.found(out), out
    joined = "".join(name.split())
    assert joined not in "".join(out.replace("\u200b", "").replace("\u200c", "").split())
    for words in kept:  # the words around it stay
        assert words in out, (out, words)


def test_a_short_name_in_such_a_script_is_found_as_a_word_only():
    """A single syllable (fewer than three letters besides its vowel signs) is in too many
    words to cut from inside them: found where it stands alone, as in other scripts."""
    withheld = Withheld(["ကိုကို"])  # two letters
    inside = "ကိုကိုကြီးရဲ့အိမ်"  # in a run
    assert withheld.scrub(inside) == inside
    apart = "ဖမ်းဆီးခံရသူ ကိုကို ဖြစ်သည်"
    assert WITHHELD in withheld.scrub(apart)
    thai = Withheld(["สมชาย ใจดี"])
    for text in ("คนใจดีมาก", "สมชายมาแล้ว"):  # one part, in a run: left
        assert thai.scrub(text) == text


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a bidi control, an isolate, the Arabic letter mark, a grapheme joiner, a variation
        # selector, a tag: invisible, so they cannot hide a name inside a run either
        *(
            ("အောင်ကိုကို", f"ကာကွယ်ပါအော{c}င်က{c}ိုကိုကို")
            for c in ("\u202e", "\u2066", "\u2069", "\u061c", "\u034f", "\ufe00", "\U000e0041")
        ),
        # ု and ိ typed in the other order: the same syllable on screen (NFC keeps both orders)
        ("အောင်ကိုကို", "ကာကွယ်ပါအောင်ကုိကိုကို"),
        # halfwidth katakana, with its voicing marks apart, and the other way round
        ("タナカ", "わたしはﾀﾅｶです"),
        ("ガンダ", "けいさつはｶﾞﾝﾀﾞをたいほした"),
        ("ﾀﾅｶ", "わたしはタナカです"),
        # Thai sara am typed as its two parts, and the other way round
        ("คำแก้ว", "ตำรวจจับคําแก้วเมื่อวาน"),
        ("คําแก้ว", "ตำรวจจับคำแก้วเมื่อวาน"),
    ],
)
def test_a_name_without_spaces_is_found_however_it_is_typed(name, text):
    withheld = Withheld([name])
    assert withheld.found(text)
    out = withheld.scrub(text)
    assert WITHHELD in out and not withheld.found(out), out
    assert out != WITHHELD, "the words around the name stay"
    assert out.startswith(text[:4]) and text.endswith(out[-2:]), out  # and as they were typed
