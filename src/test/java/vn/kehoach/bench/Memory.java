package vn.kehoach.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Heap in use (after a collection) and the resident size of this JVM (VmRSS of /proc/self/status), and where the
 * committed memory goes by the JVM's native memory tracking (-XX:NativeMemoryTracking=summary, set by the bench
 * profile): heap, class metadata, threads, JIT code, GC structures...
 */
final class Memory {

  private Memory() {}

  static void record(Report report, String after) {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    double heapMiB = (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
    report.single("6. memory", "heap used after GC, after " + after, "MiB", heapMiB,
        "max heap " + (runtime.maxMemory() >> 20) + " MiB");
    report.single("6. memory", "resident size (VmRSS), after " + after, "MiB", residentKiB() / 1024.0,
        "whole JVM; committed by area: " + committedByArea());
  }

  private static final Pattern AREA =
      Pattern.compile("-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

  /** "Java Heap 262 MiB, Class 70 MiB, ..." for the areas above 8 MiB, largest first, from NMT's summary. */
  static String committedByArea() {
    String summary;
    try {
      summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
          new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
    } catch (JMException e) {
      return "not available (" + e.getMessage() + ")";
    }
    record Area(String name, long mib) {}
    List<Area> areas = new ArrayList<>();
    Matcher area = AREA.matcher(summary);
    while (area.find()) {
      long mib = Long.parseLong(area.group(2)) >> 10;
      if (mib >= 8) {
        areas.add(new Area(area.group(1).strip(), mib));
      }
    }
    if (areas.isEmpty()) {
      return "not tracked (run with -XX:NativeMemoryTracking=summary)";
    }
    areas.sort(Comparator.comparingLong(Area::mib).reversed());
    List<String> parts = areas.stream().map(a -> a.name() + " " + a.mib() + " MiB").toList();
    return String.join(", ", parts);
  }

  static long residentKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      // not Linux: no figure
    }
    return -1;
  }
}
