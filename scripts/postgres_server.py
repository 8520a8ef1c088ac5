"""A throwaway PostgreSQL server in a directory, for the database tests.

    python scripts/postgres_server.py start DIR   # prints: export GOALKIT_POSTGRES_DSN='...'
    python scripts/postgres_server.py stop DIR

It uses Debian's server binaries (`/usr/lib/postgresql/<version>/bin`, or
`initdb` and `pg_ctl` on the PATH), listens only on a Unix socket inside DIR,
trusts local connections and keeps no data worth keeping (fsync off).
PostgreSQL refuses to run as root, so when this runs as root (as CI does) the
server runs as the `postgres` user the Debian package creates, and DIR is
handed to that user. `.ci/run` starts one for the whole test run; the tests
start their own through `start` when no server was given to them.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

#: The role the tests connect as, created by initdb as the superuser.
USER = "goalkit"
#: The unprivileged account the server runs as when this runs as root.
SERVER_ACCOUNT = "postgres"


def binaries() -> Path | None:
    """The directory holding `initdb` and `pg_ctl`, newest version first, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parent.parent.name),
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).resolve().parent if on_path else None


def _as_server_account(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_ACCOUNT, "--", *command]


def dsn(directory: Path) -> str:
    """The libpq connection string of the server in *directory*."""
    return f"host={directory} port=5432 dbname=postgres user={USER}"


def start(directory: Path) -> str:
    """Create and start a server in *directory*; its connection string.

    Raises:
        RuntimeError: no server binaries, or the server did not start (its
            log is in the message).
    """
    bindir = binaries()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries: apt-get install postgresql")
    directory = directory.resolve()
    directory.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        account = pwd.getpwnam(SERVER_ACCOUNT)
        os.chown(directory, account.pw_uid, account.pw_gid)
    data, log = directory / "data", directory / "server.log"
    options = f"-k {directory} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    steps = [
        [str(bindir / "initdb"), "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8",
         "--no-sync", "--locale=C"],
        [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"],
    ]  # fmt: skip
    for step in steps:
        result = subprocess.run(  # noqa: S603 - the server's own binaries, our arguments
            _as_server_account(step), capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0:
            detail = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(
                f"{Path(step[0]).name} failed ({result.returncode}): {result.stderr}{detail}"
            )
    return dsn(directory)


def stop(directory: Path) -> None:
    """Stop the server in *directory* (if it runs) and remove the directory."""
    bindir = binaries()
    data = directory.resolve() / "data"
    if bindir is not None and (data / "postmaster.pid").exists():
        subprocess.run(  # noqa: S603 - the server's own binaries, our arguments
            _as_server_account([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
            check=False,
            timeout=120,
        )
    shutil.rmtree(directory, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"start", "stop"}:
        print("usage: postgres_server.py start|stop DIR", file=sys.stderr)
        return 2
    action, directory = argv[0], Path(argv[1])
    if action == "stop":
        stop(directory)
        return 0
    try:
        connection = start(directory)
    except RuntimeError as error:
        print(f"postgres_server.py: {error}", file=sys.stderr)
        return 1
    print(f"export GOALKIT_POSTGRES_DSN='{connection}'")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
