"""Data files shipped with Upfront (vocabularies, translations, icons)."""
