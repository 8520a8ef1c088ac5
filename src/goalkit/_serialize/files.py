"""Document files: `load` reads within limits, `dump` writes atomically; the suffix picks a format.

``.json``, ``.yaml``/``.yml`` (PyYAML, the `yaml` extra) and ``.toml``
(read only). Reading opens the file without blocking and refuses anything
that is not a regular file; writing never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar, overload

from goalkit._errors import LoadError, Problem, excerpt, expect_type
from goalkit._model import Plan
from goalkit._serialize.converter import expect_model_class, expect_model_object
from goalkit._serialize.documents import (
    MAX_DOCUMENT_SIZE,
    READERS,
    YAML_INSTALL_HINT,
    check_size,
    decode_utf8,
    format_size_limit,
    json_text,
    write_yaml,
    yaml_available,
)
from goalkit._serialize.structure import (
    collector_paused,
    structure_data,
    structure_json,
    to_dict,
    to_json,
)

__all__ = [
    "ORPHAN_AFTER_SECONDS",
    "STALE_AFTER_SECONDS",
    "dump",
    "load",
    "remove_stale_temporaries",
    "write_atomically",
]

T = TypeVar("T")

_SUFFIXES: Final = ".json, .yaml, .yml or .toml"
_A_PATH: Final = "a path (str or os.PathLike)"


def _expect_path(function: str, path: object) -> None:
    # Any os.PathLike will do, so the check is isinstance; a refusal is expect_type's error.
    if not isinstance(path, str | os.PathLike):
        expect_type(function, "path", path, str, expected=_A_PATH)


@overload
def load(path: str | os.PathLike[str], *, max_size: int = ...) -> Plan: ...


@overload
def load(path: str | os.PathLike[str], cls: type[T], *, max_size: int = ...) -> T: ...


def load(
    path: str | os.PathLike[str],
    cls: type[Any] = Plan,
    *,
    max_size: int = MAX_DOCUMENT_SIZE,
) -> Any:
    """Read a document file: the format is chosen by suffix.

    ``.json``; ``.yaml`` or ``.yml`` (safe loading only; needs the `yaml`
    extra); ``.toml`` (read only). Plan documents older than
    `SCHEMA_VERSION` are migrated; newer ones are refused.

    Args:
        path: the file to read.
        cls: the model class the document describes (default `Plan`).
        max_size: the largest file accepted, in bytes (default 64 MiB; YAML
            files are limited to `MAX_YAML_SIZE`, 4 MiB, whatever is asked).

    Raises:
        LoadError: the file is missing, a folder, unreadable, of an unknown
            type, too large, or its content is not a valid document. The
            error's `source` is the path.
        ValidationError: *path* is not a path, *cls* not a goalkit model
            class, or *max_size* not a whole number.

    Examples:
        >>> import pathlib, tempfile
        >>> from goalkit import Person, dump, load
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "ana.yaml"
        >>> dump(Person(name="Ana", id="ana"), path)
        >>> load(path, Person)
        Person(name='Ana', id='ana')
    """
    _expect_path("load", path)
    expect_model_class("load", "cls", cls)
    expect_type("load", "max_size", max_size, int, expected="a whole number of bytes")
    file = Path(path)
    source = str(file)
    try:
        reader = _reader_for(file)
        limit, kind = format_size_limit(file.suffix.lower(), max_size)
        data = _read(file, limit, kind)
        with collector_paused(len(data)):
            check_size(len(data), limit, kind=kind)
            if file.suffix.lower() == ".json":  # the one-pass path first, as from_json
                text = json_text(decode_utf8(data), max_size=limit)
                return structure_json(cls, text, source, limit)
            document = reader(decode_utf8(data), limit)
            return structure_data(cls, document, source)
    except LoadError as error:
        if error.source is not None:
            raise
        raise LoadError(error.problems, source=source) from None


def _refuse(message: str, code: str = "file") -> LoadError:
    return LoadError([Problem("", message, code=code)])


def _reader_for(file: Path) -> Callable[[str, int], Any]:
    """The reader of *file*'s format, chosen by its suffix, or a `LoadError` saying why not."""
    suffix = file.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise _refuse(f"unknown file type {excerpt(suffix or file.name)}: expected {_SUFFIXES}")
    if suffix in (".yaml", ".yml") and not yaml_available():
        raise _refuse(YAML_INSTALL_HINT, "unsupported")
    return reader


def _read(file: Path, max_size: int, kind: str = "") -> bytes:
    """The bytes of *file* (at most *max_size* + 1), or a `LoadError` saying why not."""
    try:
        # Non-blocking, so that opening a named pipe cannot hang; it is then refused.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise _refuse("is a folder, not a file")
            if not stat.S_ISREG(mode):
                raise _refuse("not a regular file")
            size = os.fstat(handle.fileno()).st_size
            check_size(size, max_size, kind=kind)
            # read(max_size + 1) would allocate the whole limit (64 MiB) for every file.
            data = handle.read(size + 1)
            if len(data) > size:  # it grew since: read on, to one byte past the limit
                data += handle.read(max_size + 1 - len(data))
            return data
    except FileNotFoundError:
        raise _refuse("no such file") from None
    except IsADirectoryError:
        raise _refuse("is a folder, not a file") from None
    except PermissionError:
        raise _refuse("cannot be read: permission denied") from None
    except OSError as error:
        raise _refuse(f"cannot be read: {error.strerror or error}") from None


