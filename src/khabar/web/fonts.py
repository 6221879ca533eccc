"""The Urdu fonts the pages use, found at run time in the system's font folders.

The fonts are never part of the repository or the package: the setup installs them from a package
registry (Debian's ``fonts-noto-core`` has Noto Naskh Arabic, ``fonts-noto-extra`` has Noto Nastaliq
Urdu) and the app serves the files it finds under ``/fonts/NAME``. A missing font is logged once
and the pages fall back to the CSS font stack (whatever Nastaliq/Naskh font the reader has).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("khabar.web")


@dataclass(frozen=True, slots=True)
class FontFace:
    family: str
    file: str
    weight: int


#: The faces the stylesheet wants, by family. Nastaliq is the Urdu reading style; Naskh is clearer in
#: small sizes (tables, labels) and is the fallback for glyphs Nastaliq lacks.
FACES: tuple[FontFace, ...] = (
    FontFace("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular.ttf", 400),
    FontFace("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Bold.ttf", 700),
    FontFace("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400),
    FontFace("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700),
)
#: The stacks the stylesheet uses after the served faces (fonts a reader may have installed).
NASTALIQ_STACK = (
    '"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", '
    '"Noto Naskh Arabic", "Noto Sans Arabic", serif'
)
NASKH_STACK = '"Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif'


@dataclass(frozen=True, slots=True)
class Fonts:
    """The font files found: file name -> path, and the CSS that declares them."""

    files: dict[str, Path]
    faces: tuple[FontFace, ...]

    def css(self) -> str:
        rules = [
            f'@font-face {{ font-family: "{f.family}"; font-weight: {f.weight}; font-style: normal; '
            f'font-display: swap; src: url("/fonts/{f.file}") format("truetype"); }}'
            for f in self.faces
        ]
        rules.append(f":root {{ --font-urdu: {NASTALIQ_STACK}; --font-ui: {NASKH_STACK}; }}")
        return "\n".join(rules) + "\n"


def find_fonts(dirs: Iterable[Path]) -> Fonts:
    """Look for each face's file in ``dirs`` (the folder itself first, then below it); log what is
    missing. Only the exact file names of :data:`FACES` are ever served."""
    dirs = [d for d in dirs if d.is_dir()]
    files: dict[str, Path] = {}
    for face in FACES:
        for d in dirs:
            direct = d / face.file
            found = direct if direct.is_file() else next((p for p in d.rglob(face.file) if p.is_file()), None)
            if found is not None:
                files[face.file] = found.resolve()
                break
    faces = tuple(f for f in FACES if f.file in files)
    missing = sorted({f.family for f in FACES} - {f.family for f in faces})
    for family in missing:
        log.warning(
            "font %s not found in %s; the pages fall back to the font stack (install Debian's "
            "fonts-noto-core and fonts-noto-extra, or set KHABAR_FONT_DIRS)",
            family,
            ", ".join(map(str, dirs)) or "no existing font folder",
        )
    return Fonts(files, faces)
