"""Finding names in free text whatever their spelling: the matching behind every withheld name.

A name typed "José Núñez" must be found in "JOSE  NUNEZ", "Núñez's", "jose\\u0301" (NFD), and
an Arabic name with or without its harakat, tatweel, hamza forms or a glued proclitic. Both the
text and the names are compared on a **folded** form:

- Unicode NFKD (so fullwidth letters, ligatures and composed accents come apart), case-folded
  (ß and ss match), every combining mark dropped (José and Jose match; Arabic harakat and
  superscript alef go), every format character dropped (ZWJ, ZWNJ, LRM, RLM, ALM, soft hyphen,
  bidi controls: invisible, so they cannot hide a name), tatweel dropped;
- Arabic letter forms unified: alef with hamza or madda and alef wasla to alef, alef maqsura
  and Persian yeh to yeh, ta marbuta to heh, hamza on waw or yeh to the bare letter, Persian
  keheh to kaf;
- any run of characters that are not letters or digits becomes one space.

A name's **distinctive tokens** are what may never appear where the name is withheld: each
folded word of it except particles (`PARTICLES`: al, bin, de, van, ابن …), words of a single
character, numbers and ordinary words (`ORDINARY`: function words and the generic words of
organisations' names, such as "forces" or "brigade"). An Arabic word that begins with the
article al- (ال) counts without it too. A text's word matches a distinctive token when they are
equal after folding, also after an Arabic proclitic glued to its front (و ف ب ك ل, the article,
and their combinations: والحسن, بالحسن, للحسن). A name made only of ordinary words and
particles ("Rapid Support Forces") is matched as the whole phrase.

Chinese (Han) names are written without spaces: the full name, the given name when it has two
characters or more (the surname is the first character, or the first two for a compound
surname such as 欧阳), and a compound surname are found as substrings, with spaces allowed
between the characters. A one-character surname alone (王, 李) is never withheld: it is too
common a character to cut from text.

Thai, Lao, Tibetan, Burmese, Khmer and Japanese kana are written without spaces between words
too, and their vowel signs are letters (folding, which drops marks, would leave little of a
name): a name's words in these scripts are also found as one run inside a text, as written
(NFC, invisible characters ignored), with spaces or none between them, when they hold at least
`_UNSPACED_MIN` letters besides their marks: "ကာကွယ်ပါအောင်ကိုကိုကို" names အောင်ကိုကို.
A shorter one (a single syllable) is found as a word only, as other scripts' are.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

WITHHELD = "[…]"

PARTICLES = frozenset(
    {
        # Latin-script particles and Arabic name elements in transcription
        "al",
        "el",
        "ul",
        "ar",
        "as",
        "ad",
        "at",
        "an",
        "az",
        "ash",
        "ath",
        "ibn",
        "bin",
        "ben",
        "bint",
        "binti",
        "abu",
        "abou",
        "umm",
        "um",
        "abd",
        "de",
        "da",
        "do",
        "das",
        "dos",
        "del",
        "della",
        "dei",
        "degli",
        "der",
        "den",
        "des",
        "di",
        "du",
        "la",
        "le",
        "les",
        "lo",
        "van",
        "von",
        "ter",
        "ten",
        "te",
        "y",
        "e",
        "i",
        "st",
        "ste",
        "mc",
        "mac",
        "ould",
        "ag",
        # Arabic script, folded
        "ال",
        "بن",
        "ابن",
        "بنت",
        "ابو",
        "ابي",
        "ام",
        "عبد",
        "ولد",
        # Cyrillic transcriptions
        "аль",
        "эль",
        "ибн",
        "бин",
        "бен",
        "абу",
        "ван",
        "фон",
        "де",
        "ла",
        "дель",
    }
)

ORDINARY = frozenset(
    """
