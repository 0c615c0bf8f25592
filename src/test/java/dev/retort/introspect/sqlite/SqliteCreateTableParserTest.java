package dev.retort.introspect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.introspect.sqlite.CreateTableParser.ParsedForeignKey;
import dev.retort.introspect.sqlite.CreateTableParser.ParsedTable;
import dev.retort.introspect.sqlite.CreateTableParser.ParsedUnique;
import dev.retort.model.CheckConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteCreateTableParserTest {

    @Test
    void tableLevelConstraintsWithAndWithoutNames() {
        ParsedTable t = CreateTableParser.parse("CREATE TABLE \"t\" (\"id\" integer PRIMARY KEY AUTOINCREMENT,"
                + " \"a\" varchar(10) NOT NULL DEFAULT 'CHECK (x)', \"b\" numeric(10,2) DEFAULT (1 + (2)),"
                + " CONSTRAINT \"uq_a\" UNIQUE (\"a\"), UNIQUE (b, a),"
                + " CONSTRAINT \"fk \"\"q\"\"\" FOREIGN KEY (\"a\", b) REFERENCES \"other\" (\"x\", \"y\") ON DELETE CASCADE,"
                + " FOREIGN KEY (b) REFERENCES other,"
                + " CONSTRAINT ck_paren CHECK (a IN ('(', ')') AND (b > 0)), CHECK (length(a) > 1))");
        assertThat(t.autoincrement()).isTrue();
        assertThat(t.withoutRowid()).isFalse();
        assertThat(t.uniques()).containsExactly(
                new ParsedUnique(Optional.of("uq_a"), List.of("a")),
                new ParsedUnique(Optional.empty(), List.of("b", "a")));
        assertThat(t.foreignKeys()).containsExactly(
                new ParsedForeignKey(Optional.of("fk \"q\""), List.of("a", "b"), "other", List.of("x", "y")),
                new ParsedForeignKey(Optional.empty(), List.of("b"), "other", List.of()));
        assertThat(t.checks()).containsExactly(
                new CheckConstraint(Optional.of("ck_paren"), "a IN ('(', ')') AND (b > 0)"),
                new CheckConstraint(Optional.empty(), "length(a) > 1"));
    }

    @Test
    void columnLevelConstraintsCommentsAndOtherQuotes() {
        ParsedTable t = CreateTableParser.parse("""
                CREATE TABLE child (
                  id INTEGER, -- AUTOINCREMENT here is only a comment, CHECK (fake)
                  parent_id INT CONSTRAINT fk_child_parent REFERENCES [Parent] (Id) ON DELETE SET NULL,
                  label TEXT CONSTRAINT ck_label CHECK (label <> ')') /* UNIQUE (x) */ UNIQUE,
                  `code` VARCHAR(5) CONSTRAINT uq_code UNIQUE CHECK (length(code) = 5),
                  PRIMARY KEY (id)
                ) WITHOUT ROWID""");
        assertThat(t.autoincrement()).isFalse();
        assertThat(t.withoutRowid()).isTrue();
        assertThat(t.foreignKeys()).containsExactly(
                new ParsedForeignKey(Optional.of("fk_child_parent"), List.of("parent_id"), "Parent", List.of("Id")));
        assertThat(t.uniques()).containsExactly(
                new ParsedUnique(Optional.empty(), List.of("label")),
                new ParsedUnique(Optional.of("uq_code"), List.of("code")));
        assertThat(t.checks()).containsExactly(
                new CheckConstraint(Optional.of("ck_label"), "label <> ')'"),
                new CheckConstraint(Optional.empty(), "length(code) = 5"));
    }

    @Test
    void textWithoutABodyYieldsNothing() {
        ParsedTable t = CreateTableParser.parse("CREATE TABLE broken");
        assertThat(t.uniques()).isEmpty();
        assertThat(t.checks()).isEmpty();
        assertThat(CreateTableParser.parse(null).foreignKeys()).isEmpty();
    }
}
