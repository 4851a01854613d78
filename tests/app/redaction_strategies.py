"""Names and texts that mention them, as officers type them and as an attacker would: shared by
the redaction tests (tests/app/test_redaction_*.py). Also an independent leak check: its own
reference folding, written from the rules in app/names.py's docstring, and its own tokenizer,
so a bug in the code under test cannot hide itself.

A generated name is a list of words, each marked distinctive or not (a particle); Han names
carry their surname and given name apart. A mention is the name, or part of it, re-typed:
another case, NFC or NFD, harakat added or dropped, tatweel, other alef / ya / ta marbuta
forms, an Arabic proclitic glued on, ё written е, fullwidth letters, an invisible format
character inside a word, line breaks and double spaces between words, a possessive, quotes
and brackets around it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from hypothesis import strategies as st

WITHHELD = "[…]"

# ---- reference folding and leak check (independent of app code) ---------------------------
_ARABIC_FORMS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ک": "ك",
}
_TOKEN = re.compile(r"[^\W_]+")
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
# the proclitics the rules name, longest first
PROCLITICS = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل")


def ref_fold(text: str) -> str:
    """NFKD, casefold, no marks, no format characters, no tatweel, Arabic letter forms
    unified, words joined by one space."""
    text = unicodedata.normalize("NFKD", text).casefold()
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("M") or cat == "Cf" or ch == "\u0640":
            continue
        kept.append(_ARABIC_FORMS.get(ch, ch))
    return " ".join(_TOKEN.findall("".join(kept)))


def token_variants(token: str) -> set[str]:
    """A folded word as itself and, when Arabic, with each proclitic stripped (and then the
    article too)."""
    out = {token}
    if ARABIC.search(token):
        for p in PROCLITICS:
            if token.startswith(p) and len(token) > len(p):
                rest = token[len(p) :]
                out.add(rest)
                if rest.startswith("ال") and len(rest) > 2:
                    out.add(rest[2:])
    return out


def words(folded: str) -> list[str]:
    """The word tokens of a folded text; a Han character is a word boundary too (Chinese text
    writes Latin names without spaces around them: 据报道Fatima被捕)."""
    return HAN.sub(lambda m: f" {m.group()} ", folded).split()


def leaks(output: str, tokens: set[str], folder=ref_fold) -> set[str]:
    """Which of these folded name tokens can be read in the output: word tokens as words
    (also behind a proclitic), Han tokens as substrings of the output without its spaces."""
    folded = folder(output)
    seen: set[str] = set()
    for t in words(folded):
        seen |= token_variants(t)
    dense = "".join(folded.split())
    found = set()
    for tok in tokens:
        if HAN.search(tok):
            if "".join(tok.split()) in dense:
                found.add(tok)
        elif tok in seen:
            found.add(tok)
    return found


def mentions_whole(output: str, name: str, folder=ref_fold) -> bool:
    """Whether the whole name can be read in the output (for what internal readers keep)."""
    folded, want = folder(output), folder(name)
    if HAN.search(want):
        return "".join(want.split()) in "".join(folded.split())
    return f" {want} " in f" {folded} "


# ---- name pools --------------------------------------------------------------------------
LATIN_GIVEN = [
    "José",
    "María",
    "Núñez",
    "Zoë",
    "Łukasz",
    "Françoise",
    "Jürgen",
    "Søren",
    "Aurélie",
    "Ángel",
    "Nadège",
    "Ahmad",
    "Fatima",
    "Oumar",
    "Kwame",
    "Dragoș",
]
LATIN_FAMILY = [
    "Haddad",
    "Gómez",
    "Weiß",
    "Cruz",
    "Dupont",
    "Müller",
    "Ibrahimović",
    "Ndiaye",
    "Traoré",
    "Kowalczyk",
    "Ó Súilleabháin",
    "Ngũgĩ",
    "Straße",
]
LATIN_PARTICLES = [
    ["de", "la"],
    ["van", "der"],
    ["del"],
    ["von"],
    ["bin"],
    ["al"],
    ["abu"],
    ["da"],
    ["el"],
    ["ibn"],
]
ARABIC_GIVEN = [
    "محمد",
    "فاطمة",
    "أحمد",
    "عائشة",
    "يوسف",
    "مصطفى",
    "إبراهيم",
    "خديجة",
    "حسين",
    "زينب",
    "أسامة",
    "مؤمن",
    "هدى",
    "آمنة",
]
ARABIC_FAMILY = [
    "الحسن",
    "حداد",
    "الخطيب",
    "النجار",
    "البغدادي",
    "الشامي",
    "قاسم",
    "المصري",
    "ياسين",
    "الزعبي",
]
ARABIC_PARTICLES = [["بن"], ["ابن"], ["أبو"], ["بنت"]]
CYRILLIC_GIVEN = [
    "Пётр",
    "Алёна",
    "Андрей",
    "Наталья",
    "Сергей",
    "Юлия",
    "Фёдор",
    "Евгений",
    "Ксения",
]
CYRILLIC_FAMILY = [
    "Ковалёв",
    "Соловьёва",
    "Кузнецов",
    "Йовович",
    "Григорьев",
    "Шевчук",
    "Андрейченко",
    "Зайцева",
]
CYRILLIC_PATRONYMIC = ["Сергеевич", "Алексеевна", "Петрович", "Юрьевна"]
HAN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"]
HAN_COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官"]
HAN_GIVEN = ["伟", "芳", "娜", "秀英", "小明", "建国", "丽", "强", "志强", "美玲", "子涵"]

# filler: words that are none of the names' distinctive parts (checked by a test)
FILLER = {
    "latin": [
        "witnesses",
        "said",
        "that",
        "was",
        "taken",
        "from",
        "the",
        "market",
        "near",
        "village",
        "on",
        "Tuesday",
        "soldiers",
        "arrived",
        "house",
        "family",
        "report",
        "and",
        "de",
        "la",
        "rue",
        "paix",
        "casa",
        "van",
        "al",
        "army",
        "forces",
    ],
    "arabic": [
        "قال",
        "الشهود",
        "إن",
        "الجنود",
        "اقتادوا",
        "من",
        "منزله",
        "في",
        "السوق",
        "يوم",
        "الثلاثاء",
        "القرية",
        "عبر",
        "الحدود",
    ],
    "cyrillic": [
        "свидетели",
        "сообщили",
        "что",
        "его",
        "задержали",
        "возле",
        "рынка",
        "во",
        "вторник",
        "солдаты",
        "деревни",
    ],
    "han": [
        "昨天",
        "目击者说",
        "在家中",
        "被捕",
        "市场附近",
        "士兵",
        "带走了",
        "据报道",
        "村庄",
        "一名妇女",
    ],
}
ALL_FILLER = [w for words in FILLER.values() for w in words]

NAME_PARTS = (
    LATIN_GIVEN
    + LATIN_FAMILY
    + ARABIC_GIVEN
    + ARABIC_FAMILY
    + CYRILLIC_GIVEN
    + CYRILLIC_FAMILY
    + CYRILLIC_PATRONYMIC
    + HAN_SURNAMES
    + HAN_COMPOUND_SURNAMES
    + HAN_GIVEN
)

HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u064c", "\u064d", "\u0670"]
TATWEEL = "\u0640"
INVISIBLE = [
    "\u200d",
    "\u200c",
    "\u00ad",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u200b",
    "\u2060",
    "\ufeff",
]
# bidi embeddings and isolates: long texts may hold them (app.validation), one-line ones not
BIDI = ["\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]
LONG_SPACES = [" ", "  ", "\n", " \n", "\n\n", "\t", "\u00a0", "\u2003", " \u3000"]
LINE_SPACES = [" ", "  ", "   ", "\u00a0", "\u2003", "\u3000"]
HAN_INNER_SPACES = ["", "", " ", "\u3000"]
HAN_INNER_LONG = ["", "", " ", "\u3000", "\n"]


# ---- names --------------------------------------------------------------------------------
@dataclass
class Word:
    text: str
    distinctive: bool
    script: str  # latin arabic cyrillic han


@dataclass
class Name:
    script: str
    words: list[Word]  # for Han: [surname, given]
    joiners: list[str] = field(default_factory=list)  # between words, len(words) - 1

    @property
    def stored(self) -> str:
        out = self.words[0].text
        for joiner, w in zip(self.joiners, self.words[1:], strict=True):
            out += joiner + w.text
        return out

    def expected(self) -> set[str]:
        """The folded tokens that may never be read where this name is withheld, worked out
        here from the rules (independently of app.names.distinctive)."""
        if self.script == "han":
            surname, given = (ref_fold(w.text).replace(" ", "") for w in self.words)
            out = {surname + given}
            if len(given) >= 2:
                out.add(given)
            if len(surname) >= 2:
                out.add(surname)
            return out
        out = set()
        for w in self.words:
            if not w.distinctive:
                continue
            for tok in ref_fold(w.text).split():
                if len(tok) < 2:
                    continue
                out.add(tok)
                if tok.startswith("ال") and len(tok) > 3:
                    out.add(tok[2:])
        return out


def _w(text: str, script: str, distinctive: bool = True) -> Word:
    return Word(text, distinctive, script)


@st.composite
def latin_names(draw) -> Name:
    given = draw(st.lists(st.sampled_from(LATIN_GIVEN), min_size=1, max_size=2, unique=True))
    words = [_w(g, "latin") for g in given]
    joiners = [draw(st.sampled_from([" ", "-"])) for _ in given[1:]]
    if draw(st.booleans()):
        particles = draw(st.sampled_from(LATIN_PARTICLES))
        for p in particles:
            joiners.append(" ")
            words.append(_w(draw(st.sampled_from([p, p.capitalize()])), "latin", False))
    family = draw(st.lists(st.sampled_from(LATIN_FAMILY), min_size=1, max_size=2, unique=True))
    for i, f in enumerate(family):
        joiners.append(
            "-"
            if i and draw(st.booleans())
            else ("-" if words[-1].text.casefold() == "al" else " ")
        )
        words.append(_w(f, "latin"))
    # "Ó Súilleabháin" is two words of the name: split it so mentions can take either
    flat_words, flat_joiners = [words[0]], []
    for joiner, w in zip(joiners, words[1:], strict=True):
        parts = w.text.split(" ")
        flat_joiners.append(joiner)
        flat_words.append(_w(parts[0], "latin", w.distinctive))
        for part in parts[1:]:
            flat_joiners.append(" ")
            flat_words.append(_w(part, "latin", w.distinctive))
    return Name("latin", flat_words, flat_joiners)


@st.composite
def arabic_names(draw) -> Name:
    words = [_w(draw(st.sampled_from(ARABIC_GIVEN)), "arabic")]
    for _ in range(draw(st.integers(0, 1))):
        if draw(st.booleans()):
            words.append(_w(draw(st.sampled_from(ARABIC_PARTICLES))[0], "arabic", False))
        given = draw(st.sampled_from(ARABIC_GIVEN))
        if given not in (w.text for w in words):
            words.append(_w(given, "arabic"))
    family = draw(st.sampled_from(ARABIC_FAMILY))
    words.append(_w(family, "arabic"))
    name = Name("arabic", words, [" "] * (len(words) - 1))
    if draw(st.booleans()):  # stored with its harakat
        name.words = [_w(_harakat(draw, w.text, 0.6), "arabic", w.distinctive) for w in name.words]
    return name


@st.composite
def cyrillic_names(draw) -> Name:
    words = [_w(draw(st.sampled_from(CYRILLIC_GIVEN)), "cyrillic")]
    if draw(st.booleans()):
        words.append(_w(draw(st.sampled_from(CYRILLIC_PATRONYMIC)), "cyrillic"))
    words.append(_w(draw(st.sampled_from(CYRILLIC_FAMILY)), "cyrillic"))
    if draw(st.booleans()):  # family name first, as lists write it
        words = words[-1:] + words[:-1]
    return Name("cyrillic", words, [" "] * (len(words) - 1))


@st.composite
def han_names(draw) -> Name:
    surname = draw(st.sampled_from(HAN_SURNAMES + HAN_COMPOUND_SURNAMES))
    given = draw(st.sampled_from(HAN_GIVEN))
    joiner = draw(st.sampled_from(["", "", " "]))
    return Name("han", [_w(surname, "han"), _w(given, "han")], [joiner])


def names(scripts: tuple[str, ...] = ("latin", "arabic", "cyrillic", "han")) -> st.SearchStrategy:
    by = {
        "latin": latin_names(),
        "arabic": arabic_names(),
        "cyrillic": cyrillic_names(),
        "han": han_names(),
    }
    return st.one_of(*(by[s] for s in scripts))


# ---- re-typing ----------------------------------------------------------------------------
def _harakat(draw, word: str, p: float) -> str:
    out = []
    for ch in word:
        out.append(ch)
        if ARABIC.match(ch) and draw(st.floats(0, 1)) < p:
            out.append(draw(st.sampled_from(HARAKAT)))
    return "".join(out)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _case(draw, word: str) -> str:
    how = draw(st.sampled_from(["keep", "lower", "upper", "title", "random"]))
    if how == "lower":
        return word.lower()
    if how == "upper":
        return word.upper()
    if how == "title":
        return word.capitalize()
    if how == "random":
        return "".join(c.upper() if draw(st.booleans()) else c.lower() for c in word)
    return word


def _insert(draw, word: str, what: str) -> str:
    if len(word) < 2:
        return word
    i = draw(st.integers(1, len(word) - 1))
    return word[:i] + what + word[i:]


def _arabic_forms(draw, word: str) -> str:
    """Another way of typing the same Arabic word: the spellings people actually mix up."""
    if word[:1] in "أإآا" and draw(st.booleans()):
        word = draw(st.sampled_from("أإآا")) + word[1:]
    if word.endswith(("ة", "ه")) and draw(st.booleans()):
        word = word[:-1] + draw(st.sampled_from("ةه"))
    if word.endswith(("ى", "ي")) and draw(st.booleans()):
        word = word[:-1] + draw(st.sampled_from("ىيی"))
    if "ؤ" in word and draw(st.booleans()):
        word = word.replace("ؤ", "و")
    if "ئ" in word and draw(st.booleans()):
        word = word.replace("ئ", "ي")
    if draw(st.booleans()):
        word = _harakat(draw, word, 0.5)
    elif draw(st.booleans()):  # stored with harakat, typed without
        word = "".join(c for c in word if c not in HARAKAT)
    if draw(st.floats(0, 1)) < 0.3:
        # tatweel only between two letters that join (not after alef, dal, ra, waw ...)
        spots = [
            i
            for i in range(1, len(word))
            if ARABIC.match(word[i - 1])
            and word[i - 1] not in "اأإآدذرزوؤة"
            and ARABIC.match(word[i])
        ]
        if spots:
            i = draw(st.sampled_from(spots))
            word = word[:i] + TATWEEL * draw(st.integers(1, 3)) + word[i:]
    return word


def _proclitic(draw, word: str) -> str:
    if word.startswith("ال"):
        choice = draw(st.sampled_from(["و", "ف", "ب", "ك", "لل", "و", "ب"]))
        return "لل" + word[2:] if choice == "لل" else choice + word
    return (
        draw(st.sampled_from(["و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "فال", "كال", "لل"]))
        + word
    )


@dataclass
class Mention:
    text: str
    distinctive: bool  # whether it carries a token that must be withheld
    han: bool = False


def retype_word(draw, word: Word, *, one_line: bool) -> str:
    text = word.text
    if word.script in ("latin", "cyrillic"):
        if word.script == "cyrillic" and "ё" in text.casefold() and draw(st.booleans()):
            text = text.replace("ё", "е").replace("Ё", "Е")
        text = _case(draw, text)
        if word.script == "latin" and draw(st.floats(0, 1)) < 0.15:
            text = _fullwidth(text)
    elif word.script == "arabic":
        text = _arabic_forms(draw, text)
    if draw(st.floats(0, 1)) < 0.2:
        text = _insert(draw, text, draw(st.sampled_from(INVISIBLE)))
    return text


@st.composite
def mentions(draw, name: Name, *, one_line: bool = False) -> Mention:
    """The name or part of it, re-typed."""
    if name.script == "han":
        return _han_mention(draw, name, one_line)
    n = len(name.words)
    start = draw(st.integers(0, n - 1))
    end = draw(st.integers(start + 1, n))
    chosen = name.words[start:end]
    spaces = LINE_SPACES if one_line else LONG_SPACES
    out = ""
    for i, w in enumerate(chosen):
        typed = retype_word(draw, w, one_line=one_line)
        if w.script == "arabic" and draw(st.floats(0, 1)) < 0.35:
            typed = _proclitic(draw, typed)
        if i:
            original = name.joiners[start + i - 1]
            out += draw(
                st.sampled_from([original, "-", "\u2011", *spaces])
                if original == "-"
                else st.sampled_from(spaces)
            )
        out += typed
    distinctive = any(w.distinctive and len(ref_fold(w.text)) >= 2 for w in chosen)
    before = draw(st.sampled_from(["", "", "(", '"', "«", "“", "'", "[", "*"]))
    after = draw(
        st.sampled_from(
            ["", "", ")", '"', "»", "”", ",", ".", ":", "?", "!"]
            + (["'s", "’s", "'"] if name.script == "latin" else [])
        )
    )
    return Mention(before + out + after, distinctive)


def _han_mention(draw, name: Name, one_line: bool) -> Mention:
    surname, given = name.words[0].text, name.words[1].text
    options = [("full", True), ("surname", len(surname) >= 2)]
    if len(given) >= 2:
        options.append(("given", True))
    part, distinctive = draw(st.sampled_from(options))
    chars = {"full": surname + given, "surname": surname, "given": given}[part]
    inner = HAN_INNER_SPACES if one_line else HAN_INNER_LONG
    text = chars[0]
    for c in chars[1:]:
        text += draw(st.sampled_from(inner)) + c
    if draw(st.floats(0, 1)) < 0.15:
        text = _insert(draw, text, draw(st.sampled_from(INVISIBLE)))
    before = draw(st.sampled_from(["", "", "“", "（", "「"]))
    after = draw(st.sampled_from(["", "", "”", "）", "」", "，", "。"]))
    return Mention(before + text + after, distinctive, han=True)


@dataclass
class Text:
    text: str
    filler: list[str]
    distinctive: bool  # whether some mention in it must be withheld


@st.composite
def texts(
    draw,
    names_: list[Name],
    *,
    one_line: bool = False,
    max_mentions: int = 4,
    min_mentions: int = 0,
    normalise: bool = True,
) -> Text:
    """Filler words with mentions of these names between them: never two mentions side by
    side, so no mention of one name's parts can run into another's."""
    n = draw(st.integers(min_mentions, max_mentions)) if names_ else 0
    spaces = LINE_SPACES if one_line else LONG_SPACES
    filler: list[str] = []

    def fill() -> str:
        words = draw(st.lists(st.sampled_from(ALL_FILLER), min_size=1, max_size=3))
        filler.extend(words)
        return draw(st.sampled_from(spaces)).join(words)

    out = fill()
    distinctive = False
    for _ in range(n):
        name = draw(st.sampled_from(names_))
        mention = draw(mentions(name, one_line=one_line))
        distinctive |= mention.distinctive
        left = (
            draw(st.sampled_from(["", *spaces]))
            if mention.han
            else draw(st.sampled_from([*spaces, ", ", ". ", "; ", " — ", "، "]))
        )
        right = (
            draw(st.sampled_from(["", *spaces]))
            if mention.han
            else draw(st.sampled_from([*spaces, ", ", ". ", "، "]))
        )
        out += left + mention.text + right + fill()
    if normalise:
        out = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD", "NFC", "NFKC"])), out)
    if not one_line and draw(st.floats(0, 1)) < 0.1:
        out = draw(st.sampled_from(BIDI)) + out + "\u202c"
    return Text(out, filler, distinctive)


def filler_tokens(texts_: list[str]) -> Counter:
    """The folded word tokens of filler words (Han words are checked as substrings)."""
    return Counter(t for text in texts_ for t in words(ref_fold(text)) if not HAN.search(t))
