<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddBodyDialog</name>
    <message>
        <source>Add a state body</source>
        <translation>Мемлекеттік орган қосу</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агенттік</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы орыс тілінде</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы қазақ тілінде</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation>Жаңа шағым</translation>
    </message>
    <message>
        <source>The last day to file is counted from the day the servant learnt of the order (Law 416-V Art. 43, 61); a late appeal is recorded and marked.</source>
        <translation>Шағым берудің соңғы күні қызметші бұйрық туралы білген күннен бастап есептеледі (№ 416-V Заңның 43, 61-баптары); мерзімі өткізіліп берілген шағым жазылады және белгіленеді.</translation>
    </message>
</context>
<context>
    <name>AppealTableModel</name>
    <message>
        <source>Route</source>
        <translation>Қайда берілді</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Last day to file</source>
        <translation>Берудің соңғы күні</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Filed after the last day to file.</source>
        <translation>Соңғы күн өткеннен кейін берілген.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>AppealsSection</name>
    <message>
        <source>Add an appeal…</source>
        <translation>Шағым қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>No appeal recorded.</source>
        <translation>Шағым жазылмаған.</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған күні</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add a file…</source>
        <translation>Файл қосу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>PDF, PNG, JPEG, TIFF or text; the file is copied into the database&apos;s folder.</source>
        <translation>PDF, PNG, JPEG, TIFF немесе мәтін; файл дерекқор қалтасына көшіріледі.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>Іске файл қосу</translation>
    </message>
    <message>
        <source>Scans and documents (%1)</source>
        <translation>Скан-көшірмелер мен құжаттар (%1)</translation>
    </message>
    <message>
        <source>This file is no longer in the database&apos;s folder.</source>
        <translation>Бұл файл енді дерекқор қалтасында жоқ.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысады</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Өздігінен бас тарту</translation>
    </message>
    <message>
        <source>Reason for recusal</source>
        <translation>Өздігінен бас тарту негізі</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс</translation>
    </message>
    <message>
        <source>Dissenting opinion</source>
        <translation>Ерекше пікір</translation>
    </message>
    <message>
        <source>does not vote</source>
        <translation>дауыс бермейді</translation>
    </message>
    <message>
        <source>Not a voting member of the composition.</source>
        <translation>Құрамның дауыс беру құқығы жоқ мүшесі.</translation>
    </message>
    <message>
        <source>A recused member takes no part in the vote.</source>
        <translation>Өздігінен бас тартқан мүше дауыс беруге қатыспайды.</translation>
    </message>
    <message>
        <source>Only members present vote.</source>
        <translation>Тек қатысып отырған мүшелер дауыс береді.</translation>
    </message>
    <message>
        <source>A party to the case or a relative of one stands aside.</source>
        <translation>Іс тарапы немесе оның туысы қарауға қатыспайды.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object and its No.</source>
        <translation>Нысан және оның №</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json);;All files (*)</source>
        <translation>Аудиттің бақылау нүктелері (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save the audit checkpoint (best on removable media)</source>
        <translation>Аудиттің бақылау нүктесін сақтау (алынбалы тасығышқа сақтаған жөн)</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>Күндер (UTC)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Тізбекті тексеру</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export c&amp;heckpoint…</source>
        <translation>Бақылау &amp;нүктесін экспорттау…</translation>
    </message>
    <message>
        <source>Write the verified end of the trail to a small signed file. Keep it away from this computer (removable media, the regional office): it exposes a trail truncated or rewritten later.</source>
        <translation>Журналдың тексерілген соңын шағын қол қойылған файлға жазу. Оны осы компьютерде емес (алынбалы тасығышта, өңірлік кеңседе) сақтаңыз: журнал кейін қысқартылса немесе қайта жазылса, ол соны көрсетеді.</translation>
    </message>
    <message>
        <source>Verify a&amp;gainst a checkpoint…</source>
        <translation>Бақылау нүктесі &amp;бойынша тексеру…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Жазбалар: %1</translation>
    </message>
    <message>
        <source>Verify against an audit checkpoint</source>
        <translation>Аудиттің бақылау нүктесі бойынша тексеру</translation>
    </message>
    <message>
        <source>Exported %1 entries.</source>
        <translation>Экспортталған жазбалар: %1.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Рұқсат етілмеген.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to</source>
        <translation>Сақтық көшірмені сақтау орны</translation>
    </message>
    <message>
        <source>Tartip backups (*.db);;All files (*)</source>
        <translation>Tartip сақтық көшірмелері (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Жасалған уақыты (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Таңдалған көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Дерекқорды шифрлау…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Құпия фразаны өзгерту…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>шығу кезінде</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <source>Encryption: on. The database and its backups need the passphrase.</source>
        <translation>Шифрлау: қосулы. Дерекқор мен оның сақтық көшірмелері құпия фразаны талап етеді.</translation>
    </message>
    <message>
        <source>Encryption: off. Anyone with a copy of the file can read it.</source>
        <translation>Шифрлау: өшірулі. Файлдың көшірмесі бар кез келген адам оны оқи алады.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <source>The database is encrypted; a new encrypted backup was made (%1). Log in again.</source>
        <translation>Дерекқор шифрланды; жаңа шифрланған сақтық көшірме жасалды (%1). Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>The passphrase is changed; %1 automatic backup(s) re-encrypted. Log in again.</source>
        <translation>Құпия фраза өзгертілді; қайта шифрланған автоматты сақтық көшірмелер: %1. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сіздің рөліңіз бұған рұқсат бермейді.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>Сақтық көшірме жазылды және тексерілді: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>The current database will be replaced by the backup %1. Changes made after the backup will be lost. The backup is checked first; if it is refused, nothing changes. Continue?</source>
        <translation>Ағымдағы дерекқор %1 сақтық көшірмесімен ауыстырылады. Көшірме жасалғаннан кейін енгізілген өзгерістер жоғалады. Алдымен көшірме тексеріледі; егер ол қабылданбаса, ештеңе өзгермейді. Жалғастыру керек пе?</translation>
    </message>
</context>
<context>
    <name>BatchOptionsDialog</name>
    <message>
        <source>Print documents for the listed cases</source>
        <translation>Тізімдегі істер бойынша құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>%1 case(s) are listed. Each document is registered in its body&apos;s journal; a case with nothing of this kind to print is skipped. Files are named &lt;case number&gt;-&lt;document&gt;-&lt;language&gt;.pdf.</source>
        <translation>Тізімдегі істер саны: %1. Әр құжат өз органының журналында тіркеледі; мұндай құжатты басып шығаруға әлі негіз жоқ іс өткізіп жіберіледі. Файл атаулары: &lt;іс нөмірі&gt;-&lt;құжат&gt;-&lt;тіл&gt;.pdf.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Құжаттарға арналған қалта</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing documents</source>
        <translation>Құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>%1 (%2) for %3 case(s)…</source>
        <translation>%1 (%2): істер саны — %3…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Ағымдағы құжаттан кейін тоқтатылады…</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Written: %n file(s).</source>
        <translation>
            <numerusform>Жазылған файлдар: %n.</numerusform>
            <numerusform>Жазылған файлдар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Қалта: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n case(s) with nothing of this kind to print yet (for example, no hearing or no order recorded).</source>
        <translation>
            <numerusform>Өткізіп жіберілген істер: %n — оларда мұндай құжатты басып шығаруға әлі негіз жоқ (мысалы, отырыс немесе бұйрық жазылмаған).</numerusform>
            <numerusform>Өткізіп жіберілген істер: %n — оларда мұндай құжатты басып шығаруға әлі негіз жоқ (мысалы, отырыс немесе бұйрық жазылмаған).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n case(s) were not reached.</source>
        <translation>
            <numerusform>Тоқтатылды: кезегі жетпеген істер — %n.</numerusform>
            <numerusform>Тоқтатылды: кезегі жетпеген істер — %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>Топтамалық басып шығару тоқтатылды: %1</translation>
    </message>
</context>
<context>
    <name>BoundsPanel</name>
    <message>
        <source>Penalties the law allows (Art. 44)</source>
        <translation>Заң рұқсат ететін жазалар (44-бап)</translation>
    </message>
    <message>
        <source>Shown once the offence and its date are entered.</source>
        <translation>Теріс қылық пен оның күні енгізілгенде көрсетіледі.</translation>
    </message>
    <message>
        <source>How the law bounds it</source>
        <translation>Заң таңдауды қалай шектейді</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>рұқсат етіледі</translation>
    </message>
    <message>
        <source>Comparable decided cases: %1; usual range: %2.</source>
        <translation>Салыстырмалы шешілген істер: %1; әдеттегі ауқым: %2.</translation>
    </message>
    <message>
        <source>Body&apos;s table of penalties (%1): %2.</source>
        <translation>Органның жазалар кестесі (%1): %2.</translation>
    </message>
    <message>
        <source>no entry for this offence</source>
        <translation>бұл теріс қылық үшін жазба жоқ</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>Public holidays come from the Law “On holidays”. Days off the government moves and the date of Kurban Ait change every year: check them here and correct the calendar. Every change recomputes the deadlines of the cases.</source>
        <translation>Мереке күндері «Мерекелер туралы» Заңнан алынады. Үкімет ауыстыратын демалыс күндері мен Құрбан айт күні жыл сайын өзгереді: оларды осы жерде тексеріп, күнтізбені түзетіңіз. Әр өзгеріс істер бойынша мерзімдерді қайта есептейді.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн түрі</translation>
    </message>
    <message>
        <source>Holiday or note</source>
        <translation>Мереке немесе ескертпе</translation>
    </message>
    <message>
        <source>Remove the override</source>
        <translation>Түзетуді жою</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>e.g. Government decree No., date</source>
        <translation>мыс. Үкімет қаулысы №, күні</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add an override</source>
        <translation>Түзету қосу</translation>
    </message>
    <message>
        <source>Set by the administrator</source>
        <translation>Әкімші белгілеген</translation>
    </message>
    <message>
        <source>Working day moved by the government</source>
        <translation>Үкімет ауыстырған жұмыс күні</translation>
    </message>
    <message>
        <source>Choose a day between %1 and %2.</source>
        <translation>%1 мен %2 аралығындағы күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 already has an override; remove it first to change it.</source>
        <translation>%1 үшін түзету бұрыннан бар; өзгерту үшін алдымен оны жойыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1. The last day changed in %n open case(s).</source>
        <translation>
            <numerusform>Сақталды: %1. Соңғы күн %n ашық істе өзгерді.</numerusform>
            <numerusform>Сақталды: %1. Соңғы күн %n ашық істе өзгерді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the override of %1; the deadlines were recomputed.</source>
        <translation>%1 күнгі түзету жойылды; мерзімдер қайта есептелді.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Case %1 (read only)</source>
        <translation>№ %1 іс (тек қарау)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>№ %1 іс</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 сан</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Саяси</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>Elected post</source>
        <translation>Сайланбалы лауазым</translation>
    </message>
    <message>
        <source>Add body…</source>
        <translation>Орган қосу…</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Мемлекеттік қызметші</translation>
    </message>
    <message>
        <source>it ended on</source>
        <translation>аяқталған күні</translation>
    </message>
    <message>
        <source>still going on</source>
        <translation>әлі жалғасуда</translation>
    </message>
    <message>
        <source>Only when the signs of a discrediting offence were found in a criminal or administrative case that was terminated: the limit then runs 3 months from that decision.</source>
        <translation>Тек жеке басты жамандайтын теріс қылықтың белгілері тоқтатылған қылмыстық немесе әкімшілік істе анықталса: онда мерзім сол шешім күнінен бастап 3 ай.</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>болса</translation>
    </message>
    <message>
        <source>Who reported it, document number and date</source>
        <translation>Кім хабарлады, құжаттың нөмірі мен күні</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation>Істің мән-жайы</translation>
    </message>
    <message>
        <source>Suspensions (Art. 45 p. 3-4)</source>
        <translation>Мерзімдерді тоқтата тұру (45-бап 3-4-т.)</translation>
    </message>
    <message>
        <source>Sick leave, vacation, business trips, training, proceedings and the other periods the law lists suspend the limits; during most of them no penalty may be imposed.</source>
        <translation>Уақытша еңбекке жарамсыздық, демалыс, іссапар, оқу, іс жүргізу және заңда аталған басқа кезеңдер мерзімдерді тоқтата тұрады; олардың көбінде жаза қолдануға болмайды.</translation>
    </message>
    <message>
        <source>The commission secretary&apos;s written reason for deciding on this day</source>
        <translation>Комиссия хатшысының осы күні шешім қабылдау себебі туралы жазбаша негіздемесі</translation>
    </message>
    <message>
        <source>The reason is kept in the case&apos;s timeline together with the decision date.</source>
        <translation>Негіздеме шешім күнімен бірге іс хронологиясында сақталады.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Penalties in comparable cases (consistency)</source>
        <translation>Салыстырмалы істер бойынша жазалар (біркелкілік)</translation>
    </message>
    <message>
        <source>Penalty and comparable cases</source>
        <translation>Жаза және салыстырмалы істер</translation>
    </message>
    <message>
        <source>Criteria worksheet</source>
        <translation>Өлшемшарттарды бағалау парағы</translation>
    </message>
    <message>
        <source>Save the case first: the worksheet belongs to it.</source>
        <translation>Алдымен істі сақтаңыз: бағалау парағы соған тиесілі.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Choose a state body…</source>
        <translation>Мемлекеттік органды таңдаңыз…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose an offence…</source>
        <translation>Теріс қылықты таңдаңыз…</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Істі сақтау</translation>
    </message>
    <message>
        <source>Entered when the status says a penalty, or no penalty, was decided.</source>
        <translation>Күйі бойынша шешім қабылданғанда толтырылады: жаза қолданылды немесе жазасыз.</translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>туған күні %1, жынысы %2</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Бұл іс енді жоқ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Add a state body</source>
        <translation>Мемлекеттік орган қосу</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Save the case first: its documents belong to it.</source>
        <translation>Алдымен істі сақтаңыз: құжаттар соған тиесілі.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Рәсім</translation>
    </message>
    <message>
        <source>Save the case first: its procedure belongs to it.</source>
        <translation>Алдымен істі сақтаңыз: рәсім соған тиесілі.</translation>
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
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Теріс қылық</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the database passphrase</source>
        <translation>Дерекқордың құпия фразасын өзгерту</translation>
    </message>
    <message>
        <source>The database and its automatic backups are re-encrypted for the new passphrase. Backups copied elsewhere keep the old one. Everyone logs in again afterwards.</source>
        <translation>Дерекқор мен оның автоматты сақтық көшірмелері жаңа құпия фразаға қайта шифрланады. Басқа жерге сақталған көшірмелер ескі фразамен қалады. Осыдан кейін барлығы жүйеге қайта кіреді.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>&amp;New passphrase (at least 12 characters)</source>
        <translation>&amp;Жаңа құпия фраза (кемінде 12 таңба)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Қайталаңыз</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>This is not the database&apos;s passphrase.</source>
        <translation>Бұл дерекқордың құпия фразасы емес.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сіздің рөліңіз бұған рұқсат бермейді.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation>Қате құпиясөз тым көп енгізілді. %1 кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ағымдағы құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <source>%1, enter your current password, then the new one twice. From now on you log in and unlock the screen with the new password.</source>
        <translation>%1, ағымдағы құпиясөзіңізді, содан кейін жаңасын екі рет енгізіңіз. Бұдан былай жүйеге кіру мен экранды бұғаттан шығару жаңа құпиясөзбен жасалады.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңа құпиясөзді қа&amp;йталаңыз</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
</context>
<context>
    <name>ClockReasonDialog</name>
    <message>
        <source>The computer&apos;s clock is behind</source>
        <translation>Компьютер сағаты артта қалған</translation>
    </message>
    <message>
        <source>To save this decision anyway, write why (for example, who checked the date). The reason is recorded in the audit trail.</source>
        <translation>Бұл шешімді бәрібір сақтау үшін себебін жазыңыз (мысалы, күнді кім тексерді). Себеп аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Reason for saving with this clock</source>
        <translation>Осындай сағатпен сақтау себебі</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translation>Осы себеппен сақтау</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>The computer&apos;s clock (%1) is earlier than the last recorded change (%2). Deadlines are counted from the later date. Set the correct date and time on this computer.</source>
        <translation>Компьютер сағаты (%1) соңғы тіркелген өзгерістен (%2) ерте уақытты көрсетеді. Мерзімдер кейінгі күннен бастап есептеледі. Осы компьютерде дұрыс күн мен уақытты орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <source>Disciplinary commissions</source>
        <translation>Тәртіптік комиссиялар</translation>
    </message>
    <message>
        <source>New commission</source>
        <translation>Жаңа комиссия</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссиялар</translation>
    </message>
    <message>
        <source>Bodies it serves (Art. 44 p. 9: one commission may serve several)</source>
        <translation>Қызмет ететін органдары (44-бап 9-т.: бір комиссия бірнеше органға қызмет ете алады)</translation>
    </message>
    <message>
        <source>Composition by date</source>
        <translation>Күндер бойынша құрамы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Discard the changes to this commission?</source>
        <translation>Осы комиссиядағы өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <source>Save the commission</source>
        <translation>Комиссияны сақтау</translation>
    </message>
    <message>
        <source>Composition from %1</source>
        <translation>%1 бастап құрам</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>%1-мүше</translation>
    </message>
    <message>
        <source>Commission saved.</source>
        <translation>Комиссия сақталды.</translation>
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
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Теріс қылық</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
</context>
<context>
    <name>CompositionEditor</name>
    <message>
        <source>New composition from this date</source>
        <translation>Осы күннен бастап жаңа құрам</translation>
    </message>
    <message>
        <source>Starts a new composition on the chosen date, copying the members of the one shown; earlier hearings keep the composition they had.</source>
        <translation>Көрсетілген құрамның мүшелерін көшіріп, таңдалған күннен бастап жаңа құрам жасайды; бұрынғы отырыстар өз құрамын сақтайды.</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Құрам</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Мүше қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>The rule pack&apos;s quorum: %1 of the voting members</source>
        <translation>Ережелер жинағы бойынша кворум: дауыс беретін мүшелердің %1</translation>
    </message>
    <message>
        <source>or</source>
        <translation>немесе</translation>
    </message>
    <message>
        <source>No composition yet: choose the date it applies from and press “New composition”.</source>
        <translation>Құрам әлі жоқ: ол қолданылатын күнді таңдап, «Осы күннен бастап жаңа құрам» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(әлі сақталмаған)</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыс береді</translation>
    </message>
</context>
<context>
    <name>ConfirmFields</name>
    <message>
        <source>The chair&apos;s login</source>
        <translation>Төрағаның логині</translation>
    </message>
    <message>
        <source>The chair&apos;s password</source>
        <translation>Төрағаның құпиясөзі</translation>
    </message>
    <message>
        <source>Another user, a commission member or secretary of this body, confirms the decision with their own password. The login is recorded, never the password.</source>
        <translation>Шешімді басқа пайдаланушы — осы органның комиссия мүшесі немесе хатшысы — өз құпиясөзімен растайды. Логин сақталады, құпиясөз ешқашан сақталмайды.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Same offence</source>
        <translation>Сол теріс қылық</translation>
    </message>
    <message>
        <source>Any offence of the same group</source>
        <translation>Сол топтың кез келген теріс қылығы</translation>
    </message>
    <message>
        <source>This state body</source>
        <translation>Осы мемлекеттік орган</translation>
    </message>
    <message>
        <source>Any state body</source>
        <translation>Кез келген мемлекеттік орган</translation>
    </message>
    <message>
        <source>Similar position</source>
        <translation>Ұқсас лауазым</translation>
    </message>
    <message>
        <source>The positions share their words: “chief specialist” is similar to “specialist”, not to “leading specialist”.</source>
        <translation>Лауазымдар сөздері бойынша сәйкес келеді: «бас маман» «маман» лауазымына ұқсас, бірақ «жетекші маман» лауазымына ұқсас емес.</translation>
    </message>
    <message>
        <source>Period, years</source>
        <translation>Кезең, жыл</translation>
    </message>
    <message>
        <source>Double-click a case to open it read-only.</source>
        <translation>Істі қарау үшін ашу үшін оны екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>No decided case is comparable under these options. Widen them: any offence of the group, any state body, more years.</source>
        <translation>Бұл шарттар бойынша салыстырмалы шешілген іс жоқ. Оларды кеңейтіңіз: топтың кез келген теріс қылығы, кез келген мемлекеттік орган, көбірек жыл.</translation>
    </message>
    <message numerus="yes">
        <source>%n comparable decided case(s).</source>
        <translation>
            <numerusform>%n салыстырмалы шешілген іс.</numerusform>
            <numerusform>%n салыстырмалы шешілген іс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usual range: %1.</source>
        <translation>Әдеттегі ауқым: %1.</translation>
    </message>
    <message>
        <source>The latest %1 are listed.</source>
        <translation>Соңғы %1 іс көрсетілген.</translation>
    </message>
    <message>
        <source>The penalty chosen for this case: %1.</source>
        <translation>Осы іс бойынша таңдалған жаза: %1.</translation>
    </message>
    <message>
        <source>No penalty is chosen for this case yet.</source>
        <translation>Бұл іс бойынша жаза әлі таңдалмаған.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Tartip ran into a problem it did not expect. What was already saved is safe; the last action may not have been completed.</source>
        <translation>Tartip-те күтпеген қате орын алды. Бұрын сақталғанның бәрі аман; соңғы әрекет аяқталмаған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>Толық мәлімет журнал файлына жазылды:
%1</translation>
    </message>
    <message>
        <source>Please send the details to your administrator (Copy details, then paste).</source>
        <translation>Толық мәліметті әкімшіге жіберіңіз («Мәліметті көшіру» батырмасын басып, хатқа қойыңыз).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметті көшіру</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>Deadline (Art. 45)</source>
        <translation>Мерзім (45-бап)</translation>
    </message>
    <message>
        <source>Last permissible day</source>
        <translation>Соңғы рұқсат етілген күн</translation>
    </message>
    <message>
        <source>Absolute limit</source>
        <translation>Шекті мерзім</translation>
    </message>
    <message>
        <source>The deadline is shown again once the problems listed below are fixed.</source>
        <translation>Төменде көрсетілген қателер түзетілгенде мерзім қайта көрсетіледі.</translation>
    </message>
    <message>
        <source>The deadline is computed as soon as the offence and its dates are entered.</source>
        <translation>Теріс қылық пен оның күндері енгізілген бойда мерзім есептеледі.</translation>
    </message>
    <message>
        <source>%1; extended by suspensions: %2</source>
        <translation>%1; тоқтата тұруларды ескергенде: %2</translation>
    </message>
    <message numerus="yes">
        <source>How it was counted (%n step(s))</source>
        <translation>
            <numerusform>Қалай есептелді (%n қадам)</numerusform>
            <numerusform>Қалай есептелді (%n қадам)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>≤ 7 days</source>
        <translation>≤ 7 күн</translation>
    </message>
    <message>
        <source>≤ 2 days</source>
        <translation>≤ 2 күн</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>More than 7 days are left to impose a penalty.</source>
        <translation>Жаза қолдану мерзімінің өтуіне 7 күннен көп қалды.</translation>
    </message>
    <message>
        <source>The last permissible day is within a week.</source>
        <translation>Соңғы рұқсат етілген күн — бір апта ішінде.</translation>
    </message>
    <message>
        <source>The last permissible day is within 2 days: decide now.</source>
        <translation>Соңғы рұқсат етілген күн — 2 күн ішінде: шешімді қазір қабылдау керек.</translation>
    </message>
    <message>
        <source>The last permissible day has passed: no penalty may be imposed on this case any more.</source>
        <translation>Соңғы рұқсат етілген күн өтті: бұл іс бойынша енді жаза қолдануға болмайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Бүгін соңғы күн</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit from discovery</source>
        <translation>Анықталған күннен бастап мерзім</translation>
    </message>
    <message>
        <source>Absolute limit</source>
        <translation>Шекті мерзім</translation>
    </message>
    <message>
        <source>Absolute limit, extended reading</source>
        <translation>Шекті мерзім, кеңейтілген түсіндірме</translation>
    </message>
    <message>
        <source>from discovery</source>
        <translation>анықталған күннен бастап</translation>
    </message>
    <message>
        <source>from the decision terminating the case</source>
        <translation>істі тоқтату туралы шешім күнінен бастап</translation>
    </message>
    <message>
        <source>from commission</source>
        <translation>жасалған күннен бастап</translation>
    </message>
    <message>
        <source>from the end of the conduct</source>
        <translation>әрекет аяқталған күннен бастап</translation>
    </message>
    <message>
        <source>from discovery (the conduct is still going on)</source>
        <translation>анықталған күннен бастап (әрекет әлі жалғасуда)</translation>
    </message>
    <message>
        <source>the limit from discovery</source>
        <translation>анықталған күннен бастап мерзім</translation>
    </message>
    <message>
        <source>the limit from the termination decision</source>
        <translation>істі тоқтату туралы шешім күнінен бастап мерзім</translation>
    </message>
    <message>
        <source>a general offence</source>
        <translation>жалпы теріс қылық</translation>
    </message>
    <message>
        <source>a discrediting offence</source>
        <translation>жеке басты жамандайтын теріс қылық</translation>
    </message>
    <message>
        <source>a breach of budget legislation</source>
        <translation>бюджет заңнамасын бұзу</translation>
    </message>
    <message>
        <source>a discrediting offence found after a criminal or administrative case ended</source>
        <translation>қылмыстық немесе әкімшілік іс тоқтатылғаннан кейін анықталған жеке басты жамандайтын теріс қылық</translation>
    </message>
    <message>
        <source>a weekend day</source>
        <translation>апталық демалыс күні</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>мереке күні</translation>
    </message>
    <message>
        <source>a day off set by the administrator</source>
        <translation>әкімші белгілеген демалыс күні</translation>
    </message>
    <message>
        <source>from the end of the conduct, or from discovery while it goes on</source>
        <translation>әрекет аяқталған күннен бастап, ал ол жалғасып жатса — анықталған күннен бастап</translation>
    </message>
    <message>
        <source>from the day the conduct began</source>
        <translation>әрекет басталған күннен бастап</translation>
    </message>
    <message>
        <source>The offence under {offence_article} is {kind}: the limits are {discovery_months} {discovery_event} and {absolute_months} {absolute_event}.</source>
        <translation>{offence_article} бойынша теріс қылық — {kind}: мерзімдер — {discovery_event} {discovery_months} және {absolute_event} {absolute_months}.</translation>
    </message>
    <message>
        <source>The offence is continuing: the absolute limit counts {event}, {event_date} (setting: {rule}).</source>
        <translation>Теріс қылық созылмалы: шекті мерзім {event} есептеледі, {event_date} (параметр: {rule}).</translation>
    </message>
    <message>
        <source>{limit}: counted {event}, {event_date}; the period starts the next day, {period_start}.</source>
        <translation>{limit}: {event} есептеледі, {event_date}; мерзім келесі күні басталады, {period_start}.</translation>
    </message>
    <message>
        <source>{months} from {event_date} end on {end}, the day with the same number.</source>
        <translation>{event_date} күннен бастап {months} сәйкес күні, {end} аяқталады.</translation>
    </message>
    <message>
        <source>{months} from {event_date}: that month has no day {day}, so the period ends on its last day, {end}.</source>
        <translation>{event_date} күннен бастап {months}: ол айда {day}-күн жоқ, сондықтан мерзім айдың соңғы күні, {end} аяқталады.</translation>
    </message>
    <message>
        <source>{limit}: {days} of suspension after {event_date} ({reasons}) move the end from {from_date} to {to_date}.</source>
        <translation>{limit}: {event_date} күнінен кейінгі {days} тоқтата тұру ({reasons}) мерзімнің соңын {from_date} күнінен {to_date} күніне ауыстырады.</translation>
    </message>
    <message>
        <source>{limit}: {from_date} is not a working day ({why}{name}), so the end moves to {to_date}.</source>
        <translation>{limit}: {from_date} — жұмыс күні емес ({why}{name}), сондықтан мерзімнің соңы {to_date} күніне ауысады.</translation>
    </message>
    <message>
        <source>{limit}: {from_date} falls inside a suspension ({reason}, {pause_start} – {pause_end}), so the end moves to {to_date}.</source>
        <translation>{limit}: {from_date} тоқтата тұру кезеңіне түседі ({reason}, {pause_start} – {pause_end}), сондықтан мерзімнің соңы {to_date} күніне ауысады.</translation>
    </message>
    <message>
        <source>{limit}: the last day is {date}.</source>
        <translation>{limit}: соңғы күні — {date}.</translation>
    </message>
    <message>
        <source>The law does not say whether suspension also extends the absolute limit: without it the limit ends on {plain}, extended by {days} of suspension after {event_date} on {extended}. The earlier date, {plain}, is used as the safe one.</source>
        <translation>Заң тоқтата тұру шекті мерзімді де ұзартатынын айтпайды: ұзартусыз ол {plain} аяқталады, {event_date} күнінен кейінгі {days} тоқтата тұруға ұзартқанда — {extended}. Қауіпсіз күн ретінде ертерегі, {plain}, алынады.</translation>
    </message>
    <message>
        <source>No suspension falls after {event_date}, so both readings of the absolute limit give {plain}.</source>
        <translation>{event_date} күнінен кейін тоқтата тұру жоқ, сондықтан шекті мерзімнің екі түсіндірмесі де {plain} береді.</translation>
    </message>
    <message>
        <source>The last day to impose a penalty is {last_day}: {discovery_limit_name} ends before the absolute limit ({absolute_limit}).</source>
        <translation>Жаза қолданудың соңғы күні — {last_day}: {discovery_limit_name} шекті мерзімнен ({absolute_limit}) бұрын аяқталады.</translation>
    </message>
    <message>
        <source>The last day to impose a penalty is {last_day}: the absolute limit ends before {discovery_limit_name} ({discovery_limit}).</source>
        <translation>Жаза қолданудың соңғы күні — {last_day}: шекті мерзім {discovery_limit_name} ({discovery_limit}) бұрын аяқталады.</translation>
    </message>
    <message>
        <source>The last day to impose a penalty is {last_day}: both limits end that day.</source>
        <translation>Жаза қолданудың соңғы күні — {last_day}: екі мерзім де осы күні аяқталады.</translation>
    </message>
    <message>
        <source>The absolute limit ({last_day}) passed before the offence was discovered on {discovered_on}: no penalty may be imposed.</source>
        <translation>Шекті мерзім ({last_day}) теріс қылық {discovered_on} анықталғанға дейін өтіп кетті: жаза қолдануға болмайды.</translation>
    </message>
    <message>
        <source>No penalty may be imposed from {start} to {end} ({reason}).</source>
        <translation>{start} бастап {end} дейін жаза қолдануға болмайды ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit from the termination decision</source>
        <translation>Істі тоқтату туралы шешім күнінен бастап мерзім</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nauryz meirami</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan People&apos;s Unity Day</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Kurban Ait</source>
        <translation>Құрбан айт</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Конституция күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Республика күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>Тұңғыш Президент күні</translation>
    </message>
    <message>
        <source>%1 (transferred day off)</source>
        <translation>%1 (ауыстырылған демалыс күні)</translation>
    </message>
    <message>
        <source>%1 (date estimated)</source>
        <translation>%1 (күні болжамды)</translation>
    </message>
    <message>
        <source>Day off moved from %1</source>
        <translation>%1 күнінен ауыстырылған демалыс</translation>
    </message>
</context>
<context>
    <name>DemoAccountsDialog</name>
    <message>
        <source>Demo accounts</source>
        <translation>Демо тіркелгілер</translation>
    </message>
    <message>
        <source>These accounts were created. Their passwords are shown only now and are not kept anywhere: copy them before you close this window. An administrator can set a new password in Settings → Users…</source>
        <translation>Бұл тіркелгілер құрылды. Олардың құпиясөздері тек қазір көрсетіледі және ешқайда сақталмайды: осы терезені жаппас бұрын оларды көшіріп алыңыз. Әкімші жаңа құпиясөзді Баптаулар → Пайдаланушылар… мәзірінде орната алады.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Бәрін көшіру</translation>
    </message>
    <message>
        <source>Log out and log in as the &amp;HR officer</source>
        <translation>Шығып, &amp;кадр қызметкері ретінде кіру</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Алмасу буферіне көшірілді.</translation>
    </message>
</context>
<context>
    <name>DemoLoadDialog</name>
    <message>
        <source>This database already has cases: demo data is loaded only into an empty database.</source>
        <translation>Бұл дерекқорда істер бар: демо деректер тек бос дерекқорға жүктеледі.</translation>
    </message>
    <message>
        <source>Demo accounts already exist in this database. Load the demo without them, or rename those users in Settings → Users… first.</source>
        <translation>Бұл дерекқорда демо тіркелгілер бұрыннан бар. Демо деректерді оларсыз жүктеңіз немесе алдымен Баптаулар → Пайдаланушылар… мәзірінде ол пайдаланушылардың атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>Demo data cannot be loaded here.</source>
        <translation>Мұнда демо деректерді жүктеуге болмайды.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо деректер</translation>
    </message>
    <message>
        <source>Invented cases, servants and bodies to try Tartip out. Do not do this in a database you will use for real cases.</source>
        <translation>Tartip-ті байқап көруге арналған ойдан шығарылған істер, қызметшілер мен органдар. Нақты істер сақталатын дерекқорда мұны жасамаңыз.</translation>
    </message>
    <message>
        <source>Also create &amp;demo accounts</source>
        <translation>&amp;Демо тіркелгілерді де құру</translation>
    </message>
    <message>
        <source>An HR officer, a commission secretary, a commission member and an auditor, with logins starting “demo.”; each gets a random password shown to you once. Deactivate them in Settings → Users… before real work begins.</source>
        <translation>Кадр қызметінің қызметкері, комиссия хатшысы, комиссия мүшесі және аудитор, логиндері «demo.» деп басталады; әрқайсысына сізге бір рет көрсетілетін кездейсоқ құпиясөз беріледі. Нақты жұмыс басталар алдында оларды Баптаулар → Пайдаланушылар… мәзірінде өшіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Number of cases</source>
        <translation>&amp;Істер саны</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Жүктеу</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Print documents</source>
        <translation>Құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>No cases are listed: change the filters.</source>
        <translation>Тізімде іс жоқ: сүзгілерді өзгертіңіз.</translation>
    </message>
    <message>
        <source>%1 cases are listed. Print a document for every one of them?</source>
        <translation>Тізімдегі істер саны: %1. Олардың әрқайсысы бойынша құжат басып шығарылсын ба?</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ресімдеген</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>Бұл іс енді жоқ.</translation>
    </message>
    <message>
        <source>Commission decision</source>
        <translation>Комиссия шешімі</translation>
    </message>
    <message>
        <source>Hearing protocol</source>
        <translation>Отырыс хаттамасы</translation>
    </message>
    <message>
        <source>Draft order</source>
        <translation>Бұйрық жобасы</translation>
    </message>
    <message>
        <source>Request for a written explanation</source>
        <translation>Жазбаша түсініктеме беру туралы талап</translation>
    </message>
    <message>
        <source>Act of refusal or absence of an explanation</source>
        <translation>Түсініктеме беруден бас тарту немесе түсініктеменің берілмеуі туралы акт</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақ және орыс тілдері</translation>
    </message>
    <message>
        <source>Matches the record</source>
        <translation>Жазбаға сәйкес келеді</translation>
    </message>
    <message>
        <source>The record has changed since this document was issued</source>
        <translation>Құжат ресімделгеннен кейін деректер өзгерді</translation>
    </message>
    <message>
        <source>Does not match: the document differs from the registered one</source>
        <translation>Сәйкес келмейді: құжат тіркелген құжаттан өзгеше</translation>
    </message>
    <message>
        <source>Unknown: no such document is registered in this database</source>
        <translation>Белгісіз: мұндай құжат осы дерекқорда тіркелмеген</translation>
    </message>
    <message>
        <source>Unreadable: not a Tartip document, or its verification data is missing</source>
        <translation>Оқылмайды: бұл Tartip құжаты емес немесе оның тексеру деректері жоқ</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>құжат түрі</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>тіркеу нөмірі</translation>
    </message>
    <message>
        <source>date of the document</source>
        <translation>құжат күні</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тілі</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>іс нөмірі</translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation>ережелер жинағы</translation>
    </message>
    <message>
        <source>offence</source>
        <translation>теріс қылық</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <source>date of the offence</source>
        <translation>теріс қылық жасалған күн</translation>
    </message>
    <message>
        <source>date of discovery</source>
        <translation>анықталған күн</translation>
    </message>
    <message>
        <source>end of the continuing offence</source>
        <translation>созылмалы теріс қылықтың аяқталуы</translation>
    </message>
    <message>
        <source>date of termination</source>
        <translation>істің тоқтатылған күні</translation>
    </message>
    <message>
        <source>description of the offence</source>
        <translation>теріс қылықтың сипаттамасы</translation>
    </message>
    <message>
        <source>source of the report</source>
        <translation>хабарлама көзі</translation>
    </message>
    <message>
        <source>last permissible day</source>
        <translation>соңғы рұқсат етілген күн</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>жаза</translation>
    </message>
    <message>
        <source>justification of the penalty</source>
        <translation>жазаның негіздемесі</translation>
    </message>
    <message>
        <source>servant&apos;s name</source>
        <translation>қызметшінің Т.А.Ә.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>date of the hearing</source>
        <translation>отырыс күні</translation>
    </message>
    <message>
        <source>place of the hearing</source>
        <translation>отырыс орны</translation>
    </message>
    <message>
        <source>the commission&apos;s decision</source>
        <translation>комиссия шешімі</translation>
    </message>
    <message>
        <source>proposed penalty</source>
        <translation>ұсынылған жаза</translation>
    </message>
    <message>
        <source>course of the hearing</source>
        <translation>отырыс барысы</translation>
    </message>
    <message>
        <source>others present</source>
        <translation>басқа қатысушылар</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>мемлекеттік орган</translation>
    </message>
    <message>
        <source>deadline computation</source>
        <translation>мерзімді есептеу</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>commission&apos;s composition</source>
        <translation>комиссия құрамы</translation>
    </message>
    <message>
        <source>attendance and votes</source>
        <translation>қатысу және дауыс беру</translation>
    </message>
    <message>
        <source>vote count</source>
        <translation>дауыс беру қорытындысы</translation>
    </message>
    <message>
        <source>criteria worksheet</source>
        <translation>өлшемшарттарды бағалау парағы</translation>
    </message>
    <message>
        <source>order</source>
        <translation>бұйрық</translation>
    </message>
    <message>
        <source>The file names a document this database has not registered: it may come from another database.</source>
        <translation>Файлда осы дерекқорда тіркелмеген құжат көрсетілген: ол басқа дерекқордан болуы мүмкін.</translation>
    </message>
    <message>
        <source>No document with this code is registered in this database.</source>
        <translation>Мұндай коды бар құжат осы дерекқорда тіркелмеген.</translation>
    </message>
    <message>
        <source>This is not a verification code: it has twelve letters and digits in three groups, such as ABCD-EFGH-JKMN.</source>
        <translation>Бұл тексеру коды емес: код үш топқа бөлінген он екі әріп пен цифрдан тұрады, мысалы ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>The document was registered, but its case has been deleted.</source>
        <translation>Құжат тіркелген, бірақ оның ісі жойылған.</translation>
    </message>
    <message>
        <source>The verification code in the file differs from the registered one.</source>
        <translation>Файлдағы тексеру коды тіркелген кодтан өзгеше.</translation>
    </message>
    <message>
        <source>The text of the file differs from the registered document.</source>
        <translation>Файлдың мәтіні тіркелген құжаттан өзгеше.</translation>
    </message>
    <message>
        <source>No font for Kazakh and Russian text was found, so the document cannot be printed. Install Times New Roman (Windows), or Liberation Serif, PT Serif or DejaVu Serif (Linux), then try again.</source>
        <translation>Қазақ және орыс мәтініне арналған қаріп табылмады, сондықтан құжатты басып шығару мүмкін емес. Times New Roman (Windows) немесе Liberation Serif, PT Serif не DejaVu Serif (Linux) қарпін орнатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Құжатты басып шығару мүмкін болмады.</translation>
    </message>
    <message>
        <source>The disk is full: the file was not written. Free some space and try again.</source>
        <translation>Диск толы: файл жазылмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file cannot be written there: permission denied. Choose another folder.</source>
        <translation>Файлды мұнда жазу мүмкін емес: қол жеткізу құқығы жоқ. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Файлды жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Nothing can be printed for this case yet: record the request for an explanation or a hearing on the Procedure tab first.</source>
        <translation>Бұл іс бойынша әзірге басып шығаратын ештеңе жоқ: алдымен «Рәсім» қойындысында түсініктеме талап етуді немесе отырысты жазыңыз.</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Save as PDF and Print register the document in the body&apos;s journal and give it a number; printing the same content again keeps that number. Preview registers nothing.</source>
        <translation>«PDF ретінде сақтау» және «Басып шығару» құжатты органның журналында тіркеп, оған нөмір береді; сол мазмұнды қайта басып шығарғанда нөмір сақталады. Алдын ала қарау ештеңе тіркемейді.</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Құжатты басып шығару</translation>
    </message>
    <message>
        <source>Documents issued for this case</source>
        <translation>Іс бойынша ресімделген құжаттар</translation>
    </message>
    <message>
        <source>The documents could not be read from the database.</source>
        <translation>Құжаттарды дерекқордан оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — № %2 іс</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Құжатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Saved as No. %1 (code %2): %3</source>
        <translation>№ %1 болып сақталды (коды %2): %3</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Issued as No. %1 (code %2) for printing.</source>
        <translation>Басып шығару үшін № %1 болып ресімделді (коды %2).</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>The document was produced but cannot be shown.</source>
        <translation>Құжат жасалды, бірақ оны көрсету мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <source>The database file, its journal and its backups will be encrypted (SQLCipher, AES-256). Tartip will ask for the passphrase at every start, before the login. Without the passphrase nobody can read the data, you included: keep it in a safe place.</source>
        <translation>Дерекқор файлы, оның журналы мен сақтық көшірмелері шифрланады (SQLCipher, AES-256). Tartip әр іске қосылған сайын, жүйеге кірмес бұрын құпия фразаны сұрайды. Құпия фразасыз деректерді ешкім, соның ішінде сіз де оқи алмайды: оны сенімді жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Not covered: attachments (scans) in the folder beside the database, and PDFs you saved or printed. Keep the computer&apos;s disk encrypted for those.</source>
        <translation>Шифрланбайды: дерекқордың қасындағы қалтадағы тіркемелер (сканерлер) және сақталған не басылған PDF файлдары. Олар үшін компьютер дискісін шифрлаулы ұстаңыз.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (at least 12 characters)</source>
        <translation>&amp;Құпия фраза (кемінде 12 таңба)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Қайталаңыз</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n unencrypted backup(s) (a new encrypted one is made first)</source>
        <translation>
            <numerusform>%n шифрланбаған сақтық көшірмені жою (алдымен жаңа шифрланған көшірме жасалады)</numerusform>
            <numerusform>%n шифрланбаған сақтық көшірмені жою (алдымен жаңа шифрланған көшірме жасалады)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сіздің рөліңіз бұған рұқсат бермейді.</translation>
    </message>
</context>
<context>
    <name>ExplanationSection</name>
    <message>
        <source>Who signed the act: name and position, one per line</source>
        <translation>Актіге кім қол қойды: Т.А.Ә. және лауазымы, әр жолға біреуден</translation>
    </message>
    <message>
        <source>No scan attached.</source>
        <translation>Скан-көшірме тіркелмеген.</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Скан-көшірмені тіркеу…</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Түсініктемені сақтау</translation>
    </message>
    <message>
        <source>Due by %1 (Labour Code Art. 65)</source>
        <translation>%1 дейін берілуі тиіс (ҚР ЕК 65-бап)</translation>
    </message>
    <message>
        <source>The wait for the explanation ended on %1 and nothing is recorded: record the explanation, or draw up an act of its absence.</source>
        <translation>Түсініктемені күту мерзімі %1 аяқталды, бірақ ештеңе жазылмаған: түсініктемені жазыңыз немесе оның берілмегені туралы акт жасаңыз.</translation>
    </message>
    <message>
        <source>Explanation saved.</source>
        <translation>Түсініктеме сақталды.</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>Скан-көшірмені тіркеу</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)</source>
        <translation>Скан-көшірмелер мен құжаттар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Name, IIN or case number…</source>
        <translation>Т.А.Ә., ЖСН немесе іс нөмірі…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Last day within 2 days</source>
        <translation>Соңғы күн — 2 күн ішінде</translation>
    </message>
    <message>
        <source>Last day within 7 days</source>
        <translation>Соңғы күн — 7 күн ішінде</translation>
    </message>
    <message>
        <source>On time (more than 7 days)</source>
        <translation>Мерзімінде (7 күннен көп)</translation>
    </message>
    <message>
        <source>Open cases by their last permissible day</source>
        <translation>Ашық істер соңғы рұқсат етілген күні бойынша</translation>
    </message>
    <message>
        <source>Committed between</source>
        <translation>Жасалған кезеңі</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Теріс қылық</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемл. орган</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>All offences</source>
        <translation>Барлық теріс қылықтар</translation>
    </message>
    <message>
        <source>All state bodies</source>
        <translation>Барлық мемлекеттік органдар</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Барлық бөлімшелер</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tartip — first start</source>
        <translation>Tartip — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator: they add the other users and give them their roles. Keep the password safe; nobody can recover it.</source>
        <translation>Бұл дерекқорда әзірге пайдаланушылар жоқ. Әкімшіні құрыңыз: ол басқа пайдаланушыларды қосады және оларға рөлдер береді. Құпиясөзді сенімді сақтаңыз: оны ешкім қалпына келтіре алмайды.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Т.А.Ә.</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Құру және кіру</translation>
    </message>
</context>
<context>
    <name>FirstRunCommands</name>
    <message>
        <source>Demo data</source>
        <translation>Демо деректер</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) added.</source>
        <translation>
            <numerusform>%n демо іс қосылды.</numerusform>
            <numerusform>%n демо іс қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Барлық органдар</translation>
    </message>
</context>
<context>
    <name>GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Неден бастау керек</translation>
    </message>
    <message>
        <source>Add users…</source>
        <translation>Пайдаланушыларды қосу…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Демо деректерді жүктеу…</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Хабарламаны жасыру</translation>
    </message>
    <message>
        <source>You are the administrator: you manage users, settings and backups, and by design you do not see disciplinary cases. Add the people who will work with cases: HR officers, the commission&apos;s secretary and members, an auditor.</source>
        <translation>Сіз — әкімшісіз: пайдаланушыларды, баптауларды және сақтық көшірмелерді басқарасыз, ал тәртіптік істерді әдейі көрмейсіз. Істермен жұмыс істейтіндерді қосыңыз: кадр қызметінің қызметкерлері, комиссия хатшысы мен мүшелері, аудитор.</translation>
    </message>
    <message>
        <source>To try Tartip first, load demo data with demo accounts and log in as the demo HR officer.</source>
        <translation>Алдымен Tartip-ті байқап көру үшін демо деректерді демо тіркелгілермен бірге жүктеп, демо кадр қызметкері ретінде кіріңіз.</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>New hearing</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>The servant, their representative, witnesses: one per line</source>
        <translation>Қызметші, оның өкілі, куәлар: әр жолға біреуден</translation>
    </message>
    <message>
        <source>Tick who attended and who stood aside; double-click a vote, a reason or an opinion to change it. Only members present and not recused vote.</source>
        <translation>Қатысқандар мен өздігінен бас тартқандарды белгілеңіз; дауысты, негізді немесе пікірді өзгерту үшін оны екі рет шертіңіз. Тек қатысып отырған және өздігінен бас тартпаған мүшелер дауыс береді.</translation>
    </message>
    <message>
        <source>Choose a penalty…</source>
        <translation>Жазаны таңдаңыз…</translation>
    </message>
    <message>
        <source>The course of the hearing, for the protocol</source>
        <translation>Отырыс барысы — хаттама үшін</translation>
    </message>
    <message>
        <source>Save the hearing</source>
        <translation>Отырысты сақтау</translation>
    </message>
    <message>
        <source>Attendance and votes</source>
        <translation>Қатысу және дауыс беру</translation>
    </message>
    <message>
        <source>A penalty is proposed only when the outcome imposes one.</source>
        <translation>Жаза тек оны қолдану туралы шешім болғанда ұсынылады.</translation>
    </message>
    <message>
        <source>The quorum is not met: the commission could not decide. Record the hearing as it went anyway?</source>
        <translation>Кворум жоқ: комиссия шешім қабылдай алмады. Отырысты өткен күйінде бәрібір жазу керек пе?</translation>
    </message>
    <message>
        <source>The proposal was not adopted: too few members voted for it. Record the hearing as it went anyway?</source>
        <translation>Ұсыныс қабылданбады: оны жақтап дауыс берген мүшелер жеткіліксіз. Отырысты өткен күйінде бәрібір жазу керек пе?</translation>
    </message>
</context>
<context>
    <name>HearingListModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Quorum and vote</source>
        <translation>Кворум және дауыс беру</translation>
    </message>
    <message>
        <source>Proposed penalty</source>
        <translation>Ұсынылған жаза</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>кворум жоқ</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>%1 of %2 present, %3; %4–%5–%6, %7</source>
        <translation>%2 мүшенің %1 қатысты, %3; %4–%5–%6, %7</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Қызметтік тергеп-тексеру</translation>
    </message>
    <message>
        <source>Commission hearing</source>
        <translation>Комиссияда қаралуда</translation>
    </message>
    <message>
        <source>Penalty imposed</source>
        <translation>Жаза қолданылды</translation>
    </message>
    <message>
        <source>No penalty</source>
        <translation>Жазасыз</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>I — corruption-related</source>
        <translation>I — сыбайлас жемқорлыққа байланысты</translation>
    </message>
    <message>
        <source>II — rights of persons</source>
        <translation>II — азаматтар мен ұйымдардың құқықтары</translation>
    </message>
    <message>
        <source>III — abuse of authority</source>
        <translation>III — өкілеттікті теріс пайдалану</translation>
    </message>
    <message>
        <source>Outside the groups (Art. 44, budget)</source>
        <translation>Топтардан тыс (44-бап, бюджет)</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Саяси</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>(repealed)</source>
        <translation>(күші жойылған)</translation>
    </message>
    <message>
        <source>(proposal, not law)</source>
        <translation>(ұсыныс, заң нормасы емес)</translation>
    </message>
    <message>
        <source>Repealed by %1</source>
        <translation>Күшін жойған акт: %1</translation>
    </message>
    <message>
        <source>A proposal of the source article, not the law.</source>
        <translation>Дереккөз мақаланың ұсынысы, заң нормасы емес.</translation>
    </message>
    <message>
        <source>Proposed sub-point 20 of Art. 50 (source article, not law)</source>
        <translation>50-баптың ұсынылған 20) тармақшасы (дереккөз мақала, заң емес)</translation>
    </message>
    <message>
        <source>A deadline falling on a day off moves to the next working day</source>
        <translation>Демалыс күніне түскен мерзім келесі жұмыс күніне ауысады</translation>
    </message>
    <message>
        <source>Art. %1</source>
        <translation>%1-бап</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>%1-т.</translation>
    </message>
    <message>
        <source>sub-p. %1</source>
        <translation>%1) тт.</translation>
    </message>
    <message>
        <source>Civil Code</source>
        <translation>ҚР АК</translation>
    </message>
    <message>
        <source>Labour Code</source>
        <translation>ҚР ЕК</translation>
    </message>
    <message>
        <source>Law 416-V</source>
        <translation>№ 416-V Заң,</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation>(ұсыныс)</translation>
    </message>
    <message>
        <source>(interpretation)</source>
        <translation>(түсіндірме)</translation>
    </message>
    <message>
        <source>(interpretation: the start of the limit for a continuing offence)</source>
        <translation>(түсіндірме: созылмалы теріс қылық үшін мерзімнің басталуы)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Tartip is locked</source>
        <translation>Tartip бұғатталған</translation>
    </message>
    <message>
        <source>You locked the screen. %1, enter your password to continue where you left off.</source>
        <translation>Сіз экранды бұғаттадыңыз. %1, тоқтаған жерден жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The screen was locked after a time without use. %1, enter your password to continue where you left off.</source>
        <translation>Экран біраз уақыт пайдаланылмағаннан кейін бұғатталды. %1, тоқтаған жерден жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Жүйеден шығу</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed attempts. Logging in is locked until %1.</source>
        <translation>Сәтсіз әрекеттер тым көп. Жүйеге кіру %1 дейін бұғатталған.</translation>
    </message>
    <message>
        <source>Tartip — log in</source>
        <translation>Tartip — жүйеге кіру</translation>
    </message>
    <message>
        <source>Log in with the login and password your administrator gave you.</source>
        <translation>Әкімші берген логин мен құпиясөз арқылы жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
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
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Мерзімдерді бақылау</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Демо деректерді жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Print documents for the listed cases…</source>
        <translation>Тізімдегі істер бойынша құжаттарды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Құжатты &amp;тексеру…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>Жұмыс күндерінің &amp;күнтізбесі…</translation>
    </message>
    <message>
        <source>Table of &amp;penalties…</source>
        <translation>&amp;Жазалар кестесі…</translation>
    </message>
    <message>
        <source>Disciplinary co&amp;mmissions…</source>
        <translation>Тәртіптік ко&amp;миссиялар…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пайдаланушылар…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Сақтық көшірмелер…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Tartip</source>
        <translation>Tartip &amp;туралы</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of %n case(s)</source>
        <translation>
            <numerusform>Көрсетілгені: %n істің %1</numerusform>
            <numerusform>Көрсетілгені: %n істің %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some cases could not be shown; the details are in the log.</source>
        <translation>Кейбір істерді көрсету мүмкін болмады; толығырақ журналда.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Бұл іс енді жоқ.</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>Іс сақталды.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо деректер</translation>
    </message>
    <message>
        <source>How many demo cases to add to this database?</source>
        <translation>Осы дерекқорға қанша демо іс қосу керек?</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) added.</source>
        <translation>
            <numerusform>%n демо іс қосылды.</numerusform>
            <numerusform>%n демо іс қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Tartip databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Tartip дерекқорлары (*.db *.sqlite *.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The new language will be used after Tartip is restarted.</source>
        <translation>Жаңа тіл Tartip қайта іске қосылғаннан кейін қолданылады.</translation>
    </message>
    <message>
        <source>Disciplinary cases of civil servants of Kazakhstan.</source>
        <translation>Қазақстан мемлекеттік қызметшілерінің тәртіптік істері.</translation>
    </message>
    <message>
        <source>Rule pack:</source>
        <translation>Ережелер пакеті:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>About Tartip</source>
        <translation>Tartip туралы</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) reach their last permissible day within 7 days.</source>
        <translation>
            <numerusform>%n ашық істің соңғы рұқсат етілген күні 7 күн ішінде келеді.</numerusform>
            <numerusform>%n ашық істің соңғы рұқсат етілген күні 7 күн ішінде келеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are past their last day: no penalty may be imposed on them.</source>
        <translation>
            <numerusform>%n ашық істің мерзімі өтті: олар бойынша жаза қолдануға болмайды.</numerusform>
            <numerusform>%n ашық істің мерзімі өтті: олар бойынша жаза қолдануға болмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show: due within 7 days</source>
        <translation>Көрсету: мерзімі 7 күн ішінде</translation>
    </message>
    <message>
        <source>Show: expired</source>
        <translation>Көрсету: мерзімі өткен</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>About the legal basis</source>
        <translation>Құқықтық негіз туралы</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Бос дерекқор</translation>
    </message>
    <message>
        <source>This database has no cases yet. Load %1 demo cases to try Tartip out? Do not do this in a database you will use for real cases.</source>
        <translation>Бұл дерекқорда әлі іс жоқ. Tartip-ті байқап көру үшін %1 демо іс жүктелсін бе? Нақты істер сақталатын дерекқорда мұны жасамаңыз.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>Хабарламаны жасыру</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <source>Enter the IIN.</source>
        <translation>ЖСН-ді енгізіңіз.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ЖСН тура 12 саннан тұрады.</translation>
    </message>
    <message>
        <source>An IIN consists of the digits 0–9 only.</source>
        <translation>ЖСН тек 0–9 цифрларынан тұрады.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN (century and sex) must be from 1 to 6.</source>
        <translation>ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real birth date (YYMMDD).</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты туған күн емес (ЖЖААКК).</translation>
    </message>
    <message>
        <source>The IIN check digit is wrong: look for a mistyped digit.</source>
        <translation>ЖСН-нің бақылау цифры қате: қате терілген цифрды іздеңіз.</translation>
    </message>
    <message>
        <source>The birth date in the IIN is in the future.</source>
        <translation>ЖСН-дегі туған күн әлі келмеген.</translation>
    </message>
    <message>
        <source>The name contains invisible or control characters; retype it.</source>
        <translation>Т.А.Ә.-де көрінбейтін немесе басқарушы таңбалар бар; оны қайта теріңіз.</translation>
    </message>
    <message>
        <source>A word of the name mixes Latin and Cyrillic letters; retype it in one alphabet.</source>
        <translation>Т.А.Ә. сөзінде латын және кирилл әріптері араласқан; оны бір әліпбимен қайта теріңіз.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The password is too short: at least {min} characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде {min} таңба.</translation>
    </message>
    <message>
        <source>The password is too long: at most {max} characters.</source>
        <translation>Құпиясөз тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Логинді енгізіңіз.</translation>
    </message>
    <message>
        <source>The login is too long: at most {max} characters.</source>
        <translation>Логин тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <source>A login has no spaces or invisible characters.</source>
        <translation>Логинде бос орын немесе көрінбейтін таңбалар болмайды.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Бұл логин бұрыннан бар.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Т.А.Ә.-ні енгізіңіз.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>Т.А.Ә. тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Тізімнен рөлді таңдаңыз.</translation>
    </message>
    <message>
        <source>The administrator already exists; log in instead.</source>
        <translation>Әкімші бұрыннан бар; оның орнына жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>The last active administrator cannot lose the role or be deactivated.</source>
        <translation>Соңғы белсенді әкімшіні рөлден айыруға немесе өшіруге болмайды.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сіздің рөліңіз бұған рұқсат бермейді.</translation>
    </message>
    <message>
        <source>A decision out of time needs the commission chair&apos;s confirmation: enter the chair&apos;s login and password.</source>
        <translation>Мерзімнен тыс шешімді комиссия төрағасы растауы керек: төрағаның логині мен құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Wrong login or password of the confirming user.</source>
        <translation>Растаушы пайдаланушының логині немесе құпиясөзі қате.</translation>
    </message>
    <message>
        <source>You cannot confirm your own decision: another user must confirm it.</source>
        <translation>Өз шешіміңізді өзіңіз растай алмайсыз: оны басқа пайдаланушы растауы тиіс.</translation>
    </message>
    <message>
        <source>This user cannot confirm it: a commission member or secretary of the case&apos;s body confirms.</source>
        <translation>Бұл пайдаланушы раста алмайды: істің органындағы комиссия мүшесі немесе хатшысы растайды.</translation>
    </message>
    <message>
        <source>At least {min} characters; a few words make a good password.</source>
        <translation>Кемінде {min} таңба; бірнеше сөзден тұратын құпиясөз жақсы.</translation>
    </message>
    <message>
        <source>Weak: make it longer.</source>
        <translation>Әлсіз: оны ұзартыңыз.</translation>
    </message>
    <message>
        <source>Fair: a longer one or more kinds of characters is better.</source>
        <translation>Орташа: ұзынырақ немесе әр түрлі таңбалары бар құпиясөз жақсырақ.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Сенімді.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Бұл күн әлі келмеген.</translation>
    </message>
    <message>
        <source>The offence cannot be discovered before it was committed.</source>
        <translation>Теріс қылық жасалмай тұрып анықталуы мүмкін емес.</translation>
    </message>
    <message>
        <source>A continuing offence cannot end before it was committed.</source>
        <translation>Созылмалы теріс қылық басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>The decision cannot come before the offence was discovered ({discovered_on}).</source>
        <translation>Шешім теріс қылық анықталғанға дейін ({discovered_on}) қабылдана алмайды.</translation>
    </message>
    <message>
        <source>Choose an offence from the list.</source>
        <translation>Тізімнен теріс қылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>This offence has been repealed and cannot be chosen for a new case.</source>
        <translation>Бұл норманың күші жойылған: оны жаңа іс үшін таңдауға болмайды.</translation>
    </message>
    <message>
        <source>This proposed offence is switched off (Settings menu).</source>
        <translation>Бұл ұсынылған құрам өшірулі («Баптаулар» мәзірі).</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <source>The text contains invisible or control characters; retype it.</source>
        <translation>Мәтінде көрінбейтін немесе басқарушы таңбалар бар; оны қайта теріңіз.</translation>
    </message>
    <message>
        <source>This state body is not in the database; choose another.</source>
        <translation>Бұл мемлекеттік орган дерекқорда жоқ; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>You work with the cases of your own state body only.</source>
        <translation>Сіз тек өз мемлекеттік органыңыздың істерімен жұмыс істейсіз.</translation>
    </message>
    <message>
        <source>This unit does not belong to the chosen state body.</source>
        <translation>Бұл бөлімше таңдалған мемлекеттік органға жатпайды.</translation>
    </message>
    <message>
        <source>Unknown legal setting.</source>
        <translation>Белгісіз құқықтық баптау.</translation>
    </message>
    <message>
        <source>This offence was repealed by {repealed_by}; choose another.</source>
        <translation>Бұл құрамның күші жойылған ({repealed_by}); басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The case cannot have been terminated ({terminated_on}) before the offence was committed ({committed_on}).</source>
        <translation>Іс теріс қылық жасалғанға дейін ({committed_on}) тоқтатылуы ({terminated_on}) мүмкін емес.</translation>
    </message>
    <message>
        <source>A terminated criminal or administrative case changes the limits of discrediting offences (Art. 50) only; leave this date empty.</source>
        <translation>Қылмыстық немесе әкімшілік істің тоқтатылуы тек жеке басты жамандайтын теріс қылықтардың (50-бап) мерзімдерін өзгертеді; бұл күнді бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Choose the reason of the suspension from the list.</source>
        <translation>Тоқтата тұру негізін тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>The period cannot end ({end}) before it starts ({start}).</source>
        <translation>Кезең басталмай тұрып ({start}) аяқтала ({end}) алмайды.</translation>
    </message>
    <message>
        <source>A penalty cannot be lifted ({lifted_on}) before it was imposed ({imposed_on}).</source>
        <translation>Жаза қолданылғанға дейін ({imposed_on}) алынуы ({lifted_on}) мүмкін емес.</translation>
    </message>
    <message>
        <source>Unknown ground of dismissal ({ground}).</source>
        <translation>Жұмыстан босатудың белгісіз негізі ({ground}).</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is earlier than the last recorded change: saving this decision needs a written reason.</source>
        <translation>Компьютер сағаты соңғы тіркелген өзгерістен ерте уақытты көрсетеді: бұл шешімді сақтау үшін жазбаша себеп қажет.</translation>
    </message>
    <message>
        <source>Out of time: the last permissible day was {last_day}. To record a decision of {decision_date} anyway, give the written reason below.</source>
        <translation>Мерзім өтіп кетті: соңғы рұқсат етілген күн — {last_day}. {decision_date} күнгі шешімді бәрібір жазу үшін төменде жазбаша негіздеме беріңіз.</translation>
    </message>
    <message>
        <source>No penalty may be imposed on {decision_date}: {reason} from {start} to {end} ({article}). To record it anyway, give the written reason below.</source>
        <translation>{decision_date} жаза қолдануға болмайды: {reason}, {start} – {end} ({article}). Шешімді бәрібір жазу үшін төменде жазбаша негіздеме беріңіз.</translation>
    </message>
    <message>
        <source>This penalty ({penalty}) is not in the rule pack; choose one from the list.</source>
        <translation>Мұндай жаза ({penalty}) ережелер жинағында жоқ; тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>A case decided without a penalty has none: clear the penalty or change the status.</source>
        <translation>Жазасыз шешілген істе жаза болмайды: жазаны алып тастаңыз немесе күйін өзгертіңіз.</translation>
    </message>
    <message>
        <source>The law does not allow {penalty} here: only {allowed} ({rule}).</source>
        <translation>Заң мұнда «{penalty}» жазасына жол бермейді: тек {allowed} ({rule}).</translation>
    </message>
    <message>
        <source>The law does not allow {penalty} here: this is a repeat offence within the repeat window, so only {allowed} ({rule}).</source>
        <translation>Заң мұнда «{penalty}» жазасына жол бермейді: бұл қайталану мерзімі ішіндегі қайталанған теріс қылық, сондықтан тек {allowed} ({rule}).</translation>
    </message>
    <message>
        <source>{penalty} lies outside the range of comparable cases and of the body&apos;s table of penalties ({least} to {most}): explain the choice in writing.</source>
        <translation>«{penalty}» жазасы салыстырмалы істер мен органның жазалар кестесінің ауқымынан тыс («{least}» – «{most}»): таңдауды жазбаша негіздеңіз.</translation>
    </message>
    <message>
        <source>Only an imposed penalty can be lifted early: choose the penalty first.</source>
        <translation>Мерзімінен бұрын тек қолданылған жазаны алуға болады: алдымен жазаны таңдаңыз.</translation>
    </message>
    <message>
        <source>A penalty cannot be lifted before it was imposed ({decided_on}).</source>
        <translation>Жазаны ол қолданылғанға дейін ({decided_on}) алуға болмайды.</translation>
    </message>
    <message>
        <source>Choose an offence from the list to see the penalties the law allows.</source>
        <translation>Заң рұқсат ететін жазаларды көру үшін тізімнен теріс қылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>This offence was repealed by {repealed_by}: no penalty can be chosen for it.</source>
        <translation>Бұл теріс қылық алып тасталған ({repealed_by}): ол үшін жаза таңдауға болмайды.</translation>
    </message>
    <message>
        <source>This proposed offence is switched off (Settings menu): no penalty can be chosen for it.</source>
        <translation>Бұл ұсынылған құрам өшірулі («Баптаулар» мәзірі): ол үшін жаза таңдауға болмайды.</translation>
    </message>
    <message>
        <source>An earlier penalty of the servant ({penalty}) is not in the rule pack.</source>
        <translation>Қызметшінің бұрынғы жазасы ({penalty}) ережелер жинағында жоқ.</translation>
    </message>
    <message>
        <source>The offence of an earlier penalty ({offence}) is not in the rule pack.</source>
        <translation>Бұрынғы жаза қолданылған теріс қылық ({offence}) ережелер жинағында жоқ.</translation>
    </message>
    <message>
        <source>An earlier penalty cannot have been lifted ({lifted_on}) before it was imposed ({imposed_on}).</source>
        <translation>Бұрынғы жаза қолданылғанға дейін ({imposed_on}) алынуы ({lifted_on}) мүмкін емес.</translation>
    </message>
    <message>
        <source>“{criterion}” is not a criterion of the rule pack.</source>
        <translation>«{criterion}» ережелер жинағының өлшемшарты емес.</translation>
    </message>
    <message>
        <source>Rated {rating}: write down why in the note.</source>
        <translation>«{rating}» деп бағаланды: себебін ескертпеге жазыңыз.</translation>
    </message>
    <message>
        <source>“{criterion}” is rated twice; keep one rating.</source>
        <translation>«{criterion}» екі рет бағаланды; бір бағаны қалдырыңыз.</translation>
    </message>
    <message>
        <source>Unknown rating ({rating}): choose aggravating, neutral, mitigating or not applicable.</source>
        <translation>Белгісіз баға ({rating}): «ауырлататын», «бейтарап», «жеңілдететін» немесе «қолданылмайды» таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the occurrence: from 1 to {max} (the last one counts every later).</source>
        <translation>Қайталануын таңдаңыз: 1 мен {max} аралығында (соңғысы кейінгілердің бәрін қамтиды).</translation>
    </message>
    <message>
        <source>The range is reversed: {min_penalty} is more severe than {max_penalty}.</source>
        <translation>Ауқым керісінше: «{min_penalty}» «{max_penalty}» жазасынан қатаңырақ.</translation>
    </message>
    <message>
        <source>Another entry already has this offence, occurrence and start date; remove it first.</source>
        <translation>Осы теріс қылық, қайталану және басталу күні бар жазба бұрыннан бар; алдымен оны жойыңыз.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {min} characters.</source>
        <translation>Құпия фраза тым қысқа: кемінде {min} таңба.</translation>
    </message>
    <message>
        <source>The passphrase is too long: at most {max} characters.</source>
        <translation>Құпия фраза тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Invalid value ({code}).</source>
        <translation>Жарамсыз мән ({code}).</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Теріс қылық</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Анықталған күні</translation>
    </message>
    <message>
        <source>Continued until</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Report source</source>
        <translation>Хабарлама көзі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Continuing offence</source>
        <translation>Созылмалы теріс қылық</translation>
    </message>
    <message>
        <source>Criminal or administrative case terminated on</source>
        <translation>Қылмыстық немесе әкімшілік істің тоқтатылған күні</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Reason for deciding anyway</source>
        <translation>Мерзімнен тыс шешімнің негіздемесі</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Тоқтата тұрулар</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>Lifted early on</source>
        <translation>Мерзімінен бұрын алынды</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>A vacant lower post exists</source>
        <translation>Бос төмен тұрған лауазым бар</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Қайталануы</translation>
    </message>
    <message>
        <source>Mildest penalty</source>
        <translation>Ең жеңіл жаза</translation>
    </message>
    <message>
        <source>Most severe penalty</source>
        <translation>Ең қатаң жаза</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Қолданылу басталуы</translation>
    </message>
    <message>
        <source>Suspension %1</source>
        <translation>%1-тоқтата тұру</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>негізі</translation>
    </message>
    <message>
        <source>from</source>
        <translation>басы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Дерекқор бос емес</translation>
    </message>
    <message>
        <source>Database is read-only</source>
        <translation>Дерекқор тек оқуға арналған</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Дерекқор бүлінген</translation>
    </message>
    <message>
        <source>Not a Tartip database</source>
        <translation>Бұл Tartip дерекқоры емес</translation>
    </message>
    <message>
        <source>Database from a newer Tartip</source>
        <translation>Tartip-тің жаңа нұсқасының дерекқоры</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Диск толы</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Дерекқор желілік қалтада</translation>
    </message>
    <message>
        <source>Incomplete database file</source>
        <translation>Дерекқор файлы толық емес</translation>
    </message>
    <message>
        <source>Another program&apos;s file</source>
        <translation>Басқа бағдарламаның файлы</translation>
    </message>
    <message>
        <source>Database content altered</source>
        <translation>Дерекқордың мазмұны өзгертілген</translation>
    </message>
    <message>
        <source>Cannot write to the database</source>
        <translation>Дерекқорға жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Database is encrypted</source>
        <translation>Дерекқор шифрланған</translation>
    </message>
    <message>
        <source>Wrong database passphrase</source>
        <translation>Дерекқордың құпия фразасы қате</translation>
    </message>
    <message>
        <source>Another program or user is writing to the database right now. Nothing was saved; your input is kept. Wait a moment and try again.</source>
        <translation>Дәл қазір дерекқорға басқа бағдарлама немесе пайдаланушы жазып жатыр. Ештеңе сақталған жоқ; енгізілген деректер формада қалды. Біраз күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written. Nothing was saved; your input is kept. Ask your administrator for write access, or open a copy in a writable folder.</source>
        <translation>Дерекқор файлына немесе оның қалтасына жазу мүмкін емес. Ештеңе сақталған жоқ; енгізілген деректер формада қалды. Әкімшіден жазу құқығын сұраңыз немесе көшірмесін жазуға болатын қалтада ашыңыз.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working in it and open the latest backup; the damaged file is left untouched for your administrator.</source>
        <translation>Дерекқор файлы бүлінген. Онымен жұмысты тоқтатып, соңғы сақтық көшірмені ашыңыз; бүлінген файл әкімші үшін өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>This file is not a Tartip database. Choose another file.</source>
        <translation>Бұл файл Tartip дерекқоры емес. Басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tartip. Install that version; this one will not change the file.</source>
        <translation>Бұл дерекқор Tartip-тің жаңа нұсқасымен жазылған. Сол нұсқаны орнатыңыз; осы нұсқа файлды өзгертпейді.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; your input is kept. Free some space and try again.</source>
        <translation>Диск толы. Ештеңе сақталған жоқ; енгізілген деректер формада қалды. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database cannot be opened: its folder is missing or not accessible. Check the path, the network connection or the permissions.</source>
        <translation>Дерекқорды ашу мүмкін емес: қалтасы жоқ немесе қолжетімсіз. Жолды, желіге қосылуды немесе қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The database file is on a network share, where SQLite can lose or damage data. Move it to a local disk, or let several users work in the server mode (PostgreSQL).</source>
        <translation>Дерекқор файлы желілік қалтада орналасқан, онда SQLite деректерді жоғалтуы немесе бүлдіруі мүмкін. Оны жергілікті дискіге көшіріңіз немесе бірнеше пайдаланушының сервер режимінде (PostgreSQL) жұмыс істеуін ұйымдастырыңыз.</translation>
    </message>
    <message>
        <source>The file is shorter than a complete database: the copy or download was interrupted. Nothing was changed. Choose a complete backup.</source>
        <translation>Файл толық дерекқордан қысқа: көшіру немесе жүктеп алу үзілген. Ештеңе өзгертілген жоқ. Толық сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <source>This is a database of another program, not of Tartip. Nothing was changed.</source>
        <translation>Бұл Tartip-тің емес, басқа бағдарламаның дерекқоры. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The file&apos;s structure is sound, but its recorded history does not verify: records were changed outside Tartip. Nothing was changed; tell your administrator.</source>
        <translation>Файлдың құрылымы дұрыс, бірақ жазылған тарихы тексеруден өтпейді: жазбалар Tartip-тен тыс (рұқсатсыз) өзгертілген. Ештеңе өзгертілген жоқ; әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The system refused to write the database file (a file size limit of the drive, or a failing device). Nothing was saved; what you typed is kept. Move the database to a local disk and try again.</source>
        <translation>Жүйе дерекқор файлын жазудан бас тартты (дискідегі файл өлшемінің шегі немесе құрылғы ақауы). Ештеңе сақталған жоқ; енгізілген деректер формада қалды. Дерекқорды жергілікті дискіге көшіріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database is encrypted. Enter its passphrase (on the command line: set TARTIP_DB_PASSPHRASE or run it in a terminal, which asks for it).</source>
        <translation>Дерекқор шифрланған. Оның құпия фразасын енгізіңіз (командалық жолда: TARTIP_DB_PASSPHRASE айнымалысын орнатыңыз немесе команданы оны сұрайтын терминалда іске қосыңыз).</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the database. Check the keyboard layout and Caps Lock and try again. Nothing was changed.</source>
        <translation>Бұл құпия фраза дерекқорды ашпайды. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n мәселе:</numerusform>
            <numerusform>%n мәселе:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is on a removable drive. Removing the drive while Tartip runs can damage it. Open it anyway?</source>
        <translation>Дерекқор алынбалы дискіде орналасқан. Tartip жұмыс істеп тұрғанда дискіні алып тастау оны бүлдіруі мүмкін. Бәрібір ашу керек пе?</translation>
    </message>
    <message>
        <source>The database is in a folder a cloud service synchronises. The service can upload a half-written file or put an old copy back over it. Open it anyway?</source>
        <translation>Дерекқор бұлттық сервис синхрондайтын қалтада орналасқан. Сервис толық жазылмаған файлды жүктеп жіберуі немесе оның үстіне ескі көшірмені қайтаруы мүмкін. Бәрібір ашу керек пе?</translation>
    </message>
    <message>
        <source>The case is annulled (entered in error): its procedure cannot change.</source>
        <translation>Істің күші жойылған (қате енгізілген): оның рәсімін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Not expected for the chosen outcome: leave it empty.</source>
        <translation>Таңдалған нәтиже үшін толтырылмайды: өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The explanation cannot be requested before the offence was discovered ({date}).</source>
        <translation>Түсініктеме теріс қылық анықталғанға дейін ({date}) талап етілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>The explanation cannot arrive before it was requested ({date}).</source>
        <translation>Түсініктеме талап етілгенге дейін ({date}) түсуі мүмкін емес.</translation>
    </message>
    <message>
        <source>Type the explanation&apos;s text or attach its scan.</source>
        <translation>Түсініктеме мәтінін енгізіңіз немесе оның скан-көшірмесін тіркеңіз.</translation>
    </message>
    <message>
        <source>An act of absence is drawn up only after the wait ended ({due_on}): date it later.</source>
        <translation>Түсініктеменің берілмегені туралы акт күту мерзімі аяқталғаннан ({due_on}) кейін ғана жасалады: кейінірек күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The act cannot come before the explanation was requested ({date}).</source>
        <translation>Акт түсініктеме талап етілгенге дейін ({date}) жасалуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Tick at least one state body the commission serves.</source>
        <translation>Комиссия қызмет ететін кемінде бір мемлекеттік органды белгілеңіз.</translation>
    </message>
    <message>
        <source>A composition has exactly one chair (now {count}).</source>
        <translation>Құрамда дәл бір төраға болуы тиіс (қазір {count}).</translation>
    </message>
    <message>
        <source>A composition has at most one secretary (now {count}).</source>
        <translation>Құрамда ең көбі бір хатшы болуы мүмкін (қазір {count}).</translation>
    </message>
    <message>
        <source>At least {min} members must vote (now {count}).</source>
        <translation>Кемінде {min} мүшенің дауыс беру құқығы болуы тиіс (қазір {count}).</translation>
    </message>
    <message>
        <source>This person is already in the composition.</source>
        <translation>Бұл адам құрамға бұрыннан енгізілген.</translation>
    </message>
    <message>
        <source>The quorum {quorum} is not a fraction from 1/n up to 1 (such as 2/3).</source>
        <translation>{quorum} кворумы 1/n мен 1 аралығындағы бөлшек емес (мысалы, 2/3).</translation>
    </message>
    <message>
        <source>Another composition already starts on {valid_from}; choose another date.</source>
        <translation>{valid_from} бастап басқа құрам бұрыннан бар; басқа күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>This commission is no longer in the database.</source>
        <translation>Бұл комиссия енді дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>This commission does not serve the case&apos;s state body.</source>
        <translation>Бұл комиссия іс бойынша мемлекеттік органға қызмет етпейді.</translation>
    </message>
    <message>
        <source>The commission has no composition in force on {held_on}: add one from that date (Settings → Disciplinary commissions).</source>
        <translation>Комиссияның {held_on} күні қолданыстағы құрамы жоқ: сол күннен бастап құрам қосыңыз (Баптаулар → Тәртіптік комиссиялар).</translation>
    </message>
    <message>
        <source>The members listed differ from the composition in force on the day (missing: {missing}; not in it: {extra}).</source>
        <translation>Көрсетілген мүшелер сол күнгі қолданыстағы құрамға сәйкес келмейді (жоқтар: {missing}; құрамға кірмейтіндер: {extra}).</translation>
    </message>
    <message>
        <source>Only a voting member who is present and not recused votes.</source>
        <translation>Тек қатысып отырған, өздігінен бас тартпаған, дауыс беру құқығы бар мүше дауыс береді.</translation>
    </message>
    <message>
        <source>Record this member&apos;s vote: for, against or abstained.</source>
        <translation>Осы мүшенің дауысын көрсетіңіз: жақтап, қарсы немесе қалыс қалды.</translation>
    </message>
    <message>
        <source>Give the reason for the recusal (a party to the case or a relative).</source>
        <translation>Өздігінен бас тарту негізін көрсетіңіз (іс тарапы немесе туысы).</translation>
    </message>
    <message>
        <source>A dissenting opinion comes only from a member who voted against or abstained.</source>
        <translation>Ерекше пікірді тек қарсы дауыс берген немесе қалыс қалған мүше білдіре алады.</translation>
    </message>
    <message>
        <source>The law does not allow {penalty} here: only {allowed}.</source>
        <translation>Заң мұнда «{penalty}» жазасына жол бермейді: тек {allowed}.</translation>
    </message>
    <message>
        <source>A penalty is proposed only when the outcome is to impose one.</source>
        <translation>Жаза тек оны қолдану туралы шешім болғанда ұсынылады.</translation>
    </message>
    <message>
        <source>The hearing cannot be before the offence was discovered ({date}).</source>
        <translation>Отырыс теріс қылық анықталғанға дейін ({date}) өтуі мүмкін емес.</translation>
    </message>
    <message>
        <source>An order imposes a penalty or none; an additional investigation is not an order on the penalty.</source>
        <translation>Бұйрық не жаза қолданады, не қолданбайды; қосымша тергеп-тексеруге жіберу жаза туралы бұйрық емес.</translation>
    </message>
    <message>
        <source>The order cannot be signed before the hearing that adopted it ({date}).</source>
        <translation>Бұйрыққа шешім қабылданған отырысқа дейін ({date}) қол қойылуы мүмкін емес.</translation>
    </message>
    <message>
        <source>An order imposing no penalty names none: clear the penalty.</source>
        <translation>Жазасыз бұйрықта жаза көрсетілмейді: оны алып тастаңыз.</translation>
    </message>
    <message>
        <source>The servant either signed the order or refused to: enter one of the two dates.</source>
        <translation>Қызметші бұйрықпен не қол қойып танысты, не бас тартты: екі күннің біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This cannot come before the order was signed ({date}).</source>
        <translation>Бұл күн бұйрыққа қол қойылғанға дейін ({date}) болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>A penalty can be lifted only after the order was signed ({date}).</source>
        <translation>Жазаны тек бұйрыққа қол қойылғаннан ({date}) кейін алуға болады.</translation>
    </message>
    <message>
        <source>Only an imposed penalty can be lifted early.</source>
        <translation>Мерзімінен бұрын тек қолданылған жазаны алуға болады.</translation>
    </message>
    <message>
        <source>Record the order first: an appeal is against the order.</source>
        <translation>Алдымен бұйрықты жазыңыз: шағым бұйрыққа беріледі.</translation>
    </message>
    <message>
        <source>An appeal cannot be filed before the order was signed ({date}).</source>
        <translation>Шағым бұйрыққа қол қойылғанға дейін ({date}) берілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>An appeal cannot be decided before it was filed ({date}).</source>
        <translation>Шағым бойынша шешім ол берілгенге дейін ({date}) қабылдануы мүмкін емес.</translation>
    </message>
    <message>
        <source>This document cannot be printed yet: the procedure has not reached it.</source>
        <translation>Бұл құжатты әзірге басып шығаруға болмайды: рәсім оған әлі жеткен жоқ.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s language: Kazakh, Russian or both.</source>
        <translation>Құжаттың тілін таңдаңыз: қазақ, орыс немесе екеуі де.</translation>
    </message>
    <message>
        <source>Printing is not available in this installation of Tartip.</source>
        <translation>Tartip-тің осы орнатылымында басып шығару қолжетімсіз.</translation>
    </message>
    <message>
        <source>The file is too large ({size}): at most {max}.</source>
        <translation>Файл тым үлкен ({size}): ең көбі {max}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted; attach a PDF, PNG, JPEG, TIFF or text file.</source>
        <translation>Мұндай түрдегі файл қабылданбайды; PDF, PNG, JPEG, TIFF немесе мәтіндік файлды тіркеңіз.</translation>
    </message>
    <message>
        <source>The file&apos;s name ends in {extension} but its content is {detected}: rename or convert it.</source>
        <translation>Файл атауы {extension} деп аяқталады, бірақ мазмұны — {detected}: файлдың атауын өзгертіңіз немесе оны түрлендіріңіз.</translation>
    </message>
    <message>
        <source>This attachment is not one of the case&apos;s files.</source>
        <translation>Бұл тіркеме іс файлдарына жатпайды.</translation>
    </message>
    <message>
        <source>No folder for attachments is set up for this database.</source>
        <translation>Бұл дерекқор үшін тіркемелер қалтасы бапталмаған.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Confirmed by (commission chair)</source>
        <translation>Растаушы (комиссия төрағасы)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы орыс тілінде</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы қазақ тілінде</translation>
    </message>
    <message>
        <source>Bodies served</source>
        <translation>Қызмет ететін органдары</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Комиссия мүшелері</translation>
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
        <translation>Түсініктеме талап етілген күн</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <source>Text of the explanation</source>
        <translation>Түсініктеме мәтіні</translation>
    </message>
    <message>
        <source>Wording of the act</source>
        <translation>Акт мәтіні</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Act drawn up on</source>
        <translation>Акт жасалған күн</translation>
    </message>
    <message>
        <source>Witnesses of the act</source>
        <translation>Актіге қол қойғандар</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан-көшірме</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Отырыс күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>Сондай-ақ қатысқандар</translation>
    </message>
    <message>
        <source>The commission&apos;s recommendation</source>
        <translation>Комиссияның ұсынымы</translation>
    </message>
    <message>
        <source>Proposed penalty</source>
        <translation>Ұсынылған жаза</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Отырыс барысы</translation>
    </message>
    <message>
        <source>Signed by (full name)</source>
        <translation>Қол қойған (Т.А.Ә.)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Қол қойған адамның лауазымы</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күн</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Бұйрық нөмірі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Жарияланған күн</translation>
    </message>
    <message>
        <source>Servant signed on</source>
        <translation>Қызметшінің танысқан күні</translation>
    </message>
    <message>
        <source>Refused to sign on (act)</source>
        <translation>Қол қоюдан бас тартқан күн (акт)</translation>
    </message>
    <message>
        <source>Witnesses of the refusal</source>
        <translation>Бас тартуды куәландырғандар</translation>
    </message>
    <message>
        <source>Appealed to</source>
        <translation>Шағым берілген орган</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries, the last is No. {head}.</source>
        <translation>Аудит журналы бүтін: жазбалар саны — {count}, соңғысы — № {head}.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} was changed after it was written.</source>
        <translation>Аудит журналының № {seq} жазбасы енгізілгеннен кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} is missing (deleted).</source>
        <translation>Аудит журналының № {seq} жазбасы жоқ (жойылған).</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} does not follow the one before it (moved or replaced).</source>
        <translation>Аудит журналының № {seq} жазбасы алдыңғы жазбаның жалғасы емес (орны ауыстырылған немесе алмастырылған).</translation>
    </message>
    <message>
        <source>The audit trail ends before entry No. {seq}, which was already verified: entries at its end were removed.</source>
        <translation>Аудит журналы бұрын тексерілген № {seq} жазбаға дейін аяқталады: оның соңындағы жазбалар жойылған.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} differs from the one verified earlier: rewritten.</source>
        <translation>Аудит журналының № {seq} жазбасы бұрын тексерілгеннен өзгеше: ол қайта жазылған.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} was recomputed without this installation&apos;s key.</source>
        <translation>Аудит журналының № {seq} жазбасы осы орнатудың кілтінсіз қайта есептелген.</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} was signed with a key this computer does not hold; it cannot be checked here.</source>
        <translation>Аудит журналының № {seq} жазбасына осы компьютерде жоқ кілтпен қол қойылған; оны мұнда тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is behind the last audit entry; check the date and time. The change was recorded in the audit trail.</source>
        <translation>Компьютер сағаты аудит журналының соңғы жазбасының уақытынан артта қалған; күн мен уақытты тексеріңіз. Бұл өзгеріс аудит журналына жазылды.</translation>
    </message>
    <message>
        <source>The export could not be written: {error}</source>
        <translation>Экспортты жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>The audit trail ends before entry No. {pin}, recorded in the audit checkpoint of {at}: it was truncated below the checkpoint (entries from No. {seq} were removed).</source>
        <translation>Аудит журналы {at} аудиттің бақылау нүктесінде тіркелген № {pin} жазбаға дейін аяқталады: журнал бақылау нүктесінен төмен қысқартылған (№ {seq} бастап жазбалар жойылған).</translation>
    </message>
    <message>
        <source>Audit entry No. {seq} differs from the audit checkpoint of {at}: the history was rewritten.</source>
        <translation>Аудит журналының № {seq} жазбасы {at} аудиттің бақылау нүктесінен өзгеше: тарих қайта жазылған.</translation>
    </message>
    <message>
        <source>The copy of the last exported audit checkpoint kept on this computer was altered or damaged (its signature does not match). Verify the trail against the exported file.</source>
        <translation>Осы компьютерде сақталған соңғы экспортталған аудит бақылау нүктесінің көшірмесі өзгертілген немесе бүлінген (қолтаңбасы сәйкес емес). Журналды экспортталған файл бойынша тексеріңіз.</translation>
    </message>
    <message>
        <source>The audit trail contains the checkpoint of {at} (entry No. {seq}) unchanged; the checkpoint&apos;s signature is valid. The trail now has {count} entries.</source>
        <translation>Аудит журналында {at} бақылау нүктесі (№ {seq} жазба) өзгеріссіз бар; бақылау нүктесінің қолтаңбасы дұрыс. Қазір журналдағы жазбалар саны — {count}.</translation>
    </message>
    <message>
        <source>The audit trail contains the checkpoint of {at} (entry No. {seq}) unchanged. The checkpoint is unsigned: it is only as trustworthy as the place it was kept.</source>
        <translation>Аудит журналында {at} бақылау нүктесі (№ {seq} жазба) өзгеріссіз бар. Бақылау нүктесіне қол қойылмаған: оған ол сақталған орын қаншалықты сенімді болса, соншалықты сенуге болады.</translation>
    </message>
    <message>
        <source>The checkpoint file was altered: its signature does not match. It cannot vouch for the audit trail.</source>
        <translation>Бақылау нүктесінің файлы өзгертілген: қолтаңбасы сәйкес емес. Ол аудит журналын растай алмайды.</translation>
    </message>
    <message>
        <source>The checkpoint is not signed, while this installation signs its checkpoints: it may be forged. It cannot vouch for the audit trail.</source>
        <translation>Бақылау нүктесіне қол қойылмаған, ал бұл орнату өз бақылау нүктелеріне қол қояды: ол жалған болуы мүмкін. Ол аудит журналын растай алмайды.</translation>
    </message>
    <message>
        <source>The checkpoint was signed with a key this computer does not hold; it cannot be checked here.</source>
        <translation>Бақылау нүктесіне осы компьютерде жоқ кілтпен қол қойылған; оны мұнда тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>The checkpoint was made for the database {name}, whose trail began differently: if it is another database&apos;s checkpoint, choose this database&apos;s one.</source>
        <translation>Бақылау нүктесі журналы басқаша басталған {name} дерекқоры үшін жасалған: егер бұл басқа дерекқордың бақылау нүктесі болса, осы дерекқордың бақылау нүктесін таңдаңыз.</translation>
    </message>
    <message>
        <source>Checkpoint of entry No. {seq} written to {file}. Keep it away from this computer: on removable media or at the regional office.</source>
        <translation>№ {seq} жазбаның бақылау нүктесі {file} файлына жазылды. Оны осы компьютерде емес, алынбалы тасығышта немесе өңірлік кеңседе сақтаңыз.</translation>
    </message>
    <message>
        <source>No checkpoint was written: the audit trail does not verify.</source>
        <translation>Бақылау нүктесі жазылмады: аудит журналы тексеруден өтпейді.</translation>
    </message>
    <message>
        <source>The checkpoint could not be written: {error}</source>
        <translation>Бақылау нүктесін жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>The checkpoint file could not be read: {error}</source>
        <translation>Бақылау нүктесінің файлын оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>This file is not an audit checkpoint (it is not JSON text).</source>
        <translation>Бұл файл аудиттің бақылау нүктесі емес (ол JSON мәтіні емес).</translation>
    </message>
    <message>
        <source>This file is not a Tartip audit checkpoint.</source>
        <translation>Бұл файл Tartip аудитінің бақылау нүктесі емес.</translation>
    </message>
    <message>
        <source>This file is too large to be an audit checkpoint.</source>
        <translation>Бұл файл аудиттің бақылау нүктесі болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>This audit checkpoint was written by a newer version of Tartip (format {version}).</source>
        <translation>Бұл аудит бақылау нүктесін Tartip-тің жаңарақ нұсқасы жазған (пішім {version}).</translation>
    </message>
    <message>
        <source>The audit checkpoint is damaged: its field &quot;{field}&quot; is invalid.</source>
        <translation>Аудиттің бақылау нүктесі бүлінген: «{field}» өрісі жарамсыз.</translation>
    </message>
