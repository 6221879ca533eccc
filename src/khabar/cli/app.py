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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, TextIO

import typer
from rich.console import Console

from khabar import __version__
from khabar.cli import render
from khabar.doc.model import Document, EventVoice, Notice, QuoteKind
from khabar.errors import EXIT_CODES, InputError, KhabarError
from khabar.inputs import DEFAULT_MAX_BYTES, InputText, expand_inputs, read_input

if TYPE_CHECKING:
    from khabar.pipeline import Pipeline

_EXIT_HELP = "Exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()) + "."

app = typer.Typer(
    name="khabar",
    help="khabar (خبر): Urdu news from raw text to structured, searchable knowledge.\n\n" + _EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    # plain help: a docstring's paragraphs re-wrapped to the terminal, a \b paragraph (the examples)
    # kept line by line
    rich_markup_mode=None,
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
    ner = "ner"
    quotes = "quotes"
    events = "events"
    dates = "dates"


class InputFormat(StrEnum):
    conllu = "conllu"
    conll_ner = "conll-ner"
    uner = "uner"


class NerFormat(StrEnum):
    il_ner = "il-ner"
    uner = "uner"


class Executor(StrEnum):
    local = "local"
    process = "process"
    dask = "dask"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Table(StrEnum):
    documents = "documents"
    entities = "entities"
    quotes = "quotes"
    events = "events"
    events_resolved = "events-resolved"
    network = "network"


# --- helpers: errors, warnings, inputs ---------------------------------------------------------------
def _say(kind: str, message: str) -> None:
    typer.echo(f"khabar: {kind}: {render.isolate_runs(message)}", err=True)


#: Notices that record what was done as asked, not a problem: in the output, not warned about.
QUIET_NOTICES = frozenset({"input.read"})


def warn_notices(source: str, notices: list[Notice] | tuple[Notice, ...]) -> None:
    for n in notices:
        if n.code not in QUIET_NOTICES:
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
        yield _read_one(name, max_bytes, alone=len(names) == 1)


def _read_one(name: str, max_bytes: int, *, alone: bool) -> InputText | KhabarError:
    """Input ``name`` read, or the error that says why it cannot be (raised when ``alone``)."""
    try:
        return read_input(name, stdin=_stdin() if name == "-" else None, max_bytes=max_bytes)
    except InputError as exc:
        if alone:
            raise
        return exc


def _documents(names: list[str], max_bytes: int, published: str | None, *, as_text: bool,
               ) -> Iterator[Document | KhabarError]:
    """A Document for each input text, or for each article of a file :data:`ARTICLE_SUFFIXES`
    name (unless ``as_text``); or the error that says why one cannot be read (raised when it is the
    only input)."""
    for name in names:
        if not as_text and name != "-" and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
            yield from _articles(name, max_bytes, published)
            continue
        item = _read_one(name, max_bytes, alone=len(names) == 1)
        yield item if isinstance(item, KhabarError) else item.to_document(published=published)


#: File name endings ``khabar analyze`` reads as articles (as ``khabar ingest`` does), not as text.
ARTICLE_SUFFIXES = (".html", ".htm", ".xml", ".rss", ".atom", ".jsonl")


def _articles(name: str, max_bytes: int, published: str | None) -> Iterator[Document | KhabarError]:
    """The articles of a web page, COUNTER document, feed or JSONL file, each a Document whose
    ``input.read`` notice says the markup was read, not analyzed; or the error that says why one
    cannot be read. Feeds' links are not followed: analyze stays offline."""
    from khabar.corpus.readers import read_source
    from khabar.corpus.records import Failure

    kind = Path(name).suffix.lower().lstrip(".")
    for item in read_source(name, follow_links=False, max_bytes=max_bytes):
        if isinstance(item, Failure):
            yield InputError(f"{item.origin}: {item.reason} (--as-text analyzes the file as plain text)")
            continue
        doc = item.to_document(published=published)
        doc.notices.append(Notice(
            "input.read", f"read as a .{kind} file, as khabar ingest reads it: the article's text and its "
            "metadata (title, date, source) are analyzed, not the markup around them; --as-text analyzes "
            "the file as it is", "inputs"))
        yield doc


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
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date of the input (2014-10-15): relative dates in the text (آج, "
        "گزشتہ روز, پیر کی شام) resolve against it; without it they stay unresolved.",
        metavar="DATE")] = None,
    executor: Annotated[Executor | None, typer.Option(help="Scale-out: run over JSONL/text/Parquet inputs "
                                                      "in partitions (local, process pool or Dask) and "
                                                      "write Parquet to --out.")] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); a local "
                                                  "cluster when not given.", metavar="ADDRESS")] = None,
    out: Annotated[Path | None, typer.Option(help="Scale-out output: a directory DIR.parquet of Parquet "
                                             "part files (khabar ingest loads it).")] = None,
    workers: Annotated[int, typer.Option(help="Scale-out: worker processes.", min=1)] = 2,
    partition_size: Annotated[int, typer.Option(help="Scale-out: articles per partition.", min=1)] = 500,
    as_text: Annotated[bool, typer.Option("--as-text", help="Analyze .html, .xml, .rss, .atom and .jsonl "
                                          "files as plain text, markup included, instead of reading "
                                          "their articles.")] = False,
) -> None:
    """Analyze Urdu text: normalize it, split sentences and tokens, check the language.

    A web page (.html), a COUNTER document or RSS/Atom feed (.xml, .rss, .atom) or a JSONL file is
    read the way khabar ingest reads it: each article's text and metadata (title, date, source).

    \b
    Example: echo 'وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی۔' | khabar analyze

    \b
    Scale-out: khabar analyze --executor dask articles.jsonl --out analyzed.parquet
    """
    if executor is not None or out is not None or scheduler is not None:
        if published is not None:
            raise typer.BadParameter("scale-out reads each article's own date (the JSONL/Parquet "
                                     "'published' field); --published is for single texts",
                                     param_hint="--published")
        _scale_out(paths or [], executor=executor or Executor.dask, scheduler=scheduler, out=out,
                   workers=workers, partition_size=partition_size, pipeline=pipeline)
        return
    if raw_forms and fmt is not Format.conllu:
        raise typer.BadParameter("--raw-forms only applies to --format conllu", param_hint="--raw-forms")
    limit = parse_size(max_bytes)
    from khabar.corpus.records import published_date

    try:
        date = published_date(published)
    except KhabarError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from None
    console = Console(highlight=False, emoji=False, markup=False, soft_wrap=True)
    status = 0
    with _reporting():
        from khabar.loading import load

        nlp = load(pipeline)
        for doc in _analyzed(nlp, _documents(expand_inputs(paths or []), limit, date, as_text=as_text)):
            if isinstance(doc, KhabarError):
                _say("error", str(doc))
                status = status or doc.exit_code
                continue
            warn_notices(str(doc.meta.get("origin") or doc.meta.get("source") or doc.id), doc.notices)
            _emit(doc, fmt, raw_forms, pipeline, console)
    if status:
        raise typer.Exit(status)


