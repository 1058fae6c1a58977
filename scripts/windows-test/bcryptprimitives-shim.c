/* TEST ONLY, never shipped: Wine 8.0 has no bcryptprimitives.dll, whose ProcessPrng Rust's std
 * imports on Windows for random numbers (HashMap keys). scripts/test-windows.sh builds this with
 * mingw-w64 and puts it in the test's own Wine prefix; it hands ProcessPrng to RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has. Real Windows 10/11 has the real DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
