"""Shared test configuration: hypothesis profiles.

`dev` (the default) keeps local runs quick; `ci` (chosen when the CI
environment variable is set, or with HYPOTHESIS_PROFILE=ci) runs each
property over 300 examples (more where a test asks for it); `thorough`
(HYPOTHESIS_PROFILE=thorough, run by `.ci/run` for the fuzz tests) runs
5,000 examples each.
"""

import os

from hypothesis import HealthCheck, settings

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
