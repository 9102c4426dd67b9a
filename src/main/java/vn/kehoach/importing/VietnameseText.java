package vn.kehoach.importing;

import java.text.Normalizer;

/**
 * Folding for matching Vietnamese text. On NFC text the folding keeps one character for one, so an index found in
 * the folded text is the same index in the text as written.
 */
final class VietnameseText {

  private VietnameseText() {}

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Lower case without diacritics ("Đảng uỷ" and "đảng ủy" both give "dang uy"); same length as its NFC input.
   */
  static String fold(String nfcText) {
    StringBuilder folded = new StringBuilder(nfcText.length());
    for (int i = 0; i < nfcText.length(); i++) {
      folded.append(foldChar(nfcText.charAt(i)));
    }
    return folded.toString();
  }

  static char foldChar(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }

  /** Folded words only; punctuation becomes a space ("Ủy ban MTTQ - phường" → "uy ban mttq phuong"). */
  static String key(String text) {
    String folded = fold(nfc(text));
    StringBuilder key = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
        space = false;
      } else if (!space) {
        key.append(' ');
        space = true;
      }
    }
    return key.toString().strip();
  }

  static boolean startsWithLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (!Character.isWhitespace(c) && c != '(' && c != '"' && c != '“') {
        return false;
      }
    }
    return false;
  }

  /** True when the text has letters and none of them is lower case ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"). */
  static boolean isUpperCase(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  static String capitalise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first))).toString();
  }
}
