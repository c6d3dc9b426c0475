"""Batch cleaning: JSONL, folders and WARC files in, one JSON line per input record out.

The readers (``readers.py``) turn every input into Records (a record that cannot
be read carries its error instead of vanishing); :func:`clean_records`
cleans them in order, in this process or in a pool of worker processes;
:func:`run_batch` adds resume, progress and the summary.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, TextIO

from .config import Config
from .pipeline import DEFAULT_CONFIG, clean
from .readers import (
    MESSAGE_CHARS,
    Fields,
    InputReadError,
    Record,
    RecordId,
    count_records,
    input_kind,
    iter_records,
    json_id,
    looks_binary,
    read_document,
    require_warcio,
)

__all__ = ["BatchOptions", "Outcome", "Summary", "clean_records", "read_done_ids", "run_batch"]

Status = Literal["cleaned", "empty", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one record: its status and its output line (JSON, no newline)."""

    status: Status
    line: str


# --- cleaning ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _WorkerState:
    configs: dict[str, Config]
    body_only: bool


_STATE: _WorkerState | None = None


def _init_worker(config: Config, body_only: bool, warm: bool = True) -> None:
    """Once per process: the configs per input format, and a warm-up that loads the catalogs."""
    global _STATE
    configs = {fmt: replace(config, input_format=fmt) for fmt in ("auto", "html", "text")}
    _STATE = _WorkerState(configs, body_only)
    if warm:
        clean("Warm-up. The rule catalogs load and compile once per process.", config=config)


