#!/usr/bin/env bash
# Builds the Linux application image and .deb with jpackage (bundled jlink runtime).
# Usage: installer/build-linux.sh VERSION [JVM_OPTIONS]   (run after `mvn package`; Maven's -Pinstaller does both;
# JVM_OPTIONS default to the pom's bellwether.jvm.options)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:?usage: build-linux.sh VERSION [JVM_OPTIONS]}"
jvm_options="${2:-$(sed -n 's:.*<bellwether.jvm.options>\(.*\)</bellwether.jvm.options>.*:\1:p' "$root/pom.xml")}"
target="$root/target"
out="$target/installer"
input="$target/installer-input"
source "$root/installer/console-until.sh"

[ -f "$target/bellwether.jar" ] || { echo "build-linux.sh: run mvn package first (no target/bellwether.jar)" >&2; exit 2; }
command -v jpackage >/dev/null || { echo "build-linux.sh: jpackage not found (JDK 17+ needed)" >&2; exit 2; }

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

jpackage --type app-image --dest "$out" "${common[@]}" "${image_options[@]}"
image="$out/bellwether"
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