the and of for in on at to a an with by from or not no
forces force army police militia militias brigade brigades battalion battalions regiment
division unit units group groups armed national security guard guards front movement party
service services special rapid support defence defense popular liberation revolutionary
people peoples committee council government state ministry company command republican
presidential federal local regional border military intelligence the
school hospital market street road village town city camp district province office centre
center mosque church clinic station
et du des le la les forces armee police groupe garde nationale mouvement front ecole
y el los las fuerzas ejercito policia grupo guardia nacional movimiento frente escuela
и в на силы армия полиция группа гвардия национальная движение фронт школа
قوات الجيش جيش الشرطه شرطه مجموعه جماعه الحرس حرس الوطني وطني الدعم دعم السريع سريع حركه جبهه
مدرسه المدرسه مستشفي المستشفي سوق السوق
""".split()
)

# Arabic proclitics that attach to the front of a word, longest first
_PROCLITICS = (
    "وبال",
    "وكال",
    "فبال",
    "فكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "فك",
    "و",
    "ف",
    "ب",
    "ك",
    "ل",
    "ال",
)
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳",
        "歐陽",
        "司马",
        "司馬",
        "诸葛",
        "諸葛",
        "上官",
        "东方",
        "東方",
        "皇甫",
        "尉迟",
        "尉遲",
        "令狐",
        "公孙",
        "公孫",
        "慕容",
        "长孙",
        "長孫",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "軒轅",
        "端木",
        "独孤",
        "獨孤",
        "南宫",
        "南宮",
        "西门",
        "西門",
        "百里",
        "呼延",
        "万俟",
        "澹台",
        "闻人",
        "聞人",
    }
)

_HAN_RANGES = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_HAN = re.compile(f"[{_HAN_RANGES}]+")
# scripts written without spaces between words, whose vowel signs are letters, not accents
# (folding would drop them): Thai, Lao, Tibetan, Myanmar, Khmer, Japanese kana
_UNSPACED_RANGES = (
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
    "\u3040-\u30ff\u31f0-\u31ff\ua9e0-\ua9ff\uaa60-\uaa7f\uff66-\uff9f"
)
_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")
# invisible characters (Unicode's default ignorables: soft hyphen, zero-width characters, bidi
# marks, embeddings and isolates, the combining grapheme joiner, variation selectors, tags)
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U000e0000-\U000e0fff"
)
_UNSPACED_MIN = 3  # letters (vowel signs and other marks not counted) for a name found inside
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_NON_WORD = re.compile(r"[\W_]+")
_WORDS = re.compile(r"[^\W_]+")


@functools.cache
def _table() -> dict[int, int | str | None]:
    """Characters folding drops (combining marks, format characters, tatweel) or unifies."""
    table: dict[int, int | str | None] = {}
    for cp in (*range(0x30000), *range(0xE0000, 0xE01F0)):
        cat = unicodedata.category(chr(cp))
        if cat in ("Mn", "Mc", "Me", "Cf"):
            table[cp] = None
    table[0x0640] = None  # tatweel
    for src, dst in {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ې": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ı": "i",
    }.items():
        table[ord(src)] = dst
    return table


def fold(text: str) -> str:
    """The form names and texts are compared in (see the module's docstring)."""
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_table())
    return _NON_WORD.sub(" ", folded).strip()


def _raw_fold(text: str) -> str:
    """fold() less the collapsing of punctuation (the matchers look at words only)."""
    return unicodedata.normalize("NFKD", text).casefold().translate(_table())


# ASCII text, the common case, is folded a byte at a time: letters and digits lower-cased,
# everything else a space (ten times faster than the Unicode path; the same words come out)
_ASCII_FOLD = bytes(ord(chr(c).lower()) if chr(c).isalnum() else 32 for c in range(128)) + bytes(
    32 for _c in range(128)
)
_ASCII_FOLD_LINES = _ASCII_FOLD[:10] + b"\n" + _ASCII_FOLD[11:]  # one name a line


def _words(text: str) -> list[str]:
    """The folded words of a text, Han characters left out (they are matched apart)."""
    if text.isascii():
        return text.encode().translate(_ASCII_FOLD).decode().split()
    raw = _raw_fold(text)
    if _HAN.search(raw):
        raw = _HAN.sub(" ", raw)
    return _WORDS.findall(raw)


