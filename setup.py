"""Builds the optional compiled analysis kernels (studio/validation/_kernel.pyx); everything else is
declared in pyproject.toml. Without a C compiler the build of the extension is skipped and the studio
uses the numpy versions of the same loops (studio/validation/kernels.py)."""

from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [Extension("studio.validation._kernel", ["studio/validation/_kernel.pyx"], extra_compile_args=["-O3"],
                   optional=True)],
        language_level=3,
    ),
)
