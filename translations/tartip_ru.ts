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
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation>Новая жалоба</translation>
    </message>
    <message>
        <source>The last day to file is counted from the day the servant learnt of the order (Law 416-V Art. 43, 61); a late appeal is recorded and marked.</source>
        <translation>Последний день подачи исчисляется со дня, когда служащий узнал о приказе (ст. 43, 61 Закона № 416-V); жалоба, поданная с пропуском срока, записывается и отмечается.</translation>
    </message>
</context>
<context>
    <name>AppealTableModel</name>
    <message>
        <source>Route</source>
        <translation>Куда подана</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Last day to file</source>
        <translation>Последний день подачи</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Filed after the last day to file.</source>
        <translation>Подана после последнего дня срока.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с пропуском срока</translation>
    </message>
</context>
<context>
    <name>AppealsSection</name>
    <message>
        <source>Add an appeal…</source>
        <translation>Добавить жалобу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>No appeal recorded.</source>
        <translation>Жалобы не записаны.</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add a file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>PDF, PNG, JPEG, TIFF or text; the file is copied into the database&apos;s folder.</source>
        <translation>PDF, PNG, JPEG, TIFF или текст; файл копируется в папку базы данных.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>Добавить файл к делу</translation>
    </message>
    <message>
        <source>Scans and documents (%1)</source>
        <translation>Скан-копии и документы (%1)</translation>
    </message>
    <message>
        <source>This file is no longer in the database&apos;s folder.</source>
        <translation>Этого файла больше нет в папке базы данных.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Самоотвод</translation>
    </message>
    <message>
        <source>Reason for recusal</source>
        <translation>Основание самоотвода</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Dissenting opinion</source>
        <translation>Особое мнение</translation>
    </message>
    <message>
        <source>does not vote</source>
        <translation>не голосует</translation>
    </message>
    <message>
        <source>Not a voting member of the composition.</source>
        <translation>Член состава без права голоса.</translation>
    </message>
    <message>
        <source>A recused member takes no part in the vote.</source>
        <translation>Член, заявивший самоотвод, в голосовании не участвует.</translation>
    </message>
    <message>
        <source>Only members present vote.</source>
        <translation>Голосуют только присутствующие члены.</translation>
    </message>
    <message>
        <source>A party to the case or a relative of one stands aside.</source>
        <translation>Сторона по делу или её родственник в рассмотрении не участвует.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object and its No.</source>
        <translation>Объект и его №</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json);;All files (*)</source>
        <translation>Контрольные точки аудита (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the audit checkpoint (best on removable media)</source>
        <translation>Сохранить контрольную точку аудита (лучше на съёмный носитель)</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>Дни (UTC)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export c&amp;heckpoint…</source>
        <translation>Экспорт контрольной &amp;точки…</translation>
    </message>
    <message>
        <source>Write the verified end of the trail to a small signed file. Keep it away from this computer (removable media, the regional office): it exposes a trail truncated or rewritten later.</source>
        <translation>Записать проверенный конец журнала в небольшой подписанный файл. Храните его не на этом компьютере (съёмный носитель, региональный офис): по нему видно, если журнал позже обрежут или перезапишут.</translation>
    </message>
    <message>
        <source>Verify a&amp;gainst a checkpoint…</source>
        <translation>Проверить по &amp;контрольной точке…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Verify against an audit checkpoint</source>
        <translation>Проверка по контрольной точке аудита</translation>
    </message>
    <message>
        <source>Exported %1 entries.</source>
        <translation>Экспортировано записей: %1.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Не разрешено.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <source>Tartip backups (*.db);;All files (*)</source>
        <translation>Резервные копии Tartip (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Создана (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Зашифровать базу данных…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>при выходе</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>Encryption: on. The database and its backups need the passphrase.</source>
        <translation>Шифрование: включено. Для базы данных и её резервных копий нужна парольная фраза.</translation>
    </message>
    <message>
        <source>Encryption: off. Anyone with a copy of the file can read it.</source>
        <translation>Шифрование: выключено. Любой, у кого есть копия файла, может его прочитать.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Шифрование базы данных</translation>
    </message>
    <message>
        <source>The database is encrypted; a new encrypted backup was made (%1). Log in again.</source>
        <translation>База данных зашифрована; создана новая зашифрованная резервная копия (%1). Войдите снова.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>The passphrase is changed; %1 automatic backup(s) re-encrypted. Log in again.</source>
        <translation>Парольная фраза изменена; перешифровано автоматических резервных копий: %1. Войдите снова.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль не позволяет этого.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создание резервной копии</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The current database will be replaced by the backup %1. Changes made after the backup will be lost. The backup is checked first; if it is refused, nothing changes. Continue?</source>
        <translation>Текущая база данных будет заменена резервной копией %1. Изменения, внесённые после создания копии, будут потеряны. Сначала копия проверяется; если она отклонена, ничего не изменится. Продолжить?</translation>
    </message>
</context>
<context>
    <name>BatchOptionsDialog</name>
    <message>
        <source>Print documents for the listed cases</source>
        <translation>Печать документов по делам списка</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>%1 case(s) are listed. Each document is registered in its body&apos;s journal; a case with nothing of this kind to print is skipped. Files are named &lt;case number&gt;-&lt;document&gt;-&lt;language&gt;.pdf.</source>
        <translation>Дел в списке: %1. Каждый документ регистрируется в журнале своего органа; дело, по которому такой документ печатать пока нечего, пропускается. Имена файлов: &lt;номер дела&gt;-&lt;документ&gt;-&lt;язык&gt;.pdf.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Папка для документов</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing documents</source>
        <translation>Печать документов</translation>
    </message>
    <message>
        <source>%1 (%2) for %3 case(s)…</source>
        <translation>%1 (%2): дел — %3…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Остановка после текущего документа…</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Written: %n file(s).</source>
        <translation>
            <numerusform>Записан %n файл.</numerusform>
            <numerusform>Записано %n файла.</numerusform>
            <numerusform>Записано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n case(s) with nothing of this kind to print yet (for example, no hearing or no order recorded).</source>
        <translation>
            <numerusform>Пропущено %n дело, по которому такой документ печатать пока нечего (например, не записано заседание или приказ).</numerusform>
            <numerusform>Пропущено %n дела, по которым такой документ печатать пока нечего (например, не записано заседание или приказ).</numerusform>
            <numerusform>Пропущено %n дел, по которым такой документ печатать пока нечего (например, не записано заседание или приказ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n case(s) were not reached.</source>
        <translation>
            <numerusform>Отменено: до %n дела очередь не дошла.</numerusform>
            <numerusform>Отменено: до %n дел очередь не дошла.</numerusform>
            <numerusform>Отменено: до %n дел очередь не дошла.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>Пакетная печать остановлена: %1</translation>
    </message>
</context>
<context>
    <name>BoundsPanel</name>
    <message>
        <source>Penalties the law allows (Art. 44)</source>
        <translation>Взыскания, допускаемые законом (ст. 44)</translation>
    </message>
    <message>
        <source>Shown once the offence and its date are entered.</source>
        <translation>Появится, когда будут введены проступок и его дата.</translation>
    </message>
    <message>
        <source>How the law bounds it</source>
        <translation>Как закон ограничивает выбор</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>допускается</translation>
    </message>
    <message>
        <source>Comparable decided cases: %1; usual range: %2.</source>
        <translation>Сопоставимых решённых дел: %1; обычный диапазон: %2.</translation>
    </message>
    <message>
        <source>Body&apos;s table of penalties (%1): %2.</source>
        <translation>Таблица взысканий органа (%1): %2.</translation>
    </message>
    <message>
        <source>no entry for this offence</source>
        <translation>для этого проступка записи нет</translation>
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
        <source>Case %1 (read only)</source>
        <translation>Дело %1 (только просмотр)</translation>
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
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Penalties in comparable cases (consistency)</source>
        <translation>Взыскания по сопоставимым делам (единообразие)</translation>
    </message>
    <message>
        <source>Penalty and comparable cases</source>
        <translation>Взыскание и сопоставимые дела</translation>
    </message>
    <message>
        <source>Criteria worksheet</source>
        <translation>Лист оценки критериев</translation>
    </message>
    <message>
        <source>Save the case first: the worksheet belongs to it.</source>
        <translation>Сначала сохраните дело: лист оценки относится к нему.</translation>
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
        <source>This case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Add a state body</source>
        <translation>Добавить государственный орган</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Save the case first: its documents belong to it.</source>
        <translation>Сначала сохраните дело: документы относятся к нему.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Save the case first: its procedure belongs to it.</source>
        <translation>Сначала сохраните дело: процедура относится к нему.</translation>
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
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the database passphrase</source>
        <translation>Смена парольной фразы базы данных</translation>
    </message>
    <message>
        <source>The database and its automatic backups are re-encrypted for the new passphrase. Backups copied elsewhere keep the old one. Everyone logs in again afterwards.</source>
        <translation>База данных и её автоматические резервные копии перешифровываются под новую парольную фразу. Копии, сохранённые в другом месте, остаются со старой. После этого все входят в систему заново.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;New passphrase (at least 12 characters)</source>
        <translation>&amp;Новая парольная фраза (не менее 12 символов)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите её</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>This is not the database&apos;s passphrase.</source>
        <translation>Это не парольная фраза базы данных.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль этого не позволяет.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation>Слишком много неверных паролей. Повторите попытку после %1.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>%1, enter your current password, then the new one twice. From now on you log in and unlock the screen with the new password.</source>
        <translation>%1, введите текущий пароль, затем дважды новый. После этого вход в систему и разблокировка экрана — с новым паролем.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>По&amp;вторите новый пароль</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Изменить пароль</translation>
    </message>
</context>
<context>
    <name>ClockReasonDialog</name>
    <message>
        <source>The computer&apos;s clock is behind</source>
        <translation>Часы компьютера отстают</translation>
    </message>
    <message>
        <source>To save this decision anyway, write why (for example, who checked the date). The reason is recorded in the audit trail.</source>
        <translation>Чтобы всё же сохранить это решение, укажите причину (например, кто проверил дату). Причина будет записана в журнал аудита.</translation>
    </message>
    <message>
        <source>Reason for saving with this clock</source>
        <translation>Причина сохранения при таких часах</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translation>Сохранить с этой причиной</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>The computer&apos;s clock (%1) is earlier than the last recorded change (%2). Deadlines are counted from the later date. Set the correct date and time on this computer.</source>
        <translation>Часы компьютера (%1) показывают время раньше последнего записанного изменения (%2). Сроки считаются от более поздней даты. Установите на этом компьютере правильные дату и время.</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <source>Disciplinary commissions</source>
        <translation>Дисциплинарные комиссии</translation>
    </message>
    <message>
        <source>New commission</source>
        <translation>Новая комиссия</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>Bodies it serves (Art. 44 p. 9: one commission may serve several)</source>
        <translation>Обслуживаемые органы (ст. 44 п. 9: одна комиссия может обслуживать несколько органов)</translation>
    </message>
    <message>
        <source>Composition by date</source>
        <translation>Состав по датам</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard the changes to this commission?</source>
        <translation>Отменить изменения в этой комиссии?</translation>
    </message>
    <message>
        <source>Save the commission</source>
        <translation>Сохранить комиссию</translation>
    </message>
    <message>
        <source>Composition from %1</source>
        <translation>Состав с %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Член комиссии № %1</translation>
    </message>
    <message>
        <source>Commission saved.</source>
        <translation>Комиссия сохранена.</translation>
    </message>
</context>
<context>
    <name>ComparablesModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
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
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Взыскание</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
</context>
<context>
    <name>CompositionEditor</name>
    <message>
        <source>New composition from this date</source>
        <translation>Новый состав с этой даты</translation>
    </message>
    <message>
        <source>Starts a new composition on the chosen date, copying the members of the one shown; earlier hearings keep the composition they had.</source>
        <translation>Создаёт новый состав с выбранной даты, копируя членов показанного состава; прежние заседания сохраняют свой состав.</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>The rule pack&apos;s quorum: %1 of the voting members</source>
        <translation>Кворум по набору правил: %1 от числа голосующих членов</translation>
    </message>
    <message>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <source>No composition yet: choose the date it applies from and press “New composition”.</source>
        <translation>Состава пока нет: выберите дату, с которой он действует, и нажмите «Новый состав с этой даты».</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(ещё не сохранён)</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голосует</translation>
    </message>
</context>
<context>
    <name>ConfirmFields</name>
    <message>
        <source>The chair&apos;s login</source>
        <translation>Логин председателя</translation>
    </message>
    <message>
        <source>The chair&apos;s password</source>
        <translation>Пароль председателя</translation>
    </message>
    <message>
        <source>Another user, a commission member or secretary of this body, confirms the decision with their own password. The login is recorded, never the password.</source>
        <translation>Решение подтверждает другой пользователь — член или секретарь комиссии этого органа — своим паролем. Сохраняется логин, пароль — никогда.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Same offence</source>
        <translation>Тот же проступок</translation>
    </message>
    <message>
        <source>Any offence of the same group</source>
        <translation>Любой проступок той же группы</translation>
    </message>
    <message>
        <source>This state body</source>
        <translation>Этот госорган</translation>
    </message>
    <message>
        <source>Any state body</source>
        <translation>Любой госорган</translation>
    </message>
    <message>
        <source>Similar position</source>
        <translation>Схожая должность</translation>
    </message>
    <message>
        <source>The positions share their words: “chief specialist” is similar to “specialist”, not to “leading specialist”.</source>
        <translation>Должности совпадают по словам: «главный специалист» схожа с «специалист», но не с «ведущий специалист».</translation>
    </message>
    <message>
        <source>Period, years</source>
        <translation>Период, лет</translation>
    </message>
    <message>
        <source>Double-click a case to open it read-only.</source>
        <translation>Дважды щёлкните дело, чтобы открыть его для просмотра.</translation>
    </message>
    <message>
        <source>No decided case is comparable under these options. Widen them: any offence of the group, any state body, more years.</source>
        <translation>При этих условиях сопоставимых решённых дел нет. Расширьте их: любой проступок группы, любой госорган, больше лет.</translation>
    </message>
    <message numerus="yes">
        <source>%n comparable decided case(s).</source>
        <translation>
            <numerusform>%n сопоставимое решённое дело.</numerusform>
            <numerusform>%n сопоставимых решённых дела.</numerusform>
            <numerusform>%n сопоставимых решённых дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usual range: %1.</source>
        <translation>Обычный диапазон: %1.</translation>
    </message>
    <message>
        <source>The latest %1 are listed.</source>
        <translation>Показаны последние %1.</translation>
    </message>
    <message>
        <source>The penalty chosen for this case: %1.</source>
        <translation>Взыскание, выбранное по этому делу: %1.</translation>
    </message>
    <message>
        <source>No penalty is chosen for this case yet.</source>
        <translation>По этому делу взыскание ещё не выбрано.</translation>
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
    <name>DemoAccountsDialog</name>
    <message>
        <source>Demo accounts</source>
        <translation>Демо-учётные записи</translation>
    </message>
    <message>
        <source>These accounts were created. Their passwords are shown only now and are not kept anywhere: copy them before you close this window. An administrator can set a new password in Settings → Users…</source>
        <translation>Эти учётные записи созданы. Их пароли показываются только сейчас и нигде не сохраняются: скопируйте их, прежде чем закрыть это окно. Администратор может задать новый пароль в меню Настройки → Пользователи…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Копировать всё</translation>
    </message>
    <message>
        <source>Log out and log in as the &amp;HR officer</source>
        <translation>Выйти и войти как &amp;сотрудник кадровой службы</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>DemoLoadDialog</name>
    <message>
        <source>This database already has cases: demo data is loaded only into an empty database.</source>
        <translation>В этой базе данных уже есть дела: демо-данные загружаются только в пустую базу.</translation>
    </message>
    <message>
        <source>Demo accounts already exist in this database. Load the demo without them, or rename those users in Settings → Users… first.</source>
        <translation>Демо-учётные записи в этой базе данных уже есть. Загрузите демо-данные без них или сначала переименуйте этих пользователей в меню Настройки → Пользователи…</translation>
    </message>
    <message>
        <source>Demo data cannot be loaded here.</source>
        <translation>Сюда нельзя загрузить демо-данные.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>Invented cases, servants and bodies to try Tartip out. Do not do this in a database you will use for real cases.</source>
        <translation>Вымышленные дела, служащие и органы, чтобы опробовать Tartip. Не делайте этого в базе данных, где будут настоящие дела.</translation>
    </message>
    <message>
        <source>Also create &amp;demo accounts</source>
        <translation>Также создать &amp;демо-учётные записи</translation>
    </message>
    <message>
        <source>An HR officer, a commission secretary, a commission member and an auditor, with logins starting “demo.”; each gets a random password shown to you once. Deactivate them in Settings → Users… before real work begins.</source>
        <translation>Сотрудник кадровой службы, секретарь комиссии, член комиссии и аудитор с логинами, начинающимися с «demo.»; каждому назначается случайный пароль, который будет показан вам один раз. Отключите их в меню Настройки → Пользователи… перед началом настоящей работы.</translation>
    </message>
    <message>
        <source>&amp;Number of cases</source>
        <translation>&amp;Количество дел</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Print documents</source>
        <translation>Печать документов</translation>
    </message>
    <message>
        <source>No cases are listed: change the filters.</source>
        <translation>В списке нет дел: измените фильтры.</translation>
    </message>
    <message>
        <source>%1 cases are listed. Print a document for every one of them?</source>
        <translation>Дел в списке: %1. Напечатать документ по каждому из них?</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Оформил</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Commission decision</source>
        <translation>Решение комиссии</translation>
    </message>
    <message>
        <source>Hearing protocol</source>
        <translation>Протокол заседания</translation>
    </message>
    <message>
        <source>Draft order</source>
        <translation>Проект приказа</translation>
    </message>
    <message>
        <source>Request for a written explanation</source>
        <translation>Требование о представлении письменного объяснения</translation>
    </message>
    <message>
        <source>Act of refusal or absence of an explanation</source>
        <translation>Акт об отказе от объяснения или его непредставлении</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Matches the record</source>
        <translation>Соответствует записи</translation>
    </message>
    <message>
        <source>The record has changed since this document was issued</source>
        <translation>Данные изменились после оформления документа</translation>
    </message>
    <message>
        <source>Does not match: the document differs from the registered one</source>
        <translation>Не соответствует: документ отличается от зарегистрированного</translation>
    </message>
    <message>
        <source>Unknown: no such document is registered in this database</source>
        <translation>Неизвестен: такой документ в этой базе данных не зарегистрирован</translation>
    </message>
    <message>
        <source>Unreadable: not a Tartip document, or its verification data is missing</source>
        <translation>Не читается: это не документ Tartip или в нём нет данных для проверки</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>вид документа</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>регистрационный номер</translation>
    </message>
    <message>
        <source>date of the document</source>
        <translation>дата документа</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation>набор правил</translation>
    </message>
    <message>
        <source>offence</source>
        <translation>проступок</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>date of the offence</source>
        <translation>дата совершения проступка</translation>
    </message>
    <message>
        <source>date of discovery</source>
        <translation>дата обнаружения</translation>
    </message>
    <message>
        <source>end of the continuing offence</source>
        <translation>окончание длящегося проступка</translation>
    </message>
    <message>
        <source>date of termination</source>
        <translation>дата прекращения дела</translation>
    </message>
    <message>
        <source>description of the offence</source>
        <translation>описание проступка</translation>
    </message>
    <message>
        <source>source of the report</source>
        <translation>источник сообщения</translation>
    </message>
    <message>
        <source>last permissible day</source>
        <translation>последний допустимый день</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>взыскание</translation>
    </message>
    <message>
        <source>justification of the penalty</source>
        <translation>обоснование взыскания</translation>
    </message>
    <message>
        <source>servant&apos;s name</source>
        <translation>ФИО служащего</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>date of the hearing</source>
        <translation>дата заседания</translation>
    </message>
    <message>
        <source>place of the hearing</source>
        <translation>место заседания</translation>
    </message>
    <message>
        <source>the commission&apos;s decision</source>
        <translation>решение комиссии</translation>
    </message>
    <message>
        <source>proposed penalty</source>
        <translation>предлагаемое взыскание</translation>
    </message>
    <message>
        <source>course of the hearing</source>
        <translation>ход заседания</translation>
    </message>
    <message>
        <source>others present</source>
        <translation>другие присутствовавшие</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>deadline computation</source>
        <translation>расчёт срока</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>объяснение</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>commission&apos;s composition</source>
        <translation>состав комиссии</translation>
    </message>
    <message>
        <source>attendance and votes</source>
        <translation>присутствие и голосование</translation>
    </message>
    <message>
        <source>vote count</source>
        <translation>итоги голосования</translation>
    </message>
    <message>
        <source>criteria worksheet</source>
        <translation>лист оценки критериев</translation>
    </message>
    <message>
        <source>order</source>
        <translation>приказ</translation>
    </message>
    <message>
        <source>The file names a document this database has not registered: it may come from another database.</source>
        <translation>В файле указан документ, не зарегистрированный в этой базе данных: возможно, он из другой базы.</translation>
    </message>
    <message>
        <source>No document with this code is registered in this database.</source>
        <translation>Документ с таким кодом в этой базе данных не зарегистрирован.</translation>
    </message>
    <message>
        <source>This is not a verification code: it has twelve letters and digits in three groups, such as ABCD-EFGH-JKMN.</source>
        <translation>Это не код проверки: код состоит из двенадцати букв и цифр в трёх группах, например ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>The document was registered, but its case has been deleted.</source>
        <translation>Документ был зарегистрирован, но его дело удалено.</translation>
    </message>
    <message>
        <source>The verification code in the file differs from the registered one.</source>
        <translation>Код проверки в файле отличается от зарегистрированного.</translation>
    </message>
    <message>
        <source>The text of the file differs from the registered document.</source>
        <translation>Текст файла отличается от зарегистрированного документа.</translation>
    </message>
    <message>
        <source>No font for Kazakh and Russian text was found, so the document cannot be printed. Install Times New Roman (Windows), or Liberation Serif, PT Serif or DejaVu Serif (Linux), then try again.</source>
        <translation>Не найден шрифт для казахского и русского текста, поэтому документ нельзя напечатать. Установите Times New Roman (Windows) либо Liberation Serif, PT Serif или DejaVu Serif (Linux) и повторите попытку.</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Не удалось напечатать документ.</translation>
    </message>
    <message>
        <source>The disk is full: the file was not written. Free some space and try again.</source>
        <translation>Диск заполнен: файл не записан. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file cannot be written there: permission denied. Choose another folder.</source>
        <translation>Записать файл сюда нельзя: нет прав доступа. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Nothing can be printed for this case yet: record the request for an explanation or a hearing on the Procedure tab first.</source>
        <translation>По этому делу пока нечего печатать: сначала запишите истребование объяснения или заседание на вкладке «Процедура».</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Save as PDF and Print register the document in the body&apos;s journal and give it a number; printing the same content again keeps that number. Preview registers nothing.</source>
        <translation>«Сохранить в PDF» и «Печать» регистрируют документ в журнале органа и присваивают ему номер; при повторной печати того же содержания номер сохраняется. Предпросмотр ничего не регистрирует.</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <source>Documents issued for this case</source>
        <translation>Документы, оформленные по делу</translation>
    </message>
    <message>
        <source>The documents could not be read from the database.</source>
        <translation>Не удалось прочитать документы из базы данных.</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — дело № %2</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Сохранить документ в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Saved as No. %1 (code %2): %3</source>
        <translation>Сохранён под № %1 (код %2): %3</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Issued as No. %1 (code %2) for printing.</source>
        <translation>Оформлен под № %1 (код %2) для печати.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>The document was produced but cannot be shown.</source>
        <translation>Документ сформирован, но его не удаётся показать.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Шифрование базы данных</translation>
    </message>
    <message>
        <source>The database file, its journal and its backups will be encrypted (SQLCipher, AES-256). Tartip will ask for the passphrase at every start, before the login. Without the passphrase nobody can read the data, you included: keep it in a safe place.</source>
        <translation>Файл базы данных, его журнал и резервные копии будут зашифрованы (SQLCipher, AES-256). Tartip будет спрашивать парольную фразу при каждом запуске, до входа в систему. Без парольной фразы данные не сможет прочитать никто, в том числе вы: храните её в надёжном месте.</translation>
    </message>
    <message>
        <source>Not covered: attachments (scans) in the folder beside the database, and PDFs you saved or printed. Keep the computer&apos;s disk encrypted for those.</source>
        <translation>Не шифруются: вложения (сканы) в папке рядом с базой данных и сохранённые или напечатанные PDF. Для них держите диск компьютера зашифрованным.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (at least 12 characters)</source>
        <translation>&amp;Парольная фраза (не менее 12 символов)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите её</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n unencrypted backup(s) (a new encrypted one is made first)</source>
        <translation>
            <numerusform>Удалить %n незашифрованную резервную копию (сначала создаётся новая зашифрованная)</numerusform>
            <numerusform>Удалить %n незашифрованные резервные копии (сначала создаётся новая зашифрованная)</numerusform>
            <numerusform>Удалить %n незашифрованных резервных копий (сначала создаётся новая зашифрованная)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль этого не позволяет.</translation>
    </message>
</context>
<context>
    <name>ExplanationSection</name>
    <message>
        <source>Who signed the act: name and position, one per line</source>
        <translation>Кто подписал акт: ФИО и должность, по одному на строку</translation>
    </message>
    <message>
        <source>No scan attached.</source>
        <translation>Скан-копия не приложена.</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Приложить скан-копию…</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Сохранить объяснение</translation>
    </message>
    <message>
        <source>Due by %1 (Labour Code Art. 65)</source>
        <translation>Представить до %1 (ст. 65 ТК РК)</translation>
    </message>
    <message>
        <source>The wait for the explanation ended on %1 and nothing is recorded: record the explanation, or draw up an act of its absence.</source>
        <translation>Срок ожидания объяснения истёк %1, но ничего не записано: запишите объяснение или составьте акт о его непредставлении.</translation>
    </message>
    <message>
        <source>Explanation saved.</source>
        <translation>Объяснение сохранено.</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>Приложить скан-копию</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)</source>
        <translation>Скан-копии и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)</translation>
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
    <name>FirstAdminDialog</name>
    <message>
        <source>Tartip — first start</source>
        <translation>Tartip — первый запуск</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator: they add the other users and give them their roles. Keep the password safe; nobody can recover it.</source>
        <translation>В этой базе данных пока нет пользователей. Создайте администратора: он добавляет остальных пользователей и назначает им роли. Храните пароль надёжно: восстановить его никто не сможет.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Создать и войти</translation>
    </message>
</context>
<context>
    <name>FirstRunCommands</name>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
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
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
</context>
<context>
    <name>GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>Add users…</source>
        <translation>Добавить пользователей…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Загрузить демо-данные…</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Скрыть уведомление</translation>
    </message>
    <message>
        <source>You are the administrator: you manage users, settings and backups, and by design you do not see disciplinary cases. Add the people who will work with cases: HR officers, the commission&apos;s secretary and members, an auditor.</source>
        <translation>Вы — администратор: вы управляете пользователями, настройками и резервными копиями, а дисциплинарных дел намеренно не видите. Добавьте тех, кто будет работать с делами: сотрудников кадровой службы, секретаря и членов комиссии, аудитора.</translation>
    </message>
    <message>
        <source>To try Tartip first, load demo data with demo accounts and log in as the demo HR officer.</source>
        <translation>Чтобы сначала опробовать Tartip, загрузите демо-данные с демо-учётными записями и войдите как демо-сотрудник кадровой службы.</translation>
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
    <name>HearingDialog</name>
    <message>
        <source>New hearing</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>The servant, their representative, witnesses: one per line</source>
        <translation>Служащий, его представитель, свидетели: по одному на строку</translation>
    </message>
    <message>
        <source>Tick who attended and who stood aside; double-click a vote, a reason or an opinion to change it. Only members present and not recused vote.</source>
        <translation>Отметьте присутствующих и заявивших самоотвод; чтобы изменить голос, основание или мнение, дважды щёлкните по нему. Голосуют только присутствующие члены, не заявившие самоотвод.</translation>
    </message>
    <message>
        <source>Choose a penalty…</source>
        <translation>Выберите взыскание…</translation>
    </message>
    <message>
        <source>The course of the hearing, for the protocol</source>
        <translation>Ход заседания — для протокола</translation>
    </message>
    <message>
        <source>Save the hearing</source>
        <translation>Сохранить заседание</translation>
    </message>
    <message>
        <source>Attendance and votes</source>
        <translation>Присутствие и голосование</translation>
    </message>
    <message>
        <source>A penalty is proposed only when the outcome imposes one.</source>
        <translation>Взыскание предлагается, только если решено его наложить.</translation>
    </message>
    <message>
        <source>The quorum is not met: the commission could not decide. Record the hearing as it went anyway?</source>
        <translation>Кворума нет: комиссия не могла принять решение. Всё равно записать заседание так, как оно прошло?</translation>
    </message>
    <message>
        <source>The proposal was not adopted: too few members voted for it. Record the hearing as it went anyway?</source>
        <translation>Предложение не принято: за него проголосовало недостаточно членов. Всё равно записать заседание так, как оно прошло?</translation>
    </message>
</context>
<context>
    <name>HearingListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Quorum and vote</source>
        <translation>Кворум и голосование</translation>
    </message>
    <message>
        <source>Proposed penalty</source>
        <translation>Предлагаемое взыскание</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>кворум есть</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>кворума нет</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>%1 of %2 present, %3; %4–%5–%6, %7</source>
        <translation>присутствуют %1 из %2, %3; %4–%5–%6, %7</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Tartip is locked</source>
        <translation>Tartip заблокирован</translation>
    </message>
    <message>
        <source>You locked the screen. %1, enter your password to continue where you left off.</source>
        <translation>Вы заблокировали экран. %1, введите пароль, чтобы продолжить работу с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>The screen was locked after a time without use. %1, enter your password to continue where you left off.</source>
        <translation>Экран заблокирован после периода бездействия. %1, введите пароль, чтобы продолжить работу с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed attempts. Logging in is locked until %1.</source>
        <translation>Слишком много неудачных попыток. Вход заблокирован до %1.</translation>
    </message>
    <message>
        <source>Tartip — log in</source>
        <translation>Tartip — вход</translation>
    </message>
    <message>
        <source>Log in with the login and password your administrator gave you.</source>
        <translation>Войдите с логином и паролем, которые выдал вам администратор.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
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
        <source>&amp;Print documents for the listed cases…</source>
        <translation>&amp;Печать документов по делам списка…</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Проверить &amp;документ…</translation>
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
        <source>Table of &amp;penalties…</source>
        <translation>Таблица &amp;взысканий…</translation>
    </message>
    <message>
        <source>Disciplinary co&amp;mmissions…</source>
        <translation>Дисциплинарные ко&amp;миссии…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал аудита…</translation>
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
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
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
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The password is too short: at least {min} characters.</source>
        <translation>Пароль слишком короткий: не менее {min} символов.</translation>
    </message>
    <message>
        <source>The password is too long: at most {max} characters.</source>
        <translation>Пароль слишком длинный: не более {max} символов.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>The login is too long: at most {max} characters.</source>
        <translation>Логин слишком длинный: не более {max} символов.</translation>
    </message>
    <message>
        <source>A login has no spaces or invisible characters.</source>
        <translation>Логин не может содержать пробелы или невидимые символы.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>ФИО слишком длинное: не более {max} символов.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Выберите роль из списка.</translation>
    </message>
    <message>
        <source>The administrator already exists; log in instead.</source>
        <translation>Администратор уже создан; выполните вход.</translation>
    </message>
    <message>
        <source>The last active administrator cannot lose the role or be deactivated.</source>
        <translation>Последнего активного администратора нельзя лишить роли или отключить.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль не позволяет этого.</translation>
    </message>
    <message>
        <source>A decision out of time needs the commission chair&apos;s confirmation: enter the chair&apos;s login and password.</source>
        <translation>Решение вне срока требует подтверждения председателя комиссии: введите логин и пароль председателя.</translation>
    </message>
    <message>
        <source>Wrong login or password of the confirming user.</source>
        <translation>Неверный логин или пароль подтверждающего пользователя.</translation>
    </message>
    <message>
        <source>You cannot confirm your own decision: another user must confirm it.</source>
        <translation>Нельзя подтвердить собственное решение: его должен подтвердить другой пользователь.</translation>
    </message>
    <message>
        <source>This user cannot confirm it: a commission member or secretary of the case&apos;s body confirms.</source>
        <translation>Этот пользователь не может подтвердить: подтверждает член или секретарь комиссии органа, к которому относится дело.</translation>
    </message>
    <message>
        <source>At least {min} characters; a few words make a good password.</source>
        <translation>Не менее {min} символов; несколько слов — хороший пароль.</translation>
    </message>
    <message>
        <source>Weak: make it longer.</source>
        <translation>Слабый: сделайте его длиннее.</translation>
    </message>
    <message>
        <source>Fair: a longer one or more kinds of characters is better.</source>
        <translation>Средний: лучше длиннее или с символами разных видов.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
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
        <source>You work with the cases of your own state body only.</source>
        <translation>Вы работаете только с делами своего государственного органа.</translation>
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
        <source>The computer&apos;s clock is earlier than the last recorded change: saving this decision needs a written reason.</source>
        <translation>Часы компьютера показывают время раньше последнего записанного изменения: для сохранения этого решения нужна письменная причина.</translation>
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
        <source>This penalty ({penalty}) is not in the rule pack; choose one from the list.</source>
        <translation>Такого взыскания ({penalty}) нет в наборе правил; выберите из списка.</translation>
    </message>
    <message>
        <source>A case decided without a penalty has none: clear the penalty or change the status.</source>
        <translation>У дела, решённого без взыскания, взыскания нет: уберите взыскание или измените статус.</translation>
    </message>
    <message>
        <source>The law does not allow {penalty} here: only {allowed} ({rule}).</source>
        <translation>Закон не допускает здесь взыскание «{penalty}»: только {allowed} ({rule}).</translation>
    </message>
    <message>
        <source>The law does not allow {penalty} here: this is a repeat offence within the repeat window, so only {allowed} ({rule}).</source>
        <translation>Закон не допускает здесь взыскание «{penalty}»: проступок повторный в пределах срока повторности, поэтому только {allowed} ({rule}).</translation>
    </message>
    <message>
        <source>{penalty} lies outside the range of comparable cases and of the body&apos;s table of penalties ({least} to {most}): explain the choice in writing.</source>
        <translation>Взыскание «{penalty}» вне диапазона сопоставимых дел и таблицы взысканий органа (от «{least}» до «{most}»): обоснуйте выбор письменно.</translation>
    </message>
    <message>
        <source>Only an imposed penalty can be lifted early: choose the penalty first.</source>
        <translation>Досрочно снять можно только наложенное взыскание: сначала выберите взыскание.</translation>
    </message>
    <message>
        <source>A penalty cannot be lifted before it was imposed ({decided_on}).</source>
        <translation>Взыскание нельзя снять раньше, чем оно наложено ({decided_on}).</translation>
    </message>
    <message>
        <source>Choose an offence from the list to see the penalties the law allows.</source>
        <translation>Выберите проступок из списка, чтобы увидеть допускаемые законом взыскания.</translation>
    </message>
    <message>
        <source>This offence was repealed by {repealed_by}: no penalty can be chosen for it.</source>
        <translation>Этот проступок исключён ({repealed_by}): взыскание за него выбрать нельзя.</translation>
    </message>
    <message>
        <source>This proposed offence is switched off (Settings menu): no penalty can be chosen for it.</source>
        <translation>Этот предлагаемый проступок отключён (меню «Настройки»): взыскание за него выбрать нельзя.</translation>
    </message>
    <message>
        <source>An earlier penalty of the servant ({penalty}) is not in the rule pack.</source>
        <translation>Прежнего взыскания служащего ({penalty}) нет в наборе правил.</translation>
    </message>
    <message>
        <source>The offence of an earlier penalty ({offence}) is not in the rule pack.</source>
        <translation>Проступка, за который наложено прежнее взыскание ({offence}), нет в наборе правил.</translation>
    </message>
    <message>
        <source>An earlier penalty cannot have been lifted ({lifted_on}) before it was imposed ({imposed_on}).</source>
        <translation>Прежнее взыскание не могло быть снято ({lifted_on}) раньше, чем наложено ({imposed_on}).</translation>
    </message>
    <message>
        <source>“{criterion}” is not a criterion of the rule pack.</source>
        <translation>«{criterion}» — не критерий набора правил.</translation>
    </message>
    <message>
        <source>Rated {rating}: write down why in the note.</source>
        <translation>Оценка «{rating}»: запишите в примечании почему.</translation>
    </message>
    <message>
        <source>“{criterion}” is rated twice; keep one rating.</source>
        <translation>«{criterion}» оценён дважды; оставьте одну оценку.</translation>
    </message>
    <message>
        <source>Unknown rating ({rating}): choose aggravating, neutral, mitigating or not applicable.</source>
        <translation>Неизвестная оценка ({rating}): выберите «отягчающее», «нейтральное», «смягчающее» или «неприменимо».</translation>
    </message>
    <message>
        <source>Choose the occurrence: from 1 to {max} (the last one counts every later).</source>
        <translation>Выберите повторность: от 1 до {max} (последняя включает все следующие).</translation>
    </message>
    <message>
        <source>The range is reversed: {min_penalty} is more severe than {max_penalty}.</source>
        <translation>Диапазон перевёрнут: «{min_penalty}» строже, чем «{max_penalty}».</translation>
    </message>
    <message>
        <source>Another entry already has this offence, occurrence and start date; remove it first.</source>
        <translation>Уже есть запись с этим проступком, повторностью и датой начала; сначала удалите её.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {min} characters.</source>
        <translation>Парольная фраза слишком короткая: не менее {min} символов.</translation>
    </message>
    <message>
        <source>The passphrase is too long: at most {max} characters.</source>
        <translation>Парольная фраза слишком длинная: не более {max} символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
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
        <source>Penalty</source>
        <translation>Взыскание</translation>
    </message>
    <message>
        <source>Lifted early on</source>
        <translation>Досрочно снято</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>A vacant lower post exists</source>
        <translation>Есть вакантная нижестоящая должность</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Повторность</translation>
    </message>
    <message>
        <source>Mildest penalty</source>
        <translation>Самое мягкое взыскание</translation>
    </message>
    <message>
        <source>Most severe penalty</source>
        <translation>Самое строгое взыскание</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Действует с</translation>
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
        <source>Database on a network share</source>
        <translation>База данных в сетевой папке</translation>
    </message>
    <message>
        <source>Incomplete database file</source>
        <translation>Неполный файл базы данных</translation>
    </message>
    <message>
        <source>Another program&apos;s file</source>
        <translation>Файл другой программы</translation>
    </message>
    <message>
        <source>Database content altered</source>
        <translation>Содержимое базы данных изменено</translation>
    </message>
    <message>
        <source>Cannot write to the database</source>
        <translation>Не удаётся записать в базу данных</translation>
    </message>
    <message>
        <source>Database is encrypted</source>
        <translation>База данных зашифрована</translation>
    </message>
    <message>
        <source>Wrong database passphrase</source>
        <translation>Неверная парольная фраза базы данных</translation>
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
    <message>
        <source>The database file is on a network share, where SQLite can lose or damage data. Move it to a local disk, or let several users work in the server mode (PostgreSQL).</source>
        <translation>Файл базы данных находится в сетевой папке, где SQLite может потерять или повредить данные. Перенесите его на локальный диск или организуйте работу нескольких пользователей в серверном режиме (PostgreSQL).</translation>
    </message>
    <message>
        <source>The file is shorter than a complete database: the copy or download was interrupted. Nothing was changed. Choose a complete backup.</source>
        <translation>Файл короче полной базы данных: копирование или загрузка были прерваны. Ничего не изменено. Выберите полную резервную копию.</translation>
    </message>
    <message>
        <source>This is a database of another program, not of Tartip. Nothing was changed.</source>
        <translation>Это база данных другой программы, а не Tartip. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The file&apos;s structure is sound, but its recorded history does not verify: records were changed outside Tartip. Nothing was changed; tell your administrator.</source>
        <translation>Структура файла в порядке, но записанная история не проходит проверку: записи были изменены вне Tartip (несанкционированно). Ничего не изменено; сообщите администратору.</translation>
    </message>
    <message>
        <source>The system refused to write the database file (a file size limit of the drive, or a failing device). Nothing was saved; what you typed is kept. Move the database to a local disk and try again.</source>
        <translation>Система отказала в записи файла базы данных (ограничение размера файла на диске или неисправность устройства). Ничего не сохранено; введённые данные остались в форме. Перенесите базу данных на локальный диск и повторите попытку.</translation>
    </message>
    <message>
        <source>The database is encrypted. Enter its passphrase (on the command line: set TARTIP_DB_PASSPHRASE or run it in a terminal, which asks for it).</source>
        <translation>База данных зашифрована. Введите её парольную фразу (в командной строке: задайте TARTIP_DB_PASSPHRASE или запустите команду в терминале, который её спросит).</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the database. Check the keyboard layout and Caps Lock and try again. Nothing was changed.</source>
        <translation>Эта парольная фраза не открывает базу данных. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n проблема:</numerusform>
            <numerusform>%n проблемы:</numerusform>
            <numerusform>%n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is on a removable drive. Removing the drive while Tartip runs can damage it. Open it anyway?</source>
        <translation>База данных находится на съёмном диске. Если извлечь диск во время работы Tartip, база может быть повреждена. Всё равно открыть?</translation>
    </message>
    <message>
        <source>The database is in a folder a cloud service synchronises. The service can upload a half-written file or put an old copy back over it. Open it anyway?</source>
        <translation>База данных находится в папке, которую синхронизирует облачный сервис. Сервис может выгрузить не до конца записанный файл или вернуть поверх него старую копию. Всё равно открыть?</translation>
    </message>
    <message>
        <source>The case is annulled (entered in error): its procedure cannot change.</source>
        <translation>Дело аннулировано (внесено ошибочно): его процедуру изменить нельзя.</translation>
    </message>
    <message>
        <source>Not expected for the chosen outcome: leave it empty.</source>
        <translation>Для выбранного результата не заполняется: оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The explanation cannot be requested before the offence was discovered ({date}).</source>
        <translation>Объяснение не может быть истребовано раньше обнаружения проступка ({date}).</translation>
    </message>
    <message>
        <source>The explanation cannot arrive before it was requested ({date}).</source>
        <translation>Объяснение не может поступить раньше, чем оно истребовано ({date}).</translation>
    </message>
    <message>
        <source>Type the explanation&apos;s text or attach its scan.</source>
        <translation>Введите текст объяснения или приложите его скан-копию.</translation>
    </message>
    <message>
        <source>An act of absence is drawn up only after the wait ended ({due_on}): date it later.</source>
        <translation>Акт о непредставлении составляется только после истечения срока ожидания ({due_on}): укажите более позднюю дату.</translation>
    </message>
    <message>
        <source>The act cannot come before the explanation was requested ({date}).</source>
        <translation>Акт не может быть составлен раньше истребования объяснения ({date}).</translation>
    </message>
    <message>
        <source>Tick at least one state body the commission serves.</source>
        <translation>Отметьте хотя бы один государственный орган, который обслуживает комиссия.</translation>
    </message>
    <message>
        <source>A composition has exactly one chair (now {count}).</source>
        <translation>В составе должен быть ровно один председатель (сейчас {count}).</translation>
    </message>
    <message>
        <source>A composition has at most one secretary (now {count}).</source>
        <translation>В составе может быть не более одного секретаря (сейчас {count}).</translation>
    </message>
    <message>
        <source>At least {min} members must vote (now {count}).</source>
        <translation>Право голоса должны иметь не менее {min} членов (сейчас {count}).</translation>
    </message>
    <message>
        <source>This person is already in the composition.</source>
        <translation>Этот человек уже включён в состав.</translation>
    </message>
    <message>
        <source>The quorum {quorum} is not a fraction from 1/n up to 1 (such as 2/3).</source>
        <translation>Кворум {quorum} не является дробью от 1/n до 1 (например, 2/3).</translation>
    </message>
    <message>
        <source>Another composition already starts on {valid_from}; choose another date.</source>
        <translation>С {valid_from} уже действует другой состав; выберите другую дату.</translation>
    </message>
    <message>
        <source>This commission is no longer in the database.</source>
        <translation>Этой комиссии больше нет в базе данных.</translation>
    </message>
    <message>
        <source>This commission does not serve the case&apos;s state body.</source>
        <translation>Эта комиссия не обслуживает государственный орган по делу.</translation>
    </message>
    <message>
        <source>The commission has no composition in force on {held_on}: add one from that date (Settings → Disciplinary commissions).</source>
        <translation>У комиссии нет состава, действующего на {held_on}: добавьте состав с этой даты (Настройки → Дисциплинарные комиссии).</translation>
    </message>
    <message>
        <source>The members listed differ from the composition in force on the day (missing: {missing}; not in it: {extra}).</source>
        <translation>Указанные члены не совпадают с составом, действующим на эту дату (отсутствуют: {missing}; не входят в состав: {extra}).</translation>
    </message>
    <message>
        <source>Only a voting member who is present and not recused votes.</source>
        <translation>Голосует только присутствующий член с правом голоса, не заявивший самоотвод.</translation>
    </message>
    <message>
        <source>Record this member&apos;s vote: for, against or abstained.</source>
        <translation>Укажите голос этого члена: за, против или воздержался.</translation>
    </message>
    <message>
        <source>Give the reason for the recusal (a party to the case or a relative).</source>
        <translation>Укажите основание самоотвода (сторона по делу или родственник).</translation>
    </message>
    <message>
        <source>A dissenting opinion comes only from a member who voted against or abstained.</source>
        <translation>Особое мнение может выразить только член, голосовавший против или воздержавшийся.</translation>
    </message>
    <message>
        <source>The law does not allow {penalty} here: only {allowed}.</source>
        <translation>Закон не допускает здесь взыскание «{penalty}»: только {allowed}.</translation>
    </message>
    <message>
        <source>A penalty is proposed only when the outcome is to impose one.</source>
        <translation>Взыскание предлагается, только если решено его наложить.</translation>
    </message>
    <message>
        <source>The hearing cannot be before the offence was discovered ({date}).</source>
        <translation>Заседание не может состояться раньше обнаружения проступка ({date}).</translation>
    </message>
    <message>
        <source>An order imposes a penalty or none; an additional investigation is not an order on the penalty.</source>
        <translation>Приказ либо налагает взыскание, либо нет; направление на дополнительное расследование — не приказ о взыскании.</translation>
    </message>
    <message>
        <source>The order cannot be signed before the hearing that adopted it ({date}).</source>
        <translation>Приказ не может быть подписан раньше заседания, на котором принято решение ({date}).</translation>
    </message>
    <message>
        <source>An order imposing no penalty names none: clear the penalty.</source>
        <translation>В приказе без взыскания взыскание не указывается: уберите его.</translation>
    </message>
    <message>
        <source>The servant either signed the order or refused to: enter one of the two dates.</source>
        <translation>Служащий либо ознакомился с приказом под роспись, либо отказался: укажите одну из двух дат.</translation>
    </message>
    <message>
        <source>This cannot come before the order was signed ({date}).</source>
        <translation>Эта дата не может быть раньше подписания приказа ({date}).</translation>
    </message>
    <message>
        <source>A penalty can be lifted only after the order was signed ({date}).</source>
        <translation>Взыскание можно снять только после подписания приказа ({date}).</translation>
    </message>
    <message>
        <source>Only an imposed penalty can be lifted early.</source>
        <translation>Досрочно снять можно только наложенное взыскание.</translation>
    </message>
    <message>
        <source>Record the order first: an appeal is against the order.</source>
        <translation>Сначала запишите приказ: обжалуется именно приказ.</translation>
    </message>
    <message>
        <source>An appeal cannot be filed before the order was signed ({date}).</source>
        <translation>Жалоба не может быть подана раньше подписания приказа ({date}).</translation>
    </message>
    <message>
        <source>An appeal cannot be decided before it was filed ({date}).</source>
        <translation>Решение по жалобе не может быть принято раньше её подачи ({date}).</translation>
    </message>
    <message>
        <source>This document cannot be printed yet: the procedure has not reached it.</source>
        <translation>Этот документ пока нельзя напечатать: процедура до него ещё не дошла.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s language: Kazakh, Russian or both.</source>
        <translation>Выберите язык документа: казахский, русский или оба.</translation>
    </message>
    <message>
        <source>Printing is not available in this installation of Tartip.</source>
        <translation>В этой установке Tartip печать недоступна.</translation>
    </message>
    <message>
        <source>The file is too large ({size}): at most {max}.</source>
        <translation>Файл слишком большой ({size}): не более {max}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted; attach a PDF, PNG, JPEG, TIFF or text file.</source>
        <translation>Файлы этого типа не принимаются; приложите файл PDF, PNG, JPEG, TIFF или текстовый файл.</translation>
    </message>
    <message>
        <source>The file&apos;s name ends in {extension} but its content is {detected}: rename or convert it.</source>
        <translation>Имя файла оканчивается на {extension}, но по содержимому это {detected}: переименуйте или преобразуйте файл.</translation>
    </message>
    <message>
        <source>This attachment is not one of the case&apos;s files.</source>
        <translation>Это вложение не относится к файлам дела.</translation>
    </message>
    <message>
        <source>No folder for attachments is set up for this database.</source>
        <translation>Для этой базы данных не настроена папка вложений.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Confirmed by (commission chair)</source>
        <translation>Подтверждает (председатель комиссии)</translation>
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
        <source>Bodies served</source>
        <translation>Обслуживаемые органы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Explanation requested on</source>
        <translation>Дата истребования объяснения</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Text of the explanation</source>
        <translation>Текст объяснения</translation>
    </message>
    <message>
        <source>Wording of the act</source>
        <translation>Текст акта</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Act drawn up on</source>
        <translation>Дата составления акта</translation>
    </message>
    <message>
        <source>Witnesses of the act</source>
        <translation>Подписавшие акт</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан-копия</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <source>The commission&apos;s recommendation</source>
        <translation>Рекомендация комиссии</translation>
    </message>
    <message>
        <source>Proposed penalty</source>
        <translation>Предлагаемое взыскание</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ход заседания</translation>
    </message>
    <message>
        <source>Signed by (full name)</source>
        <translation>Подписал (ФИО)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписавшего</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Servant signed on</source>
        <translation>Дата ознакомления служащего</translation>
    </message>
    <message>
        <source>Refused to sign on (act)</source>
        <translation>Дата отказа от подписи (акт)</translation>
    </message>
    <message>
        <source>Witnesses of the refusal</source>
        <translation>Свидетели отказа</translation>
    </message>
    <message>
        <source>Appealed to</source>
        <translation>Куда подана жалоба</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries, the last is No. {head}.</source>
        <translation>Журнал аудита цел: записей — {count}, последняя — № {head}.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} was changed after it was written.</source>
        <translation>Запись журнала аудита № {seq} изменена после её внесения.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} is missing (deleted).</source>
        <translation>Запись журнала аудита № {seq} отсутствует (удалена).</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} does not follow the one before it (moved or replaced).</source>
        <translation>Запись журнала аудита № {seq} не продолжает предыдущую (перемещена или заменена).</translation>
    </message>
    <message>
        <source>The audit trail ends before entry No. {seq}, which was already verified: entries at its end were removed.</source>
        <translation>Журнал аудита заканчивается раньше уже проверенной записи № {seq}: записи в его конце удалены.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} differs from the one verified earlier: rewritten.</source>
        <translation>Запись журнала аудита № {seq} отличается от проверенной ранее: она перезаписана.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} was recomputed without this installation&apos;s key.</source>
        <translation>Запись журнала аудита № {seq} пересчитана без ключа этой установки.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} was signed with a key this computer does not hold; it cannot be checked here.</source>
        <translation>Запись журнала аудита № {seq} подписана ключом, которого нет на этом компьютере; проверить её здесь нельзя.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is behind the last audit entry; check the date and time. The change was recorded in the audit trail.</source>
        <translation>Часы компьютера отстают от времени последней записи журнала аудита; проверьте дату и время. Это изменение записано в журнал аудита.</translation>
    </message>
    <message>
        <source>The export could not be written: {error}</source>
        <translation>Не удалось записать экспорт: {error}</translation>
    </message>
    <message>
        <source>The audit trail ends before entry No. {pin}, recorded in the audit checkpoint of {at}: it was truncated below the checkpoint (entries from No. {seq} were removed).</source>
        <translation>Журнал аудита заканчивается раньше записи № {pin}, зафиксированной в контрольной точке аудита от {at}: журнал обрезан ниже контрольной точки (удалены записи начиная с № {seq}).</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} differs from the audit checkpoint of {at}: the history was rewritten.</source>
        <translation>Запись журнала аудита № {seq} отличается от контрольной точки аудита от {at}: история перезаписана.</translation>
    </message>
    <message>
        <source>The copy of the last exported audit checkpoint kept on this computer was altered or damaged (its signature does not match). Verify the trail against the exported file.</source>
        <translation>Копия последней экспортированной контрольной точки аудита на этом компьютере изменена или повреждена (подпись не совпадает). Проверьте журнал по экспортированному файлу.</translation>
    </message>
    <message>
        <source>The audit trail contains the checkpoint of {at} (entry No. {seq}) unchanged; the checkpoint&apos;s signature is valid. The trail now has {count} entries.</source>
        <translation>Журнал аудита содержит контрольную точку от {at} (запись № {seq}) без изменений; подпись контрольной точки верна. Сейчас в журнале записей: {count}.</translation>
    </message>
    <message>
        <source>The audit trail contains the checkpoint of {at} (entry No. {seq}) unchanged. The checkpoint is unsigned: it is only as trustworthy as the place it was kept.</source>
        <translation>Журнал аудита содержит контрольную точку от {at} (запись № {seq}) без изменений. Контрольная точка не подписана: доверять ей можно настолько, насколько надёжно место, где она хранилась.</translation>
    </message>
    <message>
        <source>The checkpoint file was altered: its signature does not match. It cannot vouch for the audit trail.</source>
        <translation>Файл контрольной точки изменён: подпись не совпадает. Он не может подтвердить журнал аудита.</translation>
    </message>
    <message>
        <source>The checkpoint is not signed, while this installation signs its checkpoints: it may be forged. It cannot vouch for the audit trail.</source>
        <translation>Контрольная точка не подписана, хотя эта установка подписывает свои контрольные точки: она может быть подделана. Она не может подтвердить журнал аудита.</translation>
    </message>
    <message>
        <source>The checkpoint was signed with a key this computer does not hold; it cannot be checked here.</source>
        <translation>Контрольная точка подписана ключом, которого нет на этом компьютере; проверить её здесь нельзя.</translation>
    </message>
    <message>
        <source>The checkpoint was made for the database {name}, whose trail began differently: if it is another database&apos;s checkpoint, choose this database&apos;s one.</source>
        <translation>Контрольная точка сделана для базы данных {name}, журнал которой начинался иначе: если это контрольная точка другой базы, выберите контрольную точку этой базы.</translation>
    </message>
    <message>
        <source>Checkpoint of entry No. {seq} written to {file}. Keep it away from this computer: on removable media or at the regional office.</source>
        <translation>Контрольная точка записи № {seq} записана в {file}. Храните её не на этом компьютере: на съёмном носителе или в региональном офисе.</translation>
    </message>
    <message>
        <source>No checkpoint was written: the audit trail does not verify.</source>
        <translation>Контрольная точка не записана: журнал аудита не проходит проверку.</translation>
    </message>
    <message>
        <source>The checkpoint could not be written: {error}</source>
        <translation>Не удалось записать контрольную точку: {error}</translation>
    </message>
    <message>
        <source>The checkpoint file could not be read: {error}</source>
        <translation>Не удалось прочитать файл контрольной точки: {error}</translation>
    </message>
    <message>
        <source>This file is not an audit checkpoint (it is not JSON text).</source>
        <translation>Этот файл не является контрольной точкой аудита (это не текст JSON).</translation>
    </message>
    <message>
        <source>This file is not a Tartip audit checkpoint.</source>
        <translation>Этот файл не является контрольной точкой аудита Tartip.</translation>
    </message>
    <message>
        <source>This file is too large to be an audit checkpoint.</source>
        <translation>Этот файл слишком велик для контрольной точки аудита.</translation>
    </message>
    <message>
        <source>This audit checkpoint was written by a newer version of Tartip (format {version}).</source>
        <translation>Эта контрольная точка аудита записана более новой версией Tartip (формат {version}).</translation>
    </message>
    <message>
        <source>The audit checkpoint is damaged: its field &quot;{field}&quot; is invalid.</source>
        <translation>Контрольная точка аудита повреждена: поле «{field}» недопустимо.</translation>
    </message>
