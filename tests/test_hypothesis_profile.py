"""The property tests run without a deadline: on a shared machine a slow example is noise, and
speed is measured by the benchmarks, never by a timed assertion."""

from hypothesis import given, settings
from hypothesis import strategies as st


def test_loaded_profile_has_no_deadline() -> None:
    assert settings().deadline is None


@given(st.integers())
def test_a_given_test_inherits_no_deadline(value: int) -> None:
    assert settings.default is not None and settings.default.deadline is None
