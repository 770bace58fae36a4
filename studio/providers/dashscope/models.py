"""CosyVoice per model and per region, in one table: what each target model is for, where it runs,
where it can clone or design a voice, which formats, languages and options it takes.

Plain data (no client, no Qt): the spec, the client's checks and the emulator all read it, so a rule
changes in one place. Every fact cites the public page it comes from:

* CLONE — "CosyVoice声音复刻API": the target models, what each is for, the languages per model, and
  "国际部署模式（新加坡地域）下，cosyvoice-v3-plus和cosyvoice-v3-flash不支持声音复刻功能".
* CLONE_DESIGN — "CosyVoice声音复刻/设计API" (Voice cloning/design API): cloning on v1…v3.5 in the
  Chinese mainland, voice design on v3-flash, v3-plus, v3.5-flash and v3.5-plus; `language_hints`
  only for the v3 and v3.5 models; `max_prompt_audio_length` (3–30 s) and `enable_preprocess` only for
  v3.5-plus, v3.5-flash and v3-flash.
* REALTIME — "实时语音合成-CosyVoice": the international (Singapore) deployment serves cosyvoice-v3-plus
  and cosyvoice-v3-flash only; the others run in Beijing.
* CLIENT_EVENTS — "CosyVoice客户端事件" (run-task `format`): "cosyvoice-v1不支持opus格式".
* SSML_PAGE — "SSML标记语言介绍": SSML on v2, v3-flash, v3-plus, v3.5-flash, v3.5-plus (cloned voices
  and the system voices marked for it).
* PYTHON_SDK — "实时语音合成CosyVoice Python SDK": `word_timestamp_enabled` for cloned voices of v2,
  v3 and v3.5 and the marked system voices; `seed` and `language_hints` not on v1.
* MODEL_GUIDE — "语音合成" (model selection): cosyvoice-v3.5-plus is the model recommended for
  cloning and designing a voice — the studio's default target model.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.i18n import Text
from studio.providers.spec import DocRef

T = Text
CLONE = DocRef(T("Alibaba Cloud Model Studio: CosyVoice voice cloning API", "阿里云百炼：CosyVoice声音复刻API"),
               "https://help.aliyun.com/zh/model-studio/cosyvoice-clone-api")
CLONE_DESIGN = DocRef(T("Alibaba Cloud Model Studio: CosyVoice voice cloning/design API",
                        "阿里云百炼：CosyVoice声音复刻/设计API"),
                      "https://help.aliyun.com/zh/model-studio/cosyvoice-clone-design-api")
DESIGN_HTTP = DocRef(T("Alibaba Cloud Model Studio: voice design API reference", "阿里云百炼：声音设计API参考"),
                     "https://help.aliyun.com/zh/model-studio/voice-design-api-references")
CLONE_HTTP = DocRef(T("Alibaba Cloud Model Studio: voice cloning HTTP API reference", "阿里云百炼：声音复刻HTTP API参考"),
                    "https://help.aliyun.com/zh/model-studio/voice-clone-design-http-api")
CLONE_SDK = DocRef(T("Alibaba Cloud Model Studio: voice cloning Python SDK reference", "阿里云百炼：声音复刻Python SDK参考"),
                   "https://help.aliyun.com/zh/model-studio/voice-clone-design-python-sdk")
REALTIME = DocRef(T("Alibaba Cloud Model Studio: real-time speech synthesis - CosyVoice",
                    "阿里云百炼：实时语音合成-CosyVoice"),
                  "https://www.alibabacloud.com/help/en/model-studio/text-to-speech")
WEBSOCKET = DocRef(T("Alibaba Cloud Model Studio: CosyVoice WebSocket API", "阿里云百炼：语音合成CosyVoice WebSocket API"),
                   "https://help.aliyun.com/zh/model-studio/cosyvoice-websocket-api")
CLIENT_EVENTS = DocRef(T("Alibaba Cloud Model Studio: CosyVoice client events", "阿里云百炼：CosyVoice客户端事件"),
                       "https://help.aliyun.com/zh/model-studio/cosyvoice-client-events")
SSML_PAGE = DocRef(T("Alibaba Cloud Model Studio: SSML for CosyVoice", "阿里云百炼：SSML标记语言介绍"),
                   "https://help.aliyun.com/zh/model-studio/introduction-to-cosyvoice-ssml-markup-language")
PYTHON_SDK = DocRef(T("Alibaba Cloud Model Studio: CosyVoice Python SDK", "阿里云百炼：实时语音合成CosyVoice Python SDK"),
                    "https://help.aliyun.com/zh/model-studio/cosyvoice-python-api")
VOICE_LIST = DocRef(T("Alibaba Cloud Model Studio: CosyVoice voice list", "阿里云百炼：CosyVoice音色列表"),
                    "https://help.aliyun.com/zh/model-studio/cosyvoice-voice-list")
MODEL_GUIDE = DocRef(T("Alibaba Cloud Model Studio: speech synthesis models", "阿里云百炼：语音合成（模型选型）"),
                     "https://help.aliyun.com/zh/model-studio/tts-model/")
SAMBERT_CLONE = DocRef(T("DashScope: lightweight voice cloning (Sambert) quick start", "DashScope：轻量化声音克隆-快速开始"),
                       "https://help.aliyun.com/zh/dashscope/quick-start-for-sambert-finetune")
TEMP_URL = DocRef(T("Alibaba Cloud Model Studio: upload a local file to get a temporary URL",
                    "阿里云百炼：上传本地文件获取临时URL"),
                  "https://help.aliyun.com/zh/model-studio/get-temporary-file-url")

BEIJING, SINGAPORE = "beijing", "singapore"
REGION_TITLES = {BEIJING: T("Beijing (China mainland)", "北京（中国内地）"),
                 SINGAPORE: T("Singapore (international)", "新加坡（国际）")}
ALL_FORMATS = ("pcm", "wav", "mp3", "opus")
SAMPLE_RATES = (8000, 16000, 22050, 24000, 44100, 48000)
# What a cloned sample may be in (the clone page's 语言 row), as `language_hints` codes.
V3_LANGUAGES = ("zh", "en", "fr", "de", "ja", "ko", "ru")
# What synthesis `language_hints` takes (Python SDK page), for every model but v1.
SYNTH_LANGUAGES = ("zh", "en", "fr", "de", "ja", "ko", "ru", "pt", "th", "id", "vi")
# Voice design describes and previews in Chinese or English only (voice design page).
DESIGN_LANGUAGES = ("zh", "en")
LANGUAGE_TITLES: dict[str, Text] = {
    "zh": T("Chinese (Mandarin and dialects)", "中文（普通话及方言）"), "en": T("English", "英文"),
    "fr": T("French", "法语"), "de": T("German", "德语"), "ja": T("Japanese", "日语"), "ko": T("Korean", "韩语"),
    "ru": T("Russian", "俄语"), "pt": T("Portuguese", "葡萄牙语"), "th": T("Thai", "泰语"),
    "id": T("Indonesian", "印尼语"), "vi": T("Vietnamese", "越南语"), "yue": T("Cantonese", "粤语"),
}


@dataclass(frozen=True)
class ModelInfo:
    name: str
    title: Text  # what the model is for, as the clone page puts it
    regions: tuple[str, ...]  # where it synthesizes
    clone_regions: tuple[str, ...]  # where a voice may be cloned for it
    design_regions: tuple[str, ...] = ()  # where a voice may be designed for it
    formats: tuple[str, ...] = ALL_FORMATS
    sample_languages: tuple[str, ...] = ("zh", "en")  # what a sample for a clone may be spoken in
    enrol_options: tuple[str, ...] = ()  # which of the optional create_voice fields it takes
    ssml: bool = True
    timestamps: bool = True  # word timestamps for its cloned and designed voices
    seed: bool = True
    synth_language_hints: bool = True
    voice_id_has_model: bool = True  # ids are `{target_model}-{prefix}-{unique}`

    def languages_title(self, lang: str = "en") -> str:
        sep = "、" if lang.startswith("zh") else ", "
        return sep.join(LANGUAGE_TITLES[c](lang) for c in self.sample_languages)


_V35_OPTIONS = ("language_hints", "max_prompt_audio_length", "enable_preprocess")
MODELS: dict[str, ModelInfo] = {m.name: m for m in (
    ModelInfo("cosyvoice-v3.5-plus",
              T("cosyvoice-v3.5-plus — recommended for cloned and designed voices (Beijing only)",
                "cosyvoice-v3.5-plus — 声音复刻与声音设计的推荐模型（仅北京）"),
              (BEIJING,), (BEIJING,), (BEIJING,), sample_languages=V3_LANGUAGES, enrol_options=_V35_OPTIONS),
    ModelInfo("cosyvoice-v3.5-flash",
              T("cosyvoice-v3.5-flash — faster and cheaper v3.5 (Beijing only)",
                "cosyvoice-v3.5-flash — 更快更省的 v3.5（仅北京）"),
              (BEIJING,), (BEIJING,), (BEIJING,), sample_languages=V3_LANGUAGES, enrol_options=_V35_OPTIONS),
    ModelInfo("cosyvoice-v3-plus",
              T("cosyvoice-v3-plus — best sound and expression, for a generous budget",
                "cosyvoice-v3-plus — 追求最佳音质与表现力，预算充足"),
              (BEIJING, SINGAPORE), (BEIJING,), (BEIJING,), sample_languages=V3_LANGUAGES,
              enrol_options=("language_hints",)),
    ModelInfo("cosyvoice-v3-flash",
              T("cosyvoice-v3-flash — balances quality and cost", "cosyvoice-v3-flash — 平衡效果与成本，综合性价比高"),
              (BEIJING, SINGAPORE), (BEIJING,), (BEIJING,), sample_languages=V3_LANGUAGES, enrol_options=_V35_OPTIONS),
    ModelInfo("cosyvoice-v2",
              T("cosyvoice-v2 — older voices and modest needs; Mandarin and English",
                "cosyvoice-v2 — 兼容旧版或低要求场景；普通话与英文"),
              (BEIJING,), (BEIJING,)),
    ModelInfo("cosyvoice-v1",
              T("cosyvoice-v1 — older voices; Mandarin and English; no opus, SSML or word timings",
                "cosyvoice-v1 — 兼容旧版；普通话与英文；不支持 opus、SSML 与字级时间戳"),
              (BEIJING,), (BEIJING,), formats=("pcm", "wav", "mp3"), ssml=False, timestamps=False, seed=False,
              synth_language_hints=False, voice_id_has_model=False),
)}
# Longest names first, so "cosyvoice-v3.5-plus" is never read as a shorter name.
TARGET_MODELS: tuple[str, ...] = tuple(sorted(MODELS, key=len, reverse=True))
DEFAULT_TARGET_MODEL = "cosyvoice-v3.5-plus"  # MODEL_GUIDE: recommended for cloning and design
DESIGN_MODELS = tuple(m.name for m in MODELS.values() if m.design_regions)
ENROLL_MODEL = "voice-enrollment"  # the model every clone, design and voice query is sent to (CLONE)


def model_info(name: str) -> ModelInfo | None:
    return MODELS.get(name)


def region_title(region: str, lang: str = "en") -> str:
    title = REGION_TITLES.get(region)
    return title(lang) if title else region


__all__ = ["ALL_FORMATS", "DEFAULT_TARGET_MODEL", "DESIGN_LANGUAGES", "DESIGN_MODELS", "ENROLL_MODEL",
           "LANGUAGE_TITLES", "MODELS", "SAMPLE_RATES", "SYNTH_LANGUAGES", "TARGET_MODELS", "V3_LANGUAGES",
           "ModelInfo", "model_info", "region_title"]