#: Documents ``khabar analyze`` analyzes together (``Pipeline.pipe_isolated``).
ANALYZE_BATCH = 32


def _analyzed(nlp: Pipeline, items: Iterable[Document | KhabarError]) -> Iterator[Document | KhabarError]:
    """Each item analyzed, in order, :data:`ANALYZE_BATCH` documents at a time (the ner component
    decodes their sentences at once); an error, a read error or one the analysis of a document
    raised, in its place, and the rest go on."""
    window: list[Document] = []
    for item in items:
        if isinstance(item, KhabarError):
            yield from nlp.pipe_isolated(window)
            window = []
            yield item
            continue
        window.append(item)
        if len(window) >= ANALYZE_BATCH:
            yield from nlp.pipe_isolated(window)
            window = []
    yield from nlp.pipe_isolated(window)


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

    \b
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
                                       "UPOS, XPOS, UFeats, AllTags, Lemmas accuracy on gold tokens; "
                                       "ner: exact-match entity span P/R/F1, overall and per label; quotes: "
                                       "quote span F1 and speaker accuracy, events: event P/R/F1 (type + "
                                       "both actors) on a news gold JSONL (docs/annotation.md); dates: "
                                       "date expression span F1 and value accuracy on a date gold JSONL "
                                       "(docs/dates_annotation.md).")],
    gold: Annotated[list[Path], typer.Option(help="Gold file (CoNLL-U for segmentation and tagging, one "
                                             "line per sentence for wordseg). quotes, events and dates "
                                             "take it more than once: the files are scored as one pooled "
                                             "set.",
                                             exists=True, dir_okay=False, readable=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    ner_format: Annotated[NerFormat, typer.Option("--format", help="ner only: the gold file's format "
                                                  "(il-ner: TOKEN<TAB>TAG; uner: inline <TYPE> tags).")
                          ] = NerFormat.il_ner,
) -> None:
    """Score the shipped pipeline against gold data (CoNLL 2018 definitions for segmentation)."""
    with _reporting():
        if task in (Task.quotes, Task.events):
            from khabar.training.news_eval import evaluate_news

            scores = evaluate_news(gold, task.value)
        elif task is Task.dates:
            from khabar.training.dates_eval import evaluate_dates

            scores = evaluate_dates(gold)
        elif len(gold) != 1:
            raise typer.BadParameter(f"--task {task.value} scores one gold file (got {len(gold)}); only "
                                     "quotes, events and dates pool several", param_hint="--gold")
        elif task is Task.segmentation:
            from khabar.training.segmentation import evaluate_segmentation

            scores = evaluate_segmentation(gold[0]).to_json()
        elif task is Task.tagging:
            from khabar.training.tagging import evaluate_tagging

            scores = evaluate_tagging(gold[0]).to_json()
        elif task is Task.ner:
            from khabar.training.ner import evaluate_ner

            scores = evaluate_ner(gold[0], ner_format.value).to_json()
        else:
            from khabar.training.wordseg import evaluate_wordseg

            scores = evaluate_wordseg(gold[0]).to_json()
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False))
    else:
        width = max(map(len, scores), default=0)
        for key, value in scores.items():
            if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
                for sub, row in value.items():  # by_type: one line per CAMEO root
                    typer.echo(f"{f'{key} {sub}':<{width}}  " + ", ".join(f"{k} {v}" for k, v in row.items()))
                continue
            typer.echo(f"{key:<{width}}  {value}")


