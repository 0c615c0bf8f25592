#!/usr/bin/env bash
# Retort's benchmark: whole-process wall time (median of RUNS) and peak memory of each command on synthetic
# schemas of N tables, on SQLite, PostgreSQL and MariaDB. Prints one table, then where single runs spent their time
# (scan, metamodel, introspection, diff, render, compile). See bench/README.md.
#
#   bench/run.sh                           N="10 100 1000", DBS="sqlite pg", RUNS=3
#   N="5000" RUNS=1 bench/run.sh           the big schema: generate, compile, apply, check
#   DBS="sqlite pg mariadb" bench/run.sh   MariaDB as well
#
# Environment: N; DBS, any of sqlite, pg, mariadb; RUNS; JAR (default target/retort.jar, built when missing);
# RETORT, the command that runs Retort (default `java -jar $JAR`; `src/main/dist/bin/retort` for the launcher);
# WORK (scratch directory). PG_URL=jdbc:postgresql://host:port/ with PG_USER/PG_PASSWORD to use a running server,
# else a throw-away server is started from the PostgreSQL binaries on this machine (PGBIN, default: the newest in
# /usr/lib/postgresql), as the `postgres` OS user when run as root. MARIADB_URL=jdbc:mariadb://host:port/ with
# MARIADB_USER/MARIADB_PASSWORD (default root, no password) to use a running MariaDB server, else a throw-away one
# is started from the binaries on this machine (`mariadbd` and `mariadb-install-db` of Debian's mariadb-server, or
# MARIADBD and MARIADB_INSTALL_DB) on a free port (or MARIADB_PORT). MIGRATIONS (default 300, 0 to skip): the
# length of the chain of small migrations `upgrade head` runs cold and warm. ALEMBIC_ROOT (default
# /tmp/retort-bench): where bench/alembic/setup_sa2.sh made its venv; when it exists, Alembic's no-op
# autogenerate runs on the same generated schema (SQLite and PostgreSQL only) and the ratios are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-"10 100 1000"}
DBS=${DBS:-"sqlite pg"}
RUNS=${RUNS:-3}
JAR=${JAR:-$PWD/target/retort.jar}
WORK=${WORK:-$(mktemp -d /tmp/retort-bench.XXXXXX)}
SEED=42
MIGRATIONS=${MIGRATIONS:-300}
ALEMBIC_ROOT=${ALEMBIC_ROOT:-/tmp/retort-bench}

[ -f "$JAR" ] || mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package
RETORT=${RETORT:-java -jar $JAR}
mkdir -p "$WORK"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"

# ---------------------------------------------------------------- PostgreSQL

PG_STARTED=""
pg_setup() {
  if [ -n "${PG_URL:-}" ]; then
    return
  fi
  PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  [ -x "$PGBIN/initdb" ] || { echo "no PostgreSQL binaries (set PG_URL or PGBIN, or DBS=sqlite)" >&2; exit 2; }
  PGDATA_DIR="$WORK/pg"
  PGPORT=${PGPORT:-55433}
  mkdir -p "$PGDATA_DIR"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$PGDATA_DIR" "$WORK"
    AS_PG=(runuser -u postgres --)
  else
    AS_PG=()
  fi
  chmod 700 "$PGDATA_DIR"
  "${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$PGDATA_DIR/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$PGDATA_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_locks_per_transaction = 1024
EOF
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/log" -w start >/dev/null
  PG_STARTED=1
  PG_URL="jdbc:postgresql://127.0.0.1:$PGPORT/"
  PG_USER=postgres
  PG_PASSWORD=""
}

pg_teardown() {
  if [ -n "$PG_STARTED" ]; then
    "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null || true
  fi
}

