#!/bin/bash
# FollowUp's LAUNCHER_ROLE on Linux, written into bin/ by packaging/BuildDistribution.java from
# packaging/linux/launcher.sh. It starts the image's own Java directly, instead of jpackage's native launcher: that
# one asks rpm and then dpkg at every start which package owns it (twice, `dpkg -S` reading the whole package
# database), a fifth of a second or more before Java starts (docs/performance.md).
self=$(readlink -f "$0")
image=${self%/bin/*}
app=$image/lib/app
java=$image/lib/runtime/bin/java
options=(JAVA_OPTIONS)

# Java 17's class-data archive names the jar it was made from by its path, so one made at build time is useless
# once the program is installed: the first run makes it in the user's cache folder instead, one for each place the
# program is in, made again when the jar is newer. It holds the classes that run used, so a run that only prints
# the help or the version does not make it. The JVM ignores a damaged one, so it only ever costs time.
if FIRST_RUN_ARCHIVE; then
    cache=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/followup/${image//\//_}
    archive=$cache/CACHE_NAME.jsa
    if [ "$archive" -nt "$app/followup.jar" ]; then
        options+=("-XX:SharedArchiveFile=$archive")
    elif [[ " $* " != *" --help "* && " $* " != *" -h "* && " $* " != *" --version "* && " $* " != *" -V "* ]] \
            && mkdir -p "$cache" 2>/dev/null; then
        # written under a name of its own and moved into place after a successful run: a run started meanwhile
        # never maps a half-written archive, and one that stopped on a mistake in its arguments makes none
        "$java" "${options[@]}" "-XX:ArchiveClassesAtExit=$archive.$$" -cp "$app/followup.jar" \
            app.followup.Launcher "$@"
        status=$?
        if [ $status -eq 0 ]; then
            mv -f "$archive.$$" "$archive" 2>/dev/null
        fi
        rm -f "$archive.$$"
        exit $status
    fi
fi
exec "$java" "${options[@]}" -cp "$app/followup.jar" app.followup.Launcher "$@"
