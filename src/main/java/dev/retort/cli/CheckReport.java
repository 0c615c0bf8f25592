package dev.retort.cli;

import dev.retort.text.Json;
import dev.retort.app.Difference;
import dev.retort.app.Results;
import java.util.List;
import java.util.Optional;

/** Prints a {@link Results.Checked} as text for people, JSON for programs, or GitHub Actions annotations. */
final class CheckReport {
    private CheckReport() {
    }

    enum Format {
        TEXT, JSON, GITHUB
    }

    static String render(Results.Checked checked, Format format) {
        return switch (format) {
            case TEXT -> text(checked);
            case JSON -> json(checked);
            case GITHUB -> github(checked);
        };
    }

    /** "the database", or offline "the migrations (replayed offline)". */
    private static String other(Results.Checked checked) {
        return checked.offline() ? "the migrations (replayed offline)" : "the database";
    }

    private static String summary(Results.Checked checked) {
        if (checked.inSync()) {
            return "No drift: the entities and " + other(checked) + " agree";
        }
        int n = checked.differences().size();
        if (n == 0) {
            return "No schema drift, but " + edited(checked);
        }
        return "Schema drift: " + n + (n == 1 ? " difference" : " differences") + " between the entities and "
                + other(checked) + (checked.edited().isEmpty() ? "" : "; and " + edited(checked));
    }

    private static String edited(Results.Checked checked) {
        int n = checked.edited().size();
        return n + (n == 1 ? " applied migration was" : " applied migrations were") + " edited after being applied";
    }

    /** One line per edited migration. */
    private static String editedMessage(Results.RevisionInfo r) {
        return "migration " + r.id() + " (" + r.source() + ") was edited after it was applied: its upgrade no longer"
                + " has the checksum recorded then";
    }

    private static final String EDITED_FIX = "Undo the edit of an applied migration and put the change in a new one"
            + " (`retort revision -m MESSAGE`), or accept it with `retort upgrade --allow-edited` when the database"
            + " already is what the edited migration says.";

    private static String fix(Results.Checked checked) {
        if (checked.differences().isEmpty()) {
            return EDITED_FIX;
        }
        return fixDrift(checked) + (checked.edited().isEmpty() ? "" : " " + EDITED_FIX);
    }

    private static String fixDrift(Results.Checked checked) {
        if (!checked.unmigratedTables().isEmpty()) {
            return "The database's version table says it is at head, but none of the tables the migrations create is"
                    + " there, so a new migration would only repeat them. If the migrations never ran on this database,"
                    + " record that with `retort stamp base` and apply them with `retort upgrade head`; if it is the"
                    + " wrong database, check the URL.";
        }
        if (checked.heads().size() > 1) {
            return "The migrations have " + checked.heads().size() + " heads: join them with `retort merge heads -m"
                    + " \"merge\"`, run `retort upgrade head`, and check again; then write a migration for what remains with"
                    + " `retort autogenerate" + (checked.offline() ? " --offline" : "") + " -m \"MESSAGE\"`.";
        }
        if (checked.offline()) {
            return "Write a migration for them with `retort autogenerate --offline -m \"MESSAGE\"` and review it.";
        }
        if (checked.atHead().orElse(true)) {
            return "Write a migration for them with `retort autogenerate -m \"MESSAGE\"`, review it, then run `retort upgrade head`.";
        }
        return "Apply the pending migrations with `retort upgrade head` and check again; then write a migration for what"
                + " remains with `retort autogenerate -m \"MESSAGE\"`.";
    }

    static String text(Results.Checked checked) {
        StringBuilder b = new StringBuilder();
        for (String note : checked.notes()) {
            b.append("note: ").append(note).append('\n');
        }
        b.append(summary(checked)).append('\n');
        for (Difference d : checked.differences()) {
            b.append("  ").append(d.message()).append('\n');
        }
        for (Results.RevisionInfo r : checked.edited()) {
            b.append("  ").append(editedMessage(r)).append('\n');
        }
        if (!checked.inSync()) {
            b.append(fix(checked)).append('\n');
        }
        return b.toString();
    }

    /**
     * One workflow command per line (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
     * an {@code error} per difference, a {@code warning} per note, a {@code notice} when in sync, then the summary.
     */
    static String github(Results.Checked checked) {
        StringBuilder b = new StringBuilder();
        for (String note : checked.notes()) {
            b.append("::warning title=").append(property("Schema check")).append("::").append(data(note)).append('\n');
        }
        if (checked.inSync()) {
            b.append("::notice::").append(data(summary(checked))).append('\n');
            return b.toString();
        }
        for (Difference d : checked.differences()) {
            b.append("::error title=").append(property("Schema drift")).append("::").append(data(d.message())).append('\n');
        }
        for (Results.RevisionInfo r : checked.edited()) {
            b.append("::error file=").append(property(r.source().toString().replace('\\', '/'))).append(",title=")
                    .append(property("Edited migration")).append("::").append(data(editedMessage(r))).append('\n');
        }
        b.append(summary(checked)).append(". ").append(fix(checked)).append('\n');
        return b.toString();
    }

    /** A workflow command's message: {@code %}, CR and LF are escaped so one annotation stays one line. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: as {@link #data}, and {@code :} and {@code ,} too. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** A stable document: keys always present and in this order, {@code null} for what does not apply. */
    static String json(Results.Checked checked) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"inSync\": ").append(checked.inSync()).append(",\n");
        b.append("  \"offline\": ").append(checked.offline()).append(",\n");
        b.append("  \"dialect\": ").append(Json.string(checked.dialect())).append(",\n");
        b.append("  \"heads\": ").append(Json.strings(checked.heads())).append(",\n");
        b.append("  \"databaseRevisions\": ").append(checked.databaseRevisions().map(Json::strings).orElse("null")).append(",\n");
        b.append("  \"atHead\": ").append(checked.atHead().map(String::valueOf).orElse("null")).append(",\n");
        b.append("  \"notes\": ").append(Json.strings(checked.notes())).append(",\n");
        b.append("  \"hibernate\": ").append(Json.string(checked.hibernate())).append(",\n");
        b.append("  \"differences\": [");
        List<Difference> differences = checked.differences();
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {")
                    .append("\"kind\": ").append(Json.string(d.kind().code()))
                    .append(", \"table\": ").append(optional(d.table()))
                    .append(", \"object\": ").append(Json.string(d.object()))
                    .append(", \"entity\": ").append(optional(d.entity()))
                    .append(", \"database\": ").append(optional(d.database()))
                    .append(", \"aspects\": ").append(Json.strings(d.aspects()))
                    .append(", \"risks\": ").append(Json.strings(d.risks()))
                    .append(", \"message\": ").append(Json.string(d.message()))
                    .append('}');
        }
        b.append(differences.isEmpty() ? "],\n" : "\n  ],\n");
        b.append("  \"edited\": [");
        List<Results.RevisionInfo> edited = checked.edited();
        for (int i = 0; i < edited.size(); i++) {
            Results.RevisionInfo r = edited.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {")
                    .append("\"revision\": ").append(Json.string(r.id()))
                    .append(", \"path\": ").append(Json.string(r.source().toString()))
                    .append(", \"message\": ").append(Json.string(editedMessage(r)))
                    .append('}');
        }
        b.append(edited.isEmpty() ? "]\n" : "\n  ]\n");
        b.append("}\n");
        return b.toString();
    }

    private static String optional(Optional<String> value) {
        return value.map(Json::string).orElse("null");
    }
}
