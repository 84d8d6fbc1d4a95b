# Sourced by the scripts: a throw-away MariaDB server on 127.0.0.1 in a
# temporary data directory, and a user for the tests.
#   hc_mariadb_start   sets HC_MARIADB_URL=mysql://hc:PASSWORD@127.0.0.1:PORT/
#   hc_mariadb_stop    stops it and removes the data directory
hc_mariadb_start() {
  HC_MARIADB_DIR=$(mktemp -d /tmp/hc-mariadb-XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mariadb-install-db --no-defaults --datadir="$HC_MARIADB_DIR/data" --user=root \
    --auth-root-authentication-method=socket >"$HC_MARIADB_DIR/install.log" 2>&1 \
    || { cat "$HC_MARIADB_DIR/install.log"; return 1; }
  mariadbd --no-defaults --datadir="$HC_MARIADB_DIR/data" --socket="$HC_MARIADB_DIR/sock" \
    --port="$port" --bind-address=127.0.0.1 --user=root --skip-name-resolve \
    --innodb-buffer-pool-size=512M --innodb-flush-log-at-trx-commit=2 --max-connections=500 \
    --pid-file="$HC_MARIADB_DIR/pid" >"$HC_MARIADB_DIR/server.log" 2>&1 &
  HC_MARIADB_PID=$!
  local i
  for i in $(seq 1 100); do
    [[ -S "$HC_MARIADB_DIR/sock" ]] && mariadb --no-defaults --socket="$HC_MARIADB_DIR/sock" -uroot \
      -e 'SELECT 1' >/dev/null 2>&1 && break
    if ! kill -0 "$HC_MARIADB_PID" 2>/dev/null; then cat "$HC_MARIADB_DIR/server.log"; return 1; fi
    sleep 0.2
  done
  local password="hc-test-$RANDOM$RANDOM"
  mariadb --no-defaults --socket="$HC_MARIADB_DIR/sock" -uroot <<SQL
CREATE USER 'hc'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'hc'@'127.0.0.1';
SQL
  HC_MARIADB_URL="mysql://hc:$password@127.0.0.1:$port/"
  export HC_MARIADB_URL HC_MARIADB_DIR HC_MARIADB_PID
}

hc_mariadb_stop() {
  if [[ -n "${HC_MARIADB_PID:-}" ]] && kill -0 "$HC_MARIADB_PID" 2>/dev/null; then
    kill "$HC_MARIADB_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 50); do kill -0 "$HC_MARIADB_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$HC_MARIADB_PID" 2>/dev/null || true
  fi
  [[ -n "${HC_MARIADB_DIR:-}" ]] && rm -rf "$HC_MARIADB_DIR"
  HC_MARIADB_PID=""
}
