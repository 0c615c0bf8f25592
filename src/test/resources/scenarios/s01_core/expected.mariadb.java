import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: narrows column user.name, drops column user.pw and its data and drops table extra
 * and all its rows. Also creates table item, adds column address.street, adds unique constraint
 * uq_email on address, adds column order.user_id, alters column order.amount and makes 3 more
 * changes listed below.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ table item
 *   <li>+ column address.street
 *   <li>+ unique uq_email on address (email_address)
 *   <li>+ column order.user_id
 *   <li>~ column order.amount: numeric(8,2) NOT NULL DEFAULT 0 -&gt; numeric(10,2) NULL DEFAULT 0
 *   <li>- index pw_idx on user (pw)
 *   <li>~ column user.a1: text NULL -&gt; text NULL DEFAULT 'x'
 *   <li>~ column user.name: varchar(50) NULL -&gt; varchar(50) NOT NULL (NOT NULL added)
 *   <li>- column user.pw (data loss)
 *   <li>+ foreign key fk_order_user_id on order (user_id) -&gt; user (id)
 *   <li>- table extra (data loss)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s01_core"
)
public final class M20260102_030405_scenario_s01_core implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("item",
                column("id", integer()).notNull(),
                column("description", varchar(100)),
                column("order_id", integer()),
                primaryKey("id"),
                foreignKey("fk_item_order_id", List.of("order_id"), "order", List.of("order_id")));
        op.addColumn("address", column("street", varchar(50)));
        op.addUniqueConstraint("address", unique("uq_email", "email_address"));
        op.addColumn("order", column("user_id", integer()));
        op.alterColumn("order", column("amount", numeric(8, 2)).notNull().defaultValue("0"), column("amount", numeric(10, 2)).defaultValue("0"));
        op.dropIndex("user", index("pw_idx", "pw"));
        op.alterColumn("user", column("a1", text()), column("a1", text()).defaultValue("'x'"));
        // REVIEW: makes user.name NOT NULL: fails if any row holds NULL; backfill first (nullable
        //         -> backfill -> NOT NULL), e.g. with op.execute("UPDATE user SET name = ... WHERE
        //         name IS NULL") above this line
        op.alterColumn("user", column("name", varchar(50)), column("name", varchar(50)).notNull());
        // REVIEW: drops column user.pw and its data; downgrade() restores the column, not its
        //         values
        op.dropColumn("user", column("pw", varchar(50)));
        op.addForeignKey("order", foreignKey("fk_order_user_id", List.of("user_id"), "user", List.of("id")));
        // REVIEW: drops table extra and all its rows; downgrade() recreates it empty
        op.dropTable("extra",
                column("x", character(1)),
                column("uid", integer()),
                foreignKey("extra_ibfk_1", List.of("uid"), "user", List.of("id")));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("extra",
                column("x", character(1)),
                column("uid", integer()),
                foreignKey("extra_ibfk_1", List.of("uid"), "user", List.of("id")));
        op.dropForeignKey("order", foreignKey("fk_order_user_id", List.of("user_id"), "user", List.of("id")));
        op.addColumn("user", column("pw", varchar(50)));
        op.alterColumn("user", column("name", varchar(50)).notNull(), column("name", varchar(50)));
        op.alterColumn("user", column("a1", text()).defaultValue("'x'"), column("a1", text()));
        op.createIndex("user", index("pw_idx", "pw"));
        // REVIEW: narrows order.amount from numeric(10,2) to numeric(8,2): fails or truncates where
        //         existing values do not fit; check the data first
        // REVIEW: makes order.amount NOT NULL: fails if any row holds NULL; backfill first
        //         (nullable -> backfill -> NOT NULL), e.g. with op.execute("UPDATE order SET amount
        //         = ... WHERE amount IS NULL") above this line
        op.alterColumn("order", column("amount", numeric(10, 2)).defaultValue("0"), column("amount", numeric(8, 2)).notNull().defaultValue("0"));
        // REVIEW: drops column order.user_id and its data; upgrade() restores the column, not its
        //         values
        op.dropColumn("order", column("user_id", integer()));
        // REVIEW: drops unique constraint uq_email on address: duplicates become possible, and
        //         upgrade() fails once any exist
        op.dropUniqueConstraint("address", unique("uq_email", "email_address"));
        // REVIEW: drops column address.street and its data; upgrade() restores the column, not its
        //         values
        op.dropColumn("address", column("street", varchar(50)));
        // REVIEW: drops table item and all its rows; upgrade() recreates it empty
        op.dropTable("item",
                column("id", integer()).notNull(),
                column("description", varchar(100)),
                column("order_id", integer()),
                primaryKey("id"),
                foreignKey("fk_item_order_id", List.of("order_id"), "order", List.of("order_id")));
    }
}
