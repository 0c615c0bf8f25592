package dev.retort.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** A connection that counts the statements it executes: what the catalog readers' N+1 guards measure. */
public final class CountingConnection {
    private CountingConnection() {
    }

    /** {@code real}, adding one to {@code executed[0]} for every statement it executes (plain, prepared, callable). */
    public static Connection of(Connection real, int[] executed) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!(result instanceof Statement statement)) {
                        return result;
                    }
                    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                        if (m.getName().startsWith("execute")) {
                            executed[0]++;
                        }
                        return invoke(statement, m, a);
                    });
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
