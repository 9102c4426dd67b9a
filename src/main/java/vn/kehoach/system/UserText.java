package vn.kehoach.system;

import java.text.Normalizer;

/**
 * Text that people send (titles, tasks, comments, reports) as the system keeps it. The pentest found titles keeping
 * NUL, a right-to-left override and zero-width characters, which then reached task names: a name can be made to
 * read backwards or to look like another one.
 * <ul>
 *   <li><b>Refused</b>: C0 and C1 control characters other than tab, line feed and carriage return, and the bidi
 *       controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069). Typed text has no use for them, and what the
 *       sender sees is then what is kept, so the request is refused naming the character ({@link #refusal}).</li>
 *   <li><b>Removed</b>: the invisible characters U+200B (zero-width space), U+200C and U+200D (zero-width non-joiner
 *       and joiner), U+2060 (word joiner), U+FEFF (BOM) and U+00AD (soft hyphen). Vietnamese needs none of them;
 *       they come in unseen with copied text, so refusing them would refuse text its sender cannot fix.</li>
 *   <li>Then <b>NFC</b>: "Kế hoạch" typed on a Mac or copied from a PDF arrives decomposed (e + U+0302 + U+0301)
 *       and would not equal, sort or search as the same words.</li>
 * </ul>
 * Text read from a document has the refused characters removed too ({@link #fromDocument}): Word documents
 * legitimately carry some, and nobody typed them.
 */
public final class UserText {

  private UserText() {}

  /** The text without invisible characters, in NFC; null stays null. Check {@link #refusal} first. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    return nfc(without(text, false));
  }

  /** A document's text: invisible and refused characters removed, in NFC. */
  public static String fromDocument(String text) {
    if (text == null) {
      return null;
    }
    return nfc(without(text, true));
  }

  /**
   * Why the text of {@code field} cannot be accepted, naming its first refused character, Vietnamese then English;
   * null when it can.
   */
  public static String refusal(String field, String text) {
    int refused = text == null ? -1 : text.codePoints().filter(UserText::refused).findFirst().orElse(-1);
    if (refused < 0) {
      return null;
    }
    boolean bidi = bidi(refused);
    String character = describe(refused);
    return "Trường '" + field + "' chứa " + (bidi ? "ký tự đổi hướng chữ " : "ký tự điều khiển ") + character
        + ", không được phép (thường lẫn vào khi sao chép); xóa ký tự này rồi gửi lại (" + field + " contains the "
        + (bidi ? "bidi control " : "control character ") + character + ", which is not accepted; remove it and "
        + "send again)";
  }

  /** "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
  static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format("U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
  }

  static boolean refused(int c) {
    boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    return control || bidi(c);
  }

  private static boolean bidi(int c) {
    return c == 0x200E || c == 0x200F || c == 0x061C || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }

  static boolean invisible(int c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
  }

  private static String without(String text, boolean refusedToo) {
    if (text.codePoints().noneMatch(c -> invisible(c) || refusedToo && refused(c))) {
      return text; // the usual case: nothing to copy
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !invisible(c) && !(refusedToo && refused(c))).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Removed before composing: a zero-width character between a letter and its accent would keep them apart. */
  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