</context>
<context>
    <name>OrderSection</name>
    <message>
        <source>The written reason for signing the order on this day</source>
        <translation>Бұйрыққа осы күні қол қою себебінің жазбаша негіздемесі</translation>
    </message>
    <message>
        <source>Who signed the act of refusal, one per line</source>
        <translation>Бас тарту актісіне кім қол қойды, әр жолға біреуден</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Announcement to the servant</source>
        <translation>Қызметшіге жариялау</translation>
    </message>
    <message>
        <source>The penalty&apos;s lifetime</source>
        <translation>Жазаның қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Save the order</source>
        <translation>Бұйрықты сақтау</translation>
    </message>
    <message>
        <source>Choose a penalty…</source>
        <translation>Жазаны таңдаңыз…</translation>
    </message>
    <message>
        <source>In force through %1 unless lifted earlier (Labour Code Art. 66).</source>
        <translation>Мерзімінен бұрын алынбаса, %1 қоса алғанда қолданыста болады (ҚР ЕК 66-бап).</translation>
    </message>
    <message>
        <source>No penalty was imposed.</source>
        <translation>Жаза қолданылған жоқ.</translation>
    </message>
    <message>
        <source>Shown once the order is saved.</source>
        <translation>Бұйрық сақталғаннан кейін көрсетіледі.</translation>
    </message>
    <message>
        <source>announced late: it was due by %1</source>
        <translation>кешіктіріліп жарияланды: мерзімі — %1 дейін</translation>
    </message>
    <message>
        <source>not announced yet: it was due by %1</source>
        <translation>әлі жарияланған жоқ: мерзімі — %1 дейін</translation>
    </message>
    <message>
        <source>due by %1 (Labour Code Art. 65)</source>
        <translation>%1 дейін жариялау керек (ҚР ЕК 65-бап)</translation>
    </message>
    <message>
        <source>Order saved; the case is decided.</source>
        <translation>Бұйрық сақталды; іс шешілді.</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Құпиясөзді қа&amp;йталау</translation>
    </message>