@app.command()
def annotate(
    file: Annotated[Path, typer.Argument(help="A CoNLL-U file whose tokenization is kept.", exists=True,
                                         dir_okay=False, readable=True)],
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="Format of FILE (conllu: "
                                                      "gold tokenization; conll-ner: IL-NER "
                                                      "TOKEN<TAB>TAG; uner: inline <TYPE> tags).")
                  ] = InputFormat.conllu,
) -> None:
    """Tag a tokenized file: write it as CoNLL-U with predicted UPOS, XPOS, FEATS and LEMMA.

    The gold columns are replaced; IDs, forms, comments, HEAD, DEPREL, DEPS and MISC are kept, so the
    output can be scored against the input with the CoNLL 2018 evaluation script.

    With --input-format conll-ner or uner: find named entities and write them in the input's format
    (IL-NER tags, or UNER inline tags), the tokens kept as given.

    \b
    Example: khabar annotate --input-format conllu ur_udtb-ud-dev.conllu > predicted.conllu
    """
    with _reporting():
        if input_format is not InputFormat.conllu:
            from khabar.training.ner import annotate_ner

            fmt = "il-ner" if input_format is InputFormat.conll_ner else "uner"
            typer.echo(annotate_ner(file, fmt), nl=False)
            return
        from khabar.training.tagging import annotate_conllu

        typer.echo(annotate_conllu(file), nl=False)


@app.command()
def train(
    config: Annotated[Path, typer.Argument(help="Training config (JSON): task, seed, data files and "
                                           "hyper-parameters.", exists=True, dir_okay=False)],
) -> None:
    """Train a model from a config and write it into the package (khabar/models/<task>/)."""
    with _reporting():
        import logging

        from khabar.training.train import train as train_model

        # training reports its progress on the "khabar.training" logger: show it on stderr
        logging.basicConfig(level=logging.INFO, format="khabar: %(message)s", stream=sys.stderr)
        result = train_model(Path(config))
    typer.echo(f"trained {result.task} -> {result.out}")
    for key, value in result.scores.items():
        typer.echo(f"  {key}: {value}")


