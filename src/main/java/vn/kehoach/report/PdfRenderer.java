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
 * column borderless header, the status table, Vietnamese diacritics in Times New Roman (substituted by the metric
 * compatible Liberation Serif that comes with it). LibreOffice is Writer's own layout engine, maintained, packaged
 * by Debian with security updates, and renders exactly those documents (measured here: installs in about 30 s,
 * 58 packages, with {@code --no-install-recommends}; a conversion takes about 2 s, the first one of a fresh profile
 * about 4 s). docx4j's export-fo path (docx4j-export-fo + Apache FOP) would keep the JVM alone but brings about
 * 40 jars (FOP, Batik, JAXB), is not in the versions known to resolve here, and lays out through XSL-FO, which
 * loses table widths and borderless-table layouts; its PDF output is documented by docx4j itself as a best effort.
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