_NOT_DISTINCTIVE = PARTICLES | ORDINARY


def _ordinary(token: str) -> bool:
    return len(token) < 2 or token in _NOT_DISTINCTIVE or token.isdigit()


def _distinctive_words(words: list[str]) -> set[str]:
    out = set()
    for token in words:
        if _ordinary(token):
            continue
        out.add(token)
        if token.startswith("ال") and _ARABIC.match(token) and not _ordinary(token[2:]):
            out.add(token[2:])
    return out


def distinctive(name: str) -> set[str]:
    """What of a name must never appear where the name is withheld: its distinctive folded
    words, and for a Han name its full form, given name and compound surname."""
    out = _distinctive_words(_words(name))
    if not name.isascii():
        out |= _han_parts(_raw_fold(name))
    return out


def _han_parts(folded: str) -> set[str]:
    runs = _HAN.findall(folded)
    full = "".join(runs)
    if not full:
        return set()
    out = {full} if len(full) >= 2 else set()
    if len(runs) > 1:  # written apart: the first part is the surname
        given = "".join(runs[1:])
        surname = runs[0]
    elif full[:2] in COMPOUND_SURNAMES:
        surname, given = full[:2], full[2:]
    else:
        surname, given = full[:1], full[1:]
    if len(given) >= 2:
        out.add(given)
    if len(surname) >= 2:
        out.add(surname)
    return out


@functools.cache
def _unspaced_table() -> dict[int, str]:
    """Characters of those scripts with another usual form, to it, decomposed: halfwidth
    katakana to fullwidth, voiced kana to kana and voicing mark, Thai and Lao sara am to its
    two parts; a name typed one way is found in a text typed the other. A character maps
    alone, so a match in the mapped text maps back to the characters of the text."""
    table = {}
    for low, high in re.findall("(.)-(.)", _UNSPACED_RANGES + "\uff61-\uff9f"):
        for cp in range(ord(low), ord(high) + 1):
            usual = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", chr(cp)))
            if usual != chr(cp) and usual.strip():
                table[cp] = usual
    return table


def _unspaced_form(text: str) -> str:
    """An NFC text as the unspaced pattern reads it (see `_unspaced_table`)."""
    return text.translate(_unspaced_table()) if _UNSPACED.search(text) else text


def _unspaced_sub(pattern: re.Pattern[str], text: str) -> str:
    """The NFC text with the pattern's matches in its unspaced form cut, the rest as it was."""
    form = _unspaced_form(text)
    if form == text:
        return pattern.sub(WITHHELD, text)
    table = _unspaced_table()
    ends = list(itertools.accumulate(len(table.get(ord(c), c)) for c in text))
    out, pos = [], 0
    for match in pattern.finditer(form):
        start = bisect.bisect_right(ends, match.start())
        end = bisect.bisect_left(ends, match.end()) + 1
        if start < pos:
            continue
        out += [text[pos:start], WITHHELD]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _unspaced_word(word: str, inside: str) -> str:
    """A word as a pattern: each run of marks after a letter matched in any order (vowel signs
    of equal rank, as ု and ိ, are typed either way and look the same), invisible characters
    allowed between any two characters."""
    units: list[str] = []
    marks: list[str] = []
    for char in [*word, ""]:
        if char and unicodedata.category(char)[0] == "M":
            marks.append(char)
            continue
        if marks:
            units += [f"[{''.join(map(re.escape, sorted(set(marks))))}]"] * len(marks)
            marks = []
        if char:
            units.append(re.escape(char))
    return inside.join(units)


