"""The ``khabar`` command: thin adapters over the library (see docs/cli.md).

Every :class:`~khabar.errors.KhabarError` is printed as ``khabar: error: ...`` on standard error and
ends the command with its documented exit code (:data:`khabar.errors.EXIT_CODES`); there is no
traceback for a user's mistake. Notices about the input (HTML given as text, a language that is not
Urdu) are printed as ``khabar: warning: ...`` on standard error; the output itself goes to standard
output.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.console import Console

from khabar import __version__
from khabar.cli import render
from khabar.doc.model import Document, Notice
from khabar.errors import EXIT_CODES, InputError, KhabarError
from khabar.inputs import DEFAULT_MAX_BYTES, InputText, expand_inputs, read_input

_EXIT_HELP = "Exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()) + "."

app = typer.Typer(
    name="khabar",
    help="khabar (خبر): Urdu news from raw text to structured, searchable knowledge.\n\n" + _EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(StrEnum):
    text = "text"
    json = "json"
    conllu = "conllu"


class Digits(StrEnum):
    ascii = "ascii"
    urdu = "urdu"
    keep = "keep"


class Zwnj(StrEnum):
    keep = "keep"
    remove = "remove"
    space = "space"


class Task(StrEnum):
    segmentation = "segmentation"
    wordseg = "wordseg"
    tagging = "tagging"


class InputFormat(StrEnum):
    conllu = "conllu"


# --- helpers: errors, warnings, inputs ---------------------------------------------------------------
def _say(kind: str, message: str) -> None:
    typer.echo(f"khabar: {kind}: {render.isolate_runs(message)}", err=True)


def warn_notices(source: str, notices: list[Notice] | tuple[Notice, ...]) -> None:
    for n in notices:
        _say("warning", f"{source}: {n.message} [{n.code}]")


@contextmanager
def _reporting() -> Iterator[None]:
    """Turn a KhabarError into one line on stderr and its exit code."""
    try:
        yield
    except KhabarError as exc:
        _say("error", str(exc))
        raise typer.Exit(exc.exit_code) from None


def parse_size(value: str) -> int:
    """``10485760``, ``512K``, ``10M``, ``1G`` (binary units; a trailing B or iB is allowed)."""
    s = value.strip().upper().removesuffix("IB").removesuffix("B")
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(s[-1:], 1)
    digits = s[:-1] if scale > 1 else s
    try:
        n = int(float(digits) * scale)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a size such as 10M, 512K or 1048576") from None
    if n <= 0:
        raise typer.BadParameter(f"{value!r}: the limit must be positive")
    return n


def _stdin() -> BinaryIO:
    if sys.stdin is None:  # pragma: no cover - no stdin at all (a detached process)
        raise InputError("no standard input: give a file or a directory")
    if sys.stdin.isatty():
        typer.echo("khabar: reading Urdu text from standard input (end it with Ctrl-D)...", err=True)
    return sys.stdin.buffer


def _inputs(names: list[str], max_bytes: int) -> Iterator[InputText | KhabarError]:
    """Each input read, or the error that says why it cannot be (so one bad file of many is
    reported and the others still processed)."""
    for name in names:
        try:
            yield read_input(name, stdin=_stdin() if name == "-" else None, max_bytes=max_bytes)
        except InputError as exc:
            if len(names) == 1:
                raise
            yield exc


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Files, directories (their *.txt files, recursively) or - for standard input; "
                        "standard input when none is given.", show_default=False, metavar="PATH..."),
]
MaxBytesOpt = Annotated[
    str, typer.Option("--max-bytes", help="Refuse a document larger than this (e.g. 10M, 512K).",
                      metavar="SIZE"),
]
_DEFAULT_MAX = f"{DEFAULT_MAX_BYTES // (1 << 20)}M"


# --- commands ----------------------------------------------------------------------------------------
def _version(value: bool) -> None:
    if value:
        typer.echo(f"khabar {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", help="Print the version and exit.",
                                          callback=_version, is_eager=True)] = False,
) -> None:
    """khabar (خبر): Urdu news from raw text to structured, searchable knowledge."""


@app.command()
def analyze(
    *,
    paths: PathsArg = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text: a readable report; json: one "
                                        "khabar.document/1 object per line; conllu: CoNLL-U.")] = Format.text,
    raw_forms: Annotated[bool, typer.Option("--raw-forms", help="conllu only: FORM and # text are the "
                                            "user's original characters (through the alignment).")] = False,
    pipeline: Annotated[str, typer.Option("--pipeline", "-p", help="Named pipeline to run.")] = "default",
    max_bytes: MaxBytesOpt = _DEFAULT_MAX,
) -> None:
    """Analyze Urdu text: normalize it, split sentences and tokens, check the language.

    Example: echo 'وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی۔' | khabar analyze
    """
    if raw_forms and fmt is not Format.conllu:
        raise typer.BadParameter("--raw-forms only applies to --format conllu", param_hint="--raw-forms")
    limit = parse_size(max_bytes)
    console = Console(highlight=False, emoji=False, markup=False, soft_wrap=True)
    status = 0
    with _reporting():
        from khabar.loading import load

        nlp = load(pipeline)
        for item in _inputs(expand_inputs(paths or []), limit):
            if isinstance(item, KhabarError):
                _say("error", str(item))
                status = status or item.exit_code
                continue
            doc = nlp(item.to_document())
            warn_notices(item.source, doc.notices)
            _emit(doc, fmt, raw_forms, pipeline, console)
    if status:
        raise typer.Exit(status)


def _emit(doc: Document, fmt: Format, raw_forms: bool, pipeline: str, console: Console) -> None:
    if fmt is Format.json:
        from khabar.doc.jsonio import dumps

        typer.echo(dumps(doc))
    elif fmt is Format.conllu:
        from khabar.doc.conllu import write_conllu

        typer.echo(write_conllu([doc], raw_forms=raw_forms), nl=False)
    else:
        for line in render.report(doc, pipeline=pipeline):
            console.print(line)


@app.command()
def normalize(
    *,
    paths: PathsArg = None,
    digits: Annotated[Digits, typer.Option(help="Write digits as ascii (0-9), urdu (۰-۹), or keep them.")
                      ] = Digits.ascii,
    keep_diacritics: Annotated[bool, typer.Option("--keep-diacritics", help="Keep optional vowel marks "
                                                  "(zabar, zer, pesh, shadda, ...).")] = False,
    zwnj: Annotated[Zwnj, typer.Option(help="A ZWNJ between letters: keep it, remove it, or make it a "
                                       "space.")] = Zwnj.keep,
    changes: Annotated[bool, typer.Option("--changes", help="List each change (raw and normalized "
                                          "offsets, before -> after) instead of the text.")] = False,
    max_bytes: MaxBytesOpt = _DEFAULT_MAX,
) -> None:
    """Print the normalized text (Urdu code points, spaces, digits, ...).

    Example: echo 'پاکستان مےں ١٢ افراد' | khabar normalize

    prints: پاکستان میں 12 افراد
    """
    limit = parse_size(max_bytes)
    status = 0
    with _reporting():
        from khabar.urdu.normalize import Normalizer, NormalizerConfig

        rules = Normalizer(NormalizerConfig(digits=digits.value, strip_diacritics=not keep_diacritics,
                                            zwnj=zwnj.value))
        names = expand_inputs(paths or [])
        for item in _inputs(names, limit):
            if isinstance(item, KhabarError):
                _say("error", str(item))
                status = status or item.exit_code
                continue
            warn_notices(item.source, item.notices)
            result = rules(item.text)
            if len(names) > 1:
                typer.echo(f"==> {item.source} <==")
            if changes:
                for c in result.alignment.changes(item.text, result.text):
                    typer.echo(render.change_line(c))
            else:
                typer.echo(result.text)
    if status:
        raise typer.Exit(status)


@app.command()
def evaluate(
    task: Annotated[Task, typer.Option(help="segmentation: tokens and sentences F1 on the # text lines of "
                                       "a UD CoNLL-U file; wordseg: space/ZWNJ restoration F1; tagging: "
                                       "UPOS, XPOS, UFeats, AllTags, Lemmas accuracy on gold tokens.")],
    gold: Annotated[Path, typer.Option(help="Gold file (CoNLL-U for segmentation and tagging, one line "
                                       "per sentence for wordseg).", exists=True, dir_okay=False,
                                       readable=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
) -> None:
    """Score the shipped pipeline against gold data (CoNLL 2018 definitions for segmentation)."""
    with _reporting():
        if task is Task.segmentation:
            from khabar.training.segmentation import evaluate_segmentation

            scores = evaluate_segmentation(gold).to_json()
        elif task is Task.tagging:
            from khabar.training.tagging import evaluate_tagging

            scores = evaluate_tagging(gold).to_json()
        else:
            from khabar.training.wordseg import evaluate_wordseg

            scores = evaluate_wordseg(gold).to_json()
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False))
    else:
        width = max(map(len, scores), default=0)
        for key, value in scores.items():
            typer.echo(f"{key:<{width}}  {value}")


@app.command()
def annotate(
    file: Annotated[Path, typer.Argument(help="A CoNLL-U file whose tokenization is kept.", exists=True,
                                         dir_okay=False, readable=True)],
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="Format of FILE (conllu: "
                                                      "gold tokenization).")] = InputFormat.conllu,
) -> None:
    """Tag a tokenized file: write it as CoNLL-U with predicted UPOS, XPOS, FEATS and LEMMA.

    The gold columns are replaced; IDs, forms, comments, HEAD, DEPREL, DEPS and MISC are kept, so the
    output can be scored against the input with the CoNLL 2018 evaluation script.

    Example: khabar annotate --input-format conllu ur_udtb-ud-dev.conllu > predicted.conllu
    """
    with _reporting():
        from khabar.training.tagging import annotate_conllu

        del input_format  # one format for now: CoNLL-U
        typer.echo(annotate_conllu(file), nl=False)


@app.command()
def train(
    config: Annotated[Path, typer.Argument(help="Training config (JSON): task, seed, data files and "
                                           "hyper-parameters.", exists=True, dir_okay=False)],
) -> None:
    """Train a model from a config and write it into the package (khabar/models/<task>/)."""
    with _reporting():
        from khabar.training.train import train as train_model

        result = train_model(Path(config))
    typer.echo(f"trained {result.task} -> {result.out}")
    for key, value in result.scores.items():
        typer.echo(f"  {key}: {value}")


def main() -> None:
    """Entry point of the ``khabar`` console script and ``python -m khabar``."""
    try:
        app(prog_name="khabar")
    except BrokenPipeError:
        # the reader went away (``khabar analyze ... | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        typer.echo("khabar: interrupted", err=True)
        raise SystemExit(130) from None


__all__ = ["app", "main"]
