"""The presentation layer: every kind of value reads one way, with units and a sensible precision."""

from __future__ import annotations

from types import SimpleNamespace

from studio.ui import format as fmt


def test_numbers_levels_and_times() -> None:
    assert fmt.level(-0.6273748809935525, "dBTP") == "−0.6 dBTP"
    assert fmt.level(-500.0) == "−120.0 dBFS"  # never below the floor, never -inf
    assert fmt.number(-0.04) == "0.0" and fmt.count(10560) == "10,560"
    assert fmt.duration(16.080000000000002) == "16.1 s"
    assert fmt.duration(125) == "2 min 05 s" and fmt.duration(0.02) == "20 ms"
    assert fmt.latency(1.0137) == "1,014 ms" and fmt.clock(73.25) == "1:13.2"
    assert fmt.rate(22050) == "22.05 kHz" and fmt.rate(48000) == "48 kHz" and fmt.rate(500) == "500 Hz"
    assert fmt.size(620 * 1024) == "620 KB" and fmt.gain(3.0) == "+3.0 dB"


def test_measurements_by_unit() -> None:
    assert fmt.quantity(22050.0, "Hz") == "22.05 kHz"
    assert fmt.quantity(16.080000000000002, "s") == "16.1 s"
    assert fmt.quantity(10560.0, "") == "10,560"
    assert fmt.quantity(-0.6273748809935525, "dBTP") == "−0.6 dBTP"


def test_findings_name_their_fix_and_cite_documents_not_our_files() -> None:
    finding = SimpleNamespace(message_en="Loudness −8.0 LUFS is above −10.0 LUFS.", message_zh="", severity="warning",
                              measured=-8.0, limit=-10.0, unit="LUFS", fix="normalize", source_url="https://x.test/doc",
                              cite=lambda lang: "ACX Audio Submission Requirements — RMS −23 to −18 dB")
    text = fmt.finding_detail_html(finding)
    assert "Normalise loudness" in text and "normalize" not in text
    assert "Measured −8.0 LUFS; the limit is −10.0 LUFS." in text
    assert '<a href="https://x.test/doc">ACX Audio Submission Requirements' in text
    ours = SimpleNamespace(**{**finding.__dict__, "cite": lambda lang: "specs/providers-and-samples.md §3"})
    assert "providers-and-samples" not in fmt.finding_detail_html(ours)
    assert fmt.finding_title("too_loud") == "Too loud" and fmt.fix_title("best_window") == "Best 10–20 s"


def test_devices_and_take_words() -> None:
    assert fmt.device_name("default", is_default=True) == "System default input"  # not "default (default)"
    assert fmt.device_name("pulse") == "PulseAudio sound server"
    assert fmt.device_name("HDA Intel PCH: ALC3232 Analog (hw:0,0)", True) == "HDA Intel PCH: ALC3232 Analog (default)"
    assert fmt.take_warning("too_loud") == "too loud" and fmt.take_source("recovered") == "recovered"
    assert fmt.cjk_spacing("在 离线 复刻") == "在离线复刻" and fmt.cjk_spacing("在 CosyVoice 复刻") == "在 CosyVoice 复刻"


def test_money_reads_as_an_estimate_to_a_tenth_of_a_fen() -> None:
    from studio.ui.format import money

    assert money(0.0056) == "≈ ¥0.006"
    assert money(0.0004) == "< ¥0.001"
    assert money(0.25) == "≈ ¥0.25"
    assert money(12.345) == "≈ ¥12.35"
