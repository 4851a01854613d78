"""The import wizard's choices on real (offscreen) windows, a real store and real files: a
CSV's encoding and separator, a column's field changed in the mapping page, the values that
match no code resolved by choosing codes in lists (the rows then checked again, clean, and
imported), the choices saved in a mapping file the next check reads with no error, and the
errors saved as CSV without a cell's value."""

from __future__ import annotations

import csv
import json

from app import exchange
from app.exchange.mapping import parse_mapping
from app.incidents import Incidents
from app.store import Store
from tests.ui.conftest import on_worker
from ui.exchange_dialogs import CHECK, CHOOSE, IMPORT, MAPPING, RESOLVE, ImportWizard
from ui.qt import QComboBox, QWizard

SLOW = 20_000  # ms
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton

# Excel's plain "CSV" in French: the Windows code page, and ';'
LATIN = (
    "title;occurred_from;country;lieu;réf\n"
    "Tirs près de l'école;2026-10-03;SYR;Quartier de la gare;A-1\n"
)
# a label and a region the lists do not know, as typed in a field office
UNKNOWN = (
    "title,occurred_from,country,admin1,violation_types\n"
    "Shelling of the market,2026-10-03,SYR,Alepo city,Bombardement aérien\n"
    "Shelling of the school,2026-10-04,Syria,alepo city,bombardement aerien\n"
    "Arrests at the checkpoint,2026-10-05,SYR,Homs,arbitrary_detention\n"
)


def make_wizard(qtbot, store: Store) -> ImportWizard:
    wizard = ImportWizard(store, lang="fr")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_page(qtbot, wizard: ImportWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=SLOW)


def checked(qtbot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.checked, timeout=SLOW):
        wizard.next()
    assert wizard.currentId() == CHECK


def incidents(qtbot, store: Store) -> list[dict]:
    return on_worker(qtbot, lambda: Incidents(store).list())


def test_a_cp1252_csv_in_semicolons_and_a_column_remapped(qtbot, store, tmp_path):
    sheet = tmp_path / "rapports.csv"
    sheet.write_bytes(LATIN.encode("cp1252"))
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(sheet)
    page = wizard.choose_page
    assert page.encoding.isEnabled() and page.delimiter.isEnabled()
    with qtbot.waitSignal(wizard.failed, timeout=SLOW):  # read as UTF-8, it is not
        wizard.next()
    assert wizard.currentId() == CHOOSE
    assert "is not UTF-8 text" in page.status.text()

    wizard.choose_encoding("cp1252", ";")
    to_page(qtbot, wizard, MAPPING)
    mapping = wizard.mapping_page
    assert mapping.first_rows.item(0, 0).text() == "Tirs près de l'école"
    combos = mapping.combos
    assert [c.currentData() for c in combos] == [
        "title",
        "occurred_from",
        "location.country",
        "",
        "",
    ]
    assert combos[3].currentText() == "(ignore)"
    assert combos[2].currentText() == "Country"  # the fields by name (English: no .qm loaded)
    mapping.set_field("réf", "narrative")
    checked(qtbot, wizard)
    assert wizard.mapping is not None and wizard.mapping.columns["réf"] == "narrative"
    wizard.back()  # changed again: the mapping goes back to what it said for réf
    mapping.set_field("réf", None)
    mapping.set_field("lieu", "location.place")
    assert mapping.columns.item(3, 1).text() == "location.place"
    assert mapping.changed_columns() == {"lieu": "location.place"}

    checked(qtbot, wizard)
    assert "réf" not in wizard.mapping.columns
    assert wizard.check_page.status.text().startswith("1 rows: 1 valid, 0 with errors")
    assert wizard.check_page.errors.isHidden() and wizard.check_page.save_errors.isHidden()
    to_page(qtbot, wizard, IMPORT)  # nothing to resolve
    with qtbot.waitSignal(wizard.imported, timeout=SLOW):
        wizard.button(FINISH).click()
    [row] = incidents(qtbot, store)
    assert row["title"] == "Tirs près de l'école"
    doc = on_worker(qtbot, lambda: Incidents(store).get(row["id"]))
    assert doc["location"]["place"] == "Quartier de la gare"
    assert not doc["narrative"]  # réf went back to being ignored


