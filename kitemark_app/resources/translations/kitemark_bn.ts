<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 সম্পর্কে</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>সংস্করণ %1</translation>
    </message>
    <message>
        <source>Self-assessment and signed submission packs for the borough&apos;s voluntary-sector Kitemark. It makes no network connections.</source>
        <translation>বরোর স্বেচ্ছাসেবী খাতের Kitemark-এর জন্য স্ব-মূল্যায়ন এবং স্বাক্ষরিত জমার প্যাক। এটি কোনো নেটওয়ার্ক সংযোগ করে না।</translation>
    </message>
    <message>
        <source>Your data is kept in:</source>
        <translation>আপনার ডেটা রাখা আছে এখানে:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>ডেটা ফোল্ডার খুলুন (&amp;F)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>ডেটা ফোল্ডার খুলুন</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>কাজ সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>নতুন কাজ</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>কী করা হবে</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>কে করবেন</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>নির্ধারিত তারিখ আছে (&amp;D)</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>নির্ধারিত তারিখ আছে</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>নির্ধারিত তারিখ</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>কাজের অবস্থা</translation>
    </message>
    <message>
        <source>&amp;What will be done *</source>
        <translation>কী করা হবে (&amp;W) *</translation>
    </message>
    <message>
        <source>Who will do &amp;it</source>
        <translation>কে করবেন (&amp;I)</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>কবে নাগাদ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>অবস্থা (&amp;S)</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>কাজ সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Please describe what will be done.</source>
        <translation>অনুগ্রহ করে লিখুন কী করা হবে।</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Due</source>
        <extracomment>The ActionStatus value of a row, as text (the status column&apos;s editor reads it). Status order for sorting: what still needs doing first.</extracomment>
        <translation>নির্ধারিত তারিখ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>মানদণ্ড</translation>
    </message>
    <message>
        <source>From</source>
        <translation>কোথা থেকে</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (সময় পেরিয়ে গেছে)</translation>
    </message>
    <message>
        <source>%1
(from: %2)</source>
        <translation>%1
