package vn.kehoach.engine.task;

import java.lang.reflect.Field;

/**
 * Reads a field of one of the engine's commands by name: Camunda exposes no getters for what a command is about to
 * do. A field that cannot be read fails the command (closed, never open); TaskForgeryTest notices when an engine
 * upgrade renames one.
 */
final class CommandFields {

  private CommandFields() {}

  @SuppressWarnings("unchecked")
  static <T> T read(Class<?> owner, String name, Object command) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot read " + owner.getSimpleName() + "." + name
          + " to check a task's input; the engine's commands have changed", e);
    }
  }
}