</context>
<context>
    <name>OrderSection</name>
    <message>
        <source>The written reason for signing the order on this day</source>
        <translation>Письменное обоснование подписания приказа в этот день</translation>
    </message>
    <message>
        <source>Who signed the act of refusal, one per line</source>
        <translation>Кто подписал акт об отказе, по одному на строку</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Announcement to the servant</source>
        <translation>Объявление служащему</translation>
    </message>
    <message>
        <source>The penalty&apos;s lifetime</source>
        <translation>Срок действия взыскания</translation>
    </message>
    <message>
        <source>Save the order</source>
        <translation>Сохранить приказ</translation>
    </message>
    <message>
        <source>Choose a penalty…</source>
        <translation>Выберите взыскание…</translation>
    </message>
    <message>
        <source>In force through %1 unless lifted earlier (Labour Code Art. 66).</source>
        <translation>Действует по %1 включительно, если не будет снято досрочно (ст. 66 ТК РК).</translation>
    </message>
    <message>
        <source>No penalty was imposed.</source>
        <translation>Взыскание не наложено.</translation>
    </message>
    <message>
        <source>Shown once the order is saved.</source>
        <translation>Появится после сохранения приказа.</translation>
    </message>
    <message>
        <source>announced late: it was due by %1</source>
        <translation>объявлен с опозданием: срок — до %1</translation>
    </message>
    <message>
        <source>not announced yet: it was due by %1</source>
        <translation>ещё не объявлен: срок — до %1</translation>
    </message>
    <message>
        <source>due by %1 (Labour Code Art. 65)</source>
        <translation>объявить до %1 (ст. 65 ТК РК)</translation>
    </message>
    <message>
        <source>Order saved; the case is decided.</source>
        <translation>Приказ сохранён; дело решено.</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>По&amp;втор пароля</translation>
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
    <name>Penalties</name>
    <message>
        <source>the source article&apos;s proposal, not law</source>
        <translation>предложение статьи-источника, не закон</translation>
    </message>
    <message>
        <source>any penalty</source>
        <translation>любое взыскание</translation>
    </message>
    <message>
        <source>Aggravating</source>
        <translation>Отягчающее</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральное</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>Смягчающее</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>правило %1</translation>
    </message>
    <message>
        <source>the general rules</source>
        <translation>общие правила</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>1st offence</source>
        <translation>1-й проступок</translation>
    </message>
    <message>
        <source>2nd offence</source>
        <translation>2-й проступок</translation>
    </message>
    <message>
        <source>3rd and later</source>
        <translation>3-й и последующие</translation>
    </message>
    <message>
        <source>more severe than</source>
        <translation>строже</translation>
    </message>
    <message>
        <source>milder than</source>
        <translation>мягче</translation>
    </message>
    <message>
        <source>(the note is still to be written)</source>
        <translation>(примечание ещё не написано)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n балл</numerusform>
            <numerusform>%n балла</numerusform>
            <numerusform>%n баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>The offence under {offence_article} falls under {rule}: {penalties}.</source>
        <translation>Проступок по {offence_article} подпадает под {rule}: {penalties}.</translation>
    </message>
    <message>
        <source>The offence under {offence_article} falls under {rule}: {first}; when that is not possible, {then}.</source>
        <translation>Проступок по {offence_article} подпадает под {rule}: {first}; если это невозможно — {then}.</translation>
    </message>
    <message>
        <source>The offence under {offence_article} has no penalty rule of its own: any penalty of the list may be imposed ({penalties}).</source>
        <translation>У проступка по {offence_article} нет своего правила выбора взыскания: может быть наложено любое взыскание из перечня ({penalties}).</translation>
    </message>
    <message>
        <source>This offence is the source article&apos;s proposal, not law; it is used because the setting “{switch}” is on.</source>
        <translation>Этот проступок — предложение статьи-источника, а не закон; он используется, потому что включена настройка «{switch}».</translation>
    </message>
    <message>
        <source>There is no vacant lower post: {penalty} is not possible.</source>
        <translation>Нет вакантной нижестоящей должности: {penalty} невозможно.</translation>
    </message>
    <message>
        <source>The servant holds an elected post: {penalty} is not possible.</source>
        <translation>Служащий занимает выборную должность: {penalty} невозможно.</translation>
    </message>
    <message>
        <source>Since {unavailable} is not possible, {penalty} applies.</source>
        <translation>Поскольку {unavailable} невозможно, применяется {penalty}.</translation>
    </message>
    <message>
        <source>Allowed: {penalties}.</source>
        <translation>Допускается: {penalties}.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) was imposed on {imposed_on}, after this offence of {on}: not a prior record.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}) наложено {imposed_on}, после этого проступка от {on}: не учитывается.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} was lifted early on {lifted_on}, before this offence of {on}: not a prior record.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}), наложенное {imposed_on}, досрочно снято {lifted_on}, до этого проступка от {on}: не учитывается.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} was in force for {months}, through {expires_on}, and had expired by {on}: not a prior record.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}), наложенное {imposed_on}, действовало {months}, по {expires_on}, и к {on} истекло: не учитывается.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} is in force on {on} (through {expires_on}): a prior record to weigh under the criteria; no repeat rule applies to this offence.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}), наложенное {imposed_on}, действует на {on} (по {expires_on}): его учитывают по критериям; правило повторности к этому проступку не применяется.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}, {prior_rule}) imposed on {imposed_on} is in force on {on}, but that offence is not on the list of {rule}: a prior record, not a repeat.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}, {prior_rule}), наложенное {imposed_on}, действует на {on}, но тот проступок не подпадает под {rule}: взыскание учитывается, но это не повторность.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}, {rule}) imposed on {imposed_on} is in force on {on}, but {on} is outside the repeat window {window_start} – {window_end}: not a repeat.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}, {rule}), наложенное {imposed_on}, действует на {on}, но {on} вне срока повторности {window_start} – {window_end}: это не повторность.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}, {rule}) imposed on {imposed_on} is in force on {on}, within the repeat window of {months} ending {window_end}: a repeat offence, so only {repeat_penalty} is allowed.</source>
        <translation>Прежнее взыскание ({penalty}, проступок по {prior_offence}, {rule}), наложенное {imposed_on}, действует на {on}, и {on} входит в срок повторности ({months}, по {window_end}): проступок повторный, поэтому допускается только {repeat_penalty}.</translation>
    </message>
    <message>
        <source>Within the statutory bounds ({rule}) the classes are {classes}; the worksheet starts from the middle one: {severity_class}.</source>
        <translation>В пределах закона ({rule}) возможны классы: {classes}; лист оценки начинает со среднего — {severity_class}.</translation>
    </message>
    <message>
        <source>{criterion}: {rating}, {points} (score {score}). {note}</source>
        <translation>{criterion}: {rating}, {points} (итого {score}). {note}</translation>
    </message>
    <message>
        <source>Score {score}: every {points_per_class} move the class one step, so the class moves {shift} from {baseline}.</source>
        <translation>Итого {score}: каждые {points_per_class} сдвигают класс на одну ступень, поэтому класс сдвигается на {shift} от класса «{baseline}».</translation>
    </message>
    <message>
        <source>The statutory bounds reach no class {direction} “{severity_class}”: the recommendation stays there.</source>
        <translation>В пределах закона нет класса {direction}, чем «{severity_class}»: рекомендация остаётся на нём.</translation>
    </message>
    <message>
        <source>Recommended: {severity_class}, that is {penalties} (the law allows {allowed}).</source>
        <translation>Рекомендуется: {severity_class}, то есть {penalties} (закон допускает: {allowed}).</translation>
    </message>
