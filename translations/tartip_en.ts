<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
