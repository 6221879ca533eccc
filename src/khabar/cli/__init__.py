"""The ``khabar`` command line (Typer + Rich): thin adapters over the library; see docs/cli.md."""
