@echo off
rem cspec, from the distribution archive, on Windows: runs lib\cspec.jar with the JVM options in
rem lib\jvm.options (the file every cspec launcher reads). Java 17+ comes from JAVA_HOME, else PATH.
setlocal
set "CSPEC_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="java" (
  where java >nul 2>&1 || (
    echo cspec: Java 17 or newer is needed and none was found; install one, such as Eclipse Temurin 17, or set JAVA_HOME. 1>&2
    exit /b 2
  )
)
rem The class-data archive beside the jar (ignored when it does not fit this JDK or folder); every
rem command but the server lets the optimising compiler wait for really hot code.
set "SHORT_RUN=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
if /i "%~1"=="server" set "SHORT_RUN="
"%JAVA%" "@%CSPEC_HOME%\lib\jvm.options" "-XX:SharedArchiveFile=%CSPEC_HOME%\lib\cspec.jsa" %SHORT_RUN% -jar "%CSPEC_HOME%\lib\cspec.jar" %*
exit /b %ERRORLEVEL%
