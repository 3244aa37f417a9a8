"""Every trigger of app/data/triggers.toml with a sentence of our own, and the words that
keep a trigger from counting («обмен мнениями» is no prisoner exchange)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.ingest.events.lexicon import NOUN_TRIGGERS, VERB_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.trigger_parse import confirmed
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Nlp


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


# (sentence, the trigger's lemma, the event type it must give)
FOUND: list[tuple[str, str, str]] = [
    ("Министры устроили короткий созвон в пятницу.", "созвон", "call"),
    ("Встреча глав МИД прошла в Анкаре.", "встреча", "meeting"),
    ("Саммит откроется во вторник.", "саммит", "meeting"),
    ("Лидеры провели видеоконференцию.", "видеоконференция", "meeting"),
    ("Страны провели видеосаммит.", "видеосаммит", "meeting"),
    ("Лидеры участвовали в онлайн-саммите.", "онлайн-саммит", "meeting"),
    ("Визит министра продлится два дня.", "визит", "visit"),
    ("Поездка делегации завершилась вчера.", "поездка", "visit"),
    ("Министр завершил турне по Африке.", "турне", "visit"),
    ("Приезд делегации перенесли на весну.", "приезд", "visit"),
    ("Переговоры продолжились в Стамбуле.", "переговоры", "talks"),
    ("Переговор с послом занял час.", "переговор", "talks"),
    ("В Женеве прошли консультации экспертов.", "консультация", "talks"),
    ("Начался второй раунд диалога.", "раунд", "talks"),
    ("Стороны подписали соглашение о торговле.", "соглашение", "agreement"),
    ("Стороны достигли договорённости о перемирии.", "договоренность", "agreement"),
    ("Стороны парафировали меморандум.", "меморандум", "agreement"),
    ("Новые санкции вступили в силу.", "санкция", "sanctions"),
    ("Посол передал предложение правительства.", "предложение", "proposal"),
    ("Посол передал приглашение посетить столицу.", "приглашение", "proposal"),
    ("Министр дал интервью газете.", "интервью", "interview"),
    ("Пресс-конференция министра продлилась час.", "пресс-конференция", "press-conference"),
    ("Дипломат провёл брифинг для журналистов.", "брифинг", "press-conference"),
    ("На пресс-подходе министр ответил журналистам.", "пресс-подход", "press-conference"),
    ("Министерство распространило заявление.", "заявление", "statement"),
    ("Главной темой дня стала речь канцлера в бундестаге.", "речь", "statement"),
    ("Ведомство опубликовало ответы на вопросы СМИ.", "ответ", "answers"),
    ("Обмен заключёнными прошёл в Абу-Даби.", "обмен", "exchange"),
    ("Обмен удерживаемыми лицами прошёл на границе.", "обмен", "exchange"),
    ("Назначение нового посла одобрено.", "назначение", "appointment"),
    ("Посол вручил верительные грамоты президенту.", "грамота", "appointment"),
    ("Парламент одобрил денонсацию договора.", "денонсация", "expiry"),
    ("Кабинет одобрил приостановку участия в соглашении.", "приостановка", "expiry"),
    ("Сенат обсудил приостановление действия договора.", "приостановление", "expiry"),
    ("Лидеры созвонились в понедельник.", "созвониться", "call"),
    ("До того министры созванивались в начале марта.", "созваниваться", "call"),
    ("Премьер позвонил канцлеру.", "позвонить", "call"),
    ("Канцлер перезвонил премьеру вечером.", "перезвонить", "call"),
    ("Канцлер так и не дозвонился до премьера.", "дозвониться", "call"),
    ("Министры встретились в Дохе.", "встретиться", "meeting"),
    ("Дипломаты встречались дважды.", "встречаться", "meeting"),
    ("Президенты увиделись на полях форума.", "увидеться", "meeting"),
    ("В последний раз премьеры виделись в Женеве.", "видеться", "meeting"),
    ("Канцлер и премьер повидались на форуме.", "повидаться", "meeting"),
    ("Канцлер посетил Пекин.", "посетить", "visit"),
    ("Министр регулярно посещает регион.", "посещать", "visit"),
    ("Делегация прибыла в Анкару утром.", "прибыть", "visit"),
    ("Делегации прибывают в столицу.", "прибывать", "visit"),
    ("Премьер приехал в Минск.", "приехать", "visit"),
    ("Министр прилетел в Каракас.", "прилететь", "visit"),
    ("Делегации прилетают завтра.", "прилетать", "visit"),
    ("Прежде король приезжал в Каир дважды.", "приезжать", "visit"),
    ("Премьер съездил в Ташкент.", "съездить", "visit"),
    ("Из Баку делегация отправится в Тбилиси.", "отправиться", "visit"),
    ("Стороны договорились о прекращении огня.", "договориться", "agreement"),
    ("Министры условились о новом раунде консультаций.", "условиться", "agreement"),
    ("Министры подписали протокол.", "подписать", "agreement"),
    ("Контракт на поставку турбин заключили в марте.", "заключить", "agreement"),
    ("Посол предложил провести консультации.", "предложить", "proposal"),
    ("Президент пригласил коллегу на форум.", "пригласить", "proposal"),
    ("Стороны опубликовали проект договора.", "опубликовать", "proposal"),
    ("Газета опубликовала статью премьера о торговле.", "опубликовать", "statement"),
    ("Министерство представило план урегулирования.", "представить", "proposal"),
    ("Евросоюз ввёл санкции против банков.", "ввести", "sanctions"),
    ("Санкции затрагивают двадцать компаний.", "затрагивать", "sanctions"),
    ("Новые санкции затронули банки.", "затронуть", "sanctions"),
    ("Минфин внёс компанию в санкционный список.", "внести", "sanctions"),
    ("Минфин включил банк в SDN-список.", "включить", "sanctions"),
    ("Минфин сообщил о включении банка в санкционный список.", "включение", "sanctions"),
    ("Внесение банка в список SDN вступило в силу.", "внесение", "sanctions"),
    ("Стороны обменялись пленными.", "обменяться", "exchange"),
    ("Стороны обменяли пленных.", "обменять", "exchange"),
    ("Стороны обменяются удерживаемыми лицами в пятницу.", "обменяться", "exchange"),
    ("Министры долго беседовали в резиденции.", "беседовать", "meeting"),
    ("Лидеры побеседовали с глазу на глаз.", "побеседовать", "meeting"),
    ("Президенты коротко поговорили на полях форума.", "поговорить", "meeting"),
    ("Лидеры пообщались во второй день саммита.", "пообщаться", "meeting"),
    ("Министр пообедал с коллегой в особняке на Спиридоновке.", "пообедать", "meeting"),
    ("Президент назначил нового посла.", "назначить", "appointment"),
    ("Президент выдвинул сенатора на пост госсекретаря.", "выдвинуть", "appointment"),
    ("Министерство направило посольству ноту протеста.", "направить", "statement"),
    ("Президент номинировал генерала на должность министра.", "номинировать", "appointment"),
    ("МИД потребовал закрыть генконсульство соседей.", "потребовать", "sanctions"),
    ("Пресс-секретарь провёл конференцию с журналистами.", "конференция", "press-conference"),
    ("Срок действия договора истекает в феврале.", "истекать", "expiry"),
    ("Срок действия договора истёк пятого февраля.", "истечь", "expiry"),
    ("Страна приостановила участие в договоре.", "приостановить", "expiry"),
    ("Парламент денонсировал соглашение.", "денонсировать", "expiry"),
    ("Правительство отозвало соглашение из парламента.", "отозвать", "expiry"),
    ("Страна прекратила участие в сделке.", "прекратить", "expiry"),
    ("Фонд прекратил деятельность в республике.", "прекратить", "expiry"),
    ("Страна прекращает действие соглашения о визах.", "прекращать", "expiry"),
    ("Договор о торговле перестал действовать в марте.", "перестать", "expiry"),
    ("Меморандум перестает действовать через год.", "переставать", "expiry"),
    ("Республика приостанавливает участие в конвенции.", "приостанавливать", "expiry"),
    ("Сенат ратифицировал договор о границе.", "ратифицировать", "agreement"),
    ("Парламенты завершили ратификацию соглашения о торговле.", "ратификация", "agreement"),
    ("Заседание межправкомиссии открылось в Казани.", "заседание", "meeting"),
    ("Сессию комиссии по торговле решили отложить.", "сессия", "meeting"),
    ("Высылка дипломатов стала ответом на санкции.", "высылка", "sanctions"),
    ("Форум завершился принятием итоговой декларации.", "принятие", "agreement"),
    ("Постпреды согласовали текст документа.", "согласовать", "agreement"),
    ("Министры одобрили пакет мер.", "одобрить", "agreement"),
    ("Лидеры утвердили декларацию форума.", "утвердить", "agreement"),
    ("Москва выслала двух дипломатов.", "выслать", "sanctions"),
    ("Страна высылает десять сотрудников посольства.", "высылать", "sanctions"),
    ("Министерство запретило банкам покупать облигации.", "запретить", "sanctions"),
    ("МИД объявил атташе персоной нон грата.", "объявить", "sanctions"),
    ("Республика объявила консула персоной нон-грата.", "объявить", "sanctions"),
    ("Министерство объявило советника persona non grata.", "объявить", "sanctions"),
    ("Власти Чехии признали трёх сотрудников посольства персонами нон грата.", "признать",
     "sanctions"),
    ("Новый глава ведомства вступил в должность в понедельник.", "вступить", "appointment"),
    ("Мандат группы экспертов истёк в апреле.", "истечь", "expiry"),
    ("Консул приступил к работе, его назначил министр.", "назначить", "appointment"),
    ("Посланница вручила копии верительных грамот замминистра.", "вручить", "appointment"),
    # A consular patent is an honorary or career consul's credential.
    ("Посол вручил почётному консулу консульский патент.", "вручить", "appointment"),
    ("Генконсул вручал консульские патенты дважды за год.", "вручать", "appointment"),
    ("Когда посол вручал верительные грамоты, шёл снег.", "вручать", "appointment"),
    ("К работе приступил новый генконсул в Шанхае.", "приступить", "appointment"),
    ("Временного поверенного вызвали в министерство в среду.", "вызвать", "meeting"),
    ("Вызов посланника в МИД занял полчаса.", "вызов", "meeting"),
    ("Сотрудника посольства Бельгии вызвали в министерство.", "вызвать", "meeting"),
    ("Заместителя главы дипмиссии Чили вызвали в МИД.", "вызвать", "meeting"),
    ("Представитель канцлера дал оценку итогам визита.", "дать", "statement"),
    ("Посол ограничился короткой репликой о встрече.", "ограничиться", "statement"),
    ("После переговоров министр вышел к журналистам.", "выйти", "press-conference"),
    ("Сведения о поездке канцлера распространил её пресс-секретарь.", "распространить",
     "statement"),
    # Another type beside certain words ([retype], [joint] in triggers.toml).
    ("Совет ЕС утвердил пакет санкций против судоходных компаний.", "утвердить", "sanctions"),
    ("Утверждение пакета ограничительных мер отложено.", "утверждение", "sanctions"),
    ("Стороны обменялись пакетом документов.", "обменяться", "agreement"),
    # What is reached is an agreement; a signature put under a document signs it.
    ("Делегации достигли компромисса по тексту.", "достигнуть", "agreement"),
    ("Соглашение о перемирии было достигнуто ночью.", "достигнуть", "agreement"),
    ("Подписи под протоколом поставили оба министра.", "поставить", "agreement"),
    ("Министры поставили свои подписи под совместным заявлением.", "поставить", "agreement"),
    ("Министры завершили обмен нотами о продлении договора.", "обмен", "agreement"),
    ("Лидеры опубликовали совместное заявление.", "заявление", "agreement"),
    ("Итогом саммита стала совместная декларация.", "декларация", "agreement"),
]

# A verb of saying, and «по словам X», are statements.
SAID: list[str] = [
    "Посол пообещал ответить на вопрос позже.",
    "Министр уточнил детали журналистам.",
    "Депутат осудил решение соседей.",
    "Постпред объяснил решение тем, что условия изменились.",
    "Генсек выступил с обращением к участникам.",
    "По словам министра, работа продолжится.",
    # Verbs of conjecture, before a «что» clause only.
    "Министр допустил, что переговоры продолжатся.",
    "Посол ранее допускал, что сделку продлят.",
    "Экономист предположил что курс вырастет.",
    "Премьер поблагодарил хозяев за тёплый приём.",
]

# A trigger word in a sentence that lacks what it needs is no trigger of its type.
NOT_FOUND: list[tuple[str, str]] = [
    ("Страна давно перестала нуждаться в займах.", "expiry"),  # no end of force or work
    ("Стороны прекратили огонь в полночь.", "expiry"),
    ("Страна отозвала посла для консультаций.", "expiry"),
    ("Депутат выдвинул новую инициативу.", "appointment"),
    ("Министр направил делегацию в Пекин.", "statement"),  # «направить» needs a note
    ("Министр потребовал закрыть этот вопрос.", "sanctions"),
    ("Министр выступил на конференции по безопасности.", "press-conference"),
    ("Министр вышел из зала до конца заседания.", "press-conference"),
    ("Заключённых перевели в другую тюрьму.", "agreement"),  # «заключить» needs a document
    ("Министр дал согласие на продление контракта.", "statement"),  # «дать» needs words
    ("Делегация ограничилась осмотром порта.", "statement"),
    ("Стороны обменялись мнениями о ситуации.", "exchange"),
    ("Страны обменяли зерно на удобрения.", "exchange"),
    ("Обмен валюты идёт по курсу 90 рублей за доллар.", "exchange"),
    ("Президент назначил дату выборов.", "appointment"),
    ("Ветераны вручали цветы школьникам.", "appointment"),  # «вручать» needs credentials
    ("Компания ввела новые правила.", "sanctions"),
    ("Стороны включили вопрос в повестку встречи.", "sanctions"),
    ("Истекает срок подачи заявок.", "expiry"),
    ("Министр объявил о визите в Пекин.", "sanctions"),
    ("Суд признал сделку недействительной.", "sanctions"),  # «признать» needs «нон грата»
    ("Ратификация закона о бюджете затянулась.", "agreement"),  # needs a treaty
    ("Вирус распространил заразу по всему городу.", "statement"),  # needs a noun of words
    ("Посол признал, что переговоры идут трудно.", "sanctions"),
    ("Стороны вступили в переговоры.", "appointment"),
    ("Ожидается принятие закона о бюджете.", "agreement"),
    ("Президент одобрил идею коллеги.", "agreement"),
    ("В словах министра нет ничего нового.", "statement"),
    ("Строители приступили к работе.", "appointment"),
    ("Директор вручил награды сотрудникам.", "appointment"),
    ("Директор вручил патент на изобретение инженеру.", "appointment"),
    ("В совместном заявлении говорится о торговле.", "agreement"),
    ("Лидеры утвердили декларацию форума.", "sanctions"),
    ("Вратарь допустил ошибку в концовке матча.", "statement"),
    ("Власти не допустят эскалации, что бы ни случилось.", "statement"),
    ("Проект предполагает строительство порта.", "statement"),
    ("Товарооборот достиг рекордного уровня.", "agreement"),  # «достичь» needs an accord
    ("Депутаты поставили подписи под обращением к губернатору.", "agreement"),  # a petition
    ("Тренер поставил подпись на мяче.", "agreement"),  # no document signed
]


# People given for people are a prisoner exchange though no word says prisoners.
SWAPS: list[str] = [
    "Обмен журналиста на бизнесмена прошёл в Стамбуле.",
    "Москва и Вашингтон обменяли пилота на двух моряков.",
    "Его освободили в рамках обмена на американку.",
    # so many for so many, in figures
    "Весной стороны провели обмен по схеме «12 на 12».",
    "Очередной обмен, между двумя странами, прошёл в мае по формуле 40 на 40.",
]


# Conversing by phone is a call.
BY_PHONE: list[str] = [
    "Президенты поговорили по телефону в среду.",
    "Министры побеседовали по видеосвязи.",
    "Канцлер и премьер обсудили по телефону поставки зерна.",
    "Министры в последний раз обсуждали этот вопрос по телефону весной.",
    "Главы ведомств разговаривали по телефону во вторник.",
    "С тех пор президенты дважды говорили по телефону.",
    "Президент обсудил сделку с премьер-министром Норвегии Йонасом Стёре по телефону.",
    "Накануне премьер пообщался по телефону с новым канцлером.",
    # The phone after a talk noun's long partner, in its own clause.
    "Премьер начал переговоры с норвежским коллегой Йонасом Гаром Стёре по телефону.",
]


# Talking about something face to face, with no phone named, is no call.
NOT_BY_PHONE: list[str] = [
    "Министр говорил о телефонном мошенничестве.",
    "Переговоры с коллегой прошли в Осло, а детали он уточнил по телефону позже.",
    "Канцлер и премьер обсудили поставки зерна.",
    "Министры разговаривали с журналистами у входа в здание.",
]


# Discussing something with someone named is talks; discussing a topic («ситуацию с
# платежами», «ситуацию с послом») or among themselves is no trigger by itself.
DISCUSSED_WITH: list[tuple[str, bool]] = [
    ("Министр обсудил с коллегой из Египта поставки зерна.", True),
    ("Омбудсмен обсуждала со своим казахским коллегой судьбу задержанных.", True),
    ("Вице-премьер подробно обсудил с Оверчуком график работ.", True),
    ("Министр обсудил ситуацию с платежами.", False),
    ("Советник обсудил положение дел с новым послом.", False),
    ("Президенты обсудили ситуацию в регионе.", False),
    # Two people named together as the subject: they discussed it with each other.
    ("Токаев и Мирзиёев 4 марта обсудили в Ташкенте водные ресурсы.", True),
    ("Позднее в Бишкеке Жапаров и Рахмон обсудили пограничный вопрос.", True),
    ("Как сообщили в пресс-службе, Алиев и Пашинян обсудят мирный договор.", True),
    ("Министры обсудили ситуацию в регионе.", False),  # nobody named
    ("Шольц и его советники обсудили бюджет.", False),  # one named person
    ("Статью о Токаеве и Мирзиёеве обсудили эксперты.", False),  # names governed
]


@pytest.mark.parametrize(("sentence", "talks"), DISCUSSED_WITH)
def test_discussed_with_someone(nlp: Nlp, sentence: str, talks: bool) -> None:
    toks = nlp.analyse(sentence).tokens
    assert ("talks" in {k for _, k in find_triggers(toks)}) is talks


@pytest.mark.parametrize("sentence", NOT_BY_PHONE)
def test_conversing_not_by_phone(nlp: Nlp, sentence: str) -> None:
    toks = nlp.analyse(sentence).tokens
    assert "call" not in {k for _, k in find_triggers(toks)}


@pytest.mark.parametrize("sentence", BY_PHONE)
def test_conversing_by_phone(nlp: Nlp, sentence: str) -> None:
    toks = nlp.analyse(sentence).tokens
    assert "call" in {k for _, k in find_triggers(toks)}


@pytest.mark.parametrize("sentence", SWAPS)
def test_people_swapped(nlp: Nlp, sentence: str) -> None:
    toks = nlp.analyse(sentence).tokens
    assert "exchange" in {k for _, k in find_triggers(toks)}


# Verbs that are a happening only by their object or place: (sentence, type) when the
# parse bears them out, and sentences where it does not.
BY_OBJECT: list[tuple[str, str | None]] = [
    # A summons of a mission's person; not the mission as subject, nor a word near by.
    ("Советника посольства Дании вызвали в министерство.", "meeting"),
    ("Заявление посольства вызвало недовольство.", None),
    ("Фирма вызвала мастера для ремонта посольства.", None),
    ("Последний раз президент был в Монголии в сентябре 2019 года.", "visit"),
    ("Министр был в хорошем настроении в пятницу.", None),
    ("Путин принял решение о проведении учений.", None),
    ("Президент принял индийского премьера в резиденции.", "meeting"),
    ("Министр был принят председателем КНР.", "meeting"),
    ("Лидер лично встретил гостя в аэропорту.", "meeting"),
    ("Лидеры приняли совместную декларацию.", "agreement"),
    ("Стороны приняли участие в форуме.", None),
    ("Команда встретила сопротивление.", None),
    # An envoy summoned is a meeting; an envoy's words causing a stir are not.
    ("МИД Норвегии вызвал посла в понедельник.", "meeting"),
    ("Консул был вызван в министерство.", "meeting"),
    ("Слова посла вызвали недовольство в министерстве.", None),
    ("Вызов такси для посла занял час.", None),
    # Setting off for a named place (travel): a person, «в» and a proper noun.
    ("Во вторник канцлер вылетит в Токио.", "visit"),
    ("Из Анкары министр отправился в Дамаск.", "visit"),
    ("После визита он направится во Вьетнам.", "visit"),
    ("Борт с делегацией вылетел в Берлин утром.", None),
    ("Посол отправился на пенсию в прошлом году.", None),
    ("Вечером премьер отбыл в Ереван.", "visit"),
    ("Завтра министр отбывает в Пекин.", "visit"),
    ("Осуждённый отбыл срок в колонии.", None),
    ("Группа туристов отправилась в путь.", None),
    # Gathering: in a named place a meeting, to one a visit; with an infinitive an intention.
    ("Министры стран ШОС собирались в Бишкеке в 2019 году.", "meeting"),
    ("Осенью премьер собирается в Анкару.", "visit"),
    ("Делегаты собираются обсудить в Женеве бюджет.", None),
    ("Вокруг собиралась толпа.", None),
    # A joint body's gathering is its sitting, with or without a place (joint_bodies.py;
    # undated in the imperfective past it is background, dropped by the pipeline).
    ("Совет последний раз собирался в Женеве.", "meeting"),
    ("Комиссия заседала в 2019 году.", "meeting"),
    # A place name opening with adjectives or participles: the check reads past them to
    # the noun («в Южной Корее»: «Корее»).
    ("В прошлом году премьер побывал в Объединенных Арабских Эмиратах.", "visit"),
    ("Глава МИД вчера вылетел в Южную Корею.", "visit"),
    ("Весной министр был в Южной Африке с визитом.", "visit"),
    ("После переговоров канцлер отправился в Новую Зеландию.", "visit"),
    ("Министр был в хорошем и бодром настроении.", None),
    ("Делегация вылетела в срочном порядке.", None),
]


def test_every_trigger_has_an_example() -> None:
    lemmas = {lemma for _, lemma, _ in FOUND}
    assert set(NOUN_TRIGGERS) | set(VERB_TRIGGERS) <= lemmas


@pytest.mark.parametrize(("sentence", "lemma", "kind"), FOUND)
def test_trigger_found(nlp: Nlp, sentence: str, lemma: str, kind: str) -> None:
    toks = nlp.analyse(sentence).tokens
    found = {(toks[i].lemma.lower().replace("ё", "е"), k) for i, k in find_triggers(toks)}
    assert (lemma, kind) in found


@pytest.mark.parametrize(("sentence", "kind"), NOT_FOUND)
def test_trigger_needs_its_words(nlp: Nlp, sentence: str, kind: str) -> None:
    toks = nlp.analyse(sentence).tokens
    assert kind not in {k for _, k in find_triggers(toks)}


@pytest.mark.parametrize("sentence", SAID)
def test_words_of_saying(nlp: Nlp, sentence: str) -> None:
    toks = nlp.analyse(sentence).tokens
    assert "statement" in {k for _, k in find_triggers(toks)}


@pytest.mark.parametrize(("sentence", "kind"), BY_OBJECT)
def test_happening_by_object(nlp: Nlp, sentence: str, kind: str | None) -> None:
    toks = nlp.analyse(sentence).tokens
    ((heads, rels),) = nlp.parse([[t.text for t in toks]])
    parse = SentenceParse(tuple(heads), tuple(rels))
    kinds = {k for i, k in find_triggers(toks) if confirmed(toks, parse, i, k)}
    if kind is None:
        assert not kinds & {"visit", "meeting", "agreement"}
    else:
        assert kind in kinds


# «Выступить» is words unless a bare instrumental says the part someone played.
ROLE_PLAYED: list[tuple[str, bool]] = [
    ("Посредником выступила соседняя страна.", False),
    ("Банк выступил гарантом сделки.", False),
    ("Министр выступил с речью на форуме.", True),
    ("Министр выступил на форуме с докладом.", True),
]


@pytest.mark.parametrize(("sentence", "said"), ROLE_PLAYED)
def test_part_played_is_no_speech(nlp: Nlp, sentence: str, said: bool) -> None:
    toks = nlp.analyse(sentence).tokens
    ((heads, rels),) = nlp.parse([[t.text for t in toks]])
    parse = SentenceParse(tuple(heads), tuple(rels))
    kinds = {k for i, k in find_triggers(toks) if confirmed(toks, parse, i, k)}
    assert ("statement" in kinds) is said


# A meeting whose partner after «с» is the press is a press appearance (the [press] words).
MET_THE_PRESS: list[tuple[str, str]] = [
    ("Канцлер провела короткую встречу с журналистами.", "press-conference"),
    ("После ужина премьер встретился с российскими корреспондентами.", "press-conference"),
    ("На встрече с представителями СМИ посол рассказал о визите.", "press-conference"),
    ("Премьер встретился с главой агентства по туризму.", "meeting"),  # a person, not press
    ("Посол встретился с министром в Риме.", "meeting"),
]


@pytest.mark.parametrize(("sentence", "kind"), MET_THE_PRESS)
def test_meeting_the_press(nlp: Nlp, sentence: str, kind: str) -> None:
    toks = nlp.analyse(sentence).tokens
    kinds = {k for _, k in find_triggers(toks)}
    assert kind in kinds
    assert ("meeting" in kinds) is (kind == "meeting")


# «обменялись мнениями»: talks when held with someone named (as «обсудили»), a call by
# phone; views exchanged by unnamed sides, or the noun alone, are no trigger.
VIEWS: list[tuple[str, str | None]] = [
    ("Шольц и Макрон обменялись мнениями о бюджете.", "talks"),
    ("Министр обменялся мнениями с Хаканом Фиданом.", "talks"),
    ("Шольц и Макрон обменялись мнениями по телефону.", "call"),
    ("Стороны обменялись мнениями о ситуации в регионе.", None),
    ("Состоялся обмен мнениями о ситуации в регионе.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), VIEWS)
def test_views_exchanged(nlp: Nlp, sentence: str, kind: str | None) -> None:
    toks = nlp.analyse(sentence).tokens
    kinds = {k for _, k in find_triggers(toks)} - {"statement"}
    assert kinds == ({kind} if kind else set())
