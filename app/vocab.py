"""Controlled vocabularies: codes stored in records, labels shown in the six UN languages.

JSON kinds come from resources/vocabularies/<kind>.json; "country" (ISO 3166-1 alpha-3) and
"admin1" (first-level ISO 3166-2 subdivisions of one country) come from pycountry, loaded
only when asked because building their translations takes time.

A file's "version" counts changes to its codes, what records may hold (a device with an older
file may refuse a code HQ accepted). Labels and term descriptions are what people read: they
may be corrected without a new version. A term's optional "description" says what it means
(the standard of proof of a verification level, what a risk factor covers); where given, it is
non-empty text in all six languages.
"""

from __future__ import annotations

import functools
import gettext
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata, resources
from types import MappingProxyType
from typing import Any

import pycountry

from app.errors import BadInput, UpfrontError

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
GENERATED = ("admin1", "country")
_CODE = re.compile(r"[a-z][a-z0-9_]*")
_GETTEXT_LANG = {"zh": "zh_CN"}  # pycountry ships zh_CN / zh_TW catalogues, not plain zh


class VocabularyError(UpfrontError):
    """A vocabulary file shipped with the app is broken (a packaging bug, not user input)."""


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary. Labels and attrs are read-only; hashing uses code and rank."""

    code: str
    labels: Mapping[str, str] = field(hash=False)
    rank: int | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict, hash=False)
    descriptions: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))
        object.__setattr__(self, "attrs", MappingProxyType(dict(self.attrs)))
        object.__setattr__(self, "descriptions", MappingProxyType(dict(self.descriptions)))

    def label(self, lang: str = "en") -> str:
        """Label in `lang` ("fr", "fr_FR", "zh-CN"), else English, else the code."""
        base = _base(lang)
        return self.labels.get(base) or self.labels.get("en") or self.code

    def description(self, lang: str = "en") -> str:
        """What the term means, in `lang` (else English); "" where the label says it all."""
        return self.descriptions.get(_base(lang)) or self.descriptions.get("en") or ""


def _base(lang: str) -> str:
    """ "fr_FR", "zh-CN", "FR" -> "fr", "zh", "fr"; empty -> "en"."""
    return (lang or "en").replace("-", "_").split("_")[0].lower()


@dataclass(frozen=True)
class _Vocab:
    kind: str
    version: int
    terms: tuple[Term, ...]


def normalize(text: str) -> str:
    """Fold case, accents/diacritics and whitespace so user input can be compared to labels."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = (c for c in decomposed if not unicodedata.combining(c) and not c.isspace())
    return "".join(kept).casefold()


def _parse(filename: str, text: str) -> _Vocab:
    """Parse and validate one vocabulary file; any defect raises VocabularyError naming it."""

    def fail(reason: str) -> VocabularyError:
        return VocabularyError(f"vocabulary file {filename}: {reason}")

    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise fail(f"not valid JSON ({exc})") from None
    stem = filename.removesuffix(".json")
    if not isinstance(doc, dict) or doc.get("kind") != stem:
        raise fail(f'"kind" must be {stem!r}, the file name')
    if stem in GENERATED:
        raise fail(f"{stem!r} is generated from pycountry and cannot be a file")
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise fail('"version" must be a positive integer')
    raw_terms = doc.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise fail('"terms" must be a non-empty list')
    terms, seen = [], set()
    for i, raw in enumerate(raw_terms):
        if not isinstance(raw, dict):
            raise fail(f"term #{i} is not an object")
        code, labels, rank = raw.get("code"), raw.get("labels"), raw.get("rank")
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise fail(f"term #{i}: code {code!r} is not lower_snake_case")
        if code in seen:
            raise fail(f"duplicate code {code!r}")
        seen.add(code)
        if not isinstance(labels, dict) or "en" not in labels:
            raise fail(f"term {code!r} has no English label")
        bad = [k for k, v in labels.items() if k not in LANGS or not isinstance(v, str) or not v]
        if bad:
            raise fail(f"term {code!r}: bad labels {bad} (non-empty text in {', '.join(LANGS)})")
        if rank is not None and type(rank) is not int:
            raise fail(f"term {code!r}: rank must be an integer or null")
        description = raw.get("description", {})
        if "description" in raw and not (
            isinstance(description, dict)
            and sorted(description) == sorted(LANGS)
            and all(isinstance(v, str) and v.strip() for v in description.values())
        ):
            raise fail(
                f'term {code!r}: "description" must give non-empty text in each of '
                f"{', '.join(LANGS)}"
            )
        attrs = {k: v for k, v in raw.items() if k not in ("code", "labels", "rank", "description")}
        terms.append(Term(code, labels, rank, attrs, description))
    return _Vocab(stem, version, tuple(terms))


