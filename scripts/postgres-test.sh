#!/usr/bin/env bash
# A throwaway PostgreSQL for the store's parity tests, from Debian's package, in a temporary directory.
#   postgres-test.sh install        install Debian's postgresql package when initdb is missing (as root)
#   postgres-test.sh start PORT     start a cluster on 127.0.0.1:PORT; prints its URL, then its directory
#   postgres-test.sh stop DIR       stop the cluster started in DIR and remove DIR
# PostgreSQL refuses to run as root: as root, the cluster runs as the 'postgres' user (or 'nobody').
set -euo pipefail

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    local user=postgres
    getent passwd postgres >/dev/null || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  install)
    if bindir >/dev/null; then exit 0; fi
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
      echo "postgres-test: initdb missing and cannot install Debian's postgresql here" >&2; exit 3
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
      || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
    ;;
  start)
    port="${2:?port}"
    bin="$(bindir)" || { echo "postgres-test: no initdb (run: $0 install)" >&2; exit 3; }
    dir="$(mktemp -d /tmp/casus-pg.XXXXXX)"
    chmod 755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown "$(getent passwd postgres >/dev/null && echo postgres || echo nobody)" "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U casus --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 4; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 \
      || { cat "$dir/server.log" >&2; exit 5; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U casus casus
    echo "postgresql://casus@127.0.0.1:$port/casus"
    echo "$dir"
    ;;
  stop)
    dir="${2:?dir}"
    bin="$(bindir)"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 install | start PORT | stop DIR" >&2; exit 2
    ;;
esac