</context>
<context>
    <name>PenaltyFields</name>
    <message>
        <source>Demotion is possible only to a vacant (not temporarily vacant) lower post whose requirements the servant meets, and never for an elected post (Art. 44 p. 4).</source>
        <translation>Понижение возможно только на вакантную (не временно вакантную) нижестоящую должность, требованиям которой служащий соответствует, и никогда — на выборной должности (ст. 44 п. 4).</translation>
    </message>
    <message>
        <source>A penalty stays in force for 6 months; the official who imposed it may lift it earlier (Labour Code Art. 66). A lifted penalty is no longer a prior record.</source>
        <translation>Взыскание действует 6 месяцев; наложившее его должностное лицо может снять его досрочно (ст. 66 ТК РК). Снятое взыскание больше не учитывается.</translation>
    </message>
    <message>
        <source>Why this penalty differs from comparable cases and the table of penalties</source>
        <translation>Почему это взыскание отличается от сопоставимых дел и таблицы взысканий</translation>
    </message>
    <message>
        <source>Allowed by law</source>
        <translation>Допускает закон</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>The case is decided without a penalty.</source>
        <translation>Дело решено без взыскания.</translation>
    </message>
    <message>
        <source>The penalty imposed by the order.</source>
        <translation>Взыскание, наложенное приказом.</translation>
    </message>
    <message>
        <source>The penalty proposed for the commission; required once it is imposed.</source>
        <translation>Взыскание, предлагаемое комиссии; обязательно, когда оно наложено.</translation>
    </message>
    <message>
        <source>Allowed by law.</source>
        <translation>Допускается законом.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Не допускается: %1</translation>
    </message>
    <message>
        <source>Shown once the offence and its date are entered.</source>
        <translation>Появится, когда будут введены проступок и его дата.</translation>
    </message>
    <message>
        <source>a repeat offence</source>
        <translation>повторный проступок</translation>
    </message>
    <message>
        <source>Comparable cases: %1</source>
        <translation>Сопоставимые дела: %1</translation>
    </message>
    <message>
        <source>Table of penalties: %1</source>
        <translation>Таблица взысканий: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