def test_unknown_values_are_resolved_by_choosing_codes_and_saved_for_the_next_import(
    qtbot, store, tmp_path
):
    sheet = tmp_path / "reports.csv"
    sheet.write_text(UNKNOWN, encoding="utf-8")
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(sheet)
    to_page(qtbot, wizard, MAPPING)
    checked(qtbot, wizard)
    check = wizard.check_page
    assert check.status.text().startswith("3 rows: 1 valid, 2 with errors")
    assert not check.unmatched_note.isHidden()

    to_page(qtbot, wizard, RESOLVE)
    page = wizard.resolve_page
    shown = [
        [page.values.item(r, c).text() for c in range(3)] for r in range(page.values.rowCount())
    ]
    assert shown == [
        ["Region (admin 1)", "Alepo city", "2"],
        ["Violation type", "Bombardement aérien", "2"],
    ]
    regions: QComboBox = page.combos[0]
    names = [regions.itemText(i) for i in range(1, regions.count())]
    assert names[:4] == ["Al-Hasakeh", "Alep", "Ar-Raqqa", "Damas"]  # in French, collated
    assert len(names) == 14  # Syria's governorates only
    assert regions.itemData(names.index("Alep") + 1) == "SY02"
    violations = page.combos[1]
    assert violations.findText("Attaque contre des civils") > 0  # labels in French
    assert wizard.button(NEXT).text() != "Check again"
    page.choose("location.admin1", "Alepo city", "SY02")
    page.choose("violation.type", "Bombardement aérien", "attack_on_civilians")
    assert wizard.button(NEXT).text() == "Check again"
    with qtbot.waitSignal(wizard.checked, timeout=SLOW):
        wizard.next()
    assert wizard.currentId() == CHECK
    assert check.status.text().startswith("3 rows: 3 valid, 0 with errors")
    assert check.unmatched_note.isHidden()

    saved = tmp_path / "field office.json"
    check.save_mapping_to(saved)
    assert check.saved.text() == "Mapping saved in field office.json."
    doc = json.loads(saved.read_text("utf-8"))
    assert doc["values"] == {
        "location.admin1": {"alepocity": "SY02"},
        "violation.type": {"bombardementaerien": "attack_on_civilians"},
    }
    assert doc["name"] == "field office"
    assert doc["columns"] == {
        "title": "title",
        "occurred_from": "occurred_from",
        "country": "location.country",
        "admin1": "location.admin1",
        "violation_types": "violation.type",
    }
    assert parse_mapping(doc).values["location.admin1"] == {"alepocity": "SY02"}

    to_page(qtbot, wizard, IMPORT)
    with qtbot.waitSignal(wizard.imported, timeout=SLOW) as imported:
        wizard.button(FINISH).click()
    assert len(imported.args[0]) == 3
    docs = [on_worker(qtbot, lambda i=i: Incidents(store).get(i)) for i in imported.args[0]]
    shelled = [d for d in docs if d["title"].startswith("Shelling")]
    assert {d["location"]["admin1_pcode"] for d in shelled} == {"SY02"}
    assert {d["violations"][0]["type"] for d in shelled} == {"attack_on_civilians"}

    # the next import of such a file, with the saved mapping: no error
    again = on_worker(
        qtbot,
        lambda: exchange.check(
            store, exchange.read_table(sheet), exchange.load_mapping(str(saved))
        ),
    )
    assert again.errors == [] and len(again.duplicate_rows) == 3  # already imported


def test_errors_are_saved_as_csv_holding_no_cell_value(qtbot, store, tmp_path):
    sheet = tmp_path / "reports.csv"
    sheet.write_text(UNKNOWN, encoding="utf-8")
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(sheet)
    to_page(qtbot, wizard, MAPPING)
    checked(qtbot, wizard)
    check = wizard.check_page
    assert not check.save_errors.isHidden()
    out = tmp_path / "errors.csv"
    check.save_errors_to(out)
    assert check.saved.text() == "Errors saved in errors.csv."
    raw = out.read_text("utf-8-sig")
    rows = list(csv.reader(raw.splitlines()))
    assert rows[0] == ["row", "sheet", "column", "field", "reason"]
    assert [r[:4] for r in rows[1:]] == [
        ["2", "", "violation_types", "violation.type"],
        ["2", "", "admin1", "location.admin1"],
        ["3", "", "violation_types", "violation.type"],
        ["3", "", "admin1", "location.admin1"],
    ]
    for value in ("Alepo", "alepo", "Bombardement", "bombardement", "Shelling", "Homs"):
        assert value not in raw
    check.save_errors_to(tmp_path / "missing" / "errors.csv")
    assert check.saved.text().startswith("The errors were not saved.")
