/* A stand-in java.exe for exercising portal.cmd under Wine (try-portal-cmd.sh; docs/release.md).
   Answers "-version" as the Java given by -DVERSION at compile time does, after the line
   JAVA_TOOL_OPTIONS adds; otherwise writes each argument it received, as Windows split them, to
   the file named by FAKE_JAVA_LOG (UTF-8, one "[argument]" a line), makes the file named by
   -XX:ArchiveClassesAtExit= and exits 0. Build: x86_64-w64-mingw32-gcc -DVERSION=... -lshell32 */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <wchar.h>

static void put(FILE *f, const wchar_t *text) {
  char utf8[4096];
  if (WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, sizeof utf8, NULL, NULL) > 0) {
    fputs(utf8, f);
  }
}

int main(void) {
  int argc;
  wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
  if (argc == 2 && wcscmp(argv[1], L"-version") == 0) {
    fprintf(stderr, "Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\n%s\n", VERSION);
    fprintf(stderr, "Runtime Environment (a stand-in)\n");
    return 0;
  }
  wchar_t log[1024];
  if (GetEnvironmentVariableW(L"FAKE_JAVA_LOG", log, 1024)) {
    FILE *f = _wfopen(log, L"ab");
    if (f) {
      fputs("RUN\n", f);
      for (int i = 0; i < argc; i++) {
        fputs("[", f);
        put(f, argv[i]);
        fputs("]\n", f);
      }
      fclose(f);
    }
  }
  for (int i = 1; i < argc; i++) {
    if (wcsncmp(argv[i], L"-XX:ArchiveClassesAtExit=", 25) == 0) {
      FILE *archive = _wfopen(argv[i] + 25, L"wb");
      if (archive) {
        fputs("archive", archive);
        fclose(archive);
      }
    }
  }
  return 0;
}
