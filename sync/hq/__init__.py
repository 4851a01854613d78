"""The HQ server (FastAPI), filled in by the sync issue."""