# --- corpus: ingest, search, stats, export; analyze scale-out -----------------------------------------
def _scale_out(paths: list[str], *, executor: Executor, scheduler: str | None, out: Path | None,
               workers: int, partition_size: int, pipeline: str) -> None:
    if out is None:
        raise typer.BadParameter("scale-out needs --out DIR.parquet", param_hint="--out")
    if not paths:
        raise typer.BadParameter("scale-out needs INPUT files or directories", param_hint="PATH")
    with _reporting():
        from khabar.scale.analyze import run

        summary = run(paths, out, executor=executor.value, scheduler=scheduler, workers=workers,
                      pipeline=pipeline, partition_size=partition_size)
    typer.echo(json.dumps(summary.to_json(), ensure_ascii=False))


DbOpt = Annotated[Path | None, typer.Option("--db", help="Corpus database (SQLite); default: $KHABAR_DB or "
                                            "corpus.sqlite in the user data directory.", metavar="PATH")]


def _db(db: Path | None) -> Path:
    from khabar.corpus.store import default_db_path

    return db if db is not None else default_db_path()


@app.command()
def ingest(
    *,
    sources: Annotated[list[str], typer.Argument(help="Files, directories, feed or page URLs: text, "
                                                 "JSONL, HTML, RSS/Atom, COUNTER XML, Parquet.",
                                                 metavar="SOURCE...")],
    db: DbOpt = None,
    pipeline: Annotated[str, typer.Option("--pipeline", "-p", help="Named pipeline to run.")] = "default",
    no_follow: Annotated[bool, typer.Option("--no-follow", help="Feeds: use each item's own content, do "
                                            "not fetch the linked pages.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a web server.")] = 15.0,
    delay: Annotated[float, typer.Option(help="Seconds between two requests to the same host.")] = 1.0,
    max_bytes: MaxBytesOpt = _DEFAULT_MAX,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Add articles to the corpus: analyze, deduplicate, store and index them (idempotent).

    \b
    Example: khabar ingest articles.jsonl pages/ https://example.com/feed.xml --db news.sqlite
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    limit = parse_size(max_bytes)
    err = Console(stderr=True, highlight=False)
    with _reporting():
        from khabar.corpus.fetch import Fetcher
        from khabar.corpus.ingest import ingest as run_ingest
        from khabar.corpus.records import Progress as IngestProgress
        from khabar.corpus.store import Store
        from khabar.loading import load

        nlp = load(pipeline)
        with Store(_db(db)) as store, Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
                TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), console=err,
                disable=not err.is_terminal, transient=True) as bar:
            task = bar.add_task("ingest", total=None, counts="")

            def show(p: IngestProgress) -> None:
                bar.update(task, completed=p.done, counts=(
                    f"{p.done} read, {p.added} added, {p.duplicates} duplicates, {p.failed} failed, "
                    f"{p.rate:.1f} docs/s"))

            summary = run_ingest(sources, store, nlp=nlp, progress=show,
                                 fetcher=Fetcher(timeout_s=timeout, delay_s=delay),
                                 follow_links=not no_follow, max_bytes=limit)
    for f in summary.failures:
        _say("warning", f"{f.origin}: {f.reason}")
    if as_json:
        typer.echo(json.dumps(summary.to_json(), ensure_ascii=False))
    else:
        typer.echo(f"added {summary.added}, duplicates {summary.duplicates} (near-duplicates among the "
                   f"added: {summary.near_duplicates}), failed {summary.failed}, in {summary.seconds:.1f} s")


@app.command()
def search(
    *,
    query: Annotated[str, typer.Argument(help="Words, \"phrases\", AND/OR/NOT, (brackets), prefix*.")],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Results to show.", min=1)] = 10,
    offset: Annotated[int, typer.Option(help="Results to skip (paging).", min=0)] = 0,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Only this source (newspaper, feed title).")] = None,
    entity: Annotated[str | None, typer.Option(help="Only documents with this entity (kb id, English or "
                                               "canonical name).")] = None,
    event: Annotated[str | None, typer.Option(help="Only documents with an event of this code (040), "
                                              "CAMEO root (04) or label (Consult).")
                     ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"results\": [...], \"total\": N}.")
                       ] = False,
) -> None:
    """Full-text search of the corpus (BM25 ranking; snippets in the original text).

    \b
    Example: khabar search '"وزیر اعظم" AND پالیسی' --db news.sqlite --since 2024-01-01
    """
    with _reporting():
        from khabar.corpus.search import Filters, Searcher
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            results = Searcher(store).search(query, filters=Filters(since, until, source, entity, event),
                                             limit=limit, offset=offset)
    if as_json:
        typer.echo(json.dumps(results.to_json(), ensure_ascii=False))
        return
    typer.echo(f"{results.total} documents match")
    for h in results.hits:
        typer.echo(f"[{h.id}] {render.isolate_runs(h.title or h.doc_id)}  ({h.source or '-'}, "
                   f"{h.published or 'no date'}, score {h.score:.2f})")
        typer.echo(f"    {render.isolate_runs(h.snippet_marked())}")


