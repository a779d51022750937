"""The pack's own words in a second language, for a bilingual pack: English first, then these.

The council's pack is English; a charity may choose a bilingual one (``export --bilingual``, or the tick box in
Prepare submission), where each criterion is given in English and then in the framework's translation, and the
headings, labels, the cover's instructions, the declaration and the evidence index's note carry the same words in
the second language, after the English (which is what the council reads and what the trustees resolved). The
words the organisation typed (its answers, names, the minute reference) are in the pack once, as typed. The Bengali
follows ``resources/translations/GLOSSARY-bn.md``; a word with no entry is shown in English alone.
"""

from __future__ import annotations

SIGNED_BY = "Signed by the organisation's own key. Root certificate fingerprint (SHA-256):"
HOW_TO_CHECK = (
    "How to check this pack: the file carries one digital signature that covers the whole file and allows no later "
    "changes. Open it in the Kitemark app (assessor mode) or any PDF reader that shows signatures, and compare the "
    "root fingerprint of the signing certificate with the one the organisation gave the council when it registered "
    "(by phone or in person, not from this document). If they match and the signature is valid, the document and "
    "every attached evidence file are exactly as the organisation signed them."
)
#: The declaration the trustees sign: {organisation}, {day} and {minute} are filled in as markup.
DECLARATION = (
    "We declare that, to the best of our knowledge, the information in this self-assessment and the attached "
    "evidence is true and complete, and that the trustees of {organisation} resolved to submit it on {day} (minute "
    "reference {minute})."
)
ATTACHED = (
    "Every file below is attached to this PDF under the name shown (open your PDF reader's attachments panel). The "
    "SHA-256 identifies the exact file; the signature covers it."
)
REDACTED = "Redacted by the organisation (a copy made from pictures of the pages)"