@functools.cache
def _translator(domain: str, lang: str) -> gettext.NullTranslations:
    """pycountry's gettext catalogue, or English where it has none (e.g. ar for iso3166-2)."""
    languages = [_GETTEXT_LANG.get(lang, lang)]
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=languages, fallback=True)


def translated(domain: str, name: str) -> dict[str, str]:
    # gettext("") would return the catalogue header, so never ask for it.
    return {lang: _translator(domain, lang).gettext(name) if name else name for lang in LANGS}


class Vocabularies:
    """All vocabularies: lookup, validation (check), free-text matching (match) and listing."""

    LANGS = LANGS

    def __init__(self) -> None:
        folder = resources.files("resources.vocabularies")
        self._files: dict[str, _Vocab] = {}
        for f in sorted(folder.iterdir(), key=lambda f: f.name):
            if f.name.endswith(".json"):
                self._files[f.name.removesuffix(".json")] = _parse(f.name, f.read_text("utf-8"))
        self._generated: dict[tuple[str, str | None], tuple[Term, ...]] = {}
        self._indexes: dict[tuple[str, str | None], tuple[dict[str, Term], dict[str, Any]]] = {}
        self._fast: dict[tuple[str, object], tuple[dict[str, Term], dict[str, Any]]] = {}

    # -- listing -----------------------------------------------------------------------------

    def kinds(self) -> list[str]:
        return sorted([*self._files, *GENERATED])

    def version(self, kind: str) -> int:
        """File version; for country/admin1 the pycountry major version (its data release year)."""
        self._known(kind)
        if kind in self._files:
            return self._files[kind].version
        return int(metadata.version("pycountry").split(".")[0])

    def terms(self, kind: str, *, country: str | None = None) -> list[Term]:
        """Terms in file order (country: ISO order; admin1: by code); admin1 needs `country`."""
        return list(self._terms(kind, country))

    def term(self, kind: str, code: str, *, country: str | None = None) -> Term | None:
        return self._index(kind, country)[0].get(code)

    def has(self, kind: str, code: object, *, country: str | None = None) -> bool:
        return isinstance(code, str) and code in self._index(kind, country)[0]

    def rank(self, kind: str, code: str) -> int | None:
        """The term's rank (None if it has none); an unknown code raises BadInput."""
        return self._index(kind, None)[0][self.check(kind, code, kind)].rank

    def as_json(
        self, kind: str, *, country: str | None = None, lang: str | None = None
    ) -> list[dict[str, Any]]:
        """Plain data for `upfront vocab list KIND --json`."""
        return [
            {
                "code": t.code,
                "label": t.label(lang or "en"),
                "labels": dict(t.labels),
                "rank": t.rank,
                **t.attrs,
                **({"description": dict(t.descriptions)} if t.descriptions else {}),
            }
            for t in self._terms(kind, country)
        ]

    # -- validation and matching ---------------------------------------------------------------

    def check(self, kind: str, code: object, field: str, *, country: str | None = None) -> str:
        """Return `code` if it belongs to the vocabulary, else raise BadInput naming `field`."""
        index = self._index(kind, country)[0]
        if not isinstance(code, str):
            raise BadInput(field, "must be a text code")
        if code in index:
            return code
        if kind == "admin1":
            c = self._alpha3(country)
            see = f"`upfront vocab list admin1 --country {c}` lists them"
            raise BadInput(field, f"unknown admin1 code for country {c}", hint=see)
        raise BadInput(
            field, f"unknown {kind} code", hint=f"`upfront vocab list {kind}` lists the codes"
        )

    def match(self, kind: str, text: object, *, country: str | None = None) -> str | None:
        """Code for a code, a label in any language or an alias (e.g. "Syria"), ignoring case,
        accents and whitespace; None if nothing matches or the text is ambiguous."""
        if not isinstance(text, str):
            return None
        return self._index(kind, country)[1].get(normalize(text))

    # -- internals -------------------------------------------------------------------------------

    def _known(self, kind: str) -> None:
        if kind not in self._files and kind not in GENERATED:
            known = ", ".join(self.kinds())
            raise BadInput("kind", f"unknown vocabulary {kind!r}; known: {known}")

    def _terms(self, kind: str, country: str | None) -> tuple[Term, ...]:
        self._known(kind)
        if kind in self._files:
            return self._files[kind].terms
        alpha3 = self._alpha3(country) if kind == "admin1" else None
        key = (kind, alpha3)
        if key not in self._generated:
            self._generated[key] = self._admin1(alpha3) if alpha3 is not None else self._countries()
        return self._generated[key]

    def _index(self, kind: str, country: str | None) -> tuple[dict[str, Term], dict[str, Any]]:
        """(code -> term, normalized text -> code or None if ambiguous), built once per key.

        Tiers: codes beat labels (any language), labels beat aliases. Two terms sharing a text
        within one tier (e.g. Tashkent city and Tashkent region) make that text ambiguous:
        match() then returns None rather than guess.
        """
        fast = self._fast.get((kind, country))
        if fast is not None:  # validation calls this for every field of every record
            return fast
        terms = self._terms(kind, country)
        key = (kind, self._alpha3(country) if kind == "admin1" else None)
        if key not in self._indexes:
            tiers = [
                [(t.code, t.code) for t in terms],
                [(t.labels.get(lang, ""), t.code) for lang in LANGS for t in terms],
                [(alias, t.code) for t in terms for alias in t.attrs.get("aliases", ())],
            ]
            by_text: dict[str, str | None] = {}
            for pairs in tiers:
                tier: dict[str, str | None] = {}
                for text, code in pairs:
                    norm = normalize(text)
                    if norm and norm not in by_text:
                        tier[norm] = code if tier.get(norm, code) == code else None
                by_text.update(tier)
            self._indexes[key] = ({t.code: t for t in terms}, by_text)
        self._fast[(kind, country)] = self._indexes[key]
        return self._indexes[key]

    @staticmethod
    def _alpha3(country: object) -> str:
        if not isinstance(country, str) or not country.strip():
            raise BadInput("country", "admin1 needs a country (ISO 3166-1 alpha-3 code, e.g. SYR)")
        code = country.strip().upper()
        if pycountry.countries.get(alpha_3=code) is None:
            see = "`upfront vocab list country` lists the codes"
            raise BadInput("country", "unknown country code", hint=see)
        return code

    @staticmethod
    def _countries() -> tuple[Term, ...]:
        terms = []
        for c in pycountry.countries:
            aliases = [c.alpha_2, *(getattr(c, a, "") for a in ("common_name", "official_name"))]
            attrs = {"alpha_2": c.alpha_2, "aliases": [a for a in aliases if a]}
            terms.append(Term(c.alpha_3, translated("iso3166-1", c.name), None, attrs))
        return tuple(terms)

    @staticmethod
    def _admin1(alpha3: str) -> tuple[Term, ...]:
        country = pycountry.countries.get(alpha_3=alpha3)
        if country is None:  # _alpha3 checked it; the same refusal if it ever differs
            raise BadInput(
                "country", "unknown country code", hint="`upfront vocab list country` lists them"
            )
        # pycountry's Subdivisions.get has no annotations: a set of subdivisions, [] or None
        lookup: Callable[..., Iterable[Any] | None] = pycountry.subdivisions.get
        subdivisions = lookup(country_code=country.alpha_2) or ()
        top = sorted((s for s in subdivisions if s.parent_code is None), key=lambda s: s.code)
        return tuple(
            Term(s.code, translated("iso3166-2", s.name), None, {"type": s.type}) for s in top
        )


@functools.cache
def vocabularies() -> Vocabularies:
    """The process-wide Vocabularies (files are read once)."""
    return Vocabularies()
