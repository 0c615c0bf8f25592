package dev.retort.render;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A schema as a Mermaid entity-relationship diagram ({@code erDiagram}), to paste into a pull request or a README that
 * GitHub renders: a block per table with its columns (type, {@code PK}, {@code FK}, {@code UK}, and the comment or
 * {@code NOT NULL}), and a line per foreign key from the referenced table to the referencing one. Tables and lines are
 * sorted by name, so the same schema gives the same text.
 */
public final class MermaidErDiagram {
    /** What Mermaid takes as an entity name or attribute type; anything else becomes {@code _}. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[^A-Za-z0-9_-]");
    private static final Pattern NOT_A_TYPE = Pattern.compile("[^A-Za-z0-9_()\\[\\]-]");

    private MermaidErDiagram() {
    }

    public static String render(SchemaModel schema) {
        StringBuilder b = new StringBuilder("erDiagram\n");
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.sort(Comparator.comparing(Table::name));
        for (Table t : tables) {
            b.append("    ").append(name(t.name())).append(" {\n");
            Set<String> foreign = new HashSet<>();
            t.foreignKeys().forEach(fk -> foreign.addAll(fk.columns()));
            Set<String> unique = new HashSet<>();
            t.uniqueConstraints().stream().filter(u -> u.columns().size() == 1).forEach(u -> unique.addAll(u.columns()));
            t.indexes().stream().filter(i -> i.unique() && i.columns().size() == 1 && i.where().isEmpty())
                    .forEach(i -> unique.addAll(i.columns()));
            for (Column c : t.columns()) {
                List<String> keys = new ArrayList<>();
                if (t.primaryKey().contains(c.name())) {
                    keys.add("PK");
                }
                if (foreign.contains(c.name())) {
                    keys.add("FK");
                }
                if (unique.contains(c.name()) && !t.primaryKey().equals(List.of(c.name()))) {
                    keys.add("UK");
                }
                b.append("        ").append(type(c.type().toString())).append(' ').append(name(c.name()));
                if (!keys.isEmpty()) {
                    b.append(' ').append(String.join(", ", keys));
                }
                String note = c.comment().orElse(c.nullable() || t.primaryKey().contains(c.name()) ? "" : "NOT NULL");
                if (!note.isEmpty()) {
                    b.append(" \"").append(note.replace('"', '\'').replace('\n', ' ')).append('"');
                }
                b.append('\n');
            }
            b.append("    }\n");
        }
        List<String> relations = new ArrayList<>();
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(Column::nullable).orElse(true));
                boolean oneToOne = t.primaryKey().equals(fk.columns()) || t.uniqueConstraints().stream()
                        .anyMatch(u -> u.columns().equals(fk.columns()));
                relations.add("    " + name(fk.referencedTable()) + (optional ? " |o--" : " ||--")
                        + (oneToOne ? "o| " : "o{ ") + name(t.name()) + " : \""
                        + fk.name().orElse(String.join(", ", fk.columns())).replace('"', '\'') + "\"\n");
            }
        }
        relations.stream().sorted().forEach(b::append);
        return b.toString();
    }

    private static String name(String raw) {
        return NOT_A_NAME.matcher(raw).replaceAll("_");
    }

    /** {@code varchar(255)} stays; {@code numeric(12,2)} becomes {@code numeric(12_2)}, spaces {@code _}. */
    private static String type(String raw) {
        return NOT_A_TYPE.matcher(raw.replace(", ", ",")).replaceAll("_");
    }
}
