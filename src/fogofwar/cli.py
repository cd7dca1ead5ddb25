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
               published: str | None, allow_private: bool = False,
               workers: int | None = None, dask: str | None = None) -> None:
    from .analysis import default_workers
    from .ingest import count_inputs
    from .ingest.fetch import FetchPolicy
    from .pipeline import ingest
    from .store import open_store

    store = open_store(db)
    client = None
    try:
        if dask:
            from .dask_run import connect

            client = connect(dask, workers)

        def note(source: str, problem: str) -> None:
            warn_line(source, problem, "warning")

        with progress_bar(count_inputs(paths), "ingesting") as tick:
            s = ingest(paths, store, outlet=outlet, published=published, on_document=tick,
                       on_skip=warn_line, on_warning=note,
                       fetch_policy=FetchPolicy(allow_private=allow_private),
                       workers=workers or default_workers(), client=client)
        err.print(
            f"read {s.read}, stored {s.stored} new, {s.already_stored} already stored, "
            f"{s.linked_copies} linked as copies, {len(s.skipped)} skipped, "
            f"{len(s.warnings)} warnings ({s.without_date} without a date, {s.without_outlet} "
            f"without an outlet, {s.without_title} without a title); "
            f"{s.words} words in {s.seconds:.1f}s → {store.url}", highlight=False)
    finally:
        if client is not None:
            from .dask_run import close

            close(client)
        store.close()
    if s.urls_failed:
        raise InputError(f"{s.urls_failed} URL(s) refused or not fetched (see above); "
                         "everything else was stored")


WidthOption = Annotated[int | None, typer.Option(
    help="Report width in columns (default: the terminal's, 80 when piped).", min=40)]


def show_report(db: str | None, incident: str | None = None, width: int | None = None) -> None:
    from .present.report import load_report, render_report

    articles, incidents = load_report(db)
    console = Console(width=width) if width else out
    render_report(console, articles, incidents, incident)


@app.command()
@friendly
def demo(
    db: DbOption = None,
    serve_: Annotated[bool, typer.Option(
        "--serve", help="Then open the dashboard on it (needs the `web` extra).")] = False,
    width: WidthOption = None,
) -> None:
    """Ingest the bundled Idlib (February 2020) corpus and print the report."""
    with resources.as_file(resources.files("fogofwar") / "data" / "demo") as folder:
        run_ingest([str(folder)], db, None, None)
    show_report(db, width=width)
    if serve_:
        run_serve(db, "127.0.0.1", 8000, None, open_browser=True)


def run_serve(db: str | None, host: str, port: int, token: str | None,
              open_browser: bool = False) -> None:
    try:
        from .present.web import serve as serve_web
    except ImportError as exc:
        raise FogofwarError(f"the dashboard needs the web extra (pip install -e '.[web]'): "
                            f"{exc}") from None
    def announce(url: str) -> None:
        err.print(f"dashboard on {url} (API docs at {url}docs); Ctrl-C stops it"
                  + ("" if token else "; read-only"), highlight=False, soft_wrap=True)

    serve_web(db=db, host=host, port=port, token=token, open_browser=open_browser,
              announce=announce)


@app.command()
@friendly
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        help="Allow writes (POST /api/articles) by requests bearing this token; "
             "without it the server is read-only. Default: $FOGOFWAR_TOKEN.",
        envvar="FOGOFWAR_TOKEN")] = None,
) -> None:
    """Serve the JSON API and the dashboard (map, timeline, incidents, articles)."""
    run_serve(db, host, port, token)


@app.command("ingest")
@friendly
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(
        help="Files, directories (.txt .html .jsonl) or http(s) URLs of pages.")],
    db: DbOption = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every document.")] = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date for every document: YYYY-MM-DD, YYYY-MM, YYYY or another "
             "common form (10.02.2020, Feb. 10, 2020).")] = None,
    allow_private: AllowPrivate = False,
    workers: Annotated[int | None, typer.Option(
        help="Processes analysing articles (default: the machine's cores).")] = None,
    dask: Annotated[str | None, typer.Option(
        help="Analyse on a Dask cluster: 'local' or a scheduler address tcp://HOST:PORT "
             "(pip install 'fogofwar[dask]').")] = None,
    event_threshold: Annotated[float | None, typer.Option(
        min=0.0, max=1.0,
        help="Drop events the learned event filter scores below this (0-1; 0 keeps every "
             "event; default: $FOGOFWAR_EVENT_THRESHOLD, else the model's own).")] = None,
) -> None:
    """Clean, analyse and store articles; re-ingesting the same content changes nothing."""
    if event_threshold is not None:
        import os

        from . import config

        # the environment reaches the worker processes the analysis forks
        os.environ[config.EVENT_THRESHOLD_ENV] = str(event_threshold)
    if published is not None:
        from .ingest import parse_published

        parse_published(published)
    if workers is not None and workers < 1:
        raise FogofwarError("--workers must be at least 1")
    run_ingest(paths, db, outlet, published, allow_private, workers, dask)


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
    width: WidthOption = None,
) -> None:
    """Print articles, claims by claimant, incidents and outlet framing."""
    show_report(db, incident, width)


class What(str, Enum):
    articles = "articles"
    events = "events"
    claims = "claims"
    incidents = "incidents"
    outlets = "outlets"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


@app.command()
@friendly
def export(
    what: Annotated[What, typer.Option(help="What to export.")] = What.articles,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File (default stdout).")]
    = None,
    db: DbOption = None,
) -> None:
    """Write articles, events, claims, incidents or outlets: JSONL, CSV, GeoJSON or Parquet."""
    from .present.export import export_records

    if output is None and fmt is Format.parquet:
        raise FogofwarError("--format parquet writes a binary file: give it with -o FILE")
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