</context>
<context>
    <name>PenaltyTableDialog</name>
    <message>
        <source>Table of penalties</source>
        <translation>Таблица взысканий</translation>
    </message>
    <message>
        <source>A body&apos;s own guide to consistent penalties: for each offence, the range of penalties for a servant&apos;s 1st, 2nd and 3rd offence. The law&apos;s bounds always come first; a penalty outside this range needs a written justification.</source>
        <translation>Собственный ориентир органа для единообразия взысканий: для каждого проступка — диапазон взысканий за 1-й, 2-й и 3-й проступок служащего. Пределы закона всегда важнее; взыскание вне этого диапазона требует письменного обоснования.</translation>
    </message>
    <message>
        <source>In force on</source>
        <translation>Действующие на</translation>
    </message>
    <message>
        <source>Every version</source>
        <translation>Все редакции</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Choose an offence…</source>
        <translation>Выберите проступок…</translation>
    </message>
    <message>
        <source>Add a state body first (in the case editor).</source>
        <translation>Сначала добавьте госорган (в карточке дела).</translation>
    </message>
    <message>
        <source>This body has no entries yet: the editor then compares with comparable cases only.</source>
        <translation>У органа пока нет записей: тогда карточка дела сравнивает только с сопоставимыми делами.</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <source>Entry removed.</source>
        <translation>Запись удалена.</translation>
    </message>
