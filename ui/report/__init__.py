"""Print a situation report (`app.report_model.Report`) as a multi-page vector PDF.

`render(report, device)` draws onto any paged device (a QPdfWriter for a file, a QPrinter for
the print preview); `write_pdf(report, path)` writes an A4 file. The report is drawn in its own
language (`meta.lang`), which may differ from the interface's: its strings (strings.py) are
looked up in that language's catalogue through a private QTranslator, never the application's.

How: the flowing text and tables are a QTextDocument built from HTML (builder.py; every piece
of record content escaped: it is untrusted), paginated by Qt, and drawn page by page between a
running header and footer that document.py paints itself. The chart (charts.py) and the map
(map.py) are vector objects inside that document (objects.py), so they stay sharp in the PDF.
The cover page is laid out last, when the page of each section is known, and the page count is
known before the first page is painted. pdftext.py corrects the text map of the written PDF.

Fonts come from resources/fonts only (fonts.py: Noto Sans, Noto Naskh Arabic, Noto Sans CJK
SC), as one family list whose first family suits the report's language and whose others are
fallbacks, so a name in another script still prints. A QGuiApplication must exist.
"""

from ui.report.document import render, write_pdf
from ui.report.fonts import load_fonts
from ui.report.pdftext import correct_text_map
from ui.report.strings import Strings

__all__ = ["Strings", "load_fonts", "render", "correct_text_map", "write_pdf"]
