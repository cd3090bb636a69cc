#!/usr/bin/env bash
# Builds the Linux application image and .deb with jpackage (bundled jlink runtime).
# Two launchers share the image: bin/bellwether (the console, and the desktop entry) and bin/bellwether-command
# (every other command, on a smaller heap); lib/bellwether, linked as /usr/bin/bellwether, picks one.
# Usage: installer/build-linux.sh VERSION [JVM_OPTIONS [COMMAND_JVM_OPTIONS]]   (run after `mvn package`; Maven's
# -Pinstaller does both; the options default to the pom's bellwether.jvm.options and bellwether.command.jvm.options)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:?usage: build-linux.sh VERSION [JVM_OPTIONS [COMMAND_JVM_OPTIONS]]}"
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml"
}
jvm_options="${2:-$(pom_property bellwether.jvm.options)}"
command_jvm_options="${3:-$(pom_property bellwether.command.jvm.options)}"
target="$root/target"
out="$target/installer"
input="$target/installer-input"
source "$root/installer/console-until.sh"

[ -f "$target/bellwether.jar" ] || { echo "build-linux.sh: run mvn package first (no target/bellwether.jar)" >&2; exit 2; }
command -v jpackage >/dev/null || { echo "build-linux.sh: jpackage not found (JDK 17+ needed)" >&2; exit 2; }
# The console hands freed C heap (the compilers' arenas, the toolkit's buffers) back to the system every 5 s
# where the bundled runtime can (17.0.9 and later): 287-296 MB resident 30 s into the demo against 312-319 MB.
jdk_java="$(dirname "$(readlink -f "$(command -v jpackage)")")/java"
if "$jdk_java" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
  jvm_options="$jvm_options -XX:TrimNativeHeapInterval=5000"
else
  echo "build-linux.sh: $jdk_java cannot trim its native heap (JDK before 17.0.9): the console keeps freed C heap" >&2
fi

rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp "$target/bellwether.jar" "$input/"
cp -r "$target/lib" "$input/lib"

modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.unsupported,jdk.zipfs"
common=(
  --name bellwether
  --app-version "$version"
  --description "Operator console for rolling out ML models safely"
  --vendor "Bellwether"
)
image_options=(
  --input "$input"
  --main-jar bellwether.jar
  --main-class io.bellwether.Main
  --icon "$root/assets/icon/bellwether-256.png"
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2"
  --java-options "-Dprism.lcdtext=false -XX:SharedArchiveFile=\$APPDIR/bellwether.jsa $jvm_options"
)

# Lists the classes the console loads until its first screen, for lib/make-class-archive: runs the image
# once under Xvfb on an empty workspace, the JVM writing each class it loads.
list_console_classes() {
  local image=$1 home
  if ! command -v xvfb-run >/dev/null; then
    echo "build-linux.sh: xvfb-run not installed: no class list, so no class-data archive (apt-get install xvfb)" >&2
    return
  fi
  home=$(mktemp -d)
  if ! console_until "$image/bin/bellwether" "$home" "$home/log" "WELCOME after" \
      "-XX:DumpLoadedClassList=$image/lib/app/bellwether.classlist"; then
    echo "build-linux.sh: the console did not reach its welcome screen while listing its classes; its output:" >&2
    cat "$home/log" >&2
    exit 1
  fi
  rm -rf "$home"
  echo "class list: $(grep -vc '^[#@]' "$image/lib/app/bellwether.classlist") classes the console loads until its first screen"
}

# The command line's launcher. jpackage's native launcher reads lib/app/<its own name>.cfg, so a copy of it
# under another name, with a cfg whose heap options are the command line's, runs the same application on
# another heap. (jpackage 17's --add-launcher would also add a menu entry: the console on the smaller heap.)
make_command_launcher() {
  local image=$1 app="$1/lib/app"
  cp "$image/bin/bellwether" "$image/bin/bellwether-command"
  awk -v console="$jvm_options" -v command="$command_jvm_options" '
    BEGIN { n = split(console, drop, " "); for (i = 1; i <= n; i++) dropped["java-options=" drop[i]] = 1 }
    !($0 in dropped) { print }
    END { n = split(command, add, " "); for (i = 1; i <= n; i++) print "java-options=" add[i] }
  ' "$app/bellwether.cfg" > "$app/bellwether-command.cfg"
  cp "$root/installer/bellwether-on-path.sh" "$image/lib/bellwether"
  chmod 755 "$image/lib/bellwether"
}

jpackage --type app-image --dest "$out" "${common[@]}" "${image_options[@]}"
image="$out/bellwether"
make_command_launcher "$image"
cp "$root/installer/make-class-archive.sh" "$image/lib/make-class-archive"
list_console_classes "$image"
echo "application image: $image"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  # From the image as it is now: the class list goes in, the archive is made where the package is installed.
  jpackage --type deb --dest "$out" "${common[@]}" --app-image "$image" \
    --resource-dir "$root/installer/linux" \
    --linux-package-name bellwether \
    --linux-app-category Development \
    --linux-menu-group "Development;Monitor" \
    --linux-shortcut \
    --linux-deb-maintainer "bellwether@localhost"
  ls -l "$out"/*.deb
else
  echo "build-linux.sh: dpkg-deb or fakeroot missing: .deb skipped" >&2
fi

"$image/lib/make-class-archive"
