#!/usr/bin/env bash
# Builds the Linux application image and .deb with jpackage (bundled jlink runtime).
# Usage: installer/build-linux.sh VERSION [JVM_OPTIONS]   (run after `mvn package`; Maven's -Pinstaller does both
# and passes the pom's bellwether.jvm.options)
set -euo pipefail
version="${1:?usage: build-linux.sh VERSION [JVM_OPTIONS]}"
jvm_options="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/target"
out="$target/installer"
input="$target/installer-input"

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
  --vendor "Bellwether"
  --description "Operator console for rolling out ML models safely"
  --input "$input"
  --main-jar bellwether.jar
  --main-class io.bellwether.Main
  --icon "$root/assets/icon/bellwether-256.png"
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2"
  --java-options "-Dprism.lcdtext=false $jvm_options"
)

jpackage --type app-image --dest "$out" "${common[@]}"
echo "application image: $out/bellwether"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --dest "$out" "${common[@]}" \
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
