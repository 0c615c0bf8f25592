package dev.retort.scan.hibernate;

import dev.retort.annotations.IndexOptions;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;

/**
 * Applies the {@link IndexOptions} of the scanned entity classes to the translated model: sets the method and
 * predicate of the index each one names (a unique one too: {@link SchemaTranslator} keeps an
 * {@code @Index(unique = true)} an index).
 *
 * <p>The annotation is read from each entity class and its superclasses. On an entity it applies to that entity
 * and the entities extending it; on any other class (a {@code @MappedSuperclass}) to the entities extending it.
 * The named index is looked for in those entities' tables (primary and secondary), by the name it has in the
 * model: the folded {@code @Index(name)}, or Retort's {@code ix_}/{@code ux_} name when the index has none. It
 * must be found in at least one of them; two annotations giving one index different options are refused.
 */
final class IndexOptionsApplier {

    /** One word: a method name such as {@code gin}, never columns, operator classes or SQL. */
    private static final Pattern METHOD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Metadata metadata;
    private final SchemaTranslator translator;

    IndexOptionsApplier(Metadata metadata, SchemaTranslator translator) {
        this.metadata = metadata;
        this.translator = translator;
    }

    /** Where an option set comes from, and what it sets. */
    private record Refinement(String method, Optional<String> where, String source) {
        boolean sameOptions(Refinement other) {
            return method.equals(other.method) && where.equals(other.where);
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (!method.isEmpty()) {
                parts.add("using = \"" + method + "\"");
            }
            where.ifPresent(w -> parts.add("where = \"" + w + "\""));
            return "(" + String.join(", ", parts) + ") on " + source;
        }
    }

    /** A refinement found for an index. */
    private record Found(Index index, Refinement refinement) {
    }

