"""The lexicon's related topics as ranking and the keyword view read them."""

from __future__ import annotations

import pytest

from tailor.lexicon import bundled_lexicon, with_own_skills
from tailor.rank import terms


def test_related_topics_are_analysed_once_for_their_terms_and_their_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh lexicon (a CV's own skill added), so that nothing is cached for it yet.
    lexicon = with_own_skills(bundled_lexicon(), ["Quillwright Ledger Suite"])
    read: list[int] = []

    def counted(texts: list[str], *args: object, **kwargs: object) -> list:
        read.append(len(texts))
        return analyse(texts, *args, **kwargs)

    analyse = terms.analyse
    monkeypatch.setattr(terms, "analyse", counted)
    related, names = terms.related_terms(lexicon), terms.related_names(lexicon)
    # Both read every phrase of the related topics, and both are read in every `tailor match`: one analysis serves.
    assert len(read) == 1 and read[0] > 100
    assert related and names
    assert "stuttering" in related["fluency disorders"]