def _day(value: str | None) -> str | None:
    """A --since/--until value: an ISO day."""
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a day written YYYY-MM-DD") from None


def _actor_code(value: str | None) -> str | None:
    """An --actor value: a CAMEO actor code (khabar.corpus.listing.actor_code)."""
    if value is None:
        return None
    from khabar.corpus.listing import actor_code

    try:
        actor_code(value)
    except KhabarError as exc:
        raise typer.BadParameter(str(exc)) from None
    return value


#: The event filters of `khabar events` and `khabar network`.
EventCodeOpt = Annotated[str | None, typer.Option(help="Only events of this code (040), CAMEO root (04) or "
                                                  "label (Consult).", metavar="CODE")]
EventSinceOpt = Annotated[str | None, typer.Option(help="Events on or after this day (YYYY-MM-DD).",
                                                   callback=_day)]
EventUntilOpt = Annotated[str | None, typer.Option(help="Events on or before this day (YYYY-MM-DD).",
                                                   callback=_day)]
ActorCodeOpt = Annotated[str | None, typer.Option(help="Only events with an actor of this CAMEO code: a "
                                                  "country (IND), a role (MIL) or both (INDMIL).",
                                                  callback=_actor_code, metavar="CODE")]
EventVoiceOpt = Annotated[EventVoice | None, typer.Option(
    help="Only the events the report tells in its own voice (own), or those it tells inside a quote or a "
         "sourced claim (reported: X نے کہا کہ …, X کے مطابق …), the source's account.")]


@app.command()
def events(
    *,
    db: DbOpt = None,
    code: EventCodeOpt = None,
    entity: Annotated[str | None, typer.Option(help="Only events this entity takes part in (kb id, English "
                                               "or canonical name).")] = None,
    since: EventSinceOpt = None,
    until: EventUntilOpt = None,
    actor: ActorCodeOpt = None,
    who: Annotated[str | None, typer.Option(help="Only events whose actor 1 is this entity (kb id, English "
                                            "or Urdu name, Roman Urdu) or these words (مظاہرین).")] = None,
    whom: Annotated[str | None, typer.Option(help="Only events whose actor 2 is this entity or these words.")
                    ] = None,
    voice: EventVoiceOpt = None,
    told_by: Annotated[str | None, typer.Option(help="Only the events a quote or a sourced claim of this "
                                                "entity tells (kb id, English or Urdu name, Roman Urdu): "
                                                "what it says happened.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Events to show.", min=1)] = 20,
    offset: Annotated[int, typer.Option(help="Events to skip (paging).", min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"events\": [...], \"total\": N}.")
                       ] = False,
) -> None:
    """Events of the corpus: who did what to whom, where and when, newest articles first.

    An event is in the --since/--until period when the days of its own date overlap it (an event
    dated "last month" is in any period that holds a day of that month), else when its article was
    published in it.

    Each actor shows what it is in the event in CAMEO's actor coding (country/role: IND/MIL is India's
    military); --actor keeps the events with such an actor.

    An event told inside a quote or a sourced claim is that source's account, and its line says whose:
    (said by X) or (according to X); --voice own keeps the events the report tells itself, --told-by
    those one source tells.

    \b
    Example: khabar events --db news.sqlite --code 040 --entity "Shehbaz Sharif" --since 2024-03-01
    Example: khabar events --db news.sqlite --actor INDMIL --code 190
    Example: khabar events --db news.sqlite --who "Raheel Sharif" --whom "Nawaz Sharif"
    Example: khabar events --db news.sqlite --code 19 --voice reported
    Example: khabar events --db news.sqlite --told-by ISPR
    """
    with _reporting():
        from khabar.corpus.listing import list_events
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            total, rows = list_events(store.conn, offset=offset, limit=limit, code=code, entity=entity,
                                      since=since, until=until, actor=actor, who=who, whom=whom,
                                      voice=voice, told_by=told_by)
    _print_listing("events", total, rows, render.event_line, as_json=as_json)


