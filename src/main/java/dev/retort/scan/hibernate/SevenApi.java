package dev.retort.scan.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.generator.Generator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/** {@link HibernateApi}'s calls on Hibernate 7.x, in a class of their own: loading it on 6.x would fail. */
final class SevenApi {
    private SevenApi() {
    }

    static int sqlTypeCode(Column column, Metadata metadata) {
        return column.getSqlTypeCode(metadata);
    }

    static Size columnSize(Column column, Dialect dialect, Metadata metadata) {
        return column.getColumnSize(dialect, metadata);
    }

    static Identifier catalog(Namespace.Name name) {
        return name.catalog();
    }

    static Identifier schema(Namespace.Name name) {
        return name.schema();
    }

    static boolean isRedundantUniqueKey(Table table, UniqueKey key) {
        return table.isRedundantUniqueKey(key);
    }

    static boolean isUniqueIndex(ImplicitUniqueKeyNameSource source) {
        return source.kind() == ImplicitConstraintNameSource.Kind.INDEX;
    }

    static Generator createGenerator(KeyValue identifier, Dialect dialect, RootClass root) {
        return identifier.createGenerator(dialect, root);
    }
}
