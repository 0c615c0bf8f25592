package dev.retort.introspect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The column types and defaults MariaDB prints, for the tables Hibernate's MariaDBDialect and Retort create. */
class MariaDbTypeNamesTest {

    @Test
    void typesAsHibernateAndRetortCreateThemReadAsTheScansKinds() {
        assertThat(MariaDbTypeNames.parse("bit(1)")).isEqualTo(ColumnType.of(TypeKind.BOOLEAN));
        assertThat(MariaDbTypeNames.parse("tinyint(1)")).isEqualTo(ColumnType.of(TypeKind.BOOLEAN));
        assertThat(MariaDbTypeNames.parse("tinyint(4)")).isEqualTo(ColumnType.of(TypeKind.SMALLINT));
        assertThat(MariaDbTypeNames.parse("int(11)")).isEqualTo(ColumnType.of(TypeKind.INTEGER));
        assertThat(MariaDbTypeNames.parse("bigint(20)")).isEqualTo(ColumnType.of(TypeKind.BIGINT));
        assertThat(MariaDbTypeNames.parse("int(10) unsigned")).isEqualTo(ColumnType.other("int(10) unsigned"));
        assertThat(MariaDbTypeNames.parse("decimal(12,3)")).isEqualTo(ColumnType.numeric(12, 3));
        assertThat(MariaDbTypeNames.parse("decimal(65,30)")).isEqualTo(ColumnType.numeric(0, 0));
        assertThat(MariaDbTypeNames.parse("varchar(320)")).isEqualTo(ColumnType.varchar(320));
        assertThat(MariaDbTypeNames.parse("tinyblob")).isEqualTo(new ColumnType(TypeKind.BLOB, 255, 0, 0, ""));
        assertThat(MariaDbTypeNames.parse("blob")).isEqualTo(new ColumnType(TypeKind.BLOB, 65_535, 0, 0, ""));
        assertThat(MariaDbTypeNames.parse("mediumblob")).isEqualTo(new ColumnType(TypeKind.BLOB, 16_777_215, 0, 0, ""));
        assertThat(MariaDbTypeNames.parse("longblob")).isEqualTo(ColumnType.of(TypeKind.BLOB));
        assertThat(MariaDbTypeNames.parse("longtext")).isEqualTo(ColumnType.of(TypeKind.TEXT));
        assertThat(MariaDbTypeNames.parse("varbinary(255)")).isEqualTo(ColumnType.of(TypeKind.BINARY));
        assertThat(MariaDbTypeNames.parse("datetime(6)")).isEqualTo(ColumnType.of(TypeKind.TIMESTAMP));
        assertThat(MariaDbTypeNames.parse("uuid")).isEqualTo(ColumnType.of(TypeKind.UUID));
        assertThat(MariaDbTypeNames.parse("double")).isEqualTo(ColumnType.of(TypeKind.DOUBLE));
        assertThat(ColumnType.other("ENUM ('HIGH','it''s')").raw()).isEqualTo("enum ('HIGH','it''s')");
    }

    /** A native enum is a varchar as long as its longest value; its values are a check of the model's. */
    @Test
    void anEnumIsAVarcharOfItsLongestValue() {
        assertThat(MariaDbTypeNames.parse("enum('HIGH','LOW')")).isEqualTo(ColumnType.varchar(4));
        assertThat(MariaDbTypeNames.enumValues("enum('HIGH','it''s','')")).contains(List.of("HIGH", "it's", ""));
        assertThat(MariaDbTypeNames.enumValues("varchar(5)")).isEmpty();
        assertThat(MariaDbTypeNames.parse("set('a','b')")).isEqualTo(ColumnType.other("set('a','b')"));
    }

    /** A default drawing from a sequence reads in the model's spelling, PostgreSQL's: the sequence by its name. */
    @Test
    void aSequenceDefaultReadsAsNextvalOfItsName() {
        ColumnType id = ColumnType.of(TypeKind.BIGINT);
        assertThat(MariaDbTypeNames.defaultValue("nextval(`app`.`owner_seq`)", id)).contains("nextval('owner_seq')");
        assertThat(MariaDbTypeNames.defaultValue("nextval(owner_seq)", id)).contains("nextval('owner_seq')");
        assertThat(MariaDbTypeNames.defaultValue("NEXTVAL(`a``b`)", id)).contains("nextval('a`b')");
    }

    @Test
    void defaultsAsMariaDbPrintsThem() {
        ColumnType ts = ColumnType.of(TypeKind.TIMESTAMP);
        assertThat(MariaDbTypeNames.defaultValue("current_timestamp(6)", ts)).contains("CURRENT_TIMESTAMP");
        assertThat(MariaDbTypeNames.defaultValue("current_timestamp()", ts)).contains("CURRENT_TIMESTAMP");
        assertThat(MariaDbTypeNames.defaultValue("curdate()", ColumnType.of(TypeKind.DATE))).contains("CURRENT_DATE");
        assertThat(MariaDbTypeNames.defaultValue("curtime()", ColumnType.of(TypeKind.TIME))).contains("CURRENT_TIME");
        assertThat(MariaDbTypeNames.defaultValue("curtime(3)", ColumnType.of(TypeKind.TIME))).contains("CURRENT_TIME");
        assertThat(MariaDbTypeNames.defaultValue("NULL", ts)).isEmpty();
        assertThat(MariaDbTypeNames.defaultValue(null, ts)).isEmpty();
        assertThat(MariaDbTypeNames.defaultValue("'new'", ColumnType.varchar(4))).contains("'new'");
        assertThat(MariaDbTypeNames.defaultValue("b'1'", ColumnType.of(TypeKind.BOOLEAN))).isEqualTo(Optional.of("true"));
        assertThat(MariaDbTypeNames.defaultValue("0", ColumnType.of(TypeKind.INTEGER))).contains("0");
        assertThat(MariaDbTypeNames.defaultValue("0.00", ColumnType.numeric(8, 2))).contains("0");
        assertThat(MariaDbTypeNames.defaultValue("1.50", ColumnType.numeric(8, 2))).contains("1.5");
    }
}
