package vn.kehoach.calendar;

import java.time.LocalDate;

/** A day off (or a public holiday falling on a weekend) with its Vietnamese name. */
public record Holiday(LocalDate date, String name) {

  public static final String TET_DUONG_LICH = "Tết Dương lịch";
  public static final String TET_NGUYEN_DAN = "Tết Nguyên đán";
  public static final String GIO_TO_HUNG_VUONG = "Giỗ Tổ Hùng Vương";
  public static final String NGAY_CHIEN_THANG = "Ngày Chiến thắng";
  public static final String QUOC_TE_LAO_DONG = "Quốc tế Lao động";
  public static final String QUOC_KHANH = "Quốc khánh";
  /** A weekday off because a holiday fell on a Saturday or Sunday (Điều 111 khoản 3 BLLĐ 2019). */
  public static final String NGHI_BU = "Nghỉ bù";
  /** A weekday off in exchange for a Saturday worked ("làm bù"). */
  public static final String HOAN_DOI = "Hoán đổi ngày làm việc";

  @Override
  public String toString() {
    return date + " " + name;
  }
}
