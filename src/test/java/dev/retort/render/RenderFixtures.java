package dev.retort.render;

import static dev.retort.model.ColumnType.numeric;
import static dev.retort.model.ColumnType.varchar;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
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
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plans and headers the render tests share; built from model records, not from the DSL under test. */
final class RenderFixtures {
    private RenderFixtures() {
    }

    static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 22, 10, 15, 0);

    /** One rendering case: a header and plan, plus the package the renderer writes into. */
    record Case(String name, String packageName, MigrationHeader header, MigrationPlan plan) {
        RenderedMigration render() {
            return new MigrationRenderer(packageName).render(header, plan);
        }

        String binaryName(RenderedMigration m) {
            return packageName.isEmpty() ? m.className() : packageName + "." + m.className();
        }

        /** Whether every op has an inverse, so downgrade() can be compared with {@code plan.inverse()}. */
        boolean reversible() {
            return plan.ops().stream().noneMatch(op -> op instanceof ExecuteSql || op instanceof BulkInsert);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static MigrationHeader header(String message, List<String> revises) {
        return MigrationHeader.of("3f2a9c1d7e4b", revises, CREATED, message);
    }

    static List<Case> cases() {
        return List.of(
                new Case("initial_create", "", new MigrationHeader("3f2a9c1d7e4b", List.of(), CREATED,
                        "create vessel tracking tables", List.of("vessels")).readWith("7.4.5.Final"), initialCreate()),
                new Case("evolution", "", header("add user email and preferences", List.of("9b1e04c2a7d0")),
                        evolution()),
                new Case("destructive", "", header("drop legacy sessions; tighten user names", List.of("9b1e04c2a7d0")),
                        destructive()),
                new Case("empty_revision", "", header("backfill later", List.of("9b1e04c2a7d0")),
                        new MigrationPlan(List.of())),
                new Case("merge", "", header("merge heads", List.of("9b1e04c2a7d0", "c0ffee123456")),
                        new MigrationPlan(List.of())),
                new Case("data_migration", "", header("seed default preferences", List.of("9b1e04c2a7d0")),
                        dataMigration()),
                new Case("postgres_objects", "", header("dispatch incidents", List.of("9b1e04c2a7d0")), postgresObjects()),
                new Case("comments", "", header("document the vessel tables", List.of("9b1e04c2a7d0")), comments()),
                new Case("primary_keys", "", header("key events by id", List.of("9b1e04c2a7d0")), primaryKeys()),
                new Case("unnamed_constraints", "", header("drop what sqlite keeps unnamed", List.of("9b1e04c2a7d0")),
                        unnamedConstraints()),
                new Case("sequence_and_enum_changes", "", header("acknowledge incidents", List.of("9b1e04c2a7d0")),
                        sequenceAndEnumChanges()),
                new Case("in_package", "com.example.migrations", header("add alert acknowledged", List.of("9b1e04c2a7d0")),
                        new MigrationPlan(List.of(new AddColumn("alerts",
                                new Column("acknowledged", ColumnType.of(TypeKind.BOOLEAN), false, Optional.of("false"), false))))));
    }

    static Case byName(String name) {
        return cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static Column col(String name, ColumnType type) {
        return Column.of(name, type);
    }

    static Column notNull(String name, ColumnType type) {
        return Column.of(name, type).withNullable(false);
    }

    static ColumnType t(TypeKind kind) {
        return ColumnType.of(kind);
    }

    static ForeignKey fk(String name, List<String> columns, String table, List<String> refColumns, ReferentialAction onDelete) {
        return new ForeignKey(Optional.of(name), columns, table, refColumns, onDelete);
    }

    static Table vesselsLatest() {
        return Table.builder("vessels_latest")
                .column(notNull("mmsi", t(TypeKind.BIGINT)))
                .column(col("name", varchar(120)))
                .column(notNull("timestamp", t(TypeKind.TIMESTAMPTZ)))
                .column(col("last_alert_severity", varchar(20)))
                .column(col("speed_knots", numeric(5, 2)))
                .column(col("position", ColumnType.other("geography(Point,4326)")))
                .primaryKey(List.of("mmsi"))
                .index(new Index("ix_vessels_latest_timestamp", List.of("timestamp"), false))
                .index(new Index("ix_vessels_latest_last_alert_severity", List.of("last_alert_severity"), false))
                .build();
    }

    static Table alerts() {
        return Table.builder("alerts")
                .column(notNull("id", t(TypeKind.BIGINT)).withIdentity(true))
                .column(notNull("mmsi", t(TypeKind.BIGINT)))
                .column(notNull("timestamp", t(TypeKind.TIMESTAMPTZ)))
                .column(notNull("type", varchar(50)))
                .column(col("severity", varchar(20)))
                .column(col("details", t(TypeKind.JSONB)))
                .column(notNull("acknowledged", t(TypeKind.BOOLEAN)).withDefault(Optional.of("false")))
                .primaryKey(List.of("id"))
                .foreignKey(fk("fk_alerts_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi"), ReferentialAction.CASCADE))
                .check(new CheckConstraint(Optional.empty(), "severity in ('LOW','MEDIUM','HIGH')"))
                .index(new Index("ix_alerts_mmsi", List.of("mmsi"), false))
                .index(new Index("ix_alerts_mmsi_timestamp", List.of("mmsi", "timestamp"), false))
                .index(new Index("ix_alerts_type_timestamp", List.of("type", "timestamp"), false))
                .build();
    }

    static Table alertCooldowns() {
        return Table.builder("alert_cooldowns")
                .column(notNull("mmsi", t(TypeKind.BIGINT)))
                .column(notNull("rule_type", varchar(50)))
                .column(notNull("last_alert_timestamp", t(TypeKind.TIMESTAMP)))
                .column(col("note", t(TypeKind.TEXT)))
                .primaryKey(List.of("mmsi", "rule_type"))
                .foreignKey(fk("fk_alert_cooldowns_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi"),
                        ReferentialAction.NO_ACTION))
                .unique(new UniqueConstraint(Optional.of("uq_alert_cooldowns_rule_type_mmsi"), List.of("rule_type", "mmsi")))
                .check(new CheckConstraint(Optional.of("ck_alert_cooldowns_rule_type"), "length(rule_type) > 0"))
                .index(new Index("ix_alert_cooldowns_last_alert_timestamp", List.of("last_alert_timestamp"), false))
                .build();
    }

    static MigrationPlan initialCreate() {
        return new MigrationPlan(List.of(new CreateTable(vesselsLatest()), new CreateTable(alerts()),
                new CreateTable(alertCooldowns())));
    }

    static Table userPreferences() {
        return Table.builder("user_preferences")
                .column(notNull("id", t(TypeKind.BIGINT)).withIdentity(true))
                .column(notNull("user_id", t(TypeKind.BIGINT)))
                .column(notNull("preference_key", varchar(255)))
                .column(col("preference_value", t(TypeKind.JSONB)))
                .column(notNull("updated_at", t(TypeKind.TIMESTAMP)).withDefault(Optional.of("CURRENT_TIMESTAMP")))
                .primaryKey(List.of("id"))
                .foreignKey(fk("fk_user_preferences_user_id", List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE))
                .unique(new UniqueConstraint(Optional.of("uq_user_preferences_user_id_key"),
                        List.of("user_id", "preference_key")))
                .index(new Index("ix_user_preferences_user_id", List.of("user_id"), false))
                .build();
    }

    static MigrationPlan evolution() {
        return new MigrationPlan(List.<MigrationOp>of(
                new AddColumn("users", notNull("email", varchar(320)).withDefault(Optional.of("''"))),
                new AddColumn("users", col("org_id", t(TypeKind.BIGINT))),
                new AlterColumn("users", col("name", varchar(50)), col("name", varchar(100))),
                new AlterColumn("users", col("score", t(TypeKind.INTEGER)), col("score", t(TypeKind.BIGINT)).withDefault(Optional.of("0"))),
                new DropColumn("users", col("legacy_flag", t(TypeKind.BOOLEAN))),
                new CreateIndex("users", new Index("ix_users_email", List.of("email"), true)),
                new CreateIndex("users", new Index("ix_users_org_id_name", List.of("org_id", "name"), false)),
                new AddUniqueConstraint("users", new UniqueConstraint(Optional.of("uq_users_org_id_email"), List.of("org_id", "email"))),
                new AddForeignKey("users", fk("fk_users_org_id", List.of("org_id"), "organizations", List.of("id"),
                        ReferentialAction.SET_NULL)),
                new AddCheckConstraint("users", new CheckConstraint(Optional.of("ck_users_score"), "score >= 0")),
                new CreateTable(userPreferences())));
    }

    /** Sequences, enum types, GIN and partial indexes. */
    static MigrationPlan postgresObjects() {
        return new MigrationPlan(List.<MigrationOp>of(
                new dev.retort.ops.CreateEnumType(new dev.retort.model.EnumType("incident_status", List.of("OPEN", "CLOSED"))),
                new dev.retort.ops.CreateSequence(new dev.retort.model.Sequence("incidents_seq", 1, 50)),
                new CreateTable(Table.builder("incidents")
                        .column(notNull("id", t(TypeKind.BIGINT)))
                        .column(col("tags", ColumnType.other("text[]")))
                        .column(col("metadata", t(TypeKind.JSONB)))
                        .column(col("deleted_at", t(TypeKind.TIMESTAMPTZ)))
                        .primaryKey(List.of("id"))
                        .index(new Index("ix_incidents_tags", List.of("tags"), false, "gin", Optional.empty()))
                        .build()),
                new CreateIndex("incidents", new Index("ix_incidents_metadata", List.of("metadata"), false, "gin",
                        Optional.of("deleted_at IS NULL"))),
                new dev.retort.ops.DropSequence(new dev.retort.model.Sequence("legacy_seq", 100, 1)),
                new dev.retort.ops.DropEnumType(new dev.retort.model.EnumType("legacy_kind", List.of("A", "B's")))));
    }

    /** Sequences whose increment or start change, enum types that gain a label in the middle or lose one. */
    static MigrationPlan sequenceAndEnumChanges() {
        return new MigrationPlan(List.<MigrationOp>of(
                new AlterSequence(new Sequence("incidents_seq", 1, 1), new Sequence("incidents_seq", 1, 50)),
                new AlterSequence(new Sequence("archive_seq", 1, 1), new Sequence("archive_seq", 5_000_000_000L, 1)),
                new AlterEnumType(new EnumType("incident_status", List.of("OPEN", "CLOSED")),
                        new EnumType("incident_status", List.of("OPEN", "ACKNOWLEDGED", "CLOSED"))),
                new AlterEnumType(new EnumType("severity", List.of("LOW", "HIGH", "it's bad")),
                        new EnumType("severity", List.of("LOW", "HIGH")))));
    }

    /** Table and column comments: created with a table, added with a column, set, changed and removed. */
    static MigrationPlan comments() {
        Table ports = Table.builder("ports")
                .column(notNull("id", t(TypeKind.BIGINT)).withComment(Optional.of("UN/LOCODE number")))
                .column(col("name", varchar(120)).withComment(Optional.of("Name as the \"harbour master\" spells it;\nmay change")))
                .column(col("country", ColumnType.chars(2)))
                .primaryKey(List.of("id"))
                .comment("Ports a vessel can call at")
                .build();
        Table beacons = Table.builder("beacons")
                .column(notNull("id", t(TypeKind.BIGINT)))
                .primaryKey(List.of("id"))
                .comment("Retired AIS base stations")
                .build();
        Column draught = col("draught_m", numeric(4, 1));
        Column flag = col("flag", ColumnType.chars(2));
        Column name = col("name", varchar(120));
        return new MigrationPlan(List.<MigrationOp>of(
                new CreateTable(ports),
                new AddColumn("vessels", draught.withComment(Optional.of("Metres below the waterline"))),
                new AlterColumn("vessels", flag, flag.withComment(Optional.of("ISO 3166 country code"))),
                new AlterColumn("vessels", name.withComment(Optional.of("Name")),
                        name.withComment(Optional.of("Registered name"))),
                new AlterColumn("vessels", col("callsign", varchar(7)).withComment(Optional.of("Radio call sign")),
                        notNull("callsign", varchar(7))),
                new AlterTableComment("vessels", Optional.empty(), Optional.of("Every vessel ever seen")),
                new AlterTableComment("alerts", Optional.of("Alerts"), Optional.of("Rule violations, newest last")),
                new AlterTableComment("alert_cooldowns", Optional.of("Do not alert twice"), Optional.empty()),
                new DropTable(beacons)));
    }

    /** A key added with its new identity column, a composite key widened, a key dropped. */
    static MigrationPlan primaryKeys() {
        Column id = new Column("id", t(TypeKind.BIGINT), false, Optional.empty(), true);
        return new MigrationPlan(List.<MigrationOp>of(
                new AddColumn("vessel_events", id),
                new AlterPrimaryKey("vessel_events", List.of(), List.of("id")),
                new AlterPrimaryKey("crew_members", List.of("vessel_id"), List.of("vessel_id", "person_id")),
                new AlterPrimaryKey("position_reports", List.of("mmsi", "reported_at"), List.of())));
    }

    static Table legacySessions() {
        return Table.builder("legacy_sessions")
                .column(notNull("token", ColumnType.chars(64)))
                .column(notNull("user_id", t(TypeKind.BIGINT)))
                .column(col("expires_at", t(TypeKind.TIMESTAMPTZ)))
                .column(col("payload", t(TypeKind.BINARY)))
                .column(col("session_uuid", t(TypeKind.UUID)))
                .column(col("ratio", t(TypeKind.DOUBLE)))
                .column(col("weight", t(TypeKind.REAL)))
                .column(col("level", t(TypeKind.SMALLINT)))
                .column(col("amount", ColumnType.numeric(0, 0)))
                .column(col("day", t(TypeKind.DATE)))
                .column(col("at", t(TypeKind.TIME)))
                .column(col("raw", t(TypeKind.JSON)))
                .primaryKey(List.of("token"))
                .index(new Index("ix_legacy_sessions_user_id", List.of("user_id"), false))
                .build();
    }

    static MigrationPlan destructive() {
        return new MigrationPlan(List.<MigrationOp>of(
                new DropForeignKey("tasks", fk("fk_tasks_crew_id", List.of("crew_id"), "crews", List.of("id"),
                        ReferentialAction.RESTRICT)),
                new DropIndex("users", new Index("ix_users_name", List.of("name"), false)),
                new DropUniqueConstraint("users", new UniqueConstraint(Optional.of("uq_users_name"), List.of("name"))),
                new DropCheckConstraint("users", new CheckConstraint(Optional.of("ck_users_name_length"), "length(name) > 2")),
                new AlterColumn("users", col("name", varchar(100)), notNull("name", varchar(50))),
                new AlterColumn("users", col("status", t(TypeKind.TEXT)), notNull("status", t(TypeKind.TEXT))),
                new DropColumn("users", notNull("password_hash", varchar(200)).withDefault(Optional.of("''"))),
                new DropTable(legacySessions()),
                new RenameTable("crews", "teams"),
                new RenameColumn("tasks", "crew_id", "team_id"),
                new AddColumn("tasks", notNull("priority", t(TypeKind.INTEGER)))));
    }

    /** Constraints SQLite keeps without a name (inline REFERENCES, UNIQUE and CHECK), dropped as they are. */
    static MigrationPlan unnamedConstraints() {
        Table notes = Table.builder("notes")
                .column(col("user_id", t(TypeKind.INTEGER)))
                .column(col("body", t(TypeKind.TEXT)))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE))
                .unique(new UniqueConstraint(Optional.empty(), List.of("user_id", "body")))
                .check(new CheckConstraint(Optional.empty(), "length(body) > 0"))
                .build();
        return new MigrationPlan(List.<MigrationOp>of(
                new DropForeignKey("tasks", new ForeignKey(Optional.empty(), List.of("crew_id"), "crews", List.of("id"),
                        ReferentialAction.NO_ACTION)),
                new DropUniqueConstraint("users", new UniqueConstraint(Optional.empty(), List.of("email"))),
                new DropCheckConstraint("users", new CheckConstraint(Optional.empty(), "length(name) > 2")),
                new DropTable(notes)));
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    static MigrationPlan dataMigration() {
        return new MigrationPlan(List.<MigrationOp>of(
                new AddColumn("user_preferences", col("is_default", t(TypeKind.BOOLEAN)).withDefault(Optional.of("false"))),
                new BulkInsert("user_preferences", List.of(
                        row("user_id", 0L, "preference_key", "theme", "preference_value", "{\"mode\": \"dark\"}",
                                "is_default", true),
                        row("user_id", 0L, "preference_key", "page_size", "preference_value", null,
                                "is_default", false, "weight", new BigDecimal("1.50"), "ratio", 0.25, "rank", 3))),
                new ExecuteSql("UPDATE user_preferences\nSET is_default = TRUE\nWHERE user_id = 0")));
    }
}
