package dev.retort.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Removes known secrets (passwords, and the passwords inside database URLs) from text before it is shown: the last
 * line of defence for messages built from driver errors, stack traces and echoed arguments, which may quote a URL
 * or a password verbatim.
 */
public final class Secrets {
    private Secrets() {
    }

    /**
     * {@code text} with every secret replaced by {@code ***} (longest first, so a secret that contains another goes
     * whole) and every URL password redacted ({@link DatabaseUrls#redact}).
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        List<String> sorted = new ArrayList<>(secrets.stream().filter(s -> s != null && !s.isEmpty()).distinct()
                .toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String secret : sorted) {
            out = out.replace(secret, "***");
        }
        java.util.regex.Matcher url = URL.matcher(out);
        StringBuilder redacted = new StringBuilder();
        while (url.find()) {
            url.appendReplacement(redacted, java.util.regex.Matcher.quoteReplacement(DatabaseUrls.redact(url.group())));
        }
        url.appendTail(redacted);
        return DatabaseUrls.withoutPasswordParameters(redacted.toString());
    }

    /** A URL inside text: a scheme, {@code ://}, and everything up to white space or a quote. */
    private static final java.util.regex.Pattern URL =
            java.util.regex.Pattern.compile("(?i)[a-z][a-z0-9+.:-]*://[^\\s'\"]+");
}
