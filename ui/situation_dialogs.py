"""Dialogs of the Situations section: a new risk assessment (a level and a rationale for each
of the 14 factors, prefilled from the last one) and one strategy action. Both save a new
version through app.situations on the store worker; problems are named next to the fields."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from app import validation as v
from app.errors import BadInput
from app.humanitarian import Humanitarian, situation_places
from app.situations import Situations
from app.situations.strategies import serving, without_objective
from app.store import Store
from app.vocab import Term, vocabularies
from ui.incident_picker import CitedIncidents
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.saving_dialog import _SavingDialog
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import add_term, tooltip_follows_item
from ui.widgets import DateField

log = logging.getLogger(__name__)


def factor_explained(term: Term, lang: str) -> str:
    """A risk factor as the Framework of Analysis explains it: its description and its
    indicators (in `lang` where the vocabulary has them, else English)."""
    lines = [f"{term.rank}. {term.label(lang)}"]
    description = term.description(lang)
    if description:
        lines += ["", description]
    indicators = term.attrs.get("indicators") or []
    if indicators:
        lines += ["", QCoreApplication.translate("AssessmentDialog", "Indicators:")]
        for ind in indicators:
            labels = ind.get("labels") or {}
            lines.append(f"{ind.get('code', '')} {labels.get(lang) or labels.get('en', '')}")
    return "\n".join(lines)


def _checklist(kind: str, lang: str, chosen: list[str], *, numbered: bool = False) -> QListWidget:
    """The terms of `kind` with a check box each, those in `chosen` checked."""
    box = QListWidget()
    for i, term in enumerate(vocabularies().terms(kind)):
        item = QListWidgetItem(f"{i + 1}. {term.label(lang)}" if numbered else term.label(lang))
        item.setData(Qt.ItemDataRole.UserRole, term.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = term.code in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if kind == "risk-factor":
            item.setToolTip(factor_explained(term, lang))
        elif term.description(lang):
            item.setToolTip(term.description(lang))
        box.addItem(item)
    box.setMaximumHeight(6 * box.fontMetrics().lineSpacing() + 8)
    return box


def _checked(box: QListWidget) -> list[str]:
    return [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


def _combo(kind: str, lang: str, current: str | None, *, blank: str | None = None) -> QComboBox:
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, None)
    for term in vocabularies().terms(kind):
        add_term(box, term, lang)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 else 0)
    tooltip_follows_item(box)
    return box


def _held_series(store: Store, situation_id: str) -> list[dict[str, Any]]:
    """The humanitarian series held for a situation's places (on the store worker)."""
    situation = Situations(store).get(situation_id)
    return Humanitarian(store).held(situation_places(situation["country"], situation["regions"]))


