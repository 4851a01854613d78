"""Offline country (admin-0) and subdivision (admin-1) boundaries; see README.md."""
