<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddBodyDialog</name>
    <message>
        <source>Add a state body</source>
        <translation>Добавить государственный орган</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>Public holidays come from the Law “On holidays”. Days off the government moves and the date of Kurban Ait change every year: check them here and correct the calendar. Every change recomputes the deadlines of the cases.</source>
        <translation>Праздничные дни берутся из Закона «О праздниках». Переносы выходных дней Правительством и дата Курбан айта меняются каждый год: проверьте их здесь и исправьте календарь. Каждое изменение пересчитывает сроки по делам.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Holiday or note</source>
        <translation>Праздник или примечание</translation>
    </message>
    <message>
        <source>Remove the override</source>
        <translation>Удалить исправление</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>e.g. Government decree No., date</source>
        <translation>напр. постановление Правительства №, дата</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add an override</source>
        <translation>Добавить исправление</translation>
    </message>
    <message>
        <source>Set by the administrator</source>
        <translation>Установлено администратором</translation>
    </message>
    <message>
        <source>Working day moved by the government</source>
        <translation>Рабочий день по переносу Правительства</translation>
    </message>
    <message>
        <source>Choose a day between %1 and %2.</source>
        <translation>Выберите день с %1 по %2.</translation>
    </message>
    <message>
        <source>%1 already has an override; remove it first to change it.</source>
        <translation>Для %1 уже есть исправление; чтобы изменить его, сначала удалите.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1. The last day changed in %n open case(s).</source>
        <translation>
            <numerusform>Сохранено: %1. Последний день изменился в %n открытом деле.</numerusform>
            <numerusform>Сохранено: %1. Последний день изменился в %n открытых делах.</numerusform>
            <numerusform>Сохранено: %1. Последний день изменился в %n открытых делах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the override of %1; the deadlines were recomputed.</source>
        <translation>Исправление на %1 удалено; сроки пересчитаны.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело № %1</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Политическая</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Административная</translation>
    </message>
    <message>
        <source>Elected post</source>
        <translation>Выборная должность</translation>
    </message>
    <message>
        <source>Add body…</source>
        <translation>Добавить орган…</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Государственный служащий</translation>
    </message>
    <message>
        <source>it ended on</source>
        <translation>окончен</translation>
    </message>
    <message>
        <source>still going on</source>
        <translation>продолжается до сих пор</translation>
    </message>
    <message>
        <source>Only when the signs of a discrediting offence were found in a criminal or administrative case that was terminated: the limit then runs 3 months from that decision.</source>
        <translation>Только если признаки дискредитирующего проступка обнаружены в прекращённом уголовном или административном деле: тогда срок — 3 месяца со дня этого решения.</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>если было</translation>
    </message>
    <message>
        <source>Who reported it, document number and date</source>
        <translation>Кто сообщил, номер и дата документа</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation>Обстоятельства дела</translation>
    </message>
    <message>
        <source>Suspensions (Art. 45 p. 3-4)</source>
        <translation>Приостановление сроков (ст. 45 п. 3-4)</translation>
    </message>
    <message>
        <source>Sick leave, vacation, business trips, training, proceedings and the other periods the law lists suspend the limits; during most of them no penalty may be imposed.</source>
        <translation>Временная нетрудоспособность, отпуск, командировка, обучение, производство по делу и другие периоды, названные в законе, приостанавливают сроки; в большинство из них взыскание налагать нельзя.</translation>
    </message>
    <message>
        <source>The commission secretary&apos;s written reason for deciding on this day</source>
        <translation>Письменное обоснование секретаря комиссии, почему решение принято в этот день</translation>
    </message>
    <message>
        <source>The reason is kept in the case&apos;s timeline together with the decision date.</source>
        <translation>Обоснование сохраняется в хронологии дела вместе с датой решения.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Choose a state body…</source>
        <translation>Выберите государственный орган…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose an offence…</source>
        <translation>Выберите проступок…</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <source>Entered when the status says a penalty, or no penalty, was decided.</source>
        <translation>Заполняется, когда по статусу решение принято: взыскание наложено или нет.</translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>дата рождения %1, пол %2</translation>
    </message>
    <message>
        <source>Add a state body</source>
        <translation>Добавить государственный орган</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Госорган</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Проступок</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Совершён</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Tartip ran into a problem it did not expect. What was already saved is safe; the last action may not have been completed.</source>
        <translation>В Tartip произошла непредвиденная ошибка. Всё, что уже было сохранено, в сохранности; последнее действие могло не завершиться.</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>Подробности записаны в файл журнала:
