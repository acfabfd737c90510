@echo off
rem Framework Portal launcher for Windows: builds the generator when it is missing or older
rem than its sources, then runs it. Usage: portal build ^| check ^| --help
setlocal
set "HOME_DIR=%~dp0"
if "%HOME_DIR:~-1%"=="\" set "HOME_DIR=%HOME_DIR:~0,-1%"
set "JAR=%HOME_DIR%\generator\target\portal.jar"
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f "delims=" %%F in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%HOME_DIR%\generator\src\main','%HOME_DIR%\generator\pom.xml','%HOME_DIR%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%F"=="0" set "STALE=1"
)
if defined STALE (
  echo Preparing the portal generator ^(first run, or its code changed^)... 1>&2
  call "%HOME_DIR%\mvnw.cmd" -q -B -DskipTests -f "%HOME_DIR%\pom.xml" package 1>&2
  if errorlevel 1 exit /b 3
)
set "CDS=%HOME_DIR%\generator\target\portal.jsa"
set "JVM=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn160m -XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
if defined STALE if exist "%CDS%" del "%CDS%"
if not exist "%CDS%" (
  java %JVM% -XX:ArchiveClassesAtExit="%CDS%" -Dportal.home="%HOME_DIR%" -jar "%JAR%" build --content "%HOME_DIR%\content" --out "%HOME_DIR%\generator\target\cds-training-site" >nul 2>&1
  if exist "%HOME_DIR%\generator\target\cds-training-site" rmdir /s /q "%HOME_DIR%\generator\target\cds-training-site"
)
rem The preview server runs for hours: the JVM's own defaults (C2 and G1) make each edit fast.
if /i "%~1"=="serve" set "JVM=-XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%CDS%" set "JVM=%JVM% -XX:SharedArchiveFile="%CDS%""
java %JVM% -Dportal.home="%HOME_DIR%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
