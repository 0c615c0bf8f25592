package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.annotations.Internal;
import dev.retort.annotations.PublicApi;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public API is closed: what a {@link PublicApi} type's public members take, return or throw is the JDK or
 * public API too, so nothing internal leaks to migrations, applications or the build plugins by way of a signature.
 */
class PublicApiTest {

    /** Every type marked, by itself or by its package. */
    private static List<Class<?>> publicApi() {
        List<Class<?>> api = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().acceptPackages("dev.retort").rejectPackages("dev.retort.fixtures")
                .enableClassInfo().scan()) {
            for (var info : scan.getAllClasses()) {
                if (!info.getClasspathElementFile().getPath().contains("test-classes")) {
                    Class<?> c = info.loadClass();
                    if (isApi(c)) {
                        api.add(c);
                    }
                }
            }
        }
        return api;
    }

    private static boolean isApi(Class<?> c) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (k.isAnnotationPresent(PublicApi.class) || k.getPackage().isAnnotationPresent(PublicApi.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theApiIsWhatTheDocsSay() {
        List<String> names = publicApi().stream().map(Class::getName).toList();
        assertThat(names).contains("dev.retort.migration.Migration", "dev.retort.migration.Operations",
                "dev.retort.migration.Schema", "dev.retort.app.Retort", "dev.retort.app.Results",
                "dev.retort.error.RetortException", "dev.retort.junit.RetortAssertions",
                "dev.retort.annotations.IndexOptions", "dev.retort.cli.RetortCli", "dev.retort.model.ColumnType");
        assertThat(names).as("internal").doesNotContain("dev.retort.ops.MigrationOp", "dev.retort.diff.SchemaDiffer",
                "dev.retort.runtime.MigrationRunner", "dev.retort.app.Project");
    }

    @Test
    void publicSignaturesUseOnlyTheJdkAndThePublicApi() {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> c : publicApi()) {
            for (Method m : c.getDeclaredMethods()) {
                if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isAnnotationPresent(Internal.class)) {
                    check(c, m.getName(), m.getGenericReturnType(), leaks);
                    checkParameters(c, m, leaks);
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (exposed(k.getModifiers()) && !k.isSynthetic() && !k.isAnnotationPresent(Internal.class)) {
                    checkParameters(c, k, leaks);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (exposed(f.getModifiers()) && !f.isSynthetic() && !f.isAnnotationPresent(Internal.class)) {
                    check(c, f.getName(), f.getGenericType(), leaks);
                }
            }
            if (c.getSuperclass() != null) {
                check(c, "extends", c.getGenericSuperclass(), leaks);
            }
            for (Type i : c.getGenericInterfaces()) {
                check(c, "implements", i, leaks);
            }
        }
        assertThat(leaks).as("internal types in public signatures: mark them @PublicApi or keep them out").isEmpty();
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkParameters(Class<?> owner, Executable e, Set<String> leaks) {
        for (Type p : e.getGenericParameterTypes()) {
            check(owner, e.getName(), p, leaks);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(owner, e.getName(), x, leaks);
        }
    }

    private static void check(Class<?> owner, String member, Type type, Set<String> leaks) {
        if (type instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            if (base.getName().startsWith("dev.retort.") && !isApi(base)) {
                leaks.add(owner.getName() + "." + member + " -> " + base.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            check(owner, member, p.getRawType(), leaks);
            for (Type a : p.getActualTypeArguments()) {
                check(owner, member, a, leaks);
            }
        } else if (type instanceof GenericArrayType g) {
            check(owner, member, g.getGenericComponentType(), leaks);
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(owner, member, b, leaks);
            }
            for (Type b : w.getLowerBounds()) {
                check(owner, member, b, leaks);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(owner, member, b, leaks);
            }
        }
    }
}
