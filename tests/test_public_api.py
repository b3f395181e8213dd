"""The package's public surface: every library error is importable from `timeline` itself."""

from __future__ import annotations

import timeline
import timeline.errors


def test_every_error_type_is_exported_from_the_package() -> None:
    assert set(timeline.errors.__all__) <= set(timeline.__all__)
    for name in timeline.errors.__all__:
        assert getattr(timeline, name) is getattr(timeline.errors, name)