</context>
<context>
    <name>PenaltyTableModel</name>
    <message>
        <source>Offence</source>
        <translation>Проступок</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Повторность</translation>
    </message>
    <message>
        <source>Range of penalties</source>
        <translation>Диапазон взысканий</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <source>Draft: this preview is not registered and carries no number. Use Save as PDF or Print to issue the document.</source>
        <translation>Черновик: предпросмотр не регистрируется и не имеет номера. Чтобы оформить документ, используйте «Сохранить в PDF» или «Печать».</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Нет страниц</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Awaited</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Explanation received</source>
        <translation>Объяснение получено</translation>
    </message>
    <message>
        <source>Refused to explain (act)</source>
        <translation>Отказ от объяснения (акт)</translation>
    </message>
    <message>
        <source>No explanation given (act)</source>
        <translation>Объяснение не представлено (акт)</translation>
    </message>
    <message>
        <source>Impose a penalty</source>
        <translation>Наложить взыскание</translation>
    </message>
    <message>
        <source>Send for an additional investigation</source>
        <translation>Направить на дополнительное служебное расследование</translation>
    </message>
    <message>
        <source>Impose no penalty</source>
        <translation>Не налагать взыскание</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Воздержался</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Higher official</source>
        <translation>Вышестоящее должностное лицо</translation>
    </message>
    <message>
        <source>Agency for Civil Service Affairs</source>
        <translation>Агентство по делам государственной службы</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Penalty upheld</source>
        <translation>Взыскание оставлено в силе</translation>
    </message>
    <message>
        <source>Replaced by a lighter penalty</source>
        <translation>Заменено более мягким взысканием</translation>
    </message>
    <message>
        <source>Penalty annulled</source>
        <translation>Взыскание отменено</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 present, %3 needed — met.</source>
        <translation>Кворум: присутствуют %1 из %2, необходимо %3 — кворум имеется.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 present, %3 needed — NOT met: the commission cannot decide.</source>
        <translation>Кворум: присутствуют %1 из %2, необходимо %3 — кворума НЕТ: комиссия не вправе принимать решение.</translation>
    </message>
    <message>
        <source>For %1, against %2, abstained %3</source>
        <translation>За — %1, против — %2, воздержались — %3</translation>
    </message>
    <message>
        <source>adopted.</source>
        <translation>решение принято.</translation>
    </message>
    <message>
        <source>not adopted.</source>
        <translation>решение не принято.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>What this was to be saved to is no longer in the database: close the window and open it again.</source>
        <translation>Запись, к которой относятся эти данные, удалена из базы данных: закройте окно и откройте его снова.</translation>
    </message>
