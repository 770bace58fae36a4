# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""Compiled inner loops of the analysis pass (see kernels.py, which holds the numpy twins the tests
compare them with, and picks these when the extension was built).

Every function reads one channel of a block in place (int16 PCM, scaled by `scale`, or float32/64,
contiguous), releases the GIL, and keeps no state of its own: what carries over between blocks is passed in
and out by the caller, exactly as in the numpy versions.
"""

from libc.math cimport fabs

ctypedef fused sample_t:
    short
    float
    double


# Added inside each recursion: after speech ends in digital silence a biquad's state decays into
# subnormal numbers, which the CPU handles a hundred times slower (a 20-minute take with silent gaps took
# five times as long). With this the state settles at about 1e-25 instead; its energy, ~1e-50 per
# sample, is nothing to a loudness measured in dB.
DEF GUARD = 1e-25


def kweight(sample_t[::1] x, double scale, double[::1] coef, double[::1] state, long long[::1] ends,
            double[::1] out):
    """K-weighting as two biquads in direct form I (float64); out[j] = sum of y**2 over
    [ends[j-1], ends[j]) with ends[-1] taken as 0. `state` holds the last two inputs and outputs of
    each stage (x1 x2 y1 y2, u1 u2 w1 w2: 8 values) and is written back.

    Direct form I because its loop-carried chain is one multiply and one add (y[n−1]·a1, then the
    sum), against three operations in the transposed form: the filter is bound by that chain, not by
    arithmetic, so this is what sets the speed of the whole loudness measurement."""
    cdef Py_ssize_t n = x.shape[0], i = 0, j, e
    cdef double b0 = coef[0], b1 = coef[1], b2 = coef[2], a1 = coef[3], a2 = coef[4]
    cdef double c0 = coef[5], c1 = coef[6], c2 = coef[7], d1 = coef[8], d2 = coef[9]
    cdef double x1 = state[0], x2 = state[1], y1 = state[2], y2 = state[3]
    cdef double u1 = state[4], u2 = state[5], w1 = state[6], w2 = state[7]
    cdef double v, u, w, ff, gg, acc
    with nogil:
        for j in range(ends.shape[0]):
            e = <Py_ssize_t>ends[j]
            if e > n:
                e = n
            acc = 0.0
            while i < e:
                v = x[i] * scale
                ff = b0 * v + b1 * x1 + b2 * x2 - a2 * y2
                u = ff - a1 * y1 + GUARD
                x2 = x1
                x1 = v
                y2 = y1
                y1 = u
                gg = c0 * u + c1 * u1 + c2 * u2 - d2 * w2
                w = gg - d1 * w1 + GUARD
                u2 = u1
                u1 = u
                w2 = w1
                w1 = w
                acc += w * w
                i += 1
            out[j] = acc
    state[0] = x1
    state[1] = x2
    state[2] = y1
    state[3] = y2
    state[4] = u1
    state[5] = u2
    state[6] = w1
    state[7] = w2


def scan(sample_t[::1] x, double scale, Py_ssize_t flen, Py_ssize_t k, float[::1] fmin, float[::1] fmax,
         float[::1] fmean, float[::1] fpow, short[::1] pcm, double[::1] energy, double[::1] diff_energy,
         double prev):
    """One pass over the whole frames of `flen` samples of one channel.

    Per frame: min, max, mean and mean square. With k > 0 (flen a multiple of k) also the VAD's 16-bit
    input, the mean of each run of k samples computed as the VAD has always been fed (float32 sum in
    order, times float32(1/k), times 32768, clipped, truncated: for PCM the float32 sum is exact, so an
    integer sum gives the same bits), and per frame Σ p² and Σ (p[n] − p[n−1])² of that PCM (`prev` is
    the PCM sample before the first). Returns (Σ x, Σ x², last PCM sample).
    """
    cdef Py_ssize_t nf = x.shape[0] // flen, f, g, i, base, o = 0, groups
    cdef double gs, gq
    cdef double lo, hi, s, q, v, total = 0.0, total_sq = 0.0, last = prev, p, d, e, de
    cdef float acc, inv = <float>(1.0 / k) if k > 0 else <float>1.0, fs = <float>scale
    cdef long long isum, isq, ie, ide
    cdef int ilo, ihi, iv, gsum, ip, idd, ilast = <int>prev
    cdef int gsums[256]
    cdef Py_ssize_t step = k if k > 0 else flen
    groups = flen // step
    with nogil:
        for f in range(nf):
            base = f * flen
            e = 0.0
            de = 0.0
            if sample_t is short:
                ilo = x[base]
                ihi = ilo
                isum = 0
                isq = 0
                for g in range(groups):
                    gsum = 0
                    for i in range(base + g * step, base + g * step + step):
                        iv = x[i]
                        ilo = iv if iv < ilo else ilo
                        ihi = iv if iv > ihi else ihi
                        gsum = gsum + iv
                        isq += iv * iv
                    isum += gsum
                    gsums[g] = gsum
                if k > 0:
                    # (float)gsum · fs · inv · 32768 rounds as (float)gsum · inv: fs and 32768 are powers of 2
                    for g in range(groups):
                        acc = min(max((<float>gsums[g]) * inv, <float>-32768.0), <float>32767.0)
                        pcm[o + g] = <short>acc
                    ie = 0
                    ide = 0
                    for g in range(o, o + groups):
                        ip = pcm[g]
                        idd = ip - ilast
                        ie += ip * ip
                        ide += idd * idd
                        ilast = ip
                    o += groups
                    e = <double>ie
                    de = <double>ide
                lo = ilo * scale
                hi = ihi * scale
                s = isum * scale
                q = isq * scale * scale
            else:
                lo = x[base]
                hi = lo
                s = 0.0
                q = 0.0
                for g in range(groups):
                    acc = x[base + g * step] * fs
                    v = acc
                    lo = min(lo, v)
                    hi = max(hi, v)
                    gs = v
                    gq = v * v
                    for i in range(base + g * step + 1, base + g * step + step):
                        v = x[i] * fs
                        lo = min(lo, v)
                        hi = max(hi, v)
                        gs = gs + v
                        gq = gq + v * v
                        acc = acc + x[i] * fs
                    s += gs
                    q += gq
                    if k > 0:
                        acc = acc * inv
                        acc = acc * <float>32768.0
                        acc = min(max(acc, <float>-32768.0), <float>32767.0)
                        pcm[o] = <short>acc
                        p = pcm[o]
                        o += 1
                        d = p - last
                        e += p * p
                        de += d * d
                        last = p
            fmin[f] = <float>lo
            fmax[f] = <float>hi
            fmean[f] = <float>(s / flen)
            fpow[f] = <float>(q / flen)
            if k > 0:
                energy[f] = e
                diff_energy[f] = de
            total += s
            total_sq += q
    if sample_t is short:
        last = ilast
    return total, total_sq, last


def band_energy(short[::1] pcm, Py_ssize_t flen, double prev, double[::1] energy, double[::1] diff_energy):
    """Per frame of `flen` samples: sum of x**2 and of (x[n] - x[n-1])**2 (x in PCM units; `prev` is
    the sample before the first). Returns the last sample, for the next call."""
    cdef Py_ssize_t nf = pcm.shape[0] // flen, f, i
    cdef double v, d, e, de, last = prev
    with nogil:
        for f in range(nf):
            e = 0.0
            de = 0.0
            for i in range(f * flen, (f + 1) * flen):
                v = pcm[i]
                d = v - last
                e += v * v
                de += d * d
                last = v
            energy[f] = e
            diff_energy[f] = de
    return last


def true_peak(sample_t[::1] x, double scale, double[:, ::1] taps, Py_ssize_t lo, Py_ssize_t hi,
              Py_ssize_t half, double best, double l1):
    """The largest |interpolated sample| for the points n + p/factor, n in [lo, hi), p = 1..factor−1,
    or `best` if larger; also how many points were computed. taps[j, p−1] weighs x[n − half + j]; the
    caller keeps [lo − half, hi + half] inside `x`. Points are taken 32 at a time, and a group whose
    support peaks below best / l1 (l1: the largest sum of |taps| of a phase) is skipped: no point in it
    can beat the best."""
    cdef Py_ssize_t n, j, p, g, g_end, width = taps.shape[0], phases = taps.shape[1], done = 0
    cdef double y, m, v, limit
    with nogil:
        g = lo
        while g < hi:
            g_end = g + 32 if g + 32 < hi else hi
            m = 0.0
            for j in range(g - half, g_end + half):
                v = fabs(<double>x[j])
                if v > m:
                    m = v
            limit = best / (l1 * scale)
            if m > limit:
                done += g_end - g
                for n in range(g, g_end):
                    for p in range(phases):
                        y = 0.0
                        for j in range(width):
                            y += taps[j, p] * x[n - half + j]
                        y = fabs(y * scale)
                        if y > best:
                            best = y
            g = g_end
    return best, done
