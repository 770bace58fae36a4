"""CosyVoice voice design: a voice from a written description, with the vendor's preview of it.

Source: "声音设计API参考" (https://help.aliyun.com/zh/model-studio/voice-design-api-references) and
"CosyVoice声音复刻/设计API": the same `voice-enrollment` create_voice call as a clone, with
`voice_prompt` and `preview_text` instead of `url`, `parameters: {sample_rate, response_format}`; the
answer carries `voice_id`, `target_model` and `preview_audio {data (base64), sample_rate,
response_format}`. Design works for cosyvoice-v3-flash, v3-plus, v3.5-flash and v3.5-plus, in Beijing.
Like a clone, a create whose answer was lost is resolved by listing the prefix, never sent twice blindly
(`EnrollmentClient.create`); the preview is then lost with the answer, and the voice says so.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

from studio.cancel import CancelToken, ProgressFn
from studio.errors import VendorRejectedError
from studio.providers.base import DesignRequest
from studio.providers.dashscope.cosyvoice_rules import check_design_target, check_design_text, check_prefix
from studio.providers.dashscope.enrollment import EnrollmentClient

PREVIEW_FORMAT = "wav"
PREVIEW_RATE = 24000
LOST_PREVIEW = ("The preview was lost with DashScope's answer; audition the voice to hear it.",
                "试听音频随 DashScope 的响应一起丢失；可在试听页合成一段来听。")


@dataclass
class Designed:
    voice_id: str
    model: str
    preview: bytes  # audio in `extra["preview_format"]`; empty when it could not be had
    extra: dict[str, Any] = field(default_factory=dict)


def create(client: EnrollmentClient, request: DesignRequest, model: str, region: str, cancel: CancelToken,
           progress: ProgressFn) -> Designed:
    info = check_design_target(model, region)
    warnings = check_prefix(request.name)
    raw_hints = request.options.get("language_hints")
    hints = [raw_hints] if isinstance(raw_hints, str) else list(raw_hints or [])
    check_design_text(request.prompt, request.preview_text, hints)
    inp: dict[str, Any] = {"action": "create_voice", "target_model": info.name, "voice_prompt": request.prompt,
                           "preview_text": request.preview_text, "prefix": request.name}
    if hints:
        inp["language_hints"] = hints
    rate = int(request.options.get("sample_rate") or PREVIEW_RATE)
    progress(0.1, f"Designing the voice on DashScope ({info.name})")
    output, adopted = client.create(inp, cancel, parameters={"sample_rate": rate, "response_format": PREVIEW_FORMAT})
    extra: dict[str, Any] = {"designed": True, "voice_prompt": request.prompt, "preview_text": request.preview_text}
    if warnings:
        extra["warnings"] = warnings
    preview = b""
    found = output.get("preview_audio")
    audio: dict[str, Any] = found if isinstance(found, dict) else {}
    if audio.get("data"):
        try:
            preview = base64.b64decode(str(audio["data"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise VendorRejectedError("DashScope's preview audio could not be read.",
                                      detail_zh="无法读取 DashScope 返回的试听音频。", provider="cosyvoice") from exc
        extra.update(preview_format=str(audio.get("response_format") or PREVIEW_FORMAT),
                     preview_sample_rate=int(audio.get("sample_rate") or rate))
    else:
        extra.update(note=LOST_PREVIEW[0], note_zh=LOST_PREVIEW[1])
    if adopted:
        extra["adopted_after_unknown_outcome"] = True
    return Designed(str(output["voice_id"]), str(output.get("target_model") or info.name), preview, extra)


__all__ = ["Designed", "create"]
