"""Document files: `load` reads within limits, `dump` writes atomically; the suffix picks a format.

``.json``, ``.yaml``/``.yml`` (PyYAML, the `yaml` extra) and ``.toml``
(read only). Reading opens the file without blocking and refuses anything
that is not a regular file; writing never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

from goalkit._errors import LoadError, Problem, excerpt, expect_type
from goalkit._model import Plan
from goalkit._serialize.converter import expect_model_class, expect_model_object
from goalkit._serialize.documents import (
    MAX_DOCUMENT_SIZE,
    READERS,
    YAML_INSTALL_HINT,
    check_size,
    decode_utf8,
    write_yaml,
    yaml_available,
)
from goalkit._serialize.structure import collector_paused, structure, to_dict, to_json

__all__ = ["dump", "load"]

T = TypeVar("T")

_SUFFIXES: Final = ".json, .yaml, .yml or .toml"
_A_PATH: Final = "a path (str or os.PathLike)"


def _expect_path(function: str, path: object) -> None:
    # Any os.PathLike will do, so the check is isinstance; a refusal is expect_type's error.
    if not isinstance(path, str | os.PathLike):
        expect_type(function, "path", path, str, expected=_A_PATH)


def load(
    path: str | os.PathLike[str],
    cls: type[T] = Plan,  # type: ignore[assignment]
    *,
    max_size: int = MAX_DOCUMENT_SIZE,
) -> T:
    """Read a document file: the format is chosen by suffix.

    ``.json``; ``.yaml`` or ``.yml`` (safe loading only; needs the `yaml`
    extra); ``.toml`` (read only). Plan documents older than
    `SCHEMA_VERSION` are migrated; newer ones are refused.

    Args:
        path: the file to read.
        cls: the model class the document describes (default `Plan`).
        max_size: the largest file accepted, in bytes (default 64 MiB).

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
        data = _read(file, max_size)
        with collector_paused(len(data)):
            check_size(len(data), max_size)
            document = reader(decode_utf8(data), max_size)
            return structure(cls, document, source)
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


def _read(file: Path, max_size: int) -> bytes:
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
            check_size(size, max_size)
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


def dump(obj: Any, path: str | os.PathLike[str]) -> None:
    """Write a model object to a document file, atomically; the format is chosen by suffix.

    ``.json`` (indented) or ``.yaml``/``.yml`` (needs the `yaml` extra).
    The document is serialized in full first, then written to a temporary
    file in the same folder, flushed to disk and renamed over *path*: a
    crash or an error never leaves a half-written file, and no temporary
    file is left behind. An existing file keeps its permissions.

    Raises:
        ValueError: the suffix is not one goalkit writes (it reads, but
            does not write, ``.toml``), or the object cannot be written.
        ValidationError: *obj* is not a goalkit model object, or *path* not a path.
        OSError: the folder is missing or not writable.

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
    _write_atomically(file, text.encode("utf-8"))


def _write_atomically(file: Path, payload: bytes) -> None:
    folder = file.parent
    temporary = folder / f".{file.name}.{secrets.token_hex(6)}.tmp"
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
