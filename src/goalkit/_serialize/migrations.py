"""Versions of the plan document: the version written, and migrations from older ones.

A plan document carries ``schema_version``. `versioned` writes it first;
`upgrade` reads it back, runs the registered migrations one version at a
time for an older document, and refuses a newer one with a message that
says so.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Final

from goalkit._errors import LoadError, Problem
from goalkit._serialize.explain import brief, describe

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "migration", "upgrade", "versioned"]

#: A function that upgrades a plan document by one version.
Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: The version of the plan document format this goalkit writes.
#: Older documents are migrated when loaded; newer ones are refused.
SCHEMA_VERSION: Final = 2

#: Migrations by the version they upgrade from: ``MIGRATIONS[n]`` takes a plan
#: document (without its ``schema_version``) at version n and returns it at n + 1.
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function that upgrades plan documents from *from_version* to the next.

    The function receives the document without its ``schema_version`` key
    (a copy: it may change it in place) and returns the upgraded document.

    Examples:
        >>> @migration(0)
        ... def rename_goal_list(document):
        ...     document["goals"] = document.pop("objectives", [])
        ...     return document
        >>> MIGRATIONS.pop(0) is rename_goal_list
        True
    """

    def register(function: Migration) -> Migration:
        MIGRATIONS[from_version] = function
        return function

    return register


def versioned(body: dict[str, Any]) -> dict[str, Any]:
    """A plan's document: *body* after its ``schema_version``, the version written now.

    Examples:
        >>> versioned({"id": "p"})
        {'schema_version': 2, 'id': 'p'}
    """
    return {"schema_version": SCHEMA_VERSION, **body}


def _refuse(message: str, code: str = "version") -> LoadError:
    return LoadError([Problem("schema_version", message, code=code)])


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """A plan document at the current version, without its ``schema_version`` key.

    Raises:
        LoadError: the version is missing, not a whole number, newer than
            `SCHEMA_VERSION`, or has no migration, or a migration failed.

    Examples:
        >>> upgrade({"schema_version": 2, "id": "p"})
        {'id': 'p'}
        >>> upgrade({"schema_version": 1, "id": "p"})  # migrated: see `_from_1`
        {'id': 'p'}
        >>> upgrade({"schema_version": 9, "id": "p"})
        Traceback (most recent call last):
        goalkit._errors.LoadError: 1 problem: schema_version: this document was written by a ...
    """
    current = SCHEMA_VERSION
    if "schema_version" not in document:
        raise _refuse(f"missing: expected {current}, the version this goalkit writes", "missing")
    version = document["schema_version"]
    if type(version) is float and version.is_integer():  # 2.0 is 2, as JSON Schema says
        version = int(version)
    if type(version) is not int:
        raise _refuse(f"expected a whole number, got {describe(version)}", "type")
    if version > current:
        raise _refuse(
            f"this document was written by a newer goalkit (schema_version {version}); "
            f"this one reads versions up to {current}: upgrade goalkit-mentoring to load it"
        )
    body = {key: value for key, value in document.items() if key != "schema_version"}
    if version == current:
        return body
    if version < 1 and version not in MIGRATIONS:
        raise _refuse(f"expected a version from 1 to {current}, got {version}")
    return _migrate(copy.deepcopy(body), version)  # never change the caller's data


def _migrate(body: dict[str, Any], version: int) -> dict[str, Any]:
    for step in range(version, SCHEMA_VERSION):
        step_up = MIGRATIONS.get(step)
        if step_up is None:
            raise _refuse(f"no migration from schema_version {step} to {step + 1}")
        try:
            body = step_up(body)
        except Exception as error:
            raise _refuse(f"could not migrate from schema_version {step}: {brief(error)}") from None
        if not isinstance(body, dict):
            raise _refuse(f"the migration from schema_version {step} did not return an object")
    return body


@migration(1)
def _from_1(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: the mentoring rhythm (issue 11).

    Version 2 adds agreements, ambition, outcome and carried_from to goals
    and closed_on and closing_notes to plans. Each is optional with the
    meaning a version 1 plan had (no agreements recorded, committed goals,
    an open plan), so a version 1 document is a valid version 2 one as it
    stands; the version number tells an older goalkit that it cannot read
    what a newer one wrote.

    Examples:
        >>> _from_1({"mentee": {"name": "Ana"}})
        {'mentee': {'name': 'Ana'}}
    """
    return document
