"""One proposer's proposal of one day, told by two outlets: one proposal.

A proposal made in words («Лавров предложил выслать 35 дипломатов») is dated as a
statement is (SPEC: the day it was made; an undated perfective past takes the publication
day), and, as one speaker's words of one day are one statement (same_voice.one_voice), the
same proposer's proposal on the same day is one proposal whichever words each outlet
quotes of it: «в пятницу предложил Путину объявить персонами нон грата» in one outlet,
«спустя несколько часов после того, как Лавров предложил выслать» in another news of that
day. A proposal is no statement (it is a type of its own, so the speech rules leave it
alone), and a proposal of one person has one party, which the same-parties rules of joint
acts ask two of; without this rule the two reports stay two proposals.

Across articles only, and not for two proposals one article kept apart (a speaker may put
forward two proposals in one speech: «пригласил в Россию» and «предложил провести
саммит»): the store step (same_stored.find_same) asks it only of events other articles told.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.ingest.events.model import DateReading
from app.ingest.events.same_voice import day_of, speakers, voices

PROPOSAL = "proposal"


def one_proposal(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """Both reports are proposals of the same proposers (a state named beside its speaker
    is what he speaks of: same_voice.speakers) on the same day, stated or, for words
    without a day of their own, the publication's (same_voice.day_of)."""
    if type_a != PROPOSAL or type_b != PROPOSAL:
        return False
    day = day_of(date_a)
    if day is None or day != day_of(date_b):
        return False
    va = speakers(voices(actors_a, parents))
    vb = speakers(voices(actors_b, parents))
    return bool(va) and va == vb
