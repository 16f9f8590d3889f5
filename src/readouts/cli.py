"""Command line: a thin shell over the library (`readouts.iter_records` and `readouts.export`).

Standard output carries records only; logs, warnings and the progress bar go to stderr.
Exit status: 0 when every document was read, 1 when some had an `error`, 2 for usage errors.
More commands join the one group below; options they share are declared once, here.
"""
from __future__ import annotations

import contextlib
import functools
import io
import json
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


# --- the archive: ingest, problems, search, stats, export --------------------------------

def db_option(func: F) -> F:
    """--db URL (or READOUTS_DB), shared by every command that reads or writes the archive."""
    return click.option(
        "--db", "db", metavar="URL", envvar="READOUTS_DB", default=None,
        help="The archive: an SQLite file (readouts.db, sqlite:///PATH) or "
             "postgresql://user@host:port/name. Default: $READOUTS_DB, else ./readouts.db.")(func)


def filter_options(func: F) -> F:
    """The filters search, export and stats share, handed over as one `filters` argument."""
    names = ("person", "org", "country", "type", "role", "date_from", "date_to", "topic",
             "resolution", "publisher", "exclude_truncated")

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .archive.filters import Filters
        values = {name: kwargs.pop(name) for name in names}
        return func(*args, filters=Filters(**values), **kwargs)

    from .model import EVENT_TYPES, ROLES
    options = (
        click.option("--person", metavar="NAME", help="A participant whose name contains NAME."),
        click.option("--org", metavar="NAME", help="A participant whose organisation contains NAME."),
        click.option("--country", metavar="CC", help="A participant's (or unnamed office's) country, ISO alpha-2."),
        click.option("--type", "type", type=click.Choice(EVENT_TYPES), help="Event type."),
        click.option("--role", type=click.Choice(ROLES), help="A participant in this role."),
        click.option("--from", "date_from", metavar="DATE", help="Events on or after DATE (YYYY[-MM[-DD]])."),
        click.option("--to", "date_to", metavar="DATE", help="Events on or before DATE (YYYY[-MM[-DD]])."),
        click.option("--topic", metavar="TAG", help="Events tagged with this topic."),
        click.option("--resolution", metavar="N", help="Events citing UN resolution N (or 'wps': 1325 and successors)."),
        click.option("--publisher", metavar="NAME", help="Documents whose publisher contains NAME."),
        click.option("--exclude-truncated", is_flag=True, help="Leave out truncated documents."),
    )
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


@contextlib.contextmanager
def _archive(db: str | None) -> Iterator[Any]:
    """The store, or a usage error (exit 2) naming what is wrong with --db."""
    from .store import StoreError, open_store
    if not log.handlers:
        _setup_logging(False)
    try:
        store = open_store(db)
    except StoreError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def _usage_errors() -> Any:
    """Malformed queries, filters and manifests are usage errors (exit 2), in one line."""
    from .archive.filters import FilterError
    from .archive.provenance import ManifestError
    from .archive.query import QueryError
    return (QueryError, FilterError, ManifestError)


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(allow_dash=True, path_type=str))
@db_option
@click.option("--manifest", metavar="FILE", type=click.Path(dir_okay=False, path_type=str),
              help="CSV or JSON: path -> url, publisher, captured, licence, attribution.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: one per core; small batches use one).")
@click.option("--batch", type=click.IntRange(min=1), default=256, show_default=True,
              help="Documents per transaction.")
@click.option("--registry", metavar="FILE", type=click.Path(dir_okay=False, path_type=str),
              envvar="READOUTS_REGISTRY",
              help="People registry (CSV) applied after ingest. Default: $READOUTS_REGISTRY.")
