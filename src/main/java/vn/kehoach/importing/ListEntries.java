package vn.kehoach.importing;

import java.util.regex.Pattern;

/** The entries of "Kính gửi" and "Nơi nhận" lists: without the bullet and the list punctuation. */
final class ListEntries {

  private static final Pattern BULLET = Pattern.compile("^[-–—•+]\\s*");
  private static final Pattern TRAILING = Pattern.compile("[\\s,;.]+$");

  private ListEntries() {}

  static String clean(String entry) {
    String text = BULLET.matcher(entry.strip()).replaceFirst("");
    return TRAILING.matcher(text).replaceFirst("").strip();
  }
}
