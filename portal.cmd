@echo off
rem Framework Portal launcher for Windows. Usage: portal build ^| check ^| serve ^| --help
rem In a release (app\portal.jar beside this file) it runs the packaged generator with Java
rem alone, never Maven. In the project's source folder it first builds the generator with the
rem Maven wrapper when it is missing or older than its sources. docs\release.md explains each
rem step, and why every path is in quotes and no block holds one.
setlocal EnableExtensions DisableDelayedExpansion
set "HOME_DIR=%~dp0"
if "%HOME_DIR:~-1%"=="\" set "HOME_DIR=%HOME_DIR:~0,-1%"

rem Java 17 or newer: JAVA_HOME first, then the java.exe on PATH.
set "JAVA="
set "OLDER_VERSION="
set "OLDER_PATH="
if not defined JAVA_HOME goto :java_on_path
rem JAVA_HOME is sometimes set with quotes around it: they are dropped.
set "CANDIDATE=%JAVA_HOME:"=%\bin\java.exe"
call :try_java
:java_on_path
if defined JAVA goto :java_found
set "CANDIDATE="
for %%J in (java.exe) do set "CANDIDATE=%%~$PATH:J"
if defined CANDIDATE call :try_java
if defined JAVA goto :java_found
if defined OLDER_VERSION goto :java_too_old
echo Framework Portal needs Java 17 or newer, and none was found on this computer; install it from https://adoptium.net ^(or ask IT^), then try again. 1>&2
exit /b 3
:java_too_old
for %%P in ("%OLDER_PATH%") do echo Framework Portal needs Java 17 or newer, but this computer has only Java %OLDER_VERSION% at %%~P; install Java 17 or newer from https://adoptium.net ^(or ask IT^), then try again. 1>&2
exit /b 3
:java_found

rem Builds: C1 only, no perf-data file, the parallel collector with a fixed young generation, and
rem a class-data-sharing archive of the generator's classes (docs/performance.md).
set "JVM=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn160m -XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
set "JAR=%HOME_DIR%\app\portal.jar"
if exist "%JAR%" goto :release

rem The project's source folder: build the generator when it is missing or older than its sources.
set "JAR=%HOME_DIR%\generator\target\portal.jar"
set "CDS=%HOME_DIR%\generator\target\portal.jsa"
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE for /f "delims=" %%F in ('powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; @(Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:HOME_DIR 'generator\src\main'),(Join-Path $env:HOME_DIR 'generator\pom.xml'),(Join-Path $env:HOME_DIR 'pom.xml') | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%F"=="0" set "STALE=1"
if not defined STALE goto :cds
if exist "%HOME_DIR%\mvnw.cmd" goto :maven
echo Framework Portal is incomplete: this folder has neither app\portal.jar nor the source to build it; unpack the release again. 1>&2
exit /b 3
:maven
echo Preparing the portal generator ^(first run, or its code changed^)... 1>&2
rem The Maven wrapper uses JAVA_HOME when set: when that Java was too old, it uses PATH's.
if defined JAVA_HOME if /i not "%JAVA%"=="%JAVA_HOME%\bin\java.exe" set "JAVA_HOME="
call "%HOME_DIR%\mvnw.cmd" -q -B -DskipTests -Dassembly.skipAssembly=true -f "%HOME_DIR%\pom.xml" package 1>&2
if errorlevel 1 exit /b 3
if exist "%CDS%" del "%CDS%"
goto :cds

:release
rem A release: the packaged generator. Its class-data archive goes to the user's own local folder
rem (a shared drive may be read-only, slow, or shared by people with other Javas), named after the
rem generator's size and the Java's version; without such a folder the portal runs without one.
set "CDS="
if not defined LOCALAPPDATA goto :run
set "CACHE=%LOCALAPPDATA%\Framework Portal"
if not exist "%CACHE%\" mkdir "%CACHE%" >nul 2>&1
if not exist "%CACHE%\" goto :run
for %%F in ("%JAR%") do set "CDS=%CACHE%\portal-%%~zF-%JAVA_VERSION%.jsa"
if not exist "%CDS%" echo Getting ready for the first run ^(a few seconds, once^)... 1>&2

:cds
if not defined CDS goto :run
if exist "%CDS%" goto :run
rem One training build records the classes the generator loads; later runs map them in. It is
rem written under a name of its own and moved into place whole; if anything fails, the portal
rem runs without it.
set "TRAINING=%TEMP%\portal-cds-%RANDOM%%RANDOM%"
set "PART=%CDS%.%RANDOM%%RANDOM%.tmp"
"%JAVA%" %JVM% -XX:ArchiveClassesAtExit="%PART%" -Dportal.home="%HOME_DIR%" -jar "%JAR%" build --content "%HOME_DIR%\content" --out "%TRAINING%" >nul 2>&1
if not errorlevel 1 if exist "%PART%" move /y "%PART%" "%CDS%" >nul 2>&1
if exist "%PART%" del "%PART%" >nul 2>&1
if exist "%TRAINING%\" rmdir /s /q "%TRAINING%" >nul 2>&1

:run
rem The preview server runs for hours: the JVM's own defaults (C2 and G1) make each edit fast.
if /i "%~1"=="serve" set "JVM=-XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
if not defined CDS goto :launch
if exist "%CDS%" set "JVM=%JVM% -XX:SharedArchiveFile="%CDS%""
:launch
"%JAVA%" %JVM% -Dportal.home="%HOME_DIR%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:try_java
rem Sets JAVA to CANDIDATE when it runs as Java 17 or newer, else remembers it for the message.
rem java -version prints to stderr, perhaps after "Picked up JAVA_TOOL_OPTIONS: ...": the version
rem is the third word of the line whose second word is "version", in quotes, as "17.0.15", "21",
rem "25-ea" or (Java 8) "1.8.0_381". A file is read, not a pipe, so no quotes are ever re-parsed.
if not exist "%CANDIDATE%" goto :eof
set "VERSION="
set "MAJOR="
set "MINOR="
set "VERSION_FILE=%TEMP%\portal-java-version-%RANDOM%%RANDOM%.txt"
"%CANDIDATE%" -version 2>"%VERSION_FILE%" >nul
if exist "%VERSION_FILE%" for /f "usebackq tokens=1-3" %%A in ("%VERSION_FILE%") do if /i "%%B"=="version" if not defined VERSION set "VERSION=%%~C"
if exist "%VERSION_FILE%" del "%VERSION_FILE%" >nul 2>&1
if not defined VERSION goto :eof
for /f "tokens=1,2 delims=.-+_" %%A in ("%VERSION%") do (
  set "MAJOR=%%A"
  set "MINOR=%%B"
)
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
set "MAJOR_NUMBER=0"
set /a "MAJOR_NUMBER=MAJOR" >nul 2>&1
if %MAJOR_NUMBER% GEQ 17 goto :java_ok
if not defined OLDER_VERSION set "OLDER_PATH=%CANDIDATE%"
if not defined OLDER_VERSION set "OLDER_VERSION=%MAJOR_NUMBER%"
goto :eof
:java_ok
set "JAVA=%CANDIDATE%"
set "JAVA_VERSION=%VERSION%"
goto :eof
