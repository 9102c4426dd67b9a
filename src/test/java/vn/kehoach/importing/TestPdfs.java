package vn.kehoach.importing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs and images made in the test from a document's text, as an office would make them: the text typeset on A4
 * pages in a Unicode font (a PDF with a text layer), those pages printed and scanned (only images of the pages), or
 * one page saved as a picture.
 */
final class TestPdfs {

  static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final float FONT_SIZE = 11;
  private static final float LEADING = 15;
  private static final float MARGIN = 56;

  private TestPdfs() {}

  /** The text on A4 pages, each line wrapped at the margin like a typeset document; Markdown stars are dropped. */
  static byte[] textPdf(String text) {
    try (PDDocument document = new PDDocument()) {
      PDFont font = PDType0Font.load(document, FONT);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      for (String line : text.replace("**", "").replace("\r", "").split("\n", -1)) {
        lines.addAll(wrap(line.strip(), font, width));
      }
      PDPageContentStream content = null;
      float y = 0;
      for (String line : lines) {
        if (content == null || y < MARGIN) {
          if (content != null) {
            content.endText();
            content.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          content = new PDPageContentStream(document, page);
          content.beginText();
          content.setFont(font, FONT_SIZE);
          y = PDRectangle.A4.getHeight() - MARGIN;
          content.newLineAtOffset(MARGIN, y);
        }
        if (!line.isEmpty()) {
          content.showText(line);
        }
        content.newLineAtOffset(0, -LEADING);
        y -= LEADING;
      }
      if (content != null) {
        content.endText();
        content.close();
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String line, PDFont font, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" +")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  /** The pages of a PDF as a scanner gives them: one greyscale image a page at {@code dpi}, no text at all. */
  static byte[] scannedPdf(byte[] pdf, int dpi) {
    return scannedPdf(pdf, dpi, page -> true);
  }

  /** The pages {@code scanned} (numbered from 1) as images, the others as they are. */
  static byte[] scannedPdf(byte[] pdf, int dpi, java.util.function.IntPredicate scanned) {
    try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        if (!scanned.test(i + 1)) {
          scan.importPage(source.getPage(i));
          continue;
        }
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        PDPage page = new PDPage(PDRectangle.A4);
        scan.addPage(page);
        PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
        try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
          content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      return save(scan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of a PDF as a PNG picture at {@code dpi}. */
  static byte[] png(byte[] pdf, int page, int dpi) {
    try (PDDocument source = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(new PDFRenderer(source).renderImageWithDPI(page, dpi, ImageType.GRAY), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PDF encrypted: with a password to open it, or with {@code userPassword} empty, only to restrict it. */
  static byte[] encrypted(byte[] pdf, String userPassword) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} empty pages. */
  static byte[] emptyPages(int count) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < count; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page showing an image that declares {@code width} × {@code height} grey pixels, with a few bytes of data. */
  static byte[] pageWithDeclaredImage(int width, int height) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(new byte[64]), COSName.FLATE_DECODE,
          width, height, 8, PDDeviceGray.INSTANCE);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 0, 0, 100, 100);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page whose content stream is a few kilobytes compressed and {@code megabytes} MB of spaces once inflated. */
  static byte[] pageWithInflatingContent(int megabytes) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      page.setContents(new PDStream(document, spaces((long) megabytes << 20), COSName.FLATE_DECODE));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream spaces(long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
  }

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
