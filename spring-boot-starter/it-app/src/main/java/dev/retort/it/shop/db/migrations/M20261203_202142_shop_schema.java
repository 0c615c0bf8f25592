package dev.retort.it.shop.db.migrations;

import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Creates table category and creates table product.
 *
 * <p>Revision: 366f8596cf00<br>
 * Revises: none (first revision)<br>
 * Created: 2026-12-03 20:21:42 UTC<br>
 * Entities read with: Hibernate ORM 6.6.33.Final
 *
 * <ul>
 *   <li>+ table category
 *   <li>+ table product
 * </ul>
 */
@Revision(
        id = "366f8596cf00",
        revises = {},
        created = "2026-12-03 20:21:42",
        message = "shop schema"
)
public final class M20261203_202142_shop_schema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("category",
                column("code", varchar(40)).notNull(),
                column("title", varchar(255)).notNull(),
                primaryKey("code"));
        op.createTable("product",
                column("id", uuid()).notNull(),
                column("created_at", timestamptz()),
                column("display_name", varchar(120)).notNull(),
                column("status", varchar(20)).notNull(),
                column("unit_price", numeric(12, 2)).notNull(),
                column("category_code", varchar(40)).notNull(),
                primaryKey("id"),
                foreignKey("fk_product_category_code", List.of("category_code"), "category", List.of("code")),
                check("ck_product_status", "status in ('DRAFT','ON_SALE','RETIRED')"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops table product and all its rows; upgrade() recreates it empty
        op.dropTable("product",
                column("id", uuid()).notNull(),
                column("created_at", timestamptz()),
                column("display_name", varchar(120)).notNull(),
                column("status", varchar(20)).notNull(),
                column("unit_price", numeric(12, 2)).notNull(),
                column("category_code", varchar(40)).notNull(),
                primaryKey("id"),
                foreignKey("fk_product_category_code", List.of("category_code"), "category", List.of("code")),
                check("ck_product_status", "status in ('DRAFT','ON_SALE','RETIRED')"));
        // REVIEW: drops table category and all its rows; upgrade() recreates it empty
        op.dropTable("category",
                column("code", varchar(40)).notNull(),
                column("title", varchar(255)).notNull(),
                primaryKey("code"));
    }
}