@app.command()
def network(
    *,
    db: DbOpt = None,
    code: EventCodeOpt = None,
    entity: Annotated[str | None, typer.Option(help="Only the pairs this entity is one of (kb id, English or "
                                               "Urdu name, or a name in Roman Urdu).")] = None,
    since: EventSinceOpt = None,
    until: EventUntilOpt = None,
    actor: ActorCodeOpt = None,
    named: Annotated[bool, typer.Option("--named", help="Only actors that are entities (not the words of "
                                        "an actor no name was found for, such as مظاہرین).")] = False,
    undirected: Annotated[bool, typer.Option("--undirected", help="Count the events of either actor on the "
                                             "other as one pair (who met whom).")] = False,
    voice: EventVoiceOpt = None,
    quotes: Annotated[bool, typer.Option("--quotes", help="Who said something about whom instead: each "
                                         "quote's speaker and the people, places and organisations its "
                                         "words name.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Pairs to show.", min=1)] = 20,
    offset: Annotated[int, typer.Option(help="Pairs to skip (paging).", min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"pairs\": [...], \"total\": N}.")] = False,
    graphml: Annotated[Path | None, typer.Option(help="Write every matching pair as a GraphML graph to this "
                                                 "file (for Gephi, Cytoscape or networkx) instead of "
                                                 "listing a page.", dir_okay=False, metavar="FILE")] = None,
) -> None:
    """Who did what to whom: the pairs of the corpus's event actors, the most events first.

    Each pair: actor 1 -> actor 2, its events and documents, its most frequent event codes, the days
    they cover.

    An actor is an entity, or the words of an actor no name was found for, with its CAMEO country and
    role in those events (IND/MIL, India's military, is another actor than IND). The filters are those
    of `khabar events`.

    With --quotes, the pairs are who said something about whom: each quote's speaker and each person,
    place or organisation its words name, counted in quotes (--code, --actor, --named, --undirected
    and --voice are for events).

    \b
    Example: khabar network --db news.sqlite --code Consult --named --undirected
    Example: khabar network --db news.sqlite --entity "Nawaz Sharif" --graphml nawaz.graphml
    Example: khabar network --db news.sqlite --quotes --entity "Imran Khan"
    """
    if quotes and (code or actor or named or undirected or voice):
        raise typer.BadParameter("--code, --actor, --named, --undirected and --voice are for events; "
                                 "--quotes lists quotes", param_hint="--quotes")
    with _reporting():
        from khabar.corpus.listing import actor_pairs, quote_pairs
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            def pairs(offset: int, limit: int) -> tuple[int, Sequence[Any]]:
                if quotes:
                    return quote_pairs(store.conn, offset=offset, limit=limit, entity=entity, since=since,
                                       until=until)
                return actor_pairs(store.conn, offset=offset, limit=limit, code=code, entity=entity,
                                   since=since, until=until, actor=actor, named=named, undirected=undirected,
                                   voice=voice)

            if graphml is not None:
                from khabar.corpus.export import write_graphml

                _, rows = pairs(0, -1)  # all of them
                try:
                    with graphml.open("wb") as fh:
                        nodes, edges = write_graphml(rows, fh)
                except OSError as exc:
                    raise InputError(f"{graphml}: cannot write the graph: {exc.strerror or exc}") from None
                typer.echo(f"{graphml}: {nodes} actors, {edges} pairs", err=True)
                return
            total, rows = pairs(offset, limit)
    _print_listing("pairs", total, rows, render.pair_line, as_json=as_json)


