"""Data exchange: incidents in from spreadsheets and JSON, out to CSV, Excel, JSON and HXL.

Import, in the order it runs: `tables` reads the file within limits, `mapping` says which
column fills which field, `rows` turns each row into a document, `duplicates` flags likely
duplicates, and `importing` checks every row and commits the valid ones in one transaction.
Export: `export` clears records for an audience and writes them, `xlsx` streams Excel files.
"""

from app.exchange.export import FORMATS, ROWS, Exported, Exporter, ExportRequest
from app.exchange.importing import Checked, check, commit
from app.exchange.mapping import Mapping, load_mapping, match_columns, parse_mapping
from app.exchange.tables import DEFAULT_LIMITS, Limits, Table, read_table

__all__ = [
    "DEFAULT_LIMITS",
    "FORMATS",
    "ROWS",
    "Checked",
    "ExportRequest",
    "Exported",
    "Exporter",
    "Limits",
    "Mapping",
    "Table",
    "check",
    "commit",
    "load_mapping",
    "match_columns",
    "parse_mapping",
    "read_table",
]
