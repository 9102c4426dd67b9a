package vn.kehoach.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a .docx as PDF with LibreOffice headless ({@code soffice --headless --convert-to pdf}, Debian package
 * {@code libreoffice-writer-nogui}).
 *
 * <p>Why LibreOffice and not a pure-Java converter: the PDF must look like the .docx the signer approved — the two
 * column borderless header, the status table, Vietnamese letters in Times New Roman (rendered with the metric twin
 * Liberation Serif of Debian's fonts-liberation2; Liberation 1 lacks the Vietnamese letters and LibreOffice then
 * mixes in DejaVu glyph by glyph). LibreOffice is Writer's own layout engine for .docx, maintained, packaged by
 * Debian with security updates. Measured on this machine (LibreOffice 7.4.7): installing libreoffice-writer-nogui
 * with --no-install-recommends takes about 29 s (58 packages, 197 MB), fonts-liberation2 3 s; one conversion of a
 * report takes about 1.6 s and 210 MB of memory in its own process, outside the JVM's heap. docx4j's export-fo
 * path (docx4j-export-fo + Apache FOP) would keep everything in the JVM but brings FOP, Batik and JAXB (tens of
 * jars), is not among the versions known to resolve here, and lays out through XSL-FO, which its own documentation
 * calls a best effort for tables and page layout; it was not tried here.
 * Each conversion runs in its own LibreOffice profile folder, so that two requests at once do not fight over the
 * profile lock; it is stopped after {@code app.report.pdf-timeout-seconds}.
 */
@Component
public class PdfRenderer {

  private final String soffice;
  private final long timeoutSeconds;

  public PdfRenderer(@Value("${app.report.soffice:soffice}") String soffice,
                     @Value("${app.report.pdf-timeout-seconds:90}") long timeoutSeconds) {
    this.soffice = soffice;
    this.timeoutSeconds = timeoutSeconds;
  }

  public byte[] render(byte[] docx) {
    Path work = null;
    try {
      work = Files.createTempDirectory("kehoach-pdf-");
      Path input = work.resolve("bao-cao.docx");
      Files.write(input, docx);
      Path profile = work.resolve("profile");
      Process process = new ProcessBuilder(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
          "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), input.toString()))
          .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new PdfUnavailableException("LibreOffice did not finish the PDF in " + timeoutSeconds + " s");
      }
      Path pdf = work.resolve("bao-cao.pdf");
      if (process.exitValue() != 0 || !Files.exists(pdf)) {
        throw new PdfUnavailableException("LibreOffice exited with " + process.exitValue() + ": "
            + Files.readString(work.resolve("soffice.log")).strip());
      }
      return Files.readAllBytes(pdf);
    } catch (IOException e) {
      throw new PdfUnavailableException("LibreOffice (" + soffice + ") could not be run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PdfUnavailableException("interrupted");
    } finally {
      delete(work);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
