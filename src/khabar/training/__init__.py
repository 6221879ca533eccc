"""Readers for the data formats, train(), evaluate(), and the scorers."""
