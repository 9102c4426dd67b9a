package vn.kehoach.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of a scanned page with the Tesseract command-line program and its Vietnamese data (Debian:
 * {@code tesseract-ocr tesseract-ocr-vie}). Each page is one process, given its image through a temporary file that
 * is deleted afterwards, with one thread (the server has few cores) and the time left of the document's budget;
 * the text is read back as UTF-8. Whether Tesseract and its Vietnamese data are installed is asked once.
 */
public final class TesseractOcr {

  private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);

  /** An uploaded image with more pixels than this is refused before Tesseract sees it (a 600 dpi A4 page fits). */
  static final long MAX_IMAGE_PIXELS = 36_000_000L;
  private static final String LANGUAGE = "vie";
  private static final Duration LIST_LANGUAGES_TIMEOUT = Duration.ofSeconds(20);

  private final boolean enabled;
  private final List<String> command;
  private final Duration timeout;
  private final int maxPages;
  private volatile Unavailable unavailable;
  private volatile boolean asked;

  /**
   * @param command the program, possibly with leading arguments ({@code tesseract}, {@code /usr/bin/tesseract},
   *     {@code nice -n 10 tesseract})
   * @param timeout for all the pages of one document together
   * @param maxPages pages of one document read by OCR at most
   */
  public TesseractOcr(boolean enabled, String command, Duration timeout, int maxPages) {
    this.enabled = enabled;
    this.command = List.of(command.trim().split("\\s+"));
    this.timeout = timeout;
    this.maxPages = maxPages;
  }

  /** {@code tesseract}, at most 3 minutes and 15 pages a document. */
  public static TesseractOcr defaults() {
    return new TesseractOcr(true, "tesseract", Duration.ofMinutes(3), 15);
  }

  public static TesseractOcr disabled() {
    return new TesseractOcr(false, "tesseract", Duration.ofMinutes(3), 15);
  }

  int maxPages() {
    return maxPages;
  }

  /** When reading one document must end. */
  Instant deadline() {
    return Instant.now().plus(timeout);
  }

  /** Why OCR cannot be used here. */
  record Unavailable(String vi, String en) {}

  /** Why OCR cannot be used here, or null when it can. */
  Unavailable unavailableReason() {
    if (!enabled) {
      return new Unavailable("nhận dạng chữ (OCR) đang tắt trên máy chủ", "OCR is disabled on the server");
    }
    if (!asked) {
      synchronized (this) {
        if (!asked) {
          unavailable = askInstalled();
          asked = true;
        }
      }
    }
    return unavailable;
  }

  private Unavailable askInstalled() {
    Unavailable missing = new Unavailable("máy chủ chưa cài nhận dạng chữ (OCR) Tesseract với dữ liệu tiếng Việt",
        "OCR (Tesseract with Vietnamese data) is not installed on the server");
    Path directory = null;
    try {
      directory = Files.createTempDirectory("kehoach-ocr-");
      Path out = directory.resolve("languages.txt");
      List<String> args = new ArrayList<>(command);
      args.add("--list-langs");
      Process process = start(args, out);
      if (!process.waitFor(LIST_LANGUAGES_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        log.warn("OCR not available: '{} --list-langs' did not answer within {}", String.join(" ", command),
            LIST_LANGUAGES_TIMEOUT);
        return missing;
      }
      boolean vietnamese = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(String::trim)
          .anyMatch(LANGUAGE::equals);
      if (!vietnamese) {
        log.warn("OCR not available: '{}' has no Vietnamese data ({}); install tesseract-ocr-vie",
            String.join(" ", command), LANGUAGE);
        return missing;
      }
      log.info("OCR available: {} -l {}", String.join(" ", command), LANGUAGE);
      return null;
    } catch (IOException e) {
      log.warn("OCR not available: cannot run '{}': {}", String.join(" ", command), e.getMessage());
      return missing;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return missing;
    } finally {
      deleteQuietly(directory);
    }
  }

  /**
   * The text of an uploaded image (PNG, JPEG or TIFF, told by its first bytes), after checking its declared size and
   * pages without decoding it.
   */
  String readImage(byte[] image, DocumentBytes.Format format) {
    Unavailable reason = unavailableReason();
    if (reason != null) {
      throw new UnsupportedDocumentException("Tệp ảnh (" + format + ") chỉ đọc được bằng nhận dạng chữ, nhưng "
          + reason.vi() + ": hãy gửi tệp PDF có chữ, tệp .docx hoặc văn bản",
          "an image is read by OCR only, but " + reason.en());
    }
    checkImage(image, format);
    Path directory = null;
    try {
      directory = Files.createTempDirectory("kehoach-ocr-");
      Path file = directory.resolve("upload." + format.name().toLowerCase(java.util.Locale.ROOT));
      Files.write(file, image);
      return read(file, deadline());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a temporary file for OCR", e);
    } finally {
      deleteQuietly(directory);
    }
  }

  /** The declared width, height and pages of an image, read from its header only. */
  private void checkImage(byte[] image, DocumentBytes.Format format) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw damagedImage(format, null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int pages = format == DocumentBytes.Format.TIFF ? reader.getNumImages(true) : 1;
        if (pages > maxPages) {
          throw new DocumentTooComplexException("Tệp ảnh có " + pages + " trang, quá " + maxPages
              + " trang đọc được bằng nhận dạng chữ", "the image has " + pages + " pages, more than " + maxPages);
        }
        for (int page = 0; page < pages; page++) {
          long pixels = (long) reader.getWidth(page) * reader.getHeight(page);
          if (pixels > MAX_IMAGE_PIXELS) {
            throw new DocumentTooComplexException("Ảnh quá lớn (" + reader.getWidth(page) + "×"
                + reader.getHeight(page) + " điểm ảnh, tối đa " + MAX_IMAGE_PIXELS / 1_000_000 + " triệu)",
                "the image has " + pixels + " pixels, more than " + MAX_IMAGE_PIXELS);
          }
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentImportException refused) {
        throw refused;
      }
      throw damagedImage(format, e);
    }
  }

  private static UnsupportedDocumentException damagedImage(DocumentBytes.Format format, Exception cause) {
    return new UnsupportedDocumentException("Tệp ảnh (" + format + ") bị hỏng hoặc không đọc được",
        "the " + format + " image is damaged or cannot be read", cause);
  }

  /**
   * The text Tesseract reads in an image file. A failure, or the deadline passing, is a 422: the document cannot be
   * read here, which the sender can act on (send the text instead).
   */
  String read(Path image, Instant deadline) {
    Path out = image.resolveSibling(image.getFileName() + "-text");
    Path text = out.resolveSibling(out.getFileName() + ".txt");
    Path errors = image.resolveSibling(image.getFileName() + "-errors.txt");
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(image.toString(), out.toString(), "-l", LANGUAGE));
    Process process = null;
    try {
      ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(errors.toFile());
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      process = builder.start();
      long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
      if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        log.warn("OCR stopped: {} took longer than the {} s left of the document's budget", command.get(0),
            millis / 1000);
        throw new UnreadableDocumentException("Nhận dạng chữ bản quét quá " + timeout.toSeconds()
            + " giây cho phép: hãy gửi ít trang hơn, tệp PDF có chữ, tệp .docx hoặc văn bản",
            "OCR took longer than " + timeout.toSeconds() + " seconds");
      }
      if (process.exitValue() != 0 || !Files.exists(text)) {
        String firstError = Files.exists(errors) ? Files.readAllLines(errors, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank()).findFirst().orElse("") : "";
        log.warn("OCR failed: {} exited with {}: {}", command.get(0), process.exitValue(), firstError);
        throw new UnreadableDocumentException("Không nhận dạng được chữ trong bản quét (ảnh hỏng hoặc định dạng "
            + "lạ): hãy gửi tệp PDF có chữ, tệp .docx hoặc văn bản", "OCR could not read the scan");
      }
      return Files.readString(text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.warn("OCR failed: cannot run {}: {}", command.get(0), e.getMessage());
      throw new UnreadableDocumentException("Không chạy được nhận dạng chữ trên máy chủ: hãy gửi tệp PDF có chữ, "
          + "tệp .docx hoặc văn bản", "OCR could not be run", e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UnreadableDocumentException("Nhận dạng chữ bị dừng", "OCR was interrupted", e);
    }
  }

  private static Process start(List<String> args, Path output) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    return builder.start();
  }

  static void deleteQuietly(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      log.warn("Cannot delete the temporary OCR folder {}: {}", directory, e.getMessage());
    }
  }
}
