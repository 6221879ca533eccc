"""Language identification: Urdu against Persian and Arabic in the same script, Roman Urdu, English."""

from __future__ import annotations

from importlib import resources

import pytest

from khabar.urdu import chars as C
from khabar.urdu.script import (
    ARABIC,
    ENGLISH,
    OTHER,
    PERSIAN,
    ROMAN_URDU,
    UNKNOWN,
    URDU,
    Evidence,
    LanguageGuess,
    function_words,
    identify,
)

# Sample sentences written for these tests (news register, one or two sentences each).
CASES = [
    # Urdu
    ("وزیر اعظم نے کہا کہ حکومت اگلے ہفتے نئی پالیسی کا اعلان کرے گی۔", URDU, "Arabic"),
    ("لاہور میں شدید بارش کے باعث کئی سڑکیں زیر آب آ گئیں اور ٹریفک معطل رہی۔", URDU, "Arabic"),
    ("پاکستان کرکٹ ٹیم نے آسٹریلیا کو تین وکٹوں سے شکست دے دی۔", URDU, "Arabic"),
    # Urdu typed with Arabic code points (ي ك ه), as news agencies often do
    ("رهبر انقلاب اسلامي نے فرمايا كه امريكي پابنديوں كے شكار ممالک كو آپس ميں تعاون كرنا چاهيے۔",
     URDU, "Arabic"),
    # Urdu with an English name inside
    ("اقوام متحدہ کے سیکرٹری جنرل Antonio Guterres نے جنگ بندی کی اپیل کی ہے۔", URDU, "Arabic"),
    # Persian
    ("رئیس جمهور ایران روز دوشنبه در نشست خبری گفت که دولت برای کاهش تورم برنامه‌ای تازه دارد.",
     PERSIAN, "Arabic"),
    ("این کتاب را دیروز از کتابخانه گرفتم و امروز آن را خواندم.", PERSIAN, "Arabic"),
    ("وزیر امور خارجه گفت مذاکرات با کشورهای همسایه ادامه خواهد داشت.", PERSIAN, "Arabic"),
    # Arabic
    ("قال الرئيس في مؤتمر صحفي إن الحكومة ستعمل على خفض الأسعار خلال السنة القادمة.", ARABIC, "Arabic"),
    ("وأكد الوزير أن المفاوضات التي جرت في القاهرة كانت إيجابية.", ARABIC, "Arabic"),
    ("ذهب الطالب إلى المدرسة في الصباح الباكر.", ARABIC, "Arabic"),
    # Roman Urdu
    ("Pakistan ki team ne kal ka match bohat achha khela aur jeet gayi.", ROMAN_URDU, "Latin"),
    ("Mujhe nahi pata ke woh kab aayega, lekin main intezar kar raha hoon.", ROMAN_URDU, "Latin"),
    ("Yeh khabar sach hai ya nahi, abhi kuch kehna mushkil hai.", ROMAN_URDU, "Latin"),
    # English
    ("The prime minister said that the government will announce a new policy next week.", ENGLISH, "Latin"),
    ("Heavy rain in Lahore flooded several roads and traffic was suspended for hours.", ENGLISH, "Latin"),
    # other languages
    ("प्रधानमंत्री ने कहा कि सरकार अगले सप्ताह नई नीति की घोषणा करेगी।", OTHER, "Devanagari"),
    ("Le premier ministre a annoncé une nouvelle politique pour la semaine prochaine.", OTHER, "Latin"),
    ("د افغانستان ولسمشر وویل چې حکومت به په راتلونکې اونۍ کې نوې تګلاره اعلان کړي.", OTHER, "Arabic"),
    ("Премьер-министр заявил, что правительство объявит новую политику.", OTHER, "Cyrillic"),
]


