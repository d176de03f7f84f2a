"""How tailor's messages list things in a sentence."""

from __future__ import annotations

from collections.abc import Sequence


def and_listed(names: Sequence[str]) -> str:
    """``names`` as a sentence lists them: "", "a", "a and b", "a, b and c"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
