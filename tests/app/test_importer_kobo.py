"""KoboToolbox's default exports import: labels as headers (any UN language, from the mapping or
the XLSForm), `;` or `,`, the HXL row under the header, select_multiple as labels joined by
spaces, one column per option, and the XLSX export's repeat-group sheets. Real SQLCipher
stores; the exports are written here as Kobo writes them."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import openpyxl
import pytest

from app import exchange
from app.errors import BadInput
from app.exchange.xlsform_labels import apply_form
from app.incidents import Incidents
from tests.app.conftest import PASSPHRASE

META = ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]


def kobo_doc(**extra) -> dict:
    doc = json.loads((resources.files("resources.mappings") / "kobo.json").read_text())
    doc.update(extra)
    return doc


def write_csv(path: Path, rows: list[list[str]], sep: str = ";") -> Path:
    """As Kobo writes CSV: every cell quoted, UTF-8 with BOM, CRLF."""
    text = "\r\n".join(sep.join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode() + b"\r\n")
    return path


def write_json(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False))
    return path


def errors_of(checked: exchange.Checked) -> list[tuple]:
    return [(e.sheet, e.row, e.column, e.field, e.reason) for e in checked.errors]


# ---- an English export with labels, semicolons and the HXL row (Syria) -----------------------
EN_LABELS = {
    "Date of the incident": "incident_date",
    "Title of the incident": "title",
    "Country": "country",
    "Governorate": "province",
    "District": "district",
    "Village or place": "village",
    "Type of violation": "incident_type",
    "Number of people killed": "killed",
    "Alleged perpetrator": "perpetrator",
    "Describe what happened": "description",
}
EN_VALUES = {
    "violation.type": {
        "Arrest or detention": "arbitrary_detention",
        "Shelling": "indiscriminate_attack",
        "Shelling of a market": "attack_on_civilian_objects",
        "Killing": "killing",
    },
    "perpetrator.category": {"Army": "state_armed_forces", "Armed group": "non_state_armed_group"},
}
EN_HEADER = [
    "start",
    "end",
    "Title of the incident",
    "Date of the incident",
    "Country",
    "Governorate",
    "District",
    "Village or place",
    "Type of violation",
    "Number of people killed",
    "Alleged perpetrator",
    "Describe what happened",
    *META,
]
HXL = [
    "",
    "",
    "#description+title",
    "#date+occurred",
    "#country+name",
    "#adm1+name",
    "#adm2+name",
    "#loc+name",
    "#event+type",
    "#affected+killed",
    "#actor+type",
    "#description",
    "",
    "",
    "",
    "",
    "",
]


def en_row(i: int, title: str, kinds: str, region: str = "Rif Dimashq", **cells) -> list[str]:
    row = {
        "start": "2026-10-05T09:12:40.118+03:00",
        "end": "2026-10-05T09:31:02.540+03:00",
        "Title of the incident": title,
        "Date of the incident": "2026-10-03",
        "Country": "Syrian Arab Republic",
        "Governorate": region,
        "District": "Duma",
        "Village or place": "Central market",
        "Type of violation": kinds,
        "Number of people killed": "2",
        "Alleged perpetrator": "Army",
        "Describe what happened": "Witnesses describe shells at noon.",
        "_id": str(100 + i),
        "_uuid": f"5b1f4c1e-8a0e-4a7e-9a57-3f2d1c0b9e{i:02d}",
        "_submission_time": "2026-10-05T06:31:10",
        "_validation_status": "",
        "_index": str(i),
    }
    row.update(cells)
    return [row[h] for h in EN_HEADER]


@pytest.fixture
def en_mapping(tmp_path) -> exchange.Mapping:
    return exchange.load_mapping(
        write_json(tmp_path / "en.json", kobo_doc(labels=EN_LABELS, values=EN_VALUES))
    )


def test_default_export_labels_semicolons_and_hxl_row_import(store, tmp_path, en_mapping):
    path = write_csv(
        tmp_path / "default.csv",
        [
            EN_HEADER,
            HXL,
            en_row(1, "Arrests and shelling in Duma", "Arrest or detention Shelling"),
            en_row(2, "Market hit", "Shelling of a market Killing", region="SY03"),
            en_row(3, "Checkpoint arrests", "Arrest or detention", region="ريف دمشق"),
        ],
    )
    table = exchange.read_table(path)
    assert table.first_row == 3 and len(table.rows) == 3  # the hashtags are no data
    checked = exchange.check(store, table, en_mapping)
    assert checked.errors == []
    assert [n for n, _ in checked.valid] == [3, 4, 5]  # spreadsheet rows: HXL is row 2
    assert checked.warnings == []
    kinds = [[v["type"] for v in rows.violations] for _, rows in checked.valid]
    assert kinds == [  # and a killing act for the people killed
        ["arbitrary_detention", "indiscriminate_attack", "killing"],
        ["attack_on_civilian_objects", "killing"],  # greedy: "Shelling of a market", not "Shelling"
        ["arbitrary_detention", "killing"],
    ]
    first = checked.valid[0][1]
    assert first.incident["country"] == "SYR"
    assert {rows.incident["admin1_code"] for _, rows in checked.valid} == {"SY-RD"}
    assert [p["category"] for p in first.perpetrators] == ["state_armed_forces"]
    exchange.commit(store, checked, table)
    assert Incidents(store).count() == 3


def test_labels_under_group_labels_and_names_with_groups_both_match(en_mapping):
    headers = [
        "Incident/Date of the incident",
        "incident/country",
        "Where/Governorate",
        "Type of violation",
        "Remarks",
    ]
    plan, warnings = exchange.match_columns(headers, en_mapping)
    assert [(c.header, c.field) for c in plan] == [
        ("Incident/Date of the incident", "occurred_from"),
        ("incident/country", "location.country"),
        ("Where/Governorate", "location.admin1"),
        ("Type of violation", "violation.type"),
    ]
    assert warnings == ["column Remarks is not mapped; ignored"]


def test_a_row_of_hashtags_is_skipped_only_right_under_the_header(store, tmp_path, en_mapping):
    late = HXL[:]
    path = write_csv(
        tmp_path / "late.csv",
        [EN_HEADER, en_row(1, "Arrests", "Arrest or detention"), late],
    )
    table = exchange.read_table(path)
    assert table.first_row == 2 and len(table.rows) == 2
    checked = exchange.check(store, table, en_mapping)
    assert [n for n, _ in checked.valid] == [2]
    assert {(e.row, e.field) for e in checked.errors} >= {
        (3, "occurred_from"),
        (3, "violation.type"),
    }


def test_a_select_multiple_that_cannot_be_split_is_a_row_error_naming_the_column(
    store, tmp_path, en_mapping
):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            EN_HEADER,
            HXL,
            en_row(1, "Arrests", "Arrest or detention Bombing from the air"),
            en_row(2, "Arrests again", "Arrest or detention"),
        ],
    )
    checked = exchange.check(store, exchange.read_table(path), en_mapping)
    assert errors_of(checked) == [
        (
            None,
            3,
            "Type of violation",
            "violation.type",
            "cannot be split into choices: from word 4 of 7 on, no run of words is a known "
            'violation code or label, nor a key of the mapping\'s "values" for the field '
            "(give the form with --form, or add the choice's labels there)",
        )
    ]
    assert [n for n, _ in checked.valid] == [4]
    assert "Bombing" not in json.dumps(checked.as_json())


def test_option_columns_with_labels_and_true_false(store, tmp_path, en_mapping):
    header = [
        "Title of the incident",
        "Date of the incident",
        "Country",
        "Type of violation/Arrest or detention",
        "Type of violation/Shelling",
        "Type of violation/Killing",
    ]
    path = write_csv(
        tmp_path / "split.csv",
        [
            header,
            ["Arrests", "2026-10-01", "SYR", "True", "False", "True"],
            ["Shells", "2026-10-02", "SYR", "0", "1", "0"],
            ["Odd", "2026-10-02", "SYR", "maybe", "1", "0"],
        ],
        sep=",",
    )
    checked = exchange.check(store, exchange.read_table(path), en_mapping)
    assert [[v["type"] for v in rows.violations] for _, rows in checked.valid] == [
        ["arbitrary_detention", "killing"],
        ["indiscriminate_attack"],
    ]
    assert errors_of(checked) == [
        (
            None,
            4,
            "Type of violation/Arrest or detention",
            "violation.type",
            "is an option column of a select_multiple question: 1 when chosen, 0 or empty when not",
        )
    ]


def test_names_joined_by_spaces_still_split(store, tmp_path):
    """XML values export, the starter mapping: choice names, split by longest match."""
    path = write_csv(
        tmp_path / "names.csv",
        [
            ["incident/title", "incident/incident_date", "incident/country", "incident_type"],
            ["Arrests", "2026-10-01", "SYR", "detention torture shelling"],
            ["Arrests", "2026-10-01", "SYR", "arbitrary_detention killing"],
        ],
        sep=",",
    )
    checked = exchange.check(store, exchange.read_table(path), exchange.load_mapping("kobo"))
    assert checked.errors == []
    assert [[v["type"] for v in rows.violations] for _, rows in checked.valid] == [
        ["arbitrary_detention", "torture", "indiscriminate_attack"],
        ["arbitrary_detention", "killing"],
    ]


# ---- separators --------------------------------------------------------------------------
def test_separator_is_detected_and_can_be_forced(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("title;occurred_from;narrative\nA;2026-10-01;one, two, three, four\n")
    assert exchange.read_table(path).headers == ["title", "occurred_from", "narrative"]
    path.write_text("title,narrative\nA,x; y; z\n")
    assert exchange.read_table(path).rows == [["A", "x; y; z"]]
    # a header line with more semicolons in a name than commas: say which
    path.write_text("title,notes;a;b\nA,c\n")
    assert exchange.read_table(path).headers == ["title,notes", "a", "b"]
    assert exchange.read_table(path, delimiter=",").headers == ["title", "notes;a;b"]
    with pytest.raises(BadInput) as err:
        exchange.read_table(path, delimiter=":")
    assert err.value.field == "--delimiter"


# ---- the XLSForm: labels in the six UN languages -------------------------------------------
LANGS = [
    "label::English (en)",
    "label::Français (fr)",
    "label::Español (es)",
    "label::Русский (ru)",
    "label::العربية (ar)",
    "label::中文 (zh)",
]
QUESTIONS = {
    "title": ("text", ["Title", "Titre", "Título", "Заголовок", "العنوان", "标题"]),
    "incident_date": (
        "date",
        [
            "Date of incident",
            "Date de l'incident",
            "Fecha del incidente",
            "Дата инцидента",
            "تاريخ الحادث",
            "事件日期",
        ],
    ),
    "country": (
        "select_one countries",
        ["Country", "Pays", "País", "Страна", "البلد", "国家"],
    ),
    "province": (
        "select_one provinces",
        ["Province", "Province ou région", "Departamento", "Область", "المحافظة", "省/邦"],
    ),
    "incident_type": (
        "select_multiple violations",
        ["Violations", "Violations commises", "Violaciones", "Нарушения", "الانتهاكات", "侵权行为"],
    ),
    "perpetrator": (
        "select_one perpetrators",
        [
            "Perpetrator",
            "Auteur présumé",
            "Autor presunto",
            "Предполагаемый виновник",
            "الجاني المزعوم",
            "涉嫌施害者",
        ],
    ),
}
CHOICES = [
    (
        "countries",
        "COD",
        ["DR Congo", "RD Congo", "RD del Congo", "ДР Конго", "الكونغو الديمقراطية", "刚果（金）"],
    ),
    ("countries", "COL", ["Colombia", "Colombie", "Colombia", "Колумбия", "كولومبيا", "哥伦比亚"]),
    ("countries", "UKR", ["Ukraine", "Ukraine", "Ucrania", "Украина", "أوكرانيا", "乌克兰"]),
    ("countries", "YEM", ["Yemen", "Yémen", "Yemen", "Йемен", "اليمن", "也门"]),
    ("countries", "MMR", ["Myanmar", "Myanmar", "Myanmar", "Мьянма", "ميانمار", "缅甸"]),
    (
        "provinces",
        "CD61",
        ["North Kivu", "Nord-Kivu", "Kivu del Norte", "Северное Киву", "شمال كيفو", "北基伍"],
    ),
    (
        "provinces",
        "CO05",
        ["Antioquia", "Antioquia", "Antioquia", "Антьокия", "أنتيوكيا", "安蒂奥基亚"],
    ),
    ("provinces", "UA63", ["Kharkiv", "Kharkiv", "Járkov", "Харьковская", "خاركيف", "哈尔科夫"]),
    ("provinces", "YE24", ["Aden", "Aden", "Adén", "Аден", "عدن", "亚丁"]),
    ("provinces", "MMR012", ["Rakhine", "Rakhine", "Rakhine", "Ракхайн", "راخين", "若开邦"]),
    ("violations", "killing", ["Killing", "Meurtre", "Homicidio", "Убийство", "القتل", "杀害"]),
    (
        "violations",
        "arrest",
        [
            "Arrest or detention",
            "Arrestation ou détention",
            "Arresto o detención",
            "Арест или задержание",
            "اعتقال أو احتجاز",
            "逮捕 或 拘留",
        ],
    ),
    (
        "violations",
        "shelling",
        ["Shelling", "Bombardement", "Bombardeo", "Обстрел", "القصف", "炮击"],
    ),
    (
        "violations",
        "shelling_market",
        [
            "Shelling of a market",
            "Bombardement d'un marché",
            "Bombardeo de un mercado",
            "Обстрел рынка",
            "قصف سوق",
            "炮击 市场",
        ],
    ),
    ("perpetrators", "army", ["Army", "Armée", "Ejército", "Армия", "الجيش", "军队"]),
    (
        "perpetrators",
        "armed_group",
        [
            "Armed group",
            "Groupe armé",
            "Grupo armado",
            "Вооружённая группа",
            "جماعة مسلحة",
            "武装团体",
        ],
    ),
    ("sex", "female", ["Woman", "Femme", "Mujer", "Женщина", "امرأة", "女性"]),
    ("sex", "male", ["Man", "Homme", "Hombre", "Мужчина", "رجل", "男性"]),
    (
        "ages",
        "child",
        ["Under 18", "Moins de 18 ans", "Menor de 18", "До 18 лет", "أقل من 18", "未满18岁"],
    ),
    (
        "ages",
        "adult",
        [
            "18 or older",
            "18 ans ou plus",
            "18 o más",
            "18 лет и старше",
            "18 أو أكثر",
            "18岁及以上",
        ],
    ),
]
REPEAT = "details_of_each_victim_of_the_incident"  # 38 characters: Kobo's sheet has 31
VICTIM_QUESTIONS = {
    "victim_name": ("text", ["Name", "Nom", "Nombre", "Имя", "الاسم", "姓名"]),
    "victim_sex": ("select_one sex", ["Sex", "Sexe", "Sexo", "Пол", "الجنس", "性别"]),
    "victim_age": ("select_one ages", ["Age", "Âge", "Edad", "Возраст", "العمر", "年龄"]),
}


def write_form(path: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", *LANGS, "required"])
    survey.append(["begin_group", "incident", *["Incident"] * 6, ""])
    for name, (kind, labels) in QUESTIONS.items():
        survey.append([kind, name, *labels, "true"])
    survey.append(["end_group", "", *[""] * 6, ""])
    survey.append(["begin_repeat", REPEAT, *["Victim"] * 6, ""])
    for name, (kind, labels) in VICTIM_QUESTIONS.items():
        survey.append([kind, name, *labels, ""])
    survey.append(["end_repeat", "", *[""] * 6, ""])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", *LANGS])
    for list_name, name, labels in CHOICES:
        choices.append([list_name, name, *labels])
    book.create_sheet("settings").append(["form_title", "default_language"])
    book.save(path)
    return path


def form_mapping(tmp_path: Path) -> exchange.Mapping:
    doc = kobo_doc(
        repeats={
            REPEAT: {
                "list": "victims",
                "columns": {
                    "victim_name": "victim.name",
                    "victim_sex": "victim.sex",
                    "victim_age": "victim.age_group",
                },
            }
        }
    )
    doc["columns"]["province"] = "location.admin1_pcode"
    doc["values"]["violation.type"].update({"shelling_market": "attack_on_civilian_objects"})
    mapping = exchange.load_mapping(write_json(tmp_path / "form-mapping.json", doc))
    return apply_form(mapping, write_form(tmp_path / "form.xlsx"))


# one row per language: the export's labels and values in that language, a different country
COUNTRY_ROWS = {
    "en": ("DR Congo", "North Kivu", "Arrest or detention Shelling of a market", "Army"),
    "fr": ("Colombie", "Antioquia", "Meurtre Arrestation ou détention", "Groupe armé"),
    "es": ("Ucrania", "Járkov", "Bombardeo de un mercado Bombardeo", "Ejército"),
    "ru": ("Йемен", "Аден", "Арест или задержание Убийство", "Вооружённая группа"),
    "ar": ("ميانمار", "راخين", "القصف القتل", "الجيش"),
    "zh": ("乌克兰", "哈尔科夫", "逮捕 或 拘留 炮击 市场", "军队"),
}
EXPECTED = {
    "en": (
        "COD",
        "CD-NK",
        ["arbitrary_detention", "attack_on_civilian_objects"],
        "state_armed_forces",
    ),
    "fr": ("COL", "CO-ANT", ["killing", "arbitrary_detention"], "non_state_armed_group"),
    "es": (
        "UKR",
        "UA-63",
        ["attack_on_civilian_objects", "indiscriminate_attack"],
        "state_armed_forces",
    ),
    "ru": ("YEM", "YE-AD", ["arbitrary_detention", "killing"], "non_state_armed_group"),
    "ar": ("MMR", "MM-16", ["indiscriminate_attack", "killing"], "state_armed_forces"),
    "zh": (
        "UKR",
        "UA-63",
        ["arbitrary_detention", "attack_on_civilian_objects"],
        "state_armed_forces",
    ),
}


@pytest.mark.parametrize("lang", list(COUNTRY_ROWS))
def test_an_export_in_each_un_language_imports_with_the_form(store, tmp_path, lang):
    col = LANGS.index(next(x for x in LANGS if x.endswith(f"({lang})")))
    label = {name: labels[col] for name, (_k, labels) in QUESTIONS.items()}
    country, province, kinds, perpetrator = COUNTRY_ROWS[lang]
    header = [
        f"incident/{label['title']}" if lang == "fr" else label["title"],
        label["incident_date"],
        label["country"],
        label["province"],
        label["incident_type"],
        label["perpetrator"],
        *META,
    ]
    path = write_csv(
        tmp_path / f"{lang}.csv",
        [
            header,
            ["", "#date", "#country+name", "#adm1+code", "#event", "#actor", "", "", "", "", ""],
            [
                "Incident",
                "2026-09-30",
                country,
                province,
                kinds,
                perpetrator,
                "1",
                "u-1",
                "2026-10-01",
                "",
                "1",
            ],
        ],
    )
    checked = exchange.check(store, exchange.read_table(path), form_mapping(tmp_path))
    assert checked.errors == []
    assert checked.warnings == [
        "the mapping has repeat groups, which KoboToolbox's CSV export leaves out: only the "
        "submissions' own fields are imported; use the XLSX export for them"
    ]
    [(n, rows)] = checked.valid
    code, region, violations, perp = EXPECTED[lang]
    assert n == 3
    assert (rows.incident["country"], rows.incident["admin1_code"]) == (code, region)
    assert [v["type"] for v in rows.violations] == violations
    assert [p["category"] for p in rows.perpetrators] == [perp]


def test_the_form_is_read_as_hostile_as_any_workbook(tmp_path):
    mapping = exchange.load_mapping("kobo")
    (tmp_path / "fake.xlsx").write_bytes(b"PK not a zip")
    with pytest.raises(BadInput) as err:
        apply_form(mapping, tmp_path / "fake.xlsx")
    assert err.value.field == "--form" and "not an Excel .xlsx workbook" in err.value.reason
    book = openpyxl.Workbook()
    book.active.title = "data"
    book.save(tmp_path / "nosurvey.xlsx")
    with pytest.raises(BadInput, match="has no survey sheet"):
        apply_form(mapping, tmp_path / "nosurvey.xlsx")
    book = openpyxl.Workbook()
    book.active.title = "survey"
    book.active.append(["type", "name", "label"])
    book.active.append(["select_one missing_list", "country", "Country"])
    book.save(tmp_path / "nolist.xlsx")
    with pytest.raises(BadInput) as err:
        apply_form(mapping, tmp_path / "nolist.xlsx")
    assert err.value.field == "--form" and err.value.reason.startswith("survey row 2:")


# ---- the XLSX export with repeat-group sheets ---------------------------------------------
def write_xlsx_export(path: Path, victims: list[list], extra_sheet: bool = True) -> Path:
    book = openpyxl.Workbook()
    main = book.active
    main.title = "Incident report form"
    main.append(["Title", "Date of incident", "Country", "Province", "Violations", *META])
    main.append(["#title", "#date", "#country", "#adm1", "#event", "", "", "", "", ""])
    main.append(
        [
            "Kivu raid",
            "2026-09-01",
            "RD Congo",
            "Nord-Kivu",
            "Meurtre",
            11,
            "u1",
            "2026-09-02",
            "",
            1,
        ]
    )
    main.append(
        [
            "Aden arrests",
            "2026-09-05",
            "Yemen",
            "Aden",
            "Arrest or detention",
            12,
            "u2",
            "2026-09-06",
            "",
            2,
        ]
    )
    sheet = book.create_sheet(REPEAT[:31])
    sheet.append(
        [
            "victim_name",
            "Sex",
            "Возраст",
            "_index",
            "_parent_table_name",
            "_parent_index",
            "_submission__id",
            "_submission__uuid",
        ]
    )
    for row in victims:
        sheet.append(row)
    if extra_sheet:
        book.create_sheet("witness_statements").append(["statement", "_parent_index"])
    book.save(path)
    return path


def test_xlsx_export_with_repeat_sheets_gives_children(store, tmp_path):
    path = write_xlsx_export(
        tmp_path / "export.xlsx",
        [
            ["A. M.", "Femme", "До 18 лет", 1, "Incident report form", 1, 11, "u1"],
            ["B. K.", "Man", "18 or older", 2, "Incident report form", 1, 11, "u1"],
            ["", "男性", "", 3, "Incident report form", 2, 12, "u2"],
        ],
    )
    table = exchange.read_table(path)
    assert set(table.sheets) == {REPEAT[:31], "witness_statements"}
    checked = exchange.check(store, table, form_mapping(tmp_path))
    assert checked.errors == []
    assert checked.warnings == [
        'sheet witness_statements is not a repeat group of the mapping\'s "repeats"; ignored'
    ]
    assert [n for n, _ in checked.valid] == [3, 4]
    kivu, aden = (rows for _, rows in checked.valid)
    assert [(v["name"], v["sex"], v["age_group"]) for v in kivu.victims] == [
        ("A. M.", "female", "child"),
        ("B. K.", "male", "adult"),
    ]
    assert [(v["sex"], v["age_group"]) for v in aden.victims] == [("male", "unknown")]
    exchange.commit(store, checked, table)
    stored = Incidents(store).get(kivu.incident["id"])
    assert [v["sex"] for v in stored["victims"]] == ["female", "male"]


def test_repeat_rows_without_a_parent_or_with_bad_cells_are_row_errors(store, tmp_path):
    path = write_xlsx_export(
        tmp_path / "export.xlsx",
        [
            ["A. M.", "Femme", "До 18 лет", 1, "Incident report form", 1, 11, "u1"],
            ["B. K.", "Marsien", "", 2, "Incident report form", 2, 12, "u2"],
            ["C. D.", "Man", "", 3, "Incident report form", 9, 19, "u9"],
        ],
        extra_sheet=False,
    )
    checked = exchange.check(store, exchange.read_table(path), form_mapping(tmp_path))
    sheet = REPEAT[:31]
    assert errors_of(checked) == [
        (None, 4, None, "repeat", f"its repeat row 3 of sheet {sheet} has an error"),
        (
            sheet,
            3,
            "Sex",
            "victim.sex",
            "is not a known sex code or label (the vocabulary lists them), or add it to "
            'the mapping\'s "values"',
        ),
        (
            sheet,
            4,
            "_parent_index",
            "_parent_index",
            "names no submission of the first sheet (no row there has this _index); the row "
            "is not imported",
        ),
    ]
    assert [n for n, _ in checked.valid] == [3]
    assert checked.error_rows == 2  # the Aden submission and the orphan repeat row
    assert str(checked.errors[1]).startswith(f"sheet {sheet}, row 3, Sex (victim.sex): ")
    assert checked.as_json()["errors"][1]["sheet"] == sheet


def test_repeat_children_fail_validation_at_their_own_row(store, tmp_path):
    book = openpyxl.Workbook()
    main = book.active
    main.append(["title", "incident_date", "country", "incident_type", "_index"])
    main.append(["Raid", "2026-09-01", "COD", "killing detention", 1])
    for name, rows in (
        ("violations", [["killing", "3", "2026-09-01", 1], ["arrest", "", "2099-01-01", 1]]),
        ("perpetrators", [["army", "Unit 7", "", 1]]),
        ("sources", [["witness", "hearsay", "no", 1]]),
    ):
        ws = book.create_sheet(name)
        ws.append(["a", "b", "c", "_parent_index"])
        for row in rows:
            ws.append(row)
    book.save(tmp_path / "children.xlsx")
    doc = kobo_doc(
        repeats={
            "violations": {
                "list": "violations",
                "columns": {
                    "a": "violation.type",
                    "b": "violation.victims_count",
                    "c": "violation.date",
                },
            },
            "perpetrators": {
                "list": "perpetrators",
                "columns": {"a": "perpetrator.category", "b": "perpetrator.name", "c": None},
            },
            "sources": {
                "list": "sources",
                "columns": {"a": "source.type", "b": "source.connection", "c": "source.protected"},
            },
        }
    )
    doc["values"]["violation.type"]["arrest"] = "arbitrary_detention"
    mapping = exchange.load_mapping(write_json(tmp_path / "m.json", doc))
    checked = exchange.check(store, exchange.read_table(tmp_path / "children.xlsx"), mapping)
    assert errors_of(checked) == [
        (None, 2, None, "repeat", "its repeat row 3 of sheet violations has an error"),
        ("violations", 3, "c", "violations[1].date", "is in the future"),
    ]
    # the same without the future date: the children land, the repeat violations fill the
    # row's own, and the perpetrator carried out each of them
    book = openpyxl.load_workbook(tmp_path / "children.xlsx")
    book["violations"]["C3"] = "2026-09-01"
    book.save(tmp_path / "children.xlsx")
    checked = exchange.check(store, exchange.read_table(tmp_path / "children.xlsx"), mapping)
    assert checked.errors == []
    [(_, rows)] = checked.valid
    assert [(v["type"], v["victims_count"]) for v in rows.violations] == [
        ("killing", 3),
        ("arbitrary_detention", None),
    ]
    [perp] = rows.perpetrators
    assert (perp["category"], perp["name"]) == ("state_armed_forces", "Unit 7")
    assert sorted(x["degree"] for x in rows.involvements) == ["carried_out", "carried_out"]
    [source] = rows.sources
    assert (source["type"], source["connection"], source["protected"]) == (
        "individual",
        "indirect_witness",
        False,
    )


def test_bad_repeats_in_a_mapping_are_refused_naming_the_key():
    for repeats, where in (
        ({"r": {"list": "witnesses", "columns": {"a": "victim.name"}}}, "mapping.repeats.r.list"),
        (
            {"r": {"list": "victims", "columns": {"a": "source.type"}}},
            "mapping.repeats.r.columns.a",
        ),
        ({"r": {"list": "victims", "columns": {}}}, "mapping.repeats.r.columns"),
        ({"r": {"list": "victims", "columns": {"a": None}, "x": 1}}, "mapping.repeats.r.x"),
        ([], "mapping.repeats"),
    ):
        with pytest.raises(BadInput) as err:
            exchange.parse_mapping({"columns": {"a": "title"}, "repeats": repeats})
        assert err.value.field == where
    with pytest.raises(BadInput) as err:
        exchange.parse_mapping({"columns": {"a": "title"}, "labels": {"x": 1}})
    assert err.value.field == "mapping.labels"


# ---- --mapping kobo is the starter mapping, whatever the working directory holds ------------
def test_a_folder_or_file_named_kobo_never_shadows_the_starter_mapping(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kobo").mkdir()
    assert exchange.load_mapping("kobo").name == "KoboToolbox incident report"
    (tmp_path / "kobo").rmdir()
    write_json(tmp_path / "kobo", {"name": "mine", "columns": {"a": "title"}})
    write_json(tmp_path / "kobo.json", {"name": "mine too", "columns": {"a": "title"}})
    assert exchange.load_mapping("kobo").name == "KoboToolbox incident report"
    assert exchange.load_mapping("./kobo").name == "mine"
    assert exchange.load_mapping("kobo.json").name == "mine too"
    assert exchange.load_mapping(Path("kobo")).name == "mine"
    with pytest.raises(BadInput) as err:
        exchange.load_mapping("kobbo")
    assert err.value.field == "--mapping" and "(there are: kobo)" in err.value.reason


# ---- the command line ------------------------------------------------------------------------
def _count(data_dir: Path) -> int:
    from app.store import Store

    with Store.open(data_dir, PASSPHRASE) as opened:
        return Incidents(opened).count()


def test_cli_form_delimiter_and_bad_input_exit_2(run_import, data_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kobo").mkdir()  # never read as the mapping
    form = write_form(tmp_path / "form.xlsx")
    path = tmp_path / "fr.csv"
    path.write_bytes(
        (
            "Titre;Date de l'incident;Pays;Violations commises;_index\r\n"
            ";#date;#country;#event;\r\n"
            "Meurtre à Goma;2026-09-30;RD Congo;Meurtre Bombardement;1\r\n"
            "Arrestations;2026-09-30;RD Congo;Meurtre Pillage inconnu;2\r\n"
        ).encode()
    )
    code, out, _ = run_import(str(path), "--mapping", "kobo", "--form", str(form), "--dry-run")
    assert code == 2
    assert out.splitlines()[0].startswith(
        "row 4, Violations commises (violation.type): cannot be split into choices: from word 3 "
        "of 3 on"
    )
    assert out.splitlines()[-1] == "2 rows: 1 valid, 1 with errors, 0 likely duplicates"
    assert _count(data_dir) == 0
    # forced to commas, the header is one column: nothing maps, and nothing is imported
    code, out, _ = run_import(
        str(path), "--mapping", "kobo", "--form", str(form), "--delimiter", ",", "--dry-run"
    )
    assert code == 2 and "title: is required; no column is mapped to it" in out
    path.write_bytes(path.read_bytes().replace(b" Pillage inconnu", b""))
    code, out, _ = run_import(
        str(path), "--mapping", "kobo", "--form", str(form), "--delimiter", ";", "--yes"
    )
    assert code == 0 and out.splitlines()[-1] == "Imported 2 incidents."
    assert _count(data_dir) == 2
    code, _, err = run_import(str(path), "--mapping", "kobo", "--form", str(path), "--yes")
    assert code == 2 and "--form" in err
    assert _count(data_dir) == 2
