"""The wording of the hearing's protocol (ПРОТОКОЛ / ХАТТАМА) in Kazakh and Russian."""

from __future__ import annotations

# One dict per language; the keys are the same. `{…}` fields are filled by reports.protocol.
PROTOCOL: dict[str, dict[str, str]] = {
    "ru": {
        "doc_type": "ПРОТОКОЛ",
        "doc_subtitle": "заседания дисциплинарной комиссии",
        "heading": "О рассмотрении дисциплинарного дела №\u00a0{case} в отношении {name}",
        "held": "Дата заседания: {date}.",
        "held_at": "Дата заседания: {date}. Место проведения: {place}.",
        "composition": "Состав комиссии",
        "composition_line": "{name} — {position}, {role}",
        "composition_line_no_position": "{name} — {role}",
        "composition_blank": "(состав комиссии не внесён)",
        "attendance": "Присутствие и кворум",
        "present": "Присутствовали:",
        "absent": "Отсутствовали:",
        "nobody": "нет",
        "recusals": "Самоотводы",
        "no_recusals": "Самоотводов не заявлено.",
        "invited": "Приглашённые:",
        "agenda": "Повестка дня",
        "agenda_line": (
            "Рассмотрение дисциплинарного дела №\u00a0{case} в отношении государственного служащего: "
            "{servant}. Проступок: {offence}."
        ),
        "explanation": "Объяснение государственного служащего",
        "course": "Ход заседания",
        "no_minutes": "(ход заседания не записан)",
        "vote": "Голосование",
        "proposal": "На голосование поставлено предложение: {proposal}",
        "member_vote": "{name} — {vote}",
        "dissents": "Особые мнения",
        "no_dissents": "Особых мнений не заявлено.",
        "dissent_of": "Особое мнение члена комиссии {name}:",
        "decided": (
            "РЕШИЛИ: рекомендовать должностному лицу, имеющему право назначения на "
            "государственную должность:"
        ),
        "no_hearing": "(сведения о заседании не внесены)",
    },
    "kk": {
        "doc_type": "ХАТТАМА",
        "doc_subtitle": "тәртіптік комиссия отырысының",
        "heading": "№\u00a0{case} тәртіптік істі қарау туралы (мемлекеттік қызметші: {name})",
        "held": "Отырыс күні: {date}.",
        "held_at": "Отырыс күні: {date}. Өткізілген орны: {place}.",
        "composition": "Комиссия құрамы",
        "composition_line": "{name} — {position}, {role}",
        "composition_line_no_position": "{name} — {role}",
        "composition_blank": "(комиссия құрамы енгізілмеген)",
        "attendance": "Қатысу және кворум",
        "present": "Қатысқандар:",
        "absent": "Қатыспағандар:",
        "nobody": "жоқ",
        "recusals": "Өздігінен бас тартулар",
        "no_recusals": "Өздігінен бас тарту мәлімделген жоқ.",
        "invited": "Шақырылғандар:",
        "agenda": "Күн тәртібі",
        "agenda_line": (
            "Мемлекеттік қызметшіге қатысты №\u00a0{case} тәртіптік істі қарау: {servant}. Теріс "
            "қылық: {offence}."
        ),
        "explanation": "Мемлекеттік қызметшінің түсініктемесі",
        "course": "Отырыстың барысы",
        "no_minutes": "(отырыстың барысы жазылмаған)",
        "vote": "Дауыс беру",
        "proposal": "Дауысқа қойылған ұсыныс: {proposal}",
        "member_vote": "{name} — {vote}",
        "dissents": "Ерекше пікірлер",
        "no_dissents": "Ерекше пікір мәлімделген жоқ.",
        "dissent_of": "Комиссия мүшесінің ерекше пікірі ({name}):",
        "decided": (
            "ШЕШТІ: мемлекеттік лауазымға тағайындау құқығы бар лауазымды адамға мынаны ұсыну:"
        ),
        "no_hearing": "(отырыс туралы мәліметтер енгізілмеген)",
    },
}