def _unspaced_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """The names' runs in scripts written without spaces (see the module's docstring), as one
    pattern over `_unspaced_form` text: each name's words in such a script in order, with up
    to four spaces, dots, hyphens or invisible characters between them (or none), and
    invisible characters allowed between any two of their characters."""
    gap = f"[\\s.\u00b7\\-\u0f0b\u0f0c{_INVISIBLE}]{{0,4}}"
    inside = f"[{_INVISIBLE}]*"
    runs = set()
    for name in names:
        if name.isascii() or not _UNSPACED.search(name):
            continue
        text = unicodedata.normalize("NFC", name)
        text = re.sub(f"[{_INVISIBLE}]", "", _unspaced_form(text))
        words = [w for w in re.split(r"[\s.\u00b7\-\u0f0b\u0f0c]+", text) if _UNSPACED.search(w)]
        letters = sum(1 for w in words for c in w if unicodedata.category(c)[0] != "M")
        if words and letters >= _UNSPACED_MIN:
            runs.add(gap.join(_unspaced_word(w, inside) for w in words))
    if not runs:
        return None
    return re.compile("|".join(sorted(runs, key=len, reverse=True)))


def _with_proclitics(token: str) -> set[str]:
    """An Arabic word as it may appear with a proclitic glued to its front."""
    out = {p + token for p in _PROCLITICS}
    if token.startswith("ال"):
        out |= {p + token[1:] for p in ("ل", "ول", "فل")}  # لل: the article's alef drops
    return out