%1</translation>
    </message>
    <message>
        <source>Please send the details to your administrator (Copy details, then paste).</source>
        <translation>Отправьте подробности администратору (нажмите «Копировать подробности» и вставьте в письмо).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>Deadline (Art. 45)</source>
        <translation>Срок (ст. 45)</translation>
    </message>
    <message>
        <source>Last permissible day</source>
        <translation>Последний допустимый день</translation>
    </message>
    <message>
        <source>Absolute limit</source>
        <translation>Предельный срок</translation>
    </message>
    <message>
        <source>The deadline is shown again once the problems listed below are fixed.</source>
        <translation>Срок будет показан, когда будут исправлены ошибки, перечисленные внизу.</translation>
    </message>
    <message>
        <source>The deadline is computed as soon as the offence and its dates are entered.</source>
        <translation>Срок будет рассчитан, как только будут указаны проступок и его даты.</translation>
    </message>
    <message>
        <source>%1; extended by suspensions: %2</source>
        <translation>%1; с учётом приостановлений: %2</translation>
    </message>
    <message numerus="yes">
        <source>How it was counted (%n step(s))</source>
        <translation>
            <numerusform>Как рассчитано (%n шаг)</numerusform>
            <numerusform>Как рассчитано (%n шага)</numerusform>
            <numerusform>Как рассчитано (%n шагов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>≤ 7 days</source>
        <translation>≤ 7 дней</translation>
    </message>
    <message>
        <source>≤ 2 days</source>
        <translation>≤ 2 дней</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>More than 7 days are left to impose a penalty.</source>
        <translation>До истечения срока наложения взыскания больше 7 дней.</translation>
    </message>
    <message>
        <source>The last permissible day is within a week.</source>
        <translation>Последний допустимый день — в течение недели.</translation>
    </message>
    <message>
        <source>The last permissible day is within 2 days: decide now.</source>
        <translation>Последний допустимый день — в ближайшие 2 дня: решение нужно принять сейчас.</translation>
    </message>
    <message>
        <source>The last permissible day has passed: no penalty may be imposed on this case any more.</source>
        <translation>Последний допустимый день прошёл: взыскание по этому делу налагать больше нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Сегодня последний день</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit from discovery</source>
        <translation>Срок со дня обнаружения</translation>
    </message>
    <message>
        <source>Absolute limit</source>
        <translation>Предельный срок</translation>
    </message>
    <message>
        <source>Absolute limit, extended reading</source>
        <translation>Предельный срок, расширительное толкование</translation>
    </message>
    <message>
        <source>from discovery</source>
        <translation>со дня обнаружения</translation>
    </message>
    <message>
        <source>from the decision terminating the case</source>
        <translation>со дня решения о прекращении дела</translation>
    </message>
    <message>
        <source>from commission</source>
        <translation>со дня совершения</translation>
    </message>
    <message>
        <source>from the end of the conduct</source>
        <translation>со дня окончания деяния</translation>
    </message>
    <message>
        <source>from discovery (the conduct is still going on)</source>
        <translation>со дня обнаружения (деяние продолжается)</translation>
    </message>
    <message>
        <source>the limit from discovery</source>
        <translation>срок со дня обнаружения</translation>
    </message>
    <message>
        <source>the limit from the termination decision</source>
        <translation>срок со дня решения о прекращении дела</translation>
    </message>
    <message>
        <source>a general offence</source>
        <translation>общий проступок</translation>
    </message>
    <message>
        <source>a discrediting offence</source>
        <translation>дискредитирующий проступок</translation>
    </message>
    <message>
        <source>a breach of budget legislation</source>
        <translation>нарушение бюджетного законодательства</translation>
    </message>
    <message>
        <source>a discrediting offence found after a criminal or administrative case ended</source>
        <translation>дискредитирующий проступок, обнаруженный после прекращения уголовного или административного дела</translation>
    </message>
    <message>
        <source>a weekend day</source>
        <translation>выходной день недели</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>праздничный день</translation>
    </message>
    <message>
        <source>a day off set by the administrator</source>
        <translation>выходной, установленный администратором</translation>
    </message>
    <message>
        <source>from the end of the conduct, or from discovery while it goes on</source>
        <translation>со дня окончания деяния, а пока оно продолжается — со дня обнаружения</translation>
    </message>
    <message>
        <source>from the day the conduct began</source>
        <translation>со дня начала деяния</translation>
    </message>
    <message>
        <source>The offence under {offence_article} is {kind}: the limits are {discovery_months} {discovery_event} and {absolute_months} {absolute_event}.</source>
        <translation>Проступок по {offence_article} — {kind}: сроки — {discovery_months} {discovery_event} и {absolute_months} {absolute_event}.</translation>
    </message>
    <message>
        <source>The offence is continuing: the absolute limit counts {event}, {event_date} (setting: {rule}).</source>
        <translation>Проступок длящийся: предельный срок исчисляется {event}, {event_date} (настройка: {rule}).</translation>
    </message>
    <message>
        <source>{limit}: counted {event}, {event_date}; the period starts the next day, {period_start}.</source>
        <translation>{limit}: исчисляется {event}, {event_date}; течение срока начинается на следующий день, {period_start}.</translation>
    </message>
    <message>
        <source>{months} from {event_date} end on {end}, the day with the same number.</source>
        <translation>{months} от {event_date} истекают {end}, в соответствующее число.</translation>
    </message>
    <message>
        <source>{months} from {event_date}: that month has no day {day}, so the period ends on its last day, {end}.</source>
        <translation>{months} от {event_date}: в этом месяце нет {day}-го числа, поэтому срок истекает в его последний день, {end}.</translation>
    </message>
    <message>
        <source>{limit}: {days} of suspension after {event_date} ({reasons}) move the end from {from_date} to {to_date}.</source>
        <translation>{limit}: приостановление на {days} после {event_date} ({reasons}) переносит окончание с {from_date} на {to_date}.</translation>
    </message>
    <message>
        <source>{limit}: {from_date} is not a working day ({why}{name}), so the end moves to {to_date}.</source>
        <translation>{limit}: {from_date} — нерабочий день ({why}{name}), поэтому окончание переносится на {to_date}.</translation>
    </message>
    <message>
        <source>{limit}: {from_date} falls inside a suspension ({reason}, {pause_start} – {pause_end}), so the end moves to {to_date}.</source>
        <translation>{limit}: {from_date} приходится на приостановление ({reason}, {pause_start} – {pause_end}), поэтому окончание переносится на {to_date}.</translation>
    </message>
    <message>
        <source>{limit}: the last day is {date}.</source>
        <translation>{limit}: последний день — {date}.</translation>
    </message>
    <message>
        <source>The law does not say whether suspension also extends the absolute limit: without it the limit ends on {plain}, extended by {days} of suspension after {event_date} on {extended}. The earlier date, {plain}, is used as the safe one.</source>
        <translation>Закон не говорит, продлевает ли приостановление и предельный срок: без продления он истекает {plain}, с продлением на {days} приостановления после {event_date} — {extended}. Берётся более ранняя дата, {plain}, как безопасная.</translation>
    </message>
    <message>
        <source>No suspension falls after {event_date}, so both readings of the absolute limit give {plain}.</source>
        <translation>После {event_date} приостановлений нет, поэтому оба толкования предельного срока дают {plain}.</translation>
    </message>
    <message>
        <source>The last day to impose a penalty is {last_day}: {discovery_limit_name} ends before the absolute limit ({absolute_limit}).</source>
        <translation>Последний день для наложения взыскания — {last_day}: {discovery_limit_name} истекает раньше предельного срока ({absolute_limit}).</translation>
    </message>
    <message>
        <source>The last day to impose a penalty is {last_day}: the absolute limit ends before {discovery_limit_name} ({discovery_limit}).</source>
        <translation>Последний день для наложения взыскания — {last_day}: предельный срок истекает раньше, чем {discovery_limit_name} ({discovery_limit}).</translation>
    </message>
    <message>
        <source>The last day to impose a penalty is {last_day}: both limits end that day.</source>
        <translation>Последний день для наложения взыскания — {last_day}: оба срока истекают в этот день.</translation>
    </message>
    <message>
        <source>The absolute limit ({last_day}) passed before the offence was discovered on {discovered_on}: no penalty may be imposed.</source>
        <translation>Предельный срок ({last_day}) истёк до обнаружения проступка {discovered_on}: взыскание налагать нельзя.</translation>
    </message>
    <message>
        <source>No penalty may be imposed from {start} to {end} ({reason}).</source>
        <translation>С {start} по {end} взыскание налагать нельзя ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit from the termination decision</source>
        <translation>Срок со дня решения о прекращении дела</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nauryz meirami</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan People&apos;s Unity Day</source>
        <translation>Праздник единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День Столицы</translation>
    </message>
    <message>
        <source>Kurban Ait</source>
        <translation>Курбан айт</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>День Первого Президента</translation>
    </message>
    <message>
        <source>%1 (transferred day off)</source>
        <translation>%1 (перенесённый выходной)</translation>
    </message>
    <message>
        <source>%1 (date estimated)</source>
        <translation>%1 (дата предварительная)</translation>
    </message>
    <message>
        <source>Day off moved from %1</source>
        <translation>Выходной, перенесённый с %1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Name, IIN or case number…</source>
        <translation>ФИО, ИИН или номер дела…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Last day within 2 days</source>
        <translation>Последний день — в течение 2 дней</translation>
    </message>
    <message>
        <source>Last day within 7 days</source>
        <translation>Последний день — в течение 7 дней</translation>
    </message>
    <message>
        <source>On time (more than 7 days)</source>
        <translation>В срок (больше 7 дней)</translation>
    </message>
    <message>
        <source>Open cases by their last permissible day</source>
        <translation>Открытые дела по последнему допустимому дню</translation>
    </message>
    <message>
        <source>Committed between</source>
        <translation>Совершён в период</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Проступок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Госорган</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>All offences</source>
        <translation>Все проступки</translation>
    </message>
    <message>
        <source>All state bodies</source>
        <translation>Все госорганы</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Все подразделения</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Служебное расследование</translation>
    </message>
    <message>
        <source>Commission hearing</source>
        <translation>На комиссии</translation>
    </message>
    <message>
        <source>Penalty imposed</source>
        <translation>Взыскание наложено</translation>
    </message>
    <message>
        <source>No penalty</source>
        <translation>Без взыскания</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>I — corruption-related</source>
        <translation>I — коррупционные</translation>
    </message>
    <message>
        <source>II — rights of persons</source>
        <translation>II — права граждан и организаций</translation>
    </message>
    <message>
        <source>III — abuse of authority</source>
        <translation>III — злоупотребление полномочиями</translation>
    </message>
    <message>
        <source>Outside the groups (Art. 44, budget)</source>
        <translation>Вне групп (ст. 44, бюджет)</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Политическая</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Административная</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>(repealed)</source>
        <translation>(утратил силу)</translation>
    </message>
    <message>
        <source>(proposal, not law)</source>
        <translation>(предложение, не норма закона)</translation>
    </message>
    <message>
        <source>Repealed by %1</source>
        <translation>Утратил силу: %1</translation>
    </message>
    <message>
        <source>A proposal of the source article, not the law.</source>
        <translation>Предложение статьи-источника, не норма закона.</translation>
    </message>
    <message>
        <source>Proposed sub-point 20 of Art. 50 (source article, not law)</source>
        <translation>Предлагаемый пп. 20 ст. 50 (статья-источник, не закон)</translation>
    </message>
    <message>
        <source>A deadline falling on a day off moves to the next working day</source>
        <translation>Срок, выпадающий на выходной, переносится на следующий рабочий день</translation>
    </message>
    <message>
        <source>Art. %1</source>
        <translation>ст. %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>п. %1</translation>
    </message>
    <message>
        <source>sub-p. %1</source>
        <translation>пп. %1</translation>
    </message>
    <message>
        <source>Civil Code</source>
        <translation>ГК РК</translation>
    </message>
    <message>
        <source>Labour Code</source>
        <translation>ТК РК</translation>
    </message>
    <message>
        <source>Law 416-V</source>
        <translation>Закона № 416-V</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation>(предложение)</translation>
    </message>
    <message>
        <source>(interpretation)</source>
        <translation>(толкование)</translation>
    </message>
    <message>
        <source>(interpretation: the start of the limit for a continuing offence)</source>
        <translation>(толкование: начало срока для длящегося проступка)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tartip — %1</source>
        <translation>Tartip — %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Контроль сроков</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>Загрузить &amp;демо-данные…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>Производственный &amp;календарь…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Tartip</source>
        <translation>&amp;О программе Tartip</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of %n case(s)</source>
        <translation>
            <numerusform>Показано: %1 из %n дела</numerusform>
            <numerusform>Показано: %1 из %n дел</numerusform>
            <numerusform>Показано: %1 из %n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Some cases could not be shown; the details are in the log.</source>
        <translation>Некоторые дела не удалось показать; подробности в журнале.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>Дело сохранено.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>How many demo cases to add to this database?</source>
        <translation>Сколько демонстрационных дел добавить в эту базу данных?</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) added.</source>
        <translation>
            <numerusform>Добавлено %n демонстрационное дело.</numerusform>
            <numerusform>Добавлено %n демонстрационных дела.</numerusform>
            <numerusform>Добавлено %n демонстрационных дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Tartip databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Базы данных Tartip (*.db *.sqlite *.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language will be used after Tartip is restarted.</source>
        <translation>Новый язык будет применён после перезапуска Tartip.</translation>
    </message>
    <message>
        <source>Disciplinary cases of civil servants of Kazakhstan.</source>
        <translation>Дисциплинарные дела государственных служащих Казахстана.</translation>
    </message>
    <message>
        <source>Rule pack:</source>
        <translation>Пакет правил:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>About Tartip</source>
        <translation>О программе Tartip</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) reach their last permissible day within 7 days.</source>
        <translation>
            <numerusform>У %n открытого дела последний допустимый день наступает в течение 7 дней.</numerusform>
            <numerusform>У %n открытых дел последний допустимый день наступает в течение 7 дней.</numerusform>
            <numerusform>У %n открытых дел последний допустимый день наступает в течение 7 дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are past their last day: no penalty may be imposed on them.</source>
        <translation>
            <numerusform>У %n открытого дела срок истёк: взыскание по нему налагать нельзя.</numerusform>
            <numerusform>У %n открытых дел срок истёк: взыскание по ним налагать нельзя.</numerusform>
            <numerusform>У %n открытых дел срок истёк: взыскание по ним налагать нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show: due within 7 days</source>
        <translation>Показать: срок в течение 7 дней</translation>
    </message>
    <message>
        <source>Show: expired</source>
        <translation>Показать: срок истёк</translation>
    </message>
    <message>
        <source>About the legal basis</source>
        <translation>О правовой основе</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Пустая база данных</translation>
    </message>
    <message>
        <source>This database has no cases yet. Load %1 demo cases to try Tartip out? Do not do this in a database you will use for real cases.</source>
        <translation>В этой базе данных ещё нет дел. Загрузить %1 демонстрационных дел, чтобы опробовать Tartip? Не делайте этого в базе, где будут храниться настоящие дела.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>Скрыть уведомление</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Enter the IIN.</source>
        <translation>Введите ИИН.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN consists of the digits 0–9 only.</source>
        <translation>ИИН состоит только из цифр 0–9.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN (century and sex) must be from 1 to 6.</source>
        <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real birth date (YYMMDD).</source>
        <translation>Первые шесть цифр ИИН не образуют существующую дату рождения (ГГММДД).</translation>
    </message>
    <message>
        <source>The IIN check digit is wrong: look for a mistyped digit.</source>
        <translation>Неверная контрольная цифра ИИН: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The birth date in the IIN is in the future.</source>
        <translation>Дата рождения в ИИН ещё не наступила.</translation>
    </message>
    <message>
        <source>The name contains invisible or control characters; retype it.</source>
        <translation>В ФИО есть невидимые или управляющие символы; наберите его заново.</translation>
    </message>
    <message>
        <source>A word of the name mixes Latin and Cyrillic letters; retype it in one alphabet.</source>
        <translation>В слове ФИО смешаны латинские и кириллические буквы; наберите его в одной раскладке.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>ФИО слишком длинное: не более {max} символов.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <source>The offence cannot be discovered before it was committed.</source>
        <translation>Проступок не может быть обнаружен раньше, чем совершён.</translation>
    </message>
    <message>
        <source>A continuing offence cannot end before it was committed.</source>
        <translation>Длящийся проступок не может окончиться раньше, чем начат.</translation>
    </message>
    <message>
        <source>The decision cannot come before the offence was discovered ({discovered_on}).</source>
        <translation>Решение не может быть принято раньше обнаружения проступка ({discovered_on}).</translation>
    </message>
    <message>
        <source>Choose an offence from the list.</source>
        <translation>Выберите проступок из списка.</translation>
    </message>
    <message>
        <source>This offence has been repealed and cannot be chosen for a new case.</source>
        <translation>Эта норма утратила силу: для нового дела её выбрать нельзя.</translation>
    </message>
    <message>
        <source>This proposed offence is switched off (Settings menu).</source>
        <translation>Этот предлагаемый состав отключён (меню «Настройки»).</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <source>The text contains invisible or control characters; retype it.</source>
        <translation>В тексте есть невидимые или управляющие символы; наберите его заново.</translation>
    </message>
    <message>
        <source>This state body is not in the database; choose another.</source>
        <translation>Этого государственного органа нет в базе данных; выберите другой.</translation>
    </message>
    <message>
        <source>This unit does not belong to the chosen state body.</source>
        <translation>Это подразделение не относится к выбранному государственному органу.</translation>
    </message>
    <message>
        <source>Unknown legal setting.</source>
        <translation>Неизвестная правовая настройка.</translation>
    </message>
    <message>
        <source>This offence was repealed by {repealed_by}; choose another.</source>
        <translation>Этот состав утратил силу ({repealed_by}); выберите другой.</translation>
    </message>
    <message>
        <source>The case cannot have been terminated ({terminated_on}) before the offence was committed ({committed_on}).</source>
        <translation>Дело не может быть прекращено ({terminated_on}) раньше совершения проступка ({committed_on}).</translation>
    </message>
    <message>
        <source>A terminated criminal or administrative case changes the limits of discrediting offences (Art. 50) only; leave this date empty.</source>
        <translation>Прекращение уголовного или административного дела меняет сроки только для дискредитирующих проступков (ст. 50); оставьте дату пустой.</translation>
    </message>
    <message>
        <source>Choose the reason of the suspension from the list.</source>
        <translation>Выберите основание приостановления из списка.</translation>
    </message>
    <message>
        <source>The period cannot end ({end}) before it starts ({start}).</source>
        <translation>Период не может окончиться ({end}) раньше начала ({start}).</translation>
    </message>
    <message>
        <source>A penalty cannot be lifted ({lifted_on}) before it was imposed ({imposed_on}).</source>
        <translation>Взыскание не может быть снято ({lifted_on}) раньше наложения ({imposed_on}).</translation>
    </message>
    <message>
        <source>Unknown ground of dismissal ({ground}).</source>
        <translation>Неизвестное основание увольнения ({ground}).</translation>
    </message>
    <message>
        <source>Out of time: the last permissible day was {last_day}. To record a decision of {decision_date} anyway, give the written reason below.</source>
        <translation>Срок пропущен: последний допустимый день — {last_day}. Чтобы всё же записать решение от {decision_date}, укажите письменное обоснование ниже.</translation>
    </message>
    <message>
        <source>No penalty may be imposed on {decision_date}: {reason} from {start} to {end} ({article}). To record it anyway, give the written reason below.</source>
        <translation>{decision_date} взыскание налагать нельзя: {reason} с {start} по {end} ({article}). Чтобы всё же записать решение, укажите письменное обоснование ниже.</translation>
    </message>
    <message>
        <source>Invalid value ({code}).</source>
        <translation>Недопустимое значение ({code}).</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Проступок</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Дата совершения</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <source>Continued until</source>
        <translation>Окончен</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Report source</source>
        <translation>Источник сообщения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Continuing offence</source>
        <translation>Длящийся проступок</translation>
    </message>
    <message>
        <source>Criminal or administrative case terminated on</source>
        <translation>Уголовное или административное дело прекращено</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Reason for deciding anyway</source>
        <translation>Обоснование решения вне срока</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Приостановления</translation>
    </message>
    <message>
        <source>Suspension %1</source>
        <translation>Приостановление %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>основание</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>Database is read-only</source>
        <translation>База данных только для чтения</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Not a Tartip database</source>
        <translation>Это не база данных Tartip</translation>
    </message>
    <message>
        <source>Database from a newer Tartip</source>
        <translation>База данных более новой версии Tartip</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Another program or user is writing to the database right now. Nothing was saved; your input is kept. Wait a moment and try again.</source>
        <translation>Сейчас в базу данных записывает другая программа или другой пользователь. Ничего не сохранено; введённые данные остались в форме. Подождите немного и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written. Nothing was saved; your input is kept. Ask your administrator for write access, or open a copy in a writable folder.</source>
        <translation>Файл базы данных или его папка недоступны для записи. Ничего не сохранено; введённые данные остались в форме. Попросите администратора дать права на запись или откройте копию в папке, доступной для записи.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working in it and open the latest backup; the damaged file is left untouched for your administrator.</source>
        <translation>Файл базы данных повреждён. Прекратите работу с ним и откройте последнюю резервную копию; повреждённый файл оставлен без изменений для администратора.</translation>
    </message>
    <message>
        <source>This file is not a Tartip database. Choose another file.</source>
        <translation>Этот файл не является базой данных Tartip. Выберите другой файл.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tartip. Install that version; this one will not change the file.</source>
        <translation>Эта база данных создана более новой версией Tartip. Установите эту версию; текущая версия файл не изменит.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; your input is kept. Free some space and try again.</source>
        <translation>Диск заполнен. Ничего не сохранено; введённые данные остались в форме. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database cannot be opened: its folder is missing or not accessible. Check the path, the network connection or the permissions.</source>
        <translation>Не удаётся открыть базу данных: папка отсутствует или недоступна. Проверьте путь, сетевое подключение или права доступа.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n проблема:</numerusform>
            <numerusform>%n проблемы:</numerusform>
            <numerusform>%n проблем:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseRow</name>
    <message>
        <source>Order or sheet No., date</source>
        <translation>Приказ или лист №, дата</translation>
    </message>
    <message>
        <source>Remove this suspension</source>
        <translation>Удалить это приостановление</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите основание…</translation>
    </message>
    <message>
        <source>The limits are suspended, and no penalty may be imposed meanwhile.</source>
        <translation>Сроки приостанавливаются, и в это время взыскание налагать нельзя.</translation>
    </message>
    <message>
        <source>The limits are suspended.</source>
        <translation>Сроки приостанавливаются.</translation>
    </message>
</context>
<context>
    <name>PausesEditor</name>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>No suspensions recorded.</source>
        <translation>Приостановлений нет.</translation>
    </message>
    <message>
        <source>Add a suspension</source>
        <translation>Добавить приостановление</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n открытое дело</numerusform>
            <numerusform>%n открытых дела</numerusform>
            <numerusform>%n открытых дел</numerusform>
        </translation>
    </message>
</context>
</TS>
