package vn.kehoach.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF may hold before its text is extracted or its pages rendered. An upload is at most a megabyte or so, but
 * a crafted one can declare thousands of pages, a stream that inflates to gigabytes (PDFBox decodes a stream into
 * memory) or an image of billions of pixels. Every stream is therefore first decoded into a stream that keeps
 * nothing, counting bytes, and the declared size of every image is read without decoding it; past these caps the
 * document is refused (HTTP 413).
 */
final class PdfLimits {

  /** A plan is a few pages to a few dozen; its appendices rarely more. */
  static final int MAX_PAGES = 300;
  /** Decoded bytes of one stream (a page's content, a font), and of all of them; scanned images are counted apart. */
  static final long MAX_STREAM_BYTES = 16L << 20;
  static final long MAX_TOTAL_BYTES = 48L << 20;
  /** Declared pixels of one image; a 600 dpi A4 scan has some 35 million. */
  static final long MAX_IMAGE_PIXELS = 40_000_000L;
  /** What PDFBox may keep in memory for streams it creates. */
  static final long MAX_CACHE_BYTES = 64L << 20;
  /** Rendered for OCR at this resolution, lowered for a page so large that it would pass {@link #MAX_RENDER_PIXELS}. */
  static final float OCR_DPI = 300;
  /** A3 at 300 dpi; rendered in shades of grey, one byte a pixel. */
  static final long MAX_RENDER_PIXELS = 18_000_000L;
  /** The same cap as for a .docx: more text than this is no plan. */
  static final int MAX_TEXT_CHARS = DocxLimits.MAX_TEXT_CHARS;

  /** Decoded by an image decoder, whose memory is the declared size checked apart. */
  private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
      COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

  private PdfLimits() {}

  /** Refuses the document past the caps. */
  static void check(PDDocument document) throws IOException {
    int pages = document.getNumberOfPages();
    if (pages > MAX_PAGES) {
      throw tooComplex("có " + pages + " trang, quá " + MAX_PAGES + " trang", pages + " pages, more than " + MAX_PAGES);
    }
    long total = 0;
    for (COSObjectKey key : new ArrayList<>(document.getDocument().getXrefTable().keySet())) {
      COSObject object = document.getDocument().getObjectFromPool(key);
      COSBase base = object == null ? null : object.getObject();
      if (!(base instanceof COSStream stream)) {
        continue;
      }
      if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        checkImage(stream);
        decodedSize(stream, MAX_IMAGE_PIXELS * 4);
        continue;
      }
      total += decodedSize(stream, MAX_STREAM_BYTES);
      if (total > MAX_TOTAL_BYTES) {
        throw tooComplex("giải nén ra hơn " + (MAX_TOTAL_BYTES >> 20) + " MB",
            "it decodes to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
      }
    }
  }

  /** The text extracted so far, if it is no longer than a plan can be. */
  static void checkText(int length) {
    if (length > MAX_TEXT_CHARS) {
      throw tooComplex("có hơn " + MAX_TEXT_CHARS + " ký tự", "more than " + MAX_TEXT_CHARS + " characters of text");
    }
  }

  private static void checkImage(COSStream image) {
    long pixels = (long) Math.max(0, image.getInt(COSName.WIDTH, COSName.W, 0))
        * Math.max(0, image.getInt(COSName.HEIGHT, COSName.H, 0));
    if (pixels > MAX_IMAGE_PIXELS) {
      throw tooComplex("có ảnh " + pixels / 1_000_000 + " triệu điểm ảnh, quá " + MAX_IMAGE_PIXELS / 1_000_000
          + " triệu", "an image of " + pixels + " pixels, more than " + MAX_IMAGE_PIXELS);
    }
  }

  /**
   * Decodes the stream through its filters up to an image codec, refusing more than {@code cap} bytes out of any
   * filter, and keeping only what the next filter reads.
   */
  private static long decodedSize(COSStream stream, long cap) throws IOException {
    List<COSName> filters = filters(stream.getFilters());
    if (filters.isEmpty()) {
      return stream.getLength();
    }
    InputStream input = stream.createRawInputStream();
    try {
      for (int i = 0; i < filters.size(); i++) {
        if (IMAGE_CODECS.contains(filters.get(i))) {
          return 0;
        }
        boolean last = i == filters.size() - 1;
        CappedOutput output = new CappedOutput(last ? null : new ByteArrayOutputStream(), cap);
        FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(input, output, stream, i);
        input.close();
        if (last) {
          return output.count;
        }
        input = new ByteArrayInputStream(output.kept.toByteArray());
      }
      return 0;
    } finally {
      input.close();
    }
  }

  private static List<COSName> filters(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (COSBase item : array) {
        if (item instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Counts what is written, keeps it only if asked, and refuses more than one stream may hold. */
  private static final class CappedOutput extends OutputStream {
    private final ByteArrayOutputStream kept;
    private final long cap;
    private long count;

    CappedOutput(ByteArrayOutputStream kept, long cap) {
      this.kept = kept;
      this.cap = cap;
    }

    @Override
    public void write(int b) {
      add(1);
      if (kept != null) {
        kept.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      add(length);
      if (kept != null) {
        kept.write(bytes, offset, length);
      }
    }

    private void add(int length) {
      count += length;
      if (count > cap) {
        throw tooComplex("có một phần giải nén ra hơn " + (cap >> 20) + " MB",
            "a stream decodes to more than " + (cap >> 20) + " MB");
      }
    }
  }

  static DocumentTooComplexException tooComplex(String whyVi, String whyEn) {
    return new DocumentTooComplexException("Tệp PDF quá lớn hoặc quá phức tạp: " + whyVi + "; hãy gửi văn bản kế "
        + "hoạch dưới dạng tệp PDF, .docx thông thường hoặc văn bản", "the PDF is refused: " + whyEn);
  }
}
