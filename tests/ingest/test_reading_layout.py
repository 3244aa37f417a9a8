"""Layout rules on articles of our own: agency datelines, site layouts, footers, languages."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest.reading import Layout, guess_lang, mask_spans, parse_layout


def covered(lay: Layout, text: str, needle: str) -> bool:
    start = text.index(needle)
    end = start + len(needle)
    return any(a <= start and end <= b for a, b in lay.excluded)


def untouched(lay: Layout, text: str, needle: str) -> bool:
    start = text.index(needle)
    end = start + len(needle)
    return all(end <= a or b <= start for a, b in lay.excluded)


BODY = (
    "Министр иностранных дел России провёл переговоры с коллегой. Стороны обсудили "
    "двусторонние отношения и ситуацию в регионе.\n\n"
    "Следующая встреча может пройти в марте, сообщили в ведомстве.\n"
)


# ------------------------------------------------------------------ agency datelines


@pytest.mark.parametrize(
    ("first", "outlet", "dateline", "published", "partial"),
    [
        (
            "МОСКВА, 18 фев — РИА Новости. Россия и США договорились",
            "РИА Новости",
            "МОСКВА, 18 фев — РИА Новости. ",
            None,
            (18, 2),
        ),
        (
            "Вашингтон, 5 марта /ТАСС/. Госсекретарь США заявил",
            "ТАСС",
            "Вашингтон, 5 марта /ТАСС/. ",
            None,
            (5, 3),
        ),
        (
            "ВАШИНГТОН, 5 марта 2025 года. /ТАСС/. Госсекретарь США заявил",
            "ТАСС",
            "ВАШИНГТОН, 5 марта 2025 года. /ТАСС/. ",
            date(2025, 3, 5),
            None,
        ),
        (
            "Москва. 2 февраля 2026 года. INTERFAX.RU - В МИД РФ заявили",
            "INTERFAX.RU",
            "Москва. 2 февраля 2026 года. INTERFAX.RU - ",
            date(2026, 2, 2),
            None,
        ),
        (
            "Санкт-Петербург, 14 июня - Интерфакс. Участники форума обсудили",
            "Интерфакс",
            "Санкт-Петербург, 14 июня - Интерфакс. ",
            None,
            (14, 6),
        ),
        (
            "Нью-Йорк, 24 сент. — РИА Новости. Генассамблея ООН начала",
            "РИА Новости",
            "Нью-Йорк, 24 сент. — РИА Новости. ",
            None,
            (24, 9),
        ),
        (
            "Київ, 3 березня /Укрінформ/. Міністр закордонних справ України заявив",
            "Укрінформ",
            "Київ, 3 березня /Укрінформ/. ",
            None,
            (3, 3),
        ),
    ],
)
def test_agency_datelines(
    first: str,
    outlet: str,
    dateline: str,
    published: date | None,
    partial: tuple[int, int] | None,
) -> None:
    text = "Заголовок новости о переговорах\n\n" + first + " о важном. " + BODY
    lay = parse_layout(text)
    assert lay.outlet == outlet
    assert lay.published == published
    assert lay.partial_date == partial
    assert lay.published_how == "dateline"
    assert covered(lay, text, dateline)
    assert untouched(lay, text, first[len(dateline) :])
    assert lay.title == "Заголовок новости о переговорах"


def test_ria_dateline_with_author() -> None:
    text = "МОСКВА, 3 мар — РИА Новости, Иван Петров. Глава МИД провёл встречу.\n\n" + BODY
    lay = parse_layout(text)
    assert lay.outlet == "РИА Новости"
    assert lay.author == "Иван Петров"
    assert lay.partial_date == (3, 3)
    assert covered(lay, text, "МОСКВА, 3 мар — РИА Новости, Иван Петров. ")
    assert lay.title is None  # the first line is the body


def test_reuters_english_dateline() -> None:
    text = (
        "Russia and U.S. agree to work on restoring embassies\n\n"
        "MOSCOW, Feb 27 (Reuters) - Russian and U.S. diplomats said on Thursday that the talks "
        "in Istanbul were constructive and that the two sides would meet again.\n\n"
        "The ministry said the next round of talks was expected in the spring.\n"
    )
    lay = parse_layout(text)
    assert lay.lang == "en"
    assert lay.outlet == "Reuters"
    assert lay.partial_date == (27, 2)
    assert lay.title == "Russia and U.S. agree to work on restoring embassies"
    assert covered(lay, text, "MOSCOW, Feb 27 (Reuters) - ")


def test_a_city_and_date_without_agency_is_not_a_dateline() -> None:
    text = "Москва, 2 февраля — это дата, которую дипломаты запомнят надолго. " + BODY
    lay = parse_layout(text)
    assert lay.published_how == "unknown"
    assert lay.partial_date is None
    assert lay.outlet is None


def test_dates_in_the_body_are_not_publication_dates() -> None:
    text = (
        "Встреча глав МИД назначена на весну\n\n"
        "Переговоры пройдут 14 марта 2025 года в Эр-Рияде, сообщили 12 февраля в МИД.\n\n"
        "12.02.2025 стороны уже обменялись списками вопросов.\n"
    )
    lay = parse_layout(text)
    assert lay.published is None and lay.partial_date is None
    assert lay.published_how == "unknown"


# ------------------------------------------------------------------ headers and time stamps


@pytest.mark.parametrize(
    ("stamp", "published", "partial", "how"),
    [
        ("3 февраля, 09:55", None, (3, 2), "inferred"),
        ("09:55, 3 февраля", None, (3, 2), "inferred"),
        ("3 февраля 2026, 09:55", date(2026, 2, 3), None, "header"),
        ("03.02.2026 10:15", date(2026, 2, 3), None, "header"),
        ("Опубликовано: 2 февраля 2026 г.", date(2026, 2, 2), None, "header"),
        ("12 березня 2025, 14:30", date(2025, 3, 12), None, "header"),
        ("2026-02-03 08:00", date(2026, 2, 3), None, "header"),
        ("Updated: February 3, 2026", date(2026, 2, 3), None, "header"),
        ("31 февраля, 10:00", None, None, "unknown"),  # not a date
        # a weekday in full after the date (a regional site's date line), with its time too
        ("14 марта 2021, воскресенье", date(2021, 3, 14), None, "header"),
        ("14 марта 2021, воскресенье, 18:05", date(2021, 3, 14), None, "header"),
        ("Воскресенье, 14 марта 2021", date(2021, 3, 14), None, "header"),
    ],
)
def test_time_stamp_lines(
    stamp: str, published: date | None, partial: tuple[int, int] | None, how: str
) -> None:
    text = "Глава МИД провёл переговоры с коллегой\n" + stamp + "\n\n" + BODY
    lay = parse_layout(text)
    assert (lay.published, lay.partial_date, lay.published_how) == (published, partial, how)
    if how != "unknown":
        assert covered(lay, text, stamp)
    assert lay.title == "Глава МИД провёл переговоры с коллегой"


def test_header_line_wins_and_its_rest_is_never_the_title() -> None:
    text = (
        " date 2025-11-20 Президент США Дональд Трамп. Фото: AP\n\n"
        "Трамп и Путин обсудили по телефону украинское урегулирование\n\n"
        "Москва, 20 ноября /ТАСС/. Президенты России и США провели разговор.\n\n" + BODY
    )
    lay = parse_layout(text)
    assert lay.published == date(2025, 11, 20)
    assert lay.published_how == "header"
    assert lay.title == "Трамп и Путин обсудили по телефону украинское урегулирование"
    assert lay.outlet == "ТАСС"
    assert covered(lay, text, " date 2025-11-20 Президент США Дональд Трамп. Фото: AP")
    assert lay.date_span is not None
    assert text[lay.date_span[0] : lay.date_span[1]] == "2025-11-20"


def test_invalid_header_date_is_unknown_but_still_furniture() -> None:
    text = " date 2025-13-45 Меню сайта\n\n" + BODY
    lay = parse_layout(text)
    assert lay.published is None and lay.published_how == "unknown"
    assert covered(lay, text, " date 2025-13-45 Меню сайта")


# ------------------------------------------------------------------ site layouts


UKRAINIAN_SITE = (
    "Новини / Світ / Політика\n"
    "Зеленський зустрівся з Макроном у Парижі\n"
    "12 березня 2025, 14:30\n"
    "Ірина Коваленко\n\n"
    "Президент України Володимир Зеленський провів зустріч із президентом Франції "
    "Емманюелем Макроном. Сторони обговорили гарантії безпеки та підтримку України.\n\n"
    "Читайте також: Макрон анонсував нову зустріч коаліції охочих\n\n"
    "За словами Зеленського, переговори були змістовними і відвертими.\n\n"
    "Поділитися\n"
    "Facebook Telegram Viber\n"
)


def test_ukrainian_site_layout() -> None:
    lay = parse_layout(UKRAINIAN_SITE)
    assert lay.lang == "uk"
    assert lay.title == "Зеленський зустрівся з Макроном у Парижі"
    assert lay.author == "Ірина Коваленко"
    assert lay.published == date(2025, 3, 12)
    assert lay.published_how == "header"
    for furniture in [
        "Новини / Світ / Політика",
        "12 березня 2025, 14:30",
        "Ірина Коваленко",
        "Читайте також: Макрон анонсував нову зустріч коаліції охочих",
        "Поділитися",
        "Facebook Telegram Viber",
    ]:
        assert covered(lay, UKRAINIAN_SITE, furniture), furniture
    assert untouched(lay, UKRAINIAN_SITE, "Президент України Володимир Зеленський")


def test_see_also_marker_on_its_own_line_takes_the_links_below() -> None:
    text = (
        "Лавров встретился с послом Китая\n\n"
        "Министр обсудил с послом подготовку визита. Встреча прошла в Москве.\n\n"
        "Читайте также:\n"
        "Путин и Си Цзиньпин обсудили энергетику\n"
        "МИД КНР прокомментировал санкции\n\n"
        "По итогам встречи стороны подписали протокол о консультациях.\n"
    )
    lay = parse_layout(text)
    assert covered(lay, text, "Читайте также:")
    assert covered(lay, text, "Путин и Си Цзиньпин обсудили энергетику")
    assert covered(lay, text, "МИД КНР прокомментировал санкции")
    assert untouched(lay, text, "По итогам встречи стороны подписали протокол")


def test_keypoints_photo_and_author_prefix() -> None:
    text = (
        "Пекин предложил план урегулирования\n"
        "Автор: Ольга Смирнова\n\n"
        "Главное\n"
        "• Китай опубликовал план из двенадцати пунктов.\n"
        "• Москва план приветствовала.\n\n"
        "Фото: © Reuters / Thomas Peter\n\n"
        "МИД КНР опубликовал документ в пятницу. Его обсудят на встрече министров.\n"
    )
    lay = parse_layout(text)
    assert lay.author == "Ольга Смирнова"
    assert covered(lay, text, "Главное")
    assert covered(lay, text, "Фото: © Reuters / Thomas Peter")
    assert untouched(lay, text, "• Китай опубликовал план из двенадцати пунктов.")
    assert lay.outlet is None  # a photo credit's © is not the outlet


def test_breadcrumb_words_before_headline() -> None:
    text = "Политика Мир Лавров и Ван И провели переговоры в Пекине\n\n" + BODY
    lay = parse_layout(text)
    assert lay.title == "Лавров и Ван И провели переговоры в Пекине"
    assert covered(lay, text, "Политика Мир")
    # a single capitalised word is not breadcrumbs
    lay2 = parse_layout("Экономика России растёт медленнее прогноза\n\n" + BODY)
    assert lay2.title == "Экономика России растёт медленнее прогноза"


@pytest.mark.parametrize(
    ("row", "menu"),
    [
        # a site's menu laid out as a table, as the HTML extraction renders it
        ("|  | Главная \\| Регион \\| Парламент \\| Визит президента |", True),
        ("| Новости | Мнения | Спецпроекты |", True),
        # a table of sentences is body
        ("| Встреча прошла в Женеве. | Стороны подписали протокол. | Визит завершён. |", False),
        # two cells are not a menu
        ("| Новости | Встреча министров |", False),
    ],
)
def test_a_menu_table_row_is_furniture(row: str, menu: bool) -> None:
    text = (
        "Министры встретились в Вене\n\n" + row + "\n\n" + BODY
        + "\n" + row + "\n\nСтороны договорились продолжить контакты.\n"
    )
    lay = parse_layout(text)
    inside = text.rindex(row)
    assert any(a <= inside < b for a, b in lay.excluded) is menu  # the row amid the body
    assert untouched(lay, text, "Стороны обсудили")
    assert untouched(lay, text, "Стороны договорились")


# ------------------------------------------------------------------ footers


def test_footer_lines_with_copyright_and_contacts() -> None:
    text = (
        "Россия и Индия обсудили поставки нефти\n\n" + BODY + "\n"
        "© 2025 Сетевое издание «Дипломатический вестник». Все права защищены.\n"
        "Редакция: redaktsiya@dipvestnik.example, +7 (812) 555-12-34\n"
        "18+\n"
    )
    lay = parse_layout(text)
    assert lay.outlet == "Дипломатический вестник"
    assert lay.published_how == "unknown"  # © 2025 is not a publication date
    assert covered(lay, text, "© 2025 Сетевое издание «Дипломатический вестник».")
    assert covered(lay, text, "+7 (812) 555-12-34\n18+")
    assert untouched(lay, text, "Следующая встреча может пройти в марте")


def test_copyright_plain_name_and_copyright_range() -> None:
    text = "Глава МИД провёл встречу\n\n" + BODY + "\n© 2010–2025 Новости Мира. 12+\n"
    lay = parse_layout(text)
    assert lay.outlet == "Новости Мира"
    assert lay.published is None and lay.partial_date is None


def test_contacts_without_copyright_at_the_end() -> None:
    text = (
        "Глава МИД провёл встречу\n\n" + BODY + "\n"
        "Контакты редакции: news@example.org\n"
        "Мнение редакции может не совпадать с мнением авторов.\n"
    )
    lay = parse_layout(text)
    assert covered(lay, text, "Контакты редакции: news@example.org")
    assert covered(lay, text, "Мнение редакции может не совпадать с мнением авторов.")


def test_byline_at_the_end() -> None:
    text = "Глава МИД провёл встречу\n\n" + BODY + "\nАнна Кузнецова\n"
    lay = parse_layout(text)
    assert lay.author == "Анна Кузнецова"
    assert covered(lay, text, "Анна Кузнецова")


# ------------------------------------------------------------------ language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Министр иностранных дел России заявил, что переговоры будут продолжены.", "ru"),
        ("Міністр закордонних справ України заявив, що переговори триватимуть.", "uk"),
        ("The foreign minister said the talks would continue next week.", "en"),
        ("Міністр замежных спраў Беларусі сустрэўся з амбасадарам.", "be"),
        ("12345 — 67890", "und"),
    ],
)
def test_guess_lang(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


# ------------------------------------------------------------------ robustness


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВМПРСТ ІіЄє.,:;—-/©()«»0123456789\n ")
        ),
        max_size=400,
    )
)
def test_layout_never_crashes_and_spans_are_valid(text: str) -> None:
    lay = parse_layout(text)
    prev = -1
    for a, b in lay.excluded:
        assert 0 <= a < b <= len(text) and a > prev
        prev = b
    assert len(mask_spans(text, lay.excluded)) == len(text)
    if lay.partial_date is not None:
        assert lay.published is None and lay.published_how in ("dateline", "inferred")


def test_copyright_credit_above_the_body_is_not_a_footer() -> None:
    text = (
        "Путин провёл переговоры с Моди\n"
        "© Sputnik / Пресс-служба\n\n"
        "Президент России провёл переговоры с премьер-министром Индии.\n"
        "Стороны обсудили торговлю.\n"
    )
    lay = parse_layout(text)
    assert covered(lay, text, "© Sputnik / Пресс-служба")
    assert untouched(lay, text, "Президент России провёл переговоры")
    assert lay.outlet is None


def test_long_footer_after_a_short_body() -> None:
    legal = "Любое использование материалов допускается только с согласия редакции. " * 8
    text = (
        "Короткая заметка о встрече послов\n\n"
        "Послы двух стран встретились в Женеве.\n\n"
        "© 2025 Информационное агентство «Пример». " + legal + "\n"
    )
    lay = parse_layout(text)
    assert lay.outlet == "Пример"
    assert covered(lay, text, "© 2025 Информационное агентство «Пример».")
    assert untouched(lay, text, "Послы двух стран встретились в Женеве.")


def test_numeric_agency_dateline() -> None:
    layout = parse_layout(
        "Лавров: диалог продолжается\n\nМОСКВА, 05.03.2025 — РИА Новости. Министр "
        "иностранных дел России Сергей Лавров заявил, что диалог продолжается."
    )
    assert (layout.published, layout.published_how, layout.outlet) == (
        date(2025, 3, 5),
        "dateline",
        "РИА Новости",
    )


def test_impossible_numeric_dateline_is_no_date() -> None:
    layout = parse_layout("Заголовок\n\nМОСКВА, 32.13.2025 — РИА Новости. Текст новости.")
    assert layout.published is None


def test_recommended_links_with_their_stamps_are_furniture() -> None:
    # an agency page lists «Рекомендуем» headlines with their stamps under the body
    text = (
        "Лавров встретился с послом Китая\n\n"
        "Министр обсудил с послом подготовку визита. Встреча прошла в Москве.\n\n"
        "Рекомендуем\n"
        "Премьер Индии приедет в Москву в пятницу\n"
        "11:05 02.07.2024\n"
        "Ушаков рассказал о повестке переговоров\n"
        "16:40 01.07.2024\n"
    )
    lay = parse_layout(text)
    assert covered(lay, text, "Рекомендуем")
    assert covered(lay, text, "Премьер Индии приедет в Москву в пятницу")
    assert covered(lay, text, "Ушаков рассказал о повестке переговоров")
    assert untouched(lay, text, "Министр обсудил с послом подготовку визита")


def test_recommending_sentence_in_the_body_stays() -> None:
    text = (
        "Посольство предупредило туристов\n\n"
        "Рекомендуем гражданам воздержаться от поездок в регион, говорится в сообщении "
        "посольства.\n"
    )
    lay = parse_layout(text)
    assert untouched(lay, text, "Рекомендуем гражданам воздержаться от поездок")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Контакты двух стран на высшем уровне в последнее время стали регулярными: в ноябре "
        "2018 года лидеры беседовали в Сингапуре.",
        "Главный редактор телеканала заявила, что корреспонденты продолжат работу в стране "
        "несмотря на отзыв аккредитации.",
    ],
)
def test_body_sentence_with_a_footer_word_stays(paragraph: str) -> None:
    # A word a footer uses («Контакты», «главный редактор») in a sentence of the body.
    text = "Глава МИД провёл встречу\n\n" + BODY + "\n" + paragraph + "\n\n" + BODY
    lay = parse_layout(text)
    assert untouched(lay, text, paragraph)


def test_short_footer_lines_with_body_words_are_furniture() -> None:
    text = (
        "Глава МИД провёл встречу\n\n" + BODY + "\n"
        "Главный редактор: Иван Петров\n"
        "Учредитель: ООО «Вестник»\n"
    )
    lay = parse_layout(text)
    assert covered(lay, text, "Главный редактор: Иван Петров")
    assert covered(lay, text, "Учредитель: ООО «Вестник»")


@pytest.mark.parametrize(
    "link",
    [
        "Читайте: Москва и Вашингтон договорились об обмене пленными",
        "Смотрите: как прошла встреча министров в Анкаре",
        "Читайте по теме: Евросоюз продлил ограничения ещё на полгода",
    ],
)
def test_a_link_marker_with_its_headline_on_one_line_is_furniture(link: str) -> None:
    text = (
        "Эксперты оценили перспективы диалога\n\n"
        "Аналитики считают, что стороны вряд ли договорятся в этом году.\n\n"
        f"{link}\n\n"
        "По их мнению, решающим станет осенний саммит.\n"
    )
    lay = parse_layout(text)
    assert covered(lay, text, link)
    assert untouched(lay, text, "По их мнению, решающим станет осенний саммит.")


def test_a_sentence_that_tells_the_reader_to_read_is_not_a_link() -> None:
    text = (
        "Министр выступил в парламенте\n\n"
        "Читайте внимательно договор, призвал министр депутатов во вторник.\n"
    )
    lay = parse_layout(text)
    assert untouched(lay, text, "Читайте внимательно договор")
