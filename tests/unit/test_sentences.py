"""kitemark_app.sentences: a said sentence is the English sentence, and keeps how it was made."""

from __future__ import annotations

import copy
import pickle

from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import Said, Word, say


def test_a_said_sentence_is_the_english_sentence_with_its_values() -> None:
    said = say("The file {name} has {count} pages.", name="minutes.pdf", count=3)
    assert said == "The file minutes.pdf has 3 pages."
    assert type(str(said)) is str and str(said) == "The file minutes.pdf has 3 pages."
    assert said.template == "The file {name} has {count} pages."
    assert said.values == {"name": "minutes.pdf", "count": 3}


def test_a_value_said_in_turn_and_a_fixed_word_read_as_their_english() -> None:
    inner = say("the {what} is missing", what="date")
    said = say("{reason}; {word} stays.", reason=inner, word=Word("Met"))
    assert said == "the date is missing; Met stays."
    assert said.values["reason"] is inner and isinstance(said.values["word"], Word)


def test_an_error_made_from_a_said_sentence_reads_as_the_sentence_and_keeps_it() -> None:
    error = KitemarkError(say("Nothing at {path}.", path="/tmp/x"))
    assert str(error) == "Nothing at /tmp/x." and isinstance(error.args[0], Said)


def test_a_said_sentence_survives_pickling_and_copying_as_itself() -> None:
    said = say("Open {name} {times} times.", name="{odd}", times=2)  # a value holding braces is not a field
    for again in (pickle.loads(pickle.dumps(said)), copy.deepcopy(said), copy.copy(said)):
        assert isinstance(again, Said) and again == said == "Open {odd} 2 times."
        assert again.template == said.template and again.values == said.values
    error = pickle.loads(pickle.dumps(KitemarkError(said)))
    assert isinstance(error.args[0], Said) and error.args[0].values == {"name": "{odd}", "times": 2}


def test_a_date_value_is_written_in_words_in_english() -> None:
    from datetime import date

    said = say("Signed on {day}.", day=date(2025, 9, 2))
    assert said == "Signed on 2 September 2025." and said.values["day"] == date(2025, 9, 2)


def test_said_by_keeps_a_said_error_said_and_gives_any_other_error_its_words() -> None:
    from kitemark_app.sentences import said_by

    said = say("Nothing at {path}.", path="x")
    assert said_by(KitemarkError(said)) is said
    assert said_by(ValueError("plain words")) == "plain words"
    assert type(said_by(ValueError("a", "b"))) is str


def test_lists_are_joined_as_english_writes_them_and_each_item_stays_said() -> None:
    from kitemark_app.sentences import joined, listed

    words = [say("GPS position"), "author", "camera"]
    assert [joined(words[:n]) for n in range(4)] == ["", "GPS position", "GPS position, author",
                                                     "GPS position, author, camera"]  # fmt: skip
    assert [listed(words[:n]) for n in range(4)] == ["", "GPS position", "GPS position and author",
                                                     "GPS position, author and camera"]  # fmt: skip
    assert isinstance(listed(words), Said) and listed(words).values["first"] is words[0]
