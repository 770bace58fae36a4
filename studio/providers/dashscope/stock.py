"""CosyVoice system voices, as the vendor's voice list gives them: model, language, gender, age and
what each supports (SSML, Instruct, word timestamps).

Source: "CosyVoice音色列表" (https://help.aliyun.com/zh/model-studio/cosyvoice-voice-list). A voice
speaks with the models listed for it only ("每个模型仅支持一组特定的音色，不能将一个模型的音色与另一个
模型混用"); SSML and word timestamps work only for the voices marked for them. Gender is read from the
list's 特质 (e.g. 阳光大男孩 → male). This is a selection of the list, not all of it: the studio offers
the voices most people reach for, in every language the list covers.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.providers.base import RemoteVoice, VoiceStatus
from studio.providers.dashscope.models import MODELS

V3 = ("cosyvoice-v3-flash",)
V3_BOTH = ("cosyvoice-v3-flash", "cosyvoice-v3-plus")
V2 = ("cosyvoice-v2",)
V1 = ("cosyvoice-v1",)
ZH_EN = ("zh", "en")


@dataclass(frozen=True)
class StockVoice:
    voice: str
    models: tuple[str, ...]
    name_zh: str
    name_en: str
    languages: tuple[str, ...]  # language codes as `language_hints` spells them ("yue": Cantonese)
    gender: str  # "female" | "male"
    age: str = ""  # as listed, e.g. "20~30"
    ssml: bool = True
    timestamps: bool = True
    instruct: bool = False
    beijing_only: bool = False  # the list marks some voices "仅支持北京地域"


STOCK: tuple[StockVoice, ...] = (
    StockVoice("longanyang", V3_BOTH, "龙安洋", "Long Anyang", ZH_EN, "male", "20~30", instruct=True),
    StockVoice("longanhuan", V3_BOTH, "龙安欢", "Long Anhuan", ZH_EN, "female", "20~30", instruct=True),
    StockVoice("longhuhu_v3", V3, "龙呼呼", "Long Huhu", ZH_EN, "female", "6~10", instruct=True),
    StockVoice("longxiaochun_v3", V3, "龙小淳", "Long Xiaochun", ZH_EN, "female", "25~30"),
    StockVoice("longxiaoxia_v3", V3, "龙小夏", "Long Xiaoxia", ZH_EN, "female", "25~30"),
    StockVoice("longyumi_v3", V3, "YUMI", "YUMI", ZH_EN, "female", "20~25"),
    StockVoice("longanwen_v3", V3, "龙安温", "Long Anwen", ZH_EN, "female", "25~35"),
    StockVoice("longanyun_v3", V3, "龙安昀", "Long Anyun", ZH_EN, "male", "30~35"),
    StockVoice("longanlang_v3", V3, "龙安朗", "Long Anlang", ZH_EN, "male", "20~25"),
    StockVoice("longcheng_v3", V3, "龙橙", "Long Cheng", ZH_EN, "male", "20~25"),
    StockVoice("longhua_v3", V3, "龙华", "Long Hua", ZH_EN, "female", "20~25"),
    StockVoice("longshu_v3", V3, "龙书", "Long Shu", ZH_EN, "male", "20~25"),
    StockVoice("loongbella_v3", V3, "Bella3.0", "Bella 3.0", ZH_EN, "female", "25~30"),
    StockVoice("longsanshu_v3", V3, "龙三叔", "Long Sanshu", ZH_EN, "male", "25~45"),
    StockVoice("longlaobo_v3", V3, "龙老伯", "Long Laobo", ZH_EN, "male", "60+"),
    StockVoice("longjiaxin_v3", V3, "龙嘉欣", "Long Jiaxin", ("yue", "en"), "female", "30~35"),
    StockVoice("longanyue_v3", V3, "龙安粤", "Long Anyue", ("yue", "en"), "male", "25~35"),
    StockVoice("loongabby_v3", V3, "loongabby", "Abby", ("en",), "female", "30~35", ssml=False, timestamps=False,
               beijing_only=True),
    StockVoice("loongandy_v3", V3, "loongandy", "Andy", ("en",), "male", "30~35", ssml=False, timestamps=False,
               beijing_only=True),
    StockVoice("loongriko_v3", V3, "Riko", "Riko", ("ja",), "female", "18~25", ssml=False, timestamps=False,
               beijing_only=True),
    StockVoice("loongkyong_v3", V3, "loongkyong", "Kyong", ("ko",), "female", "25~30", ssml=False,
               timestamps=False, beijing_only=True),
    StockVoice("longxiaochun_v2", V2, "龙小淳", "Long Xiaochun", ZH_EN, "female"),
    StockVoice("longxiaoxia_v2", V2, "龙小夏", "Long Xiaoxia", ZH_EN, "female"),
    StockVoice("longwan_v2", V2, "龙婉", "Long Wan", ZH_EN, "female"),
    StockVoice("longcheng_v2", V2, "龙橙", "Long Cheng", ZH_EN, "male"),
    StockVoice("longhua_v2", V2, "龙华", "Long Hua", ZH_EN, "female"),
    StockVoice("longxiaochun", V1, "龙小淳", "Long Xiaochun", ZH_EN, "female", ssml=False, timestamps=False),
    StockVoice("longwan", V1, "龙婉", "Long Wan", ("zh",), "female", ssml=False, timestamps=False),
    StockVoice("longcheng", V1, "龙橙", "Long Cheng", ("zh",), "male", ssml=False, timestamps=False),
    StockVoice("longhua", V1, "龙华", "Long Hua", ("zh",), "female", ssml=False, timestamps=False),
)
BY_VOICE: dict[str, StockVoice] = {v.voice: v for v in STOCK}


def stock_voice(voice: str) -> StockVoice | None:
    return BY_VOICE.get(voice)


def stock_voice_list(provider: str, region: str = "") -> list[RemoteVoice]:
    """The system voices as library rows: one per voice and model, with language and gender codes in
    `extra` for the Playground to show through its formatters."""
    out = []
    for v in STOCK:
        if region == "singapore" and v.beijing_only:
            continue
        for model in v.models:
            if region in ("beijing", "singapore") and region not in MODELS[model].regions:
                continue  # the model does not run in this region (real-time synthesis page)
            out.append(RemoteVoice(
                provider=provider, remote_id=v.voice, name=f"{v.name_zh} {v.name_en}" if v.name_zh != v.name_en
                else v.name_en, status_raw="OK", status=VoiceStatus.READY, target_model=model, stock=True,
                extra={"languages": list(v.languages), "gender": v.gender, "age": v.age, "ssml": v.ssml,
                       "timestamps": v.timestamps, "instruct": v.instruct}))
    return out


__all__ = ["BY_VOICE", "STOCK", "StockVoice", "stock_voice", "stock_voice_list"]
