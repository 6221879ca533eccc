"""The langcheck component: a notice when the text is not Urdu, the language in ``doc.meta``."""

from __future__ import annotations

import pytest

import khabar
from khabar.components.langcheck import LangCheck, LangCheckConfig
from khabar.components.registry import create
from khabar.doc.model import Document
from khabar.errors import ConfigError
from khabar.pipeline import Pipeline

PERSIAN = "رئیس جمهور ایران روز دوشنبه در نشست خبری گفت که دولت برای کاهش تورم برنامه‌ای تازه دارد."
ARABIC = "قال الرئيس في مؤتمر صحفي إن الحكومة ستعمل على خفض الأسعار خلال السنة القادمة."
ROMAN = "Pakistan ki team ne kal ka match bohat achha khela aur jeet gayi."
ENGLISH = "The prime minister said that the government will announce a new policy next week."
HINDI = "प्रधानमंत्री ने कहा कि सरकार अगले सप्ताह नई नीति की घोषणा करेगी।"
URDU = "وزیر اعظم نے کہا کہ حکومت اگلے ہفتے نئی پالیسی کا اعلان کرے گی۔"
URDU_ARABIC_CODE_POINTS = (
    "رهبر انقلاب اسلامي نے فرمايا كه امريكي پابنديوں كے شكار ممالک كو آپس ميں تعاون كرنا چاهيے۔"
)


@pytest.mark.parametrize(
    ("text", "language", "code", "message"),
    [
        (PERSIAN, "fa", "language.persian", "the text looks like Persian, not Urdu (confidence 0.71; "
         "Persian function word برای x1; Persian function word دارد x1; Persian function word در x1; "
         "Persian function word که x1); khabar's rules and models are for Urdu, not Persian: "
         "expect poor results"),
        (ARABIC, "ar", "language.arabic", "the text looks like Arabic, not Urdu"),
        (ROMAN, "ur-Latn", "language.roman_urdu", "khabar reads Urdu in Urdu script: transliterate"),
        (ENGLISH, "en", "language.english", "the text looks like English, not Urdu"),
        (HINDI, "other", "language.other", "the text does not look like Urdu: another language in "
         "Devanagari script (confidence 0.94; Devanagari letters x33); khabar's rules and models are "
         "for Urdu: expect poor results"),
    ],
)
def test_not_urdu_gets_a_notice(text: str, language: str, code: str, message: str) -> None:
    doc = khabar.load()(text)
    assert doc.meta["language"] == language
    assert [n.code for n in doc.notices] == [code]
    assert message in doc.notices[0].message
    assert doc.notices[0].component == "langcheck"
    assert doc.provenance["language"] == "langcheck@1"


@pytest.mark.parametrize("text", [URDU, URDU_ARABIC_CODE_POINTS, "ایران", "پاکستان زندہ باد"])
def test_urdu_or_too_short_gets_no_notice(text: str) -> None:
    doc = khabar.load()(text)
    assert doc.notices == []
    assert doc.meta["language"] in ("ur", "und")


def test_reads_the_raw_text_not_the_normalized_one() -> None:
    # the normalizer turns Persian ه into Urdu ہ; the check must still see Persian
    doc = khabar.load()(PERSIAN)
    assert doc.text != doc.raw_text
    assert doc.meta["language"] == "fa"


def test_min_confidence_silences_weak_guesses() -> None:
    weak = "کتاب خوب است را"  # two evidence words: confidence 0.5
    assert [n.code for n in LangCheck()(Document(weak)).notices] == ["language.persian"]
    doc = LangCheck(LangCheckConfig(min_confidence=0.6))(Document(weak))
    assert doc.notices == []
    assert doc.meta == {"language": "fa", "language_confidence": 0.5}


def test_registry_default_pipeline_and_config_checks() -> None:
    assert isinstance(create("langcheck"), LangCheck)
    # the text layer first, with the language check right after the normalizer (models follow)
    assert khabar.load().component_names[:4] == ["normalizer", "langcheck", "tokenizer", "sentencizer"]
    assert khabar.load("default", langcheck={"min_confidence": 0.9}).get("langcheck").config == \
        LangCheckConfig(min_confidence=0.9)
    Pipeline([LangCheck()])  # needs only the text
    for bad in ({"min_confidence": 1.5}, {"min_evidence": 0}, {"sample_chars": 0}):
        with pytest.raises(ConfigError):
            create("langcheck", **bad)
