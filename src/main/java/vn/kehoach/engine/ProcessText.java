package vn.kehoach.engine;

/**
 * Camunda keeps a string variable in a column of 4,000 characters: longer text fails when the engine saves it
 * (on PostgreSQL as on H2). Texts that the application copies into variables for the forms are cut to fit, the
 * full text staying in the plan's own tables; texts users type are refused above the limit with a clear message.
 */
public final class ProcessText {

  /** Camunda's ACT_RU_VARIABLE.TEXT_ and ACT_HI_VARINST.TEXT_ columns. */
  public static final int MAX = 4000;
  private static final String CUT = "… (còn tiếp — xem đầy đủ trong kế hoạch / see the plan for the full text)";

  private ProcessText() {}

  /** The text cut to {@code length} characters, ending with "…", when it is longer (task names, short titles). */
  public static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
  }

  /** The text, cut with a note when it is longer than a variable can hold. */
  public static String fit(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    return text.substring(0, MAX - CUT.length()) + CUT;
  }
}
