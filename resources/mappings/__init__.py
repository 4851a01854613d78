"""Starter import mappings (`upfront import FILE --mapping NAME`); see README.md."""
