@echo off
rem Starts Tagbench on Windows. There is no native Eclipse launcher on Maven Central, so this script
rem finds a Java 21+ and runs the Equinox launcher jar. Environment: JAVA_HOME, TAGBENCH_VMARGS,
rem TAGBENCH_MAX_HEAP (default 4g).
setlocal EnableExtensions EnableDelayedExpansion
set "APP_HOME=%~dp0"
set "REQUIRED_JAVA=21"

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "!JAVA!" (
    echo tagbench: JAVA_HOME is set to "%JAVA_HOME%", but "!JAVA!" does not exist. Point JAVA_HOME at a Java %REQUIRED_JAVA% or newer. 1>&2
    exit /b 2
  )
) else (
  set "JAVA="
  for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%J"
  if not defined JAVA (
    echo tagbench: Tagbench needs Java %REQUIRED_JAVA% or newer, and no Java was found. Install one or set JAVA_HOME. 1>&2
    exit /b 2
  )
)

set "JAVA_VERSION="
for /f "tokens=3" %%V in ('"!JAVA!" -version 2^>^&1 ^| findstr /i "version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~V"
for /f "tokens=1,2 delims=." %%A in ("!JAVA_VERSION!") do (
  set "MAJOR=%%A"
  if "%%A"=="1" set "MAJOR=%%B"
)
if not defined MAJOR (
  echo tagbench: cannot tell the version of the Java at !JAVA!. Tagbench needs Java %REQUIRED_JAVA% or newer. 1>&2
  exit /b 2
)
if !MAJOR! LSS %REQUIRED_JAVA% (
  echo tagbench: Tagbench needs Java %REQUIRED_JAVA% or newer, but !JAVA! is Java !JAVA_VERSION!. 1>&2
  exit /b 2
)

set "LAUNCHER="
for %%L in ("%APP_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo tagbench: the installation in %APP_HOME% is incomplete: plugins\org.eclipse.equinox.launcher_*.jar is missing. 1>&2
  exit /b 2
)
if not defined TAGBENCH_MAX_HEAP set "TAGBENCH_MAX_HEAP=4g"

rem "tagbench --headless <command>" runs the same product without a window, for scripts.
set "MODE_ARGS=-consoleLog"
set ARGS=%*
if not "%~1"=="--headless" goto launch
set "MODE_ARGS=-application org.tagbench.cli.headless -data @none -nosplash"
set "ARGS="
shift
:collect
if "%~1"=="" goto launch
set ARGS=!ARGS! "%~1"
shift
goto collect

:launch
rem Newer Javas warn when a library loads native code or uses sun.misc.Unsafe; a desktop application does both.
set "PLATFORM_VMARGS="
if !MAJOR! GEQ 22 set "PLATFORM_VMARGS=--enable-native-access=ALL-UNNAMED"
if !MAJOR! GEQ 23 set "PLATFORM_VMARGS=!PLATFORM_VMARGS! --sun-misc-unsafe-memory-access=allow"
:relaunch
"!JAVA!" -Xms256m -Xmx%TAGBENCH_MAX_HEAP% -XX:+UseG1GC -Dosgi.requiredJavaVersion=%REQUIRED_JAVA% !PLATFORM_VMARGS! %TAGBENCH_VMARGS% -jar "!LAUNCHER!" -name Tagbench %MODE_ARGS% !ARGS!
set "CODE=!ERRORLEVEL!"
if "!CODE!"=="23" goto relaunch
if "!CODE!"=="24" goto relaunch
exit /b !CODE!
