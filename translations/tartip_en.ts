<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Written: %n file(s).</source>
        <translation>
            <numerusform>Written: %n file.</numerusform>
            <numerusform>Written: %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n case(s) with nothing of this kind to print yet (for example, no hearing or no order recorded).</source>
        <translation>
            <numerusform>Skipped: %n case with nothing of this kind to print yet (for example, no hearing or no order recorded).</numerusform>
            <numerusform>Skipped: %n cases with nothing of this kind to print yet (for example, no hearing or no order recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n case(s) were not reached.</source>
        <translation>
            <numerusform>Cancelled: %n case was not reached.</numerusform>
            <numerusform>Cancelled: %n cases were not reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>Saved %1. The last day changed in %n open case(s).</source>
        <translation>
            <numerusform>Saved %1. The last day changed in %n open case.</numerusform>
            <numerusform>Saved %1. The last day changed in %n open cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message numerus="yes">
        <source>%n comparable decided case(s).</source>
        <translation>
            <numerusform>%n comparable decided case.</numerusform>
            <numerusform>%n comparable decided cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message numerus="yes">
        <source>How it was counted (%n step(s))</source>
        <translation>
            <numerusform>How it was counted (%n step)</numerusform>
            <numerusform>How it was counted (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message numerus="yes">
        <source>Delete the %n unencrypted backup(s) (a new encrypted one is made first)</source>
        <translation>
            <numerusform>Delete the %n unencrypted backup (a new encrypted one is made first)</numerusform>
            <numerusform>Delete the %n unencrypted backups (a new encrypted one is made first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunCommands</name>
    <message numerus="yes">
        <source>%n demo case(s) added.</source>
        <translation>
            <numerusform>%n demo case added.</numerusform>
            <numerusform>%n demo cases added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Shown: %1 of %n case(s)</source>
        <translation>
            <numerusform>Shown: %1 of %n case</numerusform>
            <numerusform>Shown: %1 of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) added.</source>
        <translation>
            <numerusform>%n demo case added.</numerusform>
            <numerusform>%n demo cases added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) reach their last permissible day within 7 days.</source>
        <translation>
            <numerusform>%n open case reaches its last permissible day within 7 days.</numerusform>
            <numerusform>%n open cases reach their last permissible day within 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are past their last day: no penalty may be imposed on them.</source>
        <translation>
            <numerusform>%n open case is past its last day: no penalty may be imposed on it.</numerusform>
            <numerusform>%n open cases are past their last day: no penalty may be imposed on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Penalties</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message numerus="yes">
        <source>Lock after %n minute(s) of inactivity…</source>
        <translation>
            <numerusform>Lock after %n minute of inactivity…</numerusform>
            <numerusform>Lock after %n minutes of inactivity…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message numerus="yes">
        <source>%n rating(s) still need a note before saving.</source>
        <translation>
            <numerusform>%n rating still needs a note before saving.</numerusform>
            <numerusform>%n ratings still need a note before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparable decided case(s)</source>
        <translation>
            <numerusform>%n comparable decided case</numerusform>
            <numerusform>%n comparable decided cases</numerusform>
        </translation>
    </message>
</context>
</TS>
