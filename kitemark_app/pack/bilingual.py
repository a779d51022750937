"""The pack's own words in a second language, for a bilingual pack: English first, then these.

The council's pack is English; a charity may choose a bilingual one (``export --bilingual``, or the tick box in
Prepare submission), where each criterion is given in English and then in the framework's translation, and the
headings and labels around the answers carry the same words in the second language. Only the words below are
translated: the cover's instructions, the declaration and the evidence index stay English (the council reads
them). The Bengali follows ``resources/translations/GLOSSARY-bn.md``.
"""

from __future__ import annotations

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
        "This pack is bilingual: each criterion is given in English and then in Bengali (বাংলা). The English is "
        "what the criterion asks.": "এই প্যাকটি দ্বিভাষিক: প্রতিটি মানদণ্ড প্রথমে ইংরেজিতে, তারপর বাংলায় দেওয়া আছে। "
        "মানদণ্ডটি কী চায় তা ইংরেজি লেখাটিই ঠিক করে।",
    }
}


def fixed_word(language: str, english: str) -> str:
    """The pack's own ``english`` words in ``language`` ("" when there are none: English alone is shown)."""
    return FIXED_WORDS.get(language, {}).get(english, "")
