package vn.kehoach.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the signature block: the mode and whom it is for ("T/M BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC"), the signer's title
 * ("PHÓ BÍ THƯ") and name. A scan without the block may still end with the signer's name.
 */
final class SignatureReader {

  private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){1,5}$");
  /** Words of a signer's title; single words like "phó", "trưởng" only count in capitals ("Trương" is a name). */
  private static final List<String> TITLE_PHRASES = List.of("bi thu", "giam doc", "chu tich", "chanh van phong",
      "uy vien", "thu truong");
  private static final List<String> TITLE_WORDS = List.of("pho", "truong");
  private static final List<String> NOT_NAMES = List.of("noi nhan", "ke hoach", "luu", "dang cong san",
      "cong hoa", "ban thuong vu", "dang uy", "uy ban");

  private SignatureReader() {}

  /** The last signature block at or after {@code from}, or a lone name ending the document; null if neither. */
  static Signature read(List<Paragraph> paragraphs, int from) {
    for (int i = paragraphs.size() - 1; i >= Math.max(0, from); i--) {
      Matcher mode = LinePatterns.SIGNATURE_MODE.matcher(paragraphs.get(i).text());
      if (mode.matches()) {
        return block(paragraphs, i, mode);
      }
    }
    return loneName(paragraphs, from);
  }

  private static Signature block(List<Paragraph> paragraphs, int index, Matcher mode) {
    String title = null;
    String name = null;
    for (int i = index + 1; i < paragraphs.size() && (title == null || name == null); i++) {
      String text = paragraphs.get(i).text();
      if (title == null && name == null && isTitle(text)) {
        title = text;
      } else if (looksLikeName(text)) {
        name = text;
        break;
      }
    }
    String written = mode.group(1);
    String rest = mode.group(2).strip();
    if (title == null && name == null) {
      // a flattened block on one line: "T/M ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp"
      for (String inner : List.of(" KT. ", " TL. ", " TUQ. ")) {
        int at = rest.lastIndexOf(inner);
        if (at > 0) {
          written = inner.strip();
          rest = rest.substring(at + inner.length()).strip();
        }
      }
      String[] words = rest.split(" ");
      int nameStart = words.length;
      while (nameStart > 0 && isNameWord(words[nameStart - 1])) {
        nameStart--;
      }
      if (words.length - nameStart >= 2 && nameStart > 0) {
        name = String.join(" ", java.util.Arrays.copyOfRange(words, nameStart, words.length));
        String upper = String.join(" ", java.util.Arrays.copyOfRange(words, 0, nameStart));
        int titleAt = titleStart(upper);
        if (titleAt > 0) {
          title = upper.substring(titleAt).strip();
          rest = upper.substring(0, titleAt).strip();
        } else {
          rest = upper;
        }
      }
    }
    return new Signature(normaliseMode(written), rest, title, name, paragraphs.get(index).firstLine());
  }

  /** "Nguyễn", "Sỹ": capitalised, not all capitals. */
  private static boolean isNameWord(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && !VietnameseText.isUpperCase(word)
        && word.chars().allMatch(Character::isLetter);
  }

  /** Where the signer's own title starts in "BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM": the last "PHÓ"/"THỨ TRƯỞNG". */
  private static int titleStart(String upper) {
    int best = -1;
    for (String start : List.of(" PHÓ ", " THỨ TRƯỞNG", " ỦY VIÊN", " UỶ VIÊN")) {
      int at = upper.lastIndexOf(start);
      best = Math.max(best, at < 0 ? -1 : at + 1);
    }
    return best;
  }

  private static Signature loneName(List<Paragraph> paragraphs, int from) {
    if (paragraphs.isEmpty() || paragraphs.size() - 1 < from) {
      return null;
    }
    Paragraph last = paragraphs.get(paragraphs.size() - 1);
    if (!looksLikeName(last.text())) {
      return null;
    }
    String title = null;
    if (paragraphs.size() >= 2 && isTitle(paragraphs.get(paragraphs.size() - 2).text())) {
      title = paragraphs.get(paragraphs.size() - 2).text();
    }
    return new Signature(null, null, title, last.text(), last.firstLine());
  }

  private static boolean isTitle(String text) {
    String key = " " + VietnameseText.key(text) + " ";
    return VietnameseText.isUpperCase(text) && (TITLE_PHRASES.stream().anyMatch(key::contains)
        || TITLE_WORDS.stream().anyMatch(w -> key.contains(" " + w + " ")));
  }

  static boolean looksLikeName(String text) {
    if (!NAME.matcher(text.strip()).matches()) {
      return false;
    }
    String key = VietnameseText.key(text);
    // "CHƯƠNG TRÌNH HÀNH ĐỘNG" after the block starts an attached document
    boolean kindLine = VietnameseText.isUpperCase(text) && DocumentKinds.startsWithKind(text);
    return !isTitle(text) && !kindLine && TITLE_PHRASES.stream().noneMatch(key::contains)
        && NOT_NAMES.stream().noneMatch(key::contains);
  }

  /** "TM." and "T/M" are the same mode, so are "KT" and "KT.". */
  private static String normaliseMode(String written) {
    String compact = written.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    return switch (compact) {
      case "T/M", "TM", "TM." -> "T/M";
      case "KT", "KT.", "K/T" -> "KT.";
      case "TL", "TL." -> "TL.";
      case "TUQ", "TUQ." -> "TUQ.";
      default -> compact;
    };
  }
}
