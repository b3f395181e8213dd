"""The property tests run without a deadline: on a shared machine a slow example is noise, and
speed is measured by the benchmarks, never by a timed assertion or a health check on time."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_loaded_profile_has_no_deadline() -> None:
    assert settings().deadline is None


@given(st.integers())
def test_a_given_test_inherits_no_deadline(value: int) -> None:
    assert settings.default is not None and settings.default.deadline is None


def test_slow_example_generation_is_no_failure() -> None:
    assert HealthCheck.too_slow in settings().suppress_health_check
