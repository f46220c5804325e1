package fr.aiguillage.statistics.projection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One owner connection whose unqualified {@code stat_*} names are the rebuilt generation's ({@code
 * search_path} = {@value StatisticsRebuild#SHADOW}, then the live schema): {@link ProjectionBatch}
 * and {@link Projector} write there unchanged. Handed out as a data source whose connections'
 * {@code close} keeps it open (one connection for the whole replay).
 */
final class ShadowConnection implements AutoCloseable {
  private final Connection connection;

  ShadowConnection(DataSource owner, String liveSchema) throws SQLException {
    connection = owner.getConnection();
    try (Statement s = connection.createStatement()) {
      s.execute("SET search_path TO " + StatisticsRebuild.SHADOW + ", " + liveSchema);
    }
  }

  DataSource dataSource() {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                forward(connection, "close"));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return kept;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Forwards every call to {@code target} except {@code ignored}, which does nothing. */
  private static InvocationHandler forward(Object target, String ignored) {
    return (proxy, method, args) -> {
      if (method.getName().equals(ignored) && method.getParameterCount() == 0) {
        return null;
      }
      return invoke(target, method, args);
    };
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
