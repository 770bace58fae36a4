"""Builds the optional compiled analysis kernels (studio/validation/_kernel.pyx); everything else is
declared in pyproject.toml. Without a C compiler the build of the extensions is skipped and the studio
uses the numpy versions of the same loops (studio/validation/kernels.py).

Two builds of the one source: `_kernel` for any CPU of the platform, and `_kernel_avx2` with AVX2
code, imported only where the CPU has it (so a studio built on one machine never runs an instruction
another lacks). -ffp-contract=off keeps every multiply and add rounded as numpy rounds them: the VAD's
16-bit input must come out bit for bit the same either way.
"""

from Cython.Build import cythonize
from setuptools import Extension, setup

FLAGS = ["-O3", "-ffp-contract=off"]


def kernel(name: str, extra: list[str]) -> Extension:
    return Extension(f"studio.validation.{name}", [f"studio/validation/{name}.pyx"], include_dirs=["studio/validation"],
                     extra_compile_args=FLAGS + extra, depends=["studio/validation/_kernel.pyx",
                                                                "studio/validation/_simd.h"], optional=True)


setup(
    ext_modules=cythonize([kernel("_kernel", []), kernel("_kernel_avx2", ["-mavx2"])], language_level=3),
)
