"""``python -m khabar``: the same as the ``khabar`` command."""

from khabar.cli.app import main

if __name__ == "__main__":
    main()
