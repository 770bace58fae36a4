"""The one text splitter every provider uses: pieces within a limit as the vendor counts, cut at the
best break, nothing lost, order kept."""

from __future__ import annotations

from studio.providers.text import count_han_double, count_plain, split, strip_markup


def test_split_short_text_is_one_part() -> None:
    assert split("  Hello.  ", 512) == ["Hello."]
    assert split("   ", 512) == []


def test_split_at_sentence_ends_in_order() -> None:
    sentences = [f"这是第{i}句话，用来测试分段。" for i in range(60)]
    text = "".join(sentences)
    parts = split(text, 512)
    assert len(parts) > 1
    assert all(len(p) <= 512 for p in parts)
    assert "".join(parts) == text  # nothing lost, order kept
    assert all(p.endswith("。") for p in parts)  # cut only at sentence ends


def test_split_english_and_overlong_sentence() -> None:
    text = " ".join(["This sentence is here."] * 40)
    parts = split(text, 512)
    assert all(len(p) <= 512 and p.endswith(".") for p in parts)
    assert " ".join(parts).split() == text.split()
    run_on = "word " * 300  # no sentence end at all
    parts = split(run_on, 512)
    assert all(len(p) <= 512 for p in parts) and " ".join(parts).split() == run_on.split()
    assert split("字" * 1100, 512) == ["字" * 512, "字" * 512, "字" * 76]


def test_split_by_a_vendor_counter() -> None:
    text = "你好，世界。" * 50  # 6 characters, 10 as DashScope counts
    parts = split(text, 101, count_han_double)
    assert all(count_han_double(p) <= 101 for p in parts)
    assert "".join(parts) == text
    assert all(p.endswith("。") for p in parts)
    assert len(split(text, 101, count_plain)) < len(parts)


def test_unpacked_pieces_are_sentences() -> None:
    assert split("One. Two! 三。", 100, pack=False) == ["One.", "Two!", "三。"]
    assert split("A long clause, another clause, and more", 16, pack=False) == [
        "A long clause,", "another clause,", "and more"]


def test_counters() -> None:
    assert count_han_double("你好ab") == 6
    assert count_plain("你好ab") == 4
    assert strip_markup("<speak>你<break time='1s'/>好</speak>") == "你好"
