# PostgreSQL for the storage suite: installed from Debian packages when missing, run as a throwaway
# cluster on 127.0.0.1, exported to tests as LODESTONE_TEST_POSTGRES.

pg_install_if_missing() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing postgresql (Debian package)…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
  fi
}

pg_start_throwaway() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  PG_PORT="${LODESTONE_TEST_PG_PORT:-55432}"
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" >/dev/null 2>&1; then
    echo "port $PG_PORT is already taken by a PostgreSQL server; set LODESTONE_TEST_PG_PORT to a free port" >&2
    return 1
  fi
  PG_DIR="$(mktemp -d /tmp/lodestone-pg.XXXXXX)"
  PG_BIN="$bin"
  PG_AS=()
  chown postgres:postgres "$PG_DIR" 2>/dev/null || true
  local as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  PG_AS=("${as[@]}")
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U lodestone --auth=trust -E UTF8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" -l "$PG_DIR/log" -w start >/dev/null
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U lodestone lodestone_test
  export LODESTONE_TEST_POSTGRES="postgres://lodestone@127.0.0.1:$PG_PORT/lodestone_test"
  echo "postgresql running on 127.0.0.1:$PG_PORT"
}

pg_stop_throwaway() {
  # Also callable from another shell with only PG_DIR set: the binaries and the postgres user are found again, and the
  # directory is removed only once its server has stopped (deleting it under a running server left an orphan).
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    local bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
    local as=()
    [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    if [ -f "$PG_DIR/data/postmaster.pid" ] && ! "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1; then
      echo "pg_stop_throwaway: the server of $PG_DIR did not stop; its directory is left in place" >&2
      return 1
    fi
    rm -rf "$PG_DIR"
  fi
}
