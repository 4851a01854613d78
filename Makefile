# `make run` and `make test` are all a newcomer needs: both create .venv and install into it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# Qt Linguist catalogues: the .ts sources are kept in git, the compiled .qm are built here
TS := $(wildcard resources/translations/upfront_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-tools lint bench bench-sync bench-report bench-exchange bench-ui bench-scan bench-hq-counts bench-briefing clean translations \
	lupdate \
	package

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

# part of every install: `make run` and `make test` compile the catalogues when a .ts changed
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# after changing user-visible strings: refresh the catalogues from ui/ (packages too), then translate
lupdate: $(STAMP)
	for ts in $(TS); do \
		lang=$${ts##*_}; lang=$${lang%.ts}; \
		$(BIN)/pyside6-lupdate -silent -no-obsolete -target-language $$lang $$(find ui -name '*.py' | sort) -ts $$ts; \
	done

run: $(STAMP) $(QM)
	$(BIN)/upfront

# ruff (lint, then format: `ruff format app ui sync tests bench tools` fixes it), the import
# contracts, and mypy's per-module ratchet (tools/mypy_ratchet.py --update after fixing errors)
lint: $(STAMP) $(QM)
	$(BIN)/ruff check app ui sync tests bench tools
	$(BIN)/ruff format --check app ui sync tests bench tools
	$(BIN)/lint-imports
	$(BIN)/python tools/mypy_ratchet.py

# the PDF tests read a PDF with what its readers use (poppler's pdftotext and pdftoppm): installed
# here where the machine allows (Debian's package, as root); elsewhere those tests say they skip
test-tools:
	@command -v pdftotext >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get install -y -q --no-install-recommends poppler-utils >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null 2>&1 && \
		apt-get install -y -q --no-install-recommends poppler-utils >/dev/null 2>&1; }; }; } || \
		echo "poppler-utils could not be installed: the tests that read PDFs will be skipped"

test: lint test-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/store.py

# needs the PostgreSQL server the sync tests use (127.0.0.1:5432, user postgres)
bench-sync: $(STAMP)
	$(BIN)/python bench/sync.py

# a month of 1,000 incidents and a year of 20,000, to PDF
bench-report: $(STAMP) $(QM)
	$(BIN)/python bench/report.py

# export of 100,000 incidents to each format; import of a 50,000-row CSV
bench-exchange: $(STAMP)
	$(BIN)/python bench/exchange.py

# the incident list and the map page on 100,000 incidents, headless: time to shown, GUI stalls
bench-ui: $(STAMP) $(QM)
	$(BIN)/python bench/ui.py
	$(BIN)/python bench/bulk.py

# the horizon scan over 500,000 incidents in 50 countries (about 1,500 regions): < 5 s
# (building the store takes long: `bench/scan.py --store DIR` keeps it, `--incidents N` sizes it)
bench-scan: $(STAMP)
	$(BIN)/python bench/scan.py

# what HQ keeps in memory for its weekly counts, and a device's counts made from it
bench-hq-counts: $(STAMP)
	$(BIN)/python bench/hq_counts.py

bench-briefing: $(STAMP) $(QM)
	$(BIN)/python bench/briefing.py

# the one-folder build (PyInstaller, packaging/upfront.spec): dist/upfront/ with `upfront` and
# `upfront-hq`, dist/upfront-<version>-linux-x86_64.tar.gz and dist/SHA256SUMS (work in build/)
package: $(STAMP) $(QM)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache $(QM)
