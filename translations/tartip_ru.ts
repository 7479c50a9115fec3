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
        <source>Continuing offence; it ended on</source>
        <translation>Длящийся проступок; окончен</translation>
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
        <source>(proposed)</source>
        <translation>(предложение)</translation>
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
</TS>
