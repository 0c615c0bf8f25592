package dev.retort.scan.hibernate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.EnumType;
import dev.retort.model.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.NamedAuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;

/**
 * The named enum types ({@code CREATE TYPE … AS ENUM}) that Hibernate creates for
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} and {@code NAMED_ORDINAL_ENUM} attributes on PostgreSQL (and for
 * {@code @Enumerated} ones when {@code hibernate.type.prefer_native_enum_types} is true).
 *
 * <p>Where Hibernate 7.4 keeps them. The column's DDL type ({@code Column.getSqlType}) is
 * {@code Dialect.getEnumTypeDeclaration}, on PostgreSQL the enum class's simple name ({@code Priority}, which the
 * database folds to {@code priority}). The labels exist only in the DDL Hibernate would run: while binding the
 * attribute, {@code PostgreSQLEnumJdbcType.addAuxiliaryDatabaseObjects} adds to
 * {@code Database.getAuxiliaryDatabaseObjects()} a {@link NamedAuxiliaryDatabaseObject} named after the class,
 * whose create commands are {@code create type Priority as enum ('HIGH','LOW')} followed by two implicit casts
 * between the type and {@code varchar}. The labels are in declaration order for {@code NAMED_ORDINAL_ENUM}, but
 * sorted alphabetically for {@code NAMED_ENUM} (so the type orders like the strings it stands for); the values of
 * {@code @EnumeratedValue} or a converter replace the constant names. Reading that first command, rather than
 * the enum class, keeps all of this exactly as Hibernate has it. The casts are not part of Retort's model.
 *
 * <p>Hibernate keys those objects by the simple class name, so two enum classes with the same simple name (or one
 * class mapped both as {@code NAMED_ENUM} and {@code NAMED_ORDINAL_ENUM}) silently share one type and one set of
 * labels; the scan refuses that.
 */
final class NamedEnumTypes {

    private static final Pattern CREATE_ENUM = Pattern.compile(
            "\\s*create\\s+type\\s+(\\S+)\\s+as\\s+enum\\s*\\((.*)\\)\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Metadata metadata;
    private final UnaryOperator<String> fold;

    /** @param fold how the database folds an unquoted name */
    NamedEnumTypes(Metadata metadata, UnaryOperator<String> fold) {
        this.metadata = metadata;
        this.fold = fold;
    }

    /** A type name for the model: a quoted one keeping its case, an unquoted one folded by the request's rule. */
    private String objectName(String text) {
        Identifier identifier = Identifier.toIdentifier(text);
        return identifier.isQuoted() ? Identifiers.keepingCase(identifier.getText())
                : fold.apply(identifier.getText());
    }

    /** The enum types, sorted by name, after checking that the enums of {@code tables} do not share a name. */
    List<EnumType> read(List<Table> tables) {
        requireDistinctNames(tables);
        Database database = metadata.getDatabase();
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromExplicit(
                database.getJdbcEnvironment(), database, null, null);
        Map<String, EnumType> types = new TreeMap<>();
        for (AuxiliaryDatabaseObject object : database.getAuxiliaryDatabaseObjects()) {
            if (object instanceof NamedAuxiliaryDatabaseObject && object.appliesToDialect(database.getDialect())) {
                String[] create = object.sqlCreateStrings(context);
                if (create.length > 0) {
                    parse(create[0]).ifPresent(type -> types.putIfAbsent(type.name(), type));
                }
            }
        }
        return List.copyOf(types.values());
    }

    /** {@code create type <name> as enum ('a','b')} as an enum type, or empty for any other statement. */
    Optional<EnumType> parse(String statement) {
        Matcher m = CREATE_ENUM.matcher(statement);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = objectName(m.group(1));
        List<String> labels = labels(m.group(2)).orElseThrow(() -> new RetortException(ErrorCode.SCAN,
                "Hibernate's statement for enum type " + name + " could not be read: " + statement
                        + ". Its labels should be a list of quoted strings; please report this with the Hibernate"
                        + " version in use."));
        return Optional.of(new EnumType(name, labels));
    }

    /** The SQL string literals of a comma-separated list ({@code 'a', 'it''s'}), or empty if it is not one. */
    static Optional<List<String>> labels(String list) {
        List<String> labels = new ArrayList<>();
        int i = 0;
        int n = list.length();
        while (true) {
            while (i < n && Character.isWhitespace(list.charAt(i))) {
                i++;
            }
            if (i >= n || list.charAt(i) != '\'') {
                return Optional.empty();
            }
            StringBuilder label = new StringBuilder();
            i++;
            while (true) {
                if (i >= n) {
                    return Optional.empty();
                }
                char c = list.charAt(i++);
                if (c != '\'') {
                    label.append(c);
                } else if (i < n && list.charAt(i) == '\'') {
                    label.append('\'');
                    i++;
                } else {
                    break;
                }
            }
            labels.add(label.toString());
            while (i < n && Character.isWhitespace(list.charAt(i))) {
                i++;
            }
            if (i == n) {
                return Optional.of(labels);
            }
            if (list.charAt(i++) != ',') {
                return Optional.empty();
            }
        }
    }

    private void requireDistinctNames(List<Table> tables) {
        Map<String, TreeSet<String>> users = new TreeMap<>();
        for (Table table : tables) {
            for (Column column : table.getColumns()) {
                int code = HibernateApi.sqlTypeCode(column, metadata);
                if ((code == SqlTypes.NAMED_ENUM || code == SqlTypes.NAMED_ORDINAL_ENUM)
                        && column.getValue() instanceof BasicValue value && value.getResolution() != null) {
                    Class<?> type = value.getResolution().getDomainJavaType().getJavaTypeClass();
                    if (type.isEnum()) {
                        String how = code == SqlTypes.NAMED_ENUM ? "NAMED_ENUM" : "NAMED_ORDINAL_ENUM";
                        users.computeIfAbsent(objectName(type.getSimpleName()), k -> new TreeSet<>())
                                .add(type.getName() + " as " + how);
                    }
                }
            }
        }
        users.forEach((name, uses) -> {
            if (uses.size() > 1) {
                throw new RetortException(ErrorCode.SCAN, "Hibernate names a PostgreSQL enum type after the simple"
                        + " name of its Java enum, so " + String.join(" and ", uses) + " would share the type "
                        + name + " and one of them would get the other's labels. Rename one of the enum classes, or"
                        + " map all of its attributes the same way (all NAMED_ENUM or all NAMED_ORDINAL_ENUM).");
            }
        });
    }
}