@pytest.mark.parametrize(("text", "language", "script"), CASES)
def test_identify(text: str, language: str, script: str) -> None:
    guess = identify(text)
    assert (guess.language, guess.script) == (language, script), guess
    assert guess.confidence >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "ایران",  # a name alone is evidence of nothing (not Persian)
        "پاکستان",
        "محمد علی",
        "ایران کی",  # one Urdu function word: still too little
        "Lahore",
        "Hello world",
        "2024",
        "۔۔۔ !!!",
        "",
    ],
)
def test_too_little_evidence_abstains(text: str) -> None:
    guess = identify(text)
    assert guess.language == UNKNOWN
    assert guess.confidence == 0.0


def test_evidence_and_confidence_are_exact() -> None:
    # است and را are Persian function words; کتاب, خوب carry no evidence
    guess = identify("کتاب خوب است را")
    assert guess == LanguageGuess(
        PERSIAN, 0.5, "Arabic",
        (Evidence(PERSIAN, "Persian function word", "است", 1),
         Evidence(PERSIAN, "Persian function word", "را", 1)),
        ((PERSIAN, 2.0),),
    )
    assert guess.explain() == "Persian function word است x1; Persian function word را x1"
    assert guess.name == "Persian"
    assert not guess.is_urdu


def test_urdu_only_letters_are_strong_evidence() -> None:
    guess = identify("بڑے گاؤں")  # ڑ and ں: two words, each with an Urdu-only letter
    assert guess.language == URDU
    assert guess.evidence == (Evidence(URDU, "Urdu-only letter", "ڑ", 1),
                              Evidence(URDU, "Urdu-only letter", "ں", 1))
    assert guess.confidence == 0.5


def test_diacritics_and_tatweel_do_not_hide_words() -> None:
    assert identify("کـــے میں ہَے").language == URDU
    assert identify("ذَهَبَ الطالبُ إِلى المدرسةِ في الصباح").language == ARABIC


def test_mixed_text_follows_the_majority() -> None:
    urdu = "حکومت نے کہا ہے کہ ملک میں مہنگائی کم ہو رہی ہے اور عوام کو ریلیف ملے گا۔ "
    persian_quote = "در این راه"
    guess = identify(urdu * 3 + persian_quote)
    assert guess.language == URDU
    assert dict(guess.scores)[PERSIAN] == 2.0  # در, این


def test_only_the_sample_is_read() -> None:
    text = "The minister said that it was over. " + "وزیر نے کہا کہ یہ ختم ہو گیا ہے۔ " * 50
    assert identify(text, sample_chars=40).language == ENGLISH
    assert identify(text).language == URDU


def test_guess_checks_its_values() -> None:
    with pytest.raises(ValueError, match="unknown language code"):
        LanguageGuess("xx", 0.5, "Latin")
    with pytest.raises(ValueError, match="outside"):
        LanguageGuess(URDU, 1.5, "Arabic")


def _table() -> list[tuple[str, str]]:
    text = resources.files("khabar").joinpath("urdu/data/function_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["language", "word", "note"]
    return [(r[0], r[1]) for r in rows[1:]]


def test_function_word_list_is_clean() -> None:
    rows = _table()
    assert len(rows) == len(set(rows)), "an entry is listed twice"
    arabic_code_points = {C.YEH_ARABIC, C.KAF_ARABIC, C.ALEF_MAKSURA}
    urdu_only = set(C.URDU_ONLY_LETTERS)
    for lang, word in rows:
        assert word, lang
        assert word == word.strip(), (lang, word)
        if lang in ("ur", "fa"):
            assert not set(word) & arabic_code_points, f"{lang} {word}: Arabic code points"
        if lang in ("fa", "ar"):
            assert not set(word) & urdu_only, f"{lang} {word}: an Urdu-only letter"
        if lang == "ar":
            assert not set(word) & set(C.FARSI_YEH + C.KEHEH + C.PEH + C.TCHEH + C.GAF), (lang, word)
        if lang in ("ur-Latn", "en"):
            assert word.isascii(), (lang, word)
            assert word.islower(), (lang, word)
    words = function_words()
    assert not words["ur"] & words["fa"], "a word is both Urdu and Persian"
    assert not words["ur-Latn"] & words["en"], "a word is both Roman Urdu and English"
