package dev.retort.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterPrimaryKey;
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
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one op as the {@code op.xxx(...)} statement a person would write with the {@code Schema}
 * vocabulary, so that running the statement records an op equal to the one rendered. Table definitions
 * and row lists put one element per line; everything else fits on one line. A constraint without a name is one
 * the database keeps unnamed (SQLite's inline UNIQUE, REFERENCES and CHECK), and is written unnamed, so that
 * dropping and restoring it gives back exactly that constraint.
 */
final class OpCallRenderer implements OpVisitor<CodeBlock> {
    private static final ClassName LIST = ClassName.get(List.class);

    static CodeBlock render(MigrationOp op) {
        return op.accept(new OpCallRenderer());
    }

    // ---- statements

    private static CodeBlock call(String method, CodeBlock... args) {
        return CodeBlock.builder().add("op.$L(", method).add(CodeBlock.join(List.of(args), ", ")).add(");\n").build();
    }

    /** {@code op.method(first,} then one element per line, indented twice. */
    private static CodeBlock callWithLines(String method, CodeBlock first, List<CodeBlock> lines) {
        if (lines.isEmpty()) {
            return call(method, first);
        }
        CodeBlock.Builder b = CodeBlock.builder().add("op.$L(", method).add(first).add(",\n$>$>");
        b.add(CodeBlock.join(lines, ",\n"));
        return b.add(");\n$<$<").build();
    }

    private static CodeBlock str(String s) {
        return CodeBlock.of("$L", JavaText.literal(s));
    }

    @Override
    public CodeBlock visitCreateTable(CreateTable op) {
        return callWithLines("createTable", str(op.table()), tableElements(op.definition(), "createTable"));
    }

    @Override
    public CodeBlock visitDropTable(DropTable op) {
        return callWithLines("dropTable", str(op.table()), tableElements(op.definition(), "dropTable"));
    }

    @Override
    public CodeBlock visitRenameTable(RenameTable op) {
        return call("renameTable", str(op.table()), str(op.to()));
    }

    @Override
    public CodeBlock visitAddColumn(AddColumn op) {
        if (op.before().isPresent()) {
            return call("addColumnBefore", str(op.table()), str(op.before().get()), column(op.column()));
        }
        return call("addColumn", str(op.table()), column(op.column()));
    }

    @Override
    public CodeBlock visitDropColumn(DropColumn op) {
        return call("dropColumn", str(op.table()), column(op.column()));
    }

    @Override
    public CodeBlock visitAlterColumn(AlterColumn op) {
        if (!op.from().name().equals(op.to().name())) {
            throw new IllegalArgumentException("cannot render alterColumn on " + op.table() + " from column "
                    + op.from().name() + " to column " + op.to().name() + ": op.alterColumn keeps the name, so the"
                    + " plan must rename with a RenameColumn and alter under one name");
        }
        return call("alterColumn", str(op.table()), column(op.from()), column(op.to()));
    }

    @Override
    public CodeBlock visitRenameColumn(RenameColumn op) {
        return call("renameColumn", str(op.table()), str(op.from()), str(op.to()));
    }

    @Override
    public CodeBlock visitCreateIndex(CreateIndex op) {
        return call("createIndex", str(op.table()), index(op.index()));
    }

    @Override
    public CodeBlock visitDropIndex(DropIndex op) {
        return call("dropIndex", str(op.table()), index(op.index()));
    }

    @Override
    public CodeBlock visitAddUniqueConstraint(AddUniqueConstraint op) {
        return call("addUniqueConstraint", str(op.table()), unique(op.constraint()));
    }

    @Override
    public CodeBlock visitDropUniqueConstraint(DropUniqueConstraint op) {
        return call("dropUniqueConstraint", str(op.table()), unique(op.constraint()));
    }

    @Override
    public CodeBlock visitAddForeignKey(AddForeignKey op) {
        return call("addForeignKey", str(op.table()), foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock visitDropForeignKey(DropForeignKey op) {
        return call("dropForeignKey", str(op.table()), foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock visitAddCheckConstraint(AddCheckConstraint op) {
        return call("addCheckConstraint", str(op.table()), check(op.check()));
    }

    @Override
    public CodeBlock visitDropCheckConstraint(DropCheckConstraint op) {
        return call("dropCheckConstraint", str(op.table()), check(op.check()));
    }

    @Override
    public CodeBlock visitCreateSequence(dev.retort.ops.CreateSequence op) {
        return call("createSequence", sequence(op.sequence()));
    }

    @Override
    public CodeBlock visitDropSequence(dev.retort.ops.DropSequence op) {
        return call("dropSequence", sequence(op.sequence()));
    }

    /** {@code op.alterSequence(sequence("s", 1, 1), sequence("s", 1, 50))}. */
    @Override
    public CodeBlock visitAlterSequence(dev.retort.ops.AlterSequence op) {
        return call("alterSequence", sequence(op.from()), sequence(op.to()));
    }

    @Override
    public CodeBlock visitCreateEnumType(dev.retort.ops.CreateEnumType op) {
        return call("createEnumType", enumType(op.enumType()));
    }

    @Override
    public CodeBlock visitDropEnumType(dev.retort.ops.DropEnumType op) {
        return call("dropEnumType", enumType(op.enumType()));
    }

    /** {@code op.alterEnumType(enumType("t", "A"),} and the type after on the next line. */
    @Override
    public CodeBlock visitAlterEnumType(dev.retort.ops.AlterEnumType op) {
        return callWithLines("alterEnumType", enumType(op.from()), List.of(enumType(op.to())));
    }

    /** {@code op.alterTableComment("t", "old", "new")}, with {@code null} for no comment. */
    @Override
    public CodeBlock visitAlterTableComment(AlterTableComment op) {
        return call("alterTableComment", str(op.table()), nullableStr(op.from()), nullableStr(op.to()));
    }

    /**
     * {@code op.alterPrimaryKey("t", List.of("a"), List.of("a", "b"))}, with an empty list for no key; when either
     * key has a name of its own, {@code op.alterPrimaryKey("t", primaryKey("a").named("pk_t"), primaryKey("a", "b"))}.
     */
    @Override
    public CodeBlock visitAlterPrimaryKey(AlterPrimaryKey op) {
        if (op.fromName().isEmpty() && op.toName().isEmpty()) {
            return call("alterPrimaryKey", str(op.table()), stringList(op.from()), stringList(op.to()));
        }
        return call("alterPrimaryKey", str(op.table()), primaryKey(op.from(), op.fromName()),
                primaryKey(op.to(), op.toName()));
    }

    /** {@code primaryKey("a", "b")}, then {@code .named("pk")} when the key has a name of its own. */
    private static CodeBlock primaryKey(List<String> columns, java.util.Optional<String> name) {
        CodeBlock key = CodeBlock.of("primaryKey($L)", strings(columns));
        return name.map(n -> CodeBlock.of("$L.named($L)", key, str(n))).orElse(key);
    }

    private static CodeBlock stringList(List<String> values) {
        return CodeBlock.builder().add("$T.of(", LIST)
                .add(CodeBlock.join(values.stream().map(OpCallRenderer::str).toList(), ", ")).add(")").build();
    }

    private static CodeBlock nullableStr(Optional<String> s) {
        return s.map(OpCallRenderer::str).orElse(CodeBlock.of("null"));
    }

    private static CodeBlock sequence(dev.retort.model.Sequence s) {
        return CodeBlock.of("sequence($L, $L, $L)", JavaText.literal(s.name()), longLiteral(s.start()), longLiteral(s.increment()));
    }

    /** An int-range value needs no {@code L}: it widens to the {@code long} parameter. */
    private static String longLiteral(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
    }

    private static CodeBlock enumType(dev.retort.model.EnumType e) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(str(e.name()));
        e.values().forEach(v -> args.add(str(v)));
        return CodeBlock.of("enumType($L)", CodeBlock.join(args, ", "));
    }

    @Override
    public CodeBlock visitExecuteSql(ExecuteSql op) {
        List<String> parts = JavaText.literalLines(op.sql());
        CodeBlock.Builder b = CodeBlock.builder().add("op.execute($L", parts.get(0));
        if (parts.size() > 1) {
            b.add("$>$>");
            for (String part : parts.subList(1, parts.size())) {
                b.add("\n+ $L", part);
            }
            b.add("$<$<");
        }
        return b.add(");\n").build();
    }

    @Override
    public CodeBlock visitBulkInsert(BulkInsert op) {
        List<CodeBlock> rows = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            rows.add(row(op.table(), row));
        }
        if (rows.size() <= 1) {
            return call("bulkInsert", str(op.table()),
                    CodeBlock.builder().add("$T.of(", LIST).add(CodeBlock.join(rows, ", ")).add(")").build());
        }
        return CodeBlock.builder()
                .add("op.bulkInsert($L, $T.of(\n$>$>", JavaText.literal(op.table()), LIST)
                .add(CodeBlock.join(rows, ",\n"))
                .add("));\n$<$<")
                .build();
    }

    // ---- table elements

    private static List<CodeBlock> tableElements(Table t, String method) {
        List<CodeBlock> elements = new ArrayList<>();
        t.comment().ifPresent(text -> elements.add(CodeBlock.of("comment($L)", JavaText.literal(text))));
        for (Column c : t.columns()) {
            elements.add(column(c));
        }
        if (!t.primaryKey().isEmpty()) {
            elements.add(primaryKey(t.primaryKey(), t.primaryKeyName()));
        }
        for (ForeignKey f : t.foreignKeys()) {
            elements.add(foreignKey(f));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            elements.add(unique(u));
        }
        for (CheckConstraint c : t.checks()) {
            elements.add(check(c));
        }
        for (Index i : t.indexes()) {
            elements.add(index(i));
        }
        return elements;
    }

    static CodeBlock column(Column c) {
        CodeBlock.Builder b = CodeBlock.builder()
                .add("column($L, $L)", JavaText.literal(c.name()), type(c.type()));
        if (!c.nullable()) {
            b.add(".notNull()");
        }
        c.defaultValue().ifPresent(d -> b.add(".defaultValue($L)", JavaText.literal(d)));
        if (c.identity()) {
            b.add(".identity()");
        }
        c.comment().ifPresent(text -> b.add(".comment($L)", JavaText.literal(text)));
        return b.build();
    }

    static String type(ColumnType t) {
        return switch (t.kind()) {
            case BOOLEAN -> "bool()";
            case SMALLINT -> "smallint()";
            case INTEGER -> "integer()";
            case BIGINT -> "bigint()";
            case REAL -> "real()";
            case DOUBLE -> "doublePrecision()";
            case NUMERIC -> t.precision() == 0 ? "numeric()" : "numeric(" + t.precision() + ", " + t.scale() + ")";
            case CHAR -> "character(" + t.length() + ")";
            case VARCHAR -> t.length() == 0 ? "varchar()" : "varchar(" + t.length() + ")";
            case TEXT -> "text()";
            case CLOB -> "clob()";
            case DATE -> "date()";
            case TIME -> "time()";
            case TIMESTAMP -> "timestamp()";
            case TIMESTAMPTZ -> "timestamptz()";
            case UUID -> "uuid()";
            case BINARY -> "binary()";
            case BLOB -> t.length() == 0 ? "blob()" : "blob(" + t.length() + ")";
            case JSON -> "json()";
            case JSONB -> "jsonb()";
            case OTHER -> t.arrayElement().map(e -> "array(" + type(e) + ")")
                    .orElseGet(() -> "sqlType(" + JavaText.literal(t.raw()) + ")");
        };
    }

    private static CodeBlock index(Index i) {
        CodeBlock.Builder b = CodeBlock.builder().add("$L($L, $L)", i.unique() ? "uniqueIndex" : "index",
                JavaText.literal(i.name()), strings(i.columns()));
        if (!i.method().isEmpty()) {
            b.add(".using($L)", JavaText.literal(i.method()));
        }
        i.where().ifPresent(w -> b.add(".where($L)", JavaText.literal(w)));
        return b.build();
    }

    private static CodeBlock unique(UniqueConstraint u) {
        return u.name().isPresent()
                ? CodeBlock.of("unique($L, $L)", JavaText.literal(u.name().get()), strings(u.columns()))
                : CodeBlock.of("unique($T.of($L))", LIST, strings(u.columns()));
    }

    private static CodeBlock foreignKey(ForeignKey f) {
        CodeBlock.Builder b = CodeBlock.builder().add("foreignKey(");
        f.name().ifPresent(name -> b.add("$L, ", JavaText.literal(name)));
        b.add("$T.of($L), $L, $T.of($L))", LIST, strings(f.columns()), JavaText.literal(f.referencedTable()), LIST,
                strings(f.referencedColumns()));
        if (f.onDelete() != ReferentialAction.NO_ACTION) {
            b.add(".onDelete($L)", f.onDelete().name()); // Schema's constant, statically imported
        }
        if (f.onUpdate() != ReferentialAction.NO_ACTION) {
            b.add(".onUpdate($L)", f.onUpdate().name());
        }
        return b.build();
    }

    private static CodeBlock check(CheckConstraint c) {
        return c.name().isPresent()
                ? CodeBlock.of("check($L, $L)", JavaText.literal(c.name().get()), JavaText.literal(c.expression()))
                : CodeBlock.of("check($L)", JavaText.literal(c.expression()));
    }

    private static String strings(List<String> values) {
        List<String> literals = new ArrayList<>(values.size());
        for (String v : values) {
            literals.add(JavaText.literal(v));
        }
        return String.join(", ", literals);
    }

    // ---- data

    private static CodeBlock row(String table, Map<String, Object> row) {
        List<CodeBlock> args = new ArrayList<>();
        for (Map.Entry<String, Object> e : row.entrySet()) {
            args.add(CodeBlock.of("$L", JavaText.literal(e.getKey())));
            args.add(value(table, e.getKey(), e.getValue()));
        }
        return CodeBlock.builder().add("row(").add(CodeBlock.join(args, ", ")).add(")").build();
    }

    /** A Java expression that evaluates to an object equal to {@code v}, so the recorded row equals this one. */
    private static CodeBlock value(String table, String column, Object v) {
        if (v == null) {
            return CodeBlock.of("null");
        } else if (v instanceof String s) {
            return CodeBlock.of("$L", JavaText.literal(s));
        } else if (v instanceof Boolean b) {
            return CodeBlock.of("$L", b);
        } else if (v instanceof Integer i) {
            return CodeBlock.of("$L", i);
        } else if (v instanceof Long l) {
            return CodeBlock.of("$LL", l);
        } else if (v instanceof Short s) {
            return CodeBlock.of("(short) $L", s);
        } else if (v instanceof Byte b) {
            return CodeBlock.of("(byte) $L", b);
        } else if (v instanceof Double d) {
            return CodeBlock.of("$L", d.isNaN() ? "Double.NaN" : d.isInfinite()
                    ? (d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY") : Double.toString(d));
        } else if (v instanceof Float f) {
            return CodeBlock.of("$L", f.isNaN() ? "Float.NaN" : f.isInfinite()
                    ? (f > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY") : Float.toString(f) + "f");
        } else if (v instanceof BigDecimal d) {
            return CodeBlock.of("new $T($L)", BigDecimal.class, JavaText.literal(d.toString()));
        } else if (v instanceof BigInteger i) {
            return CodeBlock.of("new $T($L)", BigInteger.class, JavaText.literal(i.toString()));
        }
        throw new IllegalArgumentException("cannot render bulkInsert into " + table + ": column " + column
                + " holds a " + v.getClass().getName() + "; rows may hold only String, Boolean, Integer, Long,"
                + " Short, Byte, Double, Float, BigDecimal, BigInteger or null");
    }
}