(কোথা থেকে: %2)</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>সময় পেরিয়ে গেছে: এটি %1 তারিখের মধ্যে করার কথা ছিল, এখনও হয়নি।</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>কোনো তারিখ নেই</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>মূল্যায়নকারী</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>স্ব-মূল্যায়ন</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>কর্মপরিকল্পনা</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Action plan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;কর্মপরিকল্পনা&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Action plan summary</source>
        <translation>কর্মপরিকল্পনার সারাংশ</translation>
    </message>
    <message>
        <source>Hide finished a&amp;ctions</source>
        <translation>শেষ হওয়া কাজ লুকান (&amp;C)</translation>
    </message>
    <message>
        <source>Hide finished actions</source>
        <translation>শেষ হওয়া কাজ লুকান</translation>
    </message>
    <message>
        <source>&amp;Go to criterion</source>
        <translation>মানদণ্ডে যান (&amp;G)</translation>
    </message>
    <message>
        <source>Go to the criterion of the selected action</source>
        <translation>বাছাই করা কাজের মানদণ্ডে যান</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>CSV হিসেবে রপ্তানি করুন (&amp;X)…</translation>
    </message>
    <message>
        <source>Export the action plan as a CSV file</source>
        <translation>কর্মপরিকল্পনা একটি CSV ফাইল হিসেবে রপ্তানি করুন</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>করণীয় কাজ</translation>
    </message>
    <message>
        <source>To change a status, select the row and press F2 (or double-click the status).</source>
        <translation>অবস্থা বদলাতে সারিটি বাছাই করে F2 চাপুন (অথবা অবস্থার ওপর দুবার ক্লিক করুন)।</translation>
    </message>
    <message>
        <source>No actions yet. Add an action on a criterion&apos;s page for anything you still need to do.</source>
        <translation>এখনও কোনো কাজ নেই। যা কিছু এখনও করার বাকি, তার জন্য কোনো মানদণ্ডের পাতায় একটি কাজ যোগ করুন।</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %1 done, %2 overdue (highlighted).</source>
        <translation>
            <numerusform>%nটি কাজ: %1টি শেষ, %2টির সময় পেরিয়ে গেছে (চিহ্নিত)।</numerusform>
            <numerusform>%nটি কাজ: %1টি শেষ, %2টির সময় পেরিয়ে গেছে (চিহ্নিত)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>কর্মপরিকল্পনা রপ্তানি করুন</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n action(s) to %1.</source>
        <translation>
            <numerusform>%nটি কাজ %1-এ সংরক্ষণ করা হয়েছে।</numerusform>
            <numerusform>%nটি কাজ %1-এ সংরক্ষণ করা হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Kitemark could not open its data in {folder} ({problem}). Check that the folder is on this computer and that you may change it, then start Kitemark again.</source>
        <extracomment>When set, start-up events are appended to this file as JSON lines (for the benchmark and tests).</extracomment>
        <translation>Kitemark {folder}-এ তার ডেটা খুলতে পারেনি ({problem})। ফোল্ডারটি এই কম্পিউটারে আছে কি না এবং আপনি সেটি বদলাতে পারেন কি না দেখুন, তারপর আবার Kitemark চালু করুন।</translation>
    </message>
    <message>
        <source>Open a submission pack</source>
        <extracomment>A top-level screen (welcome or main window) is on screen. The screen shown is complete: everything on it can be used (for the main window: the workspace is open). Opening the data folder failed; one plain sentence.</extracomment>
        <translation>একটি জমার প্যাক খুলুন</translation>
    </message>
    <message>
        <source>Kitemark packs (*.pdf)</source>
        <translation>Kitemark প্যাক (*.pdf)</translation>
    </message>
    <message>
        <source>Setting up the demo…</source>
        <translation>ডেমো তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>ডেটা ফোল্ডার: %1</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <source>All criteria</source>
        <translation>সব মানদণ্ড</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>এখনও রায় দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Not answered by the organisation</source>
        <translation>সংস্থা উত্তর দেয়নি</translation>
    </message>
    <message>
        <source>Not met or more information needed</source>
        <translation>পূরণ হয়নি বা আরও তথ্য দরকার</translation>
    </message>
    <message>
        <source>Met with conditions</source>
        <translation>শর্তসাপেক্ষে পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>ক্ষেত্র %1</translation>
    </message>
    <message>
        <source>Nothing to mark</source>
        <translation>চিহ্নিত করার কিছু নেই</translation>
    </message>
    <message>
        <source>Every criterion the organisation answered as met has a verdict.</source>
        <translation>সংস্থা যেসব মানদণ্ড পূরণ হয়েছে বলে উত্তর দিয়েছে, তার প্রতিটির রায় দেওয়া হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n criterion(s) as Met? They are the ones the organisation answered as met or not applicable and that have no verdict yet. Partly met, not met and unanswered criteria are left for you to judge.</source>
        <translation>
            <numerusform>%nটি মানদণ্ড &quot;পূরণ হয়েছে&quot; হিসেবে চিহ্নিত করবেন? এগুলো সেই মানদণ্ড যেগুলোকে সংস্থা পূরণ হয়েছে বা প্রযোজ্য নয় বলে উত্তর দিয়েছে এবং যেগুলোর এখনও রায় নেই। আংশিক পূরণ, পূরণ হয়নি এবং উত্তর না দেওয়া মানদণ্ডগুলো আপনার বিচারের জন্য রেখে দেওয়া হবে।</numerusform>
            <numerusform>%nটি মানদণ্ড &quot;পূরণ হয়েছে&quot; হিসেবে চিহ্নিত করবেন? এগুলো সেই মানদণ্ড যেগুলোকে সংস্থা পূরণ হয়েছে বা প্রযোজ্য নয় বলে উত্তর দিয়েছে এবং যেগুলোর এখনও রায় নেই। আংশিক পূরণ, পূরণ হয়নি এবং উত্তর না দেওয়া মানদণ্ডগুলো আপনার বিচারের জন্য রেখে দেওয়া হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation>পূরণ হয়েছে হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Assessor — %1</source>
        <translation>মূল্যায়নকারী — %1</translation>
    </message>
    <message>
        <source>Assessor window</source>
        <translation>মূল্যায়নকারীর উইন্ডো</translation>
    </message>
    <message>
        <source>Open a submission pack (File → Open pack…), drop it on this window, or choose one in the team queue (Register → Team queue…).</source>
        <translation>একটি জমার প্যাক খুলুন (ফাইল → প্যাক খুলুন…), এই উইন্ডোতে টেনে এনে ছাড়ুন, অথবা দলের সারি থেকে একটি বেছে নিন (রেজিস্টার → দলের সারি…)।</translation>
    </message>
    <message>
        <source>Criteria in the pack</source>
        <translation>প্যাকের মানদণ্ডগুলো</translation>
    </message>
    <message>
        <source>Show which criteria</source>
        <translation>কোন মানদণ্ডগুলো দেখাবে</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>ছাঁকনি (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>মানদণ্ড (&amp;C)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>ফলাফল (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verification details</source>
        <translation>যাচাইয়ের বিস্তারিত (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>প্যাক খুলুন (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export signed review…</source>
        <translation>স্বাক্ষরিত পর্যালোচনা রপ্তানি করুন (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>বন্ধ করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Council &amp;decryption key…</source>
        <translation>কাউন্সিলের ডিক্রিপশন কী (&amp;D)…</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>পর্যালোচনা (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next criterion</source>
        <translation>পরের মানদণ্ড (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous criterion</source>
        <translation>আগের মানদণ্ড (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mark the remaining answered criteria as met…</source>
        <translation>বাকি উত্তর দেওয়া মানদণ্ডগুলো পূরণ হয়েছে হিসেবে চিহ্নিত করুন (&amp;M)…</translation>
    </message>
    <message>
        <source>Create my &amp;signing key…</source>
        <translation>আমার স্বাক্ষর কী তৈরি করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>রেজিস্টার (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Team queue…</source>
        <translation>দলের সারি (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Organisations and packs…</source>
        <translation>সংস্থা ও প্যাক (&amp;O)…</translation>
    </message>
    <message>
        <source>Vi&amp;ew</source>
        <translation>দেখুন (&amp;E)</translation>
    </message>
    <message>
        <source>Open a submission pack</source>
        <translation>একটি জমার প্যাক খুলুন</translation>
    </message>
    <message>
        <source>Kitemark packs (*.pdf)</source>
        <translation>Kitemark প্যাক (*.pdf)</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>প্যাকটি যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>The check was cancelled; the pack has not been opened.</source>
        <translation>যাচাই বাতিল করা হয়েছে; প্যাকটি খোলা হয়নি।</translation>
    </message>
    <message>
        <source>This pack is encrypted for the council: choose the council&apos;s decryption key to open it.</source>
        <translation>এই প্যাকটি কাউন্সিলের জন্য এনক্রিপ্ট করা: এটি খুলতে কাউন্সিলের ডিক্রিপশন কী বেছে নিন।</translation>
    </message>
    <message>
        <source>This pack is encrypted for another key, not for the one chosen: choose the key it was encrypted for, or ask the organisation to export it again for the council.</source>
        <translation>এই প্যাকটি অন্য একটি কী-এর জন্য এনক্রিপ্ট করা, বেছে নেওয়া কী-এর জন্য নয়: যে কী-এর জন্য এটি এনক্রিপ্ট করা হয়েছে সেটি বেছে নিন, অথবা সংস্থাকে বলুন কাউন্সিলের জন্য এটি আবার রপ্তানি করতে।</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>প্যাকটি খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>মূল্যায়নকারী</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>এখনও রায় দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ করা হয়নি</translation>
    </message>
    <message>
        <source>The key registered for %1 signed a statement handing over to this new key:

%2

Replace the root registered for them with it?</source>
        <translation>%1-এর জন্য নিবন্ধিত কী একটি বিবৃতিতে স্বাক্ষর করে এই নতুন কী-তে দায়িত্ব হস্তান্তর করেছে:

%2

তাদের জন্য নিবন্ধিত রুটটি কি এটি দিয়ে বদলে দেবেন?</translation>
    </message>
    <message>
        <source>Only do this if %1 has told you, by a channel you already trust, that they have a new key with this root fingerprint:

%2

Replace the root registered for them?</source>
        <translation>কেবল তখনই এটি করুন যদি %1 আপনার আগে থেকে বিশ্বাসযোগ্য কোনো মাধ্যমে জানিয়ে থাকে যে তাদের এই রুট ফিঙ্গারপ্রিন্টসহ একটি নতুন কী আছে:

%2

তাদের জন্য নিবন্ধিত রুটটি বদলে দেবেন?</translation>
    </message>
    <message>
        <source>Does this root fingerprint match, character for character, the one %1 gave you?

%2

Register the organisation with it?</source>
        <translation>এই রুট ফিঙ্গারপ্রিন্ট কি %1 আপনাকে যেটি দিয়েছে তার সঙ্গে প্রতিটি অক্ষরে মেলে?

%2

এটি দিয়ে সংস্থাটিকে নিবন্ধন করবেন?</translation>
    </message>
    <message>
        <source>Register the organisation</source>
        <translation>সংস্থাটিকে নিবন্ধন করুন</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>নিবন্ধিত নয়</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>আপনার স্বাক্ষর কী</translation>
    </message>
    <message>
        <source>You already have a signing key. Its root fingerprint is:
%1</source>
        <translation>আপনার আগে থেকেই একটি স্বাক্ষর কী আছে। এর রুট ফিঙ্গারপ্রিন্ট হলো:
%1</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>আপনার স্বাক্ষর কী তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>No key created</source>
        <translation>কোনো কী তৈরি হয়নি</translation>
    </message>
    <message>
        <source>Your signing key is ready. Give organisations its root fingerprint so they can check your reviews:
%1</source>
        <translation>আপনার স্বাক্ষর কী তৈরি। সংস্থাগুলোকে এর রুট ফিঙ্গারপ্রিন্ট দিন, যাতে তারা আপনার পর্যালোচনা যাচাই করতে পারে:
%1</translation>
    </message>
    <message>
        <source>Export the signed review</source>
        <translation>স্বাক্ষরিত পর্যালোচনা রপ্তানি করুন</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <source>The review is not complete</source>
        <translation>পর্যালোচনা সম্পূর্ণ হয়নি</translation>
    </message>
    <message>
        <source>Register the organisation first</source>
        <translation>আগে সংস্থাটিকে নিবন্ধন করুন</translation>
    </message>
    <message>
        <source>Only a verified pack from a registered organisation can be reviewed; compare the fingerprint and register the organisation first.</source>
        <translation>কেবল নিবন্ধিত সংস্থার যাচাই করা প্যাকই পর্যালোচনা করা যায়; ফিঙ্গারপ্রিন্ট মিলিয়ে দেখে আগে সংস্থাটিকে নিবন্ধন করুন।</translation>
    </message>
    <message>
        <source>The award does not match your verdicts:

%1

Sign and export it anyway?</source>
        <translation>পুরস্কারটি আপনার রায়গুলোর সঙ্গে মিলছে না:

%1

তবুও স্বাক্ষর করে রপ্তানি করবেন?</translation>
    </message>
    <message>
        <source>Check the outcome</source>
        <translation>ফলাফল মিলিয়ে দেখুন</translation>
    </message>
    <message>
        <source>That passphrase does not open your signing key; check it (capitals count) and try again.</source>
        <translation>এই পাসফ্রেজ দিয়ে আপনার স্বাক্ষর কী খোলে না; মিলিয়ে দেখুন (বড় হাতের অক্ষর আলাদা ধরা হয়) এবং আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Signing the review…</source>
        <translation>পর্যালোচনায় স্বাক্ষর করা হচ্ছে…</translation>
    </message>
    <message>
        <source>The review was not exported</source>
        <translation>পর্যালোচনা রপ্তানি করা হয়নি</translation>
    </message>
    <message>
        <source>Review exported</source>
        <translation>পর্যালোচনা রপ্তানি করা হয়েছে</translation>
    </message>
    <message>
        <source>The signed review was saved as %1. Send it to the organisation; they import it in Kitemark.</source>
        <translation>স্বাক্ষরিত পর্যালোচনা %1 নামে সংরক্ষণ করা হয়েছে। এটি সংস্থাকে পাঠান; তারা এটি Kitemark-এ আমদানি করবে।</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>A change could not be saved ({error}). Please try again.</source>
        <extracomment>One plain sentence when a change could not be stored.</extracomment>
        <translation>একটি পরিবর্তন সংরক্ষণ করা যায়নি ({error})। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed since your last pack</source>
        <translation>আপনার শেষ প্যাকের পর কী বদলেছে</translation>
    </message>
    <message>
        <source>Since %1, sent on %2:</source>
        <translation>%1-এর পর থেকে, পাঠানো হয়েছে %2 তারিখে:</translation>
    </message>
    <message>
        <source>Changes since your last pack</source>
        <translation>আপনার শেষ প্যাকের পর থেকে পরিবর্তন</translation>
    </message>
    <message>
        <source>Action done: %1</source>
        <translation>কাজ শেষ: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation>তারপর থেকে কিছুই বদলায়নি।</translation>
    </message>
    <message>
        <source>You have not sent a pack yet, so there is nothing to compare with.</source>
        <translation>আপনি এখনও কোনো প্যাক পাঠাননি, তাই তুলনা করার কিছু নেই।</translation>
    </message>
    <message>
        <source>Comparing with your last pack…</source>
        <translation>আপনার শেষ প্যাকের সঙ্গে তুলনা করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another officer saved this review first</source>
        <translation>অন্য একজন কর্মকর্তা এই পর্যালোচনা আগে সংরক্ষণ করেছেন</translation>
    </message>
    <message>
        <source>Criteria where the two versions differ:</source>
        <translation>যেসব মানদণ্ডে দুটি সংস্করণ আলাদা:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>মানদণ্ড</translation>
    </message>
    <message>
        <source>Their verdict</source>
        <translation>তাঁদের রায়</translation>
    </message>
    <message>
        <source>Their comment</source>
        <translation>তাঁদের মন্তব্য</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>আপনার রায়</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>আপনার মন্তব্য</translation>
    </message>
    <message>
        <source>Criteria where the versions differ</source>
        <translation>যেসব মানদণ্ডে সংস্করণগুলো আলাদা</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>তাঁদের সংস্করণ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>আপনার সংস্করণ</translation>
    </message>
    <message>
        <source>The two outcomes</source>
        <translation>দুটি ফলাফল</translation>
    </message>
    <message>
        <source>Their version is now in the review. Yours is still here, not saved: copy what you want to keep (choose a cell and press Ctrl+C, or Copy your version) and make your changes again.</source>
        <translation>তাঁদের সংস্করণ এখন পর্যালোচনায় আছে। আপনারটি এখনও এখানে আছে, সংরক্ষণ করা হয়নি: যা রাখতে চান তা কপি করুন (একটি ঘর বেছে Ctrl+C চাপুন, অথবা আপনার সংস্করণ কপি করুন) এবং আপনার পরিবর্তনগুলো আবার করুন।</translation>
    </message>
    <message>
        <source>Use &amp;their version</source>
        <translation>তাঁদের সংস্করণ ব্যবহার করুন (&amp;T)</translation>
    </message>
    <message>
        <source>Reload the review from the register; your version stays in this window</source>
        <translation>রেজিস্টার থেকে পর্যালোচনাটি আবার লোড করুন; আপনার সংস্করণ এই উইন্ডোতে থাকবে</translation>
    </message>
    <message>
        <source>Cop&amp;y your version</source>
        <translation>আপনার সংস্করণ কপি করুন (&amp;Y)</translation>
    </message>
    <message>
        <source>Put your version, as text, on the clipboard</source>
        <translation>আপনার সংস্করণটি লেখা হিসেবে ক্লিপবোর্ডে রাখুন</translation>
    </message>
    <message>
        <source>The verdicts are the same in both versions.</source>
        <translation>দুটি সংস্করণেই রায়গুলো একই।</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (আলাদা)</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>কোনো রায় নেই</translation>
    </message>
    <message>
        <source>%1 — condition: %2</source>
        <translation>%1 — শর্ত: %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, %2-এর মধ্যে</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>সিদ্ধান্ত</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>সিদ্ধান্ত হয়নি</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>স্তর</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>বৈধতার শেষ তারিখ</translation>
    </message>
    <message>
        <source>Resubmit by</source>
        <translation>আবার জমা দেওয়ার শেষ তারিখ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>সারাংশ</translation>
    </message>
    <message>
        <source>Your version of the review (not saved):</source>
        <translation>পর্যালোচনার আপনার সংস্করণ (সংরক্ষণ করা হয়নি):</translation>
    </message>
    <message>
        <source>Their version was not loaded</source>
        <translation>তাঁদের সংস্করণ লোড করা হয়নি</translation>
    </message>
    <message>
        <source>Reading their version…</source>
        <translation>তাঁদের সংস্করণ পড়া হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>CoreSentences</name>
    <message>
        <source>&apos;{activity}&apos; is ticked, but the profile counts no members of staff; give their number.</source>
        <translation>&apos;{activity}&apos; টিক দেওয়া আছে, কিন্তু প্রোফাইলে কোনো কর্মী গোনা নেই; তাঁদের সংখ্যা দিন।</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; is ticked, but the profile counts no volunteers; give their number.</source>
        <translation>&apos;{activity}&apos; টিক দেওয়া আছে, কিন্তু প্রোফাইলে কোনো স্বেচ্ছাসেবক গোনা নেই; তাঁদের সংখ্যা দিন।</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; does not match its recorded checksum</source>
        <translation>&apos;{entry}&apos; এর লিখে রাখা চেকসামের সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is larger than its recorded size</source>
        <translation>&apos;{entry}&apos; এর লিখে রাখা আকারের চেয়ে বড়</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is missing from it</source>
        <translation>এতে &apos;{entry}&apos; নেই</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a format Kitemark can write; choose one of {formats}.</source>
        <translation>&apos;{format}&apos; এমন কোনো ধরন নয় যা Kitemark লিখতে পারে; এগুলোর একটি বেছে নিন: {formats}।</translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is not a level of this framework (levels are: {levels}).</source>
        <translation>&apos;{level}&apos; এই ফ্রেমওয়ার্কের কোনো স্তর নয় (স্তরগুলো হলো: {levels})।</translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is not a level of version {version} (its levels are: {levels}); choose one of them.</source>
        <translation>&apos;{level}&apos; {version} সংস্করণের কোনো স্তর নয় (এর স্তরগুলো হলো: {levels}); এগুলোর একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists; choose another name or delete it first.</source>
        <translation>&apos;{name}&apos; আগে থেকেই আছে; অন্য একটি নাম বেছে নিন অথবা আগে এটি মুছে ফেলুন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <translation>&apos;{name}&apos; পড়া যাচ্ছে না ({reason})।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}); check that it is not open elsewhere.</source>
        <translation>&apos;{name}&apos; পড়া যাচ্ছে না ({reason}); দেখুন এটি অন্য কোথাও খোলা আছে কি না।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be restored: {problem}; nothing was changed.</source>
        <translation>&apos;{name}&apos; ফিরিয়ে আনা যাবে না: {problem}; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be copied for viewing ({reason}).</source>
        <translation>দেখার জন্য &apos;{name}&apos; কপি করা যায়নি ({reason})।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be opened with that passphrase; use the one it was locked with.</source>
        <translation>এই পাসফ্রেজ দিয়ে &apos;{name}&apos; খোলা যায়নি; যে পাসফ্রেজ দিয়ে এটি তালাবদ্ধ করা হয়েছিল সেটি ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be read to the end ({reason}); if it is on a USB stick or network drive, copy it to this PC first.</source>
        <translation>&apos;{name}&apos; শেষ পর্যন্ত পড়া যায়নি ({reason}); এটি USB স্টিক বা নেটওয়ার্ক ড্রাইভে থাকলে আগে এই কম্পিউটারে কপি করে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be saved ({reason}); nothing was saved.</source>
        <translation>&apos;{name}&apos; সংরক্ষণ করা যায়নি ({reason}); কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be saved in &apos;{folder}&apos; (permission denied); close it if it is open in another program, or choose another folder.</source>
        <translation>&apos;{name}&apos; &apos;{folder}&apos;-এ সংরক্ষণ করা যায়নি (অনুমতি নেই); এটি অন্য কোনো প্রোগ্রামে খোলা থাকলে বন্ধ করুন, অথবা অন্য একটি ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist; check the name and try again.</source>
        <translation>&apos;{name}&apos; নামে কিছু নেই; নামটি মিলিয়ে দেখে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not include the council&apos;s issuing certificate; ask for a file that does.</source>
        <translation>&apos;{name}&apos;-এ কাউন্সিলের প্রদানকারী সার্টিফিকেটটি নেই; সেটি আছে এমন একটি ফাইল চান।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has more pixels than Kitemark redacts ({millions} million); save a smaller copy and replace the file with it.</source>
        <translation>&apos;{name}&apos;-এ Kitemark যত পিক্সেলের অংশ লুকাতে পারে ({millions} মিলিয়ন) তার চেয়ে বেশি পিক্সেল আছে; একটি ছোট কপি সংরক্ষণ করে ফাইলটি সেটি দিয়ে বদলে দিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no pages.</source>
        <translation>&apos;{name}&apos;-এ কোনো পাতা নেই।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} pages, more than the {limit} Kitemark can redact; split it into smaller files and add those.</source>
        <translation>&apos;{name}&apos;-এ {count}টি পাতা আছে, যা Kitemark যত পাতার অংশ লুকাতে পারে ({limit}টি) তার চেয়ে বেশি; এটি ছোট ছোট ফাইলে ভাগ করে সেগুলো যোগ করুন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} pages, so page {page} cannot be shown.</source>
        <translation>&apos;{name}&apos;-এ {count}টি পাতা আছে, তাই {page} নম্বর পাতা দেখানো যাবে না।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {width} × {height} pixels, more than Kitemark redacts ({millions} million); save a smaller copy and replace the file with it.</source>
        <translation>&apos;{name}&apos;-এ {width} × {height} পিক্সেল আছে, যা Kitemark যত পিক্সেলের অংশ লুকাতে পারে ({millions} মিলিয়ন) তার চেয়ে বেশি; একটি ছোট কপি সংরক্ষণ করে ফাইলটি সেটি দিয়ে বদলে দিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder; choose the backup file (a .zip) inside it.</source>
        <translation>&apos;{name}&apos; একটি ফোল্ডার; এর ভেতরের ব্যাকআপ ফাইলটি (একটি .zip) বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder; choose the files inside it instead.</source>
        <translation>&apos;{name}&apos; একটি ফোল্ডার; এর বদলে এর ভেতরের ফাইলগুলো বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a picture, so it has only page 1.</source>
        <translation>&apos;{name}&apos; একটি ছবি, তাই এতে শুধু 1 নম্বর পাতা আছে।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a picture, which has one page that cannot be left out.</source>
        <translation>&apos;{name}&apos; একটি ছবি, যার একটিই পাতা, আর সেটি বাদ দেওয়া যায় না।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a submission pack, not the assessor&apos;s review; choose the review file the council sent.</source>
        <translation>&apos;{name}&apos; একটি জমার প্যাক, মূল্যায়নকারীর পর্যালোচনা নয়; কাউন্সিলের পাঠানো পর্যালোচনা ফাইলটি বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an animation; Kitemark can hide parts of still pictures only.</source>
        <translation>&apos;{name}&apos; একটি অ্যানিমেশন; Kitemark শুধু স্থির ছবির অংশ লুকাতে পারে।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; choose the file that has the document in it.</source>
        <translation>&apos;{name}&apos; খালি; যে ফাইলে নথিটি আছে সেটি বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file; choose a document, scan or photo.</source>
        <translation>&apos;{name}&apos; সাধারণ কোনো ফাইল নয়; একটি নথি, স্ক্যান বা ছবি বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file; choose the backup file (a .zip).</source>
        <translation>&apos;{name}&apos; সাধারণ কোনো ফাইল নয়; ব্যাকআপ ফাইলটি (একটি .zip) বেছে নিন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a usable Kitemark backup ({reason}); nothing was changed.</source>
        <translation>&apos;{name}&apos; ব্যবহারযোগ্য Kitemark ব্যাকআপ নয় ({reason}); কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid evidence reference; run &apos;kitemark check&apos;.</source>
        <translation>&apos;{name}&apos; প্রমাণের কোনো বৈধ সূত্র নয়; &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an intact Kitemark review ({reason}); ask the assessor to send it again.</source>
        <translation>&apos;{name}&apos; অক্ষত Kitemark পর্যালোচনা নয় ({reason}); মূল্যায়নকারীকে এটি আবার পাঠাতে বলুন।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an intact council-signed framework ({reason}); ask the council for the file again.</source>
        <translation>&apos;{name}&apos; কাউন্সিলের স্বাক্ষর করা অক্ষত ফ্রেমওয়ার্ক নয় ({reason}); কাউন্সিলের কাছে ফাইলটি আবার চান।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB, over the {limit} MB limit; save a smaller copy (e.g. scan at a lower resolution) and add that.</source>
        <translation>&apos;{name}&apos; {size} MB, যা {limit} MB সীমার বেশি; একটি ছোট কপি সংরক্ষণ করুন (যেমন কম রেজোলিউশনে স্ক্যান করে) এবং সেটি যোগ করুন।</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name for the backup, e.g. kitemark-backup.zip.</source>
        <translation>&apos;{path}&apos; একটি ফোল্ডার; ব্যাকআপের জন্য একটি ফাইলের নাম দিন, যেমন kitemark-backup.zip।</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name for the pack, e.g. {example}.</source>
        <translation>&apos;{path}&apos; একটি ফোল্ডার; প্যাকের জন্য একটি ফাইলের নাম দিন, যেমন {example}।</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name to save, e.g. {example}.</source>
        <translation>&apos;{path}&apos; একটি ফোল্ডার; সংরক্ষণ করার জন্য একটি ফাইলের নাম দিন, যেমন {example}।</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name, e.g. {example}.</source>
        <translation>&apos;{path}&apos; একটি ফোল্ডার; একটি ফাইলের নাম দিন, যেমন {example}।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a month Kitemark does not know; write it like {example}.</source>
        <translation>&apos;{text}&apos;-এ এমন একটি মাস আছে যা Kitemark চেনে না; এভাবে লিখুন: {example}।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date Kitemark can read; write it like {example}.</source>
        <translation>&apos;{text}&apos; এমন কোনো তারিখ নয় যা Kitemark পড়তে পারে; এভাবে লিখুন: {example}।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date; check the day and the month.</source>
        <translation>&apos;{text}&apos; সত্যিকারের কোনো তারিখ নয়; দিন আর মাস মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is a picture, which has one page that cannot be left out.</source>
        <translation>&apos;{title}&apos; একটি ছবি, যার একটিই পাতা, আর সেটি বাদ দেওয়া যায় না।</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; — {reason}</source>
        <translation>&apos;{title}&apos; — {reason}</translation>
    </message>
    <message>
        <source>.</source>
        <translation>।</translation>
    </message>
    <message>
        <source>1 area hidden by the organisation</source>
        <translation>সংস্থা 1টি অংশ লুকিয়েছে</translation>
    </message>
    <message>
        <source>1 evidence file is missing from the data folder ({titles}); add it again and export.</source>
        <translation>ডেটা ফোল্ডার থেকে 1টি প্রমাণ ফাইল হারিয়ে গেছে ({titles}); এটি আবার যোগ করে রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>; check your answer still answers it.</source>
        <translation>; আপনার উত্তর এখনও এর উত্তর দেয় কি না দেখে নিন।</translation>
    </message>
    <message>
        <source>; it does not apply to you.</source>
        <translation>; এটি আপনার জন্য প্রযোজ্য নয়।</translation>
    </message>
    <message>
        <source>; it no longer applies to you.</source>
        <translation>; এটি আর আপনার জন্য প্রযোজ্য নয়।</translation>
    </message>
    <message>
        <source>; it now applies to you.</source>
        <translation>; এটি এখন আপনার জন্য প্রযোজ্য।</translation>
    </message>
    <message>
        <source>A community interest company cannot be a registered charity; check the legal form, or remove the charity number.</source>
        <translation>একটি কমিউনিটি ইন্টারেস্ট কোম্পানি (CIC) নিবন্ধিত দাতব্য সংস্থা হতে পারে না; আইনি ধরনটি দেখে নিন, অথবা চ্যারিটি নম্বরটি সরিয়ে দিন।</translation>
    </message>
    <message>
        <source>An action needs a description of what will be done.</source>
        <translation>কাজের জন্য কী করা হবে তার একটি বর্ণনা দরকার।</translation>
    </message>
    <message>
        <source>An evidence file could not be read ({ref}…: {reason}); run &apos;kitemark check&apos;.</source>
        <translation>একটি প্রমাণ ফাইল পড়া যায়নি ({ref}…: {reason}); &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>An evidence file has been damaged ({ref}…); run &apos;kitemark check&apos;.</source>
        <translation>একটি প্রমাণ ফাইল নষ্ট হয়ে গেছে ({ref}…); &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>An evidence file is missing from the store ({ref}…); run &apos;kitemark check&apos;.</source>
        <translation>ভাণ্ডার থেকে একটি প্রমাণ ফাইল হারিয়ে গেছে ({ref}…); &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>An unexpected file is in the evidence store: &apos;{path}&apos;.</source>
        <translation>প্রমাণের ভাণ্ডারে একটি অপ্রত্যাশিত ফাইল আছে: &apos;{path}&apos;।</translation>
    </message>
    <message>
        <source>Could not read &apos;{path}&apos; ({reason}); check the file name.</source>
        <translation>&apos;{path}&apos; পড়া যায়নি ({reason}); ফাইলের নামটি মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Evidence needs a title.</source>
        <translation>প্রমাণের একটি শিরোনাম দরকার।</translation>
    </message>
    <message>
        <source>For {criterion} it {reason}.</source>
        <translation>{criterion}-এর জন্য: এটি {reason}।</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>GIF ছবি</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS অবস্থান</translation>
    </message>
    <message>
        <source>HEIF/AVIF photo</source>
        <translation>HEIF/AVIF ছবি</translation>
    </message>
    <message>
        <source>It was due for review by {day}.</source>
        <translation>এটি {day}-এর মধ্যে আবার দেখার কথা ছিল।</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG ছবি</translation>
    </message>
    <message>
        <source>Kitemark can hide parts of PDFs and of JPEG, PNG, WebP and GIF pictures; save &apos;{name}&apos; as a PDF and replace the file with that copy.</source>
        <translation>Kitemark PDF এবং JPEG, PNG, WebP ও GIF ছবির অংশ লুকাতে পারে; &apos;{name}&apos; PDF হিসেবে সংরক্ষণ করুন এবং ফাইলটি সেই কপি দিয়ে বদলে দিন।</translation>
    </message>
    <message>
        <source>Kitemark cannot use the data folder &apos;{folder}&apos; ({reason}); check it exists and you may write to it, or choose another with --data-dir.</source>
        <translation>Kitemark &apos;{folder}&apos; ডেটা ফোল্ডারটি ব্যবহার করতে পারছে না ({reason}); ফোল্ডারটি আছে কি না এবং আপনি এতে লিখতে পারেন কি না দেখুন, অথবা --data-dir দিয়ে অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Kitemark could not open &apos;{name}&apos; as a PDF (it is protected by a password).</source>
        <translation>Kitemark &apos;{name}&apos; PDF হিসেবে খুলতে পারেনি (এটি পাসওয়ার্ড দিয়ে সুরক্ষিত)।</translation>
    </message>
    <message>
        <source>Kitemark could not open &apos;{name}&apos; as a PDF (it may be damaged).</source>
        <translation>Kitemark &apos;{name}&apos; PDF হিসেবে খুলতে পারেনি (এটি হয়তো নষ্ট)।</translation>
    </message>
    <message>
        <source>Kitemark could not read &apos;{name}&apos; as a {kind}; it may be damaged.</source>
        <translation>Kitemark &apos;{name}&apos; {kind} হিসেবে পড়তে পারেনি; এটি হয়তো নষ্ট।</translation>
    </message>
    <message>
        <source>Kitemark could not read it ({reason})</source>
        <translation>Kitemark এটি পড়তে পারেনি ({reason})</translation>
    </message>
    <message>
        <source>Kitemark could not read it as a PDF, so cannot tell what it holds</source>
        <translation>Kitemark এটি PDF হিসেবে পড়তে পারেনি, তাই এতে কী আছে বলতে পারছে না</translation>
    </message>
    <message>
        <source>Kitemark could not read it as a TIFF picture</source>
        <translation>Kitemark এটি TIFF ছবি হিসেবে পড়তে পারেনি</translation>
    </message>
    <message>
        <source>Kitemark could not read it as a {kind} ({problem})</source>
        <translation>Kitemark এটি {kind} হিসেবে পড়তে পারেনি ({problem})</translation>
    </message>
    <message>
        <source>Kitemark could not write a copy of it without its details</source>
        <translation>Kitemark এর তথ্য ছাড়া এর একটি কপি লিখতে পারেনি</translation>
    </message>
    <message>
        <source>Kitemark could not write to its data folder, so the last change was not saved; check the disk or USB stick is still there and try again.</source>
        <translation>Kitemark তার ডেটা ফোল্ডারে লিখতে পারেনি, তাই শেষ পরিবর্তনটি সংরক্ষণ করা হয়নি; ডিস্ক বা USB স্টিকটি এখনও লাগানো আছে কি না দেখে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Kitemark does not look for hidden details in this kind of file</source>
        <translation>Kitemark এই ধরনের ফাইলে লুকানো তথ্য খোঁজে না</translation>
    </message>
    <message>
        <source>Kitemark is busy saving in another window; wait a moment and try again.</source>
        <translation>Kitemark অন্য একটি উইন্ডোতে সংরক্ষণের কাজে ব্যস্ত; একটু অপেক্ষা করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Kitemark is not allowed to write {what} to its data folder; check the folder&apos;s permissions.</source>
        <translation>Kitemark তার ডেটা ফোল্ডারে {what} লেখার অনুমতি পাচ্ছে না; ফোল্ডারটির অনুমতিগুলো দেখুন।</translation>
    </message>
    <message>
        <source>Kitemark is still using this data in another window; close it there and try again.</source>
        <translation>Kitemark এখনও অন্য একটি উইন্ডোতে এই ডেটা ব্যবহার করছে; সেখানে এটি বন্ধ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Opening the file was cancelled.</source>
        <translation>ফাইল খোলা বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG ছবি</translation>
    </message>
    <message>
        <source>Page {page} of the PDF could not be drawn; it may be damaged.</source>
        <translation>PDF-এর {page} নম্বর পাতা আঁকা যায়নি; এটি হয়তো নষ্ট।</translation>
    </message>
    <message>
        <source>Page {page} of the PDF has no size, so it cannot be drawn.</source>
        <translation>PDF-এর {page} নম্বর পাতার কোনো মাপ নেই, তাই এটি আঁকা যাচ্ছে না।</translation>
    </message>
    <message>
        <source>Please give the organisation&apos;s name.</source>
        <translation>অনুগ্রহ করে সংস্থার নাম দিন।</translation>
    </message>
    <message>
        <source>Signatory {number} needs both a name and a role.</source>
        <translation>{number} নম্বর স্বাক্ষরকারীর নাম ও ভূমিকা দুটোই দরকার।</translation>
    </message>
    <message>
        <source>Signatory {number}&apos;s date ({day}) is in the future.</source>
        <translation>{number} নম্বর স্বাক্ষরকারীর তারিখ ({day}) ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>Stored files no evidence item uses: {count}. They are kept so older backups can still use them.</source>
        <translation>যে সংরক্ষিত ফাইলগুলো কোনো প্রমাণ ব্যবহার করে না: {count}টি। পুরোনো ব্যাকআপগুলো যাতে এখনও সেগুলো ব্যবহার করতে পারে, তাই সেগুলো রেখে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>TIFF ছবি</translation>
    </message>
    <message>
        <source>Temporary files of an interrupted import: {count}. They are never used as evidence and are removed the next time Kitemark opens this data.</source>
        <translation>মাঝপথে থেমে যাওয়া আমদানির অস্থায়ী ফাইল: {count}টি। এগুলো কখনও প্রমাণ হিসেবে ব্যবহার করা হয় না, এবং পরের বার Kitemark এই ডেটা খুললে মুছে ফেলা হয়।</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>এই কাজটি আর নেই।</translation>
    </message>
    <message>
        <source>That backup cannot be restored: {problem}.</source>
        <translation>এই ব্যাকআপটি ফিরিয়ে আনা যাবে না: {problem}।</translation>
    </message>
    <message>
        <source>That backup could not be copied intact: {problem}.</source>
        <translation>এই ব্যাকআপটি অক্ষত অবস্থায় কপি করা যায়নি: {problem}।</translation>
    </message>
    <message>
        <source>That evidence item no longer exists.</source>
        <translation>এই প্রমাণটি আর নেই।</translation>
    </message>
    <message>
        <source>That passphrase does not open the signing key; check it (capitals count) and try again.</source>
        <translation>এই পাসফ্রেজ দিয়ে স্বাক্ষর কী খোলে না; মিলিয়ে দেখুন (বড় হাতের অক্ষর আলাদা ধরা হয়) এবং আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The Kitemark database was damaged and has been moved aside to &apos;{name}&apos;; no automatic backup exists, so restore your own backup file with &apos;kitemark restore FILE&apos;.</source>
        <translation>Kitemark-এর ডেটাবেস নষ্ট হয়ে গিয়েছিল এবং সেটি &apos;{name}&apos;-এ সরিয়ে রাখা হয়েছে; কোনো স্বয়ংক্রিয় ব্যাকআপ নেই, তাই &apos;kitemark restore FILE&apos; দিয়ে আপনার নিজের ব্যাকআপ ফাইলটি ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <source>The Kitemark database was damaged and has been moved aside to &apos;{name}&apos;; restore the newest good backup ({day} {time} UTC) with &apos;kitemark restore &quot;{path}&quot;&apos; or from the app.</source>
        <translation>Kitemark-এর ডেটাবেস নষ্ট হয়ে গিয়েছিল এবং সেটি &apos;{name}&apos;-এ সরিয়ে রাখা হয়েছে; সবচেয়ে নতুন ভালো ব্যাকআপটি ({day} {time} UTC) &apos;kitemark restore &quot;{path}&quot;&apos; দিয়ে অথবা অ্যাপ থেকে ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <source>The action plan cannot be saved in &apos;{folder}&apos; ({reason}); choose another folder.</source>
        <translation>কর্মপরিকল্পনা &apos;{folder}&apos;-এ সংরক্ষণ করা যাচ্ছে না ({reason}); অন্য একটি ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <source>The action plan could not be saved as &apos;{name}&apos; ({reason}); close it if it is open in another program and try again.</source>
        <translation>কর্মপরিকল্পনা &apos;{name}&apos; হিসেবে সংরক্ষণ করা যায়নি ({reason}); এটি অন্য কোনো প্রোগ্রামে খোলা থাকলে বন্ধ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was changed.</source>
        <translation>ব্যাকআপ বাতিল করা হয়েছে; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The certificate in &apos;{name}&apos; expired on {day}.</source>
        <translation>&apos;{name}&apos;-এর সার্টিফিকেটের মেয়াদ {day} তারিখে শেষ হয়েছে।</translation>
    </message>
    <message>
        <source>The certificate in &apos;{name}&apos; is not meant for signing; ask the council for one that is.</source>
        <translation>&apos;{name}&apos;-এর সার্টিফিকেটটি স্বাক্ষর করার জন্য নয়; কাউন্সিলের কাছে স্বাক্ষর করার একটি সার্টিফিকেট চান।</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>যাচাই বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>The copy could not be saved as &apos;{path}&apos; ({reason}).</source>
        <translation>কপিটি &apos;{path}&apos; হিসেবে সংরক্ষণ করা যায়নি ({reason})।</translation>
    </message>
    <message>
        <source>The copy of &apos;{title}&apos; changed while the pack was written; export again.</source>
        <translation>প্যাকটি লেখার সময় &apos;{title}&apos;-এর কপিটি বদলে গেছে; আবার রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase must be at least {count} characters long.</source>
        <translation>কপিটির পাসফ্রেজ কমপক্ষে {count} অক্ষরের হতে হবে।</translation>
    </message>
    <message>
        <source>The council&apos;s encryption certificate in the framework {problem}, so the pack cannot be encrypted for it; install the council&apos;s newer framework, or export without encryption (--no-encrypt).</source>
        <translation>ফ্রেমওয়ার্কে থাকা কাউন্সিলের এনক্রিপশন সার্টিফিকেটটি {problem}, তাই প্যাকটি কাউন্সিলের জন্য এনক্রিপ্ট করা যাবে না; কাউন্সিলের নতুন ফ্রেমওয়ার্কটি ইনস্টল করুন, অথবা এনক্রিপশন ছাড়া রপ্তানি করুন (--no-encrypt)।</translation>
    </message>
    <message>
        <source>The current database cannot be closed cleanly ({reason}); run &apos;kitemark check&apos;.</source>
        <translation>বর্তমান ডেটাবেসটি ঠিকমতো বন্ধ করা যাচ্ছে না ({reason}); &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>The database cannot be backed up because {problem}; run &apos;kitemark check&apos;.</source>
        <translation>ডেটাবেসের ব্যাকআপ নেওয়া যাচ্ছে না, কারণ {problem}; &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>The database could not be backed up ({reason}); run &apos;kitemark check&apos;.</source>
        <translation>ডেটাবেসের ব্যাকআপ নেওয়া যায়নি ({reason}); &apos;kitemark check&apos; চালান।</translation>
    </message>
    <message>
        <source>The database is damaged ({problem}); restore the newest backup.</source>
        <translation>ডেটাবেসটি নষ্ট ({problem}); সবচেয়ে নতুন ব্যাকআপটি ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <source>The database was saved by a newer version of Kitemark.</source>
        <translation>ডেটাবেসটি Kitemark-এর একটি নতুন সংস্করণ দিয়ে সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>The declaration has no signatory; add at least one trustee who signs it.</source>
        <translation>ঘোষণায় কোনো স্বাক্ষরকারী নেই; এতে স্বাক্ষর করবেন এমন অন্তত একজন ট্রাস্টি যোগ করুন।</translation>
    </message>
    <message>
        <source>The declaration needs the date of the trustees&apos; resolution to submit.</source>
        <translation>ঘোষণার জন্য জমা দেওয়ার বিষয়ে ট্রাস্টিদের সিদ্ধান্তের তারিখ দরকার।</translation>
    </message>
    <message>
        <source>The declaration needs the minute reference of the trustees&apos; resolution.</source>
        <translation>ঘোষণার জন্য ট্রাস্টিদের সিদ্ধান্তের কার্যবিবরণীর সূত্র দরকার।</translation>
    </message>
    <message>
        <source>The demo needs an empty folder, and &apos;{folder}&apos; already has files in it.</source>
        <translation>ডেমোর জন্য একটি খালি ফোল্ডার দরকার, কিন্তু &apos;{folder}&apos;-এ আগে থেকেই ফাইল আছে।</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved; free some space and try again.</source>
        <translation>ডিস্ক ভরে গেছে, তাই শেষ পরিবর্তনটি সংরক্ষণ করা হয়নি; কিছু জায়গা খালি করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The disk ran out of space while saving &apos;{name}&apos;; nothing was saved. Free some space or choose another drive and try again.</source>
        <translation>&apos;{name}&apos; সংরক্ষণ করার সময় ডিস্কের জায়গা ফুরিয়ে গেছে; কিছুই সংরক্ষণ করা হয়নি। কিছু জায়গা খালি করুন অথবা অন্য একটি ড্রাইভ বেছে নিয়ে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The disk ran out of space while writing the pack in &apos;{folder}&apos;; nothing was saved. Free some space or choose another drive and export again.</source>
        <translation>&apos;{folder}&apos;-এ প্যাকটি লেখার সময় ডিস্কের জায়গা ফুরিয়ে গেছে; কিছুই সংরক্ষণ করা হয়নি। কিছু জায়গা খালি করুন অথবা অন্য একটি ড্রাইভ বেছে নিয়ে আবার রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>The evidence file for &apos;{title}&apos; has changed size since it was added; run &apos;kitemark check&apos; and add it again.</source>
        <translation>&apos;{title}&apos;-এর প্রমাণ ফাইলটি যোগ করার পর থেকে এর আকার বদলে গেছে; &apos;kitemark check&apos; চালান এবং এটি আবার যোগ করুন।</translation>
    </message>
    <message>
        <source>The evidence file for &apos;{title}&apos; is damaged (it no longer matches what was added); replace it with a good copy and export again.</source>
        <translation>&apos;{title}&apos;-এর প্রমাণ ফাইলটি নষ্ট হয়ে গেছে (যা যোগ করা হয়েছিল তার সঙ্গে এটি আর মেলে না); একটি ভালো কপি দিয়ে এটি বদলে আবার রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>The export was cancelled; no pack was written.</source>
        <translation>রপ্তানি বাতিল করা হয়েছে; কোনো প্যাক লেখা হয়নি।</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>রপ্তানি বাতিল করা হয়েছে; কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>The file of evidence &apos;{title}&apos; is damaged ({hash}…).</source>
        <translation>&apos;{title}&apos; প্রমাণের ফাইলটি নষ্ট হয়ে গেছে ({hash}…)।</translation>
    </message>
    <message>
        <source>The file of evidence &apos;{title}&apos; is missing from the store ({hash}…).</source>
        <translation>&apos;{title}&apos; প্রমাণের ফাইলটি ভাণ্ডারে নেই ({hash}…)।</translation>
    </message>
    <message>
        <source>The file of evidence an earlier version of &apos;{title}&apos; is damaged ({hash}…).</source>
        <translation>&apos;{title}&apos; প্রমাণের একটি আগের সংস্করণের ফাইল নষ্ট হয়ে গেছে ({hash}…)।</translation>
    </message>
    <message>
        <source>The file of evidence an earlier version of &apos;{title}&apos; is missing from the store ({hash}…).</source>
        <translation>&apos;{title}&apos; প্রমাণের একটি আগের সংস্করণের ফাইল ভাণ্ডারে নেই ({hash}…)।</translation>
    </message>
    <message>
        <source>The fingerprint you confirmed ({confirmed}) is not the key that signed this framework ({signer}); it was not installed: ask the council.</source>
        <translation>আপনি যে ফিঙ্গারপ্রিন্ট নিশ্চিত করেছেন ({confirmed}), তা এই ফ্রেমওয়ার্কে স্বাক্ষর করা কী ({signer}) নয়; এটি ইনস্টল করা হয়নি: কাউন্সিলকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose an existing folder.</source>
        <translation>&apos;{folder}&apos; ফোল্ডারটি নেই; আছে এমন একটি ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose another place to save the CSV.</source>
        <translation>&apos;{folder}&apos; ফোল্ডারটি নেই; CSV সংরক্ষণ করার জন্য অন্য একটি জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; create it or choose another.</source>
        <translation>&apos;{folder}&apos; ফোল্ডারটি নেই; এটি তৈরি করুন অথবা অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>The folder &apos;{path}&apos; does not exist; create it or choose another.</source>
        <translation>&apos;{path}&apos; ফোল্ডারটি নেই; এটি তৈরি করুন অথবা অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>The framework &apos;{title}&apos; has no Bengali words, so a pack in English and Bengali would be in English only; export the English pack, or ask the framework&apos;s publisher for its Bengali version.</source>
        <translation>&apos;{title}&apos; ফ্রেমওয়ার্কে কোনো বাংলা লেখা নেই, তাই ইংরেজি ও বাংলা প্যাকটি শুধু ইংরেজিতেই হবে; ইংরেজি প্যাকটি রপ্তানি করুন, অথবা ফ্রেমওয়ার্কের প্রকাশকের কাছে এর বাংলা সংস্করণটি চান।</translation>
    </message>
    <message>
        <source>The framework &apos;{title}&apos; has no {language} words, so a pack in English and {language} would be in English only; export the English pack, or ask the framework&apos;s publisher for its {language} version.</source>
        <translation>&apos;{title}&apos; ফ্রেমওয়ার্কে {language} ভাষার কোনো লেখা নেই, তাই ইংরেজি ও {language} ভাষার প্যাকটি শুধু ইংরেজিতেই হবে; ইংরেজি প্যাকটি রপ্তানি করুন, অথবা ফ্রেমওয়ার্কের প্রকাশকের কাছে এর {language} সংস্করণটি চান।</translation>
    </message>
    <message>
        <source>The framework could not be written in &apos;{path}&apos; ({reason}).</source>
        <translation>ফ্রেমওয়ার্কটি &apos;{path}&apos;-এ লেখা যায়নি ({reason})।</translation>
    </message>
    <message>
        <source>The framework could not be written in &apos;{path}&apos; ({reason}); nothing was saved.</source>
        <translation>ফ্রেমওয়ার্কটি &apos;{path}&apos;-এ লেখা যায়নি ({reason}); কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>The framework file is not valid: {problem}.</source>
        <translation>ফ্রেমওয়ার্ক ফাইলটি সঠিক নয়: {problem}।</translation>
    </message>
    <message>
        <source>The framework in use carries no council encryption certificate, so the pack cannot be encrypted for the council; export it without --encrypt.</source>
        <translation>ব্যবহৃত ফ্রেমওয়ার্কে কাউন্সিলের কোনো এনক্রিপশন সার্টিফিকেট নেই, তাই প্যাকটি কাউন্সিলের জন্য এনক্রিপ্ট করা যাবে না; --encrypt ছাড়া এটি রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>The framework names the council key {stated}, but this data folder&apos;s council key is {own}; publish it from the council&apos;s own data folder, or correct council.root_fingerprint in the file.</source>
        <translation>ফ্রেমওয়ার্কে কাউন্সিলের কী হিসেবে {stated} লেখা আছে, কিন্তু এই ডেটা ফোল্ডারের কাউন্সিল কী হলো {own}; কাউন্সিলের নিজের ডেটা ফোল্ডার থেকে এটি প্রকাশ করুন, অথবা ফাইলে council.root_fingerprint ঠিক করুন।</translation>
    </message>
    <message>
        <source>The hidden areas of &apos;{name}&apos; do not fit it: {problem}.</source>
        <translation>&apos;{name}&apos;-এর লুকানো অংশগুলো এর সঙ্গে মেলে না: {problem}।</translation>
    </message>
    <message>
        <source>The hidden parts of &apos;{name}&apos; do not fit it: {problem}.</source>
        <translation>&apos;{name}&apos;-এর লুকানো অংশগুলো এর সঙ্গে মেলে না: {problem}।</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>আমদানি বাতিল করা হয়েছে; কিছুই যোগ করা হয়নি।</translation>
    </message>
    <message>
        <source>The key file holds no private key and certificate; it cannot sign.</source>
        <translation>কী ফাইলটিতে কোনো প্রাইভেট কী ও সার্টিফিকেট নেই; এটি দিয়ে স্বাক্ষর করা যায় না।</translation>
    </message>
    <message>
        <source>The legal form is {legal_form}, which is not registered at Companies House; check the legal form, or remove the company number.</source>
        <translation>আইনি ধরন {legal_form}, যা Companies House-এ নিবন্ধিত হয় না; আইনি ধরনটি দেখে নিন, অথবা Companies House নম্বরটি সরিয়ে দিন।</translation>
    </message>
    <message>
        <source>The minute reference is too long; keep it under {limit} characters.</source>
        <translation>কার্যবিবরণীর সূত্রটি খুব লম্বা; এটি {limit} অক্ষরের মধ্যে রাখুন।</translation>
    </message>
    <message>
        <source>The new framework is not valid: {problem}.</source>
        <translation>নতুন ফ্রেমওয়ার্কটি সঠিক নয়: {problem}।</translation>
    </message>
    <message>
        <source>The new passphrase must be at least {count} characters long.</source>
        <translation>নতুন পাসফ্রেজ কমপক্ষে {count} অক্ষরের হতে হবে।</translation>
    </message>
    <message>
        <source>The organisation has no self-assessment yet; start one in the app.</source>
        <translation>সংস্থাটির এখনও কোনো স্ব-মূল্যায়ন নেই; অ্যাপে একটি শুরু করুন।</translation>
    </message>
    <message>
        <source>The pack cannot be exported yet: 1 problem must be fixed first ({problems}).</source>
        <translation>প্যাকটি এখনও রপ্তানি করা যাবে না: আগে 1টি সমস্যা ঠিক করতে হবে ({problems})।</translation>
    </message>
    <message>
        <source>The pack cannot be exported yet: {count} problems must be fixed first ({problems}).</source>
        <translation>প্যাকটি এখনও রপ্তানি করা যাবে না: আগে {count}টি সমস্যা ঠিক করতে হবে ({problems})।</translation>
    </message>
    <message>
        <source>The pack could not be written in &apos;{folder}&apos; ({reason}); nothing was saved.</source>
        <translation>প্যাকটি &apos;{folder}&apos;-এ লেখা যায়নি ({reason}); কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>The parts to hide in &apos;{title}&apos; cannot be saved: {problem}.</source>
        <translation>&apos;{title}&apos;-এর যে অংশগুলো লুকানোর কথা, সেগুলো সংরক্ষণ করা যাচ্ছে না: {problem}।</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>পাসফ্রেজ কমপক্ষে {count} অক্ষরের হতে হবে।</translation>
    </message>
    <message>
        <source>The profile counts 1 member of staff, but &apos;{activity}&apos; is not ticked, so the criteria about staff are left out; tick it, or set the number to 0.</source>
        <translation>প্রোফাইলে 1 জন কর্মী গোনা আছে, কিন্তু &apos;{activity}&apos; টিক দেওয়া নেই, তাই কর্মীদের বিষয়ের মানদণ্ডগুলো বাদ পড়েছে; এটি টিক দিন, অথবা সংখ্যাটি 0 করুন।</translation>
    </message>
    <message>
        <source>The profile counts 1 volunteer, but &apos;{activity}&apos; is not ticked, so the criteria about volunteers are left out; tick it, or set the number to 0.</source>
        <translation>প্রোফাইলে 1 জন স্বেচ্ছাসেবক গোনা আছে, কিন্তু &apos;{activity}&apos; টিক দেওয়া নেই, তাই স্বেচ্ছাসেবকদের বিষয়ের মানদণ্ডগুলো বাদ পড়েছে; এটি টিক দিন, অথবা সংখ্যাটি 0 করুন।</translation>
    </message>
    <message>
        <source>The profile counts {count} members of staff, but &apos;{activity}&apos; is not ticked, so the criteria about staff are left out; tick it, or set the number to 0.</source>
        <translation>প্রোফাইলে {count} জন কর্মী গোনা আছে, কিন্তু &apos;{activity}&apos; টিক দেওয়া নেই, তাই কর্মীদের বিষয়ের মানদণ্ডগুলো বাদ পড়েছে; এটি টিক দিন, অথবা সংখ্যাটি 0 করুন।</translation>
    </message>
    <message>
        <source>The profile counts {count} volunteers, but &apos;{activity}&apos; is not ticked, so the criteria about volunteers are left out; tick it, or set the number to 0.</source>
        <translation>প্রোফাইলে {count} জন স্বেচ্ছাসেবক গোনা আছে, কিন্তু &apos;{activity}&apos; টিক দেওয়া নেই, তাই স্বেচ্ছাসেবকদের বিষয়ের মানদণ্ডগুলো বাদ পড়েছে; এটি টিক দিন, অথবা সংখ্যাটি 0 করুন।</translation>
    </message>
    <message>
        <source>The redaction was cancelled.</source>
        <translation>অংশ লুকানোর কাজ বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>The resolution date ({day}) is in the future.</source>
        <translation>সিদ্ধান্তের তারিখ ({day}) ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>ফিরিয়ে আনা বাতিল করা হয়েছে; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The root key file cannot be read ({reason}).</source>
        <translation>রুট কী-এর ফাইলটি পড়া যাচ্ছে না ({reason})।</translation>
    </message>
    <message>
        <source>The rule for when {criterion} is mandatory changed, but not for you</source>
        <translation>{criterion} কখন বাধ্যতামূলক, সেই নিয়ম বদলেছে, তবে আপনার জন্য নয়</translation>
    </message>
    <message>
        <source>The signing key file cannot be read ({reason}).</source>
        <translation>স্বাক্ষর কী-এর ফাইলটি পড়া যাচ্ছে না ({reason})।</translation>
    </message>
    <message>
        <source>There is no criterion {criterion} in this framework.</source>
        <translation>এই ফ্রেমওয়ার্কে {criterion} নামে কোনো মানদণ্ড নেই।</translation>
    </message>
    <message>
        <source>There is no database in this data folder (nothing has been entered yet).</source>
        <translation>এই ডেটা ফোল্ডারে কোনো ডেটাবেস নেই (এখনও কিছু লেখা হয়নি)।</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>ব্যাকআপ নেওয়ার মতো কোনো ডেটাবেস এখনও নেই।</translation>
    </message>
    <message>
        <source>There is not enough free disk space to store {what}; free some space and try again.</source>
        <translation>{what} সংরক্ষণ করার মতো যথেষ্ট খালি জায়গা ডিস্কে নেই; কিছু জায়গা খালি করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>There is not enough space in &apos;{folder}&apos;: the pack needs about {needed} MB and {free} MB is free; free some space or choose another drive.</source>
        <translation>&apos;{folder}&apos;-এ যথেষ্ট জায়গা নেই: প্যাকটির জন্য প্রায় {needed} MB দরকার, কিন্তু খালি আছে {free} MB; কিছু জায়গা খালি করুন অথবা অন্য একটি ড্রাইভ বেছে নিন।</translation>
    </message>
    <message>
        <source>This data folder already has an organisation; open it instead.</source>
        <translation>এই ডেটা ফোল্ডারে আগে থেকেই একটি সংস্থা আছে; তার বদলে সেটি খুলুন।</translation>
    </message>
    <message>
        <source>This data folder has no organisation yet; start a self-assessment in the app or run &apos;kitemark demo&apos;.</source>
        <translation>এই ডেটা ফোল্ডারে এখনও কোনো সংস্থা নেই; অ্যাপে একটি স্ব-মূল্যায়ন শুরু করুন অথবা &apos;kitemark demo&apos; চালান।</translation>
    </message>
    <message>
        <source>This data folder has nothing to back up yet.</source>
        <translation>এই ডেটা ফোল্ডারে ব্যাকআপ নেওয়ার মতো এখনও কিছু নেই।</translation>
    </message>
    <message>
        <source>This data is open read-only.</source>
        <translation>এই ডেটা শুধু পড়ার জন্য খোলা হয়েছে।</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Kitemark, so it is open read-only; install the newer version to make changes.</source>
        <translation>এই ডেটা Kitemark-এর একটি নতুন সংস্করণে সংরক্ষণ করা হয়েছিল, তাই এটি শুধু-পড়ার জন্য খোলা হয়েছে; কিছু বদলাতে হলে নতুন সংস্করণটি ইনস্টল করুন।</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Kitemark; please install the newer version to open it.</source>
        <translation>এই ডেটা Kitemark-এর একটি নতুন সংস্করণে সংরক্ষণ করা হয়েছিল; এটি খুলতে অনুগ্রহ করে নতুন সংস্করণটি ইনস্টল করুন।</translation>
    </message>
    <message>
        <source>This framework is signed with a council key you have not confirmed yet (fingerprint {fingerprint}), so it was not installed; compare it with the fingerprint the council gave you and, if it matches, install it again confirming that fingerprint.</source>
        <translation>এই ফ্রেমওয়ার্কটি কাউন্সিলের এমন একটি কী দিয়ে স্বাক্ষরিত যা আপনি এখনও নিশ্চিত করেননি (ফিঙ্গারপ্রিন্ট {fingerprint}), তাই এটি ইনস্টল করা হয়নি; কাউন্সিল আপনাকে যে ফিঙ্গারপ্রিন্ট দিয়েছে তার সঙ্গে এটি মিলিয়ে দেখুন এবং মিললে সেই ফিঙ্গারপ্রিন্ট নিশ্চিত করে আবার ইনস্টল করুন।</translation>
    </message>
    <message>
        <source>This framework is signed with a different council key ({signer}) from the one you confirmed ({confirmed}), so it was not used; check with the council by a channel you already trust.</source>
        <translation>এই ফ্রেমওয়ার্কটি আপনার নিশ্চিত করা কী ({confirmed}) নয়, কাউন্সিলের অন্য একটি কী ({signer}) দিয়ে স্বাক্ষরিত, তাই এটি ব্যবহার করা হয়নি; আপনার আগে থেকে বিশ্বাসযোগ্য কোনো মাধ্যমে কাউন্সিলের সঙ্গে মিলিয়ে নিন।</translation>
    </message>
    <message>
        <source>This is a different framework (&apos;{title}&apos;, id {id}), not a new version of &apos;{old_title}&apos; (id {old_id}); check you chose the file the council sent for this Kitemark.</source>
        <translation>এটি একটি আলাদা ফ্রেমওয়ার্ক (&apos;{title}&apos;, আইডি {id}), &apos;{old_title}&apos;-এর (আইডি {old_id}) নতুন সংস্করণ নয়; কাউন্সিল এই Kitemark-এর জন্য যে ফাইল পাঠিয়েছে আপনি সেটিই বেছে নিয়েছেন কি না দেখুন।</translation>
    </message>
    <message>
        <source>This organisation has no self-assessment against &apos;{framework}&apos; (it has: {frameworks}).</source>
        <translation>এই সংস্থার &apos;{framework}&apos; অনুযায়ী কোনো স্ব-মূল্যায়ন নেই (যা আছে: {frameworks})।</translation>
    </message>
    <message>
        <source>This organisation has no signing key yet; the first export creates one.</source>
        <translation>এই সংস্থার এখনও কোনো স্বাক্ষর কী নেই; প্রথম রপ্তানিতে একটি তৈরি হবে।</translation>
    </message>
    <message>
        <source>This passphrase is short or repetitive. Anyone who copies your data folder can try millions of guesses; four or five unrelated words (e.g. &apos;maple orbit tuesday kettle&apos;) are far stronger and easier to remember.</source>
        <translation>এই পাসফ্রেজটি ছোট, অথবা এতে একই জিনিস বারবার আছে। কেউ আপনার ডেটা ফোল্ডার কপি করলে লক্ষ লক্ষ বার আন্দাজ করে দেখতে পারে; পরস্পরের সঙ্গে সম্পর্কহীন চার-পাঁচটি শব্দ (যেমন &apos;maple orbit tuesday kettle&apos;) অনেক বেশি শক্ত, আর মনে রাখাও সহজ।</translation>
    </message>
    <message>
        <source>This review answers a pack this organisation never sent (&apos;{name}&apos; for {organisation}), so it was not imported; check you chose the right file.</source>
        <translation>এই পর্যালোচনাটি এমন একটি প্যাকের জবাব যা এই সংস্থা কখনও পাঠায়নি ({organisation}-এর জন্য &apos;{name}&apos;), তাই এটি আমদানি করা হয়নি; আপনি ঠিক ফাইলটি বেছে নিয়েছেন কি না দেখুন।</translation>
    </message>
    <message>
        <source>This review is signed with a council key you have not confirmed yet (fingerprint {fingerprint}), so it was not imported; compare it with the fingerprint the council gave you by letter, on its website or by phone, and accept it only if every character matches.</source>
        <translation>এই পর্যালোচনাটি কাউন্সিলের এমন একটি কী দিয়ে স্বাক্ষরিত যা আপনি এখনও নিশ্চিত করেননি (ফিঙ্গারপ্রিন্ট {fingerprint}), তাই এটি আমদানি করা হয়নি; কাউন্সিল চিঠিতে, ওয়েবসাইটে বা ফোনে আপনাকে যে ফিঙ্গারপ্রিন্ট দিয়েছে তার সঙ্গে এটি মিলিয়ে দেখুন, এবং প্রতিটি অক্ষর মিললে তবেই এটি গ্রহণ করুন।</translation>
    </message>
    <message>
        <source>This review is signed with a different council key ({found}) from the one you confirmed ({confirmed}), so it was not imported; check with the council before accepting the new key.</source>
        <translation>এই পর্যালোচনাটি আপনার নিশ্চিত করা কী ({confirmed}) নয়, কাউন্সিলের অন্য একটি কী ({found}) দিয়ে স্বাক্ষরিত, তাই এটি আমদানি করা হয়নি; নতুন কী গ্রহণ করার আগে কাউন্সিলের সঙ্গে মিলিয়ে নিন।</translation>
    </message>
    <message>
        <source>This self-assessment has not been sent yet, so there is no next one to start; move it to the new version instead.</source>
        <translation>এই স্ব-মূল্যায়নটি এখনও পাঠানো হয়নি, তাই পরেরটি শুরু করার কিছু নেই; তার বদলে এটিকে নতুন সংস্করণে সরিয়ে নিন।</translation>
    </message>
    <message>
        <source>This self-assessment has not been sent yet; export the pack before starting another.</source>
        <translation>এই স্ব-মূল্যায়নটি এখনও পাঠানো হয়নি; আরেকটি শুরু করার আগে প্যাকটি রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>This self-assessment was sent to the council on version {version}, so it stays as it was sent; start your next self-assessment on the new version instead.</source>
        <translation>এই স্ব-মূল্যায়নটি {version} সংস্করণে কাউন্সিলের কাছে পাঠানো হয়েছে, তাই এটি যেমন পাঠানো হয়েছিল তেমনই থাকবে; তার বদলে আপনার পরের স্ব-মূল্যায়নটি নতুন সংস্করণে শুরু করুন।</translation>
    </message>
    <message>
        <source>Unknown criterion {criteria}; ids look like GOV-01 (see &apos;kitemark status&apos;).</source>
        <translation>অচেনা মানদণ্ড {criteria}; আইডি দেখতে GOV-01-এর মতো (&apos;kitemark status&apos; দেখুন)।</translation>
    </message>
    <message>
        <source>Version {version} does not say which version it follows, so criteria are matched by their ids only.</source>
        <translation>সংস্করণ {version} বলে না এটি কোন সংস্করণের পরে এসেছে, তাই মানদণ্ডগুলো শুধু তাদের আইডি দিয়ে মেলানো হয়েছে।</translation>
    </message>
    <message>
        <source>Version {version} follows version {previous}, but your self-assessment uses version {yours}; what its criteria replace is matched where your version has those criteria.</source>
        <translation>সংস্করণ {version} এসেছে সংস্করণ {previous}-এর পরে, কিন্তু আপনার স্ব-মূল্যায়ন সংস্করণ {yours} ব্যবহার করে; এর মানদণ্ডগুলো যা বদলে দেয়, তা মেলানো হয়েছে যেখানে আপনার সংস্করণে সেই মানদণ্ডগুলো আছে।</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>WebP ছবি</translation>
    </message>
    <message>
        <source>Who {criterion} applies to changed</source>
        <translation>{criterion} কার জন্য প্রযোজ্য, তা বদলেছে</translation>
    </message>
    <message>
        <source>You already work with {title}; a new version of it is installed with &apos;kitemark framework install&apos; and moved to with &apos;kitemark framework move&apos;.</source>
        <translation>আপনি আগে থেকেই {title} নিয়ে কাজ করছেন; এর নতুন সংস্করণ &apos;kitemark framework install&apos; দিয়ে ইনস্টল করা হয় এবং &apos;kitemark framework move&apos; দিয়ে সেটিতে সরে যাওয়া হয়।</translation>
    </message>
    <message>
        <source>You cannot save files in &apos;{folder}&apos;; choose another folder.</source>
        <translation>আপনি &apos;{folder}&apos;-এ ফাইল সংরক্ষণ করতে পারবেন না; অন্য একটি ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <source>Your self-assessment already uses version {version} of &apos;{title}&apos;; a new version has a new version number.</source>
        <translation>আপনার স্ব-মূল্যায়ন আগে থেকেই &apos;{title}&apos;-এর {version} সংস্করণ ব্যবহার করছে; নতুন সংস্করণের একটি নতুন সংস্করণ নম্বর থাকে।</translation>
    </message>
    <message>
        <source>Your target level &apos;{level}&apos; is not a level of version {version} (its levels are: {levels}); choose one of them.</source>
        <translation>আপনার লক্ষ্য স্তর &apos;{level}&apos; {version} সংস্করণের কোনো স্তর নয় (এর স্তরগুলো হলো: {levels}); এগুলোর একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Your target level {level} is not a level of version {version} (its levels are: {levels}); choose one when you move.</source>
        <translation>আপনার লক্ষ্য স্তর {level} সংস্করণ {version}-এর কোনো স্তর নয় (এর স্তরগুলো: {levels}); সরানোর সময় একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>a backup of the database</source>
        <translation>ডেটাবেসের একটি ব্যাকআপ</translation>
    </message>
    <message>
        <source>a chunk is cut short</source>
        <translation>একটি চাঙ্ক মাঝপথে কেটে গেছে</translation>
    </message>
    <message>
        <source>a chunk runs past the end of the file</source>
        <translation>একটি চাঙ্ক ফাইলের শেষ পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>a new rule for how recent its evidence must be</source>
        <translation>প্রমাণ কতটা সাম্প্রতিক হতে হবে তার নতুন নিয়ম</translation>
    </message>
    <message>
        <source>a new title (it was &apos;{title}&apos;)</source>
        <translation>নতুন শিরোনাম (আগে ছিল &apos;{title}&apos;)</translation>
    </message>
    <message>
        <source>a request to resubmit needs the date to resubmit by</source>
        <translation>আবার জমা দেওয়ার অনুরোধের জন্য কোন তারিখের মধ্যে আবার জমা দিতে হবে তা দরকার</translation>
    </message>
    <message>
        <source>a segment does not start with a marker</source>
        <translation>একটি সেগমেন্ট মার্কার দিয়ে শুরু হয়নি</translation>
    </message>
    <message>
        <source>a segment is cut short</source>
        <translation>একটি সেগমেন্ট মাঝপথে কেটে গেছে</translation>
    </message>
    <message>
        <source>a segment runs past the end of the file</source>
        <translation>একটি সেগমেন্ট ফাইলের শেষ পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>an area&apos;s corners must be between 0 and 1 (fractions of the page&apos;s width and height)</source>
        <translation>একটি অংশের কোণগুলো 0 থেকে 1-এর মধ্যে হতে হবে (পাতার প্রস্থ ও উচ্চতার ভগ্নাংশ)</translation>
    </message>
    <message>
        <source>an area&apos;s second corner must be right of and below its first</source>
        <translation>একটি অংশের দ্বিতীয় কোণ প্রথম কোণের ডানে ও নিচে হতে হবে</translation>
    </message>
    <message>
        <source>an award needs the level and the date it is valid until</source>
        <translation>Kitemark দিতে হলে স্তর এবং কোন তারিখ পর্যন্ত এটি বৈধ তা দরকার</translation>
    </message>
    <message>
        <source>an extension is cut short</source>
        <translation>একটি এক্সটেনশন মাঝপথে কেটে গেছে</translation>
    </message>
    <message>
        <source>an image descriptor is cut short</source>
        <translation>ছবির বর্ণনাকারী একটি অংশ মাঝপথে কেটে গেছে</translation>
    </message>
    <message>
        <source>an unknown block</source>
        <translation>একটি অজানা ব্লক</translation>
    </message>
    <message>
        <source>application private data</source>
        <translation>অ্যাপ্লিকেশনের নিজস্ব ডেটা</translation>
    </message>
    <message>
        <source>author</source>
        <translation>লেখক</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>ক্যামেরার কোম্পানি ও মডেল</translation>
    </message>
    <message>
        <source>camera maker&apos;s private notes</source>
        <translation>ক্যামেরা প্রস্তুতকারকের নিজস্ব নোট</translation>
    </message>
    <message>
        <source>camera owner&apos;s name</source>
        <translation>ক্যামেরার মালিকের নাম</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>ক্যামেরার সিরিয়াল নম্বর</translation>
    </message>
    <message>
        <source>camera settings</source>
        <translation>ক্যামেরার সেটিংস</translation>
    </message>
    <message>
        <source>computer name</source>
        <translation>কম্পিউটারের নাম</translation>
    </message>
    <message>
        <source>copyright notice</source>
        <translation>কপিরাইট নোটিশ</translation>
    </message>
    <message>
        <source>criterion {criterion} has two verdicts</source>
        <translation>মানদণ্ড {criterion}-এর দুটি রায় আছে</translation>
    </message>
    <message>
        <source>data after the end of the picture</source>
        <translation>ছবি শেষ হওয়ার পরের ডেটা</translation>
    </message>
    <message>
        <source>data sub-blocks run past the end of the file</source>
        <translation>ডেটার সাব-ব্লকগুলো ফাইলের শেষ পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>ছবি তোলার তারিখ</translation>
    </message>
    <message>
        <source>dates created and changed</source>
        <translation>তৈরি ও বদলানোর তারিখ</translation>
    </message>
    <message>
        <source>description or comments</source>
        <translation>বর্ণনা বা মন্তব্য</translation>
    </message>
    <message>
        <source>document identifiers</source>
        <translation>নথির শনাক্তকারী নম্বর</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>সম্পাদনার ইতিহাস</translation>
    </message>
    <message>
        <source>every page would be left out; remove the item from the criteria instead</source>
        <translation>সব পাতাই বাদ পড়ে যাবে; তার বদলে জিনিসটি মানদণ্ডগুলো থেকে সরিয়ে দিন</translation>
    </message>
    <message>
        <source>everything but the picture&apos;s pixels (EXIF, XMP, comments, colour profile)</source>
        <translation>ছবির পিক্সেল ছাড়া বাকি সবকিছু (EXIF, XMP, মন্তব্য, রঙের প্রোফাইল)</translation>
    </message>
    <message>
        <source>everything but the pictures of its pages (text, fonts, forms, attachments, earlier revisions)</source>
        <translation>এর পাতাগুলোর ছবি ছাড়া বাকি সবকিছু (লেখা, ফন্ট, ফর্ম, সংযুক্তি, আগের সংশোধন)</translation>
    </message>
    <message>
        <source>evidence file {hash}… is damaged in the store</source>
        <translation>প্রমাণ ফাইল {hash}… ভাণ্ডারে নষ্ট হয়ে গেছে</translation>
    </message>
    <message>
        <source>evidence file {hash}… is missing from the store</source>
        <translation>প্রমাণ ফাইল {hash}… ভাণ্ডারে নেই</translation>
    </message>
    <message>
        <source>expired on {day}; the council must publish a new one</source>
        <translation>{day}-এ এর মেয়াদ শেষ হয়ে গেছে; কাউন্সিলকে একটি নতুন সার্টিফিকেট প্রকাশ করতে হবে</translation>
    </message>
    <message>
        <source>extra pictures stored with the photo</source>
        <translation>ছবির সঙ্গে রাখা বাড়তি ছবি</translation>
    </message>
    <message>
        <source>has a key that is neither RSA nor EC, so packs cannot be encrypted for it</source>
        <translation>এতে এমন একটি কী আছে যা RSA-ও নয়, EC-ও নয়, তাই এর জন্য প্যাক এনক্রিপ্ট করা যায় না</translation>
    </message>
    <message>
        <source>has an EC key on {curve}; use P-384 or P-521 (or RSA of 2048 bits or more)</source>
        <translation>এতে {curve}-এর EC কী আছে; P-384 বা P-521 ব্যবহার করুন (অথবা 2048 বা তার বেশি বিটের RSA)</translation>
    </message>
    <message>
        <source>has an RSA key of {bits} bits; at least {least} are needed</source>
        <translation>এতে {bits} বিটের RSA কী আছে; অন্তত {least} বিট দরকার</translation>
    </message>
    <message>
        <source>is far longer than a certificate</source>
        <translation>একটি সার্টিফিকেটের চেয়ে অনেক বেশি লম্বা</translation>
    </message>
    <message>
        <source>is not a readable X.509 certificate</source>
        <translation>পড়া যায় এমন কোনো X.509 সার্টিফিকেট নয়</translation>
    </message>
    <message>
        <source>is not for encryption (its key usage does not allow keyEncipherment)</source>
        <translation>এনক্রিপশনের জন্য নয় (এর key usage-এ keyEncipherment অনুমোদিত নয়)</translation>
    </message>
    <message>
        <source>is not valid until {day}</source>
        <translation>{day}-এর আগে বৈধ নয়</translation>
    </message>
    <message>
        <source>it contains an unexpected entry &apos;{entry}&apos;</source>
        <translation>এতে একটি অপ্রত্যাশিত জিনিস আছে: &apos;{entry}&apos;</translation>
    </message>
    <message>
        <source>it has no database</source>
        <translation>এতে কোনো ডেটাবেস নেই</translation>
    </message>
    <message>
        <source>it has no manifest</source>
        <translation>এতে কোনো ম্যানিফেস্ট নেই</translation>
    </message>
    <message>
        <source>it is compressed in a way that re-encoding would lower its quality</source>
        <translation>এটি এমনভাবে সংকুচিত যে নতুন করে এনকোড করলে এর মান কমে যাবে</translation>
    </message>
    <message>
        <source>it is damaged or not a Kitemark framework</source>
        <translation>এটি নষ্ট, অথবা Kitemark ফ্রেমওয়ার্ক নয়</translation>
    </message>
    <message>
        <source>it is damaged or not a Kitemark review</source>
        <translation>এটি নষ্ট, অথবা Kitemark পর্যালোচনা নয়</translation>
    </message>
    <message>
        <source>it is damaged: {reason}</source>
        <translation>এটি নষ্ট: {reason}</translation>
    </message>
    <message>
        <source>it is digitally signed, and removing its details would break the signature</source>
        <translation>এটি ডিজিটালভাবে স্বাক্ষরিত, আর এর তথ্য সরালে স্বাক্ষরটি ভেঙে যাবে</translation>
    </message>
    <message>
        <source>it is encrypted, and removing its details would mean decrypting it</source>
        <translation>এটি এনক্রিপ্ট করা, আর এর তথ্য সরাতে হলে এটি ডিক্রিপ্ট করতে হবে</translation>
    </message>
    <message>
        <source>it is not a zip file</source>
        <translation>এটি zip ফাইল নয়</translation>
    </message>
    <message>
        <source>it is not in a format this version knows</source>
        <translation>এটি এমন কোনো ধরনে নেই যা এই সংস্করণ চেনে</translation>
    </message>
    <message>
        <source>it names a different council key from the one that signed it</source>
        <translation>এতে যে কাউন্সিলের কী-এর নাম আছে, তা এটিতে স্বাক্ষর করা কী নয়</translation>
    </message>
    <message>
        <source>it was made by a newer version of Kitemark; install that version to restore it</source>
        <translation>এটি Kitemark-এর একটি নতুন সংস্করণে তৈরি; এটি ফিরিয়ে আনতে সেই সংস্করণটি ইনস্টল করুন</translation>
    </message>
    <message>
        <source>its data names a different root from the one that signed it</source>
        <translation>এর ডেটায় যে রুটের নাম আছে, তা এটিতে স্বাক্ষর করা রুট নয়</translation>
    </message>
    <message>
        <source>its details can only be removed by re-encoding the picture, which would lower its quality</source>
        <translation>ছবিটি নতুন করে এনকোড করেই শুধু এর তথ্য সরানো যায়, তাতে ছবির মান কমে যাবে</translation>
    </message>
    <message>
        <source>its file was replaced: check that the hidden parts still cover what they should, then save them.</source>
        <translation>এর ফাইলটি বদলানো হয়েছে: লুকানো অংশগুলো এখনও যা ঢাকার কথা তা ঢাকছে কি না দেখুন, তারপর সেগুলো সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>its framework is not valid: {problem}</source>
        <translation>এর ফ্রেমওয়ার্কটি সঠিক নয়: {problem}</translation>
    </message>
    <message>
        <source>its framework is not valid: {where}: {problem}</source>
        <translation>এর ফ্রেমওয়ার্কটি সঠিক নয়: {where}: {problem}</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>এর ম্যানিফেস্ট পড়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>its manifest is incomplete</source>
        <translation>এর ম্যানিফেস্ট অসম্পূর্ণ</translation>
    </message>
    <message>
        <source>key file &apos;{name}&apos; holds a private key without a passphrase</source>
        <translation>কী ফাইল &apos;{name}&apos;-এ পাসফ্রেজ ছাড়া একটি প্রাইভেট কী আছে</translation>
    </message>
    <message>
        <source>key folder file &apos;{name}&apos; has an unexpected name</source>
        <translation>কী ফোল্ডারের ফাইল &apos;{name}&apos;-এর নামটি অপ্রত্যাশিত</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>মূলশব্দ</translation>
    </message>
    <message>
        <source>must be exactly one certificate in PEM form (from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----)</source>
        <translation>PEM আকারে ঠিক একটি সার্টিফিকেট হতে হবে (-----BEGIN CERTIFICATE----- থেকে -----END CERTIFICATE----- পর্যন্ত)</translation>
    </message>
    <message>
        <source>new guidance</source>
        <translation>নতুন নির্দেশনা</translation>
    </message>
    <message>
        <source>no PNG signature</source>
        <translation>PNG ফাইলের শুরুর চিহ্ন নেই</translation>
    </message>
    <message>
        <source>no start of image</source>
        <translation>ছবির শুরুর চিহ্ন নেই</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>শেষের চিহ্ন (trailer) নেই</translation>
    </message>
    <message>
        <source>not a GIF file</source>
        <translation>GIF ফাইল নয়</translation>
    </message>
    <message>
        <source>not a RIFF WebP file</source>
        <translation>RIFF WebP ফাইল নয়</translation>
    </message>
    <message>
        <source>not a raw profile</source>
        <translation>এটি raw profile নয়</translation>
    </message>
    <message>
        <source>other embedded details</source>
        <translation>ভেতরে রাখা অন্যান্য তথ্য</translation>
    </message>
    <message>
        <source>page {page} left out by the organisation</source>
        <translation>সংস্থা {page} নম্বর পাতা বাদ দিয়েছে</translation>
    </message>
    <message>
        <source>pages are numbered from 1</source>
        <translation>পাতার নম্বর 1 থেকে শুরু হয়</translation>
    </message>
    <message>
        <source>pages {pages} left out by the organisation</source>
        <translation>সংস্থা {pages} নম্বর পাতাগুলো বাদ দিয়েছে</translation>
    </message>
    <message>
        <source>people tagged</source>
        <translation>ট্যাগ করা মানুষ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>অনুমতি নেই</translation>
    </message>
    <message>
        <source>place names</source>
        <translation>জায়গার নাম</translation>
    </message>
    <message>
        <source>preview picture</source>
        <translation>প্রিভিউ ছবি</translation>
    </message>
    <message>
        <source>re-encoding it would change the picture</source>
        <translation>নতুন করে এনকোড করলে ছবিটি বদলে যাবে</translation>
    </message>
    <message>
        <source>software used</source>
        <translation>ব্যবহৃত সফটওয়্যার</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>the backup file &apos;{name}&apos;</source>
        <translation>ব্যাকআপ ফাইল &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the copies of the evidence</source>
        <translation>প্রমাণের কপিগুলো</translation>
    </message>
    <message>
        <source>the database in it cannot be read ({reason})</source>
        <translation>এর ভেতরের ডেটাবেসটি পড়া যাচ্ছে না ({reason})</translation>
    </message>
    <message>
        <source>the database in it is damaged ({problem})</source>
        <translation>এর ভেতরের ডেটাবেসটি নষ্ট ({problem})</translation>
    </message>
    <message>
        <source>the extended header is not 10 bytes</source>
        <translation>বর্ধিত হেডারটি 10 বাইটের নয়</translation>
    </message>
    <message>
        <source>the file has 1 page, so page {page} cannot be used</source>
        <translation>ফাইলটিতে 1টি পাতা আছে, তাই {page} নম্বর পাতা ব্যবহার করা যাবে না</translation>
    </message>
    <message>
        <source>the file has {pages} pages, so page {page} cannot be used</source>
        <translation>ফাইলটিতে {pages}টি পাতা আছে, তাই {page} নম্বর পাতা ব্যবহার করা যাবে না</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ফাইলটি খালি</translation>
    </message>
    <message>
        <source>the file is far larger than a framework</source>
        <translation>ফাইলটি একটি ফ্রেমওয়ার্কের চেয়ে অনেক বড়</translation>
    </message>
    <message>
        <source>the file is far larger than a review</source>
        <translation>ফাইলটি একটি পর্যালোচনার চেয়ে অনেক বড়</translation>
    </message>
    <message>
        <source>the file is missing from the data folder; run &apos;kitemark check&apos;</source>
        <translation>ফাইলটি ডেটা ফোল্ডারে নেই; &apos;kitemark check&apos; চালান</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>ফাইলটি PDF নয়</translation>
    </message>
    <message>
        <source>the file is shorter than it says</source>
        <translation>ফাইলটি যত বড় বলে, তার চেয়ে ছোট</translation>
    </message>
    <message>
        <source>the restored data</source>
        <translation>ফিরিয়ে আনা ডেটা</translation>
    </message>
    <message>
        <source>the restored database</source>
        <translation>ফিরিয়ে আনা ডেটাবেস</translation>
    </message>
    <message>
        <source>the review&apos;s data (review.json) is not valid UTF-8 JSON</source>
        <translation>পর্যালোচনার ডেটা (review.json) সঠিক UTF-8 JSON নয়</translation>
    </message>
    <message>
        <source>the review&apos;s data is not well-formed ({where}: {message})</source>
        <translation>পর্যালোচনার ডেটা ঠিকমতো গঠিত নয় ({where}: {message})</translation>
    </message>
    <message>
        <source>title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>{count} areas hidden by the organisation</source>
        <translation>সংস্থা {count}টি অংশ লুকিয়েছে</translation>
    </message>
    <message>
        <source>{count} evidence files are missing from the data folder ({titles}); add them again and export.</source>
        <translation>ডেটা ফোল্ডার থেকে {count}টি প্রমাণ ফাইল হারিয়ে গেছে ({titles}); সেগুলো আবার যোগ করে রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>{criterion} became mandatory</source>
        <translation>{criterion} বাধ্যতামূলক হয়েছে</translation>
    </message>
    <message>
        <source>{criterion} combines {old}</source>
        <translation>{criterion} {old} একসাথে করেছে</translation>
    </message>
    <message>
        <source>{criterion} has no answer to use yet.</source>
        <translation>{criterion}-এর এখনও ব্যবহার করার মতো কোনো উত্তর নেই।</translation>
    </message>
    <message>
        <source>{criterion} has {changes}</source>
        <translation>{criterion}-এ এসেছে {changes}</translation>
    </message>
    <message>
        <source>{criterion} is new and applies to you.</source>
        <translation>{criterion} নতুন এবং আপনার জন্য প্রযোজ্য।</translation>
    </message>
    <message>
        <source>{criterion} is new; it does not apply to you.</source>
        <translation>{criterion} নতুন; এটি আপনার জন্য প্রযোজ্য নয়।</translation>
    </message>
    <message>
        <source>{criterion} is no longer in the framework.</source>
        <translation>{criterion} আর ফ্রেমওয়ার্কে নেই।</translation>
    </message>
    <message>
        <source>{criterion} is no longer in the framework; you no longer answer it.</source>
        <translation>{criterion} আর ফ্রেমওয়ার্কে নেই; আপনাকে আর এর উত্তর দিতে হবে না।</translation>
    </message>
    <message>
        <source>{criterion} is no longer mandatory</source>
        <translation>{criterion} আর বাধ্যতামূলক নয়</translation>
    </message>
    <message>
        <source>{criterion} is no longer mandatory for everyone, but still is for you</source>
        <translation>{criterion} আর সবার জন্য বাধ্যতামূলক নয়, তবে আপনার জন্য এখনও বাধ্যতামূলক</translation>
    </message>
    <message>
        <source>{criterion} is no longer mandatory for you (the rule for when it is mandatory changed)</source>
        <translation>{criterion} আর আপনার জন্য বাধ্যতামূলক নয় (কখন বাধ্যতামূলক, সেই নিয়ম বদলেছে)</translation>
    </message>
    <message>
        <source>{criterion} is now mandatory for you (the rule for when it is mandatory changed)</source>
        <translation>{criterion} এখন আপনার জন্য বাধ্যতামূলক (কখন বাধ্যতামূলক, সেই নিয়ম বদলেছে)</translation>
    </message>
    <message>
        <source>{criterion} moved from level {old} to {new}</source>
        <translation>{criterion} স্তর {old} থেকে {new}-এ সরেছে</translation>
    </message>
    <message>
        <source>{criterion} moved from the area &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>{criterion} &apos;{old}&apos; ক্ষেত্র থেকে &apos;{new}&apos; ক্ষেত্রে সরেছে</translation>
    </message>
    <message>
        <source>{criterion} no longer limits how old its evidence may be (it was {months} months)</source>
        <translation>{criterion} এখন আর প্রমাণ কত পুরনো হতে পারে তার সীমা রাখে না (আগে ছিল {months} মাস)</translation>
    </message>
    <message>
        <source>{criterion} now accepts evidence up to {months} months old (it was {was})</source>
        <translation>{criterion} এখন {months} মাস পর্যন্ত পুরনো প্রমাণ নেয় (আগে ছিল {was})</translation>
    </message>
    <message>
        <source>{criterion} now needs evidence at most {months} months old</source>
        <translation>{criterion}-এর জন্য এখন সর্বোচ্চ {months} মাস পুরনো প্রমাণ দরকার</translation>
    </message>
    <message>
        <source>{criterion} now needs evidence at most {months} months old (it was {was})</source>
        <translation>{criterion}-এর জন্য এখন সর্বোচ্চ {months} মাস পুরনো প্রমাণ দরকার (আগে ছিল {was})</translation>
    </message>
    <message>
        <source>{criterion} replaces {missing}, which version {version} does not have.</source>
        <translation>{criterion} বদলে দেয় {missing}, যা সংস্করণ {version}-এ নেই।</translation>
    </message>
    <message>
        <source>{criterion} takes over part of {old}, which is split into {parts}</source>
        <translation>{criterion} নিয়েছে {old}-এর একটি অংশ, যা ভাগ হয়েছে {parts}-এ</translation>
    </message>
    <message>
        <source>{criterion}: a verdict &apos;met with conditions&apos; needs the condition and a deadline</source>
        <translation>{criterion}: &apos;শর্তসাপেক্ষে পূরণ হয়েছে&apos; রায়ের জন্য শর্ত এবং একটি শেষ তারিখ দরকার</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} ও {last}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{name}: kept as is ({reason})</source>
        <translation>{name}: যেমন আছে তেমনই রাখা হয় ({reason})</translation>
    </message>
    <message>
        <source>{name}: kept as is ({reason}); it still holds: {details}</source>
        <translation>{name}: যেমন আছে তেমনই রাখা হয় ({reason}); এতে এখনও আছে: {details}</translation>
    </message>
    <message>
        <source>{name}: nothing to remove</source>
        <translation>{name}: সরানোর কিছু নেই</translation>
    </message>
    <message>
        <source>{name}: sent as it is ({reason})</source>
        <translation>{name}: যেমন আছে তেমনই পাঠানো হয় ({reason})</translation>
    </message>
    <message>
        <source>{name}: {details}</source>
        <translation>{name}: {details}</translation>
    </message>
    <message>
        <source>{old} is now {criterion}</source>
        <translation>{old} এখন {criterion}</translation>
    </message>
    <message>
        <source>{problem}; copy it again from the council&apos;s letter or website.</source>
        <translation>{problem}; কাউন্সিলের চিঠি বা ওয়েবসাইট থেকে এটি আবার কপি করুন।</translation>
    </message>
    <message>
        <source>{source} of &apos;{framework}&apos; does not correspond to {criterion}.</source>
        <translation>&apos;{framework}&apos;-এর {source} মানদণ্ডটি {criterion}-এর সঙ্গে মেলে না।</translation>
    </message>
    <message>
        <source>{what} could not be stored ({reason}); nothing was changed.</source>
        <translation>{what} সংরক্ষণ করা যায়নি ({reason}); কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>{what}{then}</source>
        <translation>{what}{then}</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Not started</source>
        <translation>শুরু হয়নি</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>আংশিক পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>পূরণ হয়নি</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>বাকি</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>চলছে</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Met with conditions</source>
        <translation>শর্তসাপেক্ষে পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>আরও তথ্য দরকার</translation>
    </message>
    <message>
        <source>Kitemark awarded</source>
        <translation>Kitemark দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Resubmission requested</source>
        <translation>আবার জমা দিতে বলা হয়েছে</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Unincorporated association</source>
        <translation>নিবন্ধনহীন সমিতি (Unincorporated association)</translation>
    </message>
    <message>
        <source>Charitable trust</source>
        <translation>দাতব্য ট্রাস্ট (Charitable trust)</translation>
    </message>
    <message>
        <source>Charitable incorporated organisation (CIO)</source>
        <translation>দাতব্য নিগমিত সংস্থা (CIO)</translation>
    </message>
    <message>
        <source>Charitable company limited by guarantee</source>
        <translation>গ্যারান্টি দ্বারা সীমিত দাতব্য কোম্পানি</translation>
    </message>
    <message>
        <source>Community interest company (CIC)</source>
        <translation>কমিউনিটি ইন্টারেস্ট কোম্পানি (CIC)</translation>
    </message>
    <message>
        <source>Community benefit society</source>
        <translation>কমিউনিটি বেনিফিট সোসাইটি</translation>
    </message>
    <message>
        <source>Under £10,000</source>
        <translation>£10,000-এর কম</translation>
    </message>
    <message>
        <source>£10,000 to £24,999</source>
        <translation>£10,000 থেকে £24,999</translation>
    </message>
    <message>
        <source>£25,000 to £99,999</source>
        <translation>£25,000 থেকে £99,999</translation>
    </message>
    <message>
        <source>£100,000 to £249,999</source>
        <translation>£100,000 থেকে £249,999</translation>
    </message>
    <message>
        <source>£250,000 to £999,999</source>
        <translation>£250,000 থেকে £999,999</translation>
    </message>
    <message>
        <source>£1 million or more</source>
        <translation>£1 মিলিয়ন বা তার বেশি</translation>
    </message>
    <message>
        <source>Works with children or young people</source>
        <translation>শিশু বা তরুণদের সঙ্গে কাজ করে</translation>
    </message>
    <message>
        <source>Works with adults at risk</source>
        <translation>ঝুঁকিতে থাকা প্রাপ্তবয়স্কদের সঙ্গে কাজ করে</translation>
    </message>
    <message>
        <source>Employs paid staff</source>
        <translation>বেতনভুক্ত কর্মী নিয়োগ করে</translation>
    </message>
    <message>
        <source>Uses volunteers</source>
        <translation>স্বেচ্ছাসেবক কাজে লাগায়</translation>
    </message>
    <message>
        <source>Holds personal data about people</source>
        <translation>মানুষের ব্যক্তিগত তথ্য রাখে</translation>
    </message>
    <message>
        <source>Runs or manages premises</source>
        <translation>কোনো জায়গা (প্রাঙ্গণ) চালায় বা দেখাশোনা করে</translation>
    </message>
    <message>
        <source>A charity number is 6 or 7 digits (with -1, -2… for a linked charity), or SC and 6 digits in Scotland.</source>
        <translation>চ্যারিটি নম্বর হয় 6 বা 7 অঙ্কের (সংযুক্ত চ্যারিটির জন্য -1, -2… সহ), অথবা স্কটল্যান্ডে SC এবং 6 অঙ্ক।</translation>
    </message>
    <message>
        <source>A Companies House number is 8 digits (keep leading zeros), or 2 letters and 6 digits (e.g. SC123456).</source>
        <translation>Companies House নম্বর হয় 8 অঙ্কের (শুরুর শূন্যগুলো রাখুন), অথবা 2টি অক্ষর এবং 6টি অঙ্ক (যেমন SC123456)।</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>গৃহীত</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>দায়িত্ব দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>পর্যালোচনা চলছে</translation>
    </message>
    <message>
        <source>Ready for moderation</source>
        <translation>মডারেশনের জন্য প্রস্তুত</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>অনুমোদিত</translation>
    </message>
    <message>
        <source>Review sent</source>
        <translation>পর্যালোচনা পাঠানো হয়েছে</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create your signing key</source>
        <translation>আপনার স্বাক্ষর কী তৈরি করুন</translation>
    </message>
    <message>
        <source>Your reviews are signed with your own key, kept in your data folder and protected by a passphrase. Nobody can recover the passphrase for you: write it down somewhere safe.</source>
        <translation>আপনার পর্যালোচনাগুলো আপনার নিজের কী দিয়ে স্বাক্ষরিত হয়, যা আপনার ডেটা ফোল্ডারে রাখা থাকে এবং একটি পাসফ্রেজ দিয়ে সুরক্ষিত। পাসফ্রেজটি কেউ আপনার জন্য উদ্ধার করতে পারবে না: এটি কোথাও নিরাপদে লিখে রাখুন।</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>আপনার নাম</translation>
    </message>
    <message>
        <source>Your council or organisation</source>
        <translation>আপনার কাউন্সিল বা সংস্থা</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>আবার পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>আপনার নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Council or &amp;organisation:</source>
        <translation>কাউন্সিল বা সংস্থা (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>পাসফ্রেজ (&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>আবার পাসফ্রেজ (&amp;A):</translation>
    </message>
    <message>
        <source>Give your name: it is shown on every review you sign.</source>
        <translation>আপনার নাম দিন: আপনার স্বাক্ষর করা প্রতিটি পর্যালোচনায় এটি দেখানো হয়।</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>পাসফ্রেজ কমপক্ষে %1 অক্ষরের হতে হবে।</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>দুটি পাসফ্রেজ এক নয়।</translation>
    </message>
</context>
<context>
    <name>CriterionActionsBox</name>
    <message>
        <source>Actions</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>What you will do about anything not yet met.</source>
        <translation>যা এখনও পূরণ হয়নি সে বিষয়ে আপনি কী করবেন।</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>কী করা হবে</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>কে</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>কবে নাগাদ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Actions for this criterion</source>
        <translation>এই মানদণ্ডের কাজ</translation>
    </message>
    <message>
        <source>No actions for this criterion.</source>
        <translation>এই মানদণ্ডের জন্য কোনো কাজ নেই।</translation>
    </message>
    <message>
        <source>Add ac&amp;tion…</source>
        <translation>কাজ যোগ করুন (&amp;T)…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>একটি কাজ যোগ করুন</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা (&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>বাছাই করা কাজটি সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected action</source>
        <translation>বাছাই করা কাজটি মুছুন</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ঠিক করা হয়নি</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (সময় পেরিয়ে গেছে)</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>Criterion</source>
        <translation>মানদণ্ড</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>বাধ্যতামূলক</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>আপনার উত্তর</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>পূরণ হয়েছে (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Partly met</source>
        <translation>আংশিক পূরণ হয়েছে (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation>পূরণ হয়নি (&amp;N)</translation>
    </message>
    <message>
        <source>Not appli&amp;cable</source>
        <translation>প্রযোজ্য নয় (&amp;C)</translation>
    </message>
    <message>
        <source>Why does this criterion not apply to you? *</source>
        <translation>এই মানদণ্ড আপনার ক্ষেত্রে কেন প্রযোজ্য নয়? *</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>প্রযোজ্য না হওয়ার কারণ</translation>
    </message>
    <message>
        <source>Please give a reason; the assessor needs it to accept &apos;not applicable&apos;.</source>
        <translation>অনুগ্রহ করে একটি কারণ দিন; &quot;প্রযোজ্য নয়&quot; মেনে নিতে মূল্যায়নকারীর এটি দরকার।</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>কারণ দরকার</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>স্তর: %1</translation>
    </message>
    <message>
        <source>Evidence you could provide</source>
        <translation>যে প্রমাণ আপনি দিতে পারেন</translation>
    </message>
    <message>
        <source>How recent the evidence must be:</source>
        <translation>প্রমাণ কতটা সাম্প্রতিক হতে হবে:</translation>
    </message>
    <message>
        <source>&amp;What is missing, and what you will do about it</source>
        <translation>কী বাকি আছে, এবং সে বিষয়ে আপনি কী করবেন (&amp;W)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>কী বাকি আছে</translation>
    </message>
    <message>
        <source>Anything else the assessor should kno&amp;w (optional)</source>
        <translation>মূল্যায়নকারীর আর কিছু জানা দরকার (ঐচ্ছিক) (&amp;W)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>অন্যান্য নোট</translation>
    </message>
    <message>
        <source>How you meet this criterion (&amp;what you do, and where the evidence shows it)</source>
        <translation>আপনি কীভাবে এই মানদণ্ড পূরণ করেন (আপনি কী করেন, এবং কোন প্রমাণে তা দেখা যায়) (&amp;W)</translation>
    </message>
    <message>
        <source>How you meet this criterion</source>
        <translation>আপনি কীভাবে এই মানদণ্ড পূরণ করেন</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>নথিটি খোলা হচ্ছে…</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>নথিটি খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>এটি খোলার মতো কোনো প্রোগ্রাম নেই</translation>
    </message>
    <message>
        <source>No program on this computer is set up to open &apos;%1&apos;. A read-only copy is at %2.</source>
        <translation>এই কম্পিউটারে &apos;%1&apos; খোলার জন্য কোনো প্রোগ্রাম ঠিক করা নেই। শুধু-পড়ার একটি কপি আছে %2-এ।</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>কাজ মুছুন</translation>
    </message>
    <message>
        <source>Delete this action? This cannot be undone.</source>
        <translation>এই কাজটি মুছবেন? এটি আর ফেরানো যাবে না।</translation>
    </message>
</context>
<context>
    <name>CriterionReviewPanel</name>
    <message>
        <source>The organisation&apos;s answer</source>
        <translation>সংস্থার উত্তর</translation>
    </message>
    <message>
        <source>Evidence the organisation relies on</source>
        <translation>সংস্থা যে প্রমাণের ওপর নির্ভর করছে</translation>
    </message>
    <message>
        <source>Since the previous pack</source>
        <extracomment>What changed since the organisation&apos;s previous pack, and the verdict given then (a resubmission).</extracomment>
        <translation>আগের প্যাকের পর থেকে</translation>
    </message>
    <message>
        <source>Evidence (select to view):</source>
        <translation>প্রমাণ (দেখতে বাছাই করুন):</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>আপনার রায়</translation>
    </message>
    <message>
        <source>&amp;1  Met</source>
        <translation>পূরণ হয়েছে (&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2  Met with conditions</source>
        <translation>শর্তসাপেক্ষে পূরণ হয়েছে (&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3  Not met</source>
        <translation>পূরণ হয়নি (&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4  More information needed</source>
        <translation>আরও তথ্য দরকার (&amp;4)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>শর্ত</translation>
    </message>
    <message>
        <source>What the organisation must do</source>
        <translation>সংস্থাকে যা করতে হবে</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>শেষ তারিখ</translation>
    </message>
    <message>
        <source>Comment for the organisation</source>
        <translation>সংস্থার জন্য মন্তব্য</translation>
    </message>
    <message>
        <source>Your comment for the organisation</source>
        <translation>সংস্থার জন্য আপনার মন্তব্য</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>শর্ত (&amp;D):</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>শেষ তারিখ (&amp;L):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>মন্তব্য (&amp;M):</translation>
    </message>
    <message>
        <source>Their status: %1</source>
        <translation>তাদের অবস্থা: %1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>বাধ্যতামূলক</translation>
    </message>
    <message>
        <source>(no narrative)</source>
        <translation>(কোনো বিবরণ নেই)</translation>
    </message>
    <message>
        <source>Why it does not apply: %1</source>
        <translation>কেন প্রযোজ্য নয়: %1</translation>
    </message>
    <message>
        <source>(redacted by the organisation)</source>
        <translation>(সংস্থা কিছু অংশ লুকিয়েছে)</translation>
    </message>
    <message>
        <source>(no evidence attached)</source>
        <translation>(কোনো প্রমাণ সংযুক্ত নেই)</translation>
    </message>
    <message>
        <source>Unchanged since their previous pack (%1, received %2).</source>
        <translation>তাদের আগের প্যাকের পর থেকে অপরিবর্তিত (%1, গৃহীত %2)।</translation>
    </message>
    <message>
        <source>Not in their previous pack (%1): new in this one.</source>
        <translation>তাদের আগের প্যাকে ছিল না (%1): এটিতে নতুন।</translation>
    </message>
    <message>
        <source>Since their previous pack (%1, received %2):</source>
        <translation>তাদের আগের প্যাকের পর থেকে (%1, গৃহীত %2):</translation>
    </message>
    <message>
        <source>• status %1 → %2</source>
        <translation>• অবস্থা %1 → %2</translation>
    </message>
    <message>
        <source>• answer rewritten:</source>
        <translation>• উত্তর নতুন করে লেখা হয়েছে:</translation>
    </message>
    <message>
        <source>• new evidence: %1</source>
        <translation>• নতুন প্রমাণ: %1</translation>
    </message>
    <message>
        <source>• evidence no longer attached: %1</source>
        <translation>• প্রমাণ আর সংযুক্ত নেই: %1</translation>
    </message>
    <message numerus="yes">
        <source>• %n evidence file(s) the same as before</source>
        <translation>
            <numerusform>• %nটি প্রমাণ ফাইল আগের মতোই</numerusform>
            <numerusform>• %nটি প্রমাণ ফাইল আগের মতোই</numerusform>
        </translation>
    </message>
    <message>
        <source>Your verdict then: %1</source>
        <translation>তখন আপনার রায়: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <extracomment>The area names beside the chart&apos;s bars take this share of its width (and at least this many characters). The report shown now (after every refresh); for the status bar and tests.</extracomment>
        <translation>সংক্ষিপ্ত চিত্র</translation>
    </message>
    <message>
        <source>Criteria answered</source>
        <translation>উত্তর দেওয়া মানদণ্ড</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>পূরণ হওয়া মানদণ্ড</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>উত্তর দেওয়া হয়েছে (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Met:</source>
        <translation>পূরণ হয়েছে (&amp;M):</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <extracomment>The figures per area as text, in the chart&apos;s place until it is drawn (``chart_later``).</extracomment>
        <translation>প্রতিটি ক্ষেত্রের অগ্রগতি</translation>
    </message>
    <message>
        <source>Problems to fix before submitting</source>
        <translation>জমা দেওয়ার আগে যে সমস্যাগুলো ঠিক করতে হবে</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>মনে করিয়ে দেওয়া</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered, %4 met</source>
        <translation>%1: %3টির মধ্যে %2টির উত্তর দেওয়া হয়েছে, %4টি পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>সামনে আসছে</translation>
    </message>
    <message>
        <source>Start the renewal so that the council can review it in time.</source>
        <translation>নবায়ন শুরু করুন, যাতে কাউন্সিল সময়মতো তা পর্যালোচনা করতে পারে।</translation>
    </message>
    <message>
        <source>Your Kitemark expires today (on %1).</source>
        <translation>আপনার Kitemark-এর মেয়াদ আজ শেষ হচ্ছে (%1)।</translation>
    </message>
    <message numerus="yes">
        <source>Your Kitemark expires in %n day(s) (on %1).</source>
        <translation>
            <numerusform>আপনার Kitemark-এর মেয়াদ %n দিনের মধ্যে শেষ হবে (%1)।</numerusform>
            <numerusform>আপনার Kitemark-এর মেয়াদ %n দিনের মধ্যে শেষ হবে (%1)।</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is due for review today (on %2).</source>
        <translation>&apos;%1&apos; আজ পর্যালোচনা করার কথা (%2)।</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is due for review in %n day(s) (on %2).</source>
        <translation>
            <numerusform>&apos;%1&apos; %n দিনের মধ্যে পর্যালোচনা করার কথা (%2)।</numerusform>
            <numerusform>&apos;%1&apos; %n দিনের মধ্যে পর্যালোচনা করার কথা (%2)।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2 — aiming for %3</source>
        <translation>%1, সংস্করণ %2 — লক্ষ্য %3</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%2টির মধ্যে %1টি (%3%)</translation>
    </message>
    <message>
        <source>Your Kitemark is current. Keep these up to date for the renewal:</source>
        <translation>আপনার Kitemark চালু আছে। নবায়নের জন্য এগুলো হালনাগাদ রাখুন:</translation>
    </message>
    <message>
        <source>Your Kitemark is current, and nothing needs updating.</source>
        <translation>আপনার Kitemark চালু আছে, এবং কিছুই হালনাগাদ করার দরকার নেই।</translation>
    </message>
    <message>
        <source>Ready for submission: nothing is missing.</source>
        <translation>জমা দেওয়ার জন্য প্রস্তুত: কিছুই বাকি নেই।</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n problem(s) must be fixed before you can submit.</source>
        <translation>
            <numerusform>এখনও প্রস্তুত নয়: জমা দেওয়ার আগে %nটি সমস্যা ঠিক করতে হবে।</numerusform>
            <numerusform>এখনও প্রস্তুত নয়: জমা দেওয়ার আগে %nটি সমস্যা ঠিক করতে হবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more to check.</source>
        <translation>
            <numerusform>আরও %nটি দেখে নিতে হবে।</numerusform>
            <numerusform>আরও %nটি দেখে নিতে হবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for submission, but check %n warning(s) first.</source>
        <translation>
            <numerusform>জমা দেওয়ার জন্য প্রস্তুত, তবে আগে %nটি সতর্কবার্তা দেখে নিন।</numerusform>
            <numerusform>জমা দেওয়ার জন্য প্রস্তুত, তবে আগে %nটি সতর্কবার্তা দেখে নিন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Must fix:</source>
        <translation>ঠিক করতেই হবে:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>দেখে নিন:</translation>
    </message>
    <message>
        <source>Press Enter or click to go where you can fix this.</source>
        <translation>যেখানে এটি ঠিক করা যায় সেখানে যেতে Enter চাপুন বা ক্লিক করুন।</translation>
    </message>
</context>
<context>
    <name>DatingDialog</name>
    <message>
        <source>from the file name</source>
        <translation>ফাইলের নাম থেকে</translation>
    </message>
    <message>
        <source>when the photo was taken</source>
        <translation>ছবিটি যখন তোলা হয়েছিল</translation>
    </message>
    <message>
        <source>when the PDF was made</source>
        <translation>PDF-টি যখন তৈরি হয়েছিল</translation>
    </message>
    <message>
        <source>Date the documents</source>
        <translation>নথিগুলোর তারিখ দিন</translation>
    </message>
    <message>
        <source>What date does each document represent — when the policy was approved, the minutes&apos; meeting, the accounts&apos; year end? Kitemark uses it to tell when a document is out of date. Check any date it guessed.</source>
        <translation>প্রতিটি নথি কোন তারিখের — নীতিটি কবে অনুমোদিত হয়েছিল, কার্যবিবরণীর সভা কবে হয়েছিল, হিসাবের বছর কবে শেষ হয়েছিল? কোনো নথি কবে পুরোনো হয়ে যায় তা বুঝতে Kitemark এটি ব্যবহার করে। অনুমান করা যেকোনো তারিখ মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>নথি</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>নথির তারিখ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>আবার দেখার তারিখ</translation>
    </message>
    <message>
        <source>Document date of %1</source>
        <translation>%1-এর নথির তারিখ</translation>
    </message>
    <message>
        <source>Guessed %1: %2. Check it.</source>
        <translation>অনুমান %1: %2। মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Review-by date of %1</source>
        <translation>%1 আবার দেখার তারিখ</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>যেমন %1</translation>
    </message>
    <message>
        <source>Type a date like %1, or pick one from the calendar; leave it empty if there is none.</source>
        <translation>%1-এর মতো করে একটি তারিখ লিখুন, অথবা ক্যালেন্ডার থেকে বেছে নিন; তারিখ না থাকলে খালি রাখুন।</translation>
    </message>
    <message>
        <source>guessed %1 — check it</source>
        <translation>অনুমান %1 — মিলিয়ে দেখুন</translation>
    </message>
    <message>
        <source>&amp;Save dates</source>
        <translation>তারিখগুলো সংরক্ষণ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>পরে (&amp;L)</translation>
    </message>
    <message>
        <source>They are listed as needing a date until you set one.</source>
        <translation>আপনি তারিখ না দেওয়া পর্যন্ত এগুলো তারিখ দরকার বলে তালিকায় থাকবে।</translation>
    </message>
</context>
<context>
    <name>DecryptionKeyDialog</name>
    <message>
        <source>Council decryption key</source>
        <translation>কাউন্সিলের ডিক্রিপশন কী</translation>
    </message>
    <message>
        <source>Organisations can encrypt their packs so that only the council can open them. Choose the council&apos;s decryption key (a .p12 or .pem file) and type its passphrase. Kitemark remembers where the file is, never the passphrase.</source>
        <translation>সংস্থাগুলো তাদের প্যাক এনক্রিপ্ট করতে পারে, যাতে শুধু কাউন্সিলই সেগুলো খুলতে পারে। কাউন্সিলের ডিক্রিপশন কী (একটি .p12 বা .pem ফাইল) বেছে নিন এবং এর পাসফ্রেজ লিখুন। ফাইলটি কোথায় আছে Kitemark তা মনে রাখে, পাসফ্রেজ কখনো নয়।</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>কী ফাইল</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>বেছে নিন (&amp;H)…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>কী ফাইল (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>পাসফ্রেজ (&amp;P):</translation>
    </message>
    <message>
        <source>The council&apos;s decryption key</source>
        <translation>কাউন্সিলের ডিক্রিপশন কী</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx *.pem)</source>
        <translation>কী ফাইল (*.p12 *.pfx *.pem)</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>আগে কী ফাইলটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Verification details</source>
        <translation>যাচাইয়ের বিস্তারিত</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>কী কী যাচাই করা হয়েছে</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ফাইল:</translation>
    </message>
    <message>
        <source>Organisation (from the manifest):</source>
        <translation>সংস্থা (ম্যানিফেস্ট থেকে):</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>স্বাক্ষর করেছেন:</translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256):</source>
        <translation>রুট ফিঙ্গারপ্রিন্ট (SHA-256):</translation>
    </message>
    <message>
        <source>In your register:</source>
        <translation>আপনার রেজিস্টারে:</translation>
    </message>
    <message>
        <source>Signing time (as the signer&apos;s computer gave it):</source>
        <translation>স্বাক্ষরের সময় (স্বাক্ষরকারীর কম্পিউটার যা দিয়েছে):</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>ফাইলের SHA-256:</translation>
    </message>
    <message>
        <source>Checks made:</source>
        <translation>যেসব যাচাই করা হয়েছে:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes, as &apos;%1&apos;</source>
        <translation>হ্যাঁ, &apos;%1&apos; নামে</translation>
    </message>
    <message>
        <source>No</source>
        <translation>না</translation>
    </message>
</context>
<context>
    <name>EncryptionChoice</name>
    <message>
        <source>Encr&amp;ypt the pack so only the council can open it</source>
        <translation>প্যাকটি এনক্রিপ্ট করুন, যাতে শুধু কাউন্সিলই এটি খুলতে পারে (&amp;Y)</translation>
    </message>
    <message>
        <source>Only the council&apos;s decryption key will open the file: anyone else who gets it sees nothing. Kitemark keeps what you sent here, so you do not need to open the pack yourself.</source>
        <translation>শুধু কাউন্সিলের ডিক্রিপশন কী দিয়েই ফাইলটি খোলা যাবে: অন্য কেউ এটি পেলেও কিছুই দেখতে পাবে না। আপনি যা পাঠিয়েছেন Kitemark তা এখানে রেখে দেয়, তাই প্যাকটি আপনার নিজের খোলার দরকার নেই।</translation>
    </message>
    <message>
        <source>The pack will not be encrypted: anyone who gets the file, on the way or later, can read your answers and evidence.</source>
        <translation>প্যাকটি এনক্রিপ্ট করা হবে না: পথে বা পরে যে কেউ ফাইলটি পেলে আপনার উত্তর ও প্রমাণ পড়তে পারবে।</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>প্রমাণের বিস্তারিত</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>নথির তারিখ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>আবার দেখার তারিখ</translation>
    </message>
    <message>
        <source>The document date is the date the document represents (e.g. when the policy was approved or the accounts&apos; year end). Review by is when it should be checked again.</source>
        <translation>নথির তারিখ হলো নথিটি যে তারিখের (যেমন নীতিটি কবে অনুমোদিত হয়েছিল বা হিসাবের বছর কবে শেষ)। আবার দেখার তারিখ হলো কবে এটি আবার যাচাই করা উচিত।</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনাম (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Document date:</source>
        <translation>নথির তারিখ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation>আবার দেখার তারিখ (&amp;R):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>Please give the evidence a title, e.g. &apos;Safeguarding policy 2025&apos;.</source>
        <translation>অনুগ্রহ করে প্রমাণটির একটি শিরোনাম দিন, যেমন &apos;সুরক্ষা নীতি 2025&apos;।</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Remove evidence</source>
        <translation>প্রমাণ সরান</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is used by %n criterion(s): %2.</source>
        <translation>
            <numerusform>&apos;%1&apos; %nটি মানদণ্ডে ব্যবহৃত হচ্ছে: %2।</numerusform>
            <numerusform>&apos;%1&apos; %nটি মানদণ্ডে ব্যবহৃত হচ্ছে: %2।</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it takes it away from all of them. Remove it from the library?</source>
        <translation>এটি সরালে সবগুলো থেকেই সরে যাবে। লাইব্রেরি থেকে এটি সরাবেন?</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the library?</source>
        <translation>লাইব্রেরি থেকে &apos;%1&apos; সরাবেন?</translation>
    </message>
    <message>
        <source>No criterion uses it.</source>
        <translation>কোনো মানদণ্ড এটি ব্যবহার করে না।</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>Choose evidence files</source>
        <translation>প্রমাণের ফাইল বেছে নিন</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png *.txt);;All files (*)</source>
        <translation>নথি (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png *.txt);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>কিছু ফাইল যোগ করা হয়নি</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>ফাইল যোগ করা হয়নি</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>%nটি ফাইল যোগ করা হচ্ছে…</numerusform>
            <numerusform>%nটি ফাইল যোগ করা হচ্ছে…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLibraryPage</name>
    <message>
        <source>Evidence library</source>
        <extracomment>Whether a file names people (``Evidence.personal_data``) as the choice&apos;s key. Files were stored and recorded (ids of the new items); for tests and the status bar. A copy was made for the system viewer (its path), just before it is handed to the viewer. A long task failed; its one-sentence message (also shown to the user).</extracomment>
        <translation>প্রমাণ লাইব্রেরি</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence library&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;প্রমাণ লাইব্রেরি&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every document you keep as evidence. One document can support several criteria. Items marked with a warning sign are out of date.</source>
        <translation>প্রমাণ হিসেবে আপনি যত নথি রাখেন সবই এখানে। একটি নথি কয়েকটি মানদণ্ডের প্রমাণ হতে পারে। সতর্কচিহ্ন দেওয়া জিনিসগুলো পুরোনো হয়ে গেছে।</translation>
    </message>
    <message>
        <source>Filter by title, file name, type or criterion</source>
        <translation>শিরোনাম, ফাইলের নাম, ধরন বা মানদণ্ড দিয়ে ছাঁকুন</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>প্রমাণ ছাঁকুন</translation>
    </message>
    <message>
        <source>Only &amp;out-of-date items</source>
        <translation>শুধু পুরোনো হয়ে যাওয়াগুলো (&amp;O)</translation>
    </message>
    <message>
        <source>Show only out-of-date items</source>
        <translation>শুধু পুরোনো হয়ে যাওয়াগুলো দেখান</translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation>এখনও বলা হয়নি</translation>
    </message>
    <message>
        <source>Yes: it names people</source>
        <translation>হ্যাঁ: এতে মানুষের নাম আছে</translation>
    </message>
    <message>
        <source>No: it names no one</source>
        <translation>না: এতে কারও নাম নেই</translation>
    </message>
    <message>
        <source>Does the selected file name people?</source>
        <translation>বেছে নেওয়া ফাইলে কি মানুষের নাম আছে?</translation>
    </message>
    <message>
        <source>A file that names people is flagged before the pack is sent, unless you hide those parts.</source>
        <translation>যে ফাইলে মানুষের নাম আছে, প্যাক পাঠানোর আগে সেটি দেখানো হয়, যদি না আপনি সেই অংশগুলো লুকান।</translation>
    </message>
    <message>
        <source>Does this file name people (personal &amp;data)?</source>
        <translation>এই ফাইলে কি মানুষের নাম আছে (ব্যক্তিগত তথ্য) (&amp;D)?</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ফাইল যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Replace file…</source>
        <translation>ফাইল বদলান (&amp;R)…</translation>
    </message>
    <message>
        <source>Edi&amp;t details…</source>
        <translation>বিস্তারিত সম্পাদনা (&amp;T)…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>খুলুন (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>সরান (&amp;M)…</translation>
    </message>
    <message>
        <source>Hide parts &amp;before sending…</source>
        <translation>পাঠানোর আগে কিছু অংশ লুকান… (&amp;B)</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>প্রমাণের ফাইল যোগ করুন</translation>
    </message>
    <message>
        <source>Replace the file with a newer version</source>
        <translation>ফাইলটি নতুন সংস্করণ দিয়ে বদলান</translation>
    </message>
    <message>
        <source>Edit title and dates</source>
        <translation>শিরোনাম ও তারিখ সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>ফাইলটি খুলুন</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>লাইব্রেরি থেকে সরান</translation>
    </message>
    <message>
        <source>Black out names, numbers or pages in the copy the pack carries</source>
        <translation>প্যাকে যে কপি যায়, তাতে নাম, নম্বর বা পাতা কালো করে ঢেকে দিন</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>প্রমাণের তালিকা</translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation>বাছাই করা প্রমাণের বিস্তারিত</translation>
    </message>
    <message>
        <source>No evidence yet. Use &apos;Add files…&apos; to add your first document.</source>
        <translation>এখনও কোনো প্রমাণ নেই। আপনার প্রথম নথি যোগ করতে &apos;ফাইল যোগ করুন…&apos; ব্যবহার করুন।</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 out of date. Select an item to see its details and file history.</source>
        <translation>
            <numerusform>%nটি জিনিস, %1টি পুরোনো হয়ে গেছে। বিস্তারিত ও ফাইলের ইতিহাস দেখতে একটি বেছে নিন।</numerusform>
            <numerusform>%nটি জিনিস, %1টি পুরোনো হয়ে গেছে। বিস্তারিত ও ফাইলের ইতিহাস দেখতে একটি বেছে নিন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>ব্যবহার করছে:</translation>
    </message>
    <message>
        <source>Not linked to any criterion yet.</source>
        <translation>এখনও কোনো মানদণ্ডের সঙ্গে যুক্ত নয়।</translation>
    </message>
    <message>
        <source>Out of date:</source>
        <translation>পুরোনো হয়ে গেছে:</translation>
    </message>
    <message>
        <source>in use now</source>
        <translation>এখন ব্যবহৃত হচ্ছে</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>%1 তারিখে বদলানো হয়েছে</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>কোনো তারিখ নেই</translation>
    </message>
    <message>
        <source>File history</source>
        <translation>ফাইলের ইতিহাস</translation>
    </message>
    <message>
        <source>Hidden before sending:</source>
        <translation>পাঠানোর আগে লুকানো:</translation>
    </message>
    <message>
        <source>Check the hidden parts again:</source>
        <translation>লুকানো অংশগুলো আবার দেখুন:</translation>
    </message>
    <message>
        <source>Choose the newer version of &apos;%1&apos;</source>
        <translation>&apos;%1&apos;-এর নতুন সংস্করণটি বেছে নিন</translation>
    </message>
    <message>
        <source>The new version of &apos;%1&apos;</source>
        <translation>&apos;%1&apos;-এর নতুন সংস্করণ</translation>
    </message>
    <message>
        <source>Replacing the file…</source>
        <translation>ফাইলটি বদলানো হচ্ছে…</translation>
    </message>
    <message>
        <source>No program is set up to open &apos;%1&apos;; a copy is at %2.</source>
        <translation>&apos;%1&apos; খোলার জন্য কোনো প্রোগ্রাম ঠিক করা নেই; একটি কপি আছে %2-এ।</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>ফাইলটি খোলা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>PDF</source>
        <extracomment>Raw values for sorting (sizes as numbers, dates as ISO text), so &quot;9 KB&quot; sorts below &quot;10 KB&quot;. The evidence id of a row.</extracomment>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>ODT</source>
        <translation>ODT</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>ODS</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ফাইলের নাম</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>আবার দেখার তারিখ</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>ব্যবহার করছে</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The date the document represents (e.g. when the policy was approved)</source>
        <translation>নথিটি যে তারিখের (যেমন নীতিটি কবে অনুমোদিত হয়েছিল)</translation>
    </message>
    <message>
        <source>When the document must be checked again</source>
        <translation>কবে নথিটি আবার যাচাই করতে হবে</translation>
    </message>
    <message>
        <source>How many criteria use this document</source>
        <translation>কতগুলো মানদণ্ড এই নথি ব্যবহার করে</translation>
    </message>
    <message>
        <source>The start of the file&apos;s SHA-256 fingerprint, as the submission pack lists it</source>
        <translation>ফাইলের SHA-256 ফিঙ্গারপ্রিন্টের শুরুর অংশ, জমার প্যাকে যেমন তালিকাভুক্ত</translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
        <translation>%1 (পুরোনো হয়ে গেছে)</translation>
    </message>
    <message>
        <source>Not linked to any criterion</source>
        <translation>কোনো মানদণ্ডের সঙ্গে যুক্ত নয়</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 বাইট</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Link evidence from the library</source>
        <translation>লাইব্রেরি থেকে প্রমাণ যুক্ত করুন</translation>
    </message>
    <message>
        <source>Choose one or more documents to link to %1.</source>
        <translation>%1-এর সঙ্গে যুক্ত করতে এক বা একাধিক নথি বেছে নিন।</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>ছাঁকতে লিখুন</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>লাইব্রেরি ছাঁকুন</translation>
    </message>
    <message>
        <source>Evidence in the library</source>
        <translation>লাইব্রেরির প্রমাণ</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>কোনো তারিখ নেই</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>যুক্ত করুন (&amp;L)</translation>
    </message>
    <message>
        <source>Link the chosen evidence</source>
        <translation>বেছে নেওয়া প্রমাণ যুক্ত করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Every document in the library is already linked here, or the library is empty.</source>
        <translation>লাইব্রেরির প্রতিটি নথি এখানে আগেই যুক্ত আছে, অথবা লাইব্রেরি খালি।</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence viewer</source>
        <translation>প্রমাণ দেখার জায়গা</translation>
    </message>
    <message>
        <source>Select an evidence file to view it here.</source>
        <translation>এখানে দেখতে একটি প্রমাণ ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>PDF evidence</source>
        <translation>PDF প্রমাণ</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>একটি কপি সংরক্ষণ করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 বাইট)</translation>
    </message>
    <message>
        <source>Opening the evidence…</source>
        <translation>প্রমাণ খোলা হচ্ছে…</translation>
    </message>
    <message>
        <source>Files of this type (%1) are not shown inside Kitemark. You can save a copy and open it with another program; only do so if you trust that program with files from outside.</source>
        <translation>এই ধরনের ফাইল (%1) Kitemark-এর ভেতরে দেখানো হয় না। আপনি একটি কপি সংরক্ষণ করে অন্য প্রোগ্রামে খুলতে পারেন; বাইরের ফাইলের ব্যাপারে সেই প্রোগ্রামকে বিশ্বাস করলে তবেই তা করুন।</translation>
    </message>
    <message>
        <source>Redacted by the organisation: this copy was made from pictures of the pages</source>
        <translation>সংস্থা কিছু অংশ লুকিয়েছে: এই কপিটি পাতাগুলোর ছবি থেকে তৈরি</translation>
    </message>
    <message>
        <source>1 area blacked out</source>
        <translation>১টি অংশ কালো করে ঢাকা</translation>
    </message>
    <message>
        <source>%1 areas blacked out</source>
        <translation>%1টি অংশ কালো করে ঢাকা</translation>
    </message>
    <message>
        <source>page %1 left out</source>
        <translation>%1 নম্বর পাতা বাদ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>pages %1 left out</source>
        <translation>%1 নম্বর পাতাগুলো বাদ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>This PDF cannot be shown; save a copy to look at it.</source>
        <translation>এই PDF দেখানো যাচ্ছে না; দেখতে একটি কপি সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>This image cannot be shown; save a copy to look at it.</source>
        <translation>এই ছবি দেখানো যাচ্ছে না; দেখতে একটি কপি সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>একটি কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Save a copy of &apos;%1&apos; outside Kitemark? Files from outside can be harmful when opened; open it only with a program you trust.</source>
        <translation>&apos;%1&apos;-এর একটি কপি Kitemark-এর বাইরে সংরক্ষণ করবেন? বাইরের ফাইল খুললে ক্ষতি হতে পারে; শুধু আপনার বিশ্বাসযোগ্য প্রোগ্রাম দিয়েই খুলুন।</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>কপি সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ করা হয়নি</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <source>%1 B</source>
        <extracomment>A size&apos;s unit, as the language shown writes it after the number (%1).</extracomment>
        <translation>%1 বাইট</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>FingerprintSheet</name>
    <message>
        <source>Kitemark: root fingerprint</source>
        <translation>Kitemark: রুট ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>Read these groups to the council, by phone or in person, so they can check that the packs signed with this key are yours.</source>
        <translation>এই অক্ষরগুচ্ছগুলো ফোনে বা সামনাসামনি কাউন্সিলকে পড়ে শোনান, যাতে তারা যাচাই করতে পারে যে এই কী দিয়ে স্বাক্ষর করা প্যাকগুলো আপনার।</translation>
    </message>
    <message>
        <source>Submission pack:</source>
        <translation>জমার প্যাক:</translation>
    </message>
    <message>
        <source>SHA-256 of the file (it identifies exactly what you sent):</source>
        <translation>ফাইলের SHA-256 (এটি দিয়ে ঠিক কী পাঠিয়েছেন তা চেনা যায়):</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>%1 তারিখে ছাপা হয়েছে।</translation>
    </message>
    <message>
        <source>Kitemark root fingerprint</source>
        <translation>Kitemark রুট ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>Print the fingerprint</source>
        <translation>ফিঙ্গারপ্রিন্ট ছাপুন</translation>
    </message>
</context>
<context>
    <name>FrameworkInstall</name>
    <message>
        <source>Install the council&apos;s framework</source>
        <translation>কাউন্সিলের ফ্রেমওয়ার্ক ইনস্টল করুন</translation>
    </message>
    <message>
        <source>Framework files (*.pdf *.yaml *.yml)</source>
        <translation>ফ্রেমওয়ার্ক ফাইল (*.pdf *.yaml *.yml)</translation>
    </message>
    <message>
        <source>This framework is signed with this council key:</source>
        <translation>এই ফ্রেমওয়ার্কটি এই কাউন্সিল কী দিয়ে স্বাক্ষরিত:</translation>
    </message>
    <message>
        <source>Anyone can make a file that looks like the council&apos;s. Only go on if this fingerprint matches, character for character, the one the council gave you by letter, on its website or by phone. From then on, the council&apos;s reviews must be signed with this same key. Does it match?</source>
        <translation>যে কেউ কাউন্সিলের ফাইলের মতো দেখতে একটি ফাইল বানাতে পারে। কাউন্সিল চিঠিতে, ওয়েবসাইটে বা ফোনে আপনাকে যে ফিঙ্গারপ্রিন্ট দিয়েছে, তার সঙ্গে এটি প্রতিটি অক্ষরে মিললে তবেই এগিয়ে যান। এরপর থেকে কাউন্সিলের পর্যালোচনাগুলো এই একই কী দিয়ে স্বাক্ষরিত হতে হবে। এটি কি মিলছে?</translation>
    </message>
    <message>
        <source>Confirm the council&apos;s key</source>
        <translation>কাউন্সিলের কী নিশ্চিত করুন</translation>
    </message>
    <message>
        <source>It is an unsigned draft: it is marked so, and in your pack.</source>
        <translation>এটি একটি স্বাক্ষরহীন খসড়া: এটি তেমনভাবে চিহ্নিত, এবং আপনার প্যাকেও তা থাকবে।</translation>
    </message>
    <message>
        <source>It is signed by the council key %1.</source>
        <translation>এটি কাউন্সিল কী %1 দিয়ে স্বাক্ষরিত।</translation>
    </message>
    <message>
        <source>Installed %1, version %2.</source>
        <translation>%1, সংস্করণ %2 ইনস্টল করা হয়েছে।</translation>
    </message>
    <message>
        <source>Framework installed</source>
        <translation>ফ্রেমওয়ার্ক ইনস্টল করা হয়েছে</translation>
    </message>
    <message>
        <source>Your self-assessment uses version %1. See what version %2 changes for you, and move to it?</source>
        <translation>আপনার স্ব-মূল্যায়ন সংস্করণ %1 ব্যবহার করে। সংস্করণ %2 আপনার জন্য কী বদলায় দেখবেন, এবং সেটিতে যাবেন?</translation>
    </message>
    <message>
        <source>Framework not installed</source>
        <translation>ফ্রেমওয়ার্ক ইনস্টল করা হয়নি</translation>
    </message>
    <message>
        <source>Checking the framework file…</source>
        <translation>ফ্রেমওয়ার্ক ফাইলটি যাচাই করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>FrameworkMove</name>
    <message>
        <source>Choose the new framework version</source>
        <translation>ফ্রেমওয়ার্কের নতুন সংস্করণটি বেছে নিন</translation>
    </message>
    <message>
        <source>Framework files (*.pdf *.yaml *.yml)</source>
        <translation>ফ্রেমওয়ার্ক ফাইল (*.pdf *.yaml *.yml)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a framework file (it is not text).</source>
        <translation>&apos;%1&apos; কোনো ফ্রেমওয়ার্ক ফাইল নয় (এটি লেখা নয়)।</translation>
    </message>
    <message>
        <source>Kitemark cannot read &apos;%1&apos; (%2).</source>
        <translation>Kitemark &apos;%1&apos; পড়তে পারছে না (%2)।</translation>
    </message>
    <message>
        <source>The new framework is not valid: %1.</source>
        <translation>নতুন ফ্রেমওয়ার্কটি সঠিক নয়: %1।</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>সরানো হয়নি</translation>
    </message>
    <message>
        <source>Moving to the new version…</source>
        <translation>নতুন সংস্করণে যাওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Your earlier answers are kept as they were, in the superseded copy.</source>
        <translation>আপনার আগের উত্তরগুলো যেমন ছিল তেমনই রাখা আছে, বাতিল হওয়া কপিতে।</translation>
    </message>
    <message>
        <source>The self-assessment you sent is kept as it was sent.</source>
        <translation>আপনি যে স্ব-মূল্যায়ন পাঠিয়েছিলেন তা পাঠানোর সময় যেমন ছিল তেমনই রাখা আছে।</translation>
    </message>
    <message>
        <source>Your self-assessment now uses version %1.</source>
        <translation>আপনার স্ব-মূল্যায়ন এখন সংস্করণ %1 ব্যবহার করে।</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) carried over.</source>
        <translation>
            <numerusform>%nটি উত্তর নিয়ে আসা হয়েছে।</numerusform>
            <numerusform>%nটি উত্তর নিয়ে আসা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to check against the new wording (listed on the Overview).</source>
        <translation>
            <numerusform>%nটি উত্তর নতুন লেখার সঙ্গে মিলিয়ে দেখতে হবে (সংক্ষিপ্ত চিত্রে তালিকা আছে)।</numerusform>
            <numerusform>%nটি উত্তর নতুন লেখার সঙ্গে মিলিয়ে দেখতে হবে (সংক্ষিপ্ত চিত্রে তালিকা আছে)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the new version</source>
        <translation>নতুন সংস্করণে যাওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Comparing the framework versions…</source>
        <translation>ফ্রেমওয়ার্কের সংস্করণগুলো তুলনা করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>FrameworkMoveDialog</name>
    <message>
        <source>Move to a new framework version</source>
        <translation>ফ্রেমওয়ার্কের নতুন সংস্করণে যান</translation>
    </message>
    <message>
        <source>%1: your self-assessment uses version %2; the new version is %3. What changes for %4:</source>
        <translation>%1: আপনার স্ব-মূল্যায়ন সংস্করণ %2 ব্যবহার করে; নতুন সংস্করণ %3। %4-এর জন্য কী বদলাচ্ছে:</translation>
    </message>
    <message>
        <source>What the new version changes</source>
        <translation>নতুন সংস্করণ কী বদলায়</translation>
    </message>
    <message>
        <source>Target level in the new version</source>
        <translation>নতুন সংস্করণে লক্ষ্য স্তর</translation>
    </message>
    <message>
        <source>Target &amp;level in the new version:</source>
        <translation>নতুন সংস্করণে লক্ষ্য স্তর (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Move my current self-assessment</source>
        <translation>আমার বর্তমান স্ব-মূল্যায়ন সরিয়ে নিন (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Start my next self-assessment on the new version</source>
        <translation>আমার পরের স্ব-মূল্যায়ন নতুন সংস্করণে শুরু করুন (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Nothing is lost: moving keeps your current self-assessment exactly as it is, beside the moved copy. Answers on changed criteria are marked for you to check.</source>
        <translation>কিছুই হারাবে না: সরালে আপনার বর্তমান স্ব-মূল্যায়ন ঠিক যেমন আছে তেমনই থাকবে, সরানো কপির পাশে। বদলে যাওয়া মানদণ্ডের উত্তরগুলো আপনার মিলিয়ে দেখার জন্য চিহ্নিত থাকবে।</translation>
    </message>
    <message numerus="yes">
        <source>New criteria (%n)</source>
        <translation>
            <numerusform>নতুন মানদণ্ড (%n)</numerusform>
            <numerusform>নতুন মানদণ্ড (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria gone (%n)</source>
        <translation>
            <numerusform>বাদ পড়া মানদণ্ড (%n)</numerusform>
            <numerusform>বাদ পড়া মানদণ্ড (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria changed (%n)</source>
        <translation>
            <numerusform>বদলে যাওয়া মানদণ্ড (%n)</numerusform>
            <numerusform>বদলে যাওয়া মানদণ্ড (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>কিছু নেই</translation>
    </message>
    <message>
        <source>What it means for you</source>
        <translation>আপনার জন্য এর মানে কী</translation>
    </message>
    <message numerus="yes">
        <source>Now apply to you (%n)</source>
        <translation>
            <numerusform>এখন আপনার ক্ষেত্রে প্রযোজ্য (%n)</numerusform>
            <numerusform>এখন আপনার ক্ষেত্রে প্রযোজ্য (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer apply to you (%n)</source>
        <translation>
            <numerusform>আপনার ক্ষেত্রে আর প্রযোজ্য নয় (%n)</numerusform>
            <numerusform>আপনার ক্ষেত্রে আর প্রযোজ্য নয় (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers to check again (%n)</source>
        <translation>
            <numerusform>আবার মিলিয়ে দেখার মতো উত্তর (%n)</numerusform>
            <numerusform>আবার মিলিয়ে দেখার মতো উত্তর (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworksBox</name>
    <message>
        <source>Your frameworks</source>
        <translation>আপনার ফ্রেমওয়ার্কগুলো</translation>
    </message>
    <message>
        <source>Start another framework…</source>
        <translation>আরেকটি ফ্রেমওয়ার্ক শুরু করুন…</translation>
    </message>
    <message>
        <source>A funder&apos;s checklist or a governance check, sharing your evidence and answers where they match</source>
        <translation>কোনো অর্থদাতার চেকলিস্ট বা পরিচালনা-যাচাই, যেখানে মেলে সেখানে আপনার প্রমাণ ও উত্তর একসঙ্গে ব্যবহার করে</translation>
    </message>
    <message>
        <source>Start another framework</source>
        <translation>আরেকটি ফ্রেমওয়ার্ক শুরু করুন</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 answered</source>
        <translation>%1 — %3টির মধ্যে %2টির উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>(working on it now)</source>
        <translation>(এখন এটির ওপর কাজ চলছে)</translation>
    </message>
    <message>
        <source>Work on this</source>
        <translation>এটির ওপর কাজ করুন</translation>
    </message>
    <message>
        <source>Work on %1</source>
        <translation>%1-এর ওপর কাজ করুন</translation>
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
        <translation>পাসফ্রেজ ছাড়া কেউ স্বাক্ষর কী খুলতে পারে না — Kitemark নয়, কাউন্সিল নয়, আমরাও নই। যদি এটি ভুলে যান:

1. ফাইল → স্বাক্ষর কী → নতুন কী দিয়ে আবার শুরু করুন বেছে নিন। পুরোনো কী রেখে দেওয়া হয় (সরিয়ে রাখা হয়, মোছা হয় না), যদি কারও পাসফ্রেজটি আবার মনে পড়ে।
2. আপনার পরের রপ্তানিতে একটি নতুন ফিঙ্গারপ্রিন্টসহ নতুন কী তৈরি হবে।
3. কাউন্সিলকে ফোন করে নতুন ফিঙ্গারপ্রিন্টটি পড়ে শোনান। তারা আপনার সঙ্গে এটি নিশ্চিত না করা পর্যন্ত আপনার নতুন প্যাকগুলো তাদের কাছে অচেনা কী থেকে আসা বলে দেখাবে — এমনই হওয়া উচিত, কারণ যে কেউ একটি কী বানাতে পারে।

কোষাধ্যক্ষ বদলালেও পাসফ্রেজ জানা থাকলে আবার শুরু করার দরকার নেই: পাসফ্রেজ বদলান, নতুন কোষাধ্যক্ষের কম্পিউটারের জন্য কী-এর একটি কপি সংরক্ষণ করুন, অথবা এই কী-এর সমর্থনে একটি নতুন কী তৈরি করুন (তখন কাউন্সিল অচেনা কী নয়, কী বদল দেখবে)।</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>স্বাক্ষর কী</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>ফিঙ্গারপ্রিন্ট কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ছাপুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Print the fingerprint</source>
        <translation>ফিঙ্গারপ্রিন্ট ছাপুন</translation>
    </message>
    <message>
        <source>A page to keep by the phone when you ring the council</source>
        <translation>কাউন্সিলকে ফোন করার সময় হাতের কাছে রাখার একটি পাতা</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>পাসফ্রেজ বদলান (&amp;P)…</translation>
    </message>
    <message>
        <source>Save a copy for a new &amp;treasurer…</source>
        <translation>নতুন কোষাধ্যক্ষের জন্য একটি কপি সংরক্ষণ করুন (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Use a key file…</source>
        <translation>একটি কী ফাইল ব্যবহার করুন (&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;New key, vouched for by this one…</source>
        <translation>নতুন কী, এই কী-এর সমর্থনে (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Start again with a new key…</source>
        <translation>নতুন কী দিয়ে আবার শুরু করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget the passphrase&lt;/b&gt;</source>
        <translation>&lt;b&gt;পাসফ্রেজ ভুলে গেলে&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Root fingerprint (read it to the council): &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;</source>
        <translation>রুট ফিঙ্গারপ্রিন্ট (কাউন্সিলকে পড়ে শোনান): &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No signing key yet: your first export creates one.</source>
        <translation>এখনও কোনো স্বাক্ষর কী নেই: আপনার প্রথম রপ্তানিতে একটি তৈরি হবে।</translation>
    </message>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>ফিঙ্গারপ্রিন্ট কপি করা হয়েছে।</translation>
    </message>
    <message>
        <source>The fingerprint is printed.</source>
        <translation>ফিঙ্গারপ্রিন্ট ছাপা হয়েছে।</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>পাসফ্রেজ বদলান</translation>
    </message>
    <message>
        <source>The key and its fingerprint stay the same, so nothing changes for the council.</source>
        <translation>কী এবং তার ফিঙ্গারপ্রিন্ট একই থাকে, তাই কাউন্সিলের জন্য কিছুই বদলায় না।</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>পাসফ্রেজ বদলানো হয়েছে। এখন থেকে নতুনটি ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Save a copy of the signing key</source>
        <translation>স্বাক্ষর কী-এর একটি কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Key files (*.p12)</source>
        <translation>কী ফাইল (*.p12)</translation>
    </message>
    <message>
        <source>Copy for a new treasurer</source>
        <translation>নতুন কোষাধ্যক্ষের জন্য কপি</translation>
    </message>
    <message>
        <source>Type your passphrase, then the new treasurer&apos;s own passphrase for the copy. Give them the file and the passphrase separately (never in the same email).</source>
        <translation>আপনার পাসফ্রেজ লিখুন, তারপর কপিটির জন্য নতুন কোষাধ্যক্ষের নিজের পাসফ্রেজ। ফাইল আর পাসফ্রেজ আলাদাভাবে দিন (কখনও একই ইমেইলে নয়)।</translation>
    </message>
    <message>
        <source>The copy is saved as %1. On their computer: File → Signing key → Use a key file.</source>
        <translation>কপিটি %1 নামে সংরক্ষণ করা হয়েছে। তাঁদের কম্পিউটারে: ফাইল → স্বাক্ষর কী → একটি কী ফাইল ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Use a key file</source>
        <translation>একটি কী ফাইল ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>কী ফাইল (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Type the passphrase the file is locked with. A key already here is put aside, not deleted.</source>
        <translation>ফাইলটি যে পাসফ্রেজ দিয়ে তালাবদ্ধ তা লিখুন। এখানে আগে থেকে থাকা কী সরিয়ে রাখা হবে, মোছা হবে না।</translation>
    </message>
    <message>
        <source>This key signs from now on (root fingerprint %1).</source>
        <translation>এখন থেকে এই কী স্বাক্ষর করবে (রুট ফিঙ্গারপ্রিন্ট %1)।</translation>
    </message>
    <message>
        <source>New key, vouched for by this one</source>
        <translation>নতুন কী, এই কী-এর সমর্থনে</translation>
    </message>
    <message>
        <source>For a new treasurer, or a key you think others have seen. Your present key signs a statement handing over to the new one, and your next packs carry it, so the council sees a key change, not an impostor. Type the present passphrase, then the new key&apos;s.</source>
        <translation>নতুন কোষাধ্যক্ষের জন্য, অথবা এমন কী যা অন্যরা দেখে ফেলেছে বলে মনে করেন। আপনার বর্তমান কী একটি বিবৃতিতে স্বাক্ষর করে নতুনটির হাতে দায়িত্ব দেয়, এবং আপনার পরের প্যাকগুলোতে তা থাকে, তাই কাউন্সিল প্রতারক নয়, কী বদল দেখবে। বর্তমান পাসফ্রেজ লিখুন, তারপর নতুন কী-এর পাসফ্রেজ।</translation>
    </message>
    <message>
        <source>A new key signs from now on (root fingerprint %1); the old one is kept in %2. Tell the council the new fingerprint too.</source>
        <translation>এখন থেকে একটি নতুন কী স্বাক্ষর করবে (রুট ফিঙ্গারপ্রিন্ট %1); পুরোনোটি রাখা আছে %2-এ। কাউন্সিলকেও নতুন ফিঙ্গারপ্রিন্টটি জানান।</translation>
    </message>
    <message>
        <source>Start again with a new key?</source>
        <translation>নতুন কী দিয়ে আবার শুরু করবেন?</translation>
    </message>
    <message>
        <source>Your next export will make a new key with a new fingerprint, and the council will not trust your packs until you have read it to them and they have confirmed it. The old key is kept. Do this only if nobody remembers the passphrase.</source>
        <translation>আপনার পরের রপ্তানিতে একটি নতুন ফিঙ্গারপ্রিন্টসহ নতুন কী তৈরি হবে, এবং আপনি কাউন্সিলকে সেটি পড়ে না শোনানো ও তারা নিশ্চিত না করা পর্যন্ত তারা আপনার প্যাকগুলো বিশ্বাস করবে না। পুরোনো কী রাখা থাকবে। কেবল তখনই এটি করুন যখন কারও পাসফ্রেজ মনে নেই।</translation>
    </message>
    <message>
        <source>The old key is kept in %1. Your next export makes the new key; then ring the council.</source>
        <translation>পুরোনো কী রাখা আছে %1-এ। আপনার পরের রপ্তানিতে নতুন কী তৈরি হবে; তারপর কাউন্সিলকে ফোন করুন।</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The language will change when you start Kitemark again.</source>
        <translation>Kitemark আবার চালু করলে ভাষা বদলে যাবে।</translation>
    </message>
    <message>
        <source>%1 is set to &apos;%2&apos; on this computer, so Kitemark keeps that language until it is removed.</source>
        <translation>এই কম্পিউটারে %1 &apos;%2&apos; হিসেবে ঠিক করা আছে, তাই সেটি সরানো না পর্যন্ত Kitemark ওই ভাষাই রাখবে।</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ভাষা (&amp;G)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>ভাষা (&amp;G):</translation>
    </message>
</context>
<context>
    <name>LinkedEvidenceBox</name>
    <message>
        <source>Evidence</source>
        <extracomment>Local files dropped onto the box.</extracomment>
        <translation>প্রমাণ</translation>
    </message>
    <message>
        <source>Documents that show this criterion is met. You can also drag files here.</source>
        <translation>যে নথিগুলো দেখায় এই মানদণ্ড পূরণ হয়েছে। আপনি এখানে ফাইল টেনেও আনতে পারেন।</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>যুক্ত প্রমাণ</translation>
    </message>
    <message>
        <source>No evidence linked yet.</source>
        <translation>এখনও কোনো প্রমাণ যুক্ত করা হয়নি।</translation>
    </message>
    <message>
        <source>Freshness warnings</source>
        <translation>হালনাগাদ থাকার সতর্কবার্তা</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ফাইল যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>প্রমাণের ফাইল যোগ করুন</translation>
    </message>
    <message>
        <source>Link from &amp;library…</source>
        <translation>লাইব্রেরি থেকে যুক্ত করুন (&amp;L)…</translation>
    </message>
    <message>
        <source>Link evidence from the library</source>
        <translation>লাইব্রেরি থেকে প্রমাণ যুক্ত করুন</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>বাছাই করা প্রমাণ খুলুন</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>বিচ্ছিন্ন করুন (&amp;U)</translation>
    </message>
    <message>
        <source>Unlink the selected evidence</source>
        <translation>বাছাই করা প্রমাণ বিচ্ছিন্ন করুন</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>কোনো তারিখ নেই</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2.</source>
        <translation>&apos;%1&apos;: %2।</translation>
    </message>
    <message>
        <source>Needs a date — give the date each document represents (Evidence library → Edit details):</source>
        <translation>তারিখ দরকার — প্রতিটি নথি যে তারিখের তা দিন (প্রমাণ লাইব্রেরি → বিস্তারিত সম্পাদনা):</translation>
    </message>
    <message>
        <source>Out of date — replace or update these before you submit:</source>
        <translation>পুরোনো হয়ে গেছে — জমা দেওয়ার আগে এগুলো বদলান বা হালনাগাদ করুন:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kitemark main window</source>
        <extracomment>The workspace is open and every page and action can be used. Menu actions that need the workspace (disabled until it is attached). A page asked for before the workspace was attached; opened when it is.</extracomment>
        <translation>Kitemark-এর প্রধান উইন্ডো</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>পাতা</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>সংরক্ষণের অবস্থা</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>আপনার ডেটা খোলা হচ্ছে…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New evidence…</source>
        <translation>নতুন প্রমাণ (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Prepare submission…</source>
        <translation>জমার প্রস্তুতি নিন (&amp;P)…</translation>
    </message>
    <message>
        <source>Export an &amp;editable copy…</source>
        <translation>সম্পাদনাযোগ্য কপি রপ্তানি করুন (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import assessor review…</source>
        <translation>মূল্যায়নকারীর পর্যালোচনা আমদানি করুন (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Move to a new framework version…</source>
        <translation>ফ্রেমওয়ার্কের নতুন সংস্করণে যান (&amp;M)…</translation>
    </message>
    <message>
        <source>Install the council&apos;s &amp;framework…</source>
        <translation>কাউন্সিলের ফ্রেমওয়ার্ক ইনস্টল করুন (&amp;F)…</translation>
    </message>
    <message>
        <source>Start another frame&amp;work…</source>
        <translation>আরেকটি ফ্রেমওয়ার্ক শুরু করুন (&amp;W)…</translation>
    </message>
    <message>
        <source>What c&amp;hanged since my last pack…</source>
        <translation>আমার শেষ প্যাকের পর কী বদলেছে (&amp;H)…</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>স্বাক্ষর কী (&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>ব্যাকআপ নিন (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ব্যাকআপ থেকে ফিরিয়ে আনুন (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বেরিয়ে যান (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফিরুন (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>সব বাছাই করুন (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>দেখুন (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>বড় লেখা (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ছোট লেখা (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>স্বাভাবিক লেখার আকার (&amp;N)</translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation>নেভিগেশনে যান (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>সংক্ষিপ্ত চিত্র (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Check data</source>
        <translation>ডেটা যাচাই করুন (&amp;C)</translation>
    </message>
    <message>
        <source>If you &amp;forget the passphrase</source>
        <translation>পাসফ্রেজ ভুলে গেলে (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Kitemark</source>
        <translation>Kitemark সম্পর্কে (&amp;A)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(এখনও নাম নেই)</translation>
    </message>
    <message>
        <source>DEMO — %1 — %2 (made-up data)</source>
        <translation>ডেমো — %1 — %2 (বানানো ডেটা)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>সব পরিবর্তন সংরক্ষিত</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ করা হয়নি</translation>
    </message>
    <message numerus="yes">
        <source>Now %n more criterion(s) apply: %1.</source>
        <translation>
            <numerusform>এখন আরও %nটি মানদণ্ড প্রযোজ্য: %1।</numerusform>
            <numerusform>এখন আরও %nটি মানদণ্ড প্রযোজ্য: %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) no longer apply: %1.</source>
        <translation>
            <numerusform>%nটি মানদণ্ড আর প্রযোজ্য নয়: %1।</numerusform>
            <numerusform>%nটি মানদণ্ড আর প্রযোজ্য নয়: %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>পাসফ্রেজ ভুলে গেলে</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Everything is intact.</source>
        <translation>সবকিছু ঠিক আছে।</translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation>কিছু সমস্যা পাওয়া গেছে:</translation>
    </message>
    <message>
        <source>Database: {state}; evidence files checked: {count}.</source>
        <translation>ডেটাবেস: {state}; যাচাই করা প্রমাণ ফাইল: {count}।</translation>
    </message>
    <message>
        <source>Back up all Kitemark data</source>
        <extracomment>A backup file was written (its path). A backup was restored; the window has reloaded its pages. The check finished (the HealthReport).</extracomment>
        <translation>Kitemark-এর সব ডেটার ব্যাকআপ নিন</translation>
    </message>
    <message>
        <source>Kitemark backups (*.zip)</source>
        <translation>Kitemark ব্যাকআপ (*.zip)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>ব্যাকআপ নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>The backup is saved in {path} ({size:.1f} MB). Keep it somewhere other than this PC.</source>
        <translation>ব্যাকআপ {path}-এ সংরক্ষণ করা হয়েছে ({size:.1f} MB)। এটি এই PC ছাড়া অন্য কোথাও রাখুন।</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>বাদ দেওয়া হয়েছে:</translation>
    </message>
    <message>
        <source>Restore a Kitemark backup</source>
        <translation>একটি Kitemark ব্যাকআপ ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Kitemark backups (*.zip *.sqlite3)</source>
        <translation>Kitemark ব্যাকআপ (*.zip *.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the data in Kitemark with the backup &apos;{name}&apos;? The backup is checked first, and the current data is kept as a backup too, so nothing is lost.</source>
        <translation>Kitemark-এর ডেটা &apos;{name}&apos; ব্যাকআপ দিয়ে বদলে দেবেন? আগে ব্যাকআপটি যাচাই করা হবে, এবং বর্তমান ডেটাও একটি ব্যাকআপ হিসেবে রাখা হবে, তাই কিছুই হারাবে না।</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>ফিরিয়ে আনা হচ্ছে…</translation>
    </message>
    <message>
        <source>The backup &apos;{name}&apos; is restored.</source>
        <translation>&apos;{name}&apos; ব্যাকআপ ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>The data that was there before is kept in {path}.</source>
        <translation>আগে যে ডেটা ছিল তা রাখা আছে {path}-এ।</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>ডেটা যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Kitemark&apos;s database was damaged (for example by a power cut) and has been moved aside to &apos;{moved}&apos;; nothing was deleted.

Restore the newest good backup, from {when} (UTC)? Anything entered after that will need entering again.</source>
        <translation>Kitemark-এর ডেটাবেস নষ্ট হয়ে গিয়েছিল (যেমন বিদ্যুৎ চলে যাওয়ায়) এবং সেটি &apos;{moved}&apos;-এ সরিয়ে রাখা হয়েছে; কিছুই মোছা হয়নি।

{when} (UTC)-এর সবচেয়ে নতুন ভালো ব্যাকআপটি ফিরিয়ে আনবেন? এর পরে যা কিছু লেখা হয়েছে তা আবার লিখতে হবে।</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>ব্যাকআপ ফিরিয়ে আনা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>assessor: with conditions</source>
        <extracomment>How an item&apos;s text is cut when it is too long: a Qt.TextElideMode (at the end when not set). What the navigation adds after a criterion the assessor did not simply find met.</extracomment>
        <translation>মূল্যায়নকারী: শর্তসাপেক্ষে</translation>
    </message>
    <message>
        <source>assessor: not met</source>
        <translation>মূল্যায়নকারী: পূরণ হয়নি</translation>
    </message>
    <message>
        <source>assessor: more information</source>
        <translation>মূল্যায়নকারী: আরও তথ্য</translation>
    </message>
    <message>
        <source>it is part of the %1 level, and you are aiming for %2</source>
        <translation>এটি %1 স্তরের অংশ, আর আপনার লক্ষ্য %2</translation>
    </message>
    <message>
        <source>it is only for these legal forms: %1</source>
        <translation>এটি শুধু এই আইনি ধরনগুলোর জন্য: %1</translation>
    </message>
    <message>
        <source>it is only for an income of %1 a year or more</source>
        <translation>এটি শুধু বছরে %1 বা তার বেশি আয়ের জন্য</translation>
    </message>
    <message>
        <source>it applies only when your profile ticks one of: %1</source>
        <translation>এটি তখনই প্রযোজ্য যখন আপনার প্রোফাইলে এগুলোর একটিতে টিক দেওয়া থাকে: %1</translation>
    </message>
    <message>
        <source>its conditions do not match your profile</source>
        <translation>এর শর্তগুলো আপনার প্রোফাইলের সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Per area, the line naming its criteria that do not apply.</extracomment>
        <translation>সংক্ষিপ্ত চিত্র</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>প্রমাণ লাইব্রেরি</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>কর্মপরিকল্পনা</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>সংস্থার প্রোফাইল</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not apply to you</source>
        <translation>
            <numerusform>%1 আপনার ক্ষেত্রে প্রযোজ্য নয়</numerusform>
            <numerusform>%1 আপনার ক্ষেত্রে প্রযোজ্য নয়</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 does not apply to you: %3.</source>
        <translation>%1 %2 আপনার ক্ষেত্রে প্রযোজ্য নয়: %3।</translation>
    </message>
    <message>
        <source>%1, %2 of %3 answered</source>
        <translation>%1, %3টির মধ্যে %2টির উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>assessor: %1</source>
        <translation>মূল্যায়নকারী: %1</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation> (বাধ্যতামূলক)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Navigation</source>
        <extracomment>The criteria that came and went when the profile changed what applies: (added ids, removed ids).</extracomment>
        <translation>নেভিগেশন</translation>
    </message>
    <message>
        <source>Areas and criteria; use the arrow keys to move and open a page.</source>
        <translation>ক্ষেত্র ও মানদণ্ড; সরতে ও পাতা খুলতে তীর-চিহ্নের কী ব্যবহার করুন।</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>e.g. %1 (leave empty if there is none)</source>
        <translation>যেমন %1 (না থাকলে খালি রাখুন)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>ক্যালেন্ডার…</translation>
    </message>
    <message>
        <source>%1: pick from a calendar</source>
        <translation>%1: ক্যালেন্ডার থেকে বেছে নিন</translation>
    </message>
</context>
<context>
    <name>OrganisationFields</name>
    <message>
        <source>Organisation name</source>
        <translation>সংস্থার নাম</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>আইনি ধরন</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation>চ্যারিটি নম্বর</translation>
    </message>
    <message>
        <source>e.g. 1234567 or SC012345</source>
        <translation>যেমন 1234567 বা SC012345</translation>
    </message>
    <message>
        <source>Companies House number</source>
        <translation>Companies House নম্বর</translation>
    </message>
    <message>
        <source>e.g. 01234567</source>
        <translation>যেমন 01234567</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>যোগাযোগের ব্যক্তি</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>যোগাযোগের ইমেইল</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>যোগাযোগের ফোন</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>বার্ষিক আয়</translation>
    </message>
    <message>
        <source>Paid staff</source>
        <translation>বেতনভুক্ত কর্মী</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>স্বেচ্ছাসেবক</translation>
    </message>
    <message>
        <source>Organisation na&amp;me *</source>
        <translation>সংস্থার নাম (&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;Legal form *</source>
        <translation>আইনি ধরন (&amp;L) *</translation>
    </message>
    <message>
        <source>Cha&amp;rity number</source>
        <translation>চ্যারিটি নম্বর (&amp;R)</translation>
    </message>
    <message>
        <source>Com&amp;panies House number</source>
        <translation>Companies House নম্বর (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address *</source>
        <translation>ঠিকানা (&amp;A) *</translation>
    </message>
    <message>
        <source>Contact per&amp;son *</source>
        <translation>যোগাযোগের ব্যক্তি (&amp;S) *</translation>
    </message>
    <message>
        <source>Contact ema&amp;il *</source>
        <translation>যোগাযোগের ইমেইল (&amp;I) *</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>যোগাযোগের ফোন (&amp;O)</translation>
    </message>
    <message>
        <source>Annual in&amp;come *</source>
        <translation>বার্ষিক আয় (&amp;C) *</translation>
    </message>
    <message>
        <source>Paid s&amp;taff</source>
        <translation>বেতনভুক্ত কর্মী (&amp;T)</translation>
    </message>
    <message>
        <source>Vol&amp;unteers</source>
        <translation>স্বেচ্ছাসেবক (&amp;U)</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>আপনারা কী করেন</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1-এ সমস্যা</translation>
    </message>
    <message>
        <source>Please give the organisation&apos;s name.</source>
        <translation>অনুগ্রহ করে সংস্থার নাম দিন।</translation>
    </message>
    <message>
        <source>Please give the address.</source>
        <translation>অনুগ্রহ করে ঠিকানা দিন।</translation>
    </message>
    <message>
        <source>Please say who we can contact.</source>
        <translation>অনুগ্রহ করে বলুন আমরা কার সঙ্গে যোগাযোগ করতে পারি।</translation>
    </message>
    <message>
        <source>Please give a contact email address.</source>
        <translation>অনুগ্রহ করে যোগাযোগের একটি ইমেইল ঠিকানা দিন।</translation>
    </message>
    <message>
        <source>An email address looks like name@example.org.</source>
        <translation>ইমেইল ঠিকানা দেখতে এমন: name@example.org।</translation>
    </message>
    <message>
        <source>A CIO must give its charity number.</source>
        <translation>একটি CIO-কে তার চ্যারিটি নম্বর দিতে হবে।</translation>
    </message>
    <message>
        <source>A company must give its Companies House number.</source>
        <translation>একটি কোম্পানিকে তার Companies House নম্বর দিতে হবে।</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Award the Kitemark</source>
        <translation>Kitemark প্রদান করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Ask for a resub&amp;mission</source>
        <translation>আবার জমা দিতে বলুন (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not awarded</source>
        <translation>দেওয়া হয়নি (&amp;N)</translation>
    </message>
    <message>
        <source>Level awarded</source>
        <translation>প্রদত্ত স্তর</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>বৈধতার শেষ তারিখ</translation>
    </message>
    <message>
        <source>Resubmit by</source>
        <translation>আবার জমা দেওয়ার শেষ তারিখ</translation>
    </message>
    <message>
        <source>Summary feedback</source>
        <translation>সারসংক্ষেপ মতামত</translation>
    </message>
    <message>
        <source>What the organisation does well and what it should work on next</source>
        <translation>সংস্থা কী ভালো করছে এবং এরপর কোন বিষয়ে কাজ করা উচিত</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>স্তর (&amp;L):</translation>
    </message>
    <message>
        <source>Valid un&amp;til:</source>
        <translation>বৈধতার শেষ তারিখ (&amp;T):</translation>
    </message>
    <message>
        <source>Resubmit &amp;by:</source>
        <translation>আবার জমা দেওয়ার শেষ তারিখ (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Summary feedback:</source>
        <translation>সারসংক্ষেপ মতামত (&amp;S):</translation>
    </message>
    <message>
        <source>Where the outcome contradicts the verdicts</source>
        <translation>যেখানে ফলাফল রায়গুলোর সঙ্গে মেলে না</translation>
    </message>
</context>
<context>
    <name>PackHistoryPane</name>
    <message>
        <source>Received</source>
        <extracomment>The audit log&apos;s actions in words (an action Kitemark does not know yet is shown as it is stored).</extracomment>
        <translation>গৃহীত</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>দায়িত্ব দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>পর্যালোচনা শুরু হয়েছে</translation>
    </message>
    <message>
        <source>Review saved</source>
        <translation>পর্যালোচনা সংরক্ষিত</translation>
    </message>
    <message>
        <source>Put forward for moderation</source>
        <translation>মডারেশনের জন্য পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Returned to the assessor</source>
        <translation>মূল্যায়নকারীর কাছে ফেরত পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>অনুমোদিত</translation>
    </message>
    <message>
        <source>Signed review sent</source>
        <translation>স্বাক্ষরিত পর্যালোচনা পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Organisation registered: the pack is now valid</source>
        <translation>সংস্থা নিবন্ধিত: প্যাকটি এখন বৈধ</translation>
    </message>
    <message>
        <source>Check of the archived pack</source>
        <translation>সংরক্ষিত প্যাকের যাচাই</translation>
    </message>
    <message>
        <source>The moderator&apos;s note</source>
        <translation>মডারেটরের নোট</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>কর্মকর্তা</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>পদক্ষেপ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিস্তারিত</translation>
    </message>
    <message>
        <source>History of the pack</source>
        <translation>প্যাকের ইতিহাস</translation>
    </message>
    <message>
        <source>Choose a pack to see its history.</source>
        <translation>ইতিহাস দেখতে একটি প্যাক বেছে নিন।</translation>
    </message>
    <message>
        <source>History of the pack from %1 (%2)</source>
        <translation>%1 থেকে আসা প্যাকের ইতিহাস (%2)</translation>
    </message>
    <message>
        <source>an unknown organisation</source>
        <translation>একটি অজানা সংস্থা</translation>
    </message>
    <message>
        <source>✘ Archived file: %1</source>
        <translation>✘ সংরক্ষিত ফাইল: %1</translation>
    </message>
    <message>
        <source>✔ Archived file checked: it is exactly the pack received.</source>
        <translation>✔ সংরক্ষিত ফাইল যাচাই করা হয়েছে: এটি ঠিক সেই প্যাক যা গৃহীত হয়েছিল।</translation>
    </message>
    <message>
        <source>Returned to the assessor with this note: %1</source>
        <translation>এই নোটসহ মূল্যায়নকারীর কাছে ফেরত পাঠানো হয়েছে: %1</translation>
    </message>
    <message>
        <source>saved %1 times in a row; the time is the last save&apos;s</source>
        <translation>পরপর %1 বার সংরক্ষণ করা হয়েছে; সময়টি শেষ সংরক্ষণের</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1-এর কাছে</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>The page: drag across what to hide, click a box to remove it</source>
        <extracomment>A press and release closer than this (pixels) is a click, which removes the box under it. The smallest box kept, as a fraction of the page&apos;s side (a slip of the mouse makes none).</extracomment>
        <translation>পাতা: যা লুকাতে চান তার উপর দিয়ে টেনে নিন, কোনো বাক্স সরাতে তাতে ক্লিক করুন</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>পাতাটি আঁকা হচ্ছে…</translation>
    </message>
    <message>
        <source>This page is left out of the pack</source>
        <translation>এই পাতাটি প্যাক থেকে বাদ দেওয়া হয়েছে</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign the review</source>
        <translation>পর্যালোচনায় স্বাক্ষর করুন</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Your signing key&apos;s &amp;passphrase:</source>
        <translation>আপনার স্বাক্ষর কী-এর পাসফ্রেজ (&amp;P):</translation>
    </message>
</context>
<context>
    <name>PersonalFilesBox</name>
    <message>
        <source>&lt;b&gt;These files name people, or may, and would go to the council as they are.&lt;/b&gt; Hide the personal parts first (double-click a file, then &lt;i&gt;Hide parts before sending…&lt;/i&gt;), or send them as they are if the assessor needs to see the names.</source>
        <extracomment>The role holding where a line leads (&quot;evidence:&lt;id&gt;&quot;), as the dashboard&apos;s problem lists use it.</extracomment>
        <translation>&lt;b&gt;এই ফাইলগুলোতে মানুষের নাম আছে, বা থাকতে পারে, এবং এগুলো যেমন আছে তেমনই কাউন্সিলে যাবে।&lt;/b&gt; আগে ব্যক্তিগত অংশগুলো লুকান (একটি ফাইলে দুবার ক্লিক করুন, তারপর &lt;i&gt;পাঠানোর আগে কিছু অংশ লুকান…&lt;/i&gt;), অথবা মূল্যায়নকারীর নামগুলো দেখা দরকার হলে যেমন আছে তেমনই পাঠান।</translation>
    </message>
    <message>
        <source>Files that name people</source>
        <translation>যে ফাইলগুলোতে মানুষের নাম আছে</translation>
    </message>
    <message>
        <source>Send these files as they are, with the personal data in them</source>
        <translation>এই ফাইলগুলো যেমন আছে তেমনই, ভেতরের ব্যক্তিগত তথ্যসহ পাঠান</translation>
    </message>
    <message>
        <source>Send the files that name people as they are</source>
        <translation>যে ফাইলগুলোতে মানুষের নাম আছে, সেগুলো যেমন আছে তেমনই পাঠান</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the file in the evidence library.</source>
        <translation>প্রমাণ লাইব্রেরিতে ফাইলটিতে যেতে দুবার ক্লিক করুন বা Enter চাপুন।</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1 — mandatory, not answered yet.</source>
        <extracomment>A criterion&apos;s problems by kind: %1 is &quot;ID Title&quot;.</extracomment>
        <translation>%1 — বাধ্যতামূলক, এখনও উত্তর দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>%1 — not answered yet.</source>
        <translation>%1 — এখনও উত্তর দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>%1 — not applicable, but no reason given.</source>
        <translation>%1 — প্রযোজ্য নয়, কিন্তু কোনো কারণ দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>%1 — mandatory and not met; add an action saying how and when it will be met.</source>
        <translation>%1 — বাধ্যতামূলক এবং পূরণ হয়নি; কীভাবে ও কবে এটি পূরণ হবে তা জানিয়ে একটি কাজ যোগ করুন।</translation>
    </message>
    <message>
        <source>%1 — mandatory, no evidence linked.</source>
        <translation>%1 — বাধ্যতামূলক, কোনো প্রমাণ যুক্ত করা হয়নি।</translation>
    </message>
    <message>
        <source>%1 — &apos;%2&apos; contains personal data: send a copy with the personal parts hidden (or a summary), or send it as it is if the assessor needs them.</source>
        <extracomment>A file&apos;s personal data, by the core&apos;s reason: %1 is &quot;ID Title&quot;, %2 the file&apos;s title.</extracomment>
        <translation>%1 — &apos;%2&apos;-এ ব্যক্তিগত তথ্য আছে: ব্যক্তিগত অংশগুলো লুকানো একটি কপি (বা একটি সারসংক্ষেপ) পাঠান, অথবা মূল্যায়নকারীর সেগুলো দরকার হলে যেমন আছে তেমনই পাঠান।</translation>
    </message>
    <message>
        <source>%1 — &apos;%2&apos; may name people (this criterion&apos;s evidence often does): say whether it does in the evidence library, then hide the personal parts or send it as it is.</source>
        <translation>%1 — &apos;%2&apos;-এ মানুষের নাম থাকতে পারে (এই মানদণ্ডের প্রমাণে প্রায়ই থাকে): আছে কি না প্রমাণ লাইব্রেরিতে জানান, তারপর ব্যক্তিগত অংশগুলো লুকান অথবা যেমন আছে তেমনই পাঠান।</translation>
    </message>
    <message>
        <source>The profile has no organisation name.</source>
        <extracomment>The profile&apos;s missing fields, by field (the core&apos;s words for a CIO and a company included).</extracomment>
        <translation>প্রোফাইলে সংস্থার নাম নেই।</translation>
    </message>
    <message>
        <source>The profile has no address.</source>
        <translation>প্রোফাইলে ঠিকানা নেই।</translation>
    </message>
    <message>
        <source>The profile has no contact person.</source>
        <translation>প্রোফাইলে যোগাযোগের ব্যক্তির নাম নেই।</translation>
    </message>
    <message>
        <source>The profile has no contact email.</source>
        <translation>প্রোফাইলে যোগাযোগের ইমেইল নেই।</translation>
    </message>
    <message>
        <source>A CIO must give its charity number.</source>
        <translation>একটি CIO-কে তার চ্যারিটি নম্বর দিতে হবে।</translation>
    </message>
    <message>
        <source>A company must give its Companies House number.</source>
        <translation>একটি কোম্পানিকে তার Companies House নম্বর দিতে হবে।</translation>
    </message>
    <message>
        <source>is dated %1, which is in the future; check the date</source>
        <extracomment>Why a file is out of date, by ``Staleness.kind``: the end of a sentence that begins with the file&apos;s title.</extracomment>
        <translation>তারিখ %1, যা ভবিষ্যতের তারিখ; তারিখটি দেখে নিন</translation>
    </message>
    <message>
        <source>was due for review by %1</source>
        <translation>%1-এর মধ্যে আবার দেখার কথা ছিল</translation>
    </message>
    <message>
        <source>has no date; %1</source>
        <translation>কোনো তারিখ নেই; %1</translation>
    </message>
    <message>
        <source>is dated %1, more than %2 months ago (%3)</source>
        <translation>তারিখ %1, %2 মাসেরও বেশি আগের (%3)</translation>
    </message>
    <message>
        <source>%1 — &apos;%2&apos; %3.</source>
        <extracomment>An out-of-date file&apos;s problem: %1 is &quot;ID Title&quot;, %2 the file&apos;s title, %3 the reason.</extracomment>
        <translation>%1 — &apos;%2&apos;: %3।</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Organisation profile</source>
        <translation>সংস্থার প্রোফাইল</translation>
    </message>
    <message>
        <source>Changes are saved as you type. Your legal form, income and activities decide which criteria apply.</source>
        <translation>আপনি লেখার সঙ্গে সঙ্গে পরিবর্তনগুলো সংরক্ষিত হয়। আপনার আইনি ধরন, আয় ও কাজকর্ম ঠিক করে কোন মানদণ্ডগুলো প্রযোজ্য।</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>আপনার সংস্থা সম্পর্কে</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>যোগাযোগের তথ্য</translation>
    </message>
    <message>
        <source>Size and activities</source>
        <translation>আকার ও কাজকর্ম</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>&amp;All not yet sent</source>
        <translation>এখনও পাঠানো হয়নি এমন সব (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>আমার (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>কাউকে দেওয়া হয়নি (&amp;U)</translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation>সময় পেরিয়ে গেছে (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Waiting for moderation</source>
        <translation>মডারেশনের অপেক্ষায় (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Expiring awards</source>
        <translation>মেয়াদ শেষ হতে চলা পুরস্কার (&amp;E)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <source>State</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>যাকে দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>শেষ তারিখ</translation>
    </message>
    <message>
        <source>Outcome and level</source>
        <translation>ফলাফল ও স্তর</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>বৈধতার শেষ তারিখ</translation>
    </message>
    <message>
        <source>a lead: you assign, moderate and send reviews</source>
        <translation>প্রধান: আপনি দায়িত্ব দেন, মডারেশন করেন এবং পর্যালোচনা পাঠান</translation>
    </message>
    <message>
        <source>an assessor: you review the packs assigned to you</source>
        <translation>মূল্যায়নকারী: আপনাকে দেওয়া প্যাকগুলো আপনি পর্যালোচনা করেন</translation>
    </message>
    <message>
        <source>read-only: you may look, not change</source>
        <translation>শুধু-পড়া: আপনি দেখতে পারেন, বদলাতে পারেন না</translation>
    </message>
    <message>
        <source>Team queue</source>
        <translation>দলের সারি</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>রেজিস্টার পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>দেখান:</translation>
    </message>
    <message>
        <source>Packs in the queue</source>
        <translation>সারির প্যাকগুলো</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>Open the archived pack in the assessor window</source>
        <translation>সংরক্ষিত প্যাকটি মূল্যায়নকারীর উইন্ডোতে খুলুন</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>দায়িত্ব দিন (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Put forward for moderation</source>
        <translation>মডারেশনের জন্য পাঠান (&amp;P)</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>অনুমোদন করুন (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Return with note…</source>
        <translation>নোটসহ ফেরত পাঠান (&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>হালনাগাদ করুন (&amp;F)</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>সারির অবস্থা</translation>
    </message>
    <message>
        <source>Reading the team queue…</source>
        <translation>দলের সারি পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>No packs to show here.</source>
        <translation>এখানে দেখানোর মতো কোনো প্যাক নেই।</translation>
    </message>
    <message>
        <source>Your own register, as %1: you hold every duty, moderation included.</source>
        <translation>আপনার নিজের রেজিস্টার, %1 হিসেবে: মডারেশনসহ সব দায়িত্ব আপনার।</translation>
    </message>
    <message>
        <source>Signed in to the team&apos;s register as %1, %2.</source>
        <translation>দলের রেজিস্টারে %1 হিসেবে প্রবেশ করেছেন, %2।</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>সময় পেরিয়ে গেছে: %1</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>সিদ্ধান্ত হয়নি</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outcome, level</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (শীঘ্রই মেয়াদ শেষ)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(অজানা)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>কাউকে দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>ইতিহাস পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Checking the archived pack…</source>
        <translation>সংরক্ষিত প্যাকটি যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Choose a pack first.</source>
        <translation>আগে একটি প্যাক বেছে নিন।</translation>
    </message>
    <message>
        <source>The pack from %1 is now &apos;%2&apos;.</source>
        <translation>%1 থেকে আসা প্যাকটি এখন &apos;%2&apos;।</translation>
    </message>
    <message>
        <source>an unknown organisation</source>
        <translation>একটি অজানা সংস্থা</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>করা হয়নি</translation>
    </message>
    <message>
        <source>Assign the pack</source>
        <translation>প্যাকটির দায়িত্ব দিন</translation>
    </message>
    <message>
        <source>Assign the pack from %1 to (their login):</source>
        <translation>%1 থেকে আসা প্যাকটির দায়িত্ব দিন (তাঁর লগইন):</translation>
    </message>
    <message>
        <source>Return the review to the assessor</source>
        <translation>পর্যালোচনাটি মূল্যায়নকারীর কাছে ফেরত পাঠান</translation>
    </message>
    <message>
        <source>What should %1 change?</source>
        <translation>%1-এর কী বদলানো উচিত?</translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation>মূল্যায়নকারী</translation>
    </message>
    <message>
        <source>Assigning the pack…</source>
        <translation>প্যাকটির দায়িত্ব দেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Putting the review forward for moderation…</source>
        <translation>পর্যালোচনাটি মডারেশনের জন্য পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Approving the review…</source>
        <translation>পর্যালোচনাটি অনুমোদন করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Returning the review to the assessor…</source>
        <translation>পর্যালোচনাটি মূল্যায়নকারীর কাছে ফেরত পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>প্যাকটি খোলা যাচ্ছে না</translation>
    </message>
</context>
<context>
    <name>RecheckNotice</name>
    <message>
        <source>Check this answer</source>
        <extracomment>The user checked the answer: it still answers the criterion as the new version words it.</extracomment>
        <translation>এই উত্তরটি মিলিয়ে দেখুন</translation>
    </message>
    <message>
        <source>Check this answer against the new version</source>
        <translation>নতুন সংস্করণের সঙ্গে এই উত্তরটি মিলিয়ে দেখুন</translation>
    </message>
    <message>
        <source>This &amp;still answers it</source>
        <translation>এটি এখনও উত্তর দেয় (&amp;S)</translation>
    </message>
    <message>
        <source>Confirm this answer still answers the criterion</source>
        <translation>নিশ্চিত করুন যে এই উত্তরটি এখনও মানদণ্ডের উত্তর দেয়</translation>
    </message>
</context>
<context>
    <name>RecheckReason</name>
    <message>
        <source>Version %1 changed this criterion: %2. Check your answer still answers it, then confirm it does.</source>
        <translation>সংস্করণ %1 এই মানদণ্ডটি বদলেছে: %2। আপনার উত্তর এখনও এর উত্তর দেয় কি না দেখে নিন, তারপর তা নিশ্চিত করুন।</translation>
    </message>
    <message>
        <source>its wording changed</source>
        <extracomment>Each reason ``core/framework_diff`` gives, as a pattern and the message it is translated by (%1, %2 in order).</extracomment>
        <translation>এর ভাষা বদলেছে</translation>
    </message>
    <message>
        <source>it became mandatory for you</source>
        <translation>এটি এখন আপনার জন্য বাধ্যতামূলক</translation>
    </message>
    <message>
        <source>its level changed from %1 to %2</source>
        <translation>এর স্তর %1 থেকে %2-এ বদলেছে</translation>
    </message>
    <message>
        <source>its evidence must now be at most %1 months old (it was %2)</source>
        <translation>এর প্রমাণ এখন সর্বোচ্চ %1 মাস পুরনো হতে পারে (আগে ছিল %2)</translation>
    </message>
    <message>
        <source>its evidence must now be at most %1 months old</source>
        <translation>এর প্রমাণ এখন সর্বোচ্চ %1 মাস পুরনো হতে পারে</translation>
    </message>
    <message>
        <source>it is one of the parts %1 was split into</source>
        <translation>%1 যে অংশগুলোতে ভাগ হয়েছে, এটি তার একটি</translation>
    </message>
    <message>
        <source>it combines %1</source>
        <translation>এটি %1 একসাথে করেছে</translation>
    </message>
    <message>
        <source>it was %1</source>
        <translation>আগে এটি ছিল %1</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Hide parts before sending: %1</source>
        <extracomment>A page was drawn and is shown (its number); for tests. Drawing a page or saving failed (the one-sentence message, also shown in the dialog).</extracomment>
        <translation>পাঠানোর আগে কিছু অংশ লুকান: %1</translation>
    </message>
    <message>
        <source>Drag across a name, number, signature or face to hide it; click a box to remove it. The pack carries a copy made from pictures of the pages, black where you marked, with no hidden text; the file in your library stays as it is. Its title and file name go with the pack as they are: if they name someone, change the title, and replace the file with a copy under another name.</source>
        <translation>কোনো নাম, নম্বর, স্বাক্ষর বা মুখ লুকাতে তার উপর দিয়ে টেনে নিন; কোনো বাক্স সরাতে তাতে ক্লিক করুন। প্যাকে পাতাগুলোর ছবি থেকে তৈরি একটি কপি যায়, আপনি যেখানে দাগ দিয়েছেন সেখানে কালো, কোনো লুকানো লেখা ছাড়া; আপনার লাইব্রেরির ফাইলটি যেমন আছে তেমনই থাকে। এর শিরোনাম ও ফাইলের নাম যেমন আছে তেমনই প্যাকের সঙ্গে যায়: সেগুলোতে কারও নাম থাকলে শিরোনাম বদলান, এবং ফাইলটি অন্য নামের একটি কপি দিয়ে বদলে দিন।</translation>
    </message>
    <message>
        <source>Check these again: %1</source>
        <translation>এগুলো আবার দেখুন: %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ আগের পাতা (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>পরের পাতা (&amp;N) ▶</translation>
    </message>
    <message>
        <source>&amp;Leave this page out</source>
        <translation>এই পাতাটি বাদ দিন (&amp;L)</translation>
    </message>
    <message>
        <source>Leave this page out of the pack</source>
        <translation>এই পাতাটি প্যাক থেকে বাদ দিন</translation>
    </message>
    <message>
        <source>&amp;Remove this page&apos;s boxes</source>
        <translation>এই পাতার বাক্সগুলো সরান (&amp;R)</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>পাতাটি আঁকা হচ্ছে…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2টির মধ্যে %1 নম্বর পাতা</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1 নম্বর পাতা</translation>
    </message>
    <message>
        <source>Saving the parts to hide…</source>
        <translation>লুকানোর অংশগুলো সংরক্ষণ করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Valid</source>
        <translation>বৈধ</translation>
    </message>
    <message>
        <source>Intact, unregistered</source>
        <translation>অক্ষত, নিবন্ধিত নয়</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>প্রত্যাখ্যাত</translation>
    </message>
    <message>
        <source>Register of organisations and packs</source>
        <translation>সংস্থা ও প্যাকের রেজিস্টার</translation>
    </message>
    <message>
        <source>Search by organisation, file name, fingerprint or outcome</source>
        <translation>সংস্থা, ফাইলের নাম, ফিঙ্গারপ্রিন্ট বা ফলাফল দিয়ে খুঁজুন</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>রেজিস্টারে খুঁজুন</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256)</source>
        <translation>রুট ফিঙ্গারপ্রিন্ট (SHA-256)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>নিবন্ধিত</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>প্যাক</translation>
    </message>
    <message>
        <source>Registered organisations</source>
        <translation>নিবন্ধিত সংস্থা</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>গৃহীত</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>রায়</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>স্তর</translation>
    </message>
    <message>
        <source>Expires / resubmit by</source>
        <translation>মেয়াদ শেষ / আবার জমার তারিখ</translation>
    </message>
    <message>
        <source>Review sent</source>
        <translation>পর্যালোচনা পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation>গৃহীত প্যাক</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>সিদ্ধান্ত হয়নি</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(অজানা)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>এখনও নয়</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export an editable copy</source>
        <extracomment>The file was written (its path).</extracomment>
        <translation>একটি সম্পাদনাযোগ্য কপি রপ্তানি করুন</translation>
    </message>
    <message>
        <source>A copy of your self-assessment against %1 to edit, share or print. It is not signed: for the council, use Prepare submission.</source>
        <translation>%1-এর বিপরীতে আপনার স্ব-মূল্যায়নের একটি কপি, সম্পাদনা, শেয়ার বা ছাপার জন্য। এটি স্বাক্ষরিত নয়: কাউন্সিলের জন্য &quot;জমার প্রস্তুতি নিন&quot; ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>&amp;Word document: the criteria, your answers, the evidence and the gaps</source>
        <translation>Word নথি: মানদণ্ড, আপনার উত্তর, প্রমাণ এবং ঘাটতি (&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook: one row per criterion, with the action plan and the evidence list</source>
        <translation>Excel ওয়ার্কবুক: প্রতিটি মানদণ্ডের জন্য এক সারি, কর্মপরিকল্পনা ও প্রমাণের তালিকাসহ (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Bundle for a funder: a zip of the evidence files, with an index in Word and CSV</source>
        <translation>অর্থদাতার জন্য প্যাকেট: প্রমাণ ফাইলগুলোর একটি zip, Word ও CSV-তে সূচিসহ (&amp;B)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>রপ্তানির ফলাফল</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>রপ্তানি করুন (&amp;E)…</translation>
    </message>
    <message>
        <source>evidence for funders</source>
        <translation>অর্থদাতাদের জন্য প্রমাণ</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>স্ব-মূল্যায়ন</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word নথি (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ওয়ার্কবুক (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip ফাইল (*.zip)</translation>
    </message>
    <message>
        <source>Save the editable copy</source>
        <translation>সম্পাদনাযোগ্য কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Word নথি লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>Excel ওয়ার্কবুক লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Putting the evidence bundle together…</source>
        <translation>প্রমাণের প্যাকেট তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Saved as %1. You can open it, edit it and send it.</source>
        <translation>%1 নামে সংরক্ষণ করা হয়েছে। আপনি এটি খুলতে, সম্পাদনা করতে ও পাঠাতে পারেন।</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>রপ্তানি বাতিল করা হয়েছে; কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
</context>
<context>
    <name>ReusePanel</name>
    <message>
        <source>Answers you gave elsewhere</source>
        <extracomment>An offer&apos;s words shown before &quot;…&quot; (the whole answer is in its tooltip). The organisation chose an offer: (its key &quot;framework-id:CRITERION-ID&quot;, adapt?). Adapting puts the words in the answer box to change; using takes them as they are.</extracomment>
        <translation>অন্য জায়গায় আপনার দেওয়া উত্তর</translation>
    </message>
    <message>
        <source>Your %1 answer to %2 (%3) covers part of this.</source>
        <translation>%2 (%3)-এ আপনার দেওয়া %1 উত্তরটিতে এর একটি অংশ রয়েছে।</translation>
    </message>
    <message>
        <source>Your %1 answer to %2 (%3) covers this.</source>
        <translation>%2 (%3)-এ আপনার দেওয়া %1 উত্তরটিতে এই বিষয়টি রয়েছে।</translation>
    </message>
    <message>
        <source>Its evidence: %1</source>
        <translation>এর প্রমাণ: %1</translation>
    </message>
    <message>
        <source>This answer is the one you use here.</source>
        <translation>এখানে আপনি এই উত্তরটিই ব্যবহার করছেন।</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>এটি ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Use the %1 answer as it is</source>
        <translation>%1 উত্তরটি যেমন আছে তেমন ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Adapt it</source>
        <translation>এটি বদলে নিন</translation>
    </message>
    <message>
        <source>Adapt the %1 answer</source>
        <translation>%1 উত্তরটি বদলে নিন</translation>
    </message>
    <message>
        <source>%1 uses this answer: a change here does not change it there.</source>
        <translation>%1 এই উত্তর ব্যবহার করে: এখানে বদলালে সেখানে বদলাবে না।</translation>
    </message>
    <message>
        <source>This answer was taken from %1: a change here does not change it there.</source>
        <translation>এই উত্তরটি %1 থেকে নেওয়া: এখানে বদলালে সেখানে বদলাবে না।</translation>
    </message>
</context>
<context>
    <name>ReviewFeedbackBox</name>
    <message>
        <source>The assessor&apos;s verdict</source>
        <translation>মূল্যায়নকারীর রায়</translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation> — %1, %2</translation>
    </message>
    <message>
        <source>Condition: %1 (by %2)</source>
        <translation>শর্ত: %1 (%2-এর মধ্যে)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>শেষ তারিখ: %1</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>Import the assessor&apos;s review</source>
        <translation>মূল্যায়নকারীর পর্যালোচনা আমদানি করুন</translation>
    </message>
    <message>
        <source>Signed reviews (*.pdf)</source>
        <translation>স্বাক্ষরিত পর্যালোচনা (*.pdf)</translation>
    </message>
    <message>
        <source>Review not imported</source>
        <translation>পর্যালোচনা আমদানি করা হয়নি</translation>
    </message>
    <message>
        <source>Confirm the council&apos;s key</source>
        <translation>কাউন্সিলের কী নিশ্চিত করুন</translation>
    </message>
    <message>
        <source>Anyone can make a file that looks like a review. Only accept this key if its fingerprint matches, character for character, the one the council gave you by letter, on its website or by phone. Accept it and import the review?</source>
        <translation>যে কেউ পর্যালোচনার মতো দেখতে একটি ফাইল বানাতে পারে। কাউন্সিল চিঠিতে, ওয়েবসাইটে বা ফোনে আপনাকে যে ফিঙ্গারপ্রিন্ট দিয়েছে তার সঙ্গে এর ফিঙ্গারপ্রিন্ট প্রতিটি অক্ষরে মিললে তবেই এই কী গ্রহণ করুন। এটি গ্রহণ করে পর্যালোচনা আমদানি করবেন?</translation>
    </message>
    <message>
        <source>Different council key</source>
        <translation>কাউন্সিলের অন্য একটি কী</translation>
    </message>
    <message>
        <source>Only accept the new key if the council has told you, by phone or letter, that its key changed. Accept it and import the review?</source>
        <translation>কাউন্সিল ফোনে বা চিঠিতে আপনাকে জানিয়ে থাকলে যে তাদের কী বদলেছে, কেবল তখনই নতুন কী গ্রহণ করুন। এটি গ্রহণ করে পর্যালোচনা আমদানি করবেন?</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>পর্যালোচনা</translation>
    </message>
    <message>
        <source>This review was already imported.</source>
        <translation>এই পর্যালোচনাটি আগেই আমদানি করা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 (from %2).</source>
        <translation>%1 (%2 থেকে)।</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) are now shown on their criteria.</source>
        <translation>
            <numerusform>%nটি রায় এখন তাদের মানদণ্ডে দেখানো হচ্ছে।</numerusform>
            <numerusform>%nটি রায় এখন তাদের মানদণ্ডে দেখানো হচ্ছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s) from the assessor are in your action plan.</source>
        <translation>
            <numerusform>মূল্যায়নকারীর দেওয়া %nটি নতুন কাজ আপনার কর্মপরিকল্পনায় আছে।</numerusform>
            <numerusform>মূল্যায়নকারীর দেওয়া %nটি নতুন কাজ আপনার কর্মপরিকল্পনায় আছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>The council&apos;s key (confirmed): %1.</source>
        <translation>কাউন্সিলের কী (নিশ্চিত): %1।</translation>
    </message>
    <message>
        <source>Review imported</source>
        <translation>পর্যালোচনা আমদানি করা হয়েছে</translation>
    </message>
    <message>
        <source>Checking the review…</source>
        <translation>পর্যালোচনাটি যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Start next year&apos;s renewal? Your answers, evidence links and unfinished actions are carried over.</source>
        <translation>পরের বছরের নবায়ন শুরু করবেন? আপনার উত্তর, প্রমাণের সংযোগ এবং অসমাপ্ত কাজগুলো নিয়ে আসা হবে।</translation>
    </message>
    <message>
        <source>Start the resubmission? Your answers, evidence links and actions are carried over; work on the assessor&apos;s points, then export a new pack.</source>
        <translation>আবার জমা দেওয়া শুরু করবেন? আপনার উত্তর, প্রমাণের সংযোগ এবং কাজগুলো নিয়ে আসা হবে; মূল্যায়নকারীর বিষয়গুলো নিয়ে কাজ করুন, তারপর একটি নতুন প্যাক রপ্তানি করুন।</translation>
    </message>
    <message>
        <source>Next self-assessment</source>
        <translation>পরের স্ব-মূল্যায়ন</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>শুরু হয়নি</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeBox</name>
    <message>
        <source>Assessor&apos;s review</source>
        <extracomment>True for a renewal, False for a resubmission.</extracomment>
        <translation>মূল্যায়নকারীর পর্যালোচনা</translation>
    </message>
    <message>
        <source>Start the next self-assessment</source>
        <translation>পরের স্ব-মূল্যায়ন শুরু করুন</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>%1 তারিখে মেয়াদ শেষ হয়েছে</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 পর্যন্ত বৈধ (আর %n দিন বাকি)</numerusform>
            <numerusform>%1 পর্যন্ত বৈধ (আর %n দিন বাকি)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1, %2-এ, %3</translation>
    </message>
    <message>
        <source>%1: resubmit by %2</source>
        <translation>%1: আবার জমা দিন %2-এর মধ্যে</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%nটি শর্ত</numerusform>
            <numerusform>%nটি শর্ত</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%nটি পূরণ হয়নি</numerusform>
            <numerusform>%nটি পূরণ হয়নি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asking for more information</source>
        <translation>
            <numerusform>%nটিতে আরও তথ্য চাওয়া হয়েছে</numerusform>
            <numerusform>%nটিতে আরও তথ্য চাওয়া হয়েছে</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (see the action plan)</source>
        <translation>%1 (কর্মপরিকল্পনা দেখুন)</translation>
    </message>
    <message>
        <source>The renewal opens on %1.</source>
        <translation>নবায়ন খুলবে %1 তারিখে।</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>%2 তারিখে %1 পর্যালোচনা করেছেন</translation>
    </message>
    <message>
        <source>this answers your previous submission</source>
        <translation>এটি আপনার আগের জমার উত্তর দেয়</translation>
    </message>
    <message>
        <source>Start the &amp;renewal</source>
        <translation>নবায়ন শুরু করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Start the &amp;resubmission</source>
        <translation>আবার জমা দেওয়া শুরু করুন (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>&amp;Passphrase now</source>
        <translation>এখনই পাসফ্রেজ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>নতুন পাসফ্রেজ (&amp;N)</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>আবার নতুন পাসফ্রেজ (&amp;G)</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation>দুটি নতুন পাসফ্রেজ এখনও এক হয়নি।</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Start our self-assessment</source>
        <translation>আমাদের স্ব-মূল্যায়ন শুরু করুন</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>আপনার সংস্থা সম্পর্কে</translation>
    </message>
    <message>
        <source>Fields marked * are needed. You can change all of this later.</source>
        <translation>* চিহ্ন দেওয়া ঘরগুলো পূরণ করতে হবে। এসবই পরে বদলাতে পারবেন।</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>যোগাযোগের তথ্য</translation>
    </message>
    <message>
        <source>Who the council should contact about your Kitemark.</source>
        <translation>আপনার Kitemark নিয়ে কাউন্সিল কার সঙ্গে যোগাযোগ করবে।</translation>
    </message>
    <message>
        <source>Size and activities</source>
        <translation>আকার ও কাজকর্ম</translation>
    </message>
    <message>
        <source>These decide which criteria apply to you.</source>
        <translation>এগুলো ঠিক করে কোন মানদণ্ডগুলো আপনার ক্ষেত্রে প্রযোজ্য।</translation>
    </message>
</context>
<context>
    <name>StartFrameworkDialog</name>
    <message>
        <source>Start another framework</source>
        <translation>আরেকটি ফ্রেমওয়ার্ক শুরু করুন</translation>
    </message>
    <message>
        <source>Your evidence library and organisation details are shared. Where this framework asks what another of yours asks, its page offers the answer you already gave.</source>
        <translation>আপনার প্রমাণ লাইব্রেরি ও সংস্থার তথ্য একসঙ্গে ব্যবহৃত হয়। এই ফ্রেমওয়ার্ক যেখানে আপনার আরেকটি ফ্রেমওয়ার্কের একই প্রশ্ন করে, সেখানে তার পাতায় আপনার আগে দেওয়া উত্তরটি দেখানো হয়।</translation>
    </message>
    <message>
        <source>Frameworks you can start</source>
        <translation>যে ফ্রেমওয়ার্কগুলো আপনি শুরু করতে পারেন</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>একটি ফাইল থেকে (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>শুরু করুন (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Aim for:</source>
        <translation>লক্ষ্য (&amp;A):</translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation>একটি ফ্রেমওয়ার্ক ফাইল বেছে নিন</translation>
    </message>
    <message>
        <source>Framework files (*.yaml *.yml)</source>
        <translation>ফ্রেমওয়ার্ক ফাইল (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>That file cannot be read; choose another.</source>
        <translation>ফাইলটি পড়া যাচ্ছে না; অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>That is not a valid framework file: %1</source>
        <translation>এটি বৈধ ফ্রেমওয়ার্ক ফাইল নয়: %1</translation>
    </message>
    <message>
        <source>You already work with %1.</source>
        <translation>আপনি ইতিমধ্যে %1 নিয়ে কাজ করছেন।</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Action status</source>
        <translation>কাজের অবস্থা</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Send the pack file itself, unchanged (not a printout, and not a copy re-saved from a PDF reader), or the council cannot check its signature. The first time, ring the council (or tell them in person) and read out the root fingerprint, so they know the pack is really yours.</source>
        <translation>প্যাক ফাইলটিই অপরিবর্তিত অবস্থায় পাঠান (ছাপা কপি নয়, এবং PDF রিডার থেকে আবার সংরক্ষণ করা কপিও নয়), নইলে কাউন্সিল এর স্বাক্ষর যাচাই করতে পারবে না। প্রথমবার কাউন্সিলকে ফোন করে (বা সামনাসামনি) রুট ফিঙ্গারপ্রিন্টটি পড়ে শোনান, যাতে তারা জানে প্যাকটি সত্যিই আপনার।</translation>
    </message>
    <message>
        <source>The pack is %1, small enough to attach to an email to the council.</source>
        <translation>প্যাকটির আকার %1, কাউন্সিলকে ইমেইলে সংযুক্ত করে পাঠানোর মতো ছোট।</translation>
    </message>
    <message>
        <source>The pack is %1, too large for most email services (about 20 MB at most). Ask the council how to send it: an upload link, a shared folder or a USB stick handed over in person.</source>
        <translation>প্যাকটির আকার %1, বেশিরভাগ ইমেইল পরিষেবার জন্য খুব বড় (সাধারণত বড়জোর প্রায় 20 MB)। কীভাবে পাঠাবেন কাউন্সিলকে জিজ্ঞেস করুন: আপলোড লিংক, শেয়ার করা ফোল্ডার, অথবা সামনাসামনি দেওয়া একটি USB স্টিক।</translation>
    </message>
    <message>
        <source>Your framework says to send it to the council here: %1.</source>
        <translation>আপনার ফ্রেমওয়ার্ক অনুযায়ী এটি কাউন্সিলের এখানে পাঠাতে হবে: %1।</translation>
    </message>
    <message>
        <source>Prepare submission</source>
        <translation>জমার প্রস্তুতি</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; পিছনে (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>পরবর্তী (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>বন্ধ করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before you can submit:&lt;/b&gt;</source>
        <translation>&lt;b&gt;জমা দেওয়ার আগে এগুলো ঠিক করুন:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Problems that must be fixed</source>
        <translation>যে সমস্যাগুলো ঠিক করতেই হবে</translation>
    </message>
    <message>
        <source>&lt;b&gt;These do not stop a submission, but the assessor will see them:&lt;/b&gt;</source>
        <translation>&lt;b&gt;এগুলো জমা দেওয়া আটকায় না, তবে মূল্যায়নকারী এগুলো দেখবেন:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Problems you may submit with</source>
        <translation>যে সমস্যা থাকলেও জমা দিতে পারেন</translation>
    </message>
    <message>
        <source>I have read these problems and want to submit with them (they are listed in the pack)</source>
        <translation>আমি এই সমস্যাগুলো পড়েছি এবং এগুলোসহ জমা দিতে চাই (এগুলো প্যাকে তালিকাভুক্ত থাকবে)</translation>
    </message>
    <message>
        <source>Acknowledge the problems</source>
        <translation>সমস্যাগুলো স্বীকার করুন</translation>
    </message>
    <message>
        <source>Double-click a problem (or select it and press Enter) to go where you fix it.</source>
        <translation>যেখানে ঠিক করবেন সেখানে যেতে একটি সমস্যায় দুবার ক্লিক করুন (অথবা বেছে নিয়ে Enter চাপুন)।</translation>
    </message>
    <message>
        <source>1. Readiness check</source>
        <translation>1. প্রস্তুতি যাচাই</translation>
    </message>
    <message>
        <source>Double-click or press Enter to close this window and go where you fix it.</source>
        <translation>এই উইন্ডো বন্ধ করে যেখানে ঠিক করবেন সেখানে যেতে দুবার ক্লিক করুন বা Enter চাপুন।</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first. Close this window, fix them, then choose Prepare submission again.</source>
        <translation>
            <numerusform>আগে %nটি সমস্যা ঠিক করতে হবে। এই উইন্ডো বন্ধ করুন, সমস্যাগুলো ঠিক করুন, তারপর আবার &quot;জমার প্রস্তুতি নিন&quot; বেছে নিন।</numerusform>
            <numerusform>আগে %nটি সমস্যা ঠিক করতে হবে। এই উইন্ডো বন্ধ করুন, সমস্যাগুলো ঠিক করুন, তারপর আবার &quot;জমার প্রস্তুতি নিন&quot; বেছে নিন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks the submission. Please read the points below and tick the box.</source>
        <translation>জমা দেওয়া আটকানোর মতো কিছু নেই। অনুগ্রহ করে নিচের বিষয়গুলো পড়ে বাক্সে টিক দিন।</translation>
    </message>
    <message>
        <source>Everything is answered and current: nothing blocks the submission.</source>
        <translation>সবকিছুর উত্তর দেওয়া হয়েছে এবং হালনাগাদ আছে: জমা দেওয়া আটকানোর মতো কিছু নেই।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ভূমিকা</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>স্বাক্ষরের তারিখ</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>স্বাক্ষরকারীগণ</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>স্বাক্ষরকারী যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove signatory</source>
        <translation>স্বাক্ষরকারী সরান (&amp;R)</translation>
    </message>
    <message>
        <source>Resolution date</source>
        <translation>সিদ্ধান্তের তারিখ</translation>
    </message>
    <message>
        <source>e.g. TM-2026-11 item 6</source>
        <translation>যেমন TM-2026-11 item 6</translation>
    </message>
    <message>
        <source>Minute reference</source>
        <translation>কার্যবিবরণীর সূত্র</translation>
    </message>
    <message>
        <source>Date of the trustees&apos; resolu&amp;tion to submit</source>
        <translation>জমা দেওয়ার বিষয়ে ট্রাস্টিদের সিদ্ধান্তের তারিখ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Minute reference</source>
        <translation>কার্যবিবরণীর সূত্র (&amp;M)</translation>
    </message>
    <message>
        <source>2. Declaration</source>
        <translation>2. ঘোষণা</translation>
    </message>
    <message>
        <source>The trustees declare that the self-assessment and its evidence are true and complete. List everyone who signs, and the meeting at which the trustees resolved to submit.</source>
        <translation>ট্রাস্টিরা ঘোষণা করছেন যে স্ব-মূল্যায়ন ও তার প্রমাণ সত্য ও সম্পূর্ণ। যাঁরা স্বাক্ষর করছেন তাঁদের সবার নাম লিখুন, এবং যে সভায় ট্রাস্টিরা জমা দেওয়ার সিদ্ধান্ত নিয়েছেন সেটির কথা লিখুন।</translation>
    </message>
    <message>
        <source>This is your first submission, so Kitemark will create your organisation&apos;s signing key and keep it in the data folder, locked with a passphrase you choose now. You will need the passphrase for every submission; nobody can recover it for you. Write it down and keep it with your other important papers.</source>
        <translation>এটি আপনার প্রথম জমা, তাই Kitemark আপনার সংস্থার স্বাক্ষর কী তৈরি করবে এবং ডেটা ফোল্ডারে রাখবে, যা এখন আপনার বেছে নেওয়া একটি পাসফ্রেজ দিয়ে তালাবদ্ধ থাকবে। প্রতিটি জমার জন্য আপনার পাসফ্রেজটি লাগবে; কেউ আপনার জন্য এটি উদ্ধার করতে পারবে না। এটি লিখে অন্যান্য জরুরি কাগজপত্রের সঙ্গে রাখুন।</translation>
    </message>
    <message>
        <source>Your signing key (root fingerprint %1) is ready; type its passphrase.</source>
        <translation>আপনার স্বাক্ষর কী (রুট ফিঙ্গারপ্রিন্ট %1) প্রস্তুত; এর পাসফ্রেজ লিখুন।</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>আবার পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation>প্যাকটি যে নামে সংরক্ষণ হবে</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>বেছে নিন (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>পাসফ্রেজ (&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>আবার পাসফ্রেজ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save the pack as</source>
        <translation>প্যাকটি যে নামে সংরক্ষণ হবে (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;In English and Bengali (বাংলা)</source>
        <translation>ইংরেজি ও বাংলায় (&amp;I)</translation>
    </message>
    <message>
        <source>The pack is in English for the council. Ticked, each criterion&apos;s title and guidance are given in English and then in Bengali.</source>
        <translation>কাউন্সিলের জন্য প্যাকটি ইংরেজিতে থাকে। টিক দিলে প্রতিটি মানদণ্ডের শিরোনাম ও নির্দেশনা প্রথমে ইংরেজিতে, তারপর বাংলায় দেওয়া হবে।</translation>
    </message>
    <message>
        <source>Your framework has no Bengali words, so the pack is in English.</source>
        <translation>আপনার ফ্রেমওয়ার্কে বাংলা লেখা নেই, তাই প্যাকটি ইংরেজিতে থাকবে।</translation>
    </message>
    <message>
        <source>3. Sign and export</source>
        <translation>3. স্বাক্ষর ও রপ্তানি</translation>
    </message>
    <message>
        <source>Save the submission pack</source>
        <translation>জমার প্যাক সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>দুটি পাসফ্রেজ এখনও এক হয়নি।</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint and SHA-256</source>
        <translation>ফিঙ্গারপ্রিন্ট ও SHA-256 কপি করুন (&amp;Y)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ছাপুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Print the fingerprint and SHA-256</source>
        <translation>ফিঙ্গারপ্রিন্ট ও SHA-256 ছাপুন</translation>
    </message>
    <message>
        <source>A page to keep by the phone when you ring the council</source>
        <translation>কাউন্সিলকে ফোন করার সময় হাতের কাছে রাখার একটি পাতা</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>ফোল্ডার খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>Submission pack ready</source>
        <translation>জমার প্যাক তৈরি</translation>
    </message>
    <message>
        <source>How to send it to the council</source>
        <translation>কাউন্সিলকে কীভাবে পাঠাবেন</translation>
    </message>
    <message>
        <source>Kitemark submission pack: %1</source>
        <translation>Kitemark জমার প্যাক: %1</translation>
    </message>
    <message>
        <source>Root fingerprint: %1</source>
        <translation>রুট ফিঙ্গারপ্রিন্ট: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>ফাইলের SHA-256: %1</translation>
    </message>
    <message>
        <source>Copied. Paste them into your email or keep them for the phone call.</source>
        <translation>কপি করা হয়েছে। আপনার ইমেইলে পেস্ট করুন বা ফোন করার জন্য রেখে দিন।</translation>
    </message>
    <message>
        <source>Printed. Keep the page by the phone for the call to the council.</source>
        <translation>ছাপা হয়েছে। কাউন্সিলকে ফোন করার সময় পাতাটি ফোনের কাছে রাখুন।</translation>
    </message>
    <message>
        <source>This computer has no program to show folders; the pack is in %1</source>
        <translation>এই কম্পিউটারে ফোল্ডার দেখানোর কোনো প্রোগ্রাম নেই; প্যাকটি আছে %1-এ</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>রপ্তানি করুন (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Signing and exporting the submission pack…</source>
        <translation>জমার প্যাকে স্বাক্ষর করে রপ্তানি করা হচ্ছে…</translation>
    </message>
    <message>
        <source>The signed pack was saved as:</source>
        <translation>স্বাক্ষরিত প্যাকটি এই নামে সংরক্ষণ করা হয়েছে:</translation>
    </message>
    <message>
        <source>SHA-256 of the file (it identifies exactly what you sent):</source>
        <translation>ফাইলের SHA-256 (এটি দিয়ে ঠিক কী পাঠিয়েছেন তা চেনা যায়):</translation>
    </message>
    <message>
        <source>Your root fingerprint — give it to the council, by phone or in person, so they can check that the pack is yours:</source>
        <translation>আপনার রুট ফিঙ্গারপ্রিন্ট — এটি ফোনে বা সামনাসামনি কাউন্সিলকে দিন, যাতে তারা যাচাই করতে পারে যে প্যাকটি আপনার:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached, evidence and manifest included.</source>
        <translation>
            <numerusform>%nটি ফাইল সংযুক্ত, প্রমাণ ও ম্যানিফেস্টসহ।</numerusform>
            <numerusform>%nটি ফাইল সংযুক্ত, প্রমাণ ও ম্যানিফেস্টসহ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted: only the council&apos;s decryption key opens it.</source>
        <translation>এনক্রিপ্ট করা: শুধু কাউন্সিলের ডিক্রিপশন কী দিয়েই এটি খোলা যায়।</translation>
    </message>
    <message>
        <source>The export was cancelled; no pack was written.</source>
        <translation>রপ্তানি বাতিল করা হয়েছে; কোনো প্যাক লেখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong (%1); nothing was changed.</source>
        <translation>কিছু একটা ভুল হয়েছে (%1); কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>I have compared it: &amp;register this organisation…</source>
        <translation>আমি মিলিয়ে দেখেছি: এই সংস্থাটিকে নিবন্ধন করুন (&amp;R)…</translation>
    </message>
    <message>
        <source>The organisation confirmed a new key: &amp;replace its root…</source>
        <translation>সংস্থাটি একটি নতুন কী নিশ্চিত করেছে: এর রুট বদলে দিন (&amp;R)…</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>প্যাকটি যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation>প্যাকটি যাচাই করা হচ্ছে</translation>
    </message>
    <message>
        <source>an unknown organisation</source>
        <translation>একটি অজানা সংস্থা</translation>
    </message>
    <message>
        <source>Valid: this pack is exactly what %1 signed.</source>
        <translation>বৈধ: এই প্যাকটি ঠিক সেটাই যা %1 স্বাক্ষর করেছে।</translation>
    </message>
    <message>
        <source>The signature covers the whole file, every evidence file matches the manifest, and the signing root is the one in your register.</source>
        <translation>স্বাক্ষরটি পুরো ফাইল জুড়ে আছে, প্রতিটি প্রমাণ ফাইল ম্যানিফেস্টের সঙ্গে মেলে, এবং স্বাক্ষরের রুটটি আপনার রেজিস্টারে থাকা রুটই।</translation>
    </message>
    <message>
        <source>Intact: %1 has moved to a new key, and its registered key vouches for it.</source>
        <translation>অক্ষত: %1 একটি নতুন কী-তে গেছে, এবং তাদের নিবন্ধিত কী এটির নিশ্চয়তা দেয়।</translation>
    </message>
    <message>
        <source>The key registered for %1 signed a statement handing over to the key that signed this pack. Accept the new key to update your register (new root fingerprint:
%2).</source>
        <translation>%1-এর জন্য নিবন্ধিত কী একটি বিবৃতিতে স্বাক্ষর করে এই প্যাকে স্বাক্ষরকারী কী-এর হাতে দায়িত্ব দিয়েছে। আপনার রেজিস্টার হালনাগাদ করতে নতুন কী গ্রহণ করুন (নতুন রুট ফিঙ্গারপ্রিন্ট:
%2)।</translation>
    </message>
    <message>
        <source>Accept the new &amp;key for this organisation…</source>
        <translation>এই সংস্থার নতুন কী গ্রহণ করুন (&amp;K)…</translation>
    </message>
    <message>
        <source>Warning: signed with a different key from the one registered for %1.</source>
        <translation>সতর্কতা: %1-এর জন্য নিবন্ধিত কী ছাড়া অন্য একটি কী দিয়ে স্বাক্ষরিত।</translation>
    </message>
    <message>
        <source>Intact, but %1 is not in your register yet.</source>
        <translation>অক্ষত, কিন্তু %1 এখনও আপনার রেজিস্টারে নেই।</translation>
    </message>
    <message>
        <source>The pack has not been changed since it was signed. Before you trust it, compare this root fingerprint with the one the organisation gave you (by phone, letter or in person):
%1</source>
        <translation>স্বাক্ষরের পর থেকে প্যাকটি বদলানো হয়নি। এটিকে বিশ্বাস করার আগে এই রুট ফিঙ্গারপ্রিন্টটি সংস্থা আপনাকে যেটি দিয়েছে (ফোনে, চিঠিতে বা সামনাসামনি) তার সঙ্গে মিলিয়ে দেখুন:
%1</translation>
    </message>
    <message>
        <source>Rejected: do not rely on this pack.</source>
        <translation>প্রত্যাখ্যাত: এই প্যাকের ওপর নির্ভর করবেন না।</translation>
    </message>
    <message>
        <source>Reason: %1. Ask the organisation to export and send the pack again.</source>
        <translation>কারণ: %1। সংস্থাকে প্যাকটি আবার রপ্তানি করে পাঠাতে বলুন।</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to %1</source>
        <translation>%1-এ স্বাগতম</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>স্বাগতম</translation>
    </message>
    <message>
        <source>Kitemark helps your organisation assess itself against the borough&apos;s quality criteria, keep the documents that show it, and send the council one signed submission pack.

Everything you type is saved as you go. Nothing leaves this computer until you send the pack.</source>
        <translation>Kitemark আপনার সংস্থাকে বরোর মানের মানদণ্ড অনুযায়ী নিজেদের মূল্যায়ন করতে, তা দেখানোর নথিগুলো রাখতে, এবং কাউন্সিলকে একটি স্বাক্ষরিত জমার প্যাক পাঠাতে সাহায্য করে।

আপনি যা লেখেন তা সঙ্গে সঙ্গে সংরক্ষিত হয়। আপনি প্যাক না পাঠানো পর্যন্ত কিছুই এই কম্পিউটারের বাইরে যায় না।</translation>
    </message>
    <message>
        <source>&amp;Start our self-assessment</source>
        <translation>আমাদের স্ব-মূল্যায়ন শুরু করুন (&amp;S)</translation>
    </message>
    <message>
        <source>Tell us about your organisation and choose the level you are aiming for.</source>
        <translation>আপনার সংস্থা সম্পর্কে আমাদের জানান এবং আপনার লক্ষ্যের স্তরটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Start our self-assessment</source>
        <translation>আমাদের স্ব-মূল্যায়ন শুরু করুন</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>ডেমো চালিয়ে দেখুন (&amp;D)</translation>
    </message>
    <message>
        <source>Look around with a made-up organisation. The demo is kept apart from your own data.</source>
        <translation>একটি বানানো সংস্থা দিয়ে ঘুরে দেখুন। ডেমো আপনার নিজের ডেটা থেকে আলাদা রাখা হয়।</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>ডেমো চালিয়ে দেখুন</translation>
    </message>
    <message>
        <source>Open an &amp;assessor pack</source>
        <translation>একটি মূল্যায়নকারী প্যাক খুলুন (&amp;A)</translation>
    </message>
    <message>
        <source>For council assessors: check a submission pack an organisation sent you, and review it.</source>
        <translation>কাউন্সিলের মূল্যায়নকারীদের জন্য: কোনো সংস্থার পাঠানো জমার প্যাক যাচাই ও পর্যালোচনা করুন।</translation>
    </message>
    <message>
        <source>Open an assessor pack</source>
        <translation>একটি মূল্যায়নকারী প্যাক খুলুন</translation>
    </message>
</context>
<context>
    <name>_FrameworkPage</name>
    <message>
        <source>Framework and target level</source>
        <translation>ফ্রেমওয়ার্ক ও লক্ষ্য স্তর</translation>
    </message>
    <message>
        <source>Choose the criteria you will assess yourselves against, and the level you are aiming for.</source>
        <translation>যে মানদণ্ড অনুযায়ী আপনারা নিজেদের মূল্যায়ন করবেন এবং যে স্তরের লক্ষ্য রাখছেন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Use the borough&apos;s framework: %1 (version %2)</source>
        <translation>বরোর ফ্রেমওয়ার্ক ব্যবহার করুন: %1 (সংস্করণ %2)</translation>
    </message>
    <message>
        <source>Use the borough&apos;s framework</source>
        <translation>বরোর ফ্রেমওয়ার্ক ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Use a framework file the council gave us</source>
        <translation>কাউন্সিলের দেওয়া একটি ফ্রেমওয়ার্ক ফাইল ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Framework file</source>
        <translation>ফ্রেমওয়ার্ক ফাইল</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ফাইল বেছে নিন (&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation>একটি ফ্রেমওয়ার্ক ফাইল বেছে নিন</translation>
    </message>
    <message>
        <source>Problem with the framework file</source>
        <translation>ফ্রেমওয়ার্ক ফাইলে সমস্যা</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>লক্ষ্য স্তর</translation>
    </message>
    <message>
        <source>&amp;Target level</source>
        <translation>লক্ষ্য স্তর (&amp;T)</translation>
    </message>
    <message>
        <source>Choose the framework file</source>
        <translation>ফ্রেমওয়ার্ক ফাইলটি বেছে নিন</translation>
    </message>
    <message>
        <source>Framework files (*.yaml *.yml);;All files (*)</source>
        <translation>ফ্রেমওয়ার্ক ফাইল (*.yaml *.yml);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>This file cannot be read; check it is a framework file (.yaml).</source>
        <translation>এই ফাইলটি পড়া যাচ্ছে না; এটি একটি ফ্রেমওয়ার্ক ফাইল (.yaml) কি না দেখুন।</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…এবং আরও %nটি।</numerusform>
            <numerusform>…এবং আরও %nটি।</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a valid framework. Ask the council for a corrected copy:</source>
        <translation>এই ফাইলটি বৈধ ফ্রেমওয়ার্ক নয়। কাউন্সিলের কাছে একটি সংশোধিত কপি চান:</translation>
    </message>
</context>
</TS>
