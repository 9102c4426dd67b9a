package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.plan.RecipientPurpose;

/**
 * Reads "Nơi nhận": each entry's body and why it gets the document. "(để b/c)" informs, "(để thực hiện)" or nothing
 * means it executes, "Lưu ..." is the archive copy.
 */
final class RecipientReader {

  private static final Pattern LABEL = Pattern.compile("^Nơi nhận\\s*:?\\s*(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "(để b/c)", "(b/c)", "để thực hiện", "(để biết)" at the end of an entry. */
  private static final Pattern PURPOSE = Pattern.compile(
      "\\s*(?:\\(\\s*(?:để\\s+)?(?<p1>b/c|bc|báo cáo|biết|thực hiện|t/h|phối hợp|chỉ đạo|theo dõi|giám sát)\\s*\\)"
          + "|để\\s+(?<p2>b/c|báo cáo|biết|thực hiện|t/h|phối hợp|chỉ đạo|theo dõi|giám sát))\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARCHIVE = Pattern.compile("^Lưu\\b\\s*:?\\s*(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_ENTRY_LENGTH = 160;

  private RecipientReader() {}

  /** The index of the "Nơi nhận" paragraph at or after {@code from}, or -1. */
  static int labelIndex(List<Paragraph> paragraphs, int from) {
    for (int i = Math.max(0, from); i < paragraphs.size(); i++) {
      if (LABEL.matcher(paragraphs.get(i).text()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** @param addressees the "Kính gửi" list, which "Như trên" stands for */
  static List<ParsedRecipient> read(List<Paragraph> paragraphs, int labelIndex, List<BodyMention> addressees) {
    List<ParsedRecipient> recipients = new ArrayList<>();
    if (labelIndex < 0) {
      return recipients;
    }
    Paragraph label = paragraphs.get(labelIndex);
    Matcher first = LABEL.matcher(label.text());
    first.matches();
    if (!first.group(1).isBlank()) {
      entry(first.group(1), label.firstLine(), addressees, recipients);
    }
    for (int i = labelIndex + 1; i < paragraphs.size() && isEntry(paragraphs.get(i).text()); i++) {
      entry(paragraphs.get(i).text(), paragraphs.get(i).firstLine(), addressees, recipients);
    }
    return recipients;
  }

  /** The entries as written, without bullet and list punctuation; empty when there is no "Nơi nhận". */
  static List<String> asWritten(List<Paragraph> paragraphs, int labelIndex) {
    List<String> entries = new ArrayList<>();
    if (labelIndex < 0) {
      return entries;
    }
    Matcher first = LABEL.matcher(paragraphs.get(labelIndex).text());
    first.matches();
    if (!first.group(1).isBlank()) {
      entries.add(ListEntries.clean(first.group(1)));
    }
    boolean open = false;
    for (int i = labelIndex + 1; i < paragraphs.size() && isEntry(paragraphs.get(i).text()); i++) {
      String text = paragraphs.get(i).text().strip();
      // an entry broken after a comma goes on in the next line without a bullet ("... Nguyễn Quang Thắng," / "Nguyễn
      // Văn Tùng;")
      if (open && !entries.isEmpty() && !LinePatterns.BULLET.matcher(text).matches()) {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + ", " + ListEntries.clean(text));
      } else {
        entries.add(ListEntries.clean(text));
      }
      open = text.endsWith(",");
    }
    entries.removeIf(String::isEmpty);
    return entries;
  }

  private static boolean isEntry(String text) {
    if (LinePatterns.BULLET.matcher(text).matches()) {
      return true;
    }
    return text.length() <= MAX_ENTRY_LENGTH && !VietnameseText.isUpperCase(text)
        && !LinePatterns.SIGNATURE_MODE.matcher(text).matches() && text.matches(".*[,;.]\\s*$");
  }

  private static void entry(String lineText, int line, List<BodyMention> addressees,
                            List<ParsedRecipient> recipients) {
    String text = ListEntries.clean(lineText);
    Matcher archive = ARCHIVE.matcher(text);
    if (archive.matches()) {
      List<String> keepers = BodyClauseReader.splitNames(archive.group(1));
      for (String keeper : keepers.isEmpty() ? List.of("Lưu") : keepers) {
        recipients.add(new ParsedRecipient(keeper, RecipientPurpose.ARCHIVE, line, lineText));
      }
      return;
    }
    RecipientPurpose purpose = RecipientPurpose.EXECUTE;
    Matcher written = PURPOSE.matcher(text);
    if (written.find()) {
      String word = VietnameseText.fold(written.group("p1") != null ? written.group("p1") : written.group("p2"));
      purpose = word.equals("thuc hien") || word.equals("t/h") || word.equals("phoi hop")
          ? RecipientPurpose.EXECUTE : RecipientPurpose.INFORM;
      text = ListEntries.clean(text.substring(0, written.start()));
    }
    if (VietnameseText.key(text).equals("nhu tren") && !addressees.isEmpty()) {
      for (BodyMention addressee : addressees) {
        recipients.add(new ParsedRecipient(addressee.name(), purpose, addressee.line(), addressee.name()));
      }
      return;
    }
    recipients.add(new ParsedRecipient(text, purpose, line, lineText));
  }
}