@app.command()
def quotes(
    *,
    db: DbOpt = None,
    speaker: Annotated[str | None, typer.Option(help="Only this speaker's quotes (kb id, English or "
                                                "canonical name).")] = None,
    since: Annotated[str | None, typer.Option(help="Quotes of articles published on or after this day "
                                              "(YYYY-MM-DD).", callback=_day)] = None,
    until: Annotated[str | None, typer.Option(help="Quotes of articles published on or before this day "
                                              "(YYYY-MM-DD).", callback=_day)] = None,
    about: Annotated[str | None, typer.Option(help="Only quotes whose words name this entity (kb id, English "
                                              "or Urdu name, Roman Urdu), whoever said them.")] = None,
    kind: Annotated[list[QuoteKind] | None, typer.Option(
        help="Only quotes of this kind (repeat for several): direct, indirect, or sourced (claims the "
             "article attributes to a source: X کے مطابق).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Quotes to show.", min=1)] = 20,
    offset: Annotated[int, typer.Option(help="Quotes to skip (paging).", min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"quotes\": [...], \"total\": N}.")
                       ] = False,
) -> None:
    """Quotes of the corpus: who said what, newest articles first.

    \b
    Example: khabar quotes --db news.sqlite --speaker "Imran Khan" --since 2024-03-01
    Example: khabar quotes --db news.sqlite --about "Imran Khan"
    Example: khabar quotes --db news.sqlite --kind direct --kind indirect
    """
    with _reporting():
        from khabar.corpus.listing import list_quotes
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            total, rows = list_quotes(store.conn, offset=offset, limit=limit, speaker=speaker, since=since,
                                      until=until, about=about, kinds=tuple(k.value for k in kind or ()))
    _print_listing("quotes", total, rows, render.quote_line, as_json=as_json)


