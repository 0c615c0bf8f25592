@echo off
rem retort: runs retort.jar with start-up flags for short commands (see bin/retort for what each flag does).
rem JAVA_OPTS and RETORT_OPTS are passed to the JVM; JAVA_HOME picks the runtime; RETORT_JAR overrides the jar.
setlocal
set "RETORT_HOME=%~dp0.."
if defined RETORT_JAR (set "JAR=%RETORT_JAR%") else (set "JAR=%RETORT_HOME%\lib\retort.jar")
if not exist "%JAR%" (
  echo ERROR: retort.jar not found at %JAR%; set RETORT_JAR to its path 1>&2
  exit /b 2
)
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=4 -Xshare:auto %JAVA_OPTS% %RETORT_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
