"""Every status, reason, verdict and phrase has its words in both languages, and every key
the code can ask for is there (the keys are typed; this checks the tables against the types)."""

from __future__ import annotations

import string
from typing import get_args

import pytest

from gxreport import i18n
from gxreport.audit import InputName, Rule, Verdict
from gxreport.report import PlanKind, Reason, Status, YoyWords
from gxreport.rounding import Rounding

TABLES = [
    (i18n.STATUS, Status),
    (i18n.REASONS, Reason),
    (i18n.VERDICT_NAMES, Verdict),
    (i18n.YOY_WORDS, YoyWords),
    (i18n.PLAN_NAMES, PlanKind),
    (i18n.INPUT_NAMES, InputName),
    (i18n.ROUNDING_NAMES, Rounding),
    (i18n.LABELS, i18n.LabelKey),
    (i18n.CHECK_TEXT, i18n.CheckKey),
    (i18n.SENTENCES, i18n.SentenceKey),
    (i18n.BRIEFING, i18n.BriefingKey),
    (i18n.STATED_NAMES, i18n.StatedName),
]


@pytest.mark.parametrize(("table", "keys"), TABLES, ids=[str(k) for _, k in TABLES])
def test_every_key_has_zh_and_en(table: dict[str, dict[str, str]], keys: object) -> None:
    assert set(table) == set(get_args(keys))
    for key, words in table.items():
        assert set(words) == {"zh", "en"}, key
        assert all(w.strip() for w in words.values()), key


@pytest.mark.parametrize(("table", "keys"), TABLES, ids=[str(k) for _, k in TABLES])
def test_both_languages_take_the_same_fields(
    table: dict[str, dict[str, str]], keys: object
) -> None:
    for key, words in table.items():
        # English sentences may take a field lower-cased ({plan_lower}) where it starts a
        # clause in Chinese: the same field.
        fields = [
            {
                name.removesuffix("_lower")
                for _, name, _, _ in string.Formatter().parse(text)
                if name
            }
            for text in words.values()
        ]
        assert fields[0] == fields[1], key


def test_every_rule_the_audit_names_is_explained() -> None:
    for rule in get_args(Rule):
        assert rule in i18n.CHECK_TEXT
