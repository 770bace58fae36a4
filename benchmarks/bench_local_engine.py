"""Offline engine speed: enrolment of a 15 s sample and synthesis real-time factor.

Run: .venv/bin/python benchmarks/bench_local_engine.py [--english auto|espeak|piper]
Each figure is the median of 5 runs in one process; "cold" is the first call (engine load, reference
measurements and the pace calibration, once per process), "warm" the rest.
Goals: warm enrolment ≤ 1 s; synthesis RTF ≤ 0.2 on 2 cores; first audio ≤ 0.5 s warm.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import soundfile

from studio.providers.base import EnrollRequest, SynthesisRequest
from studio.providers.local.engine import LocalEngineProvider

SAMPLE_TEXT = (
    "When the sunlight strikes raindrops in the air, they act as a prism and form a rainbow. The rainbow is a "
    "division of white light into many beautiful colors. These take the shape of a long round arch, with its "
    "path high above, and its two ends apparently beyond the horizon."
)
TEXTS = {
    "en": "Good morning, this is a short test of the offline voice. It should sound calm and clear.",
    "zh": "今天天气很好，我们一起去公园散步吧。明天早上八点在门口见面。",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--english", default="auto", choices=("auto", "espeak", "piper"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="vs-bench-local-"))
    sample = home / "sample.wav"
    subprocess.run(["espeak-ng", "-v", "en-us+f3", "-s", "160", "-w", str(sample), SAMPLE_TEXT], check=True)
    print(f"sample: {soundfile.info(str(sample)).duration:.1f} s")
    engine = LocalEngineProvider(home, english_voice=args.english)

    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        voice = engine.enroll(EnrollRequest(name="bench", audio_path=sample))
        times.append(time.perf_counter() - t0)
    print(f"enrol: cold {times[0]:.2f} s, warm median {statistics.median(times[1:]):.2f} s")
    print(f"engine: {engine.test_connection()}")

    for lang, text in TEXTS.items():
        rtf, first, audio_s = [], [], 0.0
        for _ in range(args.runs):
            result = engine.synthesize(SynthesisRequest(text=text, voice=voice.remote_id, format="pcm"))
            audio_s = len(result.audio) / 2 / result.sample_rate
            rtf.append(result.total_s / audio_s)
            first.append(result.first_audio_s or 0.0)
        print(f"synth {lang}: {audio_s:.1f} s of audio; RTF cold {rtf[0]:.3f}, warm median "
              f"{statistics.median(rtf[1:]):.3f}; first audio warm median {statistics.median(first[1:]):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
