package vn.kehoach.importing;

/** Lines joined back into what the author wrote as one paragraph; {@code firstLine} is where it starts. */
public record Paragraph(String text, int firstLine, int lastLine) {}
