/* A stand-in for Windows' bcryptprimitives.dll, for running Gavel's .exe files under Wine 8 only.
 *
 * Rust's standard library (1.78 and later) gets its random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10 and 11 has but Wine 8.0 (Debian 12's) lacks, so
 * without this no Rust program starts under that Wine. It answers with advapi32's RtlGenRandom
 * (exported as SystemFunction036), which Wine has. It is copied into the test prefix's system32 by
 * scripts/windows/wine.sh and never shipped: the installer does not contain it.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a ULONG length, so a larger request is served in pieces. */
    while (length > 0) {
        ULONG piece = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
