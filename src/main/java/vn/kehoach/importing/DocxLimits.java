package vn.kehoach.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What a .docx may unpack to before POI builds it in memory. A real plan's document.xml is well under a megabyte; a
 * crafted one can inflate to hundreds of megabytes while staying under POI's own zip-bomb ratio, and a few of those
 * at once exhaust the heap. The archive is therefore first inflated in a stream that keeps nothing, counting parts
 * and bytes, and refused past these caps; POI's own limits are set to the same, as a second line.
 */
final class DocxLimits {

  static final int MAX_ENTRIES = 1_000;
  static final long MAX_ENTRY_BYTES = 16L << 20;
  static final long MAX_TOTAL_BYTES = 32L << 20;
  /** Inflated : compressed, over the whole archive; text compresses some 5–20 times, a bomb hundreds of times. */
  static final double MAX_RATIO = 100;
  /** More text than this is no plan (the longest seed has some 30,000 characters). */
  static final int MAX_TEXT_CHARS = 1_000_000;

  static {
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    ZipSecureFile.setMinInflateRatio(1 / MAX_RATIO);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS * 4L);
  }

  private DocxLimits() {}

  /** Refuses the archive if it unpacks past the caps; reads it once, keeping nothing. */
  static void check(byte[] docx) {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw tooComplex("có hơn " + MAX_ENTRIES + " phần", "more than " + MAX_ENTRIES + " parts");
        }
        long size = 0;
        for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
          size += read;
          total += read;
          if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
            throw tooComplex("giải nén ra hơn " + (MAX_TOTAL_BYTES >> 20) + " MB",
                "it unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
          }
        }
      }
    } catch (IOException e) {
      throw new UnsupportedDocumentException("Tệp .docx bị hỏng hoặc không phải tệp Word",
          "the .docx file is damaged or not a Word document", e);
    }
    if (total > (1 << 20) && total > docx.length * MAX_RATIO) {
      throw tooComplex("nén bất thường (" + total / Math.max(1, docx.length) + " lần)",
          "its inflation ratio is " + total / Math.max(1, docx.length) + ":1");
    }
  }

  /** The extracted text, if it is no longer than a plan can be. */
  static String text(String text) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw tooComplex("có hơn " + MAX_TEXT_CHARS + " ký tự", "more than " + MAX_TEXT_CHARS + " characters of text");
    }
    return text;
  }

  private static DocumentTooComplexException tooComplex(String whyVi, String whyEn) {
    return new DocumentTooComplexException("Tệp .docx quá lớn khi giải nén: " + whyVi + "; hãy gửi văn bản kế hoạch "
        + "dưới dạng tệp Word thông thường hoặc văn bản", "the .docx is refused: " + whyEn);
  }
}
