package dev.retort.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.migration.Schema;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import dev.retort.text.Text;

/**
 * Writes a migration class for a plan: {@code upgrade()} records the plan's ops one call per op, and
 * {@code downgrade()} records {@link MigrationPlan#inverse()}. Risky steps get a {@code // REVIEW:} line
 * above their call, in either body (a downgrade that drops what the upgrade added, or puts back a constraint that
 * rows written since may violate, is as risky as an upgrade), and ops Retort cannot invert leave a {@code // TODO:} in {@code downgrade()} instead of
 * failing. The output is a pure function of header and plan: same input, same bytes.
 *
 * <pre>{@code
 * RenderedMigration m = new MigrationRenderer().render(header, plan);
 * Files.writeString(migrationsDir.resolve(m.fileName()), m.source());
 * }</pre>
 */
public final class MigrationRenderer {
    private static final String NOTHING_TO_DO = "nothing to do";
    /**
     * What an empty upgrade body shows its author; naming {@code List} through JavaPoet imports it, so the README's
     * {@code bulkInsert} example compiles as written.
     */
    private static final CodeBlock EXAMPLE = CodeBlock.of("// for example: op.addColumn(\"users\", column(\"nickname\","
            + " varchar(50)));\n//   or data: op.bulkInsert(\"user_preferences\", $T.of(row(\"user_id\", 0,"
            + " \"preference_key\", \"theme\")));\n", List.class);

    private static final ClassName MIGRATION = ClassName.get(Migration.class);
    private static final ClassName OPERATIONS = ClassName.get(Operations.class);
    private static final ClassName REVISION = ClassName.get(Revision.class);
    private static final ClassName SCHEMA = ClassName.get(Schema.class);
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter CLASS_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss", Locale.ROOT);
    private static final int SLUG_MAX = 40;
    private static final int JAVADOC_WIDTH = 96;
    private static final int SUMMARY_PHRASES = 8;
    /**
     * The most source characters of calls one method holds before the body is split into parts: about 20 KB of
     * bytecode, well within the JVM's 64 KB per method.
     */
    private static final int PART_CHARS = 40_000;
    /** Comment text width: 100 columns less the method body's indentation. */
    private static final int COMMENT_WIDTH = 92;

    private final String packageName;

    /** Renders classes in the unnamed package, as {@code retort} writes them into the migrations directory. */
    public MigrationRenderer() {
        this("");
    }