</context>
<context>
    <name>ProcedurePanel</name>
    <message>
        <source>1. Explanation</source>
        <translation>1. Объяснение</translation>
    </message>
    <message>
        <source>2. Hearings</source>
        <translation>2. Заседания</translation>
    </message>
    <message>
        <source>3. Order</source>
        <translation>3. Приказ</translation>
    </message>
    <message>
        <source>4. Appeals</source>
        <translation>4. Обжалование</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>No hearing recorded yet.</source>
        <translation>Заседания пока не записаны.</translation>
    </message>
    <message>
        <source>New hearing…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>No commission serves this case&apos;s state body yet: set one up in Settings → Disciplinary commissions…</source>
        <translation>Государственный орган по делу пока не обслуживает ни одна комиссия: создайте её в меню Настройки → Дисциплинарные комиссии…</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Комиссия: %1</translation>
    </message>
    <message>
        <source>A hearing needs a commission serving the case&apos;s body.</source>
        <translation>Для заседания нужна комиссия, обслуживающая орган по делу.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The file is not a readable Tartip database: its header is damaged, or it belongs to another program.</source>
        <translation>Файл не является читаемой базой данных Tartip: его заголовок повреждён или он принадлежит другой программе.</translation>
    </message>
    <message>
        <source>The database is structurally damaged: SQLite&apos;s own checks fail on some of its pages.</source>
        <translation>Структура базы данных повреждена: собственные проверки SQLite не проходят на некоторых её страницах.</translation>
    </message>
    <message>
        <source>The database&apos;s content was altered outside Tartip: its audit trail does not verify.</source>
        <translation>Содержимое базы данных изменено вне Tartip (несанкционированно): журнал аудита не проходит проверку.</translation>
    </message>
    <message>
        <source>Export readable data to</source>
        <translation>Экспортировать читаемые данные в</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Open the latest verified backup</source>
        <translation>Открыть последнюю проверенную резервную копию</translation>
    </message>
    <message>
        <source>Export readable data…</source>
        <translation>Экспортировать читаемые данные…</translation>
    </message>
    <message>
        <source>Show technical report</source>
        <translation>Показать технический отчёт</translation>
    </message>
    <message>
        <source>Close Tartip</source>
        <translation>Закрыть Tartip</translation>
    </message>
    <message>
        <source>The damaged file is left as it is, for your administrator.</source>
        <translation>Повреждённый файл оставлен без изменений для администратора.</translation>
    </message>
    <message>
        <source>No verified backup was found.</source>
        <translation>Проверенная резервная копия не найдена.</translation>
    </message>
    <message>
        <source>Latest verified backup: %1 (%2)</source>
        <translation>Последняя проверенная резервная копия: %1 (%2)</translation>
    </message>
    <message>
        <source>Changes made after this backup will not be in it. The damaged file is kept beside it under a new name. Continue?</source>
        <translation>Изменений, внесённых после создания этой копии, в ней не будет. Повреждённый файл сохраняется рядом под новым именем. Продолжить?</translation>
    </message>
    <message>
        <source>Export readable data</source>
        <translation>Экспорт читаемых данных</translation>
    </message>
    <message>
        <source>%1 rows were exported to %2.</source>
        <translation>Экспортировано строк: %1; файл: %2.</translation>
    </message>
    <message>
        <source>%1 damaged tables or parts could not be read.</source>
        <translation>Не удалось прочитать повреждённые таблицы или их части: %1.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Се&amp;анс</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти из системы</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Сменить пароль…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Log out now? The open forms will be closed and what was not saved in them will be lost.</source>
        <translation>Выйти из системы сейчас? Открытые формы будут закрыты, а несохранённые в них данные — потеряны.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s) of inactivity…</source>
        <translation>
            <numerusform>Блокировать после %n минуты бездействия…</numerusform>
            <numerusform>Блокировать после %n минут бездействия…</numerusform>
            <numerusform>Блокировать после %n минут бездействия…</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Блокировка экрана</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use (1–60):</source>
        <translation>Блокировать экран после стольких минут бездействия (1–60):</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Tartip — encrypted database</source>
        <translation>Tartip — зашифрованная база данных</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its passphrase to open it. The passphrase is not your login password; your administrator keeps it.</source>
        <translation>Эта база данных зашифрована. Чтобы открыть её, введите парольную фразу. Это не ваш пароль для входа; её хранит администратор.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Эта парольная фраза не открывает базу данных. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the file is damaged: no passphrase will open it. Press Quit to see the recovery options (the latest verified backup).</source>
        <translation>Парольная фраза верна, но файл повреждён: его не откроет никакая парольная фраза. Нажмите «Выйти», чтобы перейти к восстановлению (последняя проверенная резервная копия).</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>HR officer</source>
        <translation>Сотрудник кадровой службы</translation>
    </message>
    <message>
        <source>Commission secretary</source>
        <translation>Секретарь комиссии</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Заблокирован до %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Может входить в систему</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Set the &amp;password</source>
        <translation>За&amp;дать пароль</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Р&amp;оль</translation>
    </message>
    <message>
        <source>State &amp;body</source>
        <translation>&amp;Государственный орган</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The password was set.</source>
        <translation>Пароль задан.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Разблокировано.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a document</source>
        <translation>Проверка документа</translation>
    </message>
    <message>
        <source>A PDF saved or scanned from Tartip</source>
        <translation>PDF, сохранённый из Tartip или отсканированный</translation>
    </message>
    <message>
        <source>Choose a PDF file…</source>
        <translation>Выбрать файл PDF…</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Проверить код</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>Файл PDF:</translation>
    </message>
    <message>
        <source>Or the code printed under the QR code:</source>
        <translation>Или код, напечатанный под QR-кодом:</translation>
    </message>
    <message>
        <source>Choose a file or type a code.</source>
        <translation>Выберите файл или введите код.</translation>
    </message>
    <message>
        <source>Registered document</source>
        <translation>Зарегистрированный документ</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Дата оформления:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>Servant:</source>
        <translation>Служащий:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Оформил:</translation>
    </message>
    <message>
        <source>Changed since it was issued:</source>
        <translation>Изменено после оформления:</translation>
    </message>
    <message>
        <source>Choose the document to verify</source>
        <translation>Выберите документ для проверки</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
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
<context>
    <name>WorksheetHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Оценено</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>Not in the Rules: the source article&apos;s proposal or Douglas factor %1.</source>
        <translation>Нет в Правилах: предложение статьи-источника или фактор Дугласа %1.</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— не оценено —</translation>
    </message>
    <message>
        <source>Why (required when aggravating or mitigating)</source>
        <translation>Почему (обязательно для отягчающих и смягчающих)</translation>
    </message>
    <message>
        <source>Rate each criterion the commission weighed and write down why. The app recommends a class of penalty inside the law&apos;s bounds; the commission decides.</source>
        <translation>Оцените каждый критерий, который учитывала комиссия, и запишите почему. Приложение рекомендует класс взыскания в пределах закона; решает комиссия.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save worksheet</source>
        <translation>Сохранить лист оценки</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>The app recommends, the commission decides.</source>
        <translation>Приложение рекомендует, решает комиссия.</translation>
    </message>
    <message>
        <source>Criteria: Rules of imposing disciplinary penalties (Presidential Decree No. 152 of 29.12.2015), p. 32, and proposals marked as such. The scoring that turns ratings into a class is the app&apos;s interpretation, not law.</source>
        <translation>Критерии: Правила наложения дисциплинарных взысканий (Указ Президента № 152 от 29.12.2015), п. 32, и отмеченные предложения. Подсчёт, превращающий оценки в класс, — толкование приложения, а не закон.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) still need a note before saving.</source>
        <translation>
            <numerusform>Перед сохранением нужно примечание; оценок без него: %n.</numerusform>
            <numerusform>Перед сохранением нужно примечание; оценок без него: %n.</numerusform>
            <numerusform>Перед сохранением нужно примечание; оценок без него: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Version %1 is shown.</source>
        <translation>Показана версия %1.</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>The recommendation is shown once the offence and its date give the statutory bounds.</source>
        <translation>Рекомендация появится, когда проступок и его дата дадут пределы закона.</translation>
    </message>
    <message>
        <source>No recommendation: the rule pack cannot score this worksheet.</source>
        <translation>Рекомендации нет: набор правил не может оценить этот лист.</translation>
    </message>
    <message>
        <source>Penalties of this class the law allows: %1.</source>
        <translation>Взыскания этого класса, допускаемые законом: %1.</translation>
    </message>
    <message>
        <source>No penalty is chosen yet.</source>
        <translation>Взыскание ещё не выбрано.</translation>
    </message>
    <message>
        <source>The penalty chosen, %1, is within the recommendation.</source>
        <translation>Выбранное взыскание («%1») соответствует рекомендации.</translation>
    </message>
    <message>
        <source>The penalty chosen, %1, is outside the recommendation: the decision should say why.</source>
        <translation>Выбранное взыскание («%1») вне рекомендации: в решении следует указать почему.</translation>
    </message>
    <message>
        <source>Comparable cases and bounds</source>
        <translation>Сопоставимые дела и пределы</translation>
    </message>
    <message>
        <source>Shown once the offence and its date are entered.</source>
        <translation>Появится, когда будут введены проступок и его дата.</translation>
    </message>
    <message>
        <source>The law allows: %1. Body&apos;s table of penalties: %2.</source>
        <translation>Закон допускает: %1. Таблица взысканий органа: %2.</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>записи нет</translation>
    </message>
    <message numerus="yes">
        <source>%n comparable decided case(s)</source>
        <translation>
            <numerusform>%n сопоставимое решённое дело</numerusform>
            <numerusform>%n сопоставимых решённых дела</numerusform>
            <numerusform>%n сопоставимых решённых дел</numerusform>
        </translation>
    </message>
    <message>
        <source>usual range: %1.</source>
        <translation>обычный диапазон: %1.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
    <message>
        <source>The worksheet was not saved: see the notes marked in red.</source>
        <translation>Лист оценки не сохранён: см. примечания, отмеченные красным.</translation>
    </message>
    <message>
        <source>Nothing was rated in this version.</source>
        <translation>В этой версии ничего не оценено.</translation>
    </message>
</context>
</TS>
