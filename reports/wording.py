"""The legal wording of printed documents in Kazakh and Russian (not UI translations)."""

from __future__ import annotations

import re
from datetime import date

LANGS = ("kk", "ru")

# One dict per language; the keys are the same. `{…}` fields are filled by the story builder.
DECISION: dict[str, dict[str, str]] = {
    "ru": {
        "doc_type": "РЕШЕНИЕ",
        "doc_subtitle": "дисциплинарной комиссии",
        "number": "№ {number}",
        "date": "Дата: {date}",
        "date_blank": "Дата: «___» ____________ 20___ г.",
        "place": "Место: ______________________________",
        "heading_penalty": "О наложении дисциплинарного взыскания",
        "heading_none": "О рассмотрении дисциплинарного дела",
        "members_present": "Присутствовали члены комиссии:",
        "blank_members": "(состав комиссии заполняется — сведения о заседании ещё не ведутся)",
        "servant": "Сведения о государственном служащем",
        "full_name": "Фамилия, имя, отчество:",
        "iin": "ИИН:",
        "position": "Должность:",
        "unit": "Структурное подразделение:",
        "facts": "Обстоятельства проступка",
        "source": "Источник сведений:",
        "explanation": "Объяснение государственного служащего",
        "blank_explanation": (
            "(сведения о полученном объяснении либо акт об отказе от его представления заполняются)"
        ),
        "dates": "Даты и сроки (статья 45 Закона)",
        "committed_on": "Дата совершения проступка:",
        "continuing_until": "Длящийся проступок окончен:",
        "discovered_on": "Дата обнаружения проступка:",
        "terminated_on": "Дата решения о прекращении уголовного (административного) дела:",
        "discovery_limit": "Срок со дня {event} истекает:",
        "event_discovery": "обнаружения",
        "event_termination": "прекращения дела",
        "absolute_limit": "Срок со дня совершения проступка истекает:",
        "suspended_days": "Срок продлён на время приостановления, дней:",
        "last_day": "Последний день, в который допускается наложение взыскания:",
        "expired": "Срок наложения взыскания истёк до обнаружения проступка.",
        "no_deadline": "Срок не рассчитан.",
        "qualification": "Правовая квалификация",
        "offence": "Правовое основание: {article} — {law}.",
        "offence_title": "Состав проступка: {title}.",
        "group": "Группа проступков: {group} — {name}.",
        "penalty_rule": "Порядок наложения взыскания ({article}): {description}",
        "criteria": "Критерии выбора вида взыскания",
        "vote": "Результаты голосования",
        "vote_line": "«За» — ____; «Против» — ____; «Воздержались» — ____",
        "blank_vote": "(заполняется по итогам голосования; особое мнение прилагается)",
        "decided": "Комиссия РЕШИЛА:",
        "impose": "Наложить на государственного служащего {name} дисциплинарное взыскание: {penalty}.",
        "no_penalty": "Дисциплинарное взыскание на государственного служащего {name} не налагать.",
        "justification": "Обоснование:",
        "chair": "Председатель комиссии",
        "members": "Члены комиссии",
        "secretary": "Секретарь комиссии",
        "sign_line": "______________ (подпись)    ______________________________ (Ф.И.О.)",
    },
    "kk": {
        "doc_type": "ШЕШІМ",
        "doc_subtitle": "тәртіптік комиссияның",
        "number": "№ {number}",
        "date": "Күні: {date}",
        "date_blank": "Күні: 20___ жылғы «___» ____________",
        "place": "Орны: ______________________________",
        "heading_penalty": "Тәртіптік жаза қолдану туралы",
        "heading_none": "Тәртіптік істі қарау туралы",
        "members_present": "Комиссияның қатысқан мүшелері:",
        "blank_members": "(комиссия құрамы толтырылады — отырыс туралы мәліметтер әлі жүргізілмейді)",
        "servant": "Мемлекеттік қызметші туралы мәліметтер",
        "full_name": "Тегі, аты, әкесінің аты:",
        "iin": "ЖСН:",
        "position": "Лауазымы:",
        "unit": "Құрылымдық бөлімше:",
        "facts": "Теріс қылықтың мән-жайлары",
        "source": "Мәліметтер көзі:",
        "explanation": "Мемлекеттік қызметшінің түсініктемесі",
        "blank_explanation": (
            "(алынған түсініктеме туралы мәліметтер не оны беруден бас тарту туралы акт "
            "толтырылады)"
        ),
        "dates": "Күндер мен мерзімдер (Заңның 45-бабы)",
        "committed_on": "Теріс қылық жасалған күн:",
        "continuing_until": "Созылмалы теріс қылық аяқталған күн:",
        "discovered_on": "Теріс қылық анықталған күн:",
        "terminated_on": "Қылмыстық (әкімшілік) істі тоқтату туралы шешімнің күні:",
        "discovery_limit": "{event} күннен бастап мерзімнің соңғы күні:",
        "event_discovery": "Анықталған",
        "event_termination": "Істі тоқтатқан",
        "absolute_limit": "Теріс қылық жасалған күннен бастап мерзімнің соңғы күні:",
        "suspended_days": "Мерзім тоқтатыла тұрған уақытқа ұзартылды, күн:",
        "last_day": "Жаза қолдануға жол берілетін соңғы күн:",
        "expired": "Жаза қолдану мерзімі теріс қылық анықталғанға дейін өтіп кеткен.",
        "no_deadline": "Мерзім есептелмеген.",
        "qualification": "Құқықтық саралау",
        "offence": "Құқықтық негіз: {article} — {law}.",
        "offence_title": "Теріс қылықтың құрамы: {title}.",
        "group": "Теріс қылықтар тобы: {group} — {name}.",
        "penalty_rule": "Жаза қолдану тәртібі ({article}): {description}",
        "criteria": "Жаза түрін таңдау өлшемшарттары",
        "vote": "Дауыс беру нәтижелері",
        "vote_line": "«Жақтап» — ____; «Қарсы» — ____; «Қалыс қалғандар» — ____",
        "blank_vote": "(дауыс беру қорытындысы бойынша толтырылады; ерекше пікір қоса беріледі)",
        "decided": "Комиссия ШЕШТІ:",
        "impose": "Мемлекеттік қызметші {name} тәртіптік жазаға тартылсын: {penalty}.",
        "no_penalty": "Мемлекеттік қызметші {name} тәртіптік жазаға тартылмасын.",
        "justification": "Негіздеме:",
        "chair": "Комиссия төрағасы",
        "members": "Комиссия мүшелері",
        "secretary": "Комиссия хатшысы",
        "sign_line": "______________ (қолы)    ______________________________ (Т.А.Ә.)",
    },
}

