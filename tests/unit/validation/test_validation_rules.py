"""Rule tables: complete, sourced, consistent with the checks and messages; vendor codes all mapped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studio import catalog
from studio.validation import findings, rules
from studio.validation.decode import ERROR_CODES
from studio.validation.findings import CHECKS, MESSAGES, evaluate, preflight, preflight_error
from studio.validation.measure import analyze

VENDOR_DOCS = Path("/work/shared/vendor-docs")


def test_every_provider_has_a_table() -> None:
    tables = catalog.rule_tables()
    assert set(tables) == {"cosyvoice", "sambert", "tencent_vrs_one_sentence", "tencent_train", "tencent_generate",
                           "local"}
    assert {k for s in catalog.specs() for k in s.rule_keys()} == set(tables)


@pytest.mark.parametrize("key", sorted(catalog.rule_tables()))
def test_rules_are_sourced_and_known(key: str) -> None:
    table = catalog.rule_tables()[key]
    assert table.rules and table.name_zh and table.notes_zh and table.short_zh
    for rule in table.rules:
        assert rule.check in CHECKS, rule
        assert rule.code in MESSAGES, rule
        assert rule.severity in rules.SEVERITIES
        cited = rule.source.text("en") + rule.source.text("zh")
        assert rule.source.doc.title.en and rule.source.doc.title.zh, rule
        # a document by its title (and public link), never a file of ours
        assert not re.search(r"\.(txt|md)\b|specs/|vendor-docs", cited), cited
        assert not rule.source.url or rule.source.url.startswith("https://"), rule
        if rule.vendor_code is not None:
            assert rule.vendor_code in table.vendor_codes


def test_vendor_codes_of_the_cosyvoice_doc_are_all_mapped() -> None:
    table = catalog.rule_tables()["cosyvoice"]
    documented = ("BadRequest.UnsupportedFileFormat", "BadRequest.ResourceNotExist", "Audio.DecoderError",
                  "Audio.FileSizeExceed", "Audio.AudioRateError", "Audio.AudioSilentError", "InternalError")
    seed = VENDOR_DOCS / "dashscope-cosyvoice-voice-enrollment.zh.txt"
    if seed.exists():
        text = seed.read_text("utf-8")
        assert all(code in text for code in documented)
    for code in (*documented, "Audio.AudioShortError"):
        v = table.vendor_codes[code]
        assert v.findings and v.meaning_zh
        known = set(MESSAGES) | set(ERROR_CODES)
        assert set(v.findings) <= known, code
    # every decode error says what CosyVoice would answer, and that answer is one of the table's
    assert set(table.decode_errors) == set(ERROR_CODES)
    assert set(table.decode_errors.values()) <= set(table.vendor_codes)


def test_one_finding_per_code_most_severe_wins(factory: object) -> None:
    from tests.unit.validation.factory import Factory

    assert isinstance(factory, Factory)
    p = factory.write("rules_noisy.wav", factory.good(noise_dbfs=-30.0, seed=4), 48000)
    found = evaluate(analyze(p), "cosyvoice")
    snr = [f for f in found if f.code == "snr_low"]
    assert len(snr) == 1 and snr[0].severity == "error" and snr[0].limit == 20.0
    assert [f.severity for f in found] == sorted((f.severity for f in found), key=rules.SEVERITIES.index)


def test_preflight_error_matrix() -> None:
    from studio.errors import InvalidInputError

    err = InvalidInputError("x.wav: cut short.", code="truncated", detail_zh="x.wav：文件不完整。")
    matrix = preflight_error(err)
    assert all(col.verdict == findings.FAIL for col in matrix.values())
    assert matrix["cosyvoice"].findings[0].vendor_code == "Audio.DecoderError"
    assert matrix["local"].findings[0].vendor_code is None


def test_preflight_keeps_the_requested_order(good_take: Path) -> None:
    matrix = preflight(analyze(good_take), ["local", "cosyvoice"])
    assert list(matrix) == ["local", "cosyvoice"]
    d = matrix["cosyvoice"].to_dict()
    assert d["verdict"] in ("pass", "warn") and isinstance(d["findings"], list)


def test_long_pauses_for_the_waveform(factory: object) -> None:
    from studio.validation.findings import long_pauses
    from tests.unit.validation.factory import EN, Factory

    assert isinstance(factory, Factory)
    x = factory.take([factory.speech(EN[0]), factory.speech(EN[1]), factory.speech(EN[2])], gap_s=[2.8, 0.8])
    r = analyze(factory.write("rules_pauses.wav", x, 48000))
    marks = long_pauses(r, "cosyvoice")
    assert len(marks) == 1 and marks[0][1] - marks[0][0] == pytest.approx(2.8, abs=0.15)
    assert long_pauses(r, "sambert") == []  # no pause rule there


def test_a_cited_part_reads_in_the_users_language() -> None:
    """The pages are Chinese: a Chinese reader sees the page's own heading, an English reader the heading
    with its gloss (to find it on the page); a note of ours reads in one language only."""
    from studio.i18n import Text
    from studio.providers.spec import DocRef
    from studio.validation.rules import Cite

    doc = DocRef(Text("A page", "一页"))
    heading = Cite(doc, Text("音频要求 / audio requirements", "音频要求"))
    assert heading.text("zh_CN") == "一页 — 音频要求"
    assert heading.text("en") == "A page — 音频要求 / audio requirements"
    note = Cite(doc, Text("no rules published: a conservative default", "未公布要求，取保守值"))
    assert note.text("zh_CN") == "一页 — 未公布要求，取保守值"
    assert note.text("en") == "A page — no rules published: a conservative default"
    assert Cite(doc, "创建任务 Input").text("en") == "A page — 创建任务 Input"
    assert Cite(doc).text("zh_CN") == "一页"
    # every vendor table's cited parts read in Chinese without an English gloss
    for table in catalog.rule_tables().values():
        for rule in table.rules:
            section = rule.source.section
            if isinstance(section, Text) and section.zh:
                assert " / " not in rule.source.text("zh_CN").split(" — ", 1)[-1], rule.source