@progress_option
@debug_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, manifest: str | None,
           jobs: int | None, batch: int, registry: str | None, progress: bool | None,
           debug: bool) -> None:
    """Extract PATHS and store them in the archive.

    PATHS are what `extract` takes, and also .jsonl files written by `export --format
    jsonl`, stored as they are. A document already stored by this extractor version is
    skipped; one stored by an older version is extracted again. Each batch of documents is
    committed whole, so an interrupted ingest can simply be run again. A document that
    cannot be read is recorded (see `readouts problems`) and the exit status is 1.
    """
    _setup_logging(debug)
    from .archive.ingest import IngestOptions
    from .archive.ingest import ingest as run_ingest
    from .archive.provenance import Manifest

    try:
        read_manifest = Manifest.read(manifest) if manifest else None
    except _usage_errors() as exc:
        raise click.UsageError(str(exc)) from None
    counts: dict[str, int] = {}
    options = IngestOptions(jobs=jobs, batch=batch, manifest=read_manifest, registry=registry)
    with _archive(db) as store:
        try:
            outcomes = run_ingest(store, paths, options)
            with _progress(outcomes, paths, progress) as shown:  # type: ignore[arg-type]
                for outcome in shown:
                    counts[outcome.status] = counts.get(outcome.status, 0) + 1
                    if outcome.status == "failed":
                        log.warning("%s: %s: %s", outcome.source, outcome.code,
                                    outcome.message)
        except KeyboardInterrupt:
            log.warning("interrupted: what was committed is kept; run the same command "
                        "again to finish")
            ctx.exit(130)
        except _usage_errors() as exc:
            raise click.UsageError(str(exc)) from None
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing"
    log.info("%s (%s)", summary, store.url)
    if counts.get("failed"):
        ctx.exit(1)