</context>
<context>
    <name>PauseRow</name>
    <message>
        <source>Order or sheet No., date</source>
        <translation>Бұйрық немесе парақ №, күні</translation>
    </message>
    <message>
        <source>Remove this suspension</source>
        <translation>Бұл тоқтата тұруды жою</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Негізін таңдаңыз…</translation>
    </message>
    <message>
        <source>The limits are suspended, and no penalty may be imposed meanwhile.</source>
        <translation>Мерзімдер тоқтатыла тұрады және осы уақытта жаза қолдануға болмайды.</translation>
    </message>
    <message>
        <source>The limits are suspended.</source>
        <translation>Мерзімдер тоқтатыла тұрады.</translation>
    </message>
</context>
<context>
    <name>PausesEditor</name>
    <message>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>No suspensions recorded.</source>
        <translation>Тоқтата тұрулар жоқ.</translation>
    </message>
    <message>
        <source>Add a suspension</source>
        <translation>Тоқтата тұру қосу</translation>
    </message>
</context>
<context>
    <name>Penalties</name>
    <message>
        <source>the source article&apos;s proposal, not law</source>
        <translation>дереккөз мақаланың ұсынысы, заң нормасы емес</translation>
    </message>
    <message>
        <source>any penalty</source>
        <translation>кез келген жаза</translation>
    </message>
    <message>
        <source>Aggravating</source>
        <translation>Ауырлататын</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Бейтарап</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>Жеңілдететін</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>%1 ережесі</translation>
    </message>
    <message>
        <source>the general rules</source>
        <translation>жалпы ережелер</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 немесе %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 және %2</translation>
    </message>
    <message>
        <source>1st offence</source>
        <translation>1-ші теріс қылық</translation>
    </message>
    <message>
        <source>2nd offence</source>
        <translation>2-ші теріс қылық</translation>
    </message>
    <message>
        <source>3rd and later</source>
        <translation>3-ші және кейінгілері</translation>
    </message>
    <message>
        <source>more severe than</source>
        <translation>қатаңырақ</translation>
    </message>
    <message>
        <source>milder than</source>
        <translation>жеңілірек</translation>
    </message>
    <message>
        <source>(the note is still to be written)</source>
        <translation>(ескертпе әлі жазылмаған)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n ұпай</numerusform>
            <numerusform>%n ұпай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n саты</numerusform>
            <numerusform>%n саты</numerusform>
        </translation>
    </message>
    <message>
        <source>The offence under {offence_article} falls under {rule}: {penalties}.</source>
        <translation>{offence_article} бойынша теріс қылыққа {rule} қолданылады: {penalties}.</translation>
    </message>
    <message>
        <source>The offence under {offence_article} falls under {rule}: {first}; when that is not possible, {then}.</source>
        <translation>{offence_article} бойынша теріс қылыққа {rule} қолданылады: {first}; бұл мүмкін болмаса — {then}.</translation>
    </message>
    <message>
        <source>The offence under {offence_article} has no penalty rule of its own: any penalty of the list may be imposed ({penalties}).</source>
        <translation>{offence_article} бойынша теріс қылықтың жаза таңдаудың өз ережесі жоқ: тізбедегі кез келген жаза қолданылуы мүмкін ({penalties}).</translation>
    </message>
    <message>
        <source>This offence is the source article&apos;s proposal, not law; it is used because the setting “{switch}” is on.</source>
        <translation>Бұл теріс қылық — дереккөз мақаланың ұсынысы, заң нормасы емес; ол «{switch}» баптауы қосулы болғандықтан қолданылады.</translation>
    </message>
    <message>
        <source>There is no vacant lower post: {penalty} is not possible.</source>
        <translation>Бос төмен тұрған лауазым жоқ: {penalty} мүмкін емес.</translation>
    </message>
    <message>
        <source>The servant holds an elected post: {penalty} is not possible.</source>
        <translation>Қызметші сайланбалы лауазымды атқарады: {penalty} мүмкін емес.</translation>
    </message>
    <message>
        <source>Since {unavailable} is not possible, {penalty} applies.</source>
        <translation>{unavailable} мүмкін болмағандықтан, {penalty} қолданылады.</translation>
    </message>
    <message>
        <source>Allowed: {penalties}.</source>
        <translation>Рұқсат етіледі: {penalties}.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) was imposed on {imposed_on}, after this offence of {on}: not a prior record.</source>
        <translation>Бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық) {imposed_on} қолданылған, яғни осы {on} теріс қылығынан кейін: ескерілмейді.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} was lifted early on {lifted_on}, before this offence of {on}: not a prior record.</source>
        <translation>{imposed_on} қолданылған бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық) осы {on} теріс қылығына дейін, {lifted_on} мерзімінен бұрын алынған: ескерілмейді.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} was in force for {months}, through {expires_on}, and had expired by {on}: not a prior record.</source>
        <translation>{imposed_on} қолданылған бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық) {months} бойы, {expires_on} дейін қолданыста болды және {on} қарай мерзімі өтті: ескерілмейді.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} is in force on {on} (through {expires_on}): a prior record to weigh under the criteria; no repeat rule applies to this offence.</source>
        <translation>{imposed_on} қолданылған бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық) {on} күні қолданыста ({expires_on} дейін): ол өлшемшарттар бойынша ескеріледі; бұл теріс қылыққа қайталану ережесі қолданылмайды.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}, {prior_rule}) imposed on {imposed_on} is in force on {on}, but that offence is not on the list of {rule}: a prior record, not a repeat.</source>
        <translation>{imposed_on} қолданылған бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық, {prior_rule}) {on} күні қолданыста, бірақ ол теріс қылыққа {rule} қолданылмайды: жаза ескеріледі, бірақ бұл қайталану емес.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}, {rule}) imposed on {imposed_on} is in force on {on}, but {on} is outside the repeat window {window_start} – {window_end}: not a repeat.</source>
        <translation>{imposed_on} қолданылған бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық, {rule}) {on} күні қолданыста, бірақ {on} қайталану мерзімінен ({window_start} – {window_end}) тыс: бұл қайталану емес.</translation>
    </message>
    <message>
        <source>The earlier penalty ({penalty}, offence under {prior_offence}, {rule}) imposed on {imposed_on} is in force on {on}, within the repeat window of {months} ending {window_end}: a repeat offence, so only {repeat_penalty} is allowed.</source>
        <translation>{imposed_on} қолданылған бұрынғы жаза ({penalty}, {prior_offence} бойынша теріс қылық, {rule}) {on} күні қолданыста және {on} қайталану мерзімінің ({months}, {window_end} дейін) ішінде: теріс қылық қайталанған, сондықтан тек {repeat_penalty} рұқсат етіледі.</translation>
    </message>
    <message>
        <source>Within the statutory bounds ({rule}) the classes are {classes}; the worksheet starts from the middle one: {severity_class}.</source>
        <translation>Заң шегінде ({rule}) кластар: {classes}; бағалау парағы ортаңғысынан басталады — {severity_class}.</translation>
    </message>
    <message>
        <source>{criterion}: {rating}, {points} (score {score}). {note}</source>
        <translation>{criterion}: {rating}, {points} (жиыны {score}). {note}</translation>
    </message>
    <message>
        <source>Score {score}: every {points_per_class} move the class one step, so the class moves {shift} from {baseline}.</source>
        <translation>Жиыны {score}: әр {points_per_class} класты бір сатыға жылжытады, сондықтан класс «{baseline}» класынан {shift} жылжиды.</translation>
    </message>
    <message>
        <source>The statutory bounds reach no class {direction} “{severity_class}”: the recommendation stays there.</source>
        <translation>Заң шегінде «{severity_class}» класынан {direction} класс жоқ: ұсыныс сонда қалады.</translation>
    </message>
    <message>
        <source>Recommended: {severity_class}, that is {penalties} (the law allows {allowed}).</source>
        <translation>Ұсынылады: {severity_class}, яғни {penalties} (заң рұқсат етеді: {allowed}).</translation>
    </message>