@app.command()
def entities(
    *,
    name: Annotated[str | None, typer.Argument(help="An entity (kb id, English or Urdu name, or a name in "
                                               "Roman Urdu): its profile. Without it: the most named "
                                               "entities.", show_default=False)] = None,
    db: DbOpt = None,
    label: Annotated[str | None, typer.Option(help="Only entities of this label (PERSON, LOCATION, "
                                              "ORGANIZATION, TITLE, ARTEFACT).")] = None,
    since: Annotated[str | None, typer.Option(help="Only documents published on or after this day "
                                              "(YYYY-MM-DD).", callback=_day)] = None,
    until: Annotated[str | None, typer.Option(help="Only documents published on or before this day "
                                              "(YYYY-MM-DD).", callback=_day)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Entities to show (or, for one entity, "
                                       "quotes, events and names named with it).", min=1)] = 20,
    offset: Annotated[int, typer.Option(help="Entities to skip (paging).", min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The entities of the corpus, the most named first, or one entity's profile.

    The listing counts the documents that name each entity; a profile gives its mentions per month,
    who is named with it, its quotes, its events and whom it acted on.

    \b
    Example: khabar entities --db news.sqlite --label PERSON --since 2014-10-01
    Example: khabar entities "nawaz sharif" --db news.sqlite
    """
    if label is not None and label.upper() not in ("PERSON", "LOCATION", "ORGANIZATION", "TITLE", "ARTEFACT"):
        raise typer.BadParameter(f"{label!r} is not an entity label: PERSON, LOCATION, ORGANIZATION, TITLE "
                                 "or ARTEFACT", param_hint="--label")
    with _reporting():
        from khabar.corpus.listing import named_entity_profile, top_entities
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            if name is None:
                total, rows = top_entities(store.conn, offset=offset, limit=limit, since=since, until=until,
                                           label=label.upper() if label else None)
            else:
                profile = named_entity_profile(store.conn, name, limit=limit)
                if profile is None:
                    raise InputError(f"no entity of the corpus is named {name!r} (a kb id, an English or "
                                     "Urdu name, or a name in Roman Urdu)")
    if name is None:
        _print_listing("entities", total, rows, render.entity_line, as_json=as_json)
        return
    assert profile is not None  # (a missing one raised above)
    if as_json:
        import dataclasses

        typer.echo(json.dumps(dataclasses.asdict(profile), ensure_ascii=False))
        return
    for line in render.entity_profile(profile):
        typer.echo(line)


def _print_listing(what: str, total: int, rows: Sequence[Any], line: Callable[[Any], str], *,
                   as_json: bool) -> None:
    """A listing's rows: ``{what: [...], "total": N}`` as JSON, else a count and one line a row."""
    if as_json:
        import dataclasses

        typer.echo(json.dumps({what: [dataclasses.asdict(r) for r in rows], "total": total},
                              ensure_ascii=False))
        return
    typer.echo(f"{total} {what} match")
    for r in rows:
        typer.echo(line(r))


@app.command()
def compact(
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was done as one JSON object.")] = False,
) -> None:
    """Pack the documents an older khabar stored as plain JSON, and VACUUM.

    COUNTER's corpus as the previous version wrote it: 66.8 MB -> 24.1 MB.

    \b
    Example: khabar compact --db news.sqlite
    """
    with _reporting():
        from khabar.corpus.store import Store

        path = _db(db)
        Store(path, readonly=True).close()  # a missing database is an error, not a new empty one
        with Store(path) as store:
            done = store.compact()
    if as_json:
        typer.echo(json.dumps(done.to_json()))
        return
    left = f" ({done.left} left as they were: not whole Documents)" if done.left else ""
    typer.echo(f"packed {done.packed} documents{left}; {done.bytes_before / 1e6:.1f} MB -> "
               f"{done.bytes_after / 1e6:.1f} MB")


@app.command()
def stats(
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as one JSON object.")] = False,
) -> None:
    """Counts of the corpus: documents, near-duplicates, stories, entities, quotes, events, sources."""
    with _reporting():
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            data = store.stats().to_json()
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    for key, value in data.items():
        shown = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-" if isinstance(value, dict) else value
        typer.echo(f"{key:<16}  {render.isolate_runs(str(shown))}")


@app.command()
def export(
    *,
    db: DbOpt = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl: Document JSON per line; csv: "
                                              "one table; parquet: khabar.parquet/1.")] = ExportFormat.jsonl,
    table: Annotated[Table, typer.Option(help="csv: the table to export (events-resolved: one row per "
                                          "event, its actors, place and time named; network: one row per "
                                          "pair of actors, as khabar network).")] = Table.documents,
    out: Annotated[Path | None, typer.Option(help="Output file (required for parquet; standard output "
                                             "otherwise).")] = None,
) -> None:
    """Export the corpus as JSONL, CSV (one table) or Parquet.

    The CSV tables: documents, entities, quotes, events, events-resolved, network."""
    if fmt is ExportFormat.parquet and out is None:
        raise typer.BadParameter("--format parquet needs --out FILE.parquet", param_hint="--out")
    with _reporting():
        from khabar.corpus import export as ex
        from khabar.corpus.store import Store

        with Store(_db(db), readonly=True) as store:
            if fmt is ExportFormat.parquet:
                assert out is not None
                n = ex.export_parquet(store, out)
            else:
                with (out.open("w", encoding="utf-8", newline="") if out else _stdout_text()) as fh:
                    n = (ex.export_jsonl(store, fh) if fmt is ExportFormat.jsonl
                         else ex.export_csv(store, fh, table=table.value))
    typer.echo(f"exported {n} rows", err=True)


@app.command()
def serve(
    *,
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for every interface).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    pipeline: Annotated[str | None, typer.Option("--pipeline", "-p", help="Named pipeline for analyze and "
                                                 "ingest (default: $KHABAR_PIPELINE or default).")] = None,
    workers: Annotated[int | None, typer.Option(help="Server processes (uvicorn workers), about one per "
                                                "core (default: $KHABAR_WORKERS or 1).", min=1)] = None,
) -> None:
    """Serve the web app and REST API (pages, /api, OpenAPI docs at /docs) with uvicorn.

    The API token of the write endpoints comes only from $KHABAR_API_TOKEN (see docs/web.md).

    \b
    Example: KHABAR_API_TOKEN=... khabar serve --db news.sqlite --port 8000
    """
    # The web adapter is a sibling layer of the CLI (DESIGN.md): the command starts it as its own
    # program (`python -m khabar.web`, needs the [web] extra) instead of importing it.
    import importlib.util

    if importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("uvicorn") is None:
        _say("error", "the web app needs the [web] extra: pip install 'khabar[web]'")
        raise typer.Exit(2)
    argv = [sys.executable, "-m", "khabar.web", "--db", str(_db(db)), "--host", host, "--port", str(port)]
    if pipeline is not None:
        argv += ["--pipeline", pipeline]
    if workers is not None:
        argv += ["--workers", str(workers)]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, argv)


@contextmanager
def _stdout_text() -> Iterator[TextIO]:
    yield sys.stdout


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