class AssessmentDialog(_SavingDialog):
    """A new dated assessment. `previous` (the latest one) fills the levels and rationales,
    so an update means changing what changed."""

    def __init__(
        self,
        store: Store,
        situation_id: str,
        previous: dict | None,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id = store, situation_id
        self.setWindowTitle(self.tr("New risk assessment"))
        self.resize(900, 640)
        before = {f["factor"]: f for f in (previous or {}).get("factors", [])}
        today = QDate.currentDate()
        self.date = DateField(self.tr("Assessed on"), today, optional=False, maximum=today)
        factors = vocabularies().terms("risk-factor")
        self.table = QTableWidget(len(factors), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Risk factor"), self.tr("Level"), self.tr("Trend"), self.tr("Rationale")]
        )
        self.table.setAccessibleName(self.tr("Risk factors"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)
        self.table.setWordWrap(True)
        self.levels: dict[str, QComboBox] = {}
        self.trends: dict[str, QComboBox] = {}
        self.rationales: dict[str, QPlainTextEdit] = {}
        self.evidence: dict[str, list[str]] = {}  # carried from the previous assessment
        self.series: dict[str, list[dict[str, Any]]] = {}  # humanitarian series cited, likewise
        for row, term in enumerate(factors):
            name = term.label(lang)
            item = QTableWidgetItem(f"{row + 1}. {name}")
            item.setToolTip(factor_explained(term, lang))
            self.table.setItem(row, 0, item)
            old = before.get(term.code, {})
            self.levels[term.code] = _combo(
                "risk-level", lang, old.get("level"), blank=self.tr("— not assessed")
            )
            self.levels[term.code].setAccessibleName(
                fill(self.tr("Level: {factor}"), factor=term.label(lang))
            )
            self.table.setCellWidget(row, 1, self.levels[term.code])
            self.trends[term.code] = _combo(
                "risk-trend", lang, None, blank=self.tr("— from the last assessment")
            )
            self.trends[term.code].setAccessibleName(
                fill(self.tr("Trend: {factor}"), factor=term.label(lang))
            )
            self.table.setCellWidget(row, 2, self.trends[term.code])
            rationale = QPlainTextEdit(old.get("rationale", ""))
            rationale.setTabChangesFocus(True)
            rationale.setAccessibleName(
                fill(self.tr("Rationale: {factor}"), factor=term.label(lang))
            )
            self.rationales[term.code] = rationale
            self.table.setCellWidget(row, 3, rationale)
            self.table.setRowHeight(row, 4 * rationale.fontMetrics().lineSpacing())
            self.evidence[term.code] = list(old.get("evidence") or [])
            self.series[term.code] = [dict(x) for x in old.get("series") or ()]
        self.summary = QPlainTextEdit((previous or {}).get("summary", ""))
        self.summary.setMaximumHeight(90)
        # the evidence of one factor at a time: the factor chosen here, or the table's row
        self.evidence_factor = QComboBox()
        self.evidence_factor.setAccessibleName(self.tr("Evidence for the risk factor"))
        self.factor_names = {t.code: f"{i + 1}. {t.label(lang)}" for i, t in enumerate(factors)}
        for term in factors:
            self.evidence_factor.addItem(self.factor_names[term.code], term.code)
        first = factors[0].code if factors else ""
        self.cited = CitedIncidents(
            store,
            situation_id,
            self.evidence.get(first, []),
            name=self.tr("Evidence: incidents"),
        )
        self.cited.changed.connect(self._evidence_changed)
        self.evidence_factor.currentIndexChanged.connect(self._show_evidence)
        self.table.currentCellChanged.connect(
            lambda row, _c, _r, _pc: self.evidence_factor.setCurrentIndex(row)
        )
        self._count_evidence()
        # humanitarian series held for the situation's places (app.humanitarian), to cite:
        # checked = cited for the factor chosen above
        self.series_list = QListWidget()
        self.series_list.setAccessibleName(self.tr("Evidence: humanitarian series"))
        self.series_list.setMaximumHeight(110)
        self.series_list.itemChanged.connect(self._series_changed)
        self._filling = False
        self.evidence_factor.currentIndexChanged.connect(self._show_series)
        run_in_background(
            partial(_held_series, store, situation_id), self._fill_series, self._failed, parent=self
        )
        form = QFormLayout()
        form.addRow(self.tr("Assessed on"), self.date)
        form.addRow(self.tr("Summary"), self.summary)
        evidence = QFormLayout()
        evidence.addRow(self.tr("Evidence for"), self.evidence_factor)
        evidence.addRow(self.tr("Incidents"), self.cited)
        evidence.addRow(self.tr("Humanitarian series"), self.series_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(evidence)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _fill_series(self, held: list[dict[str, Any]]) -> None:
        """One checkable row per series held, and those cited before though no longer held."""
        cited = [x for refs in self.series.values() for x in refs]
        rows = [
            {"dataset": h["dataset"], "place": h["place"], "measure": h["measure"]} for h in held
        ]
        names = {h["dataset"]: h["name"] for h in held}
        rows += [x for x in cited if x not in rows]
        self._filling = True
        self.series_list.clear()
        for ref in rows:
            item = QListWidgetItem(
                fill(
                    self.tr("{measure} in {place} ({dataset})"),
                    measure=ref["measure"],
                    place=ref["place"],
                    dataset=names.get(ref["dataset"], ref["dataset"][:8]),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.series_list.addItem(item)
        self._filling = False
        self._show_series()

    def _show_series(self, _index: int = 0) -> None:
        cited = self.series.get(self.evidence_factor.currentData(), [])
        self._filling = True
        for i in range(self.series_list.count()):
            item = self.series_list.item(i)
            ref = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if ref in cited else Qt.CheckState.Unchecked)
        self._filling = False

    def _series_changed(self, _item: QListWidgetItem) -> None:
        if self._filling:
            return
        self.series[self.evidence_factor.currentData()] = [
            self.series_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.series_list.count())
            if self.series_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show_evidence(self, _index: int = 0) -> None:
        self.cited.set_ids(self.evidence.get(self.evidence_factor.currentData(), []))

    def _evidence_changed(self) -> None:
        self.evidence[self.evidence_factor.currentData()] = list(self.cited.ids)
        self._count_evidence()

    def _count_evidence(self) -> None:
        """Each factor in the chooser says how many incidents it cites."""
        for i in range(self.evidence_factor.count()):
            code = self.evidence_factor.itemData(i)
            n = len(self.evidence.get(code, []))
            name = self.factor_names[code]
            self.evidence_factor.setItemText(
                i, fill(self.tr("{factor} (%n incident(s))", "", n), factor=name) if n else name
            )

    def document(self) -> dict:
        factors = [
            {
                "factor": code,
                "level": box.currentData(),
                "trend": self.trends[code].currentData(),
                "rationale": self.rationales[code].toPlainText(),
                "evidence": self.evidence[code],
                **({"series": self.series[code]} if self.series.get(code) else {}),
            }
            for code, box in self.levels.items()
            if box.currentData() is not None
        ]
        return {
            "assessed_on": self.date.iso(),
            "summary": self.summary.toPlainText(),
            "factors": factors,
        }

    def save(self) -> None:
        if not self._dates_ok(self.date):
            return
        doc = self.document()
        self._run(partial(Situations(self.store).assess, self.situation_id, doc))


class ActionDialog(_SavingDialog):
    """One action of the strategy, new (`index` None) or edited; saving makes the next
    version of the strategy, refused if someone saved another version meanwhile."""

    def __init__(
        self,
        store: Store,
        situation_id: str,
        strategy: dict | None,
        index: int | None,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id = store, situation_id
        self.strategy, self.index = strategy, index
        action = strategy["actions"][index] if strategy and index is not None else {}
        self.setWindowTitle(self.tr("Strategy action"))
        self.title = QLineEdit(action.get("title", ""))
        self.pillar = _combo("strategy-pillar", lang, action.get("pillar"))
        self.level = _combo("strategy-level", lang, action.get("level"))
        self.lead = _combo("un-entity", lang, action.get("lead"))
        self.owner = QLineEdit(action.get("owner") or "")
        self.status = _combo("action-status", lang, action.get("status"))
        # typed or picked; the calendar opens at the due date, else today (issue 17)
        self.due = DateField(self.tr("Due"), action.get("due"))
        self.indicators = QPlainTextEdit("\n".join(action.get("indicators", [])))
        self.indicators.setMaximumHeight(80)
        objectives = (strategy or {}).get("objectives") or []
        self.objective = QComboBox()
        self.objective.addItem(self.tr("— none"), None)
        for i, text in enumerate(objectives):
            self.objective.addItem(f"{i + 1}. {text}", i)
        self.objective.setCurrentIndex(max(0, self.objective.findData(action.get("objective"))))
        self.partners = _checklist("un-entity", lang, action.get("partners") or [])
        self.partners.setAccessibleName(self.tr("Partner UN entities"))
        self.risk_factors = _checklist(
            "risk-factor", lang, action.get("risk_factors") or [], numbered=True
        )
        self.risk_factors.setAccessibleName(self.tr("Risk factors addressed"))
        self.incidents = CitedIncidents(
            store,
            situation_id,
            action.get("incidents") or [],
            name=self.tr("Incidents addressed"),
        )
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.title)
        form.addRow(self.tr("Objective"), self.objective)
        form.addRow(self.tr("Pillar"), self.pillar)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Lead UN entity"), self.lead)
        form.addRow(self.tr("Partner UN entities"), self.partners)
        form.addRow(self.tr("Risk factors addressed"), self.risk_factors)
        form.addRow(self.tr("Incidents addressed"), self.incidents)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Indicators (one a line)"), self.indicators)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def action(self) -> dict:
        old = (
            self.strategy["actions"][self.index] if self.strategy and self.index is not None else {}
        )
        due = self.due.iso()
        keep = {k: old[k] for k in ("id",) if k in old}
        return {
            **keep,
            "incidents": list(self.incidents.ids),
            "title": self.title.text(),
            "objective": self.objective.currentData(),
            "partners": _checked(self.partners),
            "risk_factors": _checked(self.risk_factors),
            "pillar": self.pillar.currentData(),
            "level": self.level.currentData(),
            "lead": self.lead.currentData(),
            "owner": self.owner.text() or None,
            "due": due,
            "status": self.status.currentData(),
            "indicators": [
                x.strip() for x in self.indicators.toPlainText().splitlines() if x.strip()
            ],
        }

    def document(self) -> dict:
        strategy = self.strategy or {"objectives": [], "actions": [], "note": "", "version": 0}
        actions = [
            {k: x for k, x in a.items() if k not in ("overdue", "blocked")}
            for a in strategy["actions"]
        ]
        if self.index is None:
            actions.append(self.action())
        else:
            actions[self.index] = self.action()
        return {
            "objectives": strategy["objectives"],
            "actions": actions,
            "note": strategy.get("note", ""),
            "version": strategy["version"] or None,
        }

    def save(self) -> None:
        if not self._dates_ok(self.due):
            return
        doc = self.document()
        self._run(partial(Situations(self.store).save_strategy, self.situation_id, doc))


class SituationDialog(_SavingDialog):
    """A situation of concern, new (`current` None) or edited: what it is, and the rule that
    picks its incidents (country, regions, dates, violation types). A new one can start from
    `prefill` (the same keys as a situation: the Horizon page's proposal)."""

    def __init__(
        self,
        store: Store,
        current: dict | None,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        prefill: dict[str, Any] | None = None,
    ) -> None:
        from ui.vocab_widgets import CountryCombo

        super().__init__(parent)
        self.store, self.current = store, current
        current = current or prefill or {}
        self.setWindowTitle(self.tr("Situation of concern"))
        self.resize(620, 560)
        self.name = QLineEdit(current.get("name", ""))
        self.country = CountryCombo(lang=lang)
        self.country.set_code(current.get("country"))
        self.regions = QLineEdit(", ".join(current.get("regions", [])))
        self.regions.setPlaceholderText(self.tr("regions, separated by commas (none: all)"))
        self.status = _combo("situation-status", lang, current.get("status"))
        self.owner = QLineEdit(current.get("owner") or "")
        self.description = QPlainTextEdit(current.get("description", ""))
        self.date_from = DateField(self.tr("From"), current.get("date_from"))
        self.date_to = DateField(self.tr("To"), current.get("date_to"))
        self.violations = QTableWidget(0, 1)
        self.violations.horizontalHeader().setVisible(False)
        self.violations.verticalHeader().setVisible(False)
        self.violations.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        chosen = set(current.get("violations", []))
        for term in vocabularies().terms("violation"):
            item = QTableWidgetItem(term.label(lang))
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setToolTip(term.description(lang))
            item.setCheckState(
                Qt.CheckState.Checked if term.code in chosen else Qt.CheckState.Unchecked
            )
            row = self.violations.rowCount()
            self.violations.insertRow(row)
            self.violations.setItem(row, 0, item)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Regions"), self.regions)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Violation types (none ticked: all)"), self.violations)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def document(self) -> dict:
        violations = [
            self.violations.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.violations.rowCount())
            if self.violations.item(r, 0).checkState() == Qt.CheckState.Checked
        ]
        doc = {
            "name": self.name.text(),
            "country": self.country.code(),
            "regions": [
                x.strip() for x in self.regions.text().replace("،", ",").split(",") if x.strip()
            ],
            "status": self.status.currentData(),
            "owner": self.owner.text() or None,
            "description": self.description.toPlainText(),
            "date_from": self.date_from.iso(),
            "date_to": self.date_to.iso(),
            "violations": violations,
        }
        if self.current:
            doc["revision"] = self.current["revision"]
        return doc

    def save(self) -> None:
        if not self._dates_ok(self.date_from, self.date_to):
            return
        doc = self.document()
        situations = Situations(self.store)
        if self.current:
            self._run(partial(situations.edit, self.current["id"], doc))
        else:
            self._run(partial(situations.add, doc))


class ObjectivesDialog(_SavingDialog):
    """The strategy's objectives: add, change the wording of, or remove one (asking first
    when actions serve it: they then serve none). Saving makes the next version of the
    strategy, refused if someone saved another version meanwhile."""

    def __init__(
        self,
        store: Store,
        situation_id: str,
        strategy: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id = store, situation_id
        strategy = strategy or {"objectives": [], "actions": [], "note": "", "version": 0}
        self.doc: dict[str, Any] = {
            "objectives": list(strategy["objectives"]),
            "actions": [
                {k: x for k, x in a.items() if k not in ("overdue", "blocked")}
                for a in strategy["actions"]
            ],
            "note": strategy.get("note", ""),
            "version": strategy.get("version") or None,
        }
        self.original = {"objectives": list(self.doc["objectives"]), "actions": self.doc["actions"]}
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Objectives of the strategy"))
        hint = QLabel(
            self.tr(
                "Choose an objective to change its wording or remove it, or type a new one "
                "and add it. Saving makes a new version of the strategy."
            )
        )
        hint.setWordWrap(True)
        self.resize(640, 420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Objectives"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Objective"))
        self.text.setPlaceholderText(self.tr("What the strategy aims at"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("Change wording"))
        self.change_button.setAccessibleName(self.tr("Change the wording of the objective"))
        self.change_button.clicked.connect(self.change)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the objective"))
        self.remove_button.clicked.connect(self.ask_remove)
        row = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Objective"), self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show()

    def _show(self, current: int = -1) -> None:
        self.list.clear()
        for i, text in enumerate(self.doc["objectives"]):
            n = len(serving(self.doc, i))
            line = f"{i + 1}. {text}"
            if n:
                line = fill(self.tr("{objective} (%n action(s))", "", n), objective=line)
            self.list.addItem(line)
        self.list.setCurrentRow(current)
        self._selected(current)

    def _selected(self, row: int) -> None:
        chosen = 0 <= row < len(self.doc["objectives"])
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        if chosen:
            self.text.setText(self.doc["objectives"][row])

    def _checked(self) -> str | None:
        """The objective typed, checked as saving checks it; None (and the problem named
        below the form) when it would be refused."""
        try:
            text = v.text(self.text.text(), "objective", required=True, max_len=2000)
        except BadInput as exc:
            if exc.reason == "is required":
                reason = self.tr("is required: write what the strategy aims at")
            elif exc.reason.startswith("is longer than"):
                reason = fill(self.tr("is longer than {count} characters"), count=2000)
            else:
                reason = exc.reason
            self.problem.setText(fill(self.tr("Objective: {reason}"), reason=reason))
            self.text.setFocus()
            return None
        self.problem.clear()
        return text

    def add(self) -> None:
        text = self._checked()
        if text is not None:
            self.doc["objectives"].append(text)
            self._show(len(self.doc["objectives"]) - 1)

    def change(self) -> None:
        row = self.list.currentRow()
        text = self._checked()
        if text is not None and 0 <= row < len(self.doc["objectives"]):
            self.doc["objectives"][row] = text
            self._show(row)

    def ask_remove(self) -> None:
        """Remove the objective chosen; when actions serve it, only once the officer says
        so (window-modal, answered later: `confirm`)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.doc["objectives"]):
            return
        actions = serving(self.doc, row)
        if not actions:
            self.remove(row)
            return
        box = self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the objective?"),
            fill(
                self.tr(
                    "%n action(s) serve this objective: {actions}. "
                    "They stay in the strategy, with no objective.",
                    "",
                    len(actions),
                ),
                actions="; ".join(actions),
            ),
            parent=self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self.remove(row) if button is remove else None)
        box.open()

    def remove(self, row: int) -> None:
        self.doc = without_objective(self.doc, row)
        self._show(min(row, len(self.doc["objectives"]) - 1))
        if not self.doc["objectives"]:
            self.text.clear()

    def save(self) -> None:
        if {k: self.doc[k] for k in self.original} == self.original:
            self.accept()  # nothing changed: no new version
            return
        doc = dict(self.doc)
        self._run(partial(Situations(self.store).save_strategy, self.situation_id, doc))
