package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checksum recorded for each applied migration: formatting is no edit, every real change is one, and the normal
 * form of version {@link OpChecksum#NORMALIZATION} is pinned for every op, so it cannot change by accident (a
 * change must come with a new version number, or every database would report its migrations as edited).
 */
class OpChecksumTest {
    private static final Path PINNED = Path.of("src/test/resources/checksums/normal-form-1.txt");

    /** Every kind of op, each at least once, with odd text in strings. */
    static List<MigrationOp> corpus() {
        List<MigrationOp> ops = new ArrayList<>(OpLawsTest.reversibleOps());
        OpLawsTest.reversibleOps().forEach(op -> ops.add(op.inverse()));
        ops.add(new CreateSequence(OpLawsTest.USERS_SEQ));
        ops.add(new CreateEnumType(OpLawsTest.MOOD));
        ops.add(new DropSequence(OpLawsTest.USERS_SEQ));
        ops.add(new DropEnumType(OpLawsTest.MOOD));
        ops.add(new ExecuteSql("UPDATE users SET email = 'a  \"b\"\\\\c' -- trailing\nWHERE id = 1;"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("big", 12345678901L);
        row.put("price", new java.math.BigDecimal("1.50"));
        row.put("name", "Zoë\t\"x\"");
        row.put("blob", new byte[] {1, (byte) 0xff});
        row.put("flag", true);
        row.put("none", null);
        ops.add(new BulkInsert("users", List.of(row)));
        return ops;
    }

    @Test
    void theCorpusHoldsEveryKindOfOp() {
        Set<String> kinds = corpus().stream().map(op -> op.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(kinds).containsAll(Arrays.stream(MigrationOp.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
    }

    @Test
    void theNormalFormOfVersionOneIsPinned() throws Exception {
        String form = OpChecksum.normalForm(corpus());
        if (Boolean.getBoolean("retort.updateGolden") && !Files.exists(PINNED)) {
            Files.createDirectories(PINNED.getParent());
            Files.writeString(PINNED, form);
        }
        assertThat(form).as("the normal form changed: keep it, or raise OpChecksum.NORMALIZATION and keep version 1"
                + " computable, so checksums recorded by earlier releases still compare").isEqualTo(Files.readString(PINNED));
        assertThat(OpChecksum.of(corpus())).isEqualTo(OpChecksum.of(1, corpus()).orElseThrow()).matches("[0-9a-f]{64}");
    }

    @Test
    void anUnknownNormalFormIsNotCompared() {
        assertThat(OpChecksum.of(2, corpus())).isEmpty();
        assertThat(OpChecksum.of(0, corpus())).isEmpty();
    }

    @Test
    void whitespaceCommentsLineEndingsAndTrailingSemicolonsInRawSqlAreNoEdit() {
        String sql = "UPDATE users\n   SET note = 'two  spaces'\n WHERE id = 1;";
        String checksum = OpChecksum.of(List.of(new ExecuteSql(sql)));
        for (String same : List.of("UPDATE users SET note = 'two  spaces' WHERE id = 1",
                "UPDATE users\r\n\tSET note = 'two  spaces' -- keep the note\r\n WHERE id = 1 ;\n",
                "/* reviewed */ UPDATE /* nested /* twice */ ok */ users SET note = 'two  spaces' WHERE id = 1;;")) {
            assertThat(OpChecksum.of(List.of(new ExecuteSql(same)))).as(same).isEqualTo(checksum);
        }
        for (String other : List.of("UPDATE users SET note = 'two spaces' WHERE id = 1",
                "UPDATE users SET note = 'two  spaces' WHERE id = 2",
                "UPDATE users SET note = E'two  spaces\\' WHERE id = 1",
                "UPDATE users SET \"note \" = 'two  spaces' WHERE id = 1")) {
            assertThat(OpChecksum.of(List.of(new ExecuteSql(other)))).as(other).isNotEqualTo(checksum);
        }
    }

    @Test
    void quotedTextKeepsItsWhitespace() {
        assertThat(OpChecksum.normalSql("SELECT  'a  b',  \"c  d\",  $$e  f$$,  $body$ g  h $body$,  E'i\\'  j'  ;"))
                .isEqualTo("SELECT 'a  b', \"c  d\", $$e  f$$, $body$ g  h $body$, E'i\\'  j'");
        assertThat(OpChecksum.normalSql("SELECT $1,  $2")).isEqualTo("SELECT $1, $2");
        assertThat(OpChecksum.normalSql("SELECT '--not a comment'  -- a comment")).isEqualTo("SELECT '--not a comment'");
    }

    @Test
    void theOrderOfOpsAndEveryValueCountsButNotTheColumnOrderOfARow() {
        List<MigrationOp> ops = OpLawsTest.reversibleOps();
        List<MigrationOp> reversed = new ArrayList<>(ops);
        java.util.Collections.reverse(reversed);
        assertThat(OpChecksum.of(reversed)).isNotEqualTo(OpChecksum.of(ops));
        assertThat(OpChecksum.of(ops.subList(1, ops.size()))).isNotEqualTo(OpChecksum.of(ops));

        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", "x");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", "x");
        ba.put("a", 1);
        assertThat(OpChecksum.of(List.of(new BulkInsert("t", List.of(ab)))))
                .isEqualTo(OpChecksum.of(List.of(new BulkInsert("t", List.of(ba)))));
        Map<String, Object> other = new LinkedHashMap<>(ab);
        other.put("a", 2);
        assertThat(OpChecksum.of(List.of(new BulkInsert("t", List.of(other)))))
                .isNotEqualTo(OpChecksum.of(List.of(new BulkInsert("t", List.of(ab)))));
        Map<String, Object> text = new LinkedHashMap<>(ab);
        text.put("a", "1");
        assertThat(OpChecksum.of(List.of(new BulkInsert("t", List.of(text)))))
                .as("the number 1 and the text '1' differ").isNotEqualTo(OpChecksum.of(List.of(new BulkInsert("t", List.of(ab)))));
    }

    @Test
    void eachCorpusOpHasItsOwnLine() {
        List<MigrationOp> corpus = corpus();
        String[] lines = OpChecksum.normalForm(corpus).split("\n");
        assertThat(lines).hasSize(corpus.size());
        assertThat(Set.of(lines)).as("distinct ops have distinct normal forms").hasSize((int) corpus.stream().distinct().count());
    }
}
