# Sourced by the scripts: configures and builds into $BUILD_DIR (default
# build/) with Ninja, using both cores.
hc_build() {
  local build_dir=$1; shift
  local targets=("$@")
  cmake -S "$HC_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        ${HC_CMAKE_ARGS:-} >"$build_dir.configure.log" 2>&1 \
    || { cat "$build_dir.configure.log"; return 1; }
  cmake --build "$build_dir" -j "$(nproc)" ${targets:+--target "${targets[@]}"}
}
