package vn.kehoach.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database on the real PostgreSQL server at 127.0.0.1:5432 (user postgres, trust authentication, as
 * .ci/run sets it up), dropped after the test. If the server cannot be reached the test fails and says why:
 * these tests are never skipped. The benchmark uses it too.
 */
public final class PostgresDatabase implements AutoCloseable {

  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  public static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");

  final String name;
  public final String url;
  public final JdbcClient jdbc;

  private PostgresDatabase(String name) {
    this.name = name;
    this.url = SERVER + name;
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, USER, "");
    this.jdbc = JdbcClient.create(dataSource);
  }

  public static PostgresDatabase create(String purpose) {
    String name = "kehoach_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    execute("create database " + name);
    return new PostgresDatabase(name);
  }

  /** A setting for every later session of this database, as {@code ALTER DATABASE ... SET} gives it. */
  public void set(String parameter, String value) {
    execute("alter database " + name + " set " + parameter + " = " + value);
  }

  /** Dropped, unless -Dkehoach.keepDatabase=true asks to keep it for a look afterwards (EXPLAIN, psql). */
  @Override
  public void close() {
    if (Boolean.getBoolean("kehoach.keepDatabase")) {
      System.out.println("kept database " + name);
      return;
    }
    execute("drop database if exists " + name + " with (force)");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError("PostgreSQL is needed on 127.0.0.1:5432 (user " + USER + ", trust authentication): "
          + e.getMessage() + ". Start it with: pg_ctlcluster --skip-systemctl-redirect <version> main start"
          + " (.ci/run does this)", e);
    }
  }
}