@cli.command(context_settings=CONTEXT)
@db_option
@click.option("--all", "include_notes", is_flag=True,
              help="Also list what the extractor noted in stored documents.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def problems(db: str | None, include_notes: bool, fmt: str) -> None:
    """List documents that could not be stored (and, with --all, extractor notes)."""
    from .archive.problems import list_problems
    from .archive.render import problems_table
    with _archive(db) as store:
        rows = list_problems(store, include_notes=include_notes)
    with _open_output("-") as stream:
        if fmt == "json":
            json.dump(rows, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            problems_table(rows, stream)


@cli.command(context_settings=CONTEXT)
@click.argument("query", required=False, default="")
@db_option
@filter_options
@click.option("-n", "--limit", type=click.IntRange(min=1, max=1000), default=20,
              show_default=True, help="Hits per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--no-facets", is_flag=True, help="Skip the facet counts (faster).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def search(query: str, db: str | None, filters: Any, limit: int, page: int, no_facets: bool,
           fmt: str) -> None:
    """Ranked full-text search of the archive, with filters and facet counts.

    QUERY: words (all must occur; stemmed), "a phrase", a OR b, -word (or NOT word),
    prefix*. With no QUERY, the filtered documents, newest first.
    """
    from .archive.render import search_table
    from .archive.search import SearchOptions
    from .archive.search import search as run_search
    options = SearchOptions(query, filters, limit, (page - 1) * limit, not no_facets)
    with _archive(db) as store:
        try:
            result = run_search(store, options)
        except _usage_errors() as exc:
            raise click.UsageError(str(exc)) from None
    with _open_output("-") as stream:
        if fmt == "json":
            json.dump(result.to_dict(), stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            search_table(result, stream, bold=stream.isatty())


@cli.command(context_settings=CONTEXT)
@db_option
@filter_options
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True)
def stats(db: str | None, filters: Any, fmt: str) -> None:
    """The Women, Peace and Security figures: participants by role and gender per year and
    per publisher (women's and unknown shares), all-male meetings, references to
    resolution 1325 and its successors, top counterparts, unnamed offices."""
    from .archive.render import stats_csv, stats_table
    from .archive.stats import compute
    with _archive(db) as store:
        try:
            figures = compute(store, filters)
        except _usage_errors() as exc:
            raise click.UsageError(str(exc)) from None
    with _open_output("-") as stream:
        if fmt == "json":
            json.dump(figures, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        elif fmt == "csv":
            stats_csv(figures, stream)
        else:
            stats_table(figures, stream)


@cli.command("export", context_settings=CONTEXT)
@click.argument("query", required=False, default="")
@db_option
@filter_options
@click.option("-f", "--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "ics", "graphml"]),
              help="jsonl: records as `extract` writes them (re-import with ingest); csv, "
                   "parquet: one row per participation; ics: a calendar; graphml: a network.")
@click.option("-o", "--output", metavar="FILE", default="-",
              type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
              help="Write to FILE instead of standard output.")
def export_command(query: str, db: str | None, filters: Any, fmt: str, output: str) -> None:
    """Export the archive (or what QUERY and the filters select)."""
    from .archive.export import BINARY, export
    from .store import StoreError
    with _archive(db) as store:
        try:
            if fmt in BINARY:
                with _open_binary(output) as stream:
                    count = export(store, fmt, stream, query, filters)
            else:
                with _open_output(output) as text_stream:
                    count = export(store, fmt, text_stream, query, filters)
        except _usage_errors() as exc:
            raise click.UsageError(str(exc)) from None
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None
    log.info("exported %d %s", count, {"jsonl": "records", "csv": "rows", "parquet": "rows",
                                       "ics": "events", "graphml": "nodes"}[fmt])


# --- the web app and its tokens ------------------------------------------------------------

@cli.command(context_settings=CONTEXT)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only; give "
                   "0.0.0.0 to serve others (reads are open to anyone who can reach it).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--registry", metavar="FILE", type=click.Path(dir_okay=False, path_type=str),
              envvar="READOUTS_REGISTRY",
              help="People registry (CSV) that merges and splits write to, and that "
                   "resolution reads. Default: $READOUTS_REGISTRY; without one they are off.")
def serve(db: str | None, host: str, port: int, registry: str | None) -> None:
    """Serve the web app and the JSON API (/api, /docs) over the archive."""
    try:
        from .web.app import WebOptions, run
    except ImportError as exc:
        raise click.ClickException(f"the web app needs its extra: pip install "
                                   f"'readouts[web]' ({exc.name} is missing)") from None
    from .store import StoreError
    _setup_logging(False)
    log.info("serving %s on http://%s:%d/ (API docs at /docs)", db or "the archive", host, port)
    try:
        run(WebOptions(db=db, registry=registry), host=host, port=port)
    except StoreError as exc:
        raise click.UsageError(str(exc)) from None


@cli.group(context_settings=CONTEXT)
def token() -> None:
    """Tokens that let a reviewer write (corrections, merges) through the web app and API."""


@token.command("create", context_settings=CONTEXT)
@click.argument("name")
@db_option
def token_create(name: str, db: str | None) -> None:
    """Make a token for NAME (who will use it) and print it, once: only its hash is kept."""
    from .archive.tokens import TokenError, create_token
    with _archive(db) as store:
        try:
            made = create_token(store, name)
        except TokenError as exc:
            raise click.UsageError(str(exc)) from None
    click.echo(made.token)
    log.info("token %s for %s: keep it now, it cannot be shown again", made.id, made.name)


@token.command("list", context_settings=CONTEXT)
@db_option
def token_list(db: str | None) -> None:
    """List tokens (id, name, made, revoked); never their secrets."""
    from .archive.render import table
    from .archive.tokens import list_tokens
    with _archive(db) as store:
        rows = list_tokens(store)
    with _open_output("-") as stream:
        table(rows, stream)


@token.command("revoke", context_settings=CONTEXT)
@click.argument("token_id", metavar="ID")
@db_option
def token_revoke(token_id: str, db: str | None) -> None:
    """Revoke the token ID (as `token list` shows it): it stops working at once."""
    from .archive.tokens import revoke_token
    with _archive(db) as store:
        if not revoke_token(store, token_id):
            raise click.UsageError(f"no live token {token_id!r} (see `readouts token list`)")
    log.info("token %s revoked", token_id)


@contextlib.contextmanager
def _open_binary(path: str) -> Iterator[Any]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        handle = open(path, "wb")
    except OSError as exc:
        raise click.BadParameter(f"cannot write {path}: {exc.strerror or exc}",
                                 param_hint="'-o' / '--output'") from None
    with handle:
        yield handle


@cli.command(context_settings=CONTEXT)
@click.option("--count", type=click.IntRange(min=1), required=True, help="How many readouts to write.")
@click.option("--out", "out_dir", metavar="DIR", required=True,
              type=click.Path(file_okay=False, path_type=str), help="Folder to write them into.")
@click.option("--answers", metavar="FILE", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Their known answers, JSON Lines (default: DIR.answers.jsonl beside the folder).")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same archive.")
def synth(count: int, out_dir: str, answers: str | None, seed: int) -> None:
    """Write COUNT varied synthetic readouts (several publishers' styles) and their answers."""
    from .errors import ReadoutsError
    from .synth import write
    try:
        summary = write(count, out_dir, answers, seed=seed)
    except ReadoutsError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"readouts: wrote {summary.count} readouts to {summary.out_dir}, answers in {summary.answers} "
               f"({summary.seconds:.1f} s)", err=True)


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
