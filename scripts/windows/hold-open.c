/* hold-open.exe FILE: opens FILE as PDF readers and Office do, shared for reading only (so that
 * no other program may write, rename or delete it), prints "open", and holds it until its
 * standard input closes. tests/it/windows.rs uses it to show what Gavel does when the minutes
 * it should replace are open in a reader. Built with mingw-w64 by the test; never shipped.
 */
#include <stdio.h>
#include <windows.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: hold-open.exe FILE\n");
        return 2;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        printf("cannot open (error %lu)\n", GetLastError());
        return 1;
    }
    printf("open\n");
    fflush(stdout);
    while (getchar() != EOF) {
    }
    CloseHandle(file);
    return 0;
}
