"""The wording every printed document shares, in Kazakh and Russian, and how citations and dates read."""

from __future__ import annotations

import re
from datetime import date

LANGS = ("kk", "ru")

# The wording every document shares; one dict per language with the same keys. `{…}` fields are
# filled by the story builders (and the whole line escaped: user text may be among the values).
COMMON: dict[str, dict[str, str]] = {
    "ru": {
        "number": "№\u00a0{number}",
        "date_blank": "«___» _________ 20___ г.",
        "place_blank": "______________________",
        "sign": "(подпись)",
        "chair": "Председатель комиссии",
        "secretary": "Секретарь комиссии",
        "member": "Член комиссии",
        "non_voting": "без права голоса",
        "vote_for": "«за»",
        "vote_against": "«против»",
        "vote_abstain": "«воздержался(-ась)»",
        "vote_none": "не голосовал(а)",
        "tally": "«За» — {for_}; «против» — {against}; «воздержались» — {abstained}.",
        "quorum_met": (
            "Присутствуют {present} из {members} членов комиссии с правом голоса (для кворума "
            "необходимо не менее {needed}). Кворум имеется."
        ),
        "quorum_missing": (
            "Присутствуют {present} из {members} членов комиссии с правом голоса (для кворума "
            "необходимо не менее {needed}). Кворума нет."
        ),
        "not_adopted_quorum": "Решение не принято: кворума нет.",
        "not_adopted_votes": (
            "Решение не принято: предложение не получило большинства голосов присутствующих "
            "членов комиссии."
        ),
        "recused": "{name} — самоотвод: {reason}",
        "recused_no_reason": "{name} — самоотвод",
        "servant_line": "{position} {name} (ИИН {iin})",
        "outcome_impose": (
            "наложить на государственного служащего {name} дисциплинарное взыскание: {penalty}."
        ),
        "outcome_investigate": (
            "направить материалы дисциплинарного дела на дополнительное служебное расследование."
        ),
        "outcome_none": "дисциплинарное взыскание на государственного служащего {name} не налагать.",
        "expl_none": "Письменное объяснение у государственного служащего не запрашивалось.",
        "expl_pending": (
            "Письменное объяснение запрошено {requested}; срок его представления — по {due} "
            "включительно."
        ),
        "expl_received": "Письменное объяснение запрошено {requested}, получено {received}.",
        "expl_refused": (
            "Письменное объяснение запрошено {requested}; государственный служащий отказался его "
            "представить, о чём составлен акт от {act}."
        ),
        "expl_absent": (
            "Письменное объяснение запрошено {requested}; в срок по {due} включительно оно не "
            "представлено, о чём составлен акт от {act}."
        ),
        "executor": "Исп.: {executor}",
        "draft_mark": "ПРОЕКТ",
        "draft_note": (
            "ПРОЕКТ. Документ не зарегистрирован: у него нет регистрационного номера и кода "
            "проверки."
        ),
        "verify_title": "Проверка подлинности документа",
        "verify_number": "Регистрационный номер: {number} от {date}",
        "verify_code": "Код проверки:",
        "verify_how": (
            "Откройте PDF-файл на экране «Проверка документа» программы Tartip или командой "
            "«python main.py verify ФАЙЛ.pdf»; бумажный экземпляр проверяется там же по коду "
            "проверки или QR-коду."
        ),
    },
    "kk": {
        "number": "№\u00a0{number}",
        "date_blank": "20___ ж. «___» _________",
        "place_blank": "______________________",
        "sign": "(қолы)",
        "chair": "Комиссия төрағасы",
        "secretary": "Комиссия хатшысы",
        "member": "Комиссия мүшесі",
        "non_voting": "дауыс беру құқығынсыз",
        "vote_for": "«жақтап»",
        "vote_against": "«қарсы»",
        "vote_abstain": "«қалыс қалды»",
        "vote_none": "дауыс берген жоқ",
        "tally": "«Жақтап» — {for_}; «қарсы» — {against}; «қалыс қалғандар» — {abstained}.",
        "quorum_met": (
            "Дауыс беру құқығы бар {members} комиссия мүшесінің {present} мүшесі қатысуда "
            "(кворум үшін кемінде {needed} мүше қажет). Кворум бар."
        ),
        "quorum_missing": (
            "Дауыс беру құқығы бар {members} комиссия мүшесінің {present} мүшесі қатысуда "
            "(кворум үшін кемінде {needed} мүше қажет). Кворум жоқ."
        ),
        "not_adopted_quorum": "Шешім қабылданбады: кворум жоқ.",
        "not_adopted_votes": (
            "Шешім қабылданбады: ұсыныс комиссияның қатысқан мүшелерінің көпшілік дауысын алмады."
        ),
        "recused": "{name} — өздігінен бас тартты: {reason}",
        "recused_no_reason": "{name} — өздігінен бас тартты",
        "servant_line": "{position} {name} (ЖСН {iin})",
        "outcome_impose": "мемлекеттік қызметші {name} тәртіптік жазаға тартылсын: {penalty}.",
        "outcome_investigate": (
            "тәртіптік іс материалдары қосымша қызметтік тергеп-тексеруге жіберілсін."
        ),
        "outcome_none": "мемлекеттік қызметші {name} тәртіптік жазаға тартылмасын.",
        "expl_none": "Мемлекеттік қызметшіден жазбаша түсініктеме талап етілмеген.",
        "expl_pending": (
            "Жазбаша түсініктеме {requested} талап етілді; оны беру мерзімі — {due} қоса алғанда."
        ),
        "expl_received": "Жазбаша түсініктеме {requested} талап етілді, {received} алынды.",
        "expl_refused": (
            "Жазбаша түсініктеме {requested} талап етілді; мемлекеттік қызметші оны беруден бас "
            "тартты, бұл туралы {act} акт жасалды."
        ),
        "expl_absent": (
            "Жазбаша түсініктеме {requested} талап етілді; ол {due} қоса алғандағы мерзімде "
            "берілмеді, бұл туралы {act} акт жасалды."
        ),
        "executor": "Орынд.: {executor}",
        "draft_mark": "ЖОБА",
        "draft_note": "ЖОБА. Құжат тіркелмеген: оның тіркеу нөмірі мен тексеру коды жоқ.",
        "verify_title": "Құжаттың түпнұсқалығын тексеру",
        "verify_number": "Тіркеу нөмірі: {number}, {date}",
        "verify_code": "Тексеру коды:",
        "verify_how": (
            "PDF файлын Tartip бағдарламасының «Құжатты тексеру» экранында немесе "
            "«python main.py verify ФАЙЛ.pdf» командасымен ашыңыз; қағаз дана сол жерде тексеру "
            "коды немесе QR коды бойынша тексеріледі."
        ),
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


def fmt_opt(d: date | None, blank: str = "____________") -> str:
    """A date, or a blank to fill in by hand when the record has none yet."""
    return blank if d is None else fmt_date(d)


def langs_of(lang: str) -> tuple[str, ...]:
    """The language parts of a document: "both" is Kazakh (the state language) then Russian."""
    if lang == "both":
        return LANGS
    if lang in LANGS:
        return (lang,)
    raise ValueError(f"lang must be 'kk', 'ru' or 'both', not {lang!r}")
