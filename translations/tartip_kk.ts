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
    <name>CaseEditor</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
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
        <source>Continuing offence; it ended on</source>
        <translation>Созылмалы теріс қылық; аяқталған күні</translation>
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
        <source>born %1, %2</source>
        <translation>туған күні %1, жынысы %2</translation>
    </message>
    <message>
        <source>Add a state body</source>
        <translation>Мемлекеттік орган қосу</translation>
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
    <name>GroupsPanel</name>
    <message>
        <source>All cases</source>
        <translation>Барлық істер</translation>
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
        <source>(proposed)</source>
        <translation>(ұсыныс)</translation>
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
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
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
        <source>The name is too long: at most {max} characters.</source>
        <translation>Т.А.Ә. тым ұзын: ең көбі {max} таңба.</translation>
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
        <source>This unit does not belong to the chosen state body.</source>
        <translation>Бұл бөлімше таңдалған мемлекеттік органға жатпайды.</translation>
    </message>
    <message>
        <source>Unknown legal setting.</source>
        <translation>Белгісіз құқықтық баптау.</translation>
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
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n мәселе:</numerusform>
            <numerusform>%n мәселе:</numerusform>
        </translation>
    </message>
</context>
</TS>