    /** Renders classes in {@code packageName} ({@code ""} for the unnamed package). */
    public MigrationRenderer(String packageName) {
        Objects.requireNonNull(packageName, "packageName");
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name");
        }
        this.packageName = packageName;
    }

    public String packageName() {
        return packageName;
    }

    /**
     * The migration class for {@code header} whose {@code upgrade()} records {@code upgrade}'s ops.
     *
     * @throws IllegalArgumentException when the plan holds something the migration vocabulary cannot spell:
     *     an unnamed unique constraint or foreign key, an unnamed check outside a table definition, an
     *     alter that changes the column name, or a row value of an unsupported type
     */
    public RenderedMigration render(MigrationHeader header, MigrationPlan upgrade) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(upgrade, "upgrade");
        String className = className(header);
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addJavadoc("$L", classJavadoc(header, upgrade))
                .addAnnotation(revision(header))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(MIGRATION);
        List<TypeSpec> parts = new ArrayList<>();
        type.addMethod(method("upgrade", inParts("Upgrade", upgradeBody(upgrade, header.revises().size() > 1), parts)));
        type.addMethod(method("downgrade", inParts("Downgrade", downgradeBody(upgrade), parts)));
        parts.forEach(type::addType);
        String source = JavaFile.builder(packageName, type.build())
                .addStaticImport(SCHEMA, "*")
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
        return new RenderedMigration(className, className + ".java", source);
    }

    /** One line per op, in plan order, e.g. {@code + column users.email} or {@code - column users.pw (data loss)}. */
    public List<String> summaryLines(MigrationPlan plan) {
        List<String> lines = new ArrayList<>(plan.ops().size());
        for (MigrationOp op : plan.ops()) {
            lines.add(Text.oneLine(OpDescriber.describe(op, plan).summaryLine()));
        }
        return lines;
    }

    /**
     * {@code M} + creation time ({@code yyyyMMdd_HHmmss}) + {@code _} + {@link #slug} of the message, so
     * class names sort by creation time and say what they do: {@code M20261122_101500_add_user_email}.
     */
    public static String className(MigrationHeader header) {
        return "M" + CLASS_STAMP.format(header.created()) + "_" + slug(header.message());
    }

    /**
     * The message as a lower-case ASCII identifier part: accents dropped, every run of other characters
     * as one {@code _}, at most 40 characters (cut at a word boundary where one is near), and
     * {@code revision} when nothing is left.
     */
    public static String slug(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = trimUnderscores(ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        if (slug.length() > SLUG_MAX) {
            int cut = slug.lastIndexOf('_', SLUG_MAX);
            slug = trimUnderscores(slug.substring(0, cut >= SLUG_MAX / 2 ? cut : SLUG_MAX));
        }
        return slug.isEmpty() ? "revision" : slug;
    }

    private static String trimUnderscores(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '_') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '_') {
            end--;
        }
        return s.substring(start, end);
    }

    // ---- class parts

    private static AnnotationSpec revision(MigrationHeader header) {
        AnnotationSpec.Builder b = AnnotationSpec.builder(REVISION)
                .addMember("id", "$L", JavaText.literal(header.revisionId()))
                .addMember("revises", "$L", stringArray(header.revises()))
                .addMember("created", "$L", JavaText.literal(CREATED.format(header.created())))
                .addMember("message", "$L", JavaText.literal(header.message()));
        if (!header.branchLabels().isEmpty()) {
            b.addMember("branchLabels", "$L", stringArray(header.branchLabels()));
        }
        return b.build();
    }

    /** One value bare, several in braces on one line (an annotation element takes either). */
    private static String stringArray(List<String> values) {
        List<String> literals = values.stream().map(JavaText::literal).toList();
        return literals.size() == 1 ? literals.get(0) : "{" + String.join(", ", literals) + "}";
    }

    private static MethodSpec method(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(OPERATIONS, "op")
                .addCode(body)
                .build();
    }

    /**
     * A body whose calls fit in one method as it is; a longer one (a first migration of hundreds of tables) as calls
     * to nested classes of one method each, so no method outgrows the JVM's 64 KB of bytecode and no class its 65,535
     * constants. The parts split between ops, each op with its notes, in order.
     */
    private static CodeBlock inParts(String name, List<CodeBlock> steps, List<TypeSpec> parts) {
        int total = steps.stream().mapToInt(step -> step.toString().length()).sum();
        if (total <= PART_CHARS) {
            return CodeBlock.join(steps, "");
        }
        List<List<CodeBlock>> chunks = new ArrayList<>();
        List<CodeBlock> chunk = new ArrayList<>();
        int size = 0;
        for (CodeBlock step : steps) {
            int length = step.toString().length();
            if (!chunk.isEmpty() && size + length > PART_CHARS) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(step);
            size += length;
        }
        chunks.add(chunk);
        CodeBlock.Builder calls = CodeBlock.builder();
        int first = 1;
        for (int i = 0; i < chunks.size(); i++) {
            String part = name + "Part" + (i + 1);
            int ops = (int) chunks.get(i).stream().filter(MigrationRenderer::isCall).count();
            calls.addStatement("$L.apply(op)", part);
            parts.add(TypeSpec.classBuilder(part)
                    .addJavadoc("$L, part $L of $L: steps $L to $L (a body this long is split so that each method stays\n"
                            + "within the JVM's limits).\n", name, i + 1, chunks.size(), first, first + ops - 1)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addMethod(MethodSpec.methodBuilder("apply")
                            .addModifiers(Modifier.STATIC)
                            .addParameter(OPERATIONS, "op")
                            .addCode(CodeBlock.join(chunks.get(i), ""))
                            .build())
                    .build());
            first += ops;
        }
        return calls.build();
    }

    /** Whether a step records an op (a {@code // TODO:} left in place of one does not). */
    private static boolean isCall(CodeBlock step) {
        return step.toString().lines().anyMatch(line -> line.startsWith("op."));
    }

    /** The upgrade body; an empty one shows an example, unless it is a merge, which usually stays empty. */
    private static List<CodeBlock> upgradeBody(MigrationPlan plan, boolean merge) {
        if (plan.isEmpty()) {
            return merge ? List.of(comment("", NOTHING_TO_DO)) : List.of(comment("", NOTHING_TO_DO), EXAMPLE);
        }
        List<CodeBlock> steps = new ArrayList<>();
        for (MigrationOp op : plan.ops()) {
            CodeBlock.Builder b = CodeBlock.builder();
            for (String note : OpDescriber.describe(op, plan).reviewNotes()) {
                b.add(comment("REVIEW: ", note));
            }
            b.add(OpCallRenderer.render(op));
            steps.add(b.build());
        }
        return steps;
    }

    /** The plan's inverse, op by op, so an op without an inverse becomes a to-do instead of a failure. */
    private static List<CodeBlock> downgradeBody(MigrationPlan plan) {
        if (plan.isEmpty()) {
            return List.of(comment("", NOTHING_TO_DO));
        }
        List<CodeBlock> steps = new ArrayList<>();
        List<MigrationOp> ops = plan.ops();
        for (int i = ops.size() - 1; i >= 0; i--) {
            CodeBlock.Builder b = CodeBlock.builder();
            MigrationOp op = ops.get(i);
            Optional<String> todo = OpDescriber.describe(op, plan).undoTodo();
            if (todo.isPresent()) {
                b.add(comment("TODO: ", todo.get()));
            } else {
                MigrationOp inverse = op.inverse();
                for (String note : OpDescriber.describeUndo(inverse).reviewNotes()) {
                    b.add(comment("REVIEW: ", note));
                }
                b.add(OpCallRenderer.render(inverse));
            }
            steps.add(b.build());
        }
        return steps;
    }

    /**
     * A {@code //} comment starting with {@code label}, wrapped to the line width with continuation lines
     * aligned under the text (a method body is indented by two levels).
     */
    private static CodeBlock comment(String label, String text) {
        String first = "// " + label;
        String continuation = "//" + " ".repeat(first.length() - 2);
        CodeBlock.Builder b = CodeBlock.builder();
        List<String> lines = JavaText.wrap(text, COMMENT_WIDTH - first.length());
        for (int i = 0; i < lines.size(); i++) {
            b.add("$L$L\n", i == 0 ? first : continuation, JavaText.lineComment(lines.get(i)));
        }
        return b.build();
    }

    private static String classJavadoc(MigrationHeader header, MigrationPlan plan) {
        List<OpDescription> descriptions = plan.ops().stream().map(op -> OpDescriber.describe(op, plan)).toList();
        StringBuilder doc = new StringBuilder();
        for (String line : JavaText.wrap(summary(header, descriptions), JAVADOC_WIDTH)) {
            doc.append(JavaText.javadoc(line)).append('\n');
        }
        doc.append('\n');
        doc.append("<p>Revision: ").append(header.revisionId()).append("<br>\n");
        doc.append("Revises: ").append(revises(header)).append("<br>\n");
        doc.append("Created: ").append(CREATED.format(header.created())).append(" UTC");
        header.hibernate().ifPresent(v -> doc.append("<br>\nEntities read with: Hibernate ORM ")
                .append(JavaText.javadoc(Text.oneLine(v))));
        if (!header.branchLabels().isEmpty()) {
            doc.append("<br>\nBranch labels: ")
                    .append(JavaText.javadoc(Text.oneLine(String.join(", ", header.branchLabels()))));
        }
        doc.append('\n');
        if (!descriptions.isEmpty()) {
            doc.append("\n<ul>\n");
            for (OpDescription d : descriptions) {
                doc.append("  <li>").append(JavaText.javadoc(Text.oneLine(d.summaryLine()))).append('\n');
            }
            doc.append("</ul>\n");
        }
        return doc.toString();
    }

    private static String revises(MigrationHeader header) {
        return switch (header.revises().size()) {
            case 0 -> "none (first revision)";
            case 1 -> header.revises().get(0);
            default -> String.join(", ", header.revises()) + " (merge)";
        };
    }

    /**
     * One paragraph: risky steps first, in a sentence of their own, then the rest in plan order; long
     * plans end with a count of what the list below adds.
     */
    private static String summary(MigrationHeader header, List<OpDescription> descriptions) {
        if (descriptions.isEmpty()) {
            if (header.revises().size() > 1) {
                return "Merges revisions " + joinWithAnd(header.revises()) + " into one head; it changes no schema"
                        + " unless its author writes upgrade() and downgrade() bodies.";
            }
            return "An empty revision: nothing happens until its upgrade() and downgrade() bodies are written.";
        }
        List<String> risky = descriptions.stream().filter(OpDescription::isRisky).map(OpDescription::phrase).toList();
        List<String> safe = descriptions.stream().filter(d -> !d.isRisky()).map(OpDescription::phrase).toList();
        int room = Math.max(0, SUMMARY_PHRASES - risky.size());
        List<String> shown = new ArrayList<>(safe.subList(0, Math.min(room, safe.size())));
        if (safe.size() > room) {
            int more = safe.size() - room;
            shown.add("makes " + more + " more " + (more == 1 ? "change" : "changes") + " listed below");
        }
        if (risky.isEmpty()) {
            return capitalize(joinWithAnd(shown)) + ".";
        }
        String text = "Review first: " + joinWithAnd(risky) + ".";
        return shown.isEmpty() ? text : text + " Also " + joinWithAnd(shown) + ".";
    }

    private static String joinWithAnd(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
