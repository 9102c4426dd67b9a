package vn.kehoach.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks an upload's bytes: its size, what it is by its first bytes, and for text, that it is valid UTF-8. */
final class DocumentBytes {

  /** What the first bytes say the upload is. */
  enum Format { TEXT, DOCX, PDF, PNG, JPEG, TIFF, OLD_WORD, RTF, UTF16 }

  /** More control characters than this share of a text means it is binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private DocumentBytes() {}

  /** Reads the whole stream, but never more than one byte past the limit. */
  static byte[] readAtMost(InputStream in, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int read;
      while ((read = in.read(buffer)) != -1) {
        total += read;
        if (total > maxBytes) {
          throw new DocumentTooLargeException(maxBytes);
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded document", e);
    }
    return out.toByteArray();
  }

  static Format sniff(byte[] bytes) {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
      return Format.PDF;
    }
    if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
      return Format.DOCX;
    }
    if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Format.PNG;
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Format.JPEG;
    }
    if (startsWith(bytes, 0x49, 0x49, 0x2A, 0x00) || startsWith(bytes, 0x4D, 0x4D, 0x00, 0x2A)) {
      return Format.TIFF;
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Format.OLD_WORD;
    }
    if (startsWith(bytes, 0x7B, 0x5C, 0x72, 0x74, 0x66)) {
      return Format.RTF;
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return Format.UTF16;
    }
    return Format.TEXT;
  }

  /**
   * Refuses what is not a plan's text or a .docx, saying what it is ({@link PlanImporter#importFile} reads PDF and
   * images before it asks).
   */
  static void refuseUnsupported(Format format) {
    switch (format) {
      case PDF -> throw new UnsupportedDocumentException(
          "Chưa hỗ trợ tệp PDF: hãy gửi tệp .docx hoặc văn bản UTF-8",
          "PDF is not supported: send a .docx file or UTF-8 text");
      case PNG, JPEG, TIFF -> throw new UnsupportedDocumentException(
          "Chưa hỗ trợ tệp ảnh (" + format + "): hãy gửi tệp .docx hoặc văn bản UTF-8",
          "images (" + format + ") are not supported: send a .docx file or UTF-8 text");
      case OLD_WORD -> throw new UnsupportedDocumentException(
          "Chưa hỗ trợ tệp Word cũ (.doc): hãy lưu thành .docx",
          "old Word files (.doc) are not supported: save as .docx");
      case RTF -> throw new UnsupportedDocumentException(
          "Chưa hỗ trợ tệp RTF: hãy lưu thành .docx", "RTF is not supported: save as .docx");
      case UTF16 -> throw new UnsupportedDocumentException(
          "Văn bản mã UTF-16: hãy lưu thành UTF-8", "the text is UTF-16: save it as UTF-8");
      default -> { }
    }
  }

  /** The text of UTF-8 bytes (a byte order mark is dropped); binary content and invalid UTF-8 are refused. */
  static String utf8Text(byte[] bytes) {
    refuseUnsupported(sniff(bytes));
    if (looksBinary(bytes)) {
      throw new UnsupportedDocumentException("Tệp không phải văn bản (có dữ liệu nhị phân)",
          "the file is not text (it holds binary data)");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new UnsupportedDocumentException(
          "Văn bản không đúng mã UTF-8 (có thể là TCVN3/VNI hoặc Windows-1258): hãy lưu lại với mã UTF-8",
          "the text is not valid UTF-8 (perhaps TCVN3/VNI or Windows-1258): save it as UTF-8", e);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F) {
        controls++;
      }
    }
    return controls > Math.max(1, bytes.length * MAX_CONTROL_SHARE);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
