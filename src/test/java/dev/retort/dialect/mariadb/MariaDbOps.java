package dev.retort.dialect.mariadb;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One op of every kind, in an order that runs from an empty database: what the unit test and the IT share. */
final class MariaDbOps {
    private MariaDbOps() {
    }

    static final Column ID = new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true);
    static final Column EMAIL = new Column("email", ColumnType.varchar(200), false, Optional.of("'none'"), false,
            Optional.of("where mail goes"));

    static Table owners() {
        return Table.builder("owners").column(ID).column(EMAIL)
                .column(Column.of("born", ColumnType.of(TypeKind.DATE)))
                .primaryKey(List.of("id")).comment("people who own things").build();
    }

    static Table pets() {
        return Table.builder("pets")
                .column(new Column("id", ColumnType.of(TypeKind.UUID), false, Optional.empty(), false))
                .column(new Column("owner_id", ColumnType.of(TypeKind.BIGINT), true, Optional.empty(), false))
                .column(Column.of("weight", ColumnType.numeric(6, 2)))
                .column(Column.of("seen_at", ColumnType.of(TypeKind.TIMESTAMPTZ)))
                .column(Column.of("tame", ColumnType.of(TypeKind.BOOLEAN)))
                .column(Column.of("notes", ColumnType.of(TypeKind.CLOB)))
                .column(Column.of("photo", ColumnType.of(TypeKind.BLOB)))
                .column(Column.of("attrs", ColumnType.of(TypeKind.JSONB)))
                .primaryKey(List.of("id"))
                .index(new Index("ix_pets_seen", List.of("seen_at"), false))
                .build();
    }

    static final ForeignKey PET_OWNER = new ForeignKey(Optional.of("fk_pets_owner"), List.of("owner_id"), "owners",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);

    /** Every op, in order. */
    static List<MigrationOp> all() {
        Column name = new Column("name", ColumnType.varchar(40), true, Optional.empty(), false);
        Column wider = new Column("name", ColumnType.varchar(120), false, Optional.of("'x'"), false,
                Optional.of("a name"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.fromString("0b8f6f7e-1111-4a4a-8c8c-000000000001"));
        row.put("weight", new BigDecimal("4.25"));
        row.put("seen_at", Instant.parse("2024-05-01T10:15:30.123456Z"));
        row.put("tame", true);
        row.put("notes", "it's a \\ backslash");
        row.put("photo", new byte[] {1, 2, 3});
        row.put("attrs", Map.of("k", "v"));
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("email", "a@b.c");
        owner.put("born", LocalDate.of(1990, 1, 2));
        return List.of(
                new CreateTable(owners()),
                new CreateTable(pets()),
                new AddForeignKey("pets", PET_OWNER),
                new AddColumn("owners", name, Optional.empty()),
                new AlterColumn("owners", name, wider),
                new RenameColumn("owners", "name", "full_name"),
                new AlterTableComment("owners", Optional.of("people who own things"), Optional.of("owners' table")),
                new CreateIndex("owners", new Index("ix_owners_email", List.of("email(20)", "born"), false)),
                new AddUniqueConstraint("owners", new UniqueConstraint(Optional.of("uq_owners_email"),
                        List.of("email"))),
                new AddCheckConstraint("pets", new CheckConstraint(Optional.of("ck_pets_weight"), "weight >= 0")),
                new CreateSequence(new Sequence("pet_seq", 100, 20)),
                new AlterSequence(new Sequence("pet_seq", 100, 20), new Sequence("pet_seq", 1, 50)),
                new BulkInsert("owners", List.of(owner)),
                new BulkInsert("pets", List.of(row)),
                new ExecuteSql("UPDATE `pets` SET `owner_id` = (SELECT MAX(`id`) FROM `owners`)"),
                new DropCheckConstraint("pets", new CheckConstraint(Optional.of("ck_pets_weight"), "weight >= 0")),
                new DropUniqueConstraint("owners", new UniqueConstraint(Optional.of("uq_owners_email"),
                        List.of("email"))),
                new DropIndex("owners", new Index("ix_owners_email", List.of("email(20)", "born"), false)),
                new DropForeignKey("pets", PET_OWNER),
                new AlterPrimaryKey("owners", List.of("id"), List.of("id", "email"), Optional.empty(),
                        Optional.empty()),
                new DropColumn("owners", wider.withName("full_name"), Optional.empty()),
                new RenameTable("pets", "animals"),
                new DropSequence(new Sequence("pet_seq", 1, 50)),
                new DropTable(pets().withName("animals")),
                new DropTable(owners()));
    }

    /** The model after {@code op}; raw SQL leaves it as it was (it only changes rows here). */
    static dev.retort.model.SchemaModel fold(dev.retort.model.SchemaModel model, MigrationOp op) {
        return op instanceof ExecuteSql ? model : dev.retort.ops.ModelFolder.apply(model, op);
    }
}
