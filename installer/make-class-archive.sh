#!/bin/sh
# Makes the console's class-data archive (AppCDS) where the application is installed: the JVM then maps
# the classes the console loads before its first screen (listed at build time in bellwether.classlist)
# instead of parsing them at every start. An archive holds the classpath it was made with, so it is made
# in place (by the package's postinst); without it the console starts as before, only slower.
# Usage: lib/make-class-archive   (inside the application image or the installed /opt/bellwether)
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/lib/app"
archive="$app/bellwether.jsa"
classpath=$(sed -n 's/^app\.classpath=//p' "$app/bellwether.cfg" | sed "s|\\\$APPDIR|$app|" | paste -sd: -)
rm -f "$archive"
if [ ! -f "$app/bellwether.classlist" ]; then
  echo "bellwether: no class list in $app (built without a display): no class-data archive" >&2
  exit 0
fi
if "$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/bellwether.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$classpath" > "$archive.log" 2>&1; then
  rm -f "$archive.log"
  echo "bellwether: class-data archive made ($(du -k "$archive" | cut -f1) KB)"
else
  rm -f "$archive"
  echo "bellwether: no class-data archive, the console starts without it (see $archive.log)" >&2
fi