</context>
<context>
    <name>PenaltyFields</name>
    <message>
        <source>Demotion is possible only to a vacant (not temporarily vacant) lower post whose requirements the servant meets, and never for an elected post (Art. 44 p. 4).</source>
        <translation>Лауазымын төмендету қызметші талаптарына сай келетін бос (уақытша бос емес) төмен тұрған лауазымға ғана мүмкін, ал сайланбалы лауазымда ешқашан қолданылмайды (44-бап 4-т.).</translation>
    </message>
    <message>
        <source>A penalty stays in force for 6 months; the official who imposed it may lift it earlier (Labour Code Art. 66). A lifted penalty is no longer a prior record.</source>
        <translation>Жаза 6 ай қолданыста болады; оны қолданған лауазымды адам мерзімінен бұрын алуы мүмкін (ҚР ЕК 66-бап). Алынған жаза бұдан әрі ескерілмейді.</translation>
    </message>
    <message>
        <source>Why this penalty differs from comparable cases and the table of penalties</source>
        <translation>Бұл жаза салыстырмалы істер мен жазалар кестесінен неге өзгеше</translation>
    </message>
    <message>
        <source>Allowed by law</source>
        <translation>Заң рұқсат етеді</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— таңдалмаған —</translation>
    </message>
    <message>
        <source>The case is decided without a penalty.</source>
        <translation>Іс жазасыз шешілді.</translation>
    </message>
    <message>
        <source>The penalty imposed by the order.</source>
        <translation>Бұйрықпен қолданылған жаза.</translation>
    </message>
    <message>
        <source>The penalty proposed for the commission; required once it is imposed.</source>
        <translation>Комиссияға ұсынылатын жаза; ол қолданылғанда міндетті.</translation>
    </message>
    <message>
        <source>Allowed by law.</source>
        <translation>Заң рұқсат етеді.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
    <message>
        <source>Shown once the offence and its date are entered.</source>
        <translation>Теріс қылық пен оның күні енгізілгенде көрсетіледі.</translation>
    </message>
    <message>
        <source>a repeat offence</source>
        <translation>қайталанған теріс қылық</translation>
    </message>
    <message>
        <source>Comparable cases: %1</source>
        <translation>Салыстырмалы істер: %1</translation>
    </message>
    <message>
        <source>Table of penalties: %1</source>
        <translation>Жазалар кестесі: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Неге?</translation>
    </message>
