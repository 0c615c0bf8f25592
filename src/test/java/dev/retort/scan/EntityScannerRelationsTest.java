package dev.retort.scan;

import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityScannerRelationsTest {

    private static SchemaModel sqlite;
    private static SchemaModel postgres;

    @BeforeAll
    static void scan() {
        sqlite = Fixtures.sqlite("relations");
        postgres = Fixtures.postgres("relations");
    }

    @Test
    void entityJoinAndCollectionTables() {
        assertThat(sqlite.tableNames()).containsExactly("Author", "Author_nicknames", "Book", "Book_Tag", "Tag");
        assertThat(postgres.tableNames()).containsExactly("author", "author_nicknames", "book", "book_tag", "tag");
    }

    @Test
    void manyToOneWithOnDeleteCascadeAndImplicitOrChosenName() {
        Table book = table(sqlite, "Book");
        assertThat(column(book, "author_id").describe()).isEqualTo("bigint NOT NULL");
        assertThat(book.foreignKeys()).containsExactly(
                new ForeignKey(Optional.empty(), List.of("author_id"), "Author", List.of("id"),
                        ReferentialAction.CASCADE),
                new ForeignKey(Optional.of("FK_Book_Editor"), List.of("editor_id"), "Author", List.of("id"),
                        ReferentialAction.NO_ACTION));
    }

    @Test
    void noConstraintModeLeavesTheColumnButNoForeignKey() {
        Table book = table(sqlite, "Book");
        assertThat(column(book, "translator_id").describe()).isEqualTo("bigint NULL");
        assertThat(book.foreignKeys()).noneMatch(fk -> fk.columns().contains("translator_id"));
    }

    @Test
    void manyToManyJoinTableHasCompositeKeyAndTwoForeignKeys() {
        Table join = table(sqlite, "Book_Tag");
        assertThat(join.columnNames()).containsExactly("Book_id", "tags_label");
        assertThat(join.primaryKey()).containsExactly("Book_id", "tags_label");
        assertThat(column(join, "tags_label").type()).isEqualTo(ColumnType.varchar(32));
        assertThat(join.foreignKeys()).containsExactly(
                new ForeignKey(Optional.empty(), List.of("Book_id"), "Book", List.of("id"),
                        ReferentialAction.NO_ACTION),
                new ForeignKey(Optional.empty(), List.of("tags_label"), "Tag", List.of("label"),
                        ReferentialAction.NO_ACTION));
    }

    @Test
    void elementCollectionSetIsUniqueInsteadOfAPrimaryKey() {
        Table nicknames = table(sqlite, "Author_nicknames");
        assertThat(nicknames.primaryKey()).isEmpty();
        assertThat(column(nicknames, "Author_id").describe()).isEqualTo("bigint NOT NULL");
        assertThat(column(nicknames, "nicknames").describe()).isEqualTo("varchar(255) NULL");
        assertThat(nicknames.uniqueConstraints())
                .containsExactly(new UniqueConstraint(Optional.empty(), List.of("Author_id", "nicknames")));
        assertThat(nicknames.foreignKeys()).containsExactly(new ForeignKey(Optional.empty(), List.of("Author_id"),
                "Author", List.of("id"), ReferentialAction.NO_ACTION));
    }

    @Test
    void postgresFoldsForeignKeyNamesAndColumns() {
        assertThat(table(postgres, "book_tag").foreignKeys())
                .extracting(ForeignKey::columns, ForeignKey::referencedTable)
                .containsExactly(tuple(List.of("book_id"), "book"), tuple(List.of("tags_label"), "tag"));
        assertThat(table(postgres, "book").foreignKeys()).extracting(ForeignKey::name)
                .containsExactly(Optional.empty(), Optional.of("fk_book_editor"));
    }
}
