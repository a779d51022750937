<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment and signed submission packs for the borough&apos;s voluntary-sector Kitemark. It makes no network connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What will be done *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do &amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please describe what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Due</source>
        <extracomment>The ActionStatus value of a row, as text (the status column&apos;s editor reads it). Status order for sorting: what still needs doing first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(from: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Action plan&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide finished a&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide finished actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the criterion of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the action plan as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change a status, select the row and press F2 (or double-click the status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Add an action on a criterion&apos;s page for anything you still need to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %1 done, %2 overdue (highlighted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Kitemark could not open its data in {folder} ({problem}). Check that the folder is on this computer and that you may change it, then start Kitemark again.</source>
        <extracomment>When set, start-up events are appended to this file as JSON lines (for the benchmark and tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a submission pack</source>
        <extracomment>A top-level screen (welcome or main window) is on screen. The screen shown is complete: everything on it can be used (for the main window: the workspace is open). Opening the data folder failed; one plain sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark packs (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <source>All criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered by the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met or more information needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion the organisation answered as met has a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n criterion(s) as Met? They are the ones the organisation answered as met or not applicable and that have no verdict yet. Partly met, not met and unanswered criteria are left for you to judge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a submission pack (File → Open pack…), drop it on this window, or choose one in the team queue (Register → Team queue…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export signed review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the remaining answered criteria as met…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my &amp;signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations and packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark packs (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; the pack has not been opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key registered for %1 signed a statement handing over to this new key:

%2

Replace the root registered for them with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only do this if %1 has told you, by a channel you already trust, that they have a new key with this root fingerprint:

%2

Replace the root registered for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this root fingerprint match, character for character, the one %1 gave you?

%2

Register the organisation with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a signing key. Its root fingerprint is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key is ready. Give organisations its root fingerprint so they can check your reviews:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the organisation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a verified pack from a registered organisation can be reviewed; compare the fingerprint and register the organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award does not match your verdicts:

%1

Sign and export it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open your signing key; check it (capitals count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed review was saved as %1. Send it to the organisation; they import it in Kitemark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>A change could not be saved ({error}). Please try again.</source>
        <extracomment>One plain sentence when a change could not be stored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed since your last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, sent on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since your last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not sent a pack yet, so there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with your last pack…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another officer saved this review first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria where the two versions differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria where the versions differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is now in the review. Yours is still here, not saved: copy what you want to keep (choose a cell and press Ctrl+C, or Copy your version) and make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the review from the register; your version stays in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your version, as text, on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts are the same in both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — condition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version of the review (not saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading their version…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmission requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unincorporated association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charitable trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charitable incorporated organisation (CIO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charitable company limited by guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community interest company (CIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community benefit society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under £10,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£10,000 to £24,999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£25,000 to £99,999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£100,000 to £249,999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£250,000 to £999,999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£1 million or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with children or young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with adults at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employs paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds personal data about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs or manages premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charity number is 6 or 7 digits (with -1, -2… for a linked charity), or SC and 6 digits in Scotland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Companies House number is 8 digits (keep leading zeros), or 2 letters and 6 digits (e.g. SC123456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reviews are signed with your own key, kept in your data folder and protected by a passphrase. Nobody can recover the passphrase for you: write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your council or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council or &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name: it is shown on every review you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionActionsBox</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do about anything not yet met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions for this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ac&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not appli&amp;cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this criterion not apply to you? *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason; the assessor needs it to accept &apos;not applicable&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence you could provide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is missing, and what you will do about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the assessor should kno&amp;w (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you meet this criterion (&amp;what you do, and where the evidence shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you meet this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer is set up to open &apos;%1&apos;. A read-only copy is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this action? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionReviewPanel</name>
    <message>
        <source>The organisation&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence the organisation relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous pack</source>
        <extracomment>What changed since the organisation&apos;s previous pack, and the verdict given then (a resubmission).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (select to view):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Met with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  More information needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organisation must do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no narrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no evidence attached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged since their previous pack (%1, received %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in their previous pack (%1): new in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since their previous pack (%1, received %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• answer rewritten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• new evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• evidence no longer attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %n evidence file(s) the same as before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your verdict then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <extracomment>The area names beside the chart&apos;s bars take this share of its width (and at least this many characters). The report shown now (after every refresh); for the status bar and tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per area</source>
        <extracomment>The figures per area as text, in the chart&apos;s place until it is drawn (``chart_later``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered, %4 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the renewal so that the council can review it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Kitemark expires today (on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your Kitemark expires in %n day(s) (on %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is due for review today (on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is due for review in %n day(s) (on %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2 — aiming for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Kitemark is current. Keep these up to date for the renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Kitemark is current, and nothing needs updating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for submission: nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n problem(s) must be fixed before you can submit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more to check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for submission, but check %n warning(s) first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Must fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click to go where you can fix this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatingDialog</name>
    <message>
        <source>from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the PDF was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What date does each document represent — when the policy was approved, the minutes&apos; meeting, the accounts&apos; year end? Kitemark uses it to tell when a document is out of date. Check any date it guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed %1: %2. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review-by date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date like %1, or pick one from the calendar; leave it empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed %1 — check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are listed as needing a date until you set one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Verification details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (from the manifest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time (as the signer&apos;s computer gave it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, as &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document date is the date the document represents (e.g. when the policy was approved or the accounts&apos; year end). Review by is when it should be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the evidence a title, e.g. &apos;Safeguarding policy 2025&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is used by %n criterion(s): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it takes it away from all of them. Remove it from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>Choose evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLibraryPage</name>
    <message>
        <source>Evidence library</source>
        <extracomment>Files were stored and recorded (ids of the new items); for tests and the status bar. A copy was made for the system viewer (its path), just before it is handed to the viewer. A long task failed; its one-sentence message (also shown to the user).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence library&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document you keep as evidence. One document can support several criteria. Items marked with a warning sign are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, file name, type or criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;out-of-date items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only out-of-date items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file with a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet. Use &apos;Add files…&apos; to add your first document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 out of date. Select an item to see its details and file history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any criterion yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the newer version of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open &apos;%1&apos;; a copy is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>PDF</source>
        <extracomment>Raw values for sorting (sizes as numbers, dates as ISO text), so &quot;9 KB&quot; sorts below &quot;10 KB&quot;. The evidence id of a row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the document represents (e.g. when the policy was approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the document must be checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many criteria use this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the file&apos;s SHA-256 fingerprint, as the submission pack lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Link evidence from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more documents to link to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document in the library is already linked here, or the library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an evidence file to view it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this type (%1) are not shown inside Kitemark. You can save a copy and open it with another program; only do so if you trust that program with files from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown; save a copy to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown; save a copy to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of &apos;%1&apos; outside Kitemark? Files from outside can be harmful when opened; open it only with a program you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintSheet</name>
    <message>
        <source>Kitemark: root fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these groups to the council, by phone or in person, so they can check that the packs signed with this key are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file (it identifies exactly what you sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark root fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkInstall</name>
    <message>
        <source>Install the council&apos;s framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.pdf *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This framework is signed with this council key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can make a file that looks like the council&apos;s. Only go on if this fingerprint matches, character for character, the one the council gave you by letter, on its website or by phone. From then on, the council&apos;s reviews must be signed with this same key. Does it match?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the council&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an unsigned draft: it is marked so, and in your pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed by the council key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-assessment uses version %1. See what version %2 changes for you, and move to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the framework file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkMove</name>
    <message>
        <source>Choose the new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.pdf *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier answers are kept as they were, in the superseded copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment you sent is kept as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-assessment now uses version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) carried over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to check against the new wording (listed on the Overview).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the framework versions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkMoveDialog</name>
    <message>
        <source>Move to a new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your self-assessment uses version %2; the new version is %3. What changes for %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the new version changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level in the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;level in the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move my current self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start my next self-assessment on the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: moving keeps your current self-assessment exactly as it is, beside the moved copy. Answers on changed criteria are marked for you to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New criteria (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria gone (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria changed (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now apply to you (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer apply to you (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers to check again (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworksBox</name>
    <message>
        <source>Your frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funder&apos;s checklist or a governance check, sharing your evidence and answers where they match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(working on it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Nobody can open the signing key without its passphrase — not Kitemark, not the council, not us. If it is forgotten:

1. Choose File → Signing key → Start again with a new key. The old key is kept (put aside, not deleted), in case the passphrase comes back to someone.
2. Your next export makes a new key with a new fingerprint.
3. Ring the council and read them the new fingerprint. Until they have confirmed it with you, they see your new packs as from an unknown key — as they should, because anyone could make one.

When the treasurer changes but the passphrase is known, there is no need to start again: change the passphrase, save a copy of the key for the new treasurer&apos;s computer, or make a new key vouched for by this one (the council then sees a key change, not an unknown key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page to keep by the phone when you ring the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy for a new &amp;treasurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key, vouched for by this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again with a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget the passphrase&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root fingerprint (read it to the council): &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key yet: your first export creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key and its fingerprint stay the same, so nothing changes for the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a new treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then the new treasurer&apos;s own passphrase for the copy. Give them the file and the passphrase separately (never in the same email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is saved as %1. On their computer: File → Signing key → Use a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the file is locked with. A key already here is put aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key signs from now on (root fingerprint %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key, vouched for by this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a new treasurer, or a key you think others have seen. Your present key signs a statement handing over to the new one, and your next packs carry it, so the council sees a key change, not an impostor. Type the present passphrase, then the new key&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key signs from now on (root fingerprint %1); the old one is kept in %2. Tell the council the new fingerprint too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with a new key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next export will make a new key with a new fingerprint, and the council will not trust your packs until you have read it to them and they have confirmed it. The old key is kept. Do this only if nobody remembers the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key is kept in %1. Your next export makes the new key; then ring the council.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedEvidenceBox</name>
    <message>
        <source>Evidence</source>
        <extracomment>Local files dropped onto the box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that show this criterion is met. You can also drag files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link from &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a date — give the date each document represents (Evidence library → Edit details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date — replace or update these before you submit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kitemark main window</source>
        <extracomment>The workspace is open and every page and action can be used. Menu actions that need the workspace (disabled until it is attached). A page asked for before the workspace was attached; opened when it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an &amp;editable copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import assessor review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to a new framework version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the council&apos;s &amp;framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another frame&amp;work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What c&amp;hanged since my last pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you &amp;forget the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kitemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — %1 — %2 (made-up data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now %n more criterion(s) apply: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) no longer apply: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Everything is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {state}; evidence files checked: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up all Kitemark data</source>
        <extracomment>A backup file was written (its path). A backup was restored; the window has reloaded its pages. The check finished (the HealthReport).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is saved in {path} ({size:.1f} MB). Keep it somewhere other than this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Kitemark backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark backups (*.zip *.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the data in Kitemark with the backup &apos;{name}&apos;? The backup is checked first, and the current data is kept as a backup too, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup &apos;{name}&apos; is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data that was there before is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark&apos;s database was damaged (for example by a power cut) and has been moved aside to &apos;{moved}&apos;; nothing was deleted.

Restore the newest good backup, from {when} (UTC)? Anything entered after that will need entering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>assessor: with conditions</source>
        <extracomment>How an item&apos;s text is cut when it is too long: a Qt.TextElideMode (at the end when not set). What the navigation adds after a criterion the assessor did not simply find met.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessor: not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessor: more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is part of the %1 level, and you are aiming for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is only for these legal forms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is only for an income of %1 a year or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it applies only when your profile ticks one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its conditions do not match your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Per area, the line naming its criteria that do not apply.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 does not apply to you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 does not apply to you: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Navigation</source>
        <extracomment>The criteria that came and went when the profile changed what applies: (added ids, removed ids).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas and criteria; use the arrow keys to move and open a page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>e.g. %1 (leave empty if there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationFields</name>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1234567 or SC012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 01234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation na&amp;me *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;panies House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact per&amp;son *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ema&amp;il *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual in&amp;come *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid s&amp;taff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;unteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say who we can contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a contact email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address looks like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CIO must give its charity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company must give its Companies House number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Award the Kitemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a resub&amp;mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organisation does well and what it should work on next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid un&amp;til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the outcome contradicts the verdicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackHistoryPane</name>
    <message>
        <source>Received</source>
        <extracomment>The audit log&apos;s actions in words (an action Kitemark does not know yet is shown as it is stored).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed review sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation registered: the pack is now valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of the archived pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pack to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the pack from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Archived file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Archived file checked: it is exactly the pack received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the assessor with this note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1 times in a row; the time is the last save&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key&apos;s &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you type. Your legal form, income and activities decide which criteria apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>&amp;All not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiring awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead: you assign, moderate and send reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessor: you review the packs assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: you may look, not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archived pack in the assessor window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put forward for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return with note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packs to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own register, as %1: you hold every duty, moderation included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the team&apos;s register as %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outcome, level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the archived pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack from %1 is now &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the pack from %1 to (their login):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the review to the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should %1 change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the review forward for moderation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning the review to the assessor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecheckNotice</name>
    <message>
        <source>Check this answer</source>
        <extracomment>The user checked the answer: it still answers the criterion as the new version words it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this answer against the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;still answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this answer still answers the criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of organisations and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by organisation, file name, fingerprint or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires / resubmit by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export an editable copy</source>
        <extracomment>The file was written (its path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your self-assessment against %1 to edit, share or print. It is not signed: for the council, use Prepare submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word document: the criteria, your answers, the evidence and the gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook: one row per criterion, with the action plan and the evidence list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle for a funder: a zip of the evidence files, with an index in Word and CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the editable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the evidence bundle together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. You can open it, edit it and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReusePanel</name>
    <message>
        <source>Answers you gave elsewhere</source>
        <extracomment>An offer&apos;s words shown before &quot;…&quot; (the whole answer is in its tooltip). The organisation chose an offer: (its key &quot;framework-id:CRITERION-ID&quot;, adapt?). Adapting puts the words in the answer box to change; using takes them as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 answer to %2 (%3) covers part of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 answer to %2 (%3) covers this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is the one you use here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 answer as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt the %1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses this answer: a change here does not change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer was taken from %1: a change here does not change it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFeedbackBox</name>
    <message>
        <source>The assessor&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>Import the assessor&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed reviews (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the council&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can make a file that looks like a review. Only accept this key if its fingerprint matches, character for character, the one the council gave you by letter, on its website or by phone. Accept it and import the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different council key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accept the new key if the council has told you, by phone or letter, that its key changed. Accept it and import the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) are now shown on their criteria.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s) from the assessor are in your action plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The council&apos;s key (confirmed): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next year&apos;s renewal? Your answers, evidence links and unfinished actions are carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the resubmission? Your answers, evidence links and actions are carried over; work on the assessor&apos;s points, then export a new pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeBox</name>
    <message>
        <source>Assessor&apos;s review</source>
        <extracomment>True for a renewal, False for a resubmission.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resubmit by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asking for more information</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (see the action plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal opens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this answers your previous submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;resubmission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>&amp;Passphrase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Start our self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are needed. You can change all of this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the council should contact about your Kitemark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These decide which criteria apply to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFrameworkDialog</name>
    <message>
        <source>Start another framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence library and organisation details are shared. Where this framework asks what another of yours asks, its page offers the answer you already gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks you can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aim for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file cannot be read; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid framework file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already work with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Send the pack file itself, unchanged (not a printout, and not a copy re-saved from a PDF reader), or the council cannot check its signature. The first time, ring the council (or tell them in person) and read out the root fingerprint, so they know the pack is really yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is %1, small enough to attach to an email to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is %1, too large for most email services (about 20 MB at most). Ask the council how to send it: an upload link, a shared folder or a USB stick handed over in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your framework says to send it to the council here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before you can submit:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems that must be fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These do not stop a submission, but the assessor will see them:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems you may submit with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read these problems and want to submit with them (they are listed in the pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a problem (or select it and press Enter) to go where you fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to close this window and go where you fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first. Close this window, fix them, then choose Prepare submission again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks the submission. Please read the points below and tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is answered and current: nothing blocks the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TM-2026-11 item 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the trustees&apos; resolu&amp;tion to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minute reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trustees declare that the self-assessment and its evidence are true and complete. List everyone who signs, and the meeting at which the trustees resolved to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first submission, so Kitemark will create your organisation&apos;s signing key and keep it in the data folder, locked with a passphrase you choose now. You will need the passphrase for every submission; nobody can recover it for you. Write it down and keep it with your other important papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key (root fingerprint %1) is ready; type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Sign and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fingerprint and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page to keep by the phone when you ring the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission pack ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to send it to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark submission pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste them into your email or keep them for the phone call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed. Keep the page by the phone for the call to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program to show folders; the pack is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and exporting the submission pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed pack was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file (it identifies exactly what you sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your root fingerprint — give it to the council, by phone or in person, so they can check that the pack is yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached, evidence and manifest included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>I have compared it: &amp;register this organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation confirmed a new key: &amp;replace its root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: this pack is exactly what %1 signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers the whole file, every evidence file matches the manifest, and the signing root is the one in your register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 has moved to a new key, and its registered key vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key registered for %1 signed a statement handing over to the key that signed this pack. Accept the new key to update your register (new root fingerprint:
%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new &amp;key for this organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: signed with a different key from the one registered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, but %1 is not in your register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has not been changed since it was signed. Before you trust it, compare this root fingerprint with the one the organisation gave you (by phone, letter or in person):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: do not rely on this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1. Ask the organisation to export and send the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitemark helps your organisation assess itself against the borough&apos;s quality criteria, keep the documents that show it, and send the council one signed submission pack.

Everything you type is saved as you go. Nothing leaves this computer until you send the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start our self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about your organisation and choose the level you are aiming for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start our self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with a made-up organisation. The demo is kept apart from your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;assessor pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For council assessors: check a submission pack an organisation sent you, and review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessor pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FrameworkPage</name>
    <message>
        <source>Framework and target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the criteria you will assess yourselves against, and the level you are aiming for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the borough&apos;s framework: %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the borough&apos;s framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a framework file the council gave us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read; check it is a framework file (.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a valid framework. Ask the council for a corrected copy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
