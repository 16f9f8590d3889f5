"""Test support for the archive: a throwaway PostgreSQL server and a store per backend.

`postgres()` starts one server per test run (initdb into a temporary folder, as the
`postgres` user when the tests run as root, on a free port of 127.0.0.1, fsync off) and
stops it when the run ends. Each test that asks for a PostgreSQL store gets a new database
of its own on it. No database is mocked.

Where PostgreSQL is not installed: under CI (CI=true) every PostgreSQL test fails, loudly;
on a developer's machine they are skipped with the reason (`./scripts/setup test` installs
it when it can).
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from conftest import EXAMPLE_FILES

BACKENDS = ("sqlite", "postgresql")


def _bin_dir() -> Path | None:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0 and (Path(out.stdout.strip()) / "initdb").exists():
            return Path(out.stdout.strip())
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name)
                      if Path(p).parent.parent.name.isdigit() else 0)
    if versions:
        return Path(versions[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="readouts-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root: run the server as `postgres`
            runuser = shutil.which("runuser")
            self.as_user = [runuser, "-u", "postgres", "--"] if runuser else \
                ["su", "postgres", "-s", "/bin/sh", "-c"]
            shutil.chown(self.folder, "postgres")
        os.chmod(self.folder, 0o700)
        self.names = itertools.count(1)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_user and self.as_user[0] == "su":
            command = self.as_user + [" ".join(f"'{c}'" for c in command)]
        else:
            command = self.as_user + command
        return subprocess.run(command, capture_output=True, text=True, timeout=120,
                              cwd=self.folder)

    def start(self) -> None:
        init = self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                         "--encoding=UTF8", "--no-locale", "--no-sync")
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr or init.stdout}")
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                            "-t", "60", "-o", options, "start")
        if started.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{log}")

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self.names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


_server: PostgresServer | None = None
_failure: str | None = None


def postgres() -> PostgresServer:
    """The run's server, started on first use; fails in CI, skips elsewhere, if absent."""
    global _server, _failure
    if _server is None and _failure is None:
        bindir = _bin_dir()
        if bindir is None:
            _failure = ("PostgreSQL is not installed (no initdb): run ./scripts/setup test, "
                        "which installs Debian's postgresql")
        else:
            server = PostgresServer(bindir)
            try:
                server.start()
            except Exception as exc:
                server.stop()
                _failure = f"could not start a throwaway PostgreSQL: {exc}"
            else:
                _server = server
                atexit.register(server.stop)
    if _server is None:
        if os.environ.get("CI"):
            pytest.fail(_failure or "no PostgreSQL", pytrace=False)
        pytest.skip(_failure or "no PostgreSQL")
    return _server


def store_url(backend: str, folder: Path) -> str:
    if backend == "postgresql":
        return postgres().new_database()
    return f"sqlite:///{folder / 'archive.db'}"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty archive on each backend in turn."""
    return store_url(request.param, tmp_path)


def make_corpus(folder: Path, count: int) -> list[Path]:
    """`count` distinct readouts made from the project's own examples (a note appended to
    each copy makes its bytes, and so its content hash, its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p for p in EXAMPLE_FILES if p.suffix == ".txt"]
    made = []
    for n in range(count):
        source = texts[n % len(texts)]
        target = folder / f"{n:05d}-{source.name}"
        target.write_text(source.read_text(encoding="utf-8") + f"\n\n(Ref. {n:05d})\n",
                          encoding="utf-8")
        made.append(target)
    return made


def wait_for(check, timeout: float = 60.0, every: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    return False
