package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;

/** The words of a text, folded, with where each stands in the text as written (NFC). */
final class Words {

  record Word(String folded, int start, int end) {}

  private final String text;
  private final List<Word> words;

  private Words(String text, List<Word> words) {
    this.text = text;
    this.words = words;
  }

  static Words of(String nfcText) {
    String folded = VietnameseText.fold(nfcText);
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      if (Character.isLetterOrDigit(folded.charAt(i))) {
        int start = i;
        while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
          i++;
        }
        words.add(new Word(folded.substring(start, i), start, i));
      } else {
        i++;
      }
    }
    return new Words(nfcText, words);
  }

  String text() {
    return text;
  }

  int size() {
    return words.size();
  }

  Word get(int index) {
    return words.get(index);
  }

  String folded(int index) {
    return index >= 0 && index < words.size() ? words.get(index).folded() : "";
  }

  /** True when the words from {@code index} are {@code phrase} (folded, space separated). */
  boolean matchesAt(int index, String phrase) {
    String[] parts = phrase.split(" ");
    if (index < 0 || index + parts.length > words.size()) {
      return false;
    }
    for (int k = 0; k < parts.length; k++) {
      if (!words.get(index + k).folded().equals(parts[k])) {
        return false;
      }
    }
    return true;
  }

  /** The text as written between two character positions, stripped. */
  String between(int from, int to) {
    return text.substring(Math.max(0, from), Math.min(text.length(), to)).strip();
  }
}
