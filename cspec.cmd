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
rem The class-data archive beside the jar (ignored when it does not fit this JDK); every command
rem but the server lets the optimising compiler wait for really hot code (docs/benchmarks.md).
set "SHORT_RUN=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
if /i "%~1"=="server" set "SHORT_RUN="
java "@%ROOT%server\app\src\dist\jvm.options" "-XX:SharedArchiveFile=%ROOT%server\app\target\cspec.jsa" %SHORT_RUN% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
