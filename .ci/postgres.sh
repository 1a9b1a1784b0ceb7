#!/usr/bin/env bash
# Source this file: installs Debian's PostgreSQL if missing, starts a
# throwaway cluster on 127.0.0.1 under a temporary directory, exports
# MARSAD_TEST_POSTGRES with its URL, and stops it when the shell exits.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGTMP=$(mktemp -d /tmp/marsad-pg.XXXXXX)
chown -R postgres "$PGTMP" 2>/dev/null || true
PGPORT=${PGPORT:-55432}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U marsad --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -o "-h 127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c max_connections=200" -l "$PGTMP/log" -w start >/dev/null
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U marsad marsad_test
export MARSAD_TEST_POSTGRES="postgres://marsad@127.0.0.1:$PGPORT/marsad_test?sslmode=disable"
marsad_pg_stop() { as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGTMP"; }
trap marsad_pg_stop EXIT
echo "PostgreSQL running: $MARSAD_TEST_POSTGRES"