</context>
<context>
    <name>PenaltyTableDialog</name>
    <message>
        <source>Table of penalties</source>
        <translation>Жазалар кестесі</translation>
    </message>
    <message>
        <source>A body&apos;s own guide to consistent penalties: for each offence, the range of penalties for a servant&apos;s 1st, 2nd and 3rd offence. The law&apos;s bounds always come first; a penalty outside this range needs a written justification.</source>
        <translation>Жазалардың біркелкілігі үшін органның өз бағдары: әр теріс қылық үшін қызметшінің 1-ші, 2-ші және 3-ші теріс қылығына арналған жазалар ауқымы. Заң шектері әрқашан басым; осы ауқымнан тыс жаза жазбаша негіздемені қажет етеді.</translation>
    </message>
    <message>
        <source>In force on</source>
        <translation>Қолданыстағы, күні</translation>
    </message>
    <message>
        <source>Every version</source>
        <translation>Барлық редакциялар</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Choose an offence…</source>
        <translation>Теріс қылықты таңдаңыз…</translation>
    </message>
    <message>
        <source>Add a state body first (in the case editor).</source>
        <translation>Алдымен мемлекеттік органды қосыңыз (іс карточкасында).</translation>
    </message>
    <message>
        <source>This body has no entries yet: the editor then compares with comparable cases only.</source>
        <translation>Органда әзірге жазба жоқ: онда іс карточкасы тек салыстырмалы істермен салыстырады.</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <source>Entry removed.</source>
        <translation>Жазба жойылды.</translation>
    </message>
