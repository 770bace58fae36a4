"""One set of client-side rate limits per DashScope account (key and host), shared by every client.

The vendor counts requests per account, not per provider object: CosyVoice enrolment (10 requests/s
for all target models), CosyVoice synthesis task starts (3/s) and Sambert synthesis (20/s) each get
one token bucket per account, however many provider objects the studio builds.
Sources: CosyVoice clone page (限流: 10 RPS for voice-enrollment), the CosyVoice WebSocket page
(3 RPS task submission), the Sambert page (20 RPS).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass

import httpx

from studio.providers.http import RateLimiter

ENROLL_RPS = 10.0  # voice-enrollment, all target models combined
SYNTH_RPS = 3.0  # CosyVoice task submissions
SAMBERT_RPS = 20.0  # all Sambert models, per account


@dataclass
class AccountLimiters:
    enroll: RateLimiter
    synth: RateLimiter
    sambert: RateLimiter


_limiters: dict[tuple[str, str], AccountLimiters] = {}
_limiters_lock = threading.Lock()


def limiters_for(http_base: str, api_key: str) -> AccountLimiters:
    """The limiters of one account and host, shared by every provider object using it.

    Burst 1: the vendor's window is not documented, so requests are spaced evenly.
    """
    url = httpx.URL(http_base)
    ident = (f"{url.host}:{url.port or ''}", hashlib.sha256(api_key.encode()).hexdigest())
    with _limiters_lock:
        found = _limiters.get(ident)
        if found is None:
            found = _limiters[ident] = AccountLimiters(RateLimiter(ENROLL_RPS, burst=1),
                                                       RateLimiter(SYNTH_RPS, burst=1),
                                                       RateLimiter(SAMBERT_RPS, burst=1))
        return found