def dump(obj: Any, path: str | os.PathLike[str], *, follow_symlinks: bool = False) -> None:
    """Write a model object to a document file, atomically; the format is chosen by suffix.

    ``.json`` (indented) or ``.yaml``/``.yml`` (needs the `yaml` extra).
    The document is serialized in full first, then written by
    `write_atomically`: to a temporary file in the same folder, flushed to
    disk and renamed over *path*. A crash or an error never leaves a
    half-written file, an error names *path* (never the temporary file), an
    existing file keeps its permissions, and temporary files that killed
    writers left behind are removed.

    Args:
        obj: the model object to write.
        path: the file to write.
        follow_symlinks: when *path* is a symbolic link, write the file it
            points to (the link stays). By default the link itself is replaced
            by a regular file, which never writes outside *path*'s folder.

    Raises:
        ValueError: the suffix is not one goalkit writes (it reads, but
            does not write, ``.toml``), or the object cannot be written.
        ValidationError: *obj* is not a goalkit model object, or *path* not a path.
        OSError: the folder is missing or not writable, or the disk is full;
            the error's `filename` is *path*.

    Examples:
        >>> import json, pathlib, tempfile
        >>> from goalkit import Person, dump
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "ana.json"
        >>> dump(Person(name="Ana", id="ana"), path)
        >>> json.loads(path.read_text())
        {'name': 'Ana', 'id': 'ana'}
    """
    expect_model_object("dump", "obj", obj)
    _expect_path("dump", path)
    expect_type("dump", "follow_symlinks", follow_symlinks, bool, expected="True or False")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix == ".json":
        text = to_json(obj, indent=2) + "\n"
    elif suffix in (".yaml", ".yml"):
        text = write_yaml(to_dict(obj))
    else:
        raise ValueError(
            f"cannot write {excerpt(file.name)}: goalkit writes .json, .yaml and .yml "
            "(and reads .toml)"
        )
    write_atomically(file, text.encode("utf-8"), follow_symlinks=follow_symlinks)


# ------------------------------------------------------------------ writing


def write_atomically(path: Path, payload: bytes, *, follow_symlinks: bool = False) -> None:
    """Write *payload* to *path* so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder (named
    ``.NAME.PID.RANDOM.tmp``), are flushed to disk, and the temporary file is
    renamed over *path*. On any error the temporary file is removed and the
    previous file is left as it was; the `OSError` raised names *path*.
    Before writing, temporary files of earlier writers of the same *path*
    that were killed are removed (see `remove_stale_temporaries`).

    A symbolic link at *path* is replaced by a regular file, unless
    *follow_symlinks*, when the file it points to is written instead.

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.txt"
        >>> write_atomically(path, b"Ana's plan\\n")
        >>> path.read_bytes()
        b"Ana's plan\\n"
    """
    target = Path(os.path.realpath(path)) if follow_symlinks else path
    try:
        remove_stale_temporaries(target)
        _replace(target, payload)
    except OSError as error:
        raise _naming(error, path) from None


def _naming(error: OSError, path: Path) -> OSError:
    """*error* about *path*: the file the caller asked for, not the temporary one."""
    if error.errno is None:
        return OSError(f"cannot write {path}: {error}")
    return OSError(error.errno, error.strerror or str(error), str(path))


def _replace(file: Path, payload: bytes) -> None:
    folder = file.parent
    temporary = folder / f".{file.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp"
    # 0o666 lets the umask decide, as for any new file; O_EXCL never reuses a name.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(file).st_mode))
        os.replace(temporary, file)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


#: A temporary file older than this is stale: its writer took far longer than any write does.
STALE_AFTER_SECONDS: Final = 600
#: A temporary file whose writer no longer runs is stale once this old (a writer on another
#: machine sharing the folder may have the same process id).
ORPHAN_AFTER_SECONDS: Final = 60
#: A folder is swept at most this often by one process, so that writing many files into one
#: large folder does not list it each time.
_SWEEP_EVERY_SECONDS: Final = 60.0
_swept: dict[str, float] = {}


def remove_stale_temporaries(file: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files that killed writers of *file* left in its folder.

    Only goalkit's own are touched, and only when stale:

    - the name is one `write_atomically` gives for *file*:
      ``.NAME.PID.RANDOM.tmp`` (or ``.NAME.RANDOM.tmp`` from goalkit 0.1);
    - it is a regular file (never a link or a folder) owned by this user;
    - it is older than `STALE_AFTER_SECONDS`, or older than
      `ORPHAN_AFTER_SECONDS` and the process named in it no longer runs.

    A folder is swept at most once a minute by one process. Returns what
    was removed; files that vanish or cannot be removed meanwhile are skipped.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> stale = folder / ".plan.json.4242424.0123456789ab.tmp"
        >>> stale.write_text("{")
        1
        >>> _ = os.utime(stale, (0, 0))
        >>> [path.name for path in remove_stale_temporaries(folder / "plan.json")]
        ['.plan.json.4242424.0123456789ab.tmp']
    """
    clock = time.time() if now is None else now
    folder = file.parent
    key = os.path.abspath(folder)
    last = _swept.get(key)
    if last is not None and time.monotonic() - last < _SWEEP_EVERY_SECONDS:
        return []
    _swept[key] = time.monotonic()
    pattern = re.compile(rf"\.{re.escape(file.name)}\.(?:([0-9]+)\.)?[0-9a-f]{{12}}\.tmp")
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not _stale(entry, match.group(1), clock):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _stale(entry: os.DirEntry[str], pid: str | None, now: float) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    age = now - info.st_mtime
    if age > STALE_AFTER_SECONDS:
        return True
    return pid is not None and age > ORPHAN_AFTER_SECONDS and not _running(int(pid))


def _running(pid: int) -> bool:
    """Whether process *pid* runs on this machine (assumed so where that cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable where the platform allows it (POSIX).
    if os.name != "posix":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
