package dev.retort.it.shop.db.migrations;

import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * The categories every shop starts with (a data migration, written by hand).
 *
 * <p>Revision: 353566d97525<br>
 * Revises: 366f8596cf00<br>
 * Created: 2026-12-03 20:21:43 UTC
 */
@Revision(
        id = "353566d97525",
        revises = "366f8596cf00",
        created = "2026-12-03 20:21:43",
        message = "seed categories"
)
public final class M20261203_202143_seed_categories implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("category", List.of(
                row("code", "books", "title", "Books"),
                row("code", "tools", "title", "Tools")));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM category WHERE code IN ('books', 'tools')");
    }
}
