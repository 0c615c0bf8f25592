import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Changes the comment of column t.a, removes the comment of column t.b, comments column t.c,
 * changes the comment of table t, comments table u and removes the comment of table v.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.a: integer NULL COMMENT 'a old' -&gt; integer NULL COMMENT 'a new'
 *   <li>~ column t.b: integer NULL COMMENT 'b' -&gt; integer NULL
 *   <li>~ column t.c: integer NULL -&gt; integer NULL COMMENT 'c'
 *   <li>~ table t comment: 't old' -&gt; 't new'
 *   <li>~ table u comment: (none) -&gt; 'u'
 *   <li>~ table v comment: 'v' -&gt; (none)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario s64_comments"
)
public final class M20260102_031405_scenario_s64_comments implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("t", column("a", integer()).comment("a old"), column("a", integer()).comment("a new"));
        op.alterColumn("t", column("b", integer()).comment("b"), column("b", integer()));
        op.alterColumn("t", column("c", integer()), column("c", integer()).comment("c"));
        op.alterTableComment("t", "t old", "t new");
        op.alterTableComment("u", null, "u");
        op.alterTableComment("v", "v", null);
    }

    @Override
    public void downgrade(Operations op) {
        op.alterTableComment("v", null, "v");
        op.alterTableComment("u", "u", null);
        op.alterTableComment("t", "t new", "t old");
        op.alterColumn("t", column("c", integer()).comment("c"), column("c", integer()));
        op.alterColumn("t", column("b", integer()), column("b", integer()).comment("b"));
        op.alterColumn("t", column("a", integer()).comment("a new"), column("a", integer()).comment("a old"));
    }
}