FIXED_WORDS: dict[str, dict[str, str]] = {
    "bn": {
        "Kitemark self-assessment submission": "Kitemark স্ব-মূল্যায়ন জমা",
        "Organisation profile": "সংস্থার প্রোফাইল",
        "Summary by area": "ক্ষেত্র অনুযায়ী সারসংক্ষেপ",
        "Action plan": "কর্মপরিকল্পনা",
        "Declaration": "ঘোষণা",
        "Evidence index": "প্রমাণের তালিকা",
        "Status:": "অবস্থা:",
        "Mandatory": "বাধ্যতামূলক",
        "What it asks:": "মানদণ্ডটি কী চায়:",
        "Why it does not apply:": "কেন প্রযোজ্য নয়:",
        "Evidence relied on:": "যে প্রমাণের ওপর নির্ভর করা হয়েছে:",
        "No evidence attached.": "কোনো প্রমাণ যুক্ত নেই।",
        "Met": "পূরণ হয়েছে",
        "Partly met": "আংশিক পূরণ হয়েছে",
        "Not met": "পূরণ হয়নি",
        "Not applicable": "প্রযোজ্য নয়",
        "Not started": "শুরু হয়নি",
        # the cover and the profile
        "Framework": "ফ্রেমওয়ার্ক",
        "Target level": "লক্ষ্য স্তর",
        "Pack created": "প্যাক তৈরির সময়",
        "Criteria answered": "উত্তর দেওয়া মানদণ্ড",
        "Evidence files": "প্রমাণ ফাইল",
        SIGNED_BY: "সংস্থার নিজের স্বাক্ষর কী দিয়ে স্বাক্ষরিত। রুট সার্টিফিকেটের ফিঙ্গারপ্রিন্ট (SHA-256):",
        HOW_TO_CHECK: "এই প্যাকটি কীভাবে যাচাই করবেন: ফাইলটিতে একটি ডিজিটাল স্বাক্ষর আছে, যা পুরো ফাইলটিকে ঢেকে রাখে এবং "
        "পরে কোনো পরিবর্তন করতে দেয় না। এটি Kitemark অ্যাপে (মূল্যায়নকারী মোডে) বা স্বাক্ষর দেখায় এমন যেকোনো PDF "
        "রিডারে খুলুন, এবং স্বাক্ষরের সার্টিফিকেটের রুট ফিঙ্গারপ্রিন্টটি সেই ফিঙ্গারপ্রিন্টের সাথে মিলিয়ে দেখুন, যা সংস্থাটি "
        "নিবন্ধনের সময় কাউন্সিলকে দিয়েছিল (ফোনে বা সামনাসামনি, এই নথি থেকে নয়)। দুটো মিললে এবং স্বাক্ষর বৈধ হলে, নথিটি "
        "ও সংযুক্ত প্রতিটি প্রমাণ ফাইল ঠিক সেভাবেই আছে, যেভাবে সংস্থাটি সেগুলোতে স্বাক্ষর করেছিল।",
        "Known gaps the organisation acknowledged:": "সংস্থা যে ঘাটতিগুলো স্বীকার করেছে:",
        "Name": "নাম",
        "Legal form": "আইনি ধরন",
        "Charity number": "চ্যারিটি নম্বর",
        "Company number": "Companies House নম্বর",
        "Address": "ঠিকানা",
        "Contact": "যোগাযোগ",
        "Annual income": "বার্ষিক আয়",
        "Paid staff": "বেতনভুক্ত কর্মী",
        "Volunteers": "স্বেচ্ছাসেবক",
        "Activities": "কার্যক্রম",
        # the summary and the action plan
        "Area": "ক্ষেত্র",
        "Criteria": "মানদণ্ড",
        "N/A": "প্রযোজ্য নয়",
        "Not answered": "উত্তর দেওয়া হয়নি",
        "Criterion": "মানদণ্ড",
        "Action": "কাজ",
        "Owner": "দায়িত্বে",
        "Due": "নির্ধারিত তারিখ",
        "Status": "অবস্থা",
        "Open": "বাকি",
        "In progress": "চলছে",
        "Done": "শেষ",
        "Overdue": "সময় পেরিয়ে গেছে",
        # the declaration and the evidence index
        DECLARATION: "আমরা ঘোষণা করছি যে, আমাদের জানামতে, এই স্ব-মূল্যায়নের তথ্য এবং সংযুক্ত প্রমাণ সত্য ও সম্পূর্ণ, এবং "
        "{organisation}-এর ট্রাস্টিরা {day} তারিখে এটি জমা দেওয়ার সিদ্ধান্ত নিয়েছেন (কার্যবিবরণীর সূত্র {minute})।",
        "Role": "ভূমিকা",
        "Date": "তারিখ",
        ATTACHED: "নিচের প্রতিটি ফাইল এই PDF-এ দেখানো নামে সংযুক্ত আছে (আপনার PDF রিডারের সংযুক্তি প্যানেল খুলুন)। "
        "SHA-256 ঠিক কোন ফাইল তা চিনিয়ে দেয়; স্বাক্ষর সেটিকেও ঢেকে রাখে।",
        "Title / attachment": "শিরোনাম / সংযুক্তি",
        "Size": "আকার",
        "Dated": "তারিখ",
        REDACTED: "সংস্থা কিছু অংশ লুকিয়েছে (পাতাগুলোর ছবি থেকে তৈরি একটি কপি)",
        "This pack is bilingual: each criterion is given in English and then in Bengali (বাংলা). The English is "
        "what the criterion asks.": "এই প্যাকটি দ্বিভাষিক: প্রতিটি মানদণ্ড প্রথমে ইংরেজিতে, তারপর বাংলায় দেওয়া আছে। "
        "মানদণ্ডটি কী চায় তা ইংরেজি লেখাটিই ঠিক করে।",
    }
}


def fixed_word(language: str, english: str) -> str:
    """The pack's own ``english`` words in ``language`` ("" when there are none: English alone is shown)."""
    return FIXED_WORDS.get(language, {}).get(english, "")
