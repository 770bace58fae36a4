# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
# The same kernels built for CPUs with AVX2 (setup.py adds -mavx2): four K-weighting lanes per register
# instead of two. kernels.py imports this module only where numpy reports AVX2 at run time.
include "_kernel.pyx"