class Names:
    """A set of names to find in texts and cut from them.

    The common case, a text that names nobody, costs one fold of the text and a set
    intersection (all in C); only a text that names someone is walked word by word."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n.strip() for n in names if n and n.strip())
        self.tokens: set[str] = set()  # distinctive words, folded
        han: set[str] = set()
        # names with a word not withheld on its own (a particle, an initial, an ordinary
        # word): cut whole where the whole name stands, "[…]" and not "A […]"
        phrases: set[tuple[str, ...]] = set()
        # ASCII names, most of them, folded together in one pass
        plain = [n for n in self.names if n.isascii()]
        blob = "\n".join(plain).encode().translate(_ASCII_FOLD_LINES).decode()
        self.tokens = {t for t in set(blob.split()) if not _ordinary(t)}
        for line in blob.split("\n"):
            words = line.split()
            if words and not self.tokens.issuperset(words):
                phrases.add(tuple(words))
        for name in self.names:
            if name.isascii():
                continue
            words = _words(name)
            found = _distinctive_words(words)
            self.tokens |= found
            han |= _han_parts(_raw_fold(name))
            if words and not found.issuperset(words):
                phrases.add(tuple(words))
        self._unspaced = _unspaced_pattern(self.names)
        self.match = set(self.tokens)
        for token in self.tokens:
            if _ARABIC.match(token):
                self.match |= _with_proclitics(token)
        self._match_ascii = {t.encode() for t in self.match if t.isascii()}
        self._phrase_set = phrases
        self._phrases_by_start: dict[tuple[str, ...], list[tuple[str, ...]]] | None = None
        ordinary = [p for p in phrases if self.match.isdisjoint(p)]  # found only whole
        gap = r"[\W_]{0,4}"  # spaces, a middle dot, joiners: nothing that is a letter
        self._han = (
            re.compile(
                "|".join(gap.join(map(re.escape, h)) for h in sorted(han, key=len, reverse=True))
            )
            if han
            else None
        )
        self._ordinary_re = (
            re.compile("|".join(r"(?<!\S)" + re.escape(" ".join(p)) + r"(?!\S)" for p in ordinary))
            if ordinary
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.names)

    def found(self, text: str | None) -> bool:
        """Whether the text names any of the names, in any spelling."""
        if not text or not self.names:
            return False
        if text.isascii():
            words = text.encode().translate(_ASCII_FOLD).split()
            if not self._match_ascii.isdisjoint(words):
                return True
            return bool(self._ordinary_re and self._ordinary_re.search(b" ".join(words).decode()))
        if self._unspaced and self._unspaced.search(
            _unspaced_form(unicodedata.normalize("NFC", text))
        ):
            return True
        raw = _raw_fold(text)
        if self._han and self._han.search(raw):
            return True
        if _HAN.search(raw):
            raw = _HAN.sub(" ", raw)
        folded: list[str] = _WORDS.findall(raw)
        if not self.match.isdisjoint(folded):
            return True
        return bool(self._ordinary_re and self._ordinary_re.search(" ".join(folded)))

    def scrub(self, text: str | None) -> str:
        """The text with every mention of the names replaced by WITHHELD."""
        if not text or not self.names:
            return text or ""
        if not self.found(text):
            return text
        out = unicodedata.normalize("NFC", text)
        if self._unspaced:
            out = _unspaced_sub(self._unspaced, out)
        if self._han:
            out = self._han.sub(WITHHELD, out)
        out = self._cut_words(out)
        # the safety net: a mention the walk could not place (a Kangxi radical standing for
        # an ideograph, say) takes the whole text with it
        return WITHHELD if self.found(out) else out

    @property
    def _phrases(self) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        """Phrases by their first two words (one word for a one-word phrase), longest first:
        made when a text first names someone, as most outputs never need them."""
        if self._phrases_by_start is None:
            by_start: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
            for phrase in sorted(self._phrase_set, key=len, reverse=True):
                by_start.setdefault(phrase[:2], []).append(phrase)
            self._phrases_by_start = by_start
        return self._phrases_by_start

    def _cut_words(self, text: str) -> str:
        segments = [(m.start(), m.end(), _words(m.group())) for m in _SEGMENT.finditer(text)]
        hit = [not self.match.isdisjoint(tokens) for _s, _e, tokens in segments]
        # whole names (and names of ordinary words only) as one phrase
        flat = [(i, t) for i, (_s, _e, tokens) in enumerate(segments) for t in tokens]
        words = [t for _i, t in flat]
        for k in range(len(words)):
            candidates = self._phrases.get(tuple(words[k : k + 2]), ()) or self._phrases.get(
                (words[k],), ()
            )
            for phrase in candidates:
                if tuple(words[k : k + len(phrase)]) == phrase:
                    for i, _t in flat[k : k + len(phrase)]:
                        hit[i] = True
                    break
        # particles between two cut words go with them: "[…]", not "[…] de la […]"
        for i in range(1, len(segments) - 1):
            if not hit[i] and hit[i - 1] and all(t in PARTICLES for t in segments[i][2]):
                j = i
                while (
                    j < len(segments) and not hit[j] and all(t in PARTICLES for t in segments[j][2])
                ):
                    j += 1
                if j < len(segments) and hit[j] and _only_spaces(text, segments, i - 1, j):
                    for x in range(i, j):
                        hit[x] = True
        out, pos, i = [], 0, 0
        while i < len(segments):
            if not hit[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(segments) and hit[j + 1] and _only_spaces(text, segments, j, j + 1):
                j += 1
            out.append(text[pos : segments[i][0]])
            out.append(WITHHELD)
            pos = segments[j][1]
            i = j + 1
        out.append(text[pos:])
        return "".join(out)


def _only_spaces(text: str, segments: list[tuple[int, int, list[str]]], i: int, j: int) -> bool:
    """Whether segments i..j stand together, with only spaces, hyphens or joiners between."""
    return all(
        not text[segments[k][1] : segments[k + 1][0]].strip(" \t\u00a0-\u2010\u2011")
        for k in range(i, j)
    )


def _segment_class() -> str:
    marks: list[tuple[int, int]] = []
    start: int | None = None
    prev: int | None = None
    for cp in range(0x30000):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me", "Cf"):
            if prev is not None and cp == prev + 1:
                prev = cp
                continue
            if start is not None and prev is not None:
                marks.append((start, prev))
            start = prev = cp
    if start is not None and prev is not None:  # set together: both or neither
        marks.append((start, prev))
    ranges = "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in marks)
    return f"(?:(?![{_HAN_RANGES}])[\\w{ranges}])+"


class _LazySegment:
    """A word of the original text with its marks and invisible characters (compiled on first
    use: building the class walks the code points)."""

    pattern: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.pattern is None:
            self.pattern = re.compile(_segment_class())
        return self.pattern.finditer(text)


_SEGMENT = _LazySegment()
