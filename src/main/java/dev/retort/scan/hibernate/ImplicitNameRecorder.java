package dev.retort.scan.hibernate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitAnyDiscriminatorColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitAnyKeyColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitCollectionTableNameSource;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitDiscriminatorColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitEntityNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIdentifierColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitMapKeyColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitPrimaryKeyJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitTenantIdColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * Wraps the implicit naming strategy in effect and remembers every foreign-key, unique-key and index name it
 * invents. Hibernate's mapping objects do not say whether a foreign key's or an index's name came from the user
 * ({@code @ForeignKey(name)}, {@code @Index(name)}) or from the strategy (a hash such as {@code FK2n64…}); a name
 * this recorder saw the strategy invent is the strategy's, any other name is the user's. Every name still comes
 * from the delegate, so the mapping is exactly the one the user's application gets.
 *
 * <p>It also remembers which unique keys were declared as indexes. Hibernate 7 binds
 * {@code @Index(unique = true)} and {@code @UniqueConstraint} alike ({@code IndexBinder.createIndexOrUniqueKey}):
 * both become a {@link org.hibernate.mapping.UniqueKey} with {@code isExplicit()} set, and
 * {@code isNameExplicit()} only tells whether a name was given. The one place the declaration survives is the
 * name source handed to {@link #determineUniqueKeyName}: its {@link ImplicitConstraintNameSource#kind()} is
 * {@code INDEX} for an {@code @Index} and {@code UNIQUE_KEY} for a {@code @UniqueConstraint}.
 */
final class ImplicitNameRecorder implements ImplicitNamingStrategy {

    private final ImplicitNamingStrategy delegate;
    private final Set<String> invented = ConcurrentHashMap.newKeySet();
    /** Table and key name (as {@link #key} folds them) of every unique key declared as a unique index. */
    private final Set<List<String>> uniqueIndexes = ConcurrentHashMap.newKeySet();

    ImplicitNameRecorder(ImplicitNamingStrategy delegate) {
        this.delegate = delegate;
    }

    /** Whether {@code name} (as Hibernate stored it, quoted or not) was invented by the naming strategy. */
    boolean isInvented(String name) {
        return name != null && invented.contains(key(name));
    }

    /**
     * Whether the unique key {@code keyName} of the table named {@code table} was declared as
     * {@code @Index(unique = true)} rather than as a {@code @UniqueConstraint}. Keyed by the table's own name:
     * two tables of one name in different schemas with a unique key of the same name are not told apart.
     */
    boolean isUniqueIndex(Identifier table, String keyName) {
        return keyName != null && uniqueIndexes.contains(List.of(key(table.getText()), key(keyName)));
    }

    /**
     * Hibernate asks the strategy even when the user gave a name ({@link
     * ImplicitConstraintNameSource#getUserProvidedIdentifier()}), and the standard strategies then return that
     * name; only a name that differs from the user's is the strategy's own.
     */
    private Identifier remember(ImplicitConstraintNameSource source, Identifier name) {
        Identifier userProvided = source.getUserProvidedIdentifier();
        if (name != null && (userProvided == null || !key(userProvided.getText()).equals(key(name.getText())))) {
            invented.add(key(name.getText()));
        }
        return name;
    }

    private static String key(String name) {
        String n = name.strip();
        if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("`") && n.endsWith("`"))) {
            n = n.substring(1, n.length() - 1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        return remember(source, delegate.determineForeignKeyName(source));
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        Identifier name = remember(source, delegate.determineUniqueKeyName(source));
        if (name != null && HibernateApi.isUniqueIndex(source)) {
            uniqueIndexes.add(List.of(key(source.getTableName().getText()), key(name.getText())));
        }
        return name;
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        return remember(source, delegate.determineIndexName(source));
    }

    @Override
    public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
        return delegate.determinePrimaryTableName(source);
    }

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return delegate.determineJoinTableName(source);
    }

    @Override
    public Identifier determineCollectionTableName(ImplicitCollectionTableNameSource source) {
        return delegate.determineCollectionTableName(source);
    }

    @Override
    public Identifier determineDiscriminatorColumnName(ImplicitDiscriminatorColumnNameSource source) {
        return delegate.determineDiscriminatorColumnName(source);
    }

    @Override
    public Identifier determineTenantIdColumnName(ImplicitTenantIdColumnNameSource source) {
        return delegate.determineTenantIdColumnName(source);
    }

    @Override
    public Identifier determineIdentifierColumnName(ImplicitIdentifierColumnNameSource source) {
        return delegate.determineIdentifierColumnName(source);
    }

    @Override
    public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
        return delegate.determineBasicColumnName(source);
    }

    @Override
    public Identifier determineJoinColumnName(ImplicitJoinColumnNameSource source) {
        return delegate.determineJoinColumnName(source);
    }

    @Override
    public Identifier determinePrimaryKeyJoinColumnName(ImplicitPrimaryKeyJoinColumnNameSource source) {
        return delegate.determinePrimaryKeyJoinColumnName(source);
    }

    @Override
    public Identifier determineAnyDiscriminatorColumnName(ImplicitAnyDiscriminatorColumnNameSource source) {
        return delegate.determineAnyDiscriminatorColumnName(source);
    }

    @Override
    public Identifier determineAnyKeyColumnName(ImplicitAnyKeyColumnNameSource source) {
        return delegate.determineAnyKeyColumnName(source);
    }

    @Override
    public Identifier determineMapKeyColumnName(ImplicitMapKeyColumnNameSource source) {
        return delegate.determineMapKeyColumnName(source);
    }

    @Override
    public Identifier determineListIndexColumnName(ImplicitIndexColumnNameSource source) {
        return delegate.determineListIndexColumnName(source);
    }
}
