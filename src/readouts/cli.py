"""Command line: a thin shell over the library (`readouts.iter_records` and `readouts.export`).

Standard output carries records only; logs, warnings and the progress bar go to stderr.
Exit status: 0 when every document was read, 1 when some had an `error`, 2 for usage errors.
More commands join the one group below; options they share are declared once, here.
"""
from __future__ import annotations

import contextlib
import functools
import io
import logging
import sys
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, TextIO, TypeVar

import click

from . import __version__
from .export import FORMATS
from .model import Record

log = logging.getLogger("readouts")
F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# --- options shared by commands ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class OutputOptions:
    """Where and how a command writes records (`-` is standard output)."""
    fmt: str
    path: str
    with_text: bool


def output_options(func: F) -> F:
    """--format, --output and --with-text, handed to the command as one `out` argument."""
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str, output: str, with_text: bool, **kwargs: Any) -> Any:
        return func(*args, out=OutputOptions(fmt, output, with_text), **kwargs)

    options = (
        click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)),
                     default="jsonl", show_default=True,
                     help="jsonl: one JSON record per line; json: one JSON array; table: a "
                          "view for reading; csv: one row per participant."),
        click.option("-o", "--output", metavar="FILE", default="-",
                     type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
                     help="Write records to FILE instead of standard output."),
        click.option("--with-text", is_flag=True,
                     help="Add each document's text (the one spans index) to json/jsonl."),
    )
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def progress_option(func: F) -> F:
    return click.option(
        "--progress/--no-progress", default=None,
        help="Show a progress bar on stderr. Default: when stderr is a terminal and the "
             "batch runs for more than a second.")(func)


def debug_option(func: F) -> F:
    return click.option(
        "--debug", is_flag=True,
        help="Log details to stderr, with the traceback of any internal error.")(func)


# --- the group and its commands ----------------------------------------------------------

@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="readouts",
                      message="%(prog)s %(version)s")
def cli() -> None:
    """Official meeting readouts in, evidence-grounded structured records out."""


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(allow_dash=True, path_type=str))
@output_options
@progress_option
@debug_option
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], out: OutputOptions,
            progress: bool | None, debug: bool) -> None:
    """Extract one record per document from PATHS.

    PATHS are files, directories (searched recursively for .txt, .html and .htm, in name
    order) or - for standard input. A document that cannot be read still gets a record,
    with an `error`, and the batch goes on; the exit status is then 1.
    """
    _setup_logging(debug)
    from .inputs import iter_records
    from .export import writer_for

    tally = _Tally()
    records: Iterable[Record] = tally.watch(iter_records(paths))
    with _open_output(out.path) as stream, _progress(records, paths, progress) as shown:
        writer_for(out.fmt)(shown, stream, with_text=out.with_text)
    if tally.failed:
        log.warning("%d of %d documents could not be read", tally.failed, tally.total)
        ctx.exit(1)


# --- plumbing ----------------------------------------------------------------------------

class _Tally:
    """Counts records as they stream past, and reports each failed document on stderr."""

    def __init__(self) -> None:
        self.total = 0
        self.failed = 0

    def watch(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            self.total += 1
            if record.error is not None:
                self.failed += 1
                log.warning("%s: %s: %s", record.document.source, record.error.code,
                            record.error.message)
            yield record


class _Formatter(logging.Formatter):
    """`readouts: warning: ...`, the way command-line tools speak on stderr."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return f"readouts: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging(debug: bool) -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
    # Bound to sys.stderr as it is now: test runners swap it between invocations.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    log.propagate = False
    # trafilatura explains every page it finds thin; only worth reading when debugging.
    logging.getLogger("trafilatura").setLevel(logging.DEBUG if debug else logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.DEBUG if debug else logging.ERROR)


@contextlib.contextmanager
def _open_output(path: str) -> Iterator[TextIO]:
    if path == "-":
        stream = sys.stdout
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")  # records are UTF-8 whatever the locale
        yield stream
        stream.flush()
        return
    try:
        handle = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise click.BadParameter(f"cannot write {path}: {exc.strerror or exc}",
                                 param_hint="'-o' / '--output'") from None
    with handle:
        yield handle


@contextlib.contextmanager
def _progress(records: Iterable[Record], paths: Iterable[str],
              forced: bool | None) -> Iterator[Iterable[Record]]:
    """The records, counted by a tqdm bar on stderr when one is wanted."""
    if forced is False or (forced is None and not sys.stderr.isatty()):
        yield records
        return
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    from .inputs import expand

    total = sum(1 for _ in expand(paths))  # a walk of names only, nothing is read
    # Unasked, the bar waits a second, so short batches leave stderr clean.
    with tqdm(records, total=total, unit="doc", file=sys.stderr, delay=0 if forced else 1.0,
              dynamic_ncols=True) as bar, logging_redirect_tqdm(loggers=[log]):
        yield bar


def main(argv: list[str] | None = None) -> None:
    """Console entry point: click handles usage errors (2); nothing else shows a traceback."""
    try:
        cli.main(args=argv, prog_name="readouts")
    except Exception as exc:  # a bug outside any one document: say so in one line
        if log.isEnabledFor(logging.DEBUG):
            traceback.print_exc()
        click.echo(f"readouts: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
