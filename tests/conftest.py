"""Shared test configuration: hypothesis profiles, and the English word source.

`dev` (the default) keeps local runs quick; `ci` (chosen when the CI
environment variable is set, or with HYPOTHESIS_PROFILE=ci) runs each
property over 300 examples (more where a test asks for it); `thorough`
(HYPOTHESIS_PROFILE=thorough, run by `.ci/run` for the fuzz tests) runs
5,000 examples each.
"""

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from goalkit._text import _analyze, english

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(params=["lemminflect", "own lists"])
def english_source(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a test with lemminflect (when installed) and with goalkit's own word lists."""
    if request.param == "lemminflect":
        pytest.importorskip("lemminflect")
    english.use_lemminflect(request.param == "lemminflect")
    _analyze.cache_clear()
    yield request.param
    english.use_lemminflect(True)
    _analyze.cache_clear()
