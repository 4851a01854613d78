"""The map page on a real store: regions shaded by the list's filter, a click on a region
(or Enter on it in the list beside the map) lists exactly its incidents, points only where
there are coordinates, a note for incidents without a region, and the Arabic layout."""

from __future__ import annotations

from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import on_worker
from ui.incident_list import IncidentListView
from ui.main_window import INCIDENTS, MAP
from ui.map_page import MapPage, RegionRole
from ui.qt import QApplication, Qt
from ui.report.map import label_point

WAIT = 10_000


def doc(admin1: str | None, coords: tuple[float, float] | None = None, country="SYR") -> dict:
    location: dict = {"country": country}
    if admin1:
        location["admin1"] = admin1
    if coords:
        location.update(lat=coords[0], lon=coords[1], precision="exact")
    return incident_doc(location=location)


DOCS = [
    doc("Aleppo", (36.2021, 37.1343)),
    doc("Aleppo", (36.21, 37.15)),
    doc("Aleppo"),
    doc("Idleb", (35.93, 36.63)),
    doc("Homs"),
    doc(None),
    doc("Beirut", country="LBN"),
]


def add(qtbot, store: Store, docs: list[dict]) -> None:
    on_worker(qtbot, lambda: Incidents(store).add_many(docs))


def loaded_page(qtbot, store: Store, query=IncidentQuery, lang="en") -> MapPage:
    page = MapPage(store, query, lang=lang)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.is_loaded, timeout=WAIT)
    return page


def test_a_click_on_a_region_lists_exactly_its_incidents(
    qtbot, open_window, store_dir, passphrase
) -> None:
    store = on_worker(qtbot, lambda: Store.open(store_dir, passphrase))
    add(qtbot, store, DOCS)
    on_worker(qtbot, store.close)
    window = open_window()
    assert window.navigation.item(MAP).text() == "Map"
    countries = window.incident_list.country_combo
    countries.setCurrentIndex(countries.findData("SYR"))  # the list filtered to Syria
    window.show_section(MAP)
    page = window.map_page
    qtbot.waitUntil(page.is_loaded, timeout=WAIT)
    assert page.counts is not None and page.counts.countries == ["SYR"]
    canvas = page.canvas
    aleppo = next(i for i, r in canvas.regions.items() if r[2] == "Aleppo")
    assert canvas.regions[aleppo][3] == 3
    point = label_point(canvas.area_paths()[aleppo]).toPoint()
    assert canvas.region_at(point.toPointF()) == aleppo
    assert canvas.hover_text(aleppo) == "Aleppo: 3"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert window.pages.currentIndex() == INCIDENTS
    listed = window.incident_list
    key = canvas.regions[aleppo][1]
    assert listed.current_query().admin1 == key
    qtbot.waitUntil(lambda: listed.model.rowCount() == 3 and not listed.model.is_loading())
    assert listed.count_label.text().startswith("3 incident")


def test_counts_equal_the_list_filtered_to_each_region(qtbot, store: Store) -> None:
    add(qtbot, store, DOCS)
    page = loaded_page(qtbot, store)
    listed = IncidentListView(store)
    qtbot.addWidget(listed)
    page.regionChosen.connect(listed.show_region)
    assert page.region_list.count() == len(page.counts.regions) == 4
    for row in range(page.region_list.count()):
        item = page.region_list.item(row)
        country, key = item.data(RegionRole)
        expected = next(r.count for r in page.counts.regions if r.key == key)
        with qtbot.waitSignal(listed.model.loaded, timeout=WAIT) as shown:
            page.region_list.setCurrentRow(row)
            page.region_list.itemActivated.emit(item)  # Enter on the item
        assert shown.args == [expected]
        assert listed.current_query().country == country
        assert on_worker(qtbot, lambda: Incidents(store).count(listed.current_query())) == expected
        assert f": {expected} incident" in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_points_only_with_coordinates_and_a_note_for_the_rest(qtbot, store: Store) -> None:
    add(qtbot, store, DOCS)
    page = loaded_page(qtbot, store)
    assert sorted(p.weight for p in page.counts.points) == [1, 1, 1]
    assert len(page.canvas.figure.data.points) == 3
    assert "1 incident(s) without a region" in page.note.text()
    assert "4 incident(s) without coordinates" in page.note.text()
    page.points_check.setChecked(False)
    assert page.canvas.figure.data.points == []
    assert page.summary.text() == "7 incident(s) in 4 region(s) on the map"


def test_the_filter_of_the_list_is_the_map_s(qtbot, store: Store) -> None:
    add(qtbot, store, DOCS)
    page = loaded_page(qtbot, store, lambda: IncidentQuery(country="LBN"))
    assert page.counts.countries == ["LBN"]
    assert [r.name for r in page.counts.regions] == ["Beirut"]


def test_arabic_layout(qtbot, store: Store) -> None:
    add(qtbot, store, DOCS)
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = loaded_page(qtbot, store, lang="ar")
        assert page.canvas.figure.rtl
        names = [page.region_list.item(r).text() for r in range(page.region_list.count())]
        assert names[0].startswith("حلب")

        def x(widget) -> int:
            return widget.mapTo(page, widget.rect().topLeft()).x()

        assert x(page.region_list) < x(page.canvas)  # the list beside the map, on its left
        page.grab()  # paints without error right to left
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
