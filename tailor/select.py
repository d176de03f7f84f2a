"""Choose and order what goes into the tailored résumé.

Pure and deterministic: a function of the CV, the ranking and the budgets. Ties
in score keep the CV's own order.

The rules, in order of precedence:

1. Every role stays, in the CV's order (reverse-chronological), so the résumé has
   no unexplained gaps; a role with bullets keeps at least its best one.
2. Pinned bullets are always kept, even past a cap or the budget.
3. The remaining budget goes to the highest-scoring bullets, subject to a per-role
   cap that shrinks with age: recent roles may keep more bullets than old ones.
4. Within a role, kept bullets are ordered by relevance.
5. Publications and skills are ordered by relevance and cut to their own budgets.

A résumé prints a role's kept bullets grouped under their qualifiers
(:attr:`SelectedRole.groups`): that is the order a reader, and the read-back
check, sees them in. It does not change what is kept or how it ranks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type names only: keeps `tailor --help` from importing pydantic
    from tailor.cv.model import CV, Bullet, Experience, Publication
    from tailor.rank import Ranking

DEFAULT_MAX_BULLETS = 14
"""Enough for a dense two-page résumé next to education and publications."""
DEFAULT_MAX_PUBLICATIONS = 5
DEFAULT_MAX_SKILLS = 12


def role_cap(position: int) -> int:
    """How many bullets the role at ``position`` (0 = most recent) may keep."""
    return max(2, 8 - 2 * position)


KEPT_REASONS = ("pinned", "best of its role", "within budget")
DROPPED_REASONS = ("role cap", "budget")


@dataclass(frozen=True)
class Choice:
    """Whether a bullet was kept, and why (one of KEPT_REASONS or DROPPED_REASONS)."""

    bullet_id: str
    kept: bool
    reason: str


@dataclass(frozen=True)
class BulletGroup:
    """Kept bullets of one role that share a qualifier."""

    qualifier: str
    """The bullets' ``role``, e.g. "As postdoc": which step of the role they belong to; ``""`` for none."""
    bullets: list[Bullet]


@dataclass(frozen=True)
class SelectedRole:
    entry: Experience
    bullets: list[Bullet]
    """The kept bullets, most relevant first."""

    @property
    def groups(self) -> list[BulletGroup]:
        """The kept bullets as a résumé prints them: grouped by qualifier, the groups in the
        order the role's bullets in the CV first use them, each group's bullets most relevant first.

        A qualifier says whose claim a bullet is ("As postdoc: supervision of PhD students"),
        so it must stand over the bullet; ordering across qualifiers by relevance alone would
        put a bullet under another step's qualifier.
        """
        first_use: dict[str, int] = {}
        for bullet in self.entry.bullets:
            first_use.setdefault(bullet.role or "", len(first_use))
        grouped: dict[str, list[Bullet]] = defaultdict(list)
        for bullet in self.bullets:
            grouped[bullet.role or ""].append(bullet)
        order = sorted(grouped, key=lambda q: first_use.get(q, len(first_use)))
        return [BulletGroup(qualifier, grouped[qualifier]) for qualifier in order]

    @property
    def printed(self) -> list[Bullet]:
        """The kept bullets in the order a résumé prints them (see :attr:`groups`)."""
        return [bullet for group in self.groups for bullet in group.bullets]


@dataclass(frozen=True)
class Selection:
    roles: list[SelectedRole]
    publications: list[Publication]
    skills: list[str]
    choices: list[Choice]
    """One per bullet of the CV, in CV order."""

    @property
    def bullet_ids(self) -> list[str]:
        return [b.id for r in self.roles for b in r.bullets]

    @property
    def printed_ids(self) -> list[str]:
        """The kept bullets' ids in the order a résumé prints them."""
        return [b.id for r in self.roles for b in r.printed]

    @property
    def dropped(self) -> list[Choice]:
        return [c for c in self.choices if not c.kept]


def select(
    cv: CV,
    ranking: Ranking,
    max_bullets: int = DEFAULT_MAX_BULLETS,
    max_publications: int = DEFAULT_MAX_PUBLICATIONS,
    max_skills: int = DEFAULT_MAX_SKILLS,
) -> Selection:
    """Select bullets, publications and skills from ``cv`` in the light of ``ranking``."""
    score = {item.id: item.score for item in ranking.bullets}
    position = {b.id: i for i, (_, b) in enumerate(cv.bullets())}
    role_of = {b.id: r for r, e in enumerate(cv.experience) for b in e.bullets}

    def by_relevance(bullets: list[Bullet]) -> list[Bullet]:
        return sorted(bullets, key=lambda b: (-score.get(b.id, 0.0), position[b.id]))

    kept: dict[int, list[Bullet]] = defaultdict(list)
    reason: dict[str, str] = {}
    for r, entry in enumerate(cv.experience):
        pinned = [b for b in entry.bullets if b.pin]
        kept[r] = pinned or by_relevance(entry.bullets)[:1]
        reason |= {b.id: "pinned" if b.pin else "best of its role" for b in kept[r]}

    budget = max_bullets - sum(len(v) for v in kept.values())
    for bullet in by_relevance([b for _, b in cv.bullets() if b.id not in reason]):
        r = role_of[bullet.id]
        if len(kept[r]) >= role_cap(r):
            reason[bullet.id] = "role cap"
        elif budget <= 0:
            reason[bullet.id] = "budget"
        else:
            kept[r].append(bullet)
            reason[bullet.id] = "within budget"
            budget -= 1
    choices = [Choice(b.id, reason[b.id] in KEPT_REASONS, reason[b.id]) for _, b in cv.bullets()]

    roles = [SelectedRole(e, by_relevance(kept[r])) for r, e in enumerate(cv.experience)]
    pub_order = [p.id for p in ranking.publications]
    publications = sorted(cv.publications, key=lambda p: pub_order.index(p.id) if p.id in pub_order else len(pub_order))
    skill_order = [s.text for s in ranking.skills]
    skills = sorted(cv.skills, key=lambda s: skill_order.index(s) if s in skill_order else len(skill_order))
    return Selection(roles, publications[:max_publications], skills[:max_skills], choices)
