"""Sync with HQ: protocol, client and the HQ server (sync/hq). Depends on app, never on ui."""
