"""Urdu language knowledge as pure functions and data."""
