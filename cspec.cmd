@echo off
rem Runs cspec from a checkout on Windows: builds server\app\target\cspec.jar when it is
rem missing (run "mvn -DskipTests package" yourself after changing sources), then runs it with
rem the JVM options of server\app\src\dist\jvm.options (the file every cspec launcher reads).
rem Concurrent first runs wait on a lock folder so that only one of them builds.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%server\app\target\cspec.jar"
set "LOCK=%ROOT%.cspec-build.lock"
if exist "%JAR%" goto run
set /a WAITED=0
:lock
mkdir "%LOCK%" 2>nul && goto locked
set /a WAITED+=1
if %WAITED% geq 900 (
  echo cspec: another build has held "%LOCK%" for 15 minutes; delete it if no build is running. 1>&2
  exit /b 2
)
timeout /t 1 /nobreak >nul 2>&1
goto lock
:locked
if not exist "%JAR%" (
  echo cspec: building "%JAR%"... 1>&2
  pushd "%ROOT%"
  call mvn -q -B -DskipTests -pl server/app -am package 1>&2
  popd
)
rmdir "%LOCK%" 2>nul
if not exist "%JAR%" (
  echo cspec: the build failed; see the messages above. 1>&2
  exit /b 2
)
:run
rem The class-data archive beside the jar (ignored when it does not fit this JDK or folder), and the
rem compilers (docs/benchmarks.md): the server keeps the JVM's default compilers; lint or format of a few named
rem files, a short run, uses the quick compiler (C1) alone; anything else lets the optimising compiler
rem wait for really hot code, so a long batch still reaches it, and inline into it no method already
rem compiled to more than 1,000 bytes (smaller trees for C2: a folder lint of 5,000 files costs about
rem a quarter less CPU, no other input measured slower).
set "JIT=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:InlineSmallCode=1000"
rem The server's heap starts at 64 MB and its young generation is half of it, so both grow with
rem the open documents: with the JVM's starting heap, fixed up to about 8 MB of text, the
rem collector's CPU per edit grew about 3 x per doubling of the document from 1 to 8 MB; with
rem these about 2 x, less at 8 MB, a little more at 1 MB (docs/benchmarks.md, issue 13
rem round 6). Lint keeps the defaults.
set "HEAP="
if /i "%~1"=="server" set "JIT="
if /i "%~1"=="server" set "HEAP=-Xms64m -XX:NewRatio=1"
rem A user who sizes the heap in Java's own variables keeps exactly that: the JVM refuses to start
rem when -Xms64m meets a smaller -Xmx, and options there come before these, which would override them.
set "USER_OPTIONS=[ %JDK_JAVA_OPTIONS% %JAVA_TOOL_OPTIONS% ]"
for %%o in (-Xms -Xmx -Xmn HeapSize RAMPercentage NewRatio NewSize) do call :unless_user_sizes_heap %%o
if /i "%~1"=="lint" call :few_named_files %*
if /i "%~1"=="format" call :few_named_files %*
java "@%ROOT%server\app\src\dist\jvm.options" "-XX:SharedArchiveFile=%ROOT%server\app\target\cspec.jsa" %JIT% %HEAP% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Lint or format of at most 100 named .cspec files and no folder is a short run: C1 alone.
:few_named_files
set /a COUNT=0
set "NAMED="
:next_argument
shift
if "%~1"=="" goto counted
set /a COUNT+=1
if exist "%~1\" exit /b 0
if /i "%~x1"==".cspec" if exist "%~1" set "NAMED=1"
goto next_argument
:counted
if %COUNT% gtr 100 exit /b 0
if defined NAMED set "JIT=-XX:TieredStopAtLevel=1"
exit /b 0

rem Drops the server's heap options when the user's Java options hold this text (%1).
:unless_user_sizes_heap
call set "WITHOUT=%%USER_OPTIONS:%~1=%%"
if not "%WITHOUT%"=="%USER_OPTIONS%" set "HEAP="
exit /b 0
