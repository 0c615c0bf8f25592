#!/usr/bin/env bash
# One Alembic autogenerate run (the unit that gets timed).
#
#   bench/alembic/run_alembic.sh N DB MODE             time this: `alembic revision --autogenerate`
#   bench/alembic/run_alembic.sh --prepare N DB MODE   set up (not timed): generate models,
#                                              `alembic init`, put the database in MODE's state
#
#   N     number of tables (schema from bench/alembic/gen_schema.py N $SEED)
#   DB    pg | sqlite
#   MODE  initial  database is empty -> the migration creates everything
#         noop     database already has the models' schema (metadata.create_all)
#                  -> the migration should be empty; anything emitted is a false positive
#
# Environment:
#   STACK=deb  (default) /usr/bin/python3 with Debian's python3-alembic / python3-sqlalchemy,
#              models_classic.py (SQLAlchemy 1.4-compatible declarative)
#   STACK=sa2  $BENCH_ROOT/venv-sa2 (Alembic 1.20 / SQLAlchemy 2.0), models_sa2.py
#   SEED=42, BENCH_ROOT=/tmp/retort-bench, BENCH_COMPARE=strict|default,
#   BENCH_STATS=<file>  env.py appends one JSON line of inner timings per run
#   PGURL (default postgresql+psycopg2://postgres@127.0.0.1:55432/bench)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PREPARE=0
if [ "${1:-}" = --prepare ]; then PREPARE=1; shift; fi
if [ $# -ne 3 ]; then
  echo "usage: $0 [--prepare] N pg|sqlite initial|noop" >&2; exit 2
fi
N=$1 DB=$2 MODE=$3
STACK=${STACK:-deb}
SEED=${SEED:-42}
ROOT=${BENCH_ROOT:-/tmp/retort-bench}
PGURL=${PGURL:-postgresql+psycopg2://postgres@127.0.0.1:55432/bench}

case "$STACK" in
  deb) PY=/usr/bin/python3; MODELS=models_classic ;;
  sa2) PY=$ROOT/venv-sa2/bin/python; MODELS=models_sa2 ;;
  *) echo "STACK must be deb or sa2" >&2; exit 2 ;;
esac
case "$DB" in
  pg) URL=$PGURL ;;
  sqlite) mkdir -p "$ROOT/sqlite"; URL="sqlite:///$ROOT/sqlite/bench-$N.db" ;;
  *) echo "DB must be pg or sqlite" >&2; exit 2 ;;
esac
case "$MODE" in initial|noop) ;; *) echo "MODE must be initial or noop" >&2; exit 2 ;; esac

GEN=$ROOT/gen/$N-$SEED
ENVDIR=$ROOT/env/$STACK-$DB-$N
export BENCH_MODELS_DIR=$GEN BENCH_MODELS=$MODELS

if [ "$PREPARE" = 1 ]; then
  if [ ! -s "$GEN/schema.json" ]; then
    /usr/bin/python3 "$HERE/gen_schema.py" "$N" "$SEED" --out "$GEN" >&2
  fi
  if [ ! -f "$ENVDIR/alembic.ini" ]; then
    rm -rf "$ENVDIR"; mkdir -p "$(dirname "$ENVDIR")"
    (cd "$(dirname "$ENVDIR")" && "$PY" -m alembic init "$(basename "$ENVDIR")" >/dev/null)
  fi
  cp "$HERE/alembic_env.py" "$ENVDIR/env.py"   # stock env.py + target_metadata + timers
  # alembic.ini lives in the env dir itself (alembic init puts it in the cwd)
  if [ -f "$(dirname "$ENVDIR")/alembic.ini" ]; then
    mv "$(dirname "$ENVDIR")/alembic.ini" "$ENVDIR/alembic.ini"
  fi
  "$PY" - "$ENVDIR/alembic.ini" "$URL" "$ENVDIR" <<'EOF'
import re, sys
ini, url, envdir = sys.argv[1:]
s = open(ini).read()
s = re.sub(r"(?m)^sqlalchemy\.url = .*$", "sqlalchemy.url = " + url.replace("%", "%%"), s)
s = re.sub(r"(?m)^script_location = .*$", "script_location = " + envdir, s)
open(ini, "w").write(s)
EOF
  rm -f "$ENVDIR"/versions/*.py
  # database state
  "$PY" - "$URL" "$MODE" <<'EOF'
import os, sys, time
import sqlalchemy as sa
url, mode = sys.argv[1:]
if url.startswith("sqlite:///"):
    path = url[len("sqlite:///"):]
    if os.path.exists(path):
        os.remove(path)
eng = sa.create_engine(url)
if eng.dialect.name == "postgresql":
    with eng.begin() as c:
        c.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        c.execute(sa.text("CREATE SCHEMA public"))
if mode == "noop":
    sys.path.insert(0, os.environ["BENCH_MODELS_DIR"])
    mod = __import__(os.environ["BENCH_MODELS"])
    t = time.perf_counter()
    mod.Base.metadata.create_all(eng)
    print(f"create_all: {len(mod.Base.metadata.tables)} tables in {time.perf_counter()-t:.1f}s",
          file=sys.stderr)
if eng.dialect.name == "postgresql":
    with eng.begin() as c:
        c.execute(sa.text("ANALYZE"))
eng.dispose()
EOF
  exit 0
fi

[ -f "$ENVDIR/alembic.ini" ] || { echo "run $0 --prepare $N $DB $MODE first" >&2; exit 2; }
rm -f "$ENVDIR"/versions/*.py   # autogenerate needs the DB to be at head (= no revisions)
exec "$PY" -m alembic -c "$ENVDIR/alembic.ini" revision --autogenerate -m bench
