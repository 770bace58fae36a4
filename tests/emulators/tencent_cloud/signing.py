"""TC3-HMAC-SHA256 verification as the public pages describe it, written from the pages (not from the
studio's client), so that a client and this check agreeing means something.

"签名方法 v3" https://cloud.tencent.com/document/api/382/52072:
1. CanonicalRequest = Method \\n CanonicalURI ("/") \\n CanonicalQueryString ("" for POST) \\n
   CanonicalHeaders \\n SignedHeaders \\n Lowercase(HexEncode(SHA256(RequestPayload))), where each
   canonical header is "key:value\\n" with "头部 key 和 value 统一转成小写，并去掉首尾空格", in SignedHeaders order
   (ascending), and "content-type 和 host 为必选头部";
2. StringToSign = "TC3-HMAC-SHA256" \\n RequestTimestamp \\n CredentialScope (Date/service/tc3_request) \\n
   HexEncode(SHA256(CanonicalRequest)); Date is the UTC date of X-TC-Timestamp;
3. SecretDate = HMAC_SHA256("TC3" + SecretKey, Date), SecretService = HMAC(SecretDate, Service),
   SecretSigning = HMAC(SecretService, "tc3_request"), Signature = HexEncode(HMAC(SecretSigning, StringToSign)).
"公共参数" https://cloud.tencent.com/document/api/270/35296: X-TC-Timestamp within five minutes of the
server's time, else AuthFailure.SignatureExpire; the codes below are the 公共错误码 of each product's 错误码 page
(e.g. https://cloud.tencent.com/document/api/1283/90074).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime

AUTH = re.compile(r"^TC3-HMAC-SHA256 Credential=([^/,\s]+)/(\d{4}-\d{2}-\d{2})/([a-z0-9]+)/tc3_request, "
                  r"SignedHeaders=([a-z0-9;\-]+), Signature=([0-9a-f]{64})$")
SKEW_S = 300  # "如果与服务器时间相差超过5分钟，会引起签名过期错误"


class SignatureError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _h(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def expected_signature(secret_key: str, date: str, service: str, string_to_sign: str) -> str:
    k = _h(_h(_h(("TC3" + secret_key).encode("utf-8"), date), service), "tc3_request")
    return hmac.new(k, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(headers: Mapping[str, str], body: bytes, service: str, keys: Mapping[str, str],
           now: float | None = None) -> str:
    """The SecretId of a correctly signed POST, or SignatureError with the code Tencent answers."""
    auth = headers.get("Authorization", "")
    match = AUTH.match(auth)
    if not match:
        raise SignatureError("AuthFailure.InvalidAuthorization", "Authorization header is not TC3-HMAC-SHA256.")
    secret_id, date, scope_service, signed, given = match.groups()
    names = signed.split(";")
    if "content-type" not in names or "host" not in names:
        raise SignatureError("AuthFailure.InvalidAuthorization", "SignedHeaders must include content-type and host.")
    try:
        timestamp = int(headers.get("X-TC-Timestamp", ""))
    except ValueError:
        raise SignatureError("AuthFailure.InvalidAuthorization", "X-TC-Timestamp is missing or not a number.") from None
    if abs((now if now is not None else time.time()) - timestamp) > SKEW_S:
        raise SignatureError("AuthFailure.SignatureExpire", "Signature expired: the timestamp is more than five "
                             "minutes from the server's time.")
    if secret_id not in keys:
        raise SignatureError("AuthFailure.SecretIdNotFound", "The SecretId is not found.")
    if date != datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d") or scope_service != service:
        raise SignatureError("AuthFailure.SignatureFailure", "The credential scope does not match the request.")
    lower = {k.lower(): v for k, v in headers.items()}
    canonical_headers = "".join(f"{n}:{lower.get(n, '').strip().lower()}\n" for n in names)
    canonical = "\n".join(("POST", "/", "", canonical_headers, signed, hashlib.sha256(body).hexdigest()))
    to_sign = "\n".join(("TC3-HMAC-SHA256", str(timestamp), f"{date}/{service}/tc3_request",
                         hashlib.sha256(canonical.encode("utf-8")).hexdigest()))
    if not hmac.compare_digest(expected_signature(keys[secret_id], date, service, to_sign), given):
        raise SignatureError("AuthFailure.SignatureFailure", "The provided credentials could not be validated. "
                             "Please check your signature is correct.")
    return secret_id
