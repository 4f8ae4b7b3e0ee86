#!/usr/bin/env bash
# Builds the image's base from nothing (no base image is reachable here; ADR 0005). It assembles this root file system:
#
#   /opt/java            a jlink-built Java runtime from the build JDK (modules: jdeps of the app + RUNTIME_MODULES)
#   /opt/java/lib/security/cacerts   built from Debian's ca-certificates package
#   /lib64, /lib/x86_64-linux-gnu    the dynamic loader and the shared libraries the runtime needs, taken from
#                                    Debian packages (apt-get download + dpkg-deb -x), named in /opt/image/PACKAGES
#   /etc/passwd, group, nsswitch.conf, hosts   a non-root user "registry" (65532:65532)
#   /app/data, /tmp      the data directory (owned by 65532, 0750) and /tmp (1777)
#
# and writes it as a one-layer base image, agreements-api/$BUILD_DIR_NAME/runtime-base.tar (`docker save` format),
# which the `image` profile uses as from.image=tar://... (ADR 0005 says why not extraDirectories on scratch).
#
# Usage: infra/deploy/image/build-runtime.sh [app-jar] [output-dir]
#   app-jar     default agreements-api/$BUILD_DIR_NAME/samarbeidsavtaleregisteret.jar; used for jdeps (optional)
#   output-dir  default agreements-api/$BUILD_DIR_NAME/image-root (staging; the tarball is written beside it)
# Env: BUILD_DIR_NAME (default target), JAVA_HOME (default: the JDK of `javac` on PATH; must have jmods/),
#      APT_UPDATE=1 to run `apt-get update` first.
# Needs: a JDK 17 with jmods (jlink, jdeps), apt-get and dpkg-deb (Debian bookworm build host, amd64). Root only for
# APT_UPDATE and for the final check inside the new root (skipped otherwise). Network: the Debian mirror only.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
build_dir_name="${BUILD_DIR_NAME:-target}"
jar="${1:-$repo/agreements-api/$build_dir_name/samarbeidsavtaleregisteret.jar}"
out="${2:-$repo/agreements-api/$build_dir_name/image-root}"

if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
[[ -d "$JAVA_HOME/jmods" ]] || { echo "no jmods in JAVA_HOME=$JAVA_HOME (need a full JDK, e.g. Debian openjdk-17-jdk-headless)" >&2; exit 1; }
java_version="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')"
[[ "$java_version" == 17.* ]] || { echo "JAVA_HOME=$JAVA_HOME is Java $java_version; the image is built for 17" >&2; exit 1; }
[[ "$(dpkg --print-architecture)" == amd64 ]] || { echo "only amd64 build hosts are supported" >&2; exit 1; }

# Modules jdeps cannot see because they are loaded by name or through services at run time:
#   jdk.crypto.ec    EC keys and ECDHE for TLS (MongoDB with tls=true, OIDC issuer over https)
#   jdk.naming.dns   DNS SRV/TXT lookups for mongodb+srv:// URIs
#   jdk.zipfs        zip/jar file systems (FileSystems.newFileSystem on a jar)
#   jdk.localedata   Norwegian (nb/nn/no) dates and numbers; java.base alone has only English
#   jdk.charsets     non-standard charsets (ISO-8859-x beyond -1, windows-125x) for imports/exports
#   jdk.management   OperatingSystemMXBean details behind Actuator's process/system metrics
#   java.management, java.logging, java.xml, java.sql, java.naming, java.instrument, jdk.unsupported,
#   java.desktop (PDFBox, POI, java.beans), java.net.http, java.security.jgss (MongoDB Kerberos auth):
#                    Spring Boot, Tomcat, H2, the MongoDB driver, the exports; listed so a jdeps miss cannot drop them
RUNTIME_MODULES="java.base,java.logging,java.management,java.naming,java.instrument,java.sql,java.xml,java.desktop,java.net.http,java.security.jgss,jdk.unsupported,jdk.crypto.ec,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.management"
LOCALES="en,nb,nn,no"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

modules="$RUNTIME_MODULES"
if [[ -f "$jar" ]]; then
  echo "jdeps on $jar ..."
  mkdir -p "$work/app"
  (cd "$work/app" && "$JAVA_HOME/bin/jar" xf "$jar" BOOT-INF)
  found="$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
      --class-path "$work/app/BOOT-INF/lib/*" -R "$work/app/BOOT-INF/classes" | tail -1)"
  echo "  jdeps: $found"
  modules="$modules,$found"
else
  echo "no app jar at $jar: using RUNTIME_MODULES only (run the package step first to add what jdeps finds)"
fi
modules="$(tr ',' '\n' <<<"$modules" | sed '/^$/d' | sort -u | paste -sd, -)"
echo "modules: $modules"

