package vn.kehoach.importing;

/** A body (ban, đảng ủy, phòng ...) named in the document, as written, and where. */
public record BodyMention(String name, int line) {}