psql_admin() {
  local hostport=${PG_URL#jdbc:postgresql://}
  hostport=${hostport%%/*}
  PGPASSWORD=${PG_PASSWORD:-} psql -q -h "${hostport%%:*}" -p "${hostport##*:}" -U "${PG_USER:-postgres}" -d postgres -c "$1" >/dev/null
}

# ---------------------------------------------------------------- MariaDB

MARIADB_PID=""
mariadb_setup() {
  if [ -n "${MARIADB_URL:-}" ]; then
    MARIADB_URL=${MARIADB_URL%/}/
    return
  fi
  MARIADBD=${MARIADBD:-$(PATH=$PATH:/usr/sbin:/usr/local/sbin command -v mariadbd || true)}
  MARIADB_INSTALL_DB=${MARIADB_INSTALL_DB:-$(command -v mariadb-install-db || true)}
  [ -x "$MARIADBD" ] && [ -x "$MARIADB_INSTALL_DB" ] || {
    echo "no MariaDB binaries (set MARIADB_URL, or MARIADBD and MARIADB_INSTALL_DB, or leave mariadb out of DBS)" >&2
    exit 2
  }
  local dir="$WORK/mariadb"
  local as_root=()
  [ "$(id -u)" = 0 ] && as_root=(--user=root)
  MARIADB_PORT=${MARIADB_PORT:-$(python3 -c \
    'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  rm -rf "$dir"
  mkdir -p "$dir/tmp"
  "$MARIADB_INSTALL_DB" --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal --skip-test-db \
    "${as_root[@]}" >"$dir/install.log" 2>&1 || {
    echo "mariadb-install-db failed:" >&2
    tail -5 "$dir/install.log" >&2
    exit 2
  }
  # TCP logins need a password; the server's own root keeps the socket
  cat >"$dir/init.sql" <<EOF
CREATE USER IF NOT EXISTS 'bench'@'%' IDENTIFIED BY 'bench';
GRANT ALL PRIVILEGES ON *.* TO 'bench'@'%';
EOF
  # durability off, as fsync is off for PostgreSQL: the log is written once a second, not at each commit;
  # temporary tables in the scratch directory (a server starting up clears #sql files from its tmpdir)
  "$MARIADBD" --no-defaults --datadir="$dir/data" --port="$MARIADB_PORT" --bind-address=127.0.0.1 \
    --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --init-file="$dir/init.sql" --log-error="$dir/log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci --skip-log-bin --skip-name-resolve \
    --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --innodb-buffer-pool-size=256M \
    --tmpdir="$dir/tmp" "${as_root[@]}" >/dev/null 2>&1 &
  MARIADB_PID=$!
  MARIADB_URL="jdbc:mariadb://127.0.0.1:$MARIADB_PORT/"
  MARIADB_USER=bench
  MARIADB_PASSWORD=bench
  for _ in $(seq 300); do
    kill -0 "$MARIADB_PID" 2>/dev/null || {
      MARIADB_PID=""
      echo "mariadbd stopped:" >&2
      tail -5 "$dir/log" >&2
      exit 2
    }
    mariadb_admin "SELECT 1" 2>/dev/null && return
    sleep 0.2
  done
  echo "mariadbd did not accept connections within 60 s:" >&2
  tail -5 "$dir/log" >&2
  exit 2
}

mariadb_teardown() {
  if [ -n "$MARIADB_PID" ]; then
    kill "$MARIADB_PID" 2>/dev/null || true
    wait "$MARIADB_PID" 2>/dev/null || true
  fi
}

mariadb_admin() {
  local hostport=${MARIADB_URL#jdbc:mariadb://}
  hostport=${hostport%%/*}
  local host=${hostport%%:*} port=3306
  [ "$host" != "$hostport" ] && port=${hostport##*:}
  MYSQL_PWD=${MARIADB_PASSWORD:-} mariadb --no-defaults --protocol=TCP -h "$host" -P "$port" \
    -u "${MARIADB_USER:-root}" -e "$1" >/dev/null
}

teardown() {
  pg_teardown
  mariadb_teardown
}
trap teardown EXIT

# ---------------------------------------------------------------- projects

# a fresh, empty database for project $1 on $2
reset_db() {
  local dir=$1 db=$2
  local name
  name=$(basename "$dir" | tr - _)
  case "$db" in
    sqlite) rm -f "$dir/app.db" ;;
    pg) psql_admin "DROP DATABASE IF EXISTS $name"; psql_admin "CREATE DATABASE $name" ;;
    mariadb) mariadb_admin "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name" ;;
  esac
}

# url_of DIR DB: sets url, user and password for project DIR's database on DB
url_of() {
  local name
  name=$(basename "$1" | tr - _)
  case "$2" in
    sqlite) url="jdbc:sqlite:$1/app.db" user="" password="" ;;
    pg) url="${PG_URL}$name" user=${PG_USER:-postgres} password=${PG_PASSWORD:-} ;;
    mariadb) url="${MARIADB_URL}$name" user=${MARIADB_USER:-root} password=${MARIADB_PASSWORD:-} ;;
  esac
}

project() {
  local n=$1 db=$2
  local dir="$WORK/$db-$n"
  rm -rf "$dir"
  mkdir -p "$dir/migrations"
  {
    case "$db" in
      sqlite) echo "url=jdbc:sqlite:app.db" ;;
      *) url_of "$dir" "$db"; echo "url=$url"; echo "user=$user"; echo "password=$password" ;;
    esac
    echo "classpath=$WORK/schema-$n/classes"
    echo "entities=bench.entities"
    echo "migrations=migrations"
  } >"$dir/retort.properties"
  echo "$dir"
}

# ---------------------------------------------------------------- timing

# time_runs LABEL N DB PREPARE COMMAND...: runs PREPARE (untimed) then COMMAND, RUNS times; records the median
# wall time and the peak resident memory
time_runs() {
  local label=$1 n=$2 db=$3 prepare=$4
  shift 4
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || {
      echo "FAILED: $label N=$n $db: $*" >&2
      cat "$WORK/err" >&2
      exit 1
    }
    read -r wall rss <"$WORK/time"
    times+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$db" "$label" "$median" "$((peak / 1024))" >>"$RESULTS"
  printf '  %-28s N=%-5s %-6s %6.2f s %5d MiB\n' "$label" "$n" "$db" "$median" "$((peak / 1024))" >&2
}

# ---------------------------------------------------------------- the runs

for db in $DBS; do
  case "$db" in
    sqlite) ;;
    pg) pg_setup ;;
    mariadb) mariadb_setup ;;
    *) echo "unknown database in DBS: $db (sqlite, pg or mariadb)" >&2; exit 2 ;;
  esac
done

for n in $N; do
  echo "N=$n: generating and compiling the entities" >&2
  python3 bench/alembic/gen_schema.py "$n" "$SEED" --out "$WORK/schema-$n" >/dev/null
  mkdir -p "$WORK/schema-$n/classes"
  find "$WORK/schema-$n/java" -name '*.java' >"$WORK/sources"
  javac -nowarn -cp "$JAR" -d "$WORK/schema-$n/classes" @"$WORK/sources"
  for db in $DBS; do
    DIR=$(project "$n" "$db")
    reset_db "$DIR" "$db"
    time_runs "autogenerate (initial)" "$n" "$db" 'rm -f "$DIR"/migrations/*.java' \
      $RETORT -C "$DIR" autogenerate -m "initial schema"
    time_runs "upgrade head (initial)" "$n" "$db" 'reset_db "$DIR" "$db"' \
      $RETORT -C "$DIR" upgrade head
    # where the first migration's time goes: render (autogenerate), then compile (the first upgrade after it)
    reset_db "$DIR" "$db"
    rm -f "$DIR"/migrations/*.java
    rm -rf "$DIR/migrations/.retort-cache"
    $RETORT -C "$DIR" autogenerate --verbose -m "initial schema" 2>&1 >/dev/null | grep '^Timings:' \
      | sed "s/^/N=$n $db initial autogenerate: /" >>"$WORK/splits"
    $RETORT -C "$DIR" upgrade head --verbose 2>&1 >/dev/null | grep '^Timings:' \
      | sed "s/^/N=$n $db initial upgrade head (cold compile): /" >>"$WORK/splits"
    time_runs "autogenerate (no-op)" "$n" "$db" ':' $RETORT -C "$DIR" autogenerate -m "nothing"
    grep -q "No changes detected" "$WORK/out" || { echo "no-op autogenerate found changes at N=$n $db" >&2; cat "$WORK/out" >&2; exit 1; }
    $RETORT -C "$DIR" autogenerate --verbose -m "nothing" 2>&1 >/dev/null | grep '^Timings:' \
      | sed "s/^/N=$n $db no-op autogenerate: /" >>"$WORK/splits"
    if [ -x "$ALEMBIC_ROOT/venv-sa2/bin/python" ] && [ "$db" != mariadb ]; then
      if [ "$db" = pg ]; then
        psql_admin "DROP DATABASE IF EXISTS alembic_$n"
        psql_admin "CREATE DATABASE alembic_$n"
        hostport=${PG_URL#jdbc:postgresql://}
        export PGURL="postgresql+psycopg2://${PG_USER:-postgres}:${PG_PASSWORD:-}@${hostport%%/*}/alembic_$n"
      fi
      BENCH_ROOT=$ALEMBIC_ROOT STACK=sa2 bash bench/alembic/run_alembic.sh --prepare "$n" "$db" noop 2>/dev/null
      time_runs "alembic autogenerate (no-op)" "$n" "$db" ':' \
        env BENCH_ROOT="$ALEMBIC_ROOT" STACK=sa2 bash bench/alembic/run_alembic.sh "$n" "$db" noop
    fi
    time_runs "check" "$n" "$db" ':' $RETORT -C "$DIR" check
    time_runs "check --offline" "$n" "$db" ':' $RETORT -C "$DIR" check --offline
    time_runs "current" "$n" "$db" ':' $RETORT -C "$DIR" current
  done
done

# a chain of small migrations: the first creates a table, each next one adds a column to it
if [ "$MIGRATIONS" -gt 0 ]; then
  javac -nowarn -cp "$JAR" -d "$WORK/runsql" bench/RunSql.java
  for db in $DBS; do
    DIR=$(project "chain" "$db")
    prev=""
    for i in $(seq 1 "$MIGRATIONS"); do
      id=$(printf 'c%011d' "$i")
      if [ "$i" = 1 ]; then
        up='op.createTable("chain", column("id", bigint()).notNull(), primaryKey("id"));'
        down='op.dropTable("chain", column("id", bigint()).notNull(), primaryKey("id"));'
      else
        up="op.addColumn(\"chain\", column(\"c$i\", integer()));"
        down="op.dropColumn(\"chain\", column(\"c$i\", integer()));"
      fi
      revises=${prev:+\"$prev\"}
      printf '%s\n' "import static dev.retort.migration.Schema.*;" "import dev.retort.migration.*;" "" \
        "@Revision(id = \"$id\", revises = {$revises}, created = \"2026-01-01 00:00:00\", message = \"step $i\")" \
        "public final class M$id implements Migration {" \
        "    @Override" "    public void upgrade(Operations op) {" "        $up" "    }" "" \
        "    @Override" "    public void downgrade(Operations op) {" "        $down" "    }" "}" \
        >"$DIR/migrations/M$id.java"
      prev=$id
    done
    time_runs "upgrade head ($MIGRATIONS, cold)" "chain" "$db" \
      'rm -rf "$DIR/migrations/.retort-cache"; reset_db "$DIR" "$db"' $RETORT -C "$DIR" upgrade head
    time_runs "upgrade head ($MIGRATIONS, warm)" "chain" "$db" 'reset_db "$DIR" "$db"' \
      $RETORT -C "$DIR" upgrade head
    $RETORT -C "$DIR" upgrade head --sql >"$WORK/chain-$db.sql"
    url_of "$DIR" "$db"
    time_runs "same SQL through JDBC" "chain" "$db" 'reset_db "$DIR" "$db"' \
      java -cp "$JAR:$WORK/runsql" RunSql "$url" "$user" "$password" "$WORK/chain-$db.sql"
  done
fi

echo
echo "Retort $(java -jar "$JAR" --version 2>/dev/null | head -1) run as \`$RETORT\`, $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '| N | database | command | wall (median of %s) | peak RSS |\n|---:|---|---|---:|---:|\n' "$RUNS"
awk -F'\t' '{ printf "| %s | %s | `%s` | %.2f s | %d MiB |\n", $1, ($2 == "pg" ? "PostgreSQL" : $2 == "mariadb" ? "MariaDB" : "SQLite"), $3, $4, $5 }' "$RESULTS"
if [ -s "$WORK/splits" ]; then
  echo
  cat "$WORK/splits"
fi
# Retort / Alembic, same N and database, same run
awk -F'\t' '$3 == "alembic autogenerate (no-op)" { a[$1 FS $2] = $4 }
  $3 == "autogenerate (no-op)" || $3 == "check" { r[$1 FS $2 FS $3] = $4 }
  END { for (k in r) { split(k, p, FS); if ((p[1] FS p[2]) in a)
    printf "ratio N=%s %s: %s / alembic no-op autogenerate = %.2f\n", p[1], p[2], p[3], r[k] / a[p[1] FS p[2]] } }' \
  "$RESULTS" | sort
