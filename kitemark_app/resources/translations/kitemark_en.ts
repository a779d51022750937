<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActionPlanPage</name>
        <message numerus="yes">
            <source>%n action(s): %1 done, %2 overdue (highlighted).</source>
            <translation>
                <numerusform>%n action: %1 done, %2 overdue (highlighted).</numerusform>
                <numerusform>%n actions: %1 done, %2 overdue (highlighted).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n action(s) to %1.</source>
            <translation>
                <numerusform>Saved %n action to %1.</numerusform>
                <numerusform>Saved %n actions to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>%n more to check.</source>
            <translation>
                <numerusform>%n more to check.</numerusform>
                <numerusform>%n more to check.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'%1' is due for review in %n day(s) (on %2).</source>
            <translation>
                <numerusform>'%1' is due for review in %n day (on %2).</numerusform>
                <numerusform>'%1' is due for review in %n days (on %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n problem(s) must be fixed before you can submit.</source>
            <translation>
                <numerusform>Not ready yet: %n problem must be fixed before you can submit.</numerusform>
                <numerusform>Not ready yet: %n problems must be fixed before you can submit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready for submission, but check %n warning(s) first.</source>
            <translation>
                <numerusform>Ready for submission, but check %n warning first.</numerusform>
                <numerusform>Ready for submission, but check %n warnings first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your Kitemark expires in %n day(s) (on %1).</source>
            <translation>
                <numerusform>Your Kitemark expires in %n day (on %1).</numerusform>
                <numerusform>Your Kitemark expires in %n days (on %1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialogs</name>
        <message numerus="yes">
            <source>'%1' is used by %n criterion(s): %2.</source>
            <translation>
                <numerusform>'%1' is used by %n criterion: %2.</numerusform>
                <numerusform>'%1' is used by %n criteria: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceImport</name>
        <message numerus="yes">
            <source>Adding %n file(s)…</source>
            <translation>
                <numerusform>Adding %n file…</numerusform>
                <numerusform>Adding %n files…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceLibraryPage</name>
        <message numerus="yes">
            <source>%n item(s), %1 out of date. Select an item to see its details and file history.</source>
            <translation>
                <numerusform>%n item, %1 out of date. Select an item to see its details and file history.</numerusform>
                <numerusform>%n items, %1 out of date. Select an item to see its details and file history.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkMove</name>
        <message numerus="yes">
            <source>%n answer(s) carried over.</source>
            <translation>
                <numerusform>%n answer carried over.</numerusform>
                <numerusform>%n answers carried over.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) to check against the new wording (listed on the Overview).</source>
            <translation>
                <numerusform>%n answer to check against the new wording (listed on the Overview).</numerusform>
                <numerusform>%n answers to check against the new wording (listed on the Overview).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkMoveDialog</name>
        <message numerus="yes">
            <source>Answers to check again (%n)</source>
            <translation>
                <numerusform>Answers to check again (%n)</numerusform>
                <numerusform>Answers to check again (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Criteria changed (%n)</source>
            <translation>
                <numerusform>Criteria changed (%n)</numerusform>
                <numerusform>Criteria changed (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Criteria gone (%n)</source>
            <translation>
                <numerusform>Criteria gone (%n)</numerusform>
                <numerusform>Criteria gone (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New criteria (%n)</source>
            <translation>
                <numerusform>New criteria (%n)</numerusform>
                <numerusform>New criteria (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No longer apply to you (%n)</source>
            <translation>
                <numerusform>No longer apply to you (%n)</numerusform>
                <numerusform>No longer apply to you (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Now apply to you (%n)</source>
            <translation>
                <numerusform>Now apply to you (%n)</numerusform>
                <numerusform>Now apply to you (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n criterion(s) no longer apply: %1.</source>
            <translation>
                <numerusform>%n criterion no longer applies: %1.</numerusform>
                <numerusform>%n criteria no longer apply: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Now %n more criterion(s) apply: %1.</source>
            <translation>
                <numerusform>Now %n more criterion applies: %1.</numerusform>
                <numerusform>Now %n more criteria apply: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NavigationModel</name>
        <message numerus="yes">
            <source>%1 does not apply to you</source>
            <translation>
                <numerusform>%1 does not apply to you</numerusform>
                <numerusform>%1 do not apply to you</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewImport</name>
        <message numerus="yes">
            <source>%n new action(s) from the assessor are in your action plan.</source>
            <translation>
                <numerusform>%n new action from the assessor is in your action plan.</numerusform>
                <numerusform>%n new actions from the assessor are in your action plan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n verdict(s) are now shown on their criteria.</source>
            <translation>
                <numerusform>%n verdict is now shown on its criterion.</numerusform>
                <numerusform>%n verdicts are now shown on their criteria.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewOutcomeBox</name>
        <message numerus="yes">
            <source>%n asking for more information</source>
            <translation>
                <numerusform>%n asking for more information</numerusform>
                <numerusform>%n asking for more information</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n condition(s)</source>
            <translation>
                <numerusform>%n condition</numerusform>
                <numerusform>%n conditions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not met</source>
            <translation>
                <numerusform>%n not met</numerusform>
                <numerusform>%n not met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>valid until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>valid until %1 (%n day left)</numerusform>
                <numerusform>valid until %1 (%n days left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SubmissionDialog</name>
        <message numerus="yes">
            <source>%n file(s) attached, evidence and manifest included.</source>
            <translation>
                <numerusform>%n file attached, evidence and manifest included.</numerusform>
                <numerusform>%n files attached, evidence and manifest included.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) must be fixed first. Close this window, fix them, then choose Prepare submission again.</source>
            <translation>
                <numerusform>%n problem must be fixed first. Close this window, fix it, then choose Prepare submission again.</numerusform>
                <numerusform>%n problems must be fixed first. Close this window, fix them, then choose Prepare submission again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FrameworkPage</name>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
    </context>
</TS>
