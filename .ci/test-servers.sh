#!/usr/bin/env bash
# Install and start the servers the notification-store tests run against: redis-server and
# PostgreSQL from the system packages, both bound to 127.0.0.1 only. Needs root (CI runs as root
# on a fresh Debian-like machine). Run it and eval the two export lines it prints
# (eval "$(bash .ci/test-servers.sh)"; sourcing it would set -e in your shell):
#   WECHATPAY_TEST_REDIS_URL     redis://127.0.0.1:6390/0
#   WECHATPAY_TEST_POSTGRES_URL  postgresql://wechatpay:wechatpay@127.0.0.1:5440/wechatpay_test
# Every wait is bounded; a server that does not come up fails the script (set -e).
set -euo pipefail

REDIS_PORT=${WECHATPAY_TEST_REDIS_PORT:-6390}
PG_PORT=${WECHATPAY_TEST_POSTGRES_PORT:-5440}
STATE=${WECHATPAY_TEST_SERVERS_DIR:-/var/tmp/wechatpay-test-servers}

if ! command -v redis-server >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # Three tries each: a mirror's passing hiccup must not fail the whole run.
  for try in 1 2 3; do apt-get update -q >&2 && break; [ "$try" = 3 ] && exit 1; sleep 5; done
  for try in 1 2 3; do
    apt-get install -y -q --no-install-recommends redis-server postgresql >&2 && break
    [ "$try" = 3 ] && exit 1
    sleep 5
  done
fi

mkdir -p "$STATE"

# -- Redis: a private instance on its own port (the packaged service, if any, is left alone).
if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes --save '' --appendonly no \
    --daemonize yes --dir "$STATE" --logfile "$STATE/redis.log" --pidfile "$STATE/redis.pid"
fi
for _ in $(seq 1 50); do
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break
  sleep 0.2
done
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping | grep -q PONG

# -- PostgreSQL: a private cluster owned by the postgres user, in the newest installed version.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_DATA="$STATE/pgdata"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$STATE"; fi
if [ ! -s "$PG_DATA/PG_VERSION" ]; then
  as_postgres "'$PG_BIN/initdb' -D '$PG_DATA' -U postgres --auth=trust -E UTF8 --no-locale >/dev/null"
fi
if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
  as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DATA' -l '$STATE/postgres.log' -w -t 30 \
    -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$STATE' -c fsync=off\" start >/dev/null"
fi
for _ in $(seq 1 50); do
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 0.2
done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
PSQL="'$PG_BIN/psql' -h 127.0.0.1 -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -qAt"
if [ -z "$(as_postgres "$PSQL -c \"SELECT 1 FROM pg_roles WHERE rolname='wechatpay'\"")" ]; then
  as_postgres "$PSQL -c \"CREATE ROLE wechatpay LOGIN PASSWORD 'wechatpay'\""
fi
if [ -z "$(as_postgres "$PSQL -c \"SELECT 1 FROM pg_database WHERE datname='wechatpay_test'\"")" ]; then
  as_postgres "$PSQL -c \"CREATE DATABASE wechatpay_test OWNER wechatpay\""
fi

export WECHATPAY_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export WECHATPAY_TEST_POSTGRES_URL="postgresql://wechatpay:wechatpay@127.0.0.1:$PG_PORT/wechatpay_test"
echo "export WECHATPAY_TEST_REDIS_URL=$WECHATPAY_TEST_REDIS_URL"
echo "export WECHATPAY_TEST_POSTGRES_URL=$WECHATPAY_TEST_POSTGRES_URL"
