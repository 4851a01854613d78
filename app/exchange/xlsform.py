"""An XLSForm (https://xlsform.org) of the incident record, for phones: a country team deploys
it on KoboToolbox or ODK Central, collects with KoboCollect or ODK Collect, and imports Kobo's
XLSX export with the mapping written beside the form (`upfront import export.xlsx --mapping
F.mapping.json`): every answer has a column the mapping names, every choice label in each of
the six languages maps back to its code, and the four repeat groups map to the incident's
lists (the mapping format: resources/mappings/README.md).

The form's keys are the validator's (app.schema.incident): choice names are Upfront's codes,
ISO 3166-1 alpha-3 codes for countries, and the units' keys (P-code, else ISO 3166-2 code) for
admin 1 and admin 2. With countries given, their units are choices in the form; without, they
go to admin1.csv and admin2.csv beside it (`select_one_from_file`: all countries' ~33,000
units are too many choices for a phone to load with the form).

The workbook's bytes are the same for the same input: fixed document times, fixed zip times.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pycountry

from app.exchange.mapping import FIELDS, MAPPING_BYTES
from app.gazetteer import Gazetteer, Unit, gazetteer
from app.vocab import LANGS, Vocabularies, normalize, translated, vocabularies

# the language columns, as XLSForm names them: label::Name (code)
LANGUAGES = {
    "en": "English (en)",
    "fr": "Français (fr)",
    "es": "Español (es)",
    "ru": "Русский (ru)",
    "ar": "العربية (ar)",
    "zh": "中文 (zh)",
}
FORM_ID = "upfront_incident"
# the fields of one row of each repeat group (the interface agreed with the Kobo import)
CHILD_FIELDS = {
    "violations": ("violation.type", "violation.victims_count", "violation.date"),
    "victims": (
        "victim.kind",
        "victim.name",
        "victim.sex",
        "victim.age_group",
        "victim.protected",
        "victim.consent",
        "victim.consent_date",
        "victim.group_size",
    ),
    "perpetrators": ("perpetrator.category", "perpetrator.name"),
    "sources": ("source.type", "source.connection", "source.reliability", "source.protected"),
}
# Kobo's columns that are no answer: read by the import itself (_index, _parent_index) or not
# at all. `_uuid`, the submission's UUID, becomes the incident's id, so that importing one
# export twice is refused row by row rather than making copies.
META_COLUMNS: dict[str, str | None] = {
    "start": None,
    "end": None,
    "meta/instanceID": None,
    "_id": None,
    "_uuid": "id",
    "_submission_time": None,
    "_validation_status": None,
    "_notes": None,
    "_status": None,
    "_submitted_by": None,
    "__version__": None,
    "_tags": None,
    "_index": None,
}
REPEAT_META = (
    "_index",
    "_parent_table_name",
    "_parent_index",
    "_submission__id",
    "_submission__uuid",
    "_submission__submission_time",
    "_submission__validation_status",
    "_submission__notes",
    "_submission__status",
    "_submission__submitted_by",
    "_submission___version__",
    "_submission__tags",
)
GPS_PARTS = ("latitude", "longitude", "altitude", "precision")
# a fixed time for the workbook's properties and zip entries: the same form, the same bytes
FIXED_TIME = "2000-01-01T00:00:00Z"
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
COUNT_MAX = 10_000_000  # app.validation.MAX_COUNT

T = tuple[str, str, str, str, str, str]  # a text in en, fr, es, ru, ar, zh

# ---- the texts of the form, in the six UN languages -------------------------------------------
LABELS: dict[str, T] = {
    # groups and repeats
    "incident": ("Incident", "Incident", "Incidente", "Инцидент", "الحادثة", "事件"),
    "location": ("Location", "Lieu", "Lugar", "Место", "المكان", "地点"),
    "violations": ("Violation", "Violation", "Violación", "Нарушение", "الانتهاك", "侵权行为"),
    "victims": ("Victim", "Victime", "Víctima", "Пострадавший", "الضحية", "受害者"),
    "perpetrators": (
        "Alleged perpetrator",
        "Auteur présumé",
        "Presunto autor",
        "Предполагаемый исполнитель",
        "الجاني المزعوم",
        "涉嫌施害者",
    ),
    "sources": ("Source", "Source", "Fuente", "Источник", "المصدر", "来源"),
    "assessment": ("Assessment", "Évaluation", "Evaluación", "Оценка", "التقييم", "评估"),
    # the incident
    "title": ("Title", "Titre", "Título", "Название", "العنوان", "标题"),
    "occurred_from": (
        "Date of the incident (or its first day)",
        "Date de l'incident (ou son premier jour)",
        "Fecha del incidente (o su primer día)",
        "Дата инцидента (или его первый день)",
        "تاريخ الحادثة (أو يومها الأول)",
        "事件日期（或第一天）",
    ),
    "occurred_to": (
        "Last day of the incident",
        "Dernier jour de l'incident",
        "Último día del incidente",
        "Последний день инцидента",
        "آخر يوم للحادثة",
        "事件最后一天",
    ),
    "date_precision": (
        "Precision of the date",
        "Précision de la date",
        "Precisión de la fecha",
        "Точность даты",
        "دقة التاريخ",
        "日期精确度",
    ),
    "date_reported": (
        "Date reported",
        "Date du signalement",
        "Fecha en que se informó",
        "Дата сообщения",
        "تاريخ الإبلاغ",
        "报告日期",
    ),
    "narrative": ("Narrative", "Récit", "Relato", "Описание событий", "السرد", "事件经过"),
    # where
    "country": ("Country", "Pays", "País", "Страна", "البلد", "国家"),
    "not_in_gazetteer": (
        "Region or district not in the lists",
        "Région ou district absent des listes",
        "Región o distrito que no figura en las listas",
        "Регион или район отсутствует в списках",
        "المنطقة أو المقاطعة غير موجودة في القوائم",
        "地区或县不在列表中",
    ),
    "admin1": (
        "Region (admin 1)",
        "Région (niveau admin 1)",
        "Región (nivel admin. 1)",
        "Регион (уровень 1)",
        "المنطقة (المستوى الإداري 1)",
        "一级行政区",
    ),
    "admin2": (
        "District (admin 2)",
        "District (niveau admin 2)",
        "Distrito (nivel admin. 2)",
        "Район (уровень 2)",
        "المقاطعة (المستوى الإداري 2)",
        "二级行政区",
    ),
    "admin1_text": (
        "Region (admin 1), as written",
        "Région (niveau admin 1), en toutes lettres",
        "Región (nivel admin. 1), escrita",
        "Регион (уровень 1), вручную",
        "المنطقة (المستوى الإداري 1) كتابةً",
        "一级行政区（手动填写）",
    ),
    "admin2_text": (
        "District (admin 2), as written",
        "District (niveau admin 2), en toutes lettres",
        "Distrito (nivel admin. 2), escrito",
        "Район (уровень 2), вручную",
        "المقاطعة (المستوى الإداري 2) كتابةً",
        "二级行政区（手动填写）",
    ),
    "place": (
        "Place (town, village, neighbourhood)",
        "Lieu (ville, village, quartier)",
        "Lugar (ciudad, pueblo, barrio)",
        "Населённый пункт (город, деревня, квартал)",
        "المكان (مدينة، قرية، حي)",
        "具体地点（城镇、村庄、街区）",
    ),
    "gps": ("GPS point", "Point GPS", "Punto GPS", "GPS-координаты", "نقطة GPS", "GPS 坐标"),
    "location_precision": (
        "Precision of the location",
        "Précision du lieu",
        "Precisión del lugar",
        "Точность местоположения",
        "دقة الموقع",
        "地点精确度",
    ),
    "sensitive": (
        "Sensitive location",
        "Lieu sensible",
        "Lugar sensible",
        "Местоположение требует защиты",
        "موقع حساس",
        "敏感地点",
    ),
    # what happened
    "violation_type": (
        "Type of violation",
        "Type de violation",
        "Tipo de violación",
        "Вид нарушения",
        "نوع الانتهاك",
        "侵权类型",
    ),
    "victims_count": (
        "Number of victims",
        "Nombre de victimes",
        "Número de víctimas",
        "Число пострадавших",
        "عدد الضحايا",
        "受害者人数",
    ),
    "violation_date": (
        "Date of this violation",
        "Date de cette violation",
        "Fecha de esta violación",
        "Дата этого нарушения",
        "تاريخ هذا الانتهاك",
        "该侵权行为的日期",
    ),
    # to whom
    "victim_kind": (
        "Kind of victim",
        "Type de victime",
        "Tipo de víctima",
        "Тип пострадавшего",
        "نوع الضحية",
        "受害者类别",
    ),
    "victim_name": (
        "Victim's name",
        "Nom de la victime",
        "Nombre de la víctima",
        "Имя пострадавшего",
        "اسم الضحية",
        "受害者姓名",
    ),
    "victim_sex": ("Sex", "Sexe", "Sexo", "Пол", "الجنس", "性别"),
    "victim_age_group": (
        "Age group",
        "Tranche d'âge",
        "Grupo de edad",
        "Возрастная группа",
        "الفئة العمرية",
        "年龄组",
    ),
    "victim_group_size": (
        "Number of people in the group",
        "Nombre de personnes dans le groupe",
        "Número de personas del grupo",
        "Число людей в группе",
        "عدد الأشخاص في المجموعة",
        "群体人数",
    ),
    "victim_protected": (
        "Protect the victim's identity",
        "Protéger l'identité de la victime",
        "Proteger la identidad de la víctima",
        "Защитить личность пострадавшего",
        "حماية هوية الضحية",
        "保护受害者身份",
    ),
    "victim_consent": (
        "Victim's consent to share",
        "Consentement de la victime au partage",
        "Consentimiento de la víctima para compartir",
        "Согласие пострадавшего на передачу сведений",
        "موافقة الضحية على المشاركة",
        "受害者同意共享的范围",
    ),
    "victim_consent_date": (
        "Date of the victim's consent",
        "Date du consentement de la victime",
        "Fecha del consentimiento de la víctima",
        "Дата согласия пострадавшего",
        "تاريخ موافقة الضحية",
        "受害者同意日期",
    ),
    # by whom
    "perpetrator_category": (
        "Category of perpetrator",
        "Catégorie d'auteur",
        "Categoría de autor",
        "Категория исполнителя",
        "فئة الجاني",
        "施害者类别",
    ),
    "perpetrator_name": (
        "Perpetrator's name or unit",
        "Nom ou unité de l'auteur",
        "Nombre o unidad del autor",
        "Имя или подразделение исполнителя",
        "اسم الجاني أو وحدته",
        "施害者姓名或单位",
    ),
    # who told
    "source_type": (
        "Type of source",
        "Type de source",
        "Tipo de fuente",
        "Тип источника",
        "نوع المصدر",
        "来源类型",
    ),
    "source_connection": (
        "Source's connection to the facts",
        "Lien de la source avec les faits",
        "Relación de la fuente con los hechos",
        "Связь источника с событиями",
        "صلة المصدر بالوقائع",
        "来源与事实的关系",
    ),
    "source_reliability": (
        "Reliability of the source",
        "Fiabilité de la source",
        "Fiabilidad de la fuente",
        "Надёжность источника",
        "موثوقية المصدر",
        "来源可靠性",
    ),
    "source_protected": (
        "Protect the source's identity",
        "Protéger l'identité de la source",
        "Proteger la identidad de la fuente",
        "Защитить личность источника",
        "حماية هوية المصدر",
        "保护来源身份",
    ),
    # the record
    "confidentiality": (
        "Confidentiality",
        "Confidentialité",
        "Confidencialidad",
        "Конфиденциальность",
        "السرية",
        "保密级别",
    ),
    "status": (
        "Status of the record",
        "Statut de la fiche",
        "Estado del registro",
        "Статус записи",
        "حالة السجل",
        "记录状态",
    ),
    "verification_status": (
        "Verification status",
        "État de la vérification",
        "Estado de la verificación",
        "Статус проверки",
        "حالة التحقق",
        "核实状态",
    ),
    "credibility": (
        "Credibility of the information",
        "Crédibilité de l'information",
        "Credibilidad de la información",
        "Достоверность информации",
        "مصداقية المعلومات",
        "信息可信度",
    ),
    "reviewer": ("Reviewer", "Réviseur", "Revisor", "Проверяющий", "المراجِع", "审核人"),
    "verification_date": (
        "Date of verification",
        "Date de la vérification",
        "Fecha de la verificación",
        "Дата проверки",
        "تاريخ التحقق",
        "核实日期",
    ),
}
HINTS: dict[str, T] = {
    "occurred_from": (
        "If only the month or the year is known, give its first day and choose the precision "
        "below.",
        "Si seul le mois ou l'année est connu, indiquez son premier jour et choisissez la "
        "précision ci-dessous.",
        "Si solo se conoce el mes o el año, indique su primer día y elija la precisión más abajo.",
        "Если известен только месяц или год, укажите его первый день и выберите точность ниже.",
        "إذا كان الشهر أو السنة فقط معروفًا، أدخل اليوم الأول منه واختر الدقة أدناه.",
        "如只知道月份或年份，请填写其第一天，并在下方选择精确度。",
    ),
    "not_in_gazetteer": (
        "Yes: type the region and the district instead of choosing them (also for a district "
        "of a country whose districts are not listed).",
        "Oui : saisissez la région et le district au lieu de les choisir (aussi pour un "
        "district d'un pays dont les districts ne sont pas listés).",
        "Sí: escriba la región y el distrito en lugar de elegirlos (también para un distrito "
        "de un país cuyos distritos no figuran en la lista).",
        "Да: введите регион и район вручную вместо выбора из списка (также для района "
        "страны, районы которой не перечислены).",
        "نعم: اكتب المنطقة والمقاطعة بدلًا من اختيارهما (وكذلك لمقاطعة في بلد لا ترد "
        "مقاطعاته في القوائم).",
        "选“是”：手动填写地区和县，而不是从列表中选择（某国的二级行政区未列出时也选“是”）。",
    ),
    "sensitive": (
        "Yes if showing the exact place could put people at risk.",
        "Oui si la divulgation du lieu exact peut mettre des personnes en danger.",
        "Sí, si mostrar el lugar exacto puede poner a personas en peligro.",
        "Да, если указание точного места может подвергнуть людей опасности.",
        "نعم إذا كان إظهار المكان بالضبط قد يعرّض أشخاصًا للخطر.",
        "如公开确切地点可能使他人面临危险，请选“是”。",
    ),
}
MESSAGES: dict[str, T] = {
    "future": (
        "Cannot be in the future.",
        "Ne peut pas être dans le futur.",
        "No puede ser una fecha futura.",
        "Дата не может быть в будущем.",
        "لا يمكن أن يكون التاريخ في المستقبل.",
        "不能是将来的日期。",
    ),
    "occurred_to": (
        "Between the first day and today.",
        "Entre le premier jour et aujourd'hui.",
        "Entre el primer día y hoy.",
        "Между первым днём и сегодняшним днём.",
        "بين اليوم الأول واليوم.",
        "须在第一天与今天之间。",
    ),
    "count": (
        "A whole number from 0 to 10,000,000.",
        "Un nombre entier de 0 à 10 000 000.",
        "Un número entero de 0 a 10.000.000.",
        "Целое число от 0 до 10 000 000.",
        "عدد صحيح من 0 إلى 10000000.",
        "0 至 10,000,000 之间的整数。",
    ),
    "group_size": (
        "A whole number from 1 to 10,000,000.",
        "Un nombre entier de 1 à 10 000 000.",
        "Un número entero de 1 a 10.000.000.",
        "Целое число от 1 до 10 000 000.",
        "عدد صحيح من 1 إلى 10000000.",
        "1 至 10,000,000 之间的整数。",
    ),
    "status": (
        "A submitted or reviewed incident needs at least one violation.",
        "Un incident soumis ou examiné doit comporter au moins une violation.",
        "Un incidente enviado o revisado necesita al menos una violación.",
        "Отправленный или проверенный инцидент должен содержать хотя бы одно нарушение.",
        "يجب أن تتضمن الحادثة المقدَّمة أو المراجَعة انتهاكًا واحدًا على الأقل.",
        "已提交或已审核的事件须至少包含一项侵权行为。",
    ),
}
YES_NO: dict[str, T] = {
    "yes": ("Yes", "Oui", "Sí", "Да", "نعم", "是"),
    "no": ("No", "Non", "No", "Нет", "لا", "否"),
}


def _texts(t: T) -> dict[str, str]:
    return dict(zip(LANGS, t, strict=True))


# ---- the form -------------------------------------------------------------------------------
@dataclass
class Question:
    """One row of the survey sheet; `target` is the field its answer fills (None: none)."""

    type: str
    name: str
    target: str | None = None
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    message: str = ""  # a key of MESSAGES
    choice_filter: str = ""
    default: str = ""
    appearance: str = ""

    @property
    def list_name(self) -> str | None:
        kind, _, rest = self.type.partition(" ")
        return rest if kind == "select_one" else None


@dataclass
class Choice:
    list_name: str
    name: str
    labels: dict[str, str]
    filters: dict[str, str] = field(default_factory=dict)


@dataclass
class Form:
    """The three sheets, the mapping, and the choice files that go beside the form."""

    survey: list[dict[str, str]]
    choices: list[dict[str, str]]
    settings: dict[str, str]
    mapping: dict[str, Any]
    files: dict[str, str]  # file name -> CSV text (admin1.csv, admin2.csv without countries)


def _list_name(kind: str) -> str:
    return kind.replace("-", "_")


def _vocab_choices(vocab: Vocabularies, kind: str) -> list[Choice]:
    return [
        Choice(_list_name(kind), t.code, {lang: t.label(lang) for lang in LANGS})
        for t in vocab.terms(kind)
    ]


def _unit_labels(unit: Unit) -> dict[str, str]:
    """The unit's name in every language: the COD's (or ISO's) name, or ISO's translation of
    its subdivision where pycountry has one for the language."""
    name = unit.name or unit.key
    out = {lang: name for lang in LANGS}
    if unit.iso:
        lookup: Callable[..., Any] = pycountry.subdivisions.get  # untyped in pycountry
        sub = lookup(code=unit.iso)
        if sub is not None:
            for lang, text in translated("iso3166-2", sub.name).items():
                if lang != "en" and text and text != sub.name:
                    out[lang] = text
    return out


def _units(g: Gazetteer, countries: Iterable[str]) -> tuple[list[Unit], list[Unit]]:
    first: list[Unit] = []
    second: list[Unit] = []
    for c in countries:
        first.extend(u for u in g.units_of(c, 1) if u.key)
        second.extend(u for u in g.units_of(c, 2) if u.pcode)
    return first, second


def _one_of(codes: Sequence[str], every: Sequence[str], question: str) -> str:
    """An XPath condition: the answer to `question`, one of `every`, is one of `codes`
    (selected() on a list of them, or on the others, whichever is shorter); "" if always."""
    others = [c for c in every if c not in set(codes)]
    if not others:
        return ""
    if len(others) < len(codes):
        return f"not(selected('{' '.join(others)}', ${{{question}}}))"
    return f"selected('{' '.join(codes)}', ${{{question}}})"


def build(
    countries: Sequence[str] | None = None,
    vocab: Vocabularies | None = None,
    places: Gazetteer | None = None,
) -> Form:
    """The form for `countries` (ISO 3166-1 alpha-3 codes; none: every country, with the
    admin units in files beside the form)."""
    vocab = vocab or vocabularies()
    g = places or gazetteer()
    codes = sorted(set(countries or ()))
    every = not codes
    country_terms = vocab.terms("country")
    if not every:
        country_terms = [t for t in country_terms if t.code in codes]
    form_codes = [t.code for t in country_terms]
    first, second = _units(g, form_codes)
    with_admin1 = sorted({u.country for u in first})
    with_admin2 = sorted({u.country for u in second})

    choices: list[Choice] = [
        Choice("country", t.code, {lang: t.label(lang) for lang in LANGS}) for t in country_terms
    ]
    choices += [Choice("yes_no", name, _texts(t)) for name, t in YES_NO.items()]
    for kind in (
        "date-precision",
        "location-precision",
        "violation",
        "victim-kind",
        "sex",
        "age-group",
        "consent",
        "perpetrator",
        "source-type",
        "source-connection",
        "reliability",
        "confidentiality",
        "status",
        "verification",
        "credibility",
    ):
        choices += _vocab_choices(vocab, kind)
    files: dict[str, str] = {}
    if every:
        files["admin1.csv"] = _csv(
            ("name", "label", "country"), ((u.key, u.name or u.key, u.country) for u in first)
        )
        files["admin2.csv"] = _csv(
            ("name", "label", "admin1"), ((u.pcode, u.name or u.pcode, u.parent) for u in second)
        )
    else:
        choices += [Choice("admin1", u.key, _unit_labels(u), {"country": u.country}) for u in first]
        choices += [
            Choice("admin2", u.pcode, _unit_labels(u), {"admin1": u.parent}) for u in second
        ]

    unlisted = "${not_in_gazetteer} = 'yes'"
    listed = "${not_in_gazetteer} != 'yes'"
    admin1_when = " and ".join(
        x for x in (listed, _one_of(with_admin1, form_codes, "country")) if x
    )
    admin2_when = " and ".join(
        x for x in (listed, "${admin1} != ''", _one_of(with_admin2, form_codes, "country")) if x
    )
    admin1 = (
        Question(
            "select_one_from_file admin1.csv" if every else "select_one admin1",
            "admin1",
            "location.admin1",
            relevant=admin1_when,
            choice_filter="country=${country}",
        )
        if with_admin1
        else None
    )
    admin2 = (
        Question(
            "select_one_from_file admin2.csv" if every else "select_one admin2",
            "admin2",
            "location.admin2",
            relevant=admin2_when,
            choice_filter="admin1=${admin1}",
        )
        if with_admin2
        else None
    )
    past = ". <= today()"
    count = f". >= 0 and . <= {COUNT_MAX}"
    sections: list[tuple[str, str, list[Question | None]]] = [
        (
            "group",
            "incident",
            [
                Question("text", "title", "title", required=True),
                Question(
                    "date",
                    "occurred_from",
                    "occurred_from",
                    required=True,
                    constraint=past,
                    message="future",
                ),
                Question(
                    "date",
                    "occurred_to",
                    "occurred_to",
                    constraint=". >= ${occurred_from} and . <= today()",
                    message="occurred_to",
                ),
                Question(
                    "select_one date_precision", "date_precision", "date_precision", default="day"
                ),
                Question(
                    "date", "date_reported", "date_reported", constraint=past, message="future"
                ),
                Question("text", "narrative", "narrative", appearance="multiline"),
            ],
        ),
        (
            "group",
            "location",
            [
                Question(
                    "select_one country",
                    "country",
                    "location.country",
                    required=True,
                    default=form_codes[0] if len(form_codes) == 1 else "",
                    appearance="minimal" if every else "",
                ),
                Question(
                    "select_one yes_no",
                    "not_in_gazetteer",
                    "location.not_in_gazetteer",
                    default="no",
                ),
                admin1,
                admin2,
                Question("text", "admin1_text", "location.admin1", relevant=unlisted),
                Question("text", "admin2_text", "location.admin2", relevant=unlisted),
                Question("text", "place", "location.place"),
                Question("geopoint", "gps", "location.gps"),
                Question(
                    "select_one location_precision", "location_precision", "location.precision"
                ),
                Question("select_one yes_no", "sensitive", "location.sensitive", default="no"),
            ],
        ),
        (
            "repeat",
            "violations",
            [
                Question("select_one violation", "violation_type", "violation.type", required=True),
                Question(
                    "integer",
                    "victims_count",
                    "violation.victims_count",
                    constraint=count,
                    message="count",
                ),
                Question(
                    "date", "violation_date", "violation.date", constraint=past, message="future"
                ),
            ],
        ),
        (
            "repeat",
            "victims",
            [
                Question(
                    "select_one victim_kind", "victim_kind", "victim.kind", default="individual"
                ),
                Question("text", "victim_name", "victim.name"),
                Question("select_one sex", "victim_sex", "victim.sex"),
                Question("select_one age_group", "victim_age_group", "victim.age_group"),
                Question(
                    "integer",
                    "victim_group_size",
                    "victim.group_size",
                    relevant="${victim_kind} != '' and ${victim_kind} != 'individual'",
                    constraint=f". >= 1 and . <= {COUNT_MAX}",
                    message="group_size",
                ),
                Question(
                    "select_one yes_no", "victim_protected", "victim.protected", default="yes"
                ),
                Question("select_one consent", "victim_consent", "victim.consent", default="none"),
                Question(
                    "date",
                    "victim_consent_date",
                    "victim.consent_date",
                    relevant="${victim_consent} != '' and ${victim_consent} != 'none'",
                    constraint=past,
                    message="future",
                ),
            ],
        ),
        (
            "repeat",
            "perpetrators",
            [
                Question(
                    "select_one perpetrator",
                    "perpetrator_category",
                    "perpetrator.category",
                    required=True,
                ),
                Question("text", "perpetrator_name", "perpetrator.name"),
            ],
        ),
        (
            "repeat",
            "sources",
            [
                Question("select_one source_type", "source_type", "source.type", required=True),
                Question("select_one source_connection", "source_connection", "source.connection"),
                Question("select_one reliability", "source_reliability", "source.reliability"),
                # sources are protected unless the record says otherwise (the validator's rule)
                Question(
                    "select_one yes_no", "source_protected", "source.protected", default="yes"
                ),
            ],
        ),
        (
            "group",
            "assessment",
            [
                Question(
                    "select_one confidentiality",
                    "confidentiality",
                    "confidentiality",
                    default="internal",
                ),
                Question(
                    "select_one status",
                    "status",
                    "status",
                    default="draft",
                    constraint=". = 'draft' or count(${violations}) > 0",
                    message="status",
                ),
                Question(
                    "select_one verification",
                    "verification_status",
                    "verification.status",
                    default="unverified",
                ),
                Question("select_one credibility", "credibility", "verification.credibility"),
                Question(
                    "text",
                    "reviewer",
                    "verification.reviewer",
                    relevant="${status} = 'reviewed'",
                    required=True,
                ),
                Question(
                    "date",
                    "verification_date",
                    "verification.date",
                    constraint=past,
                    message="future",
                ),
            ],
        ),
    ]
    survey: list[dict[str, str]] = [
        {"type": "start", "name": "start"},
        {"type": "end", "name": "end"},
    ]
    asked: list[tuple[str, str, Question]] = []  # (section kind, section name, question)
    for kind, name, questions in sections:
        survey.append({"type": f"begin_{kind}", "name": name, **_labels(LABELS[name])})
        for q in questions:
            if q is not None:
                survey.append(_row(q))
                asked.append((kind, name, q))
        survey.append({"type": f"end_{kind}", "name": ""})

    rows = [_choice_row(c) for c in choices]
    content = json.dumps([survey, rows, files], ensure_ascii=False, sort_keys=True).encode()
    version = hashlib.sha256(content).hexdigest()[:12]
    suffix = "_".join(c.lower() for c in codes)[:40]
    title = "Upfront incident" + (f" ({', '.join(codes)})" if codes else "")
    settings = {
        "form_title": title,
        "form_id": f"{FORM_ID}_{suffix}" if suffix else FORM_ID,
        "version": version,
        "default_language": LANGUAGES["en"],
    }
    mapping = _mapping(settings, asked, choices, every)
    if len(_mapping_text(mapping).encode()) > MAPPING_BYTES:  # more than the import reads
        for fld in ("location.admin1", "location.admin2"):  # the names resolve without them
            mapping["values"].pop(fld, None)
    return Form(survey, rows, settings, mapping, files)


def _labels(t: T, column: str = "label") -> dict[str, str]:
    return {f"{column}::{LANGUAGES[lang]}": text for lang, text in _texts(t).items()}


def _row(q: Question) -> dict[str, str]:
    row = {"type": q.type, "name": q.name, **_labels(LABELS[q.name])}
    if q.name in HINTS:
        row.update(_labels(HINTS[q.name], "hint"))
    if q.message:
        row.update(_labels(MESSAGES[q.message], "constraint_message"))
    extra = {
        "required": "yes" if q.required else "",
        "relevant": q.relevant,
        "constraint": q.constraint,
        "choice_filter": q.choice_filter,
        "default": q.default,
        "appearance": q.appearance,
    }
    row.update({k: v for k, v in extra.items() if v})
    return row


def _choice_row(c: Choice) -> dict[str, str]:
    row = {"list_name": c.list_name, "name": c.name}
    row.update({f"label::{LANGUAGES[lang]}": c.labels[lang] for lang in LANGS})
    row.update(c.filters)
    return row


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


# ---- the mapping ----------------------------------------------------------------------------
def incident_target(target: str | None) -> str | None:
    """An incident-level field as the mapping may name it: one the import knows, else None
    (the column is then read by nothing, on purpose, rather than refused)."""
    return target if target is not None and target in FIELDS else None


def _mapping(
    settings: dict[str, str],
    asked: list[tuple[str, str, Question]],
    choices: list[Choice],
    every: bool,
) -> dict[str, Any]:
    by_list: dict[str, list[Choice]] = {}
    for c in choices:
        by_list.setdefault(c.list_name, []).append(c)
    columns: dict[str, str | None] = {}
    repeats: dict[str, dict[str, Any]] = {}
    values: dict[str, dict[str, str]] = {}
    labels: dict[str, str] = {}
    for kind, section, q in asked:
        if kind == "repeat":
            target = q.target if q.target in CHILD_FIELDS[section] else None
            group = repeats.setdefault(section, {"list": section, "columns": {}})
            group["columns"][f"{section}/{q.name}"] = target
        else:
            target = incident_target(q.target)
            columns[f"{section}/{q.name}"] = target
            if q.type == "geopoint":
                parts = ("location.lat", "location.lon", None, None)
                for part, to in zip(GPS_PARTS, parts, strict=True):
                    columns[f"{section}/_{q.name}_{part}"] = to
        for text in LABELS[q.name]:
            labels.setdefault(text, q.name)
            if q.type == "geopoint":
                for part in GPS_PARTS:
                    labels.setdefault(f"_{text}_{part}", f"_{q.name}_{part}")
        listed = q.list_name
        if target is None or listed is None or (every and listed in ("admin1", "admin2")):
            continue
        values.setdefault(target, {}).update(_values(by_list.get(listed, [])))
    columns.update(META_COLUMNS)
    for group in repeats.values():
        group["columns"].update(dict.fromkeys(REPEAT_META))
    return {
        "name": f"{settings['form_title']} (XLSForm {settings['form_id']}, {settings['version']})",
        "description": "Written by `upfront form xlsform` with the form: Kobo's XLSX export of "
        "its submissions, with XML values or labels in any of its languages, headers with or "
        "without groups.",
        "date_format": "iso",
        "columns": columns,
        "values": values,
        "repeats": repeats,
        "labels": labels,
    }


def _values(choices: Iterable[Choice]) -> dict[str, str]:
    """Every label of every choice (and every name) -> the choice's name; a label two
    choices share (two districts of one name) is left out: it names neither. A text that
    is a choice's name is that choice's, whatever other labels read."""
    names = {normalize(c.name): c.name for c in choices}
    targets: dict[str, set[str]] = {}  # normalized text -> the names it labels
    texts: dict[str, set[str]] = {}  # normalized text -> the texts that read so
    for c in choices:
        for text in (c.name, *c.labels.values()):
            norm = normalize(text)
            targets.setdefault(norm, set()).add(c.name)
            texts.setdefault(norm, set()).add(text)
    out: dict[str, str] = {}
    for norm, found in targets.items():
        name = names.get(norm) or (next(iter(found)) if len(found) == 1 else None)
        if name is not None:
            out.update(dict.fromkeys(texts[norm], name))
    return dict(sorted(out.items()))


# ---- writing --------------------------------------------------------------------------------
def workbook_bytes(form: Form) -> bytes:
    """The XLSForm as .xlsx bytes, the same for the same form."""
    wb = openpyxl.Workbook()
    sheets = [
        ("survey", form.survey),
        ("choices", form.choices),
        ("settings", [form.settings]),
    ]
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        assert ws is not None
        ws.title = title
        header: list[str] = []
        for row in rows:
            header.extend(k for k in row if k not in header)
        ws.append(header)
        for row in rows:
            ws.append([row.get(k) or None for k in header])
    raw = io.BytesIO()
    wb.save(raw)
    return _fixed(raw.getvalue())


_DOC_TIME = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _fixed(data: bytes) -> bytes:
    """The workbook with its document times and its zip entries' times fixed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _DOC_TIME.sub(rb"\g<1>" + FIXED_TIME.encode() + rb"\g<3>", body)
            entry = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def _mapping_text(mapping: dict[str, Any]) -> str:
    return json.dumps(mapping, ensure_ascii=False, indent=2) + "\n"


def mapping_path(out: Path) -> Path:
    """F.mapping.json beside F.xlsx."""
    return out.with_name(f"{out.stem}.mapping.json")


def outputs(form_path: Path, form: Form | None = None, *, every: bool) -> dict[Path, bytes | None]:
    """The files written for a form at `form_path`: the form, its mapping and (without
    countries) the choice files; their bytes when `form` is given."""
    files = [form_path, mapping_path(form_path)]
    if every:
        files += [form_path.with_name(name) for name in ("admin1.csv", "admin2.csv")]
    if form is None:
        return dict.fromkeys(files)
    data = [workbook_bytes(form), _mapping_text(form.mapping).encode()]
    data += [form.files[p.name].encode() for p in files[2:]]
    return dict(zip(files, data, strict=True))