# The pack cites articles in English ("Art. 50 p.1 sub-p. 4"); documents cite them in their own
# language. Anything not of this shape is printed as the pack has it.
_CITATION = re.compile(
    r"^Art\. (?P<art>\d+)(?: p\.(?P<p>\d+(?:-\d+)?))?(?: sub-p\. (?P<sp>\d+))?(?P<rest>.*)$"
)
_REST = {"ru": {" (proposed)": " (предложение)"}, "kk": {" (proposed)": " (ұсыныс)"}}


def _one_citation(part: str, lang: str) -> str:
    m = _CITATION.match(part.strip())
    if m is None:
        return part.strip()
    art, p, sp, rest = m["art"], m["p"], m["sp"], m["rest"]
    rest = _REST[lang].get(rest, rest)
    if lang == "ru":
        # The first element in the nominative, the ones it belongs to in the genitive.
        words = [f"подпункт {sp})"] if sp else []
        words += [f"пункт{'а' if words else ''} {p}"] if p else []
        words.append(f"стать{'и' if words else 'я'} {art}")
        return " ".join(words) + rest
    words = [f"{art}-бабының"] if (p or sp) else [f"{art}-бап"]
    if p:
        words.append(f"{p}-тармағының" if sp else f"{p}-тармағы")
    if sp:
        words.append(f"{sp}) тармақшасы")
    return " ".join(words) + rest


def citation(article: str, lang: str) -> str:
    """The pack's English citation in Russian or Kazakh; `;`-separated citations each in turn."""
    return "; ".join(_one_citation(p, lang) for p in article.split(";"))


def fmt_date(d: date) -> str:
    """Dates in documents: DD.MM.YYYY in both languages."""
    return d.strftime("%d.%m.%Y")
