"""Tencent's own check of a take (DetectEnvAndSoundQuality) in plain words, for the Validate pane and the CLI.

Source: "环境检测和音频质量检测" https://cloud.tencent.com/document/api/1283/90062 and its data structures
(https://cloud.tencent.com/document/api/1283/90065: DetectionEnvAndSoundQualityRespData, Words):
DetectionCode 0 passed, −1 the check failed (try again), −2 the reading does not match the text
(usually words left out, misread or added), −3 too much noise; DetectionTip lists Words with
PronAccuracy ("小于75则认为不合格"), PronFluency ("小于0.95则认为不合格") and Tag (0 match, 1 insert 多读,
2 delete 少读, 3 replace 错读, 4 oov 不在词库, 5 unknown).
"""

from __future__ import annotations

from typing import Any

from studio.providers.base import SampleCheck
from studio.providers.tencent.vrs import Detection, DetectType

ACCURACY_MIN = 75.0
FLUENCY_MIN = 0.95

# DetectionCode → (the SampleCheck code, English, Chinese)
VERDICTS: dict[int, tuple[str, str, str]] = {
    0: ("passed", "Tencent's check passed: the take can be used to clone the voice.",
        "腾讯的检测已通过：这段录音可以用来复刻声音。"),
    -1: ("retry", "Tencent could not check the take this time. Send it again.",
         "腾讯本次未能完成检测，请重新提交。"),
    -2: ("misread", "The reading does not match the line: words were left out, misread or added. "
                    "Record the line again, exactly as written.",
         "朗读与文本不一致：有漏读、错读或多读。请按文本原样重新录制。"),
    -3: ("noisy", "There is too much noise in the take. Record again somewhere quieter.",
         "录音中的噪声过大，请在更安静的环境中重新录制。"),
}
ENVIRONMENT_PASSED = ("passed", "Tencent's environment check passed: the room is quiet enough.",
                      "腾讯的环境检测已通过：环境足够安静。")
UNKNOWN = ("unknown", "Tencent's check gave an answer the studio does not know; record the line again.",
           "腾讯的检测返回了未知结果，请重新录制。")

# Words.Tag → (problem, English, Chinese)
TAGS: dict[int, tuple[str, str, str]] = {
    1: ("extra", "said but not in the line", "多读"),
    2: ("missed", "left out", "漏读"),
    3: ("misread", "misread", "错读"),
    4: ("unknown_word", "not in Tencent's pronunciation dictionary", "不在发音评估词库中"),
    5: ("unknown", "could not be judged", "无法评估"),
}


def word_tips(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each word Tencent judged, with what is wrong with it in both languages ("" when nothing is)."""
    out = []
    for item in words:
        word = str(item.get("Word") or "")
        if not word:
            continue
        tag = _number(item.get("Tag"))
        accuracy, fluency = _number(item.get("PronAccuracy")), _number(item.get("PronFluency"))
        problem, en, zh = "", "", ""
        if tag is not None and int(tag) in TAGS:
            problem, en, zh = TAGS[int(tag)]
        elif accuracy is not None and 0 <= accuracy < ACCURACY_MIN:
            problem, en, zh = "unclear", "not pronounced clearly", "发音不够清晰"
        elif fluency is not None and 0 <= fluency < FLUENCY_MIN:
            problem, en, zh = "halting", "not fluent", "不够流利"
        out.append({"word": word, "problem": problem, "tip": f"“{word}”: {en}" if en else "",
                    "tip_zh": f"“{word}”：{zh}" if zh else "", "accuracy": accuracy, "fluency": fluency})
    return out


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def sample_check(detection: Detection, detect_type: int) -> SampleCheck:
    code, en, zh = VERDICTS.get(detection.code, UNKNOWN) if detection.code is not None else UNKNOWN
    if code == "passed" and detect_type == DetectType.ENVIRONMENT:
        code, en, zh = ENVIRONMENT_PASSED
    tips = word_tips(detection.words)
    wrong = [t for t in tips if t["problem"]]
    if wrong and code != "passed":
        en += " Words to look at: " + "; ".join(t["tip"] for t in wrong[:8]) + "."
        zh += "需注意的字词：" + "；".join(t["tip_zh"] for t in wrong[:8]) + "。"
    passed = code == "passed" and (detect_type == DetectType.ENVIRONMENT or bool(detection.audio_id))
    if code == "passed" and not passed:  # a pass without the AudioId the clone needs is of no use
        code, en, zh = UNKNOWN
    return SampleCheck(passed=passed, code=code, message=en, message_zh=zh, audio_id=detection.audio_id,
                       words=tips, request_id=detection.request_id)
