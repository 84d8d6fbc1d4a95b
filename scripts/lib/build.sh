# Sourced by the scripts: configures and builds into $BUILD_DIR (default
# build/) with Ninja, using both cores.
hc_build() {
  local build_dir=$1; shift
  local targets=("$@")
  # ccache, where a developer has it, shares compiled objects between
  # work trees; CI and a fresh machine build without it.
  local launcher=()
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  cmake -S "$HC_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
        ${HC_CMAKE_ARGS:-} >"$build_dir.configure.log" 2>&1 \
    || { cat "$build_dir.configure.log"; return 1; }
  cmake --build "$build_dir" -j "$(nproc)" ${targets:+--target "${targets[@]}"}
}
