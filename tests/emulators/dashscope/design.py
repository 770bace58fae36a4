"""CosyVoice voice design on the customization endpoint: a create_voice with `voice_prompt`.

Source: "声音设计API参考" (https://help.aliyun.com/zh/model-studio/voice-design-api-references) and
"CosyVoice声音复刻/设计API": `voice_prompt` and `preview_text` in `input`, `parameters.sample_rate` and
`response_format`; the answer holds `voice_id` (with `vd` before the prefix), `target_model` and
`preview_audio {data, sample_rate, response_format}` (base64). Design works for the v3 and v3.5 models,
in Beijing; the description and the preview are Chinese or English. The preview is real speech of the
preview text (`audio.synthesize_speech`), so a client can play what it saved.
"""

from __future__ import annotations

import asyncio
import base64
import struct
from typing import Any

from aiohttp import web

from .audio import make_encoder, synthesize_speech
from .common import VendorError, state_of
from .state import MODELS, Voice

PROMPT_MAX, PREVIEW_MAX = 500, 200  # characters of voice_prompt and preview_text
LANGUAGES = ("zh", "en")


def _invalid(name: str) -> VendorError:
    return VendorError(400, "InvalidParameter",
                       f"Required parameter({name}) missing or invalid, please check the request parameters.")


async def design_voice(request: web.Request, inp: dict[str, Any], parameters: dict[str, Any], account: str,
                       target_model: str, prefix: str) -> tuple[Voice, dict[str, Any]]:
    state = state_of(request)
    model = MODELS[target_model]
    if not model.design or state.region not in model.clone_regions:
        raise VendorError(400, "InvalidParameter", f"Model {target_model} does not support voice design here.")
    prompt, preview = inp.get("voice_prompt"), inp.get("preview_text")
    if not isinstance(prompt, str) or not prompt.strip() or len(prompt) > PROMPT_MAX:
        raise _invalid("voice_prompt")
    if not isinstance(preview, str) or not preview.strip() or len(preview) > PREVIEW_MAX:
        raise _invalid("preview_text")
    hints = inp.get("language_hints")
    if hints is not None and not (isinstance(hints, list) and hints and hints[0] in LANGUAGES):
        raise _invalid("language_hints")
    rate = int(parameters.get("sample_rate") or 24000)
    fmt = str(parameters.get("response_format") or "wav")
    if fmt not in ("wav", "mp3", "pcm") or rate not in (8000, 16000, 22050, 24000, 44100, 48000):
        raise _invalid("parameters")
    if state.voice_count(account) >= state.voice_quota:
        raise VendorError(400, "Throttling.AllocationQuota", f"Your current quota is {state.voice_quota}")
    language = hints[0] if hints else None

    def render() -> bytes:
        pcm = synthesize_speech(preview, voice=prompt, sample_rate=rate, language=language)
        if fmt == "wav":  # a whole file, so its header carries the true sizes
            data = pcm.astype("<i2").tobytes()
            return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
                    + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data"
                    + struct.pack("<I", len(data)) + data)
        encoder = make_encoder(fmt, rate)
        return encoder.encode(pcm) + encoder.flush()

    audio = await asyncio.get_running_loop().run_in_executor(None, render)
    voice = state.add_voice(account, prefix, target_model, "", "OK", designed=True)
    voice.extra = {"voice_prompt": prompt, "preview_text": preview}
    output = {"voice_id": voice.voice_id, "target_model": target_model,
              "preview_audio": {"data": base64.b64encode(audio).decode(), "sample_rate": rate,
                                "response_format": fmt}}
    return voice, output
