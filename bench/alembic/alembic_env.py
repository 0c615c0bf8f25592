# env.py for the benchmark's throw-away Alembic environments.
#
# bench/alembic/run_alembic.sh --prepare runs `alembic init` in a temporary directory
# and replaces the generated env.py with this file.  It is the stock "online"
# env.py plus:
#   * target_metadata = the generated models module (BENCH_MODELS_DIR/BENCH_MODELS)
#   * compare_type / compare_server_default (BENCH_COMPARE=strict|default)
#   * instrumentation written as one JSON line to $BENCH_STATS at exit:
#       import_models_s  time to import the models module (declarative setup)
#       compare_s        time inside context.run_migrations(), i.e. the
#                        autogenerate comparison: reflection + diff
#       render_s         from the end of the comparison to interpreter exit
#                        (rendering + writing the revision file)
#       env_total_s      env.py start to exit
#       queries_total / queries_compare   cursor.execute calls on the engine
#       ops / op_kinds   operations in the generated upgrade()
import atexit
import json
import os
import sys
import time
from collections import Counter

T_ENV = time.perf_counter()

from alembic import context  # noqa: E402
from sqlalchemy import engine_from_config, event, pool  # noqa: E402

config = context.config

sys.path.insert(0, os.environ["BENCH_MODELS_DIR"])
_t = time.perf_counter()
_models = __import__(os.environ.get("BENCH_MODELS", "models_classic"))
IMPORT_S = time.perf_counter() - _t
target_metadata = _models.Base.metadata

STRICT = os.environ.get("BENCH_COMPARE", "strict") == "strict"
STATS = {"compare": "strict" if STRICT else "default",
         "import_models_s": IMPORT_S}
_queries = [0]


def _flatten(ops):
    for op in ops:
        sub = getattr(op, "ops", None)
        if sub is not None:  # ModifyTableOps / OpContainer
            yield from _flatten(sub)
        else:
            yield op


def process_revision_directives(ctx, revision, directives):
    script = directives[0]
    leaves = []
    for up in script.upgrade_ops_list:
        leaves.extend(_flatten(up.ops))
    STATS["ops"] = len(leaves)
    STATS["op_kinds"] = dict(Counter(type(o).__name__ for o in leaves))
    # keep a few examples of what was emitted (useful for false positives)
    ex = []
    for o in leaves[:8]:
        try:
            ex.append(repr(o.to_diff_tuple())[:300])
        except Exception:  # some ops have no diff tuple
            ex.append(type(o).__name__)
    STATS["op_examples"] = ex


def _write_stats():
    STATS["env_total_s"] = time.perf_counter() - T_ENV
    if "t_compare_end" in STATS:
        STATS["render_s"] = time.perf_counter() - STATS.pop("t_compare_end")
    STATS["queries_total"] = _queries[0]
    path = os.environ.get("BENCH_STATS")
    if path:
        with open(path, "a") as f:
            f.write(json.dumps(STATS) + "\n")


atexit.register(_write_stats)


def run_migrations_offline() -> None:
    raise SystemExit("offline mode is not used by the benchmark")


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    @event.listens_for(connectable, "before_cursor_execute")
    def _count(*_a, **_k):
        _queries[0] += 1

    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            compare_type=STRICT,
            compare_server_default=STRICT,
            process_revision_directives=process_revision_directives,
        )
        q0 = _queries[0]
        t0 = time.perf_counter()
        with context.begin_transaction():
            context.run_migrations()
        STATS["compare_s"] = time.perf_counter() - t0
        STATS["t_compare_end"] = time.perf_counter()
        STATS["queries_compare"] = _queries[0] - q0


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
