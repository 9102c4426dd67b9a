package vn.kehoach.system;

/** One problem with one field of a request, e.g. {@code assignments[1].unit}. */
public record FieldProblem(String field, String message) {}
