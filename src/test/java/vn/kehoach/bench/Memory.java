package vn.kehoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use (after a collection) and the resident size of this JVM (VmRSS of /proc/self/status). */
final class Memory {

  private Memory() {}

  static void record(Report report, String after) {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    double heapMiB = (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
    report.single("6. memory", "heap used after GC, after " + after, "MiB", heapMiB,
        "max heap " + (runtime.maxMemory() >> 20) + " MiB");
    report.single("6. memory", "resident size (VmRSS), after " + after, "MiB", residentKiB() / 1024.0, "whole JVM");
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
