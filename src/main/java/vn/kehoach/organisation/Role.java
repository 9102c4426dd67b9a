package vn.kehoach.organisation;

/** A function held by persons, such as the deputy secretary who signs for a standing committee; also a candidate group. */
public record Role(String id, String name, String unit) {}
