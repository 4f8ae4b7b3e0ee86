#!/usr/bin/env bash
# Builds the container image as a tarball, with no Docker daemon and no container registry:
#   1. package the app (the fat jar is only read by jdeps, to find the Java modules the runtime needs),
#   2. build-runtime.sh: jlinked runtime + Debian libraries + /etc -> agreements-api/<build dir>/runtime-base.tar,
#   3. Jib (profile `image`) puts the app's layers on that base -> agreements-api/<build dir>/samarbeidsavtaleregisteret-image.tar
#
# Usage: infra/deploy/image/build-image.sh [extra Maven arguments, e.g. -o]
# Env:   BUILD_DIR_NAME (default target; e.g. target-img keeps this build apart from others in the same tree)
#        APT_UPDATE=1 to refresh the apt lists first (picks up Debian security updates; needs root)
# Needs: JDK 17 with jmods (Debian: openjdk-17-jdk-headless), apt-get/dpkg-deb, network to Maven Central and a
#        Debian mirror. Then: infra/deploy/image/verify-image.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
build_dir_name="${BUILD_DIR_NAME:-target}"
start=$(date +%s)

./mvnw -B -q -DskipTests -Dbuild.dirName="$build_dir_name" "$@" package
BUILD_DIR_NAME="$build_dir_name" infra/deploy/image/build-runtime.sh
./mvnw -B -q -Pimage -DskipTests -Dbuild.dirName="$build_dir_name" -pl agreements-api -am "$@" package

tar_file="agreements-api/$build_dir_name/samarbeidsavtaleregisteret-image.tar"
echo "image tarball: $tar_file ($(du -m "$tar_file" | cut -f1) MB), built in $(( $(date +%s) - start )) s"
