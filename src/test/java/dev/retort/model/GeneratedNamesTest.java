package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeneratedNamesTest {

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aNameThatFitsIsKept() {
        String name = "fk_" + "a".repeat(60);
        assertThat(bytes(name)).isEqualTo(63);
        assertThat(GeneratedNames.fit(name, false)).isEqualTo(name);
    }

    @Test
    void aLongNameIsCutToSixtyThreeBytesWithAHashOfTheWholeName() {
        String name = "fk_" + "a".repeat(70);
        String fitted = GeneratedNames.fit(name, false);
        assertThat(fitted).hasSize(63).startsWith("fk_aaa").endsWith("_" + GeneratedNames.hash(name));
        assertThat(GeneratedNames.fit(name + "b", false)).as("another name, another hash").isNotEqualTo(fitted);
    }

    @Test
    void bytesAreCountedNotCharactersAndNoCharacterIsSplit() {
        // 2 bytes each: 40 characters are 80 bytes, longer than PostgreSQL keeps though shorter than 63 characters
        String name = "ix_" + "ü".repeat(40);
        String fitted = GeneratedNames.fit(name, false);
        assertThat(bytes(fitted)).isLessThanOrEqualTo(GeneratedNames.MAX_BYTES);
        assertThat(fitted).endsWith("_" + GeneratedNames.hash(name)).doesNotContain("\uFFFD");
        assertThat(fitted.length()).as("within MySQL's 64 characters too").isLessThanOrEqualTo(64);
        // what PostgreSQL stores (its cut at 63 bytes) is the name itself, so reading it back is no drift
        assertThat(NameMatching.FOLDS_TO_LOWER.physical(fitted)).isEqualTo(fitted);
        // a 4-byte character at the cut is left out whole
        String emoji = "ix_" + "a".repeat(50) + "\uD83D\uDE00".repeat(5);
        String cut = GeneratedNames.fit(emoji, false);
        assertThat(bytes(cut)).isLessThanOrEqualTo(63);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 10))).isFalse();
    }

    @Test
    void indexNamesDropTheSeparatorsTheCutLeaves() {
        String name = "ix_" + "a".repeat(50) + "_____" + "b".repeat(20);
        assertThat(GeneratedNames.fit(name, true)).isEqualTo("ix_" + "a".repeat(50) + "_" + GeneratedNames.hash(name));
        assertThat(GeneratedNames.fit(name, false)).startsWith("ix_" + "a".repeat(50) + "_").hasSize(63);
    }
}
