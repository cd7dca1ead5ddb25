"""The `fogofwar` command line: each command parses options and calls one library function.

Bad input raises a FogofwarError somewhere below; here it becomes one red line on stderr and a
non-zero exit. Progress bars and rich output live only here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from functools import wraps
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .errors import FogofwarError, InputError

app = typer.Typer(help="Turn war reporting into evidence.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
gazetteer_app = typer.Typer(help="Manage the GeoNames gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
out = Console()
err = Console(stderr=True)
F = TypeVar("F", bound=Callable)

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database URL (default: $FOGOFWAR_DB or sqlite:///fogofwar.db).")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private", help="Let URLs reach loopback, private and link-local addresses "
    "(cloud metadata, multicast and unspecified addresses stay refused).")]


def friendly(fn: F) -> F:
    """Turn FogofwarError into one line on stderr and its exit code."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except FogofwarError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


@contextmanager
def progress_bar(total: int | None, label: str) -> Iterator[Callable[[], None]]:
    """A rich progress bar on a terminal, nothing when output is piped."""
    if not err.is_terminal:
        yield lambda: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def warn_line(source: str, reason: str, label: str = "skipped") -> None:
    """One yellow line naming what was skipped and why (markup in names is shown as is)."""
    from rich.markup import escape

    err.print(f"[yellow]{label}[/yellow] {escape(source)}: {escape(reason)}", highlight=False,
              soft_wrap=True)


def run_ingest(paths: list[str], db: str | None, outlet: str | None,
               published: str | None, allow_private: bool = False) -> None:
    from .ingest import count_inputs
    from .ingest.fetch import FetchPolicy
    from .pipeline import ingest
    from .store import open_store

    store = open_store(db)
    try:
        with progress_bar(count_inputs(paths), "ingesting") as tick:
            s = ingest(paths, store, outlet=outlet, published=published, on_document=tick,
                       on_skip=warn_line, fetch_policy=FetchPolicy(allow_private=allow_private))
        err.print(
            f"read {s.read}, stored {s.stored} new, {s.already_stored} already stored, "
            f"{s.linked_copies} linked as copies, {len(s.skipped)} skipped; "
            f"{s.words} words in {s.seconds:.1f}s → {store.url}", highlight=False)
    finally:
        store.close()
    if s.urls_failed:
        raise InputError(f"{s.urls_failed} URL(s) refused or not fetched (see above); "
                         "everything else was stored")


def show_report(db: str | None, incident: str | None = None) -> None:
    from .present.report import load_report, render_report

    articles, incidents = load_report(db)
    render_report(out, articles, incidents, incident)


@app.command()
@friendly
def demo(db: DbOption = None) -> None:
    """Ingest the bundled Idlib (February 2020) corpus and print the report."""
    with resources.as_file(resources.files("fogofwar") / "data" / "demo") as folder:
        run_ingest([str(folder)], db, None, None)
    show_report(db)


@app.command("ingest")
@friendly
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(
        help="Files, directories (.txt .html .jsonl) or http(s) URLs of pages.")],
    db: DbOption = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every document.")] = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date for every document: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    allow_private: AllowPrivate = False,
) -> None:
    """Clean, analyse and store articles; re-ingesting the same content changes nothing."""
    if published is not None:
        from .ingest import parse_published

        parse_published(published)
    run_ingest(paths, db, outlet, published, allow_private)


@app.command("watch")
@friendly
def watch_cmd(
    feeds: Annotated[list[str], typer.Argument(help="http(s) URLs of RSS or Atom feeds.")],
    db: DbOption = None,
    interval: Annotated[float, typer.Option(help="Seconds between polls.", min=1.0)]
    = 900.0,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once and exit.")]
    = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Poll RSS/Atom feeds and ingest new items; one line per feed per poll."""
    from datetime import datetime, timezone

    from rich.markup import escape

    from .ingest.fetch import FetchPolicy, check_url
    from .store import open_store
    from .watch import Poll, watch

    for feed in feeds:
        check_url(feed)

    def logged(poll: Poll) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        err.print(f"{stamp} poll {escape(poll.feed)}: {poll.new} new, {poll.seen} seen, "
                  f"{poll.errors} errors, {poll.stored} articles stored", highlight=False,
                  soft_wrap=True)

    with open_store(db) as store:
        try:
            last = watch(feeds, store, policy=FetchPolicy(allow_private=allow_private),
                         interval=interval, polls=1 if once else None, on_poll=logged,
                         on_error=lambda source, reason: warn_line(source, reason, "error"))
        except KeyboardInterrupt:
            err.print("stopped", highlight=False)
            return
    if any(p.errors for p in last):
        raise typer.Exit(2)


@app.command()
@friendly
def report(
    db: DbOption = None,
    incident: Annotated[str | None, typer.Option(help="Show one incident in detail.")] = None,
) -> None:
    """Print articles, claims by claimant, incidents and outlet framing."""
    show_report(db, incident)


class What(str, Enum):
    articles = "articles"
    incidents = "incidents"
    outlets = "outlets"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


@app.command()
@friendly
def export(
    what: Annotated[What, typer.Option(help="What to export.")] = What.articles,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File (default stdout).")]
    = None,
    db: DbOption = None,
) -> None:
    """Write articles, incidents or outlets as JSONL (events as CSV or GeoJSON)."""
    from .present.export import export_records

    if output is None:
        n = export_records(db, what.value, fmt.value, sys.stdout.buffer)
        sys.stdout.flush()
    else:
        try:
            with output.open("wb") as fh:
                n = export_records(db, what.value, fmt.value, fh)
        except OSError as exc:
            raise FogofwarError(f"cannot write {output}: {exc.strerror}") from None
        err.print(f"wrote {n} records to {output}", highlight=False)


@gazetteer_app.command("load")
@friendly
def gazetteer_load(
    file: Annotated[Path, typer.Argument(
        help="GeoNames dump: allCountries.zip, SY.zip, cities500.zip, a .txt, or "
             "admin1CodesASCII.txt (names of first-level areas)")],
    into: Annotated[Path | None, typer.Option(
        help="Gazetteer file to load into (default: $FOGOFWAR_GAZETTEER, else the built-in "
             "one in the cache dir).")]
    = None,
) -> None:
    """Import a GeoNames dump into the local gazetteer (replacing rows with the same id)."""
    from rich.progress import DownloadColumn

    from .resolve.gazetteer import load_geonames

    if not file.is_file():
        raise FogofwarError(f"{file}: no such file")
    columns = (TextColumn("loading GeoNames"), BarColumn(), DownloadColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("load", total=None)
        done = load_geonames(file, db=into,
                             progress=lambda n, total: bar.update(task, completed=n, total=total))
    skipped = f", skipped {done.skipped} malformed lines" if done.skipped else ""
    err.print(f"loaded {done.places} places and {done.admin1} admin1 names from {file}{skipped}",
              highlight=False)


@app.command()
@friendly
def bench(
    docs: Annotated[int, typer.Option(help="Documents to process (synthesised from the demo).")]
    = 200,
) -> None:
    """Throughput and memory of the full pipeline against bare en_core_web_sm, as JSON."""
    from .benchmark import run_bench

    if docs < 1:
        raise FogofwarError("--docs must be at least 1")
    out.print_json(orjson.dumps(run_bench(docs)).decode())


def main() -> None:  # pragma: no cover - console script entry
    app()


if __name__ == "__main__":  # pragma: no cover
    app()

