# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""Compiled inner loops of the analysis pass (see kernels.py, which holds the numpy twins the tests
compare them with, and picks these when the extension was built).

Every function reads one channel of a block in place (int16 PCM, scaled by `scale`, or float32/64,
contiguous), releases the GIL, and keeps no state of its own: what carries over between blocks is passed in
and out by the caller, exactly as in the numpy versions.
"""

from cpython.pycapsule cimport PyCapsule_GetPointer
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
DEF CHUNK = 512

cdef extern from "_simd.h" nogil:
    enum: KW_LANES
    ctypedef double kw_vec
    kw_vec KW_ZERO
    kw_vec KW_LOAD(...)
    kw_vec KW_LOAD_AT(...)
    double KW_LANE(kw_vec, int)

LANES = KW_LANES  # lanes of the K-weighting filter in this build


def kweight(sample_t[::1] tail, sample_t[::1] x, double scale, double[::1] coef, Py_ssize_t start,
            Py_ssize_t n, long long[::1] ends, double[::1] out):
    """K-weighting as two biquads in direct form I (float64): out[j] = Σ y² over block positions
    [start + ends[j−1], start + ends[j]) (ends[−1] taken as 0, ends[−1] ≤ n), the filter starting from
    rest len(tail) samples before `start`. Block position p is x[p]; before the block, the samples of
    `tail` (the end of the previous block, or zeros) stand for positions −len(tail)…−1.

    The stretch is cut into LANES equal parts filtered side by side, one per lane of a vector register,
    each starting from rest len(tail) samples before its part: the filter forgets its start long before
    that (the caller sizes `tail` from the slowest pole), so every part comes out as if the whole take
    had been filtered in one go. One lane at a time the recursion is bound by its own chain of
    multiply–adds; side by side it is bound by the arithmetic, three to four times faster.

    Each lane's running Σ y² since the start of the chunk is kept per sample, and a segment's sum is
    the difference of two of them: no second pass over the samples."""
    cdef Py_ssize_t W = tail.shape[0], N = x.shape[0]
    cdef Py_ssize_t L = (n + KW_LANES - 1) // KW_LANES
    cdef Py_ssize_t total = W + L, t = 0, c, i, l, i0, p, pend, e, base, q0, q1
    cdef double b0 = coef[0], b1 = coef[1], b2 = coef[2], a1 = coef[3], a2 = coef[4]
    cdef double c0 = coef[5], c1 = coef[6], c2 = coef[7], d1 = coef[8], d2 = coef[9]
    cdef kw_vec x1 = KW_ZERO, x2 = KW_ZERO, y1 = KW_ZERO, y2 = KW_ZERO
    cdef kw_vec u1 = KW_ZERO, u2 = KW_ZERO, w1 = KW_ZERO, w2 = KW_ZERO, v, u, w, cum
    cdef kw_vec buf[CHUNK]
    cdef Py_ssize_t j[KW_LANES]
    cdef double acc
    cdef Py_ssize_t nends = ends.shape[0]
    if out.shape[0] < nends or (nends and ends[nends - 1] > n) or start < 0 or start + n > N or W == 0:
        raise ValueError("ends must lie in the stretch, the stretch in the block, out hold one sum per end")
    cdef const sample_t* px = &x[0]
    cdef const sample_t* pt = &tail[0]
    with nogil:
        for l in range(KW_LANES):
            j[l] = 0
            while j[l] < nends and ends[j[l]] <= l * L:
                j[l] += 1
        for e in range(nends):
            out[e] = 0.0
        while t < total:
            c = CHUNK if total - t > CHUNK else total - t
            q0 = start - W + t  # the block position lane 0 reads first in this chunk
            q1 = q0 + (KW_LANES - 1) * L + c - 1  # and the last lane last
            cum = KW_ZERO
            for i in range(c):
                if q0 >= 0 and q1 < N:
                    v = KW_LOAD(px, q0 + i, L) * scale
                else:
                    v = KW_LOAD_AT(px, pt, W, N, q0 + i, L) * scale
                # the state's own term last: the recursion waits on it alone, not on the whole sum
                u = (b0 * v + b1 * x1 + b2 * x2 - a2 * y2 + GUARD) - a1 * y1
                x2 = x1
                x1 = v
                y2 = y1
                y1 = u
                w = (c0 * u + c1 * u1 + c2 * u2 - d2 * w2 + GUARD) - d1 * w1
                u2 = u1
                u1 = u
                w2 = w1
                w1 = w
                cum = cum + w * w
                buf[i] = cum
            if t + c > W:
                i0 = W - t if W > t else 0
                for l in range(KW_LANES):
                    base = l * L + t - W  # the stretch position of buf[0] in lane l
                    p = base + i0
                    pend = base + c
                    if pend > (l + 1) * L:
                        pend = (l + 1) * L
                    if pend > n:
                        pend = n
                    while p < pend and j[l] < nends:
                        e = ends[j[l]]
                        if e > pend:
                            e = pend
                        acc = KW_LANE(buf[e - base - 1], l)
                        if p > base:
                            acc = acc - KW_LANE(buf[p - base - 1], l)
                        out[j[l]] += acc
                        if e == ends[j[l]]:
                            j[l] += 1
                        p = e
            t += c


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
    cdef Py_ssize_t step = k if k > 0 else flen
    groups = flen // step
    with nogil:
        for f in range(nf):
            base = f * flen
            e = 0.0
            de = 0.0
            if sample_t is short:
                # one plain loop over the frame (the compiler vectorises it), then the k-sample sums
                ilo = x[base]
                ihi = ilo
                isum = 0
                isq = 0
                for i in range(base, base + flen):
                    iv = x[i]
                    ilo = iv if iv < ilo else ilo
                    ihi = iv if iv > ihi else ihi
                    isum += iv
                    isq += iv * iv
                if k > 0:
                    # (float)gsum · fs · inv · 32768 rounds as (float)gsum · inv: fs and 32768 are powers of 2
                    if k == 3:
                        for g in range(groups):
                            i = base + 3 * g
                            gsum = x[i] + x[i + 1] + x[i + 2]
                            acc = min(max((<float>gsum) * inv, <float>-32768.0), <float>32767.0)
                            pcm[o + g] = <short>acc
                    else:
                        for g in range(groups):
                            gsum = 0
                            for i in range(base + g * k, base + g * k + k):
                                gsum = gsum + x[i]
                            acc = min(max((<float>gsum) * inv, <float>-32768.0), <float>32767.0)
                            pcm[o + g] = <short>acc
                    ip = pcm[o]
                    idd = ip - ilast
                    ie = ip * ip
                    ide = idd * idd
                    for g in range(o + 1, o + groups):  # each difference from the array: no carried sample
                        ip = pcm[g]
                        idd = ip - pcm[g - 1]
                        ie += ip * ip
                        ide += idd * idd
                    ilast = pcm[o + groups - 1]
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


DEF GROUP = 32
DEF MAX_SUPPORT = 256


def true_peak(sample_t[::1] x, double scale, double[:, ::1] taps, long long[::1] los, long long[::1] his,
              double[::1] bounds, Py_ssize_t half, double best, double l1):
    """The largest |interpolated sample| for the points n + p/factor, p = 1..factor−1, of n in each range
    [los[r], his[r]), or `best` if larger; also how many points were computed. taps[j, p−1] weighs
    x[n − half + j]; the caller keeps every range's [lo − half, hi + half] inside `x`.

    Ranges come loudest first: bounds[r] is the largest |sample| (scaled) in range r's support, so when
    bounds[r] · l1 (l1: the largest Σ|taps| of a phase) cannot beat the best so far, neither can any
    range after it. Within a range points are taken 32 at a time, and a group whose support peaks below
    best / l1 is skipped. A group's points are computed side by side, one tap at a time (the compiler
    vectorises that loop), each point's sum still taken in tap order."""
    cdef Py_ssize_t r, n, i, j, p, g, g_end, cnt, lo, hi, width = taps.shape[0], phases = taps.shape[1]
    cdef Py_ssize_t done = 0
    cdef double y, m, v, limit, t
    cdef double xs[GROUP + MAX_SUPPORT]
    cdef double acc[GROUP]
    if width > MAX_SUPPORT or his.shape[0] != los.shape[0] or bounds.shape[0] != los.shape[0]:
        raise ValueError("too many taps, or ranges and bounds of different lengths")
    with nogil:
        for r in range(los.shape[0]):
            if bounds[r] * l1 <= best:
                break
            lo = <Py_ssize_t>los[r]
            hi = <Py_ssize_t>his[r]
            g = lo
            while g < hi:
                g_end = g + GROUP if g + GROUP < hi else hi
                cnt = g_end - g
                m = 0.0
                for j in range(g - half, g_end + half):
                    v = fabs(<double>x[j])
                    if v > m:
                        m = v
                limit = best / (l1 * scale)
                if m > limit:
                    done += cnt
                    for i in range(cnt + width - 1):
                        xs[i] = <double>x[g - half + i]
                    for p in range(phases):
                        for i in range(cnt):
                            acc[i] = 0.0
                        for j in range(width):
                            t = taps[j, p]
                            for i in range(cnt):
                                acc[i] += t * xs[i + j]
                        for i in range(cnt):
                            y = fabs(acc[i] * scale)
                            if y > best:
                                best = y
                g = g_end
    return best, done


ctypedef int (*vad_process_t)(void* handle, int fs, const short* frame, size_t length) noexcept nogil


def vad_frames(size_t process, object handle, short[::1] pcm, Py_ssize_t frame, int rate,
               unsigned char[::1] out):
    """WebRTC VAD decisions of the whole `frame`-sample frames of `pcm` into `out`, with the GIL released.

    `process` is the address of `WebRtcVad_Process` in webrtcvad's own extension and `handle` the capsule
    its `create()` returned: the very function its Python `process()` calls once per frame, here called
    for every frame of a block in one loop. Returns the number of frames, or −1 if the VAD refused one."""
    cdef vad_process_t fn = <vad_process_t>process
    cdef void* inst = PyCapsule_GetPointer(handle, "WebRtcVadPtr")
    cdef Py_ssize_t n = pcm.shape[0] // frame, i
    cdef int r = 0
    if out.shape[0] < n:
        raise ValueError("output too short")
    with nogil:
        for i in range(n):
            r = fn(inst, rate, &pcm[i * frame], <size_t>frame)
            if r < 0:
                break
            out[i] = <unsigned char>r
    return -1 if r < 0 else n