    SchemaModel apply(SchemaModel model, List<Class<?>> classes) {
        Map<String, PersistentClass> bindings = new TreeMap<>();
        for (PersistentClass binding : metadata.getEntityBindings()) {
            bindings.put(binding.getClassName(), binding);
        }
        List<Class<?>> entities = classes.stream().filter(c -> bindings.containsKey(c.getName()))
                .sorted(Comparator.comparing(Class::getName)).toList();
        Map<String, Class<?>> declaring = new TreeMap<>();
        for (Class<?> entity : entities) {
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                if (options(c).length > 0) {
                    declaring.putIfAbsent(c.getName(), c);
                }
            }
        }
        // table name -> index name -> what was found for it
        Map<String, Map<String, Found>> refinements = new TreeMap<>();
        for (Class<?> declarer : declaring.values()) {
            List<Class<?>> targets = entities.stream().filter(declarer::isAssignableFrom).toList();
            Map<Table, List<Index>> tables = tables(model, targets.stream()
                    .map(t -> bindings.get(t.getName())).toList());
            for (IndexOptions options : options(declarer)) {
                Refinement refinement = refinement(declarer, options);
                boolean found = false;
                for (Map.Entry<Table, List<Index>> table : tables.entrySet()) {
                    Optional<Index> match = match(table.getValue(), options.index());
                    if (match.isEmpty()) {
                        continue;
                    }
                    found = true;
                    String tableName = table.getKey().name();
                    Found earlier = refinements.computeIfAbsent(tableName, k -> new TreeMap<>())
                            .putIfAbsent(match.get().name(), new Found(match.get(), refinement));
                    if (earlier != null && !earlier.refinement().sameOptions(refinement)) {
                        throw new RetortException(ErrorCode.SCAN, "Index " + match.get().name() + " of table "
                                + tableName + " is given two different @IndexOptions: "
                                + earlier.refinement().describe() + " and " + refinement.describe()
                                + ". Keep one of them.");
                    }
                }
                if (!found) {
                    throw notFound(declarer, targets, options, tables);
                }
            }
        }
        SchemaModel result = model;
        for (Map.Entry<String, Map<String, Found>> entry : refinements.entrySet()) {
            result = result.with(refine(result.table(entry.getKey()).orElseThrow(), entry.getValue().values()));
        }
        return result;
    }

    /**
     * The model tables of {@code entities} (primary and secondary; an abstract {@code TABLE_PER_CLASS} root has
     * none), each with its indexes.
     */
    private Map<Table, List<Index>> tables(SchemaModel model, List<PersistentClass> entities) {
        Set<org.hibernate.mapping.Table> sources = new LinkedHashSet<>();
        for (PersistentClass entity : entities) {
            sources.add(entity.getTable());
            for (Join join : entity.getJoins()) {
                sources.add(join.getTable());
            }
        }
        Map<Table, List<Index>> tables = new LinkedHashMap<>();
        for (org.hibernate.mapping.Table source : sources) {
            model.table(translator.tableName(source)).ifPresent(table -> tables.putIfAbsent(table, table.indexes()));
        }
        return tables;
    }

    private static IndexOptions[] options(Class<?> type) {
        try {
            return type.getDeclaredAnnotationsByType(IndexOptions.class);
        } catch (RuntimeException | LinkageError e) {
            throw new RetortException(ErrorCode.SCAN, "The @IndexOptions annotations of " + type.getName()
                    + " cannot be read: " + HibernateMessages.of(e) + ". Compile the entities against the Retort"
                    + " version that scans them.", e);
        }
    }

    private static String subject(Class<?> type) {
        return (type.isAnnotationPresent(Entity.class) ? "Entity " : "Class ") + type.getName();
    }

    private static String spell(IndexOptions options) {
        return "@IndexOptions(index = \"" + options.index() + "\")";
    }

    private static Refinement refinement(Class<?> declarer, IndexOptions options) {
        if (options.index().isBlank()) {
            throw new RetortException(ErrorCode.SCAN, subject(declarer) + " has an @IndexOptions with an empty"
                    + " index. Set index to the name of the @Index in @Table(indexes = ...) that it refines.");
        }
        String method = options.using().strip();
        if (!method.isEmpty() && !METHOD.matcher(method).matches()) {
            throw new RetortException(ErrorCode.SCAN, subject(declarer) + " has " + spell(options) + " with using = \""
                    + options.using() + "\", which is not an index method. Give one word such as gin, gist, brin"
                    + " or hash; the columns come from the @Index.");
        }
        Optional<String> where = Optional.of(options.where().strip()).filter(w -> !w.isEmpty());
        if (method.isEmpty() && where.isEmpty()) {
            throw new RetortException(ErrorCode.SCAN, subject(declarer) + " has " + spell(options) + " that sets"
                    + " neither using nor where, so it changes nothing. Add using = \"gin\" (or another method) or a"
                    + " where predicate, or remove it.");
        }
        // as Index spells it, so that "GIN" and "gin" agree: lower case, and btree is the default
        String normalised = method.toLowerCase(Locale.ROOT);
        return new Refinement(normalised.equals("btree") ? "" : normalised, where, declarer.getName());
    }

    /** The index named {@code wanted} as the database would store it, else the one equal ignoring case. */
    private Optional<Index> match(List<Index> indexes, String wanted) {
        String folded = translator.constraintName(wanted);
        Optional<Index> exact = indexes.stream().filter(i -> i.name().equals(folded)).findFirst();
        return exact.isPresent() ? exact
                : indexes.stream().filter(i -> i.name().equalsIgnoreCase(wanted.strip())).findFirst();
    }

    /** The table with each found index refined. */
    private static Table refine(Table table, Collection<Found> found) {
        Map<String, Refinement> refinements = new TreeMap<>();
        found.forEach(f -> refinements.put(f.index().name(), f.refinement()));
        return table.withIndexes(table.indexes().stream().map(index -> {
            Refinement r = refinements.get(index.name());
            return r == null ? index : index.withMethod(r.method()).withWhere(r.where());
        }).toList());
    }

    private static RetortException notFound(Class<?> declarer, List<Class<?>> targets, IndexOptions options,
                                            Map<Table, List<Index>> tables) {
        List<String> tableNames = tables.keySet().stream().map(Table::name).toList();
        List<String> existing = tables.values().stream().flatMap(List::stream).map(Index::name)
                .distinct().sorted().toList();
        String where;
        if (tableNames.isEmpty()) {
            where = "it maps to no table of the schema, so there is no index of that name";
        } else if (targets.size() == 1 && targets.get(0) == declarer && tableNames.size() == 1) {
            where = "its table " + tableNames.get(0) + " has no index of that name";
        } else if (targets.size() == 1 && targets.get(0) == declarer) {
            where = "none of its tables (" + String.join(", ", tableNames) + ") has an index of that name";
        } else {
            where = "none of the tables (" + String.join(", ", tableNames) + ") of the entities it applies to ("
                    + String.join(", ", targets.stream().map(Class::getName).toList())
                    + ") has an index of that name";
        }
        return new RetortException(ErrorCode.SCAN, subject(declarer) + " has " + spell(options) + ", but " + where
                + " ("
                + (existing.isEmpty() ? "there are no indexes" : "indexes: " + String.join(", ", existing))
                + "). Declare the index on the entity with @Table(indexes = @Index(name = \"" + options.index()
                + "\", columnList = \"...\")), or correct the name in @IndexOptions.");
    }
}