def _start_worker(config: Config, body_only: bool) -> None:
    """A pool worker's start: Ctrl-C is for the parent, which then stops the pool in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(config, body_only)


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def _error_line(rid: RecordId, kind: str, message: str) -> Outcome:
    return Outcome("failed", _dumps({"id": rid, "error": {"type": kind, "message": message}}))


def _process(record: Record) -> Outcome:
    """Clean one record into its output line; any exception becomes an error line."""
    assert _STATE is not None, "_init_worker was not called"
    if record.error is not None:
        return _error_line(record.id, *record.error)
    try:
        source = record.source if record.path is None else read_document(Path(record.path))
        if source is None:
            raise InputReadError("the record has no source")
        if isinstance(source, bytes) and looks_binary(source):
            raise InputReadError("binary data (NUL bytes), not text or HTML")
        article = clean(source, url=record.url, config=_STATE.configs[record.input_format])
    except Exception as exc:  # one bad record must not stop the batch
        return _error_line(record.id, type(exc).__name__, str(exc)[:MESSAGE_CHARS])
    status: Status = "cleaned" if article.body else "empty"
    data: dict[str, Any]
    if _STATE.body_only:
        data = {"id": record.id, "url": record.url, "title": article.title, "body": article.body}
    else:
        data = {"id": record.id, "url": record.url, "article": article.to_dict()}
    return Outcome(status, _dumps(data))


def _process_chunk(records: list[Record]) -> list[Outcome]:
    return [_process(r) for r in records]


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_Pending = deque[tuple[list[Record], "Future[list[Outcome]]"]]


@dataclass(slots=True)
class _Pools:
    """The worker pool, replaced when a worker dies; one-worker pools find the record that killed it."""

    workers: int
    config: Config
    body_only: bool
    pool: ProcessPoolExecutor | None = None

    def new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(self.config, self.body_only))

    def submit(self, chunk: list[Record]) -> Future[list[Outcome]]:
        if self.pool is not None:
            try:
                return self.pool.submit(_process_chunk, chunk)
            except BrokenProcessPool:
                self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self.new(self.workers)
        return self.pool.submit(_process_chunk, chunk)

    def outcomes(self, chunk: list[Record], future: Future[list[Outcome]]) -> Iterator[Outcome]:
        """The chunk's outcomes; if its worker died, its records again one at a time."""
        try:
            yield from future.result()
            return
        except BrokenProcessPool:
            pass
        for record in chunk:
            with self.new(1) as single:
                try:
                    yield from single.submit(_process_chunk, [record]).result()
                except BrokenProcessPool:
                    message = "the worker process died while cleaning this record (out of memory?)"
                    yield _error_line(record.id, "BrokenProcessPool", message)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def clean_records(
    records: Iterable[Record],
    *,
    config: Config | None = None,
    workers: int = 1,
    chunk_size: int = 8,
    body_only: bool = False,
) -> Generator[Outcome, None, None]:
    """One Outcome per record, in input order; ``workers`` > 1 cleans in a process pool.

    Chunks of ``chunk_size`` records go to the workers, at most four per worker
    in flight, so the input is never all in memory. When a worker dies, the
    chunks it took down are redone one record at a time, so that only the
    record that killed it fails, and a new pool takes the rest.
    """
    config = config or DEFAULT_CONFIG
    if workers <= 1:
        _init_worker(config, body_only, warm=False)
        yield from map(_process, records)
        return
    chunks = _chunks(records, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    _init_worker(config, body_only)  # before the pool forks, so that the workers start warm
    pools = _Pools(workers, config, body_only)
    pending: _Pending = deque()
    try:
        for chunk in itertools.chain([first], chunks):
            pending.append((chunk, pools.submit(chunk)))
            while pending and (len(pending) >= 4 * workers or pending[0][1].done()):
                yield from pools.outcomes(*pending.popleft())
        while pending:
            yield from pools.outcomes(*pending.popleft())
    finally:
        pools.close()


# --- resume, progress, summary -------------------------------------------------------------------


def read_done_ids(path: Path) -> set[RecordId]:
    """The ids in an output file; a last line cut short by a killed run is truncated away."""
    done: set[RecordId] = set()
    if not path.exists():
        return done
    good_end = 0
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            good_end += len(raw)
            try:
                rid = json_id(json.loads(raw).get("id"))
            except (ValueError, AttributeError):
                continue
            if rid is not None:
                done.add(rid)
    if good_end < path.stat().st_size:
        os.truncate(path, good_end)
    return done


@dataclass(slots=True)
class Summary:
    """Counts of one batch run; ``cleaned`` includes the ``empty`` ones."""

    read: int = 0
    cleaned: int = 0
    empty: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False  # stopped by Ctrl-C after the chunks in flight

    def add(self, status: Status) -> None:
        if status == "failed":
            self.failed += 1
        else:
            self.cleaned += 1
            self.empty += status == "empty"

    @property
    def docs_per_second(self) -> float:
        return (self.cleaned + self.failed) / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        return (
            f"read {self.read:,}, cleaned {self.cleaned:,} (empty {self.empty:,}), "
            f"failed {self.failed:,}, skipped {self.skipped:,} in {self.seconds:.1f} s "
            f"({self.docs_per_second:.1f} docs/s){', interrupted' if self.interrupted else ''}"
        )


@contextmanager
def _stop_on_interrupt(summary: Summary) -> Iterator[None]:
    """The first Ctrl-C sets ``summary.interrupted`` and the run stops cleanly; a second one raises.

    A KeyboardInterrupt raised inside the process pool's machinery can leave
    it unable to shut down, so the first one is only noted.
    """
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is signal.SIG_IGN:
        yield
        return

    def note(signum: int, frame: object) -> None:
        summary.interrupted = True
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@dataclass(slots=True)
class _Progress:
    """A one-line progress bar on a terminal: records done, docs/s and, with a total, the ETA."""

    stream: TextIO | None
    total: int | None
    start: float = field(default_factory=time.monotonic)
    shown: float = 0.0

    def update(self, summary: Summary, force: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not force and now - self.shown < 0.2):
            return
        self.shown = now
        worked = summary.cleaned + summary.failed
        done = worked + summary.skipped
        rate = worked / (now - self.start) if now > self.start else 0.0
        text = f"{done:,} docs  {rate:.1f} docs/s"
        if self.total:
            eta = (self.total - done) / rate if rate > 0 else 0.0
            minutes, seconds = divmod(int(max(eta, 0)), 60)
            text = f"{done:,}/{self.total:,} docs {100 * done / self.total:3.0f}%  {rate:.1f} docs/s"
            text += f"  ETA {minutes // 60}:{minutes % 60:02d}:{seconds:02d}"
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """What one batch run reads, how it cleans, and where it writes (``-`` is stdout)."""

    inputs: tuple[str, ...]
    output: str
    config: Config = DEFAULT_CONFIG
    fields: Fields = field(default_factory=Fields)
    workers: int = 1
    chunk_size: int = 8
    body_only: bool = False
    resume: bool = False


def _skip(records: Iterable[Record], done: set[RecordId], summary: Summary) -> Iterator[Record]:
    for record in records:
        summary.read += 1
        if record.id in done:
            summary.skipped += 1
        else:
            yield record


def run_batch(options: BatchOptions, *, progress: TextIO | None = None) -> Summary:
    """Clean every input record into ``options.output``; the progress bar goes to ``progress``.

    Raises MissingDependencyError before writing anything when a WARC input
    needs warcio and it is not installed.
    """
    if any(input_kind(name) == "warc" for name in options.inputs):
        require_warcio()
    start = time.monotonic()
    summary = Summary()
    to_stdout = options.output == "-"
    done = read_done_ids(Path(options.output)) if options.resume and not to_stdout else set()
    bar = _Progress(progress, count_records(options.inputs) if progress else None)
    records = _skip(iter_records(options.inputs, options.fields), done, summary)
    # Lone surrogates (possible in JSON input) become \udXXX escapes: still valid JSON.
    out: TextIO = (
        sys.stdout
        if to_stdout
        else open(options.output, "a" if options.resume else "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
    )
    outcomes = clean_records(
        records,
        config=options.config,
        workers=options.workers,
        chunk_size=options.chunk_size,
        body_only=options.body_only,
    )
    try:
        with _stop_on_interrupt(summary):
            for n, outcome in enumerate(outcomes, 1):
                out.write(outcome.line + "\n")
                summary.add(outcome.status)
                if n % 64 == 0:
                    out.flush()
                bar.update(summary)
                if summary.interrupted:
                    break
    finally:
        outcomes.close()  # stops the pool now, not at interpreter exit (where joining can hang)
        bar.close()
        out.flush()
        if not to_stdout:
            out.close()
        summary.seconds = time.monotonic() - start
        if summary.interrupted:  # records read ahead but never cleaned do not count
            summary.read = summary.cleaned + summary.failed + summary.skipped
    return summary
