package dev.retort.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where one command's time went, phase by phase (scan, metamodel, migrations, introspection, diff, render), for
 * {@code --verbose} and the benchmark. A phase met twice adds up.
 */
final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    synchronized void add(String phase, long elapsed) {
        nanos.merge(phase, elapsed, Long::sum);
    }

    /** {@code phase N ms}, in the order the phases first ran. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        nanos.forEach((phase, n) -> lines.add(phase + " " + n / 1_000_000 + " ms"));
        return lines;
    }
}
