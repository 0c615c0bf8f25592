package dev.retort.dialect.postgres;

import dev.retort.model.Identifiers;
import dev.retort.model.QualifiedName;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifiers: folding, quoting, schema-qualified names, and the key words that force quoting.
 *
 * <p>Unquoted identifiers fold to lower case, and only ASCII letters fold in a multi-byte encoding such as
 * UTF-8 (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS).
 */
final class PostgresNames {

    /** The longest identifier PostgreSQL keeps, in bytes (NAMEDATALEN - 1); longer names are cut. */
    static final int MAX_IDENTIFIER_BYTES = dev.retort.model.NameMatching.POSTGRES_MAX_IDENTIFIER_BYTES;

    /** An identifier that needs no quotes as far as its characters go (key words aside). */
    private static final Pattern LOWER_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Key words that are never an identifier unquoted, so never a type name either. */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
            "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
            "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning",
            "select", "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "when", "where", "window", "with");

    /** Reserved key words that may still name a function or type. */
    private static final Set<String> TYPE_OR_FUNCTION_NAME = Set.of(
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose");

    /** Non-reserved key words that cannot name a function or type (many are built-in type names). */
    private static final Set<String> COLUMN_NAME = Set.of(
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
            "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar",
            "json_serialize", "json_table", "json_value", "least", "merge_action", "national", "nchar", "none",
            "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
            "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes",
            "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    /**
     * The key words for which {@code quote_ident} and {@code format_type} add quotes: every class of
     * https://www.postgresql.org/docs/current/sql-keywords-appendix.html except "non-reserved". An integration
     * test checks that the server's {@code pg_get_keywords()} lists no other.
     */
    static final Set<String> KEYWORDS = union(RESERVED, TYPE_OR_FUNCTION_NAME, COLUMN_NAME);

    private PostgresNames() {
    }

    /** Lower-cases ASCII letters only, as PostgreSQL folds an unquoted identifier in UTF-8. */
    static String fold(String identifier) {
        StringBuilder b = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    /**
     * The identifier PostgreSQL stores for a model name ({@link Identifiers}: an unmarked name folded to lower
     * case, a marked one as it is), double-quoted; embedded double quotes are doubled.
     */
    static String quote(String identifier) {
        return quotePhysical(Identifiers.foldedLower(identifier));
    }

    /** A stored identifier, double-quoted as it is; embedded double quotes are doubled. */
    private static String quotePhysical(String physical) {
        return "\"" + physical.replace("\"", "\"\"") + "\"";
    }

    /**
     * A name that may be schema-qualified, {@code schema.name} with exactly one dot, with each part quoted:
     * {@code "schema"."name"}. A name without a dot, or with more than one, is quoted whole.
     */
    static String quoteQualified(String name) {
        return QualifiedName.parse(name).map(PostgresNames::quote).toString();
    }

    /** The schema part of a qualified name, or empty. */
    static Optional<String> schemaOf(String name) {
        return QualifiedName.parse(name).schema();
    }

    /** The unqualified part of a qualified name ({@code users} for {@code app.users}). */
    static String localName(String name) {
        return QualifiedName.parse(name).local();
    }

    /**
     * {@code identifier} bare when PostgreSQL reads it back unchanged (lower-case letters, digits, {@code _},
     * {@code $}, and not a key word), quoted otherwise: the rule of {@code quote_ident}.
     */
    static String quoteIfNeeded(String identifier) {
        String physical = Identifiers.foldedLower(identifier);
        return isBare(physical) ? physical : quotePhysical(physical);
    }

    /** {@link #quoteIfNeeded} for each part of a possibly schema-qualified name. */
    static String quoteQualifiedIfNeeded(String name) {
        return QualifiedName.parse(name).map(PostgresNames::quoteIfNeeded).toString();
    }

    static boolean isBare(String identifier) {
        return LOWER_IDENTIFIER.matcher(identifier).matches() && !KEYWORDS.contains(identifier);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /** Whether {@code word} is a fully reserved key word. */
    static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }
}
