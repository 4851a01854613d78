"""The one place PySide6 is imported (as qutebrowser's `qutebrowser.qt` and Anki's `aqt.qt`).

Everything in ui/ takes its Qt names from here, so a Qt upgrade or binding change touches one
file, and `app/` and `sync/` can be checked to stay Qt-free. A known defect of one binding
release is kept out by the pin in pyproject.toml (see tests/ui/test_unlock.py).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMarginsF,
    QObject,
    QSize,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPalette,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as is_valid

try:  # part of PySide6-Essentials today; kept optional so a slimmer build still starts
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    HAVE_PRINT_SUPPORT = True
except ImportError:  # pragma: no cover - depends on the installed Qt modules
    QPrintDialog = QPrinter = None  # type: ignore[assignment,misc]
    HAVE_PRINT_SUPPORT = False


__all__ = [
    "HAVE_PRINT_SUPPORT",
    "QAction",
    "QApplication",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFont",
    "QFontDatabase",
    "QFormLayout",
    "QFrame",
    "QGuiApplication",
    "QHBoxLayout",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QLocale",
    "QMainWindow",
    "QMarginsF",
    "QObject",
    "QPageLayout",
    "QPalette",
    "QPrintDialog",
    "QPrinter",
    "QProgressBar",
    "QPushButton",
    "QShowEvent",
    "QSize",
    "QSizePolicy",
    "QStackedWidget",
    "QTextDocument",
    "QThread",
    "QTimer",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
    "is_valid",
]
