/* The vector type of the K-weighting kernel (_kernel.pyx): GCC/Clang vector extensions, so that the
   filter runs several independent lanes of one block in a single vector register. Four lanes of
   float64 where the build targets AVX (the _kernel_avx2 module), two (SSE2, NEON) otherwise. */
/* KW_AT: the sample at block position q: x[q] inside the block, from the samples before it (tail, w of
   them) when q < 0, and 0 past its end (n samples). KW_LOAD reads lane l at o + l*s inside the block;
   KW_LOAD_AT reads the same positions through KW_AT, for the few chunks that reach past an edge. */
#define KW_AT(x, tail, w, n, q) ((q) < 0 ? (double)(tail)[(w) + (q)] : ((q) < (n) ? (double)(x)[q] : 0.0))
#if defined(__AVX__)
#define KW_LANES 4
typedef double kw_vec __attribute__((vector_size(32)));
#define KW_LOAD(x, o, s) ((kw_vec){(double)(x)[o], (double)(x)[(o) + (s)], (double)(x)[(o) + 2 * (s)], \
                                   (double)(x)[(o) + 3 * (s)]})
#define KW_LOAD_AT(x, tail, w, n, o, s) ((kw_vec){KW_AT(x, tail, w, n, o), KW_AT(x, tail, w, n, (o) + (s)), \
                                                  KW_AT(x, tail, w, n, (o) + 2 * (s)), KW_AT(x, tail, w, n, (o) + 3 * (s))})
#else
#define KW_LANES 2
typedef double kw_vec __attribute__((vector_size(16)));
#define KW_LOAD(x, o, s) ((kw_vec){(double)(x)[o], (double)(x)[(o) + (s)]})
#define KW_LOAD_AT(x, tail, w, n, o, s) ((kw_vec){KW_AT(x, tail, w, n, o), KW_AT(x, tail, w, n, (o) + (s))})
#endif
#define KW_ZERO ((kw_vec){0})
#define KW_LANE(v, l) ((v)[l])