rm -rf "$out"
mkdir -p "$out/opt"
"$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods" --add-modules "$modules" \
  --include-locales="$LOCALES" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/opt/java"
# Headless server: the X11 toolkit, the splash screen and ALSA sound are never loaded (java.awt.headless=true),
# and shipping them would drag in libX11, libasound and friends.
rm -f "$out/opt/java/lib/libawt_xawt.so" "$out/opt/java/lib/libsplashscreen.so" "$out/opt/java/lib/libjsound.so"

# --- Debian packages: trust store and shared libraries ------------------------------------------------------
if [[ "${APT_UPDATE:-0}" == 1 ]]; then apt-get update -qq; fi
mkdir -p "$work/debs" "$work/pkgroot"
fetch() { # fetch <package>: download the candidate version and unpack it into $work/pkgroot
  local pkg="$1"
  if ! ls "$work/debs/${pkg}_"*.deb >/dev/null 2>&1; then
    (cd "$work/debs" && apt-get -o APT::Sandbox::User=root download -q "$pkg" >/dev/null) \
      || { echo "apt-get download $pkg failed (try APT_UPDATE=1)" >&2; exit 1; }
    dpkg-deb -x "$work/debs/${pkg}_"*.deb "$work/pkgroot"
  fi
}

# CA certificates: Mozilla's bundle as packaged by Debian (the JDK's jmod ships its own, frozen at JDK build time).
fetch ca-certificates
"$JAVA_HOME/bin/java" "$here/CaCertsToJks.java" "$work/pkgroot/usr/share/ca-certificates" \
  "$out/opt/java/lib/security/cacerts"

# Which libraries? Every NEEDED entry of every ELF file in the runtime, resolved against the build host, then
# mapped to the Debian package that owns it; the image gets that package's (current candidate) copy.
libdir="$out/lib/x86_64-linux-gnu"
mkdir -p "$libdir" "$out/lib64"
declare -A pkg_of=()
while read -r soname path; do
  [[ -z "$path" ]] && continue
  owner="$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true)"
  owner="${owner%%:*}"
  [[ -n "$owner" ]] || { echo "no Debian package owns $path (needed as $soname)" >&2; exit 1; }
  pkg_of["$soname"]="$owner"
