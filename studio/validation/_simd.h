/* The vector type of the K-weighting kernel (_kernel.pyx): GCC/Clang vector extensions, so that the
   filter runs several independent lanes of one block in a single vector register. Four lanes of
   float64 where the build targets AVX (the _kernel_avx2 module), two (SSE2, NEON) otherwise. */
#if defined(__AVX__)
#define KW_LANES 4
typedef double kw_vec __attribute__((vector_size(32)));
#define KW_LOAD(x, o, s) ((kw_vec){(double)(x)[o], (double)(x)[(o) + (s)], (double)(x)[(o) + 2 * (s)], \
                                   (double)(x)[(o) + 3 * (s)]})
#else
#define KW_LANES 2
typedef double kw_vec __attribute__((vector_size(16)));
#define KW_LOAD(x, o, s) ((kw_vec){(double)(x)[o], (double)(x)[(o) + (s)]})
#endif
#define KW_ZERO ((kw_vec){0})
#define KW_LANE(v, l) ((v)[l])
