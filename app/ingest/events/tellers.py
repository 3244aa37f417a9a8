"""Who tells of a happening in a clause closing the sentence takes no part in it.

«Шукри в понедельник отправится в Москву, где проведёт переговоры с Лавровым, сообщил
представитель МИД Египта Абу Зейд»: the verb of saying after a comma or dash closes the
words it attributes (attribution.after_words), and whoever is named from it on is the
teller. For a happening other than words, actors named from that verb on are dropped, as
long as someone before it stays («..., сообщил X» with no party named before is left as
it was). Nor does the speaker of words said on the results of a happening that names its
own agent («по итогам визита министра Шукри сообщил Богданов»).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from app.ingest.events import attribution as words
from app.ingest.events import occasion_speakers, sourcing
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head
from app.ingest.nlp import Token


def without_closing_teller(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    statements: Iterable[int],
    actors: Sequence[ActorSpan],
) -> list[ActorSpan]:
    """`actors` of the happening at `idx` without those named in a closing clause of
    saying after it."""
    closing = [s for s in statements if s > idx and words.after_words(toks, parse, s)]
    if not closing:
        return list(actors)
    cut = toks[min(closing)].start
    kept = [h for h in actors if h.start < cut]
    return kept if kept else list(actors)


def without_setting_speaker(
    toks: list[Token], parse: SentenceParse, idx: int, actors: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """«По итогам визита египетского министра Шукри сообщил Богданов»: a happening that is
    only the setting of words and names its own agent in the genitive («визита министра»)
    has its parties; the speaker, the subject of the verb of saying, is not one of them
    («по итогам встречи с Путиным Раиси сообщил» names no agent: the speaker met him)."""
    own = [h for h in actors if _own_agent(toks, parse, idx, h)]
    if not own:
        return list(actors)
    verb = anchor_verb(toks, parse, idx)
    return [h for h in actors if h in own or not words.speaking_subject(toks, parse, h, verb)]


def _own_agent(toks: list[Token], parse: SentenceParse, idx: int, h: ActorSpan) -> bool:
    """Actor `h` hangs on the trigger noun `idx` in the genitive, with no preposition and
    no verb between."""
    head = span_head(toks, parse, h.start, h.end)
    if head is None or toks[head].feats.get("Case") != "Gen":
        return False
    if toks[head].pos not in {"NOUN", "PROPN"}:
        # «на заседании российско-турецкой комиссии Лавров заявил»: an adjective names the
        # sides of a joint body, not an agent the speaker stands apart from.
        return False
    cur = head
    while cur >= 0 and cur != idx:
        if toks[cur].pos in VERBAL or any(
            hh == cur and parse.rels[k] == "case" for k, hh in enumerate(parse.heads)
        ):
            return False
        cur = parse.heads[cur]
    return cur == idx


def apart_from_tellers(
    toks: list[Token],
    parse: SentenceParse | None,
    hits: Sequence[ActorSpan],
    idx: int,
    typ: str,
    statements: Collection[int],
    actors: Sequence[ActorSpan],
    *,
    speech: bool,
    said: bool,
    setting: bool,
) -> list[ActorSpan]:
    """`actors` of the happening at `idx` (of type `typ`; `speech`: words; `said`: told by a
    verb of saying; `setting`: an occasion the words were said at) without those who only
    tell of it or whom its words name. `parse` None: the sentence was not parsed."""
    kept = list(actors)
    colon = words.attribution_colon(toks, hits)
    if colon is not None and colon < idx and speech:
        # «Песков: Путин и Кисида подтвердили ...»: the words are his who opens the line.
        kept = [h for h in kept if h.end <= toks[colon].start]
    elif colon is not None and colon < idx:
        # «Захарова: визит Лаврова состоится в октябре»: who opens the line tells of it.
        kept = [h for h in kept if h.end > toks[colon].start]
    if parse is None:
        return kept
    if not speech:  # «..., сообщил X»: X tells of it
        kept = without_closing_teller(toks, parse, idx, statements, kept)
    if (
        said
        and (verb := anchor_verb(toks, parse, idx)) in statements
        and words.topic_of(toks, parse, idx, verb)
        and not sourcing.announces_act(toks, verb, typ)  # «Минфин объявил о санкциях»
    ):
        # «О датах визита объявила Захарова»: the speaker is no party to the topic.
        kept = [h for h in kept if not words.speaking_subject(toks, parse, h, verb)]
    if setting:
        # «По итогам встречи X заявил, что Анкара ...»: who is named in the words took
        # no part in the occasion.
        anchor = anchor_verb(toks, parse, idx)
        kept = [h for h in kept if not words.in_words(toks, parse, h, anchor)]
        kept = without_setting_speaker(toks, parse, idx, kept)
    if speech:  # «заявил на пресс-конференции, что Россия ...»: the words' own
        kept = occasion_speakers.outside_words(toks, parse, idx, kept)
    return kept
