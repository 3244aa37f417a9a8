"""Short Russian news articles with dates and actors, generated deterministically."""

from __future__ import annotations

import random
from pathlib import Path

MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip

PAIRS = [
    ("Министр иностранных дел России Сергей Лавров", "госсекретарём США Марко Рубио"),
    ("Президент России Владимир Путин", "президентом США Дональдом Трампом"),
    ("Пресс-секретарь Кремля Дмитрий Песков", "премьер-министром Индии Нарендрой Моди"),
    ("Замглавы МИД России Сергей Рябков", "спецпосланником Стивом Уиткоффом"),
    ("Президент Франции Эммануэль Макрон", "канцлером Германии Фридрихом Мерцем"),
    ("Президент Турции Реджеп Тайип Эрдоган", "президентом Финляндии Александром Стуббом"),
]

TOPICS = [
    "урегулирование на Украине", "стратегическую стабильность", "ситуацию на Ближнем Востоке",
    "возобновление авиасообщения", "работу посольств", "поставки энергоносителей",
]  # fmt: skip


def article(seed: int) -> str:
    """One short article: a title, a dateline and three sentences with dates and actors."""
    rnd = random.Random(seed)
    a, b = PAIRS[seed % len(PAIRS)]
    topic = rnd.choice(TOPICS)
    month = rnd.randrange(12)
    day = rnd.randint(1, 27)
    year = rnd.choice([2024, 2025])
    m = MONTHS[month]
    return (
        f"{a.split()[-1]} обсудил {topic} ({seed})\n\n"
        f"МОСКВА, {day + 1} {m} {year} года. {a} провёл {day} {m} {year} года телефонный "
        f"разговор с {b}, в ходе которого стороны обсудили {topic}.\n\n"
        f"Об этом сообщила пресс-служба. Ранее, в {MONTHS[(month + 11) % 12][:-1]}е, "
        f"стороны договорились продолжить контакты (сообщение номер {seed}).\n\n"
        f"{a} также заявил {day} {m}, что готов встретиться с {b} в ближайшее время.\n"
    )


def write_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"gen_{i:04d}.txt"
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    return paths
