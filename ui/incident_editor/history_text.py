"""The History tab in words: each change's field by the name the editor gives it, codes by
their labels in the interface language, lists (victims, sources…) as short summaries without
record ids, protected names masked, times in local time, changes from HQ said as such."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.vocab import vocabularies
from ui.incident_editor.fields import MASK
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

C = "HistoryText"
FIELDS = {
    "(created)": QT_TRANSLATE_NOOP("HistoryText", "Record created"),
    "(deleted)": QT_TRANSLATE_NOOP("HistoryText", "Record deleted"),
    "title": QT_TRANSLATE_NOOP("HistoryText", "Title"),
    "occurred_from": QT_TRANSLATE_NOOP("HistoryText", "Date (from)"),
    "occurred_to": QT_TRANSLATE_NOOP("HistoryText", "Date (to)"),
    "date_precision": QT_TRANSLATE_NOOP("HistoryText", "Date precision"),
    "date_reported": QT_TRANSLATE_NOOP("HistoryText", "Date reported"),
    "narrative": QT_TRANSLATE_NOOP("HistoryText", "Narrative"),
    "confidentiality": QT_TRANSLATE_NOOP("HistoryText", "Confidentiality"),
    "status": QT_TRANSLATE_NOOP("HistoryText", "Status"),
    "public_summary": QT_TRANSLATE_NOOP("HistoryText", "Summary for partners and the public"),
    "location.country": QT_TRANSLATE_NOOP("HistoryText", "Country"),
    "location.admin1": QT_TRANSLATE_NOOP("HistoryText", "Region"),
    "location.admin1_code": QT_TRANSLATE_NOOP("HistoryText", "Region ISO code"),
    "location.admin1_pcode": QT_TRANSLATE_NOOP("HistoryText", "Region P-code"),
    "location.admin2": QT_TRANSLATE_NOOP("HistoryText", "District"),
    "location.admin2_pcode": QT_TRANSLATE_NOOP("HistoryText", "District P-code"),
    "location.place": QT_TRANSLATE_NOOP("HistoryText", "Place"),
    "location.lat": QT_TRANSLATE_NOOP("HistoryText", "Latitude"),
    "location.lon": QT_TRANSLATE_NOOP("HistoryText", "Longitude"),
    "location.precision": QT_TRANSLATE_NOOP("HistoryText", "Location precision"),
    "location.sensitive": QT_TRANSLATE_NOOP("HistoryText", "Sensitive location"),
    "location.not_in_gazetteer": QT_TRANSLATE_NOOP("HistoryText", "Place not in the gazetteer"),
    "verification.status": QT_TRANSLATE_NOOP("HistoryText", "Verification"),
    "verification.reviewer": QT_TRANSLATE_NOOP("HistoryText", "Reviewer"),
    "verification.date": QT_TRANSLATE_NOOP("HistoryText", "Verification date"),
    "verification.credibility": QT_TRANSLATE_NOOP("HistoryText", "Credibility"),
    "violations": QT_TRANSLATE_NOOP("HistoryText", "Violations"),
    "victims": QT_TRANSLATE_NOOP("HistoryText", "Victims"),
    "perpetrators": QT_TRANSLATE_NOOP("HistoryText", "Perpetrators"),
    "sources": QT_TRANSLATE_NOOP("HistoryText", "Sources"),
}
YES = QT_TRANSLATE_NOOP("HistoryText", "Yes")
NO = QT_TRANSLATE_NOOP("HistoryText", "No")
NO_NAME = QT_TRANSLATE_NOOP("HistoryText", "(no name)")
CLEARED = QT_TRANSLATE_NOOP("HistoryText", "(cleared)")
FROM_HQ = QT_TRANSLATE_NOOP("HistoryText", "Received from HQ")
# fields that hold a vocabulary code, by the vocabulary
CODES = {
    "confidentiality": "confidentiality",
    "status": "status",
    "date_precision": "date-precision",
    "location.country": "country",
    "location.precision": "location-precision",
    "verification.status": "verification",
    "verification.credibility": "credibility",
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(C, str(text))


def field_label(field: str) -> str:
    return _tr(FIELDS[field]) if field in FIELDS else field


def _label(kind: str, code: Any, lang: str) -> str:
    if not isinstance(code, str):
        return "" if code is None else str(code)
    term = vocabularies().term(kind, code)
    return term.label(lang) if term is not None else code


def protected_ids(entries: list[dict[str, Any]]) -> set[str]:
    """The victims and sources protected in any version the history holds: their names are
    masked in every version, also those from before they were marked protected."""
    out: set[str] = set()
    for entry in entries:
        if entry.get("field") not in ("victims", "sources"):
            continue
        for value in (entry.get("old"), entry.get("new")):
            for p in value if isinstance(value, list) else []:
                if isinstance(p, dict) and p.get("protected") and p.get("id"):
                    out.add(str(p["id"]))
    return out


def _person(p: dict[str, Any], lang: str, kind_of: str, protected: set[str]) -> str:
    name = p.get("name") or ""
    if name and (p.get("protected") or str(p.get("id")) in protected):
        name = MASK
    what = [_label(kind_of, p.get("type"), lang)] if kind_of == "source-type" else []
    if kind_of == "victim":
        what = [_label("sex", p.get("sex"), lang), _label("age-group", p.get("age_group"), lang)]
    detail = ", ".join(x for x in what if x)
    if name and detail:
        return f"{name} ({detail})"
    return name or detail or _tr(NO_NAME)


def value_text(value: Any, field: str, lang: str, protected: set[str] | None = None) -> str:
    """A history value as a person reads it (empty for none); the names of people in
    `protected` (protected_ids) masked whatever this version said."""
    protected = protected or set()
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return _tr(YES) if value else _tr(NO)
    if field in CODES:
        return _label(CODES[field], value, lang)
    if isinstance(value, list):
        items = [x for x in value if isinstance(x, dict)]
        if field == "violations":
            parts = []
            for v in items:
                text = _label("violation", v.get("type"), lang)
                if v.get("victims_count") is not None:
                    text += f" ({QLocale().toString(int(v['victims_count']))})"
                parts.append(text)
        elif field == "victims":
            parts = [_person(p, lang, "victim", protected) for p in items]
        elif field == "sources":
            parts = [_person(p, lang, "source-type", protected) for p in items]
        elif field == "perpetrators":
            parts = [_label("perpetrator", p.get("category"), lang) for p in items]
        else:
            parts = [str(x) for x in value]
        return "; ".join(parts)
    if isinstance(value, dict):  # the public summary: its text, and whether it was cleared
        text = str(value.get("text") or "")
        return text + (" " + _tr(CLEARED) if value.get("cleared_by") else "")
    if isinstance(value, float):
        return QLocale().toString(value, "f", 5).rstrip("0").rstrip(QLocale().decimalPoint())
    return str(value)


def actor_text(actor: str) -> str:
    """Who made the change; a change that came through sync says so, not the device's id."""
    if actor.startswith("sync:"):
        return _tr(FROM_HQ)
    return actor


def when_text(at: Any) -> str:
    """The change's time in local time, as the interface's locale writes it."""
    moment = at if isinstance(at, datetime) else None
    if moment is None:
        try:
            moment = datetime.fromisoformat(str(at))
        except ValueError:
            return str(at)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
