"""Assessor mode: open a pack (verified off the UI thread), review it criterion by criterion, sign the review."""
