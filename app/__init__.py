"""Upfront domain and storage layer. Imports no Qt, no ui and no sync (import-linter checks it)."""

__version__ = "0.1.0"