done < <(find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -print0 \
           | xargs -0 -n1 ldd 2>/dev/null \
           | awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /\/opt\/java\// {print $1, $3}' | sort -u)
pkg_of["ld-linux-x86-64.so.2"]="libc6"   # the interpreter itself (ldd prints it without "=>")

for soname in "${!pkg_of[@]}"; do fetch "${pkg_of[$soname]}"; done
for soname in "${!pkg_of[@]}"; do
  src="$(find "$work/pkgroot" -name "$soname" \( -type f -o -type l \) | sort | sed -n 1p)"
  [[ -n "$src" ]] || { echo "$soname not found in package ${pkg_of[$soname]}" >&2; exit 1; }
  while [[ -L "$src" ]]; do   # follow links inside the unpacked packages, never into the build host
    target="$(readlink "$src")"
    if [[ "$target" == /* ]]; then src="$work/pkgroot$target"; else src="$(dirname "$src")/$target"; fi
  done
  [[ -f "$src" ]] || { echo "$soname: link target missing in the unpacked packages" >&2; exit 1; }
  cp -L "$src" "$libdir/$soname"     # regular file under its soname: no symlinks in the image
done
mv "$libdir/ld-linux-x86-64.so.2" "$out/lib64/ld-linux-x86-64.so.2"

# Provenance and licences of everything taken from Debian.
mkdir -p "$out/opt/image" "$out/usr/share/doc"
{
  echo "# Debian packages whose files are in this image (apt-get download; sha256 of the .deb)"
  for deb in "$work/debs"/*.deb; do
    printf '%s %s %s\n' "$(dpkg-deb -f "$deb" Package)" "$(dpkg-deb -f "$deb" Version)" "$(sha256sum "$deb" | cut -d' ' -f1)"
    pkg="$(dpkg-deb -f "$deb" Package)"
    if [[ -f "$work/pkgroot/usr/share/doc/$pkg/copyright" ]]; then
      mkdir -p "$out/usr/share/doc/$pkg" && cp "$work/pkgroot/usr/share/doc/$pkg/copyright" "$out/usr/share/doc/$pkg/"
    fi
  done
  echo "# Java runtime: jlink of $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
  echo "# from Debian package $(dpkg -S "$(readlink -f "$JAVA_HOME/jmods/java.base.jmod")" | cut -d: -f1)" \
       "$(dpkg-query -W -f='${Version}' "$(dpkg -S "$(readlink -f "$JAVA_HOME/jmods/java.base.jmod")" | cut -d: -f1)" 2>/dev/null || true)"
  echo "# modules: $modules"
} > "$out/opt/image/PACKAGES"

# --- /etc and writable directories ------------------------------------------------------------------------
mkdir -p "$out/etc" "$out/tmp" "$out/app/data"
cat > "$out/etc/passwd" <<'EOT'
root:x:0:0:root:/root:/sbin/nologin
registry:x:65532:65532:samarbeidsavtaleregisteret:/app:/sbin/nologin
EOT
cat > "$out/etc/group" <<'EOT'
root:x:0:
registry:x:65532:
EOT
cat > "$out/etc/nsswitch.conf" <<'EOT'
passwd: files
group:  files
hosts:  files dns
EOT
# Container runtimes mount their own /etc/hosts and /etc/resolv.conf over these; this one serves plain chroots.
cat > "$out/etc/hosts" <<'EOT'
127.0.0.1 localhost
::1       localhost ip6-localhost ip6-loopback
EOT

# Jib copies what a symlink points to anyway; make that explicit so nothing in the image is a link.
while IFS= read -r link; do cp --remove-destination -L "$link" "$link.tmp" && mv "$link.tmp" "$link"; done \
  < <(find "$out" -type l)

# Check: every ELF file resolves all of its libraries inside the new root, through the image's own loader and
# without an ld.so.cache (this is what will happen in the container).
if [[ "$(id -u)" == 0 ]] && command -v chroot >/dev/null; then
  missing=0
  while IFS= read -r f; do
    rel="/${f#"$out"/}"
    if chroot "$out" /lib64/ld-linux-x86-64.so.2 --list "$rel" 2>&1 | grep -q 'not found'; then
      echo "unresolved libraries in $rel:" >&2
      chroot "$out" /lib64/ld-linux-x86-64.so.2 --list "$rel" 2>&1 | grep 'not found' >&2
      missing=1
    fi
  done < <(find "$out/opt/java" "$out/lib" -type f \( -name '*.so' -o -name '*.so.*' -o -path '*/bin/*' \))
  [[ "$missing" == 0 ]] || exit 1
  # The launcher finds libjli.so through $ORIGIN, which glibc resolves via /proc/self/exe: mount a /proc for this.
  mkdir "$out/proc"
  unshare --mount --pid --fork --mount-proc="$out/proc" chroot --userspec=65532:65532 "$out" \
    /opt/java/bin/java -XshowSettings:properties -version 2>&1 | grep -E 'version|java.home|user.name|file.encoding =' | sed 's/^/  image java: /'
  rmdir "$out/proc"
else
  echo "(not root: skipped the in-root library check)"
fi

# --- the base image: one layer, written as a `docker save` tarball that Jib reads with from.image=tar://... ---
# Writing the layer ourselves (rather than adding image-root through Jib's extraDirectories) is what lets the data
# directory belong to the non-root user and /tmp keep its sticky bit: Jib layers are root-owned and Jib modes have
# three octal digits only (jib#3863, jib#3594). Entries are sorted, dated 1970 and numeric-owned: reproducible.
base_dir="$work/base"
mkdir -p "$base_dir"
tar_opts=(--sort=name --mtime=@0 --numeric-owner --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime)
tar -C "$out" "${tar_opts[@]}" --owner=0 --group=0 --exclude=./app/data --exclude=./tmp -cf "$base_dir/layer.tar" .
tar -C "$out" "${tar_opts[@]}" --no-recursion --owner=65532 --group=65532 --mode=0750 -rf "$base_dir/layer.tar" ./app/data
tar -C "$out" "${tar_opts[@]}" --no-recursion --owner=0 --group=0 --mode=1777 -rf "$base_dir/layer.tar" ./tmp
diff_id="sha256:$(sha256sum "$base_dir/layer.tar" | cut -d' ' -f1)"
runtime_version="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$out/opt/java/release")"
cat > "$base_dir/config.json" <<EOT
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"65532:65532","WorkingDir":"/app"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"infra/deploy/image/build-runtime.sh",
             "comment":"jlinked Java $runtime_version + Debian libraries, see /opt/image/PACKAGES"}]}
EOT
cat > "$base_dir/manifest.json" <<EOT
[{"Config":"config.json","RepoTags":["samarbeidsavtaleregisteret-runtime:$runtime_version"],"Layers":["layer.tar"]}]
EOT
base_tar="$(dirname "$out")/runtime-base.tar"
tar -C "$base_dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$base_tar" manifest.json config.json layer.tar

echo "image root: $out ($(du -sh "$out" | cut -f1))"
echo "base image: $base_tar ($(du -h "$base_tar" | cut -f1), layer $diff_id)"
sed 's/^/  /' "$out/opt/image/PACKAGES"
