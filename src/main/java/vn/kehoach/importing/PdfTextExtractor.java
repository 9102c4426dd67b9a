package vn.kehoach.importing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, page by page: its text layer in the order it was written (Word and the usual tools write a
 * page's header columns, body and signature block in reading order; sorting by position would interleave the two
 * header columns), and for a page without usable text (a scan), what OCR reads on it rendered at 300 dpi. The
 * document is refused past {@link PdfLimits} before anything is extracted, and when it needs a password.
 */
final class PdfTextExtractor {

  /**
   * A page with fewer letters than this in its text layer, that shows an image, is taken for a scan (a page number or
   * a stamp's text do not make a text layer).
   */
  static final int MIN_LETTERS_PER_PAGE = 40;

  private PdfTextExtractor() {}

  static String extract(byte[] pdf, TesseractOcr ocr) {
    try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(PdfLimits.MAX_CACHE_BYTES).streamCache)) {
      PdfLimits.check(document);
      return text(document, ocr);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("Tệp PDF có mật khẩu: hãy gửi bản không đặt mật khẩu",
          "the PDF is password-protected: send a copy without a password", e);
    } catch (DocumentImportException | UncheckedIOException thrown) {
      throw thrown;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // PDFBox reports a damaged file with IOException and, for some broken structures, runtime exceptions
      throw new UnsupportedDocumentException("Tệp PDF bị hỏng hoặc không đọc được",
          "the PDF file is damaged or cannot be read", e);
    }
  }

  private static String text(PDDocument document, TesseractOcr ocr) throws IOException {
    int pages = document.getNumberOfPages();
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    List<String> texts = new ArrayList<>(pages);
    List<Integer> scans = new ArrayList<>();
    int length = 0;
    for (int page = 1; page <= pages; page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = stripper.getText(document);
      length += text.length();
      PdfLimits.checkText(length);
      texts.add(text);
      if (letters(text) < MIN_LETTERS_PER_PAGE && drawsPictures(document.getPage(page - 1))) {
        scans.add(page);
      }
    }
    if (!scans.isEmpty()) {
      readScans(document, scans, texts, ocr);
    }
    return String.join("\n", texts);
  }

  /**
   * Replaces the text of the scanned pages by what OCR reads on them. Without OCR a document that is all scan is
   * refused; one that is only partly scanned (a signed last page, a stamped cover) keeps its text layer.
   */
  private static void readScans(PDDocument document, List<Integer> scans, List<String> texts, TesseractOcr ocr)
      throws IOException {
    boolean allScanned = texts.stream().allMatch(text -> letters(text) < MIN_LETTERS_PER_PAGE);
    TesseractOcr.Unavailable unavailable = ocr.unavailableReason();
    if (unavailable != null) {
      if (allScanned) {
        throw new UnreadableDocumentException("Tệp PDF không có lớp chữ (có thể là bản quét) và " + unavailable.vi()
            + ": hãy gửi tệp PDF có chữ, tệp .docx hoặc văn bản",
            "the PDF has no text layer (perhaps a scan) and " + unavailable.en());
      }
      return;
    }
    if (scans.size() > ocr.maxPages()) {
      throw PdfLimits.tooComplex("có " + scans.size() + " trang quét, quá " + ocr.maxPages()
          + " trang đọc được bằng nhận dạng chữ", scans.size() + " scanned pages, more than " + ocr.maxPages());
    }
    PDFRenderer renderer = new PDFRenderer(document);
    renderer.setSubsamplingAllowed(true);
    Instant deadline = ocr.deadline();
    Path directory = Files.createTempDirectory("kehoach-ocr-");
    try {
      int length = texts.stream().mapToInt(String::length).sum();
      for (int page : scans) {
        Path image = render(renderer, document, page, directory);
        String text = ocr.read(image, deadline);
        Files.delete(image);
        length += text.length();
        PdfLimits.checkText(length);
        texts.set(page - 1, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render a PDF page for OCR", e);
    } finally {
      TesseractOcr.deleteQuietly(directory);
    }
    if (allScanned && texts.stream().allMatch(text -> letters(text) == 0)) {
      throw new UnreadableDocumentException("Không nhận dạng được chữ nào trong bản quét",
          "OCR found no text in the scan");
    }
  }

  /** The page in shades of grey, as a PNG file for OCR. */
  private static Path render(PDFRenderer renderer, PDDocument document, int page, Path directory)
      throws IOException {
    Path image = directory.resolve("page-" + page + ".png");
    BufferedImage rendered = renderer.renderImageWithDPI(page - 1, dpi(document.getPage(page - 1)), ImageType.GRAY);
    ImageIO.write(rendered, "png", image.toFile());
    return image;
  }

  /** 300 dpi, or less for a page so large that it would pass {@link PdfLimits#MAX_RENDER_PIXELS}. */
  static float dpi(PDPage page) {
    PDRectangle box = page.getCropBox();
    double inches2 = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
    double pixels = inches2 * PdfLimits.OCR_DPI * PdfLimits.OCR_DPI;
    if (pixels <= PdfLimits.MAX_RENDER_PIXELS) {
      return PdfLimits.OCR_DPI;
    }
    return (float) Math.max(1, Math.floor(Math.sqrt(PdfLimits.MAX_RENDER_PIXELS / inches2)));
  }

  /** A scanned page shows its scan as an image (or a form holding it); a blank page shows nothing to read. */
  private static boolean drawsPictures(PDPage page) {
    PDResources resources = page.getResources();
    return resources != null && resources.getXObjectNames().iterator().hasNext();
  }

  private static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
