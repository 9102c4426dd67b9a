package vn.kehoach.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust authentication), dropped at
 * the end; like the operations tests' PostgresDatabase.
 */
final class BenchDatabase implements AutoCloseable {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");

  final String name;
  final String url;

  private BenchDatabase(String name) {
    this.name = name;
    this.url = SERVER + name;
  }

  static BenchDatabase create() {
    String name = "kehoach_bench_" + UUID.randomUUID().toString().substring(0, 8);
    execute("create database " + name);
    return new BenchDatabase(name);
  }

  @Override
  public void close() {
    execute("drop database if exists " + name + " with (force)");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is needed on 127.0.0.1:5432 (user " + USER
          + ", trust authentication): " + e.getMessage(), e);
    }
  }
}
