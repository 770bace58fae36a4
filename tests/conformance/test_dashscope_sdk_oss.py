"""The official SDK's temporary upload (`dashscope.utils.oss_utils.OssUtils`) against the emulator,
and an enrollment that uses the resulting `oss://` URL."""

from __future__ import annotations

import pytest
from dashscope.audio.tts_v2 import VoiceEnrollmentService
from dashscope.audio.tts_v2.enrollment import VoiceEnrollmentException
from dashscope.common.error import UploadFileException
from dashscope.utils.oss_utils import OssUtils, check_and_upload_local

from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.fixtures import Samples, emulator, samples, sdk_pointed_at

pytestmark = pytest.mark.conformance
__all__ = ["emulator", "samples"]
RESOLVE = {"X-DashScope-OssResourceResolve": "enable"}


def test_get_upload_certificate(emulator: DashScopeEmulator) -> None:
    with sdk_pointed_at(emulator):
        response = OssUtils.get_upload_certificate(model="cosyvoice-v2")
    assert response.status_code == 200
    policy = response.output
    assert policy["upload_host"].startswith(emulator.root_url)
    assert policy["upload_dir"].startswith("dashscope-instant/")
    assert {"policy", "signature", "oss_access_key_id", "x_oss_object_acl", "x_oss_forbid_overwrite",
            "expire_in_seconds", "max_file_size_mb"} <= set(policy)


def test_upload_stores_the_file_under_its_key(emulator: DashScopeEmulator, samples: Samples) -> None:
    with sdk_pointed_at(emulator):
        url, cert = OssUtils.upload(model="cosyvoice-v2", file_path=str(samples.good))
    assert url == f"oss://{cert['upload_dir']}/good.wav"
    stored = emulator.state.get_upload(url[len("oss://"):])
    assert stored is not None
    assert stored.data == samples.good.read_bytes()
    assert stored.content_type == "audio/x-wav" and stored.model == "cosyvoice-v2"


def test_check_and_upload_local_reuses_certificate(emulator: DashScopeEmulator, samples: Samples) -> None:
    with sdk_pointed_at(emulator):
        uploaded, url, cert = check_and_upload_local("cosyvoice-v2", str(samples.good), emulator.api_key)
        assert uploaded and url.startswith("oss://")
        # same directory, other file name: the certificate is reusable
        again, url2, _ = check_and_upload_local("cosyvoice-v2", str(samples.good_mp3), emulator.api_key, cert)
    assert again and url2.rsplit("/", 1)[0] == url.rsplit("/", 1)[0]


def test_upload_refused_with_a_forged_signature(emulator: DashScopeEmulator, samples: Samples) -> None:
    with sdk_pointed_at(emulator):
        cert = OssUtils.get_upload_certificate(model="cosyvoice-v2").output
        cert["signature"] = "forged="
        with pytest.raises(UploadFileException, match="SignatureDoesNotMatch"):
            OssUtils.upload(model="cosyvoice-v2", file_path=str(samples.good), upload_certificate=cert)
        cert = OssUtils.get_upload_certificate(model="cosyvoice-v2").output
        OssUtils.upload(model="cosyvoice-v2", file_path=str(samples.good), upload_certificate=cert)
        with pytest.raises(UploadFileException, match="FileAlreadyExists"):  # x-oss-forbid-overwrite
            OssUtils.upload(model="cosyvoice-v2", file_path=str(samples.good), upload_certificate=cert)


def test_enrollment_from_an_oss_url(emulator: DashScopeEmulator, samples: Samples) -> None:
    with sdk_pointed_at(emulator):
        # "上传本地文件获取临时URL": the upload names the model of the call that reads it — the enrolment
        # call's model, voice-enrollment, whatever the target model.
        url, _ = OssUtils.upload(model="voice-enrollment", file_path=str(samples.good))
        # The SDK does not add the resolve header by itself (spec §6); without it the URL is not fetched.
        with pytest.raises(VoiceEnrollmentException, match="InvalidParameter"):
            VoiceEnrollmentService().create_voice("cosyvoice-v2", "oss", url)
        svc = VoiceEnrollmentService(headers=RESOLVE)
        voice_id = svc.create_voice("cosyvoice-v2", "oss", url)
        assert svc.query_voice(voice_id)["resource_link"] == url
        assert svc.create_voice("cosyvoice-v3-flash", "oss", url).startswith("cosyvoice-v3-flash-oss-")
        # A file bound to the target model is not the enrolment call's: refused.
        bound, _ = OssUtils.upload(model="cosyvoice-v2", file_path=str(samples.good))
        with pytest.raises(VoiceEnrollmentException, match="InputDownloadFailed"):
            svc.create_voice("cosyvoice-v2", "oss", bound)
    headers = emulator.state.requests[-1]["headers"]
    assert headers.get("X-DashScope-OssResourceResolve") == "enable"


def test_oss_objects_belong_to_the_account(emulator: DashScopeEmulator, samples: Samples) -> None:
    emulator.state.api_keys.add("sk-other")
    with sdk_pointed_at(emulator):
        url, _ = OssUtils.upload(model="voice-enrollment", file_path=str(samples.good))
    with sdk_pointed_at(emulator, api_key="sk-other"), pytest.raises(VoiceEnrollmentException,
                                                                     match="InputDownloadFailed"):
        VoiceEnrollmentService(headers=RESOLVE).create_voice("cosyvoice-v2", "oss", url)
