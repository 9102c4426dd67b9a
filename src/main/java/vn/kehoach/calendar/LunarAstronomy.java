package vn.kehoach.calendar;

/**
 * The astronomy behind the lunar calendar, after Hồ Ngọc Đức's public algorithm ("Thuật toán tính âm lịch"), which
 * uses Jean Meeus' "Astronomical Algorithms" (1998) series for new moons and the sun's longitude. Days are Julian
 * day numbers; every "local" result is for the given meridian (UTC+7 for Vietnam, which is why some Vietnamese
 * months start a day before the Chinese ones computed for UTC+8).
 */
final class LunarAstronomy {

  /** Mean length of a synodic month, in days. */
  static final double SYNODIC_MONTH = 29.530588853;
  /** Julian day of the new moon counted as k = 0 (1900-01-01). */
  static final double NEW_MOON_EPOCH = 2415021.076998695;

  private static final double DEG = Math.PI / 180;

  private final double utcOffsetHours;

  LunarAstronomy(double utcOffsetHours) {
    this.utcOffsetHours = utcOffsetHours;
  }

  /** Julian day number of the local day on which the k-th new moon after the epoch falls. */
  long newMoonDay(long k) {
    return (long) Math.floor(newMoon(k) + 0.5 + utcOffsetHours / 24);
  }

  /**
   * Which 30° sector (0..11) the sun is in at the start of the local day: sector 9 starts at the winter solstice
   * (270°), and a lunar month that contains no change of sector (no "trung khí") is the leap month.
   */
  int sunSector(long dayNumber) {
    return (int) Math.floor(sunLongitude(dayNumber - 0.5 - utcOffsetHours / 24) / Math.PI * 6);
  }

  /** Julian day (TT, fractional) of the k-th new moon after 1900-01-01. */
  private static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m)
        - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr)
        - 0.0004 * Math.sin(DEG * 3 * mpr)
        + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr))
        - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m))
        - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr))
        + 0.0010 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd1 + c1 - deltaT;
  }

  /** The sun's apparent longitude in radians (0..2π) at Julian day {@code jd}. */
  private static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525; // Julian centuries since J2000
    double t2 = t * t;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m)
        + (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.000290 * Math.sin(DEG * 3 * m);
    double l = (l0 + dl) * DEG;
    return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
  }
}
