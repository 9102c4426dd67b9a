package vn.kehoach.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The values one figure took over the measured rounds. */
final class Rounds {

  private final List<Double> values = new ArrayList<>();

  static Rounds of(double... values) {
    Rounds rounds = new Rounds();
    Arrays.stream(values).forEach(rounds::add);
    return rounds;
  }

  void add(double value) {
    values.add(value);
  }

  int size() {
    return values.size();
  }

  double median() {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
  }

  double min() {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** Nearest-rank percentile (the median of an even count is the mean of the middle two). */
  static double percentile(double[] samples, double percent) {
    if (samples.length == 0) {
      return Double.NaN;
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    if (percent == 50 && sorted.length % 2 == 0) {
      return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
