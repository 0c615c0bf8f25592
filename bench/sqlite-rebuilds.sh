#!/usr/bin/env bash
# SQLite table rebuilds: one migration making five changes to a table of ROWS rows (default 1,000,000) that each
# need a rebuild (nullability, type, a check, a unique constraint, a column moved), timed as a whole
# `upgrade` process (median of RUNS). Retort copies the rows once for the five; JAR=an older retort.jar shows
# what one rebuild per change cost.
#
#   bench/sqlite-rebuilds.sh                  ROWS=1000000 RUNS=3 JAR=target/retort.jar
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
JAR=${JAR:-$PWD/target/retort.jar}
WORK=${WORK:-$(mktemp -d /tmp/retort-rebuilds.XXXXXX)}
mkdir -p "$WORK/migrations"
echo "url=jdbc:sqlite:app.db" >"$WORK/retort.properties"

migration() {
  local id=$1 revises=$2 up=$3
  printf '%s\n' "import static dev.retort.migration.Schema.*;" "import dev.retort.migration.*;" "" \
    "@Revision(id = \"$id\", revises = {$revises}, created = \"2026-01-01 00:00:00\", message = \"$id\")" \
    "public final class M$id implements Migration {" \
    "    public void upgrade(Operations op) {" "        $up" "    }" "" \
    "    public void downgrade(Operations op) {" "    }" "}" >"$WORK/migrations/M$id.java"
}

migration a00000000001 "" "op.createTable(\"items\", column(\"id\", bigint()).notNull(), column(\"name\", varchar(20)),
            column(\"qty\", integer()), column(\"note\", text()), primaryKey(\"id\"));
        op.execute(\"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $ROWS)\"
            + \" INSERT INTO items SELECT x, 'item ' || x, x % 100, 'note ' || x FROM c\");"
migration a00000000002 "\"a00000000001\"" "op.alterColumn(\"items\", column(\"name\", varchar(20)), column(\"name\", varchar(20)).notNull());
        op.alterColumn(\"items\", column(\"qty\", integer()), column(\"qty\", bigint()));
        op.addCheckConstraint(\"items\", check(\"ck_items_qty\", \"qty >= 0\"));
        op.addUniqueConstraint(\"items\", unique(\"uq_items_name\", \"name\"));
        op.alterColumn(\"items\", column(\"note\", text()), column(\"note\", text()).notNull());"

times=()
for _ in $(seq "$RUNS"); do
  rm -f "$WORK/app.db"
  java -jar "$JAR" -C "$WORK" upgrade a00000000001 >/dev/null
  /usr/bin/time -f "%e %M" -o "$WORK/time" java -jar "$JAR" -C "$WORK" upgrade head >/dev/null
  read -r wall rss <"$WORK/time"
  times+=("$wall")
done
rebuilds=$(java -jar "$JAR" -C "$WORK" upgrade a00000000001:head --sql | grep -c 'CREATE TABLE "_retort_tmp_items"')
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "five changes to a table of $ROWS rows: $median s (median of $RUNS), $rebuilds rebuild(s), peak $((rss / 1024)) MiB; $JAR"
