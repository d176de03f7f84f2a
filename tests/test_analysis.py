"""Text analysis: which terms a text yields."""

from __future__ import annotations

import pytest

from tailor.analysis import analyse


def terms(text: str) -> list[str]:
    return analyse([text])[0]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Strong C++ skills.", "c++"),
        ("Experience in C# and F#.", "c#"),
        ("Services on .NET", ".net"),
        ("CUDA kernels", "cuda"),
        ("PyTorch, JAX", "pytorch"),
        ("MPI and OpenMP", "mpi"),
        ("deploy on k8s", "k8s"),
        ("Own our CI/CD.", "ci/cd"),
        ("Node.js backends", "node.js"),
        ("C/C++/CUDA", "c"),
        ("(C++/CUDA)", "cuda"),
    ],
)
def test_technical_tokens_survive_whole(text: str, term: str) -> None:
    assert term in terms(text)


def test_technical_tokens_are_not_mangled_into_fragments() -> None:
    got = terms("C++, C#, .NET, CI/CD and Node.js")
    assert {"c++", "c#", ".net", "ci/cd", "node.js"} <= set(got)
    assert not {"net", "cd", "node", "js", "#"} & set(got)


def test_words_are_lowercased_and_lemmatised_and_stop_words_dropped() -> None:
    assert terms("Managed the Linux servers") == ["manage", "linux", "server", "linux server"]


def test_bigrams_join_only_adjacent_words() -> None:
    got = terms("design and configuration of Linux servers")
    assert "linux server" in got
    assert "design configuration" not in got


def test_numbers_punctuation_and_abbreviations_are_not_terms() -> None:
    assert terms("e.g. 2019, 42 -- !!") == []
