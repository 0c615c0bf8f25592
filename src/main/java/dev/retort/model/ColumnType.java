package dev.retort.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A canonical column type: a {@link TypeKind} plus the parameters its shape allows.
 *
 * <p>Invariants: {@code length} is positive only for {@link TypeKind.Shape#LENGTH} kinds (0 means
 * "no length given"); {@code precision}/{@code scale} are used only by {@link TypeKind#NUMERIC}
 * (precision 0 means unconstrained); {@code raw} is non-empty only for {@link TypeKind#OTHER}.
 * Parameters a kind does not take are forced to 0 so that equal types are {@code equals}.
 *
 * @param kind the type family
 * @param length character length for CHAR/VARCHAR
 * @param precision total digits for NUMERIC
 * @param scale fractional digits for NUMERIC
 * @param raw the SQL text of an {@link TypeKind#OTHER} type, lower-cased
 */
public record ColumnType(TypeKind kind, int length, int precision, int scale, String raw) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        if (length < 0 || precision < 0 || scale < 0) {
            throw new IllegalArgumentException("negative type parameter for " + kind);
        }
        switch (kind.shape()) {
            case PLAIN -> {
                length = 0;
                precision = 0;
                scale = 0;
                raw = "";
            }
            case LENGTH -> {
                precision = 0;
                scale = 0;
                raw = "";
            }
            case PRECISION_SCALE -> {
                length = 0;
                raw = "";
                if (precision == 0) {
                    scale = 0;
                }
            }
            case RAW -> {
                length = 0;
                precision = 0;
                scale = 0;
                raw = raw.trim().toLowerCase(Locale.ROOT);
                if (raw.isEmpty()) {
                    throw new IllegalArgumentException("an OTHER type needs its SQL text");
                }
            }
        }
    }

    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, 0, 0, 0, "");
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, 0, 0, "");
    }

    public static ColumnType chars(int length) {
        return new ColumnType(TypeKind.CHAR, length, 0, 0, "");
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(TypeKind.NUMERIC, 0, precision, scale, "");
    }

    public static ColumnType other(String sql) {
        return new ColumnType(TypeKind.OTHER, 0, 0, 0, sql);
    }

    /** The neutral spelling used in messages and golden files, e.g. {@code varchar(255)}. */
    @Override
    public String toString() {
        return switch (kind.shape()) {
            case PLAIN -> kind.name().toLowerCase(Locale.ROOT);
            case LENGTH -> kind.name().toLowerCase(Locale.ROOT) + (length > 0 ? "(" + length + ")" : "");
            case PRECISION_SCALE -> "numeric" + (precision > 0 ? "(" + precision + "," + scale + ")" : "");
            case RAW -> raw;
        };
    }
}
