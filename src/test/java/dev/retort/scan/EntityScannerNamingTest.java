package dev.retort.scan;

import static dev.retort.scan.Fixtures.POSTGRES;
import static dev.retort.scan.Fixtures.SQLITE;
import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerNamingTest {

    private static final Map<String, String> SPRING_NAMING = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

    @Test
    void sqliteKeepsMixedCaseNames() {
        Table holder = table(Fixtures.sqlite("folding"), "AccountHolder");
        assertThat(holder.columnNames()).containsExactly("HolderId", "\"DisplayName\"", "lastSeen");
        assertThat(holder.primaryKey()).containsExactly("HolderId");
    }

    @Test
    void postgresFoldsUnquotedMixedCaseNamesAndKeepsQuotedOnes() {
        SchemaModel model = Fixtures.postgres("folding");
        assertThat(model.tableNames()).containsExactly("accountholder");
        Table holder = table(model, "accountholder");
        assertThat(holder.columnNames()).containsExactly("holderid", "\"DisplayName\"", "lastseen");
        assertThat(holder.primaryKey()).containsExactly("holderid");
    }

    @Test
    void camelCaseToUnderscoresNamingStrategyTurnsLastSeenIntoLastSeen() {
        Table customer = table(Fixtures.scan("basic", SQLITE, SPRING_NAMING), "customer");
        assertThat(customer.columnNames()).contains("last_seen", "created_at", "external_id")
                .doesNotContain("lastSeen");
        assertThat(column(customer, "last_seen").type()).isEqualTo(ColumnType.of(TypeKind.TIMESTAMP));
    }

    @Test
    void implicitNamingStrategySettingIsHonoured() {
        // Retort wraps the implicit strategy to learn which constraint names it invents; the user's choice must
        // still be the one that names things
        Table customer = table(Fixtures.scan("basic", SQLITE,
                Map.of("hibernate.implicit_naming_strategy", "component-path")), "Customer");
        assertThat(customer.columnNames()).contains("address_street", "address_zip").doesNotContain("street");
    }

    @Test
    void namingStrategyAppliesToExplicitNamesButNotToQuotedOnes() {
        SchemaModel model = Fixtures.scan("folding", POSTGRES, SPRING_NAMING);
        assertThat(model.tableNames()).containsExactly("account_holder");
        assertThat(table(model, "account_holder").columnNames())
                .containsExactly("holder_id", "\"DisplayName\"", "last_seen");
    }

    @Test
    void namingStrategyAndEntitiesAreLoadedFromTheScannedClasspath(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
                "gen.naming.PrefixStrategy", """
                        package gen.naming;

                        import org.hibernate.boot.model.naming.Identifier;
                        import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
                        import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

                        public class PrefixStrategy extends PhysicalNamingStrategyStandardImpl {
                            @Override
                            public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
                                return Identifier.toIdentifier("app_" + name.getText(), name.isQuoted());
                            }
                        }
                        """,
                "gen.naming.Widget", """
                        package gen.naming;

                        @jakarta.persistence.Entity
                        public class Widget {
                            @jakarta.persistence.Id
                            private long id;
                        }
                        """));
        ScanRequest request = ScanRequest.of(List.of(classes), List.of("gen.naming"), SQLITE, Fixtures.KEEP)
                .withProperty("hibernate.physical_naming_strategy", "gen.naming.PrefixStrategy");

        SchemaModel model = new EntityScanner().scan(request);

        assertThat(model.tableNames()).containsExactly("app_Widget");
        assertThat(table(model, "app_Widget").primaryKey()).containsExactly("id");
    }
}