</context>
<context>
    <name>PenaltyTableModel</name>
    <message>
        <source>Offence</source>
        <translation>Теріс қылық</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Қайталануы</translation>
    </message>
    <message>
        <source>Range of penalties</source>
        <translation>Жазалар ауқымы</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <source>Draft: this preview is not registered and carries no number. Use Save as PDF or Print to issue the document.</source>
        <translation>Жоба: алдын ала қарау тіркелмейді және нөмірі болмайды. Құжатты ресімдеу үшін «PDF ретінде сақтау» немесе «Басып шығару» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Беттер жоқ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Awaited</source>
        <translation>Күтілуде</translation>
    </message>
    <message>
        <source>Explanation received</source>
        <translation>Түсініктеме алынды</translation>
    </message>
    <message>
        <source>Refused to explain (act)</source>
        <translation>Түсініктеме беруден бас тартты (акт)</translation>
    </message>
    <message>
        <source>No explanation given (act)</source>
        <translation>Түсініктеме берілмеді (акт)</translation>
    </message>
    <message>
        <source>Impose a penalty</source>
        <translation>Жаза қолдану</translation>
    </message>
    <message>
        <source>Send for an additional investigation</source>
        <translation>Қосымша қызметтік тергеп-тексеруге жіберу</translation>
    </message>
    <message>
        <source>Impose no penalty</source>
        <translation>Жаза қолданбау</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Жақтап</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Қалыс қалды</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Higher official</source>
        <translation>Жоғары тұрған лауазымды адам</translation>
    </message>
    <message>
        <source>Agency for Civil Service Affairs</source>
        <translation>Мемлекеттік қызмет істері агенттігі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Penalty upheld</source>
        <translation>Жаза күшінде қалдырылды</translation>
    </message>
    <message>
        <source>Replaced by a lighter penalty</source>
        <translation>Жеңілірек жазамен ауыстырылды</translation>
    </message>
    <message>
        <source>Penalty annulled</source>
        <translation>Жазаның күші жойылды</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 present, %3 needed — met.</source>
        <translation>Кворум: %2 мүшенің %1 қатысады, %3 қажет — кворум бар.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 present, %3 needed — NOT met: the commission cannot decide.</source>
        <translation>Кворум: %2 мүшенің %1 қатысады, %3 қажет — кворум ЖОҚ: комиссия шешім қабылдай алмайды.</translation>
    </message>
    <message>
        <source>For %1, against %2, abstained %3</source>
        <translation>Жақтап — %1, қарсы — %2, қалыс қалғандар — %3</translation>
    </message>
    <message>
        <source>adopted.</source>
        <translation>шешім қабылданды.</translation>
    </message>
    <message>
        <source>not adopted.</source>
        <translation>шешім қабылданбады.</translation>
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
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>What this was to be saved to is no longer in the database: close the window and open it again.</source>
        <translation>Бұл деректер тиесілі жазба дерекқорда енді жоқ: терезені жауып, қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>ProcedurePanel</name>
    <message>
        <source>1. Explanation</source>
        <translation>1. Түсініктеме</translation>
    </message>
    <message>
        <source>2. Hearings</source>
        <translation>2. Отырыстар</translation>
    </message>
    <message>
        <source>3. Order</source>
        <translation>3. Бұйрық</translation>
    </message>
    <message>
        <source>4. Appeals</source>
        <translation>4. Шағымдар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>No hearing recorded yet.</source>
        <translation>Әзірге отырыс жазылмаған.</translation>
    </message>
    <message>
        <source>New hearing…</source>
        <translation>Жаңа отырыс…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <source>No commission serves this case&apos;s state body yet: set one up in Settings → Disciplinary commissions…</source>
        <translation>Іс бойынша мемлекеттік органға әзірге бірде-бір комиссия қызмет етпейді: оны Баптаулар → Тәртіптік комиссиялар… мәзірінде құрыңыз.</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Комиссия: %1</translation>
    </message>
    <message>
        <source>A hearing needs a commission serving the case&apos;s body.</source>
        <translation>Отырыс үшін іс бойынша органға қызмет ететін комиссия қажет.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The file is not a readable Tartip database: its header is damaged, or it belongs to another program.</source>
        <translation>Файл оқылатын Tartip дерекқоры емес: оның тақырыбы бүлінген немесе ол басқа бағдарламаға тиесілі.</translation>
    </message>
    <message>
        <source>The database is structurally damaged: SQLite&apos;s own checks fail on some of its pages.</source>
        <translation>Дерекқордың құрылымы бүлінген: SQLite-тің өз тексерулері оның кейбір беттерінде өтпейді.</translation>
    </message>
    <message>
        <source>The database&apos;s content was altered outside Tartip: its audit trail does not verify.</source>
        <translation>Дерекқордың мазмұны Tartip-тен тыс (рұқсатсыз) өзгертілген: оның аудит журналы тексеруден өтпейді.</translation>
    </message>
    <message>
        <source>Export readable data to</source>
        <translation>Оқылатын деректерді экспорттау орны</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Дерекқор бүлінген</translation>
    </message>
    <message>
        <source>Open the latest verified backup</source>
        <translation>Соңғы тексерілген сақтық көшірмені ашу</translation>
    </message>
    <message>
        <source>Export readable data…</source>
        <translation>Оқылатын деректерді экспорттау…</translation>
    </message>
    <message>
        <source>Show technical report</source>
        <translation>Техникалық есепті көрсету</translation>
    </message>
    <message>
        <source>Close Tartip</source>
        <translation>Tartip-ті жабу</translation>
    </message>
    <message>
        <source>The damaged file is left as it is, for your administrator.</source>
        <translation>Бүлінген файл әкімші үшін өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>No verified backup was found.</source>
        <translation>Тексерілген сақтық көшірме табылмады.</translation>
    </message>
    <message>
        <source>Latest verified backup: %1 (%2)</source>
        <translation>Соңғы тексерілген сақтық көшірме: %1 (%2)</translation>
    </message>
    <message>
        <source>Changes made after this backup will not be in it. The damaged file is kept beside it under a new name. Continue?</source>
        <translation>Осы көшірме жасалғаннан кейін енгізілген өзгерістер онда болмайды. Бүлінген файл жанында жаңа атаумен сақталады. Жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Export readable data</source>
        <translation>Оқылатын деректерді экспорттау</translation>
    </message>
    <message>
        <source>%1 rows were exported to %2.</source>
        <translation>Экспортталған жолдар: %1; файл: %2.</translation>
    </message>
    <message>
        <source>%1 damaged tables or parts could not be read.</source>
        <translation>Оқу мүмкін болмаған бүлінген кестелер немесе олардың бөліктері: %1.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>Sess&amp;ion</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Қазір &amp;бұғаттау</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Жүйеден &amp;шығу</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Құпиясөзімді ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <source>Log out now? The open forms will be closed and what was not saved in them will be lost.</source>
        <translation>Жүйеден қазір шығасыз ба? Ашық пішіндер жабылады, оларда сақталмаған деректер жоғалады.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s) of inactivity…</source>
        <translation>
            <numerusform>%n минут әрекетсіздіктен кейін бұғаттау…</numerusform>
            <numerusform>%n минут әрекетсіздіктен кейін бұғаттау…</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Экранды бұғаттау</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use (1–60):</source>
        <translation>Экран неше минут пайдаланылмағаннан кейін бұғатталсын (1–60):</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Tartip — encrypted database</source>
        <translation>Tartip — шифрланған дерекқор</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its passphrase to open it. The passphrase is not your login password; your administrator keeps it.</source>
        <translation>Бұл дерекқор шифрланған. Оны ашу үшін құпия фразаны енгізіңіз. Бұл сіздің кіру құпиясөзіңіз емес; оны әкімші сақтайды.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Құпия фраза</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Бұл құпия фраза дерекқорды ашпайды. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the file is damaged: no passphrase will open it. Press Quit to see the recovery options (the latest verified backup).</source>
        <translation>Құпия фраза дұрыс, бірақ файл зақымдалған: оны ешқандай құпия фраза ашпайды. Қалпына келтіруге өту үшін «Шығу» батырмасын басыңыз (соңғы тексерілген сақтық көшірме).</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>HR officer</source>
        <translation>Кадр қызметінің қызметкері</translation>
    </message>
    <message>
        <source>Commission secretary</source>
        <translation>Комиссия хатшысы</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Барлық органдар</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Барлық органдар</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Жүйеге кіруге рұқсат бар</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Set the &amp;password</source>
        <translation>Құпиясөзді &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Т.А.Ә.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Рөл</translation>
    </message>
    <message>
        <source>State &amp;body</source>
        <translation>&amp;Мемлекеттік орган</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пайдаланушы %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>The password was set.</source>
        <translation>Құпиясөз орнатылды.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Бұғаттан шығарылды.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a document</source>
        <translation>Құжатты тексеру</translation>
    </message>
    <message>
        <source>A PDF saved or scanned from Tartip</source>
        <translation>Tartip-тен сақталған немесе сканерленген PDF</translation>
    </message>
    <message>
        <source>Choose a PDF file…</source>
        <translation>PDF файлын таңдау…</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Кодты тексеру</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>PDF файлы:</translation>
    </message>
    <message>
        <source>Or the code printed under the QR code:</source>
        <translation>Немесе QR-кодтың астында басылған код:</translation>
    </message>
    <message>
        <source>Choose a file or type a code.</source>
        <translation>Файлды таңдаңыз немесе кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>Registered document</source>
        <translation>Тіркелген құжат</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Ресімделген күні:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Іс:</translation>
    </message>
    <message>
        <source>Servant:</source>
        <translation>Қызметші:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ресімдеген:</translation>
    </message>
    <message>
        <source>Changed since it was issued:</source>
        <translation>Ресімделгеннен кейін өзгерген:</translation>
    </message>
    <message>
        <source>Choose the document to verify</source>
        <translation>Тексерілетін құжатты таңдаңыз</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF құжаттары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(жойылған)</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n ашық іс</numerusform>
            <numerusform>%n ашық іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Бағаланды</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>proposal</source>
        <translation>ұсыныс</translation>
    </message>
    <message>
        <source>Not in the Rules: the source article&apos;s proposal or Douglas factor %1.</source>
        <translation>Қағидаларда жоқ: дереккөз мақаланың ұсынысы немесе Дуглас факторы %1.</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— бағаланбаған —</translation>
    </message>
    <message>
        <source>Why (required when aggravating or mitigating)</source>
        <translation>Неге (ауырлататын не жеңілдететін болса, міндетті)</translation>
    </message>
    <message>
        <source>Rate each criterion the commission weighed and write down why. The app recommends a class of penalty inside the law&apos;s bounds; the commission decides.</source>
        <translation>Комиссия ескерген әр өлшемшартты бағалап, себебін жазыңыз. Бағдарлама заң шегінде жаза класын ұсынады; шешімді комиссия қабылдайды.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшемшарт</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Save worksheet</source>
        <translation>Бағалау парағын сақтау</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>The app recommends, the commission decides.</source>
        <translation>Бағдарлама ұсынады, шешімді комиссия қабылдайды.</translation>
    </message>
    <message>
        <source>Criteria: Rules of imposing disciplinary penalties (Presidential Decree No. 152 of 29.12.2015), p. 32, and proposals marked as such. The scoring that turns ratings into a class is the app&apos;s interpretation, not law.</source>
        <translation>Өлшемшарттар: Тәртіптік жазалар қолдану қағидалары (ҚР Президентінің 29.12.2015 № 152 Жарлығы), 32-т., және белгіленген ұсыныстар. Бағаларды класқа айналдыратын есеп — бағдарламаның түсіндірмесі, заң нормасы емес.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сақталған нұсқалар</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) still need a note before saving.</source>
        <translation>
            <numerusform>Сақтау алдында ескертпе қажет; онсыз бағалар: %n.</numerusform>
            <numerusform>Сақтау алдында ескертпе қажет; онсыз бағалар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Version %1 is shown.</source>
        <translation>%1-нұсқа көрсетілген.</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Әзірге ештеңе сақталмаған.</translation>
    </message>
    <message>
        <source>The recommendation is shown once the offence and its date give the statutory bounds.</source>
        <translation>Ұсыныс теріс қылық пен оның күні заң шектерін бергенде көрсетіледі.</translation>
    </message>
    <message>
        <source>No recommendation: the rule pack cannot score this worksheet.</source>
        <translation>Ұсыныс жоқ: ережелер жинағы бұл парақты бағалай алмайды.</translation>
    </message>
    <message>
        <source>Penalties of this class the law allows: %1.</source>
        <translation>Заң рұқсат ететін осы кластың жазалары: %1.</translation>
    </message>
    <message>
        <source>No penalty is chosen yet.</source>
        <translation>Жаза әлі таңдалмаған.</translation>
    </message>
    <message>
        <source>The penalty chosen, %1, is within the recommendation.</source>
        <translation>Таңдалған жаза («%1») ұсынысқа сай келеді.</translation>
    </message>
    <message>
        <source>The penalty chosen, %1, is outside the recommendation: the decision should say why.</source>
        <translation>Таңдалған жаза («%1») ұсыныстан тыс: шешімде себебі көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>Comparable cases and bounds</source>
        <translation>Салыстырмалы істер мен шектер</translation>
    </message>
    <message>
        <source>Shown once the offence and its date are entered.</source>
        <translation>Теріс қылық пен оның күні енгізілгенде көрсетіледі.</translation>
    </message>
    <message>
        <source>The law allows: %1. Body&apos;s table of penalties: %2.</source>
        <translation>Заң рұқсат етеді: %1. Органның жазалар кестесі: %2.</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>жазба жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n comparable decided case(s)</source>
        <translation>
            <numerusform>%n салыстырмалы шешілген іс</numerusform>
            <numerusform>%n салыстырмалы шешілген іс</numerusform>
        </translation>
    </message>
    <message>
        <source>usual range: %1.</source>
        <translation>әдеттегі ауқым: %1.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>%1-нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <source>The worksheet was not saved: see the notes marked in red.</source>
        <translation>Бағалау парағы сақталмады: қызылмен белгіленген ескертпелерді қараңыз.</translation>
    </message>
    <message>
        <source>Nothing was rated in this version.</source>
        <translation>Бұл нұсқада ештеңе бағаланбаған.</translation>
    </message>
</context>
</TS>
