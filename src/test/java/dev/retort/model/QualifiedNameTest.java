package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifiedNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "users|-|users",
            "app.users|app|users",
            "\"App\".\"Users\"|\"App\"|\"Users\"",
            "app.\"Users\"|app|\"Users\"",
            "\"odd.name\"|-|\"odd.name\"",
            "a.b.c|-|a.b.c",
            ".users|-|.users",
            "users.|-|users."})
    void aNameIsQualifiedByExactlyOneDotOutsideMarks(String name, String schema, String local) {
        QualifiedName q = QualifiedName.parse(name);
        assertThat(q.schema()).isEqualTo(Optional.ofNullable(schema));
        assertThat(q.local()).isEqualTo(local);
        assertThat(q.toString()).as("spelled back as it was").isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"App.Users|app.users", "\"App\".Users|App.users", "\"odd.Name\"|odd.Name"})
    void eachPartFoldsOnItsOwn(String name, String folded) {
        assertThat(Identifiers.foldedLower(name)).isEqualTo(folded);
        assertThat(QualifiedName.parse(name).join("__")).isEqualTo(name.contains("\".") || !name.contains("\"")
                ? name.replace(".", "__") : name);
    }
}
